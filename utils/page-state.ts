/** What the header says about the page the summary is shown for. */
import type { TabState } from '@/utils/messages';

export type PageState =
  | { kind: 'checking' }
  | { kind: 'match' }
  | { kind: 'partial'; coverage: number }
  | { kind: 'none' }
  | { kind: 'unreadable' }
  /** The reader page: the bundled copy itself. */
  | { kind: 'bundled' };

export function pageStateFromTab(state: TabState | null): PageState {
  if (!state) return { kind: 'checking' };
  if (state.unreadable) return { kind: 'unreadable' };
  const v = state.verdict;
  if (!v) return { kind: 'checking' };
  if (v.kind === 'match') return { kind: 'match' };
  if (v.kind === 'partial') return { kind: 'partial', coverage: v.coverage };
  return { kind: 'none' };
}

/** Whether the tab holds (some of) the article, so facts can be shown on the page itself. */
export function holdsArticle(state: PageState): boolean {
  return state.kind === 'match' || state.kind === 'partial';
}
