/** The verdict line: one wording for the popup's and overlay's header and the toolbar title. */
import { describe, expect, it } from 'vitest';
import { verdictLine } from '@/utils/verdict-line';
import { pageStateFromTab } from '@/utils/page-state';
import type { ChangedFactsResult } from '@/utils/changed-facts';

const result = (changes: number, found = 53, total = 53): ChangedFactsResult => ({
  changes: Array.from({ length: changes }, (_, i) => ({
    kind: 'figure' as const,
    id: `f${i}`,
    what: { zh: '金额', en: 'amount' },
    original: '5000亿美元',
    page: '500亿美元',
    count: 1,
    sentence: { id: 's3', start: 0, end: 10 },
    pageSentence: '…',
  })),
  missing: [],
  found,
  total,
});

describe('verdictLine', () => {
  it('a copy that changes facts says what the badge says, in both languages', () => {
    expect(verdictLine({ kind: 'match', changed: 2 }, 'en')).toBe('The whole article — 2 facts changed');
    expect(verdictLine({ kind: 'match', changed: 2 }, 'zh')).toBe('全文 — 2 处事实改动');
    expect(verdictLine({ kind: 'partial', coverage: 0.594, changed: 1 }, 'en')).toBe('Part of the article (about 59%) — 1 fact changed');
    expect(verdictLine({ kind: 'partial', coverage: 0.594, changed: 1 }, 'zh')).toBe('部分内容(约59%) — 1 处事实改动');
  });
  it('a faithful copy, or one not compared, says only what the page holds', () => {
    expect(verdictLine({ kind: 'match', changed: 0 }, 'en')).toBe('This page has the whole article');
    expect(verdictLine({ kind: 'match' }, 'zh')).toBe('本页是这篇文章的全文');
    expect(verdictLine({ kind: 'partial', coverage: 0.5 }, 'en')).toBe('This page has part of the article (about 50%)');
  });
  it('the tab state gives the count only where the comparison was made', () => {
    const verdict = { kind: 'match', coverage: 1 } as const;
    expect(pageStateFromTab({ verdict, overlayOpen: false, changedFacts: result(2) })).toEqual({ kind: 'match', changed: 2 });
    expect(pageStateFromTab({ verdict, overlayOpen: false, changedFacts: result(0) })).toEqual({ kind: 'match', changed: 0 });
    // Empty or failed: nothing was compared, so nothing is claimed.
    expect(pageStateFromTab({ verdict, overlayOpen: false, changedFacts: result(0, 0, 0) })).toEqual({ kind: 'match' });
    expect(pageStateFromTab({ verdict, overlayOpen: false, changedFacts: result(0, 0, 53) })).toEqual({ kind: 'match' });
    expect(pageStateFromTab({ verdict, overlayOpen: false })).toEqual({ kind: 'match' });
  });
});
