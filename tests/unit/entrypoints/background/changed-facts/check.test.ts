/**
 * The background's side of the check (`checkChangedFacts`): which reports it compares, what it
 * keeps of them, and that it compares with the bundled copy, the fingerprint's fold and the
 * lexicon's other names (mutants of its guard and of its table's set-up lived before this file).
 */
import { describe, expect, it } from 'vitest';
import { checkChangedFacts } from '@/entrypoints/background/changed-facts/check';
import { article } from './fixture';

const T = article.text;
const withOneFigure = T.replace('5000亿美元', '6000亿美元');

describe('checkChangedFacts', () => {
  it('compares a match with the bundled copy: every body sentence found, no change', () => {
    const { verdict, changedFacts } = checkChangedFacts({ kind: 'match', coverage: 1, text: T });
    expect(verdict).toEqual({ kind: 'match', coverage: 1 });
    expect(changedFacts!.total).toBeGreaterThan(40);
    expect(changedFacts!.found).toBe(changedFacts!.total);
    expect(changedFacts!.changes).toEqual([]);
  });

  it('compares a partial copy too, and a second report with the same table (the fold is built once)', () => {
    expect(T).not.toBe(withOneFigure);
    for (let i = 0; i < 2; i++) {
      const { verdict, changedFacts } = checkChangedFacts({ kind: 'partial', coverage: 0.9, text: withOneFigure });
      expect(verdict).toEqual({ kind: 'partial', coverage: 0.9 });
      expect(changedFacts!.changes.map((c) => [c.kind, c.original, c.page])).toEqual([['figure', '5000亿美元', '6000亿美元']]);
    }
  });

  it('keeps the verdict without the page text, and compares nothing on "none" or without a text', () => {
    const none = checkChangedFacts({ kind: 'none', coverage: 0, text: T });
    expect(none).toEqual({ verdict: { kind: 'none', coverage: 0 } });
    expect('text' in none.verdict).toBe(false);
    expect(checkChangedFacts({ kind: 'match', coverage: 1 })).toEqual({ verdict: { kind: 'match', coverage: 1 } });
    // A hostile report whose text is not a string is a verdict alone, not a crash.
    const odd = { kind: 'match', coverage: 1, text: 42 } as unknown as Parameters<typeof checkChangedFacts>[0];
    expect(checkChangedFacts(odd)).toEqual({ verdict: { kind: 'match', coverage: 1 } });
  });

  it('reads the lexicon: a name the article never uses for an actor (川普) is the same actor', () => {
    const at = T.indexOf('特朗普', T.indexOf('\n\n', T.indexOf('\n\n') + 2));
    expect(at).toBeGreaterThan(0);
    const page = T.slice(0, at) + '川普' + T.slice(at + '特朗普'.length);
    const { changedFacts } = checkChangedFacts({ kind: 'match', coverage: 1, text: page });
    expect(changedFacts!.found).toBe(changedFacts!.total);
    expect(changedFacts!.changes).toEqual([]);
  });
});
