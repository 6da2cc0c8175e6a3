/**
 * How a tab's verdict shows on the toolbar icon: badge text, colour and the action's title.
 * Pure, so unit tests pin it; the background only applies it.
 */
import { coveragePercent, type Verdict } from '@/utils/verdict';
import type { Lang } from '@/utils/i18n';
import type { PageState } from '@/utils/page-state';
import { actionTitle } from '@/utils/status';

/** Facts the page's copy changes count only where the page holds (some of) the article. */
function changed(verdict: Verdict | null, changes: number | undefined): boolean {
  return !!verdict && verdict.kind !== 'none' && (changes ?? 0) > 0;
}

/** `changes`: how many facts this page's copy changes (entrypoints/background/changed-facts); any at all shows `!`. */
export function badgeText(verdict: Verdict | null, changes: number | undefined = 0): string {
  if (!verdict) return '';
  if (changed(verdict, changes)) return '!';
  if (verdict.kind === 'match') return '✓';
  if (verdict.kind === 'partial') return `${coveragePercent(verdict.coverage)}%`;
  return '';
}

/** Warning red for a copy that changes facts (white text on it: contrast 6.5:1). */
export const CHANGED_COLOR = '#b3261e';

export function badgeColor(verdict: Verdict | null, changes: number | undefined = 0): string {
  if (changed(verdict, changes)) return CHANGED_COLOR;
  return verdict?.kind === 'partial' ? '#9a5b00' : '#1f6f43';
}

/**
 * The action's title: the status line the popup and overlay show, in the browser's language
 * (utils/status.ts). `changes`: undefined where the copy was not compared (then it claims nothing about its facts).
 */
export function titleFor(verdict: Verdict | null, changes: number | undefined, lang: Lang): string {
  const changed = changes === undefined ? {} : { changed: changes };
  const state: PageState =
    !verdict || verdict.kind === 'none'
      ? { kind: 'none' }
      : verdict.kind === 'match'
        ? { kind: 'match', ...changed }
        : { kind: 'partial', coverage: verdict.coverage, ...changed };
  return actionTitle(state, lang);
}
