/**
 * The one status line every view shows: what this tab holds of the article and what its copy
 * changes, in one sentence and one tone. Green (`ok`) only for the whole article with no fact
 * changed; any changed fact is `changed`, whatever the coverage.
 */
import type { ChangedFactsResult } from '@/utils/changed-facts';
import type { Lang } from '@/utils/i18n';
import { t } from '@/utils/i18n';
import type { PageState } from '@/utils/page-state';
import { coveragePercent } from '@/utils/verdict';

export type StatusTone = 'ok' | 'partial' | 'changed' | 'neutral' | 'pending' | 'bundled';

export interface Status {
  tone: StatusTone;
  text: string;
}

/** What the tab holds, in words: "This page has the whole article". */
export function verdictText(state: PageState, lang: Lang): string {
  const s = t(lang);
  switch (state.kind) {
    case 'checking':
      return s.stateChecking;
    case 'match':
      return s.stateMatch;
    case 'partial':
      return s.statePartial(coveragePercent(state.coverage));
    case 'none':
      return s.stateNone;
    case 'unreadable':
      return s.stateUnreadable;
    case 'bundled':
      return s.stateBundled;
  }
}

/**
 * The verdict and the comparison in one line, where the page holds the article and was compared:
 * "The whole article — no facts changed", "Part of the article (about 60%) — 2 facts changed".
 * (The wording the changed-facts work settles on for changed copies plugs in here.)
 */
export function comparedText(
  state: { kind: 'match' } | { kind: 'partial'; coverage: number },
  changed: ChangedFactsResult,
  lang: Lang,
): string {
  const s = t(lang);
  const held = state.kind === 'match' ? s.statusWhole : s.statusPart(coveragePercent(state.coverage));
  const changes = changed.changes.length ? s.factsChanged(changed.changes.length) : s.noFactsChanged;
  return `${held}${s.statusSeparator}${changes}`;
}

export function statusOf(state: PageState, changed: ChangedFactsResult | undefined, lang: Lang): Status {
  if (state.kind !== 'match' && state.kind !== 'partial') {
    const tone: StatusTone = state.kind === 'checking' ? 'pending' : state.kind === 'bundled' ? 'bundled' : 'neutral';
    return { tone, text: verdictText(state, lang) };
  }
  // Not compared (no text came with the verdict): the verdict alone, and never green.
  if (!changed) return { tone: state.kind === 'match' ? 'neutral' : 'partial', text: verdictText(state, lang) };
  const text = comparedText(state, changed, lang);
  if (changed.changes.length) return { tone: 'changed', text };
  return { tone: state.kind === 'match' ? 'ok' : 'partial', text };
}
