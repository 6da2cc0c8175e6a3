/**
 * The verdict line: what the page holds of the article and, where its copy changes facts, how
 * many — one wording for the popup's header, the overlay's and the toolbar icon's title, so they
 * never disagree ("The whole article — 2 facts changed" / "全文 — 2 处事实改动").
 */
import { t, type Lang } from './i18n';
import type { PageState } from './page-state';
import { coveragePercent } from './verdict';

export function verdictLine(state: PageState, lang: Lang): string {
  const s = t(lang);
  switch (state.kind) {
    case 'checking':
      return s.stateChecking;
    case 'match':
      return state.changed ? `${s.holdsWhole} — ${s.factsChanged(state.changed)}` : s.stateMatch;
    case 'partial': {
      const percent = coveragePercent(state.coverage);
      return state.changed ? `${s.holdsPart(percent)} — ${s.factsChanged(state.changed)}` : s.statePartial(percent);
    }
    case 'none':
      return s.stateNone;
    case 'unreadable':
      return s.stateUnreadable;
    case 'bundled':
      return s.stateBundled;
  }
}

/** What a click on the toolbar icon does, after its verdict line (only the background's title says it). */
const CLICK_HINTS: Record<Lang, { summary: string; changes: string; none: string }> = {
  zh: { summary: '点击查看摘要', changes: '点击查看改动', none: '点击检查本页或阅读内置副本' },
  en: { summary: 'click for the summary', changes: 'click to see which', none: 'click to check this page or read the bundled copy' },
};

/** The toolbar icon's title: the app's name, the verdict line and what a click does. */
export function actionTitle(state: PageState, lang: Lang): string {
  const s = t(lang);
  const holds = state.kind === 'match' || state.kind === 'partial';
  const line = holds ? verdictLine(state, lang) : s.stateNone;
  const hints = CLICK_HINTS[lang];
  const hint = !holds ? hints.none : state.changed ? hints.changes : hints.summary;
  return lang === 'zh' ? `${s.appName}:${line}(${hint})` : `${s.appName}: ${line} (${hint})`;
}
