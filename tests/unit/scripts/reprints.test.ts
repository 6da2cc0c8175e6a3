// @vitest-environment happy-dom
/**
 * The real-template reprints (scripts/reprints.ts: the article inside real pages of Readability's
 * corpus, plus a BBS repost) in happy-dom: the verdict, the noise found and hidden (every caption,
 * the counter, the author card; never a body paragraph, 举报 / 关注 or the byline), and every body
 * sentence found by the sentence locator. The same pages run in Chromium in tests/e2e/real-templates.test.ts.
 */
import { readFileSync } from 'node:fs';
import { brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { article as parsed } from '@/utils/article/data';
import { forgetDocument, locateText, normaliseText } from '@/utils/page/locate';
import { detect } from '@/utils/detect/coverage';
import { foldTable, normalise } from '@/utils/detect/normalise';
import { NOISE_ATTR, clearNoise, markNoise } from '@/entrypoints/noise.content/noise';
import { REPRINTS } from '@/scripts/reprints';
import { captions, fp } from '@/tests/unit/utils/detect/fixture';
import { repoPath } from '@/rig/repo';
import { compareCopy } from '@/entrypoints/background/changed-facts/compare';
import { names } from '@/tests/unit/entrypoints/background/changed-facts/fixture';

const fold = foldTable(fp.fold);
const n = (s: string) => normalise(s, fold);
const paragraphBlocks = new Set(parsed.blocks.flatMap((b, i) => (b.kind === 'paragraph' ? [i] : [])));
const bodySentences = parsed.sentences.filter((s) => s.blocks.every((b) => paragraphBlocks.has(b)));

function visible(doc: Document): string {
  let out = '';
  const walker = doc.createTreeWalker(doc.body, 4);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const el = t.parentElement;
    if (el && !el.closest(`[${NOISE_ATTR}], script, style, noscript, template`)) out += t.nodeValue ?? '';
  }
  return n(out);
}

describe.each(Object.entries(REPRINTS))('reprint %s', (name, r) => {
  const html = brotliDecompressSync(readFileSync(repoPath(`tests/pages${r.path}.br`))).toString('utf8');

  it('is up to date with scripts/reprints.ts', () => {
    expect(html).toBe(r.build());
  }, 30_000);

  it('a faithful copy in real markup: the comparison finds every fact it holds and no change', () => {
    const parsedDoc = new DOMParser().parseFromString(html, 'text/html');
    for (const s of parsedDoc.querySelectorAll('script, style, template')) s.remove();
    const result = compareCopy(parsedDoc.body.textContent ?? '', parsed, fold, names);
    expect(result.changes).toEqual([]);
    expect(result.found).toBeGreaterThan(r.full ? 40 : 15);
    if (r.full) expect(result.found).toBe(result.total);
  }, 30_000);

  it('verdict, noise hidden exactly, and every body sentence located', () => {
    // The body moves into the test's own document (happy-dom's Ranges stay in one document); no script runs.
    const parsedDoc = new DOMParser().parseFromString(html, 'text/html');
    for (const s of parsedDoc.querySelectorAll('script, link, iframe, object, embed, img')) s.remove();
    document.body.replaceChildren(...[...parsedDoc.body.childNodes].map((node) => document.importNode(node, true)));
    forgetDocument(document);
    expect(detect(document.body.textContent ?? '', fp).kind).toBe(r.full ? 'match' : 'partial');
    const before = visible(document);
    const counts = markNoise(document, fp.noise, fold, true);
    const shownCaptions = captions.filter((c) => before.includes(n(c)));
    expect(counts).toEqual({ caption: shownCaptions.length, counter: 1, author: r.full ? 1 : 0 });
    const seen = visible(document);
    for (const c of captions) expect(seen).not.toContain(n(c));
    expect(seen).not.toMatch(/\d阅读\d/);
    expect(seen).not.toContain(n('简介:环球大侦探,深挖国际小秘密'));
    expect(seen).not.toContain(n('图片来源：视觉中国'));
    for (const word of ['举报', '关注', '纠错', '分享']) expect(seen.split(word).length, word).toBe(before.split(word).length);
    // Every body paragraph the page holds is still there, whole.
    for (const b of parsed.blocks.filter((b) => b.kind === 'paragraph')) {
      const p = n(parsed.text.slice(b.start, b.end));
      if (before.includes(p)) expect(seen, name).toContain(p);
    }
    // Sentences: each body sentence whose paragraph is on the page is found as one Range.
    clearNoise(document);
    forgetDocument(document);
    const found = (text: string) => {
      const range = locateText(text);
      // The Range reads as the sentence (same words once width, quotes, script and spacing are folded).
      return !!range && normaliseText(range.toString()) === normaliseText(text);
    };
    const onPage = bodySentences.filter((s) =>
      s.blocks.every((b) => before.includes(n(parsed.text.slice(parsed.blocks[b]!.start, parsed.blocks[b]!.end)))),
    );
    expect(onPage.length).toBeGreaterThan(r.full ? 40 : 15);
    expect(onPage.filter((s) => !found(parsed.text.slice(s.start, s.end))).map((s) => s.id)).toEqual([]);
  }, 60_000);
});
