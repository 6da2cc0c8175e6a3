/**
 * The detector's verdict on a page: the one type every context uses (detection returns it, the
 * detector reports it, the background keeps and paints it, the popup and overlay show it).
 */
export type VerdictKind = 'match' | 'partial' | 'none';

export interface Verdict {
  kind: VerdictKind;
  /** Share of the article's body text found on the page, 0…1. */
  coverage: number;
}

/** Whole percent found, rounded down so a partial copy never reads as the 90 % of a match; nonsense → 0…100. */
export function coveragePercent(coverage: number): number {
  const share = Number.isFinite(coverage) ? Math.min(1, Math.max(0, coverage)) : 0;
  return Math.floor(share * 100);
}
