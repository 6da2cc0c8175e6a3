import type { ComponentChildren } from 'preact';
import type { ArticleFacts } from '@/utils/article/schema';
import type { ChangedFactsResult } from '@/utils/changed-facts';
import type { Lang } from '@/utils/i18n';
import { LANG_TAG } from '@/utils/i18n';
import type { HeadingLevel } from '@/components/Heading';
import { nextLevel } from '@/components/Heading';
import { ArticleHeader } from '@/components/ArticleHeader';
import { Actors } from '@/components/Actors';
import { KeyPoints } from '@/components/KeyPoints';
import { ChangedFacts } from '@/components/ChangedFacts';
import type { OnSource } from '@/utils/article/sentences';
import type { PageState } from '@/utils/page-state';
import { compared, holdsArticle } from '@/utils/page-state';

/**
 * What the first screen reads: the header's fields, the key points and the people, and the facts
 * those point at. The popup bundles only this much up front (`virtual:article-glance`); the full
 * projection is an `ArticleFacts` too.
 */
export type SummaryFacts = Pick<
  ArticleFacts,
  'title' | 'titleGloss' | 'source' | 'author' | 'published' | 'keyPoints' | 'actors' | 'sentences' | 'figures' | 'timeline'
>;

export interface SummaryProps {
  article: SummaryFacts;
  lang: Lang;
  state: PageState;
  onSource: OnSource;
  /** The page's copy compared with the article: said in the status line, listed when a fact changed or a passage is missing. */
  changedFacts?: ChangedFactsResult;
  /** Level of the title; the sections sit one level below. */
  headingLevel?: HeadingLevel;
  showTitle?: boolean;
  /** Controls the host adds under the header (overlay button, noise switch, share, notices). */
  children?: ComponentChildren;
  /** The sections after the people (figures, timeline, about), at the level it is given: `SummaryDetails`, or a lazy loader of it. */
  details?: (sectionLevel: HeadingLevel) => ComponentChildren;
}

/**
 * The structured summary: the header with the status line, the host's controls, the key points,
 * the changes in this copy (only where there are some), the people and organisations, then the rest.
 */
export function Summary({
  article,
  lang,
  state,
  onSource,
  changedFacts,
  headingLevel = 1,
  showTitle = true,
  children,
  details,
}: SummaryProps) {
  const sectionLevel = showTitle ? nextLevel(headingLevel) : headingLevel;
  // The section only says something here: changes, missing passages, or a comparison that could not be made.
  const changes =
    holdsArticle(state) && changedFacts && (!compared(changedFacts) || changedFacts.changes.length > 0 || changedFacts.missing.length > 0);
  return (
    <div class="sgb-summary" lang={LANG_TAG[lang]}>
      <ArticleHeader article={article} lang={lang} state={state} headingLevel={headingLevel} showTitle={showTitle} />
      {children}
      <KeyPoints article={article} lang={lang} onSource={onSource} headingLevel={sectionLevel} />
      {changes && <ChangedFacts result={changedFacts} lang={lang} onSource={onSource} headingLevel={sectionLevel} />}
      <Actors article={article} lang={lang} onSource={onSource} headingLevel={sectionLevel} />
      {details?.(sectionLevel)}
    </div>
  );
}
