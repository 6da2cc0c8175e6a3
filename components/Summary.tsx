import type { ComponentChildren } from 'preact';
import type { ArticleFacts } from '@/utils/article/schema';
import type { Lang } from '@/utils/i18n';
import { LANG_TAG } from '@/utils/i18n';
import type { HeadingLevel } from '@/components/Heading';
import { nextLevel } from '@/components/Heading';
import { ArticleHeader } from '@/components/ArticleHeader';
import { Actors } from '@/components/Actors';
import { Figures } from '@/components/Figures';
import { Timeline } from '@/components/Timeline';
import { WhoSaysWhat } from '@/components/WhoSaysWhat';
import type { OnSource } from '@/utils/article/sentences';
import type { PageState } from '@/utils/page-state';
import { ShareBar } from '@/components/share';
import '@/components/summary.css';

export interface SummaryProps {
  article: ArticleFacts;
  lang: Lang;
  state: PageState;
  onSource: OnSource;
  /** Level of the title; the sections sit one level below. */
  headingLevel?: HeadingLevel;
  showTitle?: boolean;
  /** Controls the host adds under the header (overlay button, noise switch, notices). */
  children?: ComponentChildren;
  /** A section the host puts first among the sections, after the share bar (the changes in this copy). */
  lead?: ComponentChildren;
}

/** The structured summary: header, then people and organisations, figures, timeline and who says what. */
export function Summary({ article, lang, state, onSource, headingLevel = 1, showTitle = true, children, lead }: SummaryProps) {
  const sectionLevel = showTitle ? nextLevel(headingLevel) : headingLevel;
  return (
    <div class="sgb-summary" lang={LANG_TAG[lang]}>
      <ArticleHeader article={article} lang={lang} state={state} headingLevel={headingLevel} showTitle={showTitle} />
      {children}
      <ShareBar lang={lang} />
      {lead}
      <Actors article={article} lang={lang} onSource={onSource} headingLevel={sectionLevel} />
      <Figures article={article} lang={lang} onSource={onSource} headingLevel={sectionLevel} />
      <Timeline article={article} lang={lang} onSource={onSource} headingLevel={sectionLevel} />
      <WhoSaysWhat article={article} lang={lang} onSource={onSource} headingLevel={sectionLevel} />
    </div>
  );
}
