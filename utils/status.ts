/**
 * The one status line: what this tab holds of the article and what its copy changes, in one
 * sentence and one tone — the popup's and the overlay's header and the toolbar icon's title all say
 * it, so they never disagree ("The whole article — 2 facts changed" / "全文 — 2 处事实改动").
 * Green (`ok`) only for the whole article compared with no fact changed; any changed fact is
 * `changed`, whatever the coverage. A copy that could not be compared claims nothing about its facts.
 */
import type { Lang } from '@/utils/i18n';
import { t } from '@/utils/i18n';
import type { PageState } from '@/utils/page-state';
import { holdsArticle } from '@/utils/page-state';
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

export function statusOf(state: PageState, lang: Lang): Status {
  if (state.kind !== 'match' && state.kind !== 'partial') {
    const tone: StatusTone = state.kind === 'checking' ? 'pending' : state.kind === 'bundled' ? 'bundled' : 'neutral';
    return { tone, text: verdictText(state, lang) };
  }
  // Not compared (no text came with the verdict, or nothing of it could be compared): the verdict alone, never green.
  if (state.changed === undefined) return { tone: state.kind === 'match' ? 'neutral' : 'partial', text: verdictText(state, lang) };
  const s = t(lang);
  const held = state.kind === 'match' ? s.statusWhole : s.statusPart(coveragePercent(state.coverage));
  const text = `${held}${s.statusSeparator}${state.changed ? s.factsChanged(state.changed) : s.noFactsChanged}`;
  if (state.changed) return { tone: 'changed', text };
  return { tone: state.kind === 'match' ? 'ok' : 'partial', text };
}

/** The toolbar icon's title: the app's name, the status line and what a click does. */
export function actionTitle(state: PageState, lang: Lang): string {
  const s = t(lang);
  const holds = holdsArticle(state);
  const line = holds ? statusOf(state, lang).text : s.stateNone;
  const hint = !holds ? s.clickToCheck : 'changed' in state && state.changed ? s.clickForChanges : s.clickForSummary;
  return s.actionTitle(s.appName, line, hint);
}
