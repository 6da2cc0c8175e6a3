/** What the header says about the page the summary is shown for. */
import type { TabState } from '@/utils/messages';
import type { ChangedFactsResult } from '@/utils/changed-facts';

export type PageState =
  | { kind: 'checking' }
  /** `changed`: facts the page's copy changes (the changed-facts check), where it could be compared. */
  | { kind: 'match'; changed?: number }
  | { kind: 'partial'; coverage: number; changed?: number }
  | { kind: 'none' }
  | { kind: 'unreadable' }
  /** The reader page: the bundled copy itself. */
  | { kind: 'bundled' };

export function pageStateFromTab(state: TabState | null): PageState {
  if (!state) return { kind: 'checking' };
  if (state.unreadable) return { kind: 'unreadable' };
  const v = state.verdict;
  if (!v) return { kind: 'checking' };
  const facts = state.changedFacts;
  const changed = facts && compared(facts) ? { changed: facts.changes.length } : {};
  if (v.kind === 'match') return { kind: 'match', ...changed };
  if (v.kind === 'partial') return { kind: 'partial', coverage: v.coverage, ...changed };
  return { kind: 'none' };
}

/** Whether the comparison was made: something of the article found to compare (an empty or failed one says nothing). */
export function compared(result: ChangedFactsResult): boolean {
  return result.total > 0 && result.found > 0;
}

/** Whether the tab holds (some of) the article, so facts can be shown on the page itself. */
export function holdsArticle(state: PageState): boolean {
  return state.kind === 'match' || state.kind === 'partial';
}
