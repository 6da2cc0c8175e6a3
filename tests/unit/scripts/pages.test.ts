// @vitest-environment happy-dom
/**
 * The generated test pages (scripts/pages.ts: one template, a list of edits per page): each is up
 * to date with the generator, and the edited copies of the changed-facts check read as the
 * background reads them (the page's text as the detector sends it): every faithful copy changes no
 * fact, every altered one exactly its planted changes, and the whole article was compared.
 * The same pages run on the real build in Chromium in tests/e2e/changed-facts.test.ts.
 */
import { readFileSync } from 'node:fs';
import { brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { compareCopy } from '@/entrypoints/background/changed-facts/compare';
import { detect } from '@/utils/detect/coverage';
import { PAGE_DIR, VARIATIONS, buildPage } from '@/scripts/pages';
import { REPRINTS } from '@/scripts/reprints';
import { repoPath } from '@/rig/repo';
import { article, fold, names } from '@/tests/unit/entrypoints/background/changed-facts/fixture';
import { fp } from '@/tests/unit/utils/detect/fixture';

/** The page's body text as the detector reads it (no script runs). */
function pageText(html: string): string {
  // Nothing is fetched or run: scripts, styles, frames and links go before parsing.
  const quiet = html.replace(/<(script|style|iframe|noscript)\b[\s\S]*?<\/\1\s*>|<link\b[^>]*>/gi, '');
  const doc = new DOMParser().parseFromString(quiet, 'text/html');
  for (const s of doc.querySelectorAll('script, template')) s.remove();
  return doc.body.textContent ?? '';
}

describe.each(VARIATIONS.map((v) => [v.name, v] as const))('page %s', (name, v) => {
  const html = readFileSync(repoPath(PAGE_DIR, `${name}.html`), 'utf8');

  it('is up to date with scripts/pages.ts', () => {
    expect(html).toBe(buildPage(v));
  });

  if (!v.changes) return;
  it(`${v.changes.length ? 'changes exactly its planted facts' : 'changes no fact'}, and the whole article was compared`, () => {
    const text = pageText(html);
    expect(detect(text, fp).kind).toBe('match');
    const r = compareCopy(text, article, fold, names);
    expect(r.changes.map((c) => [c.original, c.page, c.count])).toEqual(v.changes ?? []);
    expect(r.total).toBeGreaterThan(40);
    expect(r.found).toBe(r.total);
  });
});

describe('the generated set', () => {
  it('holds faithful and altered copies with their edits (the counts the docs give)', () => {
    const faithful = VARIATIONS.filter((v) => v.family === 'faithful');
    const altered = VARIATIONS.filter((v) => v.family === 'altered');
    expect(faithful.length).toBe(5);
    expect(altered.length).toBe(5);
    expect(faithful.reduce((n, v) => n + v.edits.length, 0)).toBe(66);
    expect(altered.reduce((n, v) => n + v.edits.length, 0)).toBe(43);
    expect(altered.reduce((n, v) => n + v.changes!.reduce((m, c) => m + c[2], 0), 0)).toBe(8);
  });
});

describe('the faithful edits on real article markup (scripts/reprints.ts: QQ, 光明网, 中国青年网, 痞客邦, a BBS post)', () => {
  const faithful = VARIATIONS.filter((v) => v.family === 'faithful' && v.script === 'simplified');
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  it.each(Object.entries(REPRINTS))('%s: no fact changed, every sentence it holds compared', (_, r) => {
    const text = pageText(brotliDecompressSync(readFileSync(repoPath(`tests/pages${r.path}.br`))).toString('utf8'));
    const before = compareCopy(text, article, fold, names);
    expect(before.changes).toEqual([]);
    expect(before.found).toBeGreaterThan(r.full ? 50 : 15);
    for (const v of faithful) {
      // The page writes the article its own way (full-width commas, Traditional): an edit applies where its words are there as such.
      let edited = text;
      let applied = 0;
      for (const [find, replace] of v.edits) {
        const [from, to] = r.path.includes('pixnet') ? [toTraditional(find), toTraditional(replace)] : [find, replace];
        if (!edited.includes(from)) continue;
        edited = edited.replace(from, to);
        applied++;
      }
      expect(applied, v.name).toBeGreaterThan(3);
      const after = compareCopy(edited, article, fold, names);
      expect(
        after.changes.map((c) => [c.original, c.page]),
        v.name,
      ).toEqual([]);
      expect(after.found, v.name).toBe(before.found);
    }
  });
});
