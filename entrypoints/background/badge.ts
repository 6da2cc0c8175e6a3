/**
 * How a tab's verdict shows on the toolbar icon: badge text, colour and the action's title.
 * Pure, so unit tests pin it; the background only applies it.
 */
import { coveragePercent, type Verdict } from '@/utils/verdict';

/** Facts the page's copy changes count only where the page holds (some of) the article. */
function changed(verdict: Verdict | null, changes: number): boolean {
  return !!verdict && verdict.kind !== 'none' && changes > 0;
}

/** `changes`: how many facts this page's copy changes (entrypoints/background/changed-facts); any at all shows `!`. */
export function badgeText(verdict: Verdict | null, changes = 0): string {
  if (!verdict) return '';
  if (changed(verdict, changes)) return '!';
  if (verdict.kind === 'match') return '✓';
  if (verdict.kind === 'partial') return `${coveragePercent(verdict.coverage)}%`;
  return '';
}

/** Warning red for a copy that changes facts (white text on it: contrast 6.5:1). */
export const CHANGED_COLOR = '#b3261e';

export function badgeColor(verdict: Verdict | null, changes = 0): string {
  if (changed(verdict, changes)) return CHANGED_COLOR;
  return verdict?.kind === 'partial' ? '#9a5b00' : '#1f6f43';
}

/** The `_locales` message name and substitutions for the action's title (the browser picks the language). */
export function actionTitleMessage(
  verdict: Verdict | null,
  changes = 0,
): {
  name: 'actionTitleMatch' | 'actionTitlePartial' | 'actionTitleNone' | 'actionTitleChanged' | 'actionTitleChangedOne';
  substitutions?: string[];
} {
  if (changed(verdict, changes))
    return changes === 1 ? { name: 'actionTitleChangedOne' } : { name: 'actionTitleChanged', substitutions: [String(changes)] };
  if (verdict?.kind === 'match') return { name: 'actionTitleMatch' };
  if (verdict?.kind === 'partial') return { name: 'actionTitlePartial', substitutions: [String(coveragePercent(verdict.coverage))] };
  return { name: 'actionTitleNone' };
}
