/** The status line: one wording for the popup's and overlay's header and the toolbar title. */
import { describe, expect, it } from 'vitest';
import { actionTitle, statusOf } from '@/utils/status';
import type { PageState } from '@/utils/page-state';

const verdictLine = (state: PageState, lang: 'zh' | 'en') => statusOf(state, lang).text;
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

describe('the status line', () => {
  it('a copy that changes facts says what the badge says, in both languages', () => {
    expect(verdictLine({ kind: 'match', changed: 2 }, 'en')).toBe('The whole article — 2 facts changed');
    expect(verdictLine({ kind: 'match', changed: 2 }, 'zh')).toBe('全文 — 2 处事实改动');
    expect(verdictLine({ kind: 'partial', coverage: 0.594, changed: 1 }, 'en')).toBe('Part of the article (about 59%) — 1 fact changed');
    expect(verdictLine({ kind: 'partial', coverage: 0.594, changed: 1 }, 'zh')).toBe('部分内容(约59%) — 1 处事实改动');
  });
  it('a faithful copy says so (green only when whole); one not compared says only what the page holds, never green', () => {
    expect(statusOf({ kind: 'match', changed: 0 }, 'en')).toEqual({ tone: 'ok', text: 'The whole article — no facts changed' });
    expect(statusOf({ kind: 'partial', coverage: 0.5, changed: 0 }, 'en').tone).toBe('partial');
    expect(statusOf({ kind: 'match', changed: 1 }, 'en').tone).toBe('changed');
    expect(statusOf({ kind: 'match' }, 'zh')).toEqual({ tone: 'neutral', text: '本页是这篇文章的全文' });
    expect(verdictLine({ kind: 'partial', coverage: 0.5 }, 'en')).toBe('This page has part of the article (about 50%)');
  });
  it('the toolbar title says the same line, and what a click does', () => {
    expect(actionTitle({ kind: 'match', changed: 2 }, 'en')).toBe(
      'Stargate Brief: The whole article — 2 facts changed (click to see which)',
    );
    expect(actionTitle({ kind: 'match', changed: 0 }, 'zh')).toBe('星际之门简报:全文 — 事实没有改动(点击查看摘要)');
    expect(actionTitle({ kind: 'none' }, 'en')).toBe(
      'Stargate Brief: The article is not on this page (click to check this page or read the bundled copy)',
    );
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
