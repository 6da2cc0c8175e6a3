/**
 * The article as the comparison prepares it (prepare.ts), whole: per body sentence, each fact with
 * its reading, where it sits in the normalised sentence and how often the sentence says it, the
 * anchors and the prose left around the facts; and the names each actor goes by. A golden file
 * (`__snapshots__/prepared.txt`, rewritten by `vitest -u` and reviewed as a diff).
 *
 * Each case prepares with a fold table of its own: `prepareArticle` caches per table, so the work
 * runs inside the test (mutation testing sees which test reaches it; a cache filled at import
 * hid every change in this file).
 */
import { describe, expect, it } from 'vitest';
import { prepareArticle, timesSaid, countNames, type Fact, type PreparedArticle } from '@/entrypoints/background/changed-facts/prepare';
import { normaliseForCompare } from '@/entrypoints/background/changed-facts/text';
import { article, freshFold, names } from './fixture';

function reading(f: Fact): string {
  const r = f.reading;
  switch (r.kind) {
    case 'actor':
      return `actor ${r.names.join('/')}`;
    case 'figure':
      return `figure ${r.key}`;
    case 'date':
      return `date ${r.resolved}`;
    case 'time':
      return `time ${r.key}`;
  }
}

/** One line per sentence and per fact: what the comparison will look for, and where. */
function summary(p: PreparedArticle): string {
  const lines: string[] = [];
  for (const s of p.sentences) {
    lines.push(
      `${s.id} [${s.start}, ${s.end}) norm ${s.norm.length} prose ${s.prose} anchors ${s.anchors.map((a) => `${a.at}:${a.text}`).join(' ')}`,
    );
    for (const f of s.facts) lines.push(`  ${f.id} ${JSON.stringify(f.original)} [${f.from}, ${f.to}) ×${f.times} ${reading(f)}`);
  }
  return `${lines.join('\n')}\nnames ${p.names.join(' ')}\n`;
}

describe('prepareArticle', () => {
  it('prepares every body sentence with its facts, anchors and names (golden file)', async () => {
    const p = prepareArticle(article, freshFold(), names);
    expect(p.sentences.length).toBeGreaterThan(40);
    await expect(summary(p)).toMatchFileSnapshot('./__snapshots__/prepared.txt');
  });

  it('every fact sits where its words are, and every anchor is the sentence’s own text', () => {
    const fold = freshFold();
    const p = prepareArticle(article, fold, names);
    for (const s of p.sentences) {
      expect(s.text).toBe(article.text.slice(s.start, s.end));
      expect(s.norm).toBe(normaliseForCompare(s.text, fold));
      for (const f of s.facts) {
        expect(s.norm.slice(f.from, f.to), f.id).toBe(normaliseForCompare(f.original, fold));
        expect(f.original).toBe(article.text.slice(f.start, f.end));
        expect(f.times, f.id).toBe(timesSaid(f.reading, s.norm));
      }
      for (const a of s.anchors) expect(s.norm.slice(a.at, a.at + a.text.length)).toBe(a.text);
      expect(s.prose).toBe(s.norm.length - s.facts.reduce((n, f) => n + f.to - f.from, 0));
    }
    // The same table and names: the same object (prepared once per page's fold and names).
    expect(prepareArticle(article, fold, names)).toBe(p);
    expect(prepareArticle(article, fold, {})).not.toBe(p);
  });

  it('counts a name once where a longer one holds it', () => {
    expect(countNames('孙正义说孙正义', ['孙正义'])).toBe(2);
    expect(countNames('唐纳德·特朗普和特朗普', ['唐纳德·特朗普', '特朗普'])).toBe(2);
    expect(countNames('', ['特朗普'])).toBe(0);
  });
});
