/**
 * How a tab's verdict shows on the toolbar icon: badge text, colour and the action's title.
 * Pure, so unit tests pin it; the background only applies it.
 */
import { coveragePercent, type Verdict } from './verdict';

export function badgeText(verdict: Verdict | null): string {
  if (!verdict) return '';
  if (verdict.kind === 'match') return '✓';
  if (verdict.kind === 'partial') return `${coveragePercent(verdict.coverage)}%`;
  return '';
}

export function badgeColor(verdict: Verdict | null): string {
  return verdict?.kind === 'partial' ? '#9a5b00' : '#1f6f43';
}

/** The `_locales` message name and substitutions for the action's title (the browser picks the language). */
export function actionTitleMessage(verdict: Verdict | null): { name: 'actionTitleMatch' | 'actionTitlePartial' | 'actionTitleNone'; substitutions?: string[] } {
  if (verdict?.kind === 'match') return { name: 'actionTitleMatch' };
  if (verdict?.kind === 'partial') return { name: 'actionTitlePartial', substitutions: [String(coveragePercent(verdict.coverage))] };
  return { name: 'actionTitleNone' };
}
