import type { ArticleFacts } from '@/utils/article/schema';
import type { Lang } from '@/utils/i18n';
import { formatPublished, t } from '@/utils/i18n';
import { verdictLine } from '@/utils/verdict-line';
import type { HeadingLevel } from '@/components/Heading';
import { Heading } from '@/components/Heading';
import type { PageState } from '@/utils/page-state';

export interface ArticleHeaderProps {
  article: ArticleFacts;
  lang: Lang;
  state: PageState;
  headingLevel?: HeadingLevel;
  /** The reader shows the title in its article column already. */
  showTitle?: boolean;
}

/** Title, author, publication time and what this tab holds of the article. */
export function ArticleHeader({ article, lang, state, headingLevel = 1, showTitle = true }: ArticleHeaderProps) {
  const s = t(lang);
  const publishedIso = article.published;
  return (
    <header class="sgb-header">
      {showTitle && (
        <Heading level={headingLevel} class="sgb-title">
          <span lang="zh-CN">{article.title}</span>
        </Heading>
      )}
      <p class="sgb-byline">
        <span>
          {s.bylineBy}
          {lang === 'en' ? ' ' : ':'}
          <span lang="zh-CN">{article.author}</span>
        </span>
        {publishedIso && (
          <span>
            <span class="sgb-sr-only">{s.published}: </span>
            <time dateTime={publishedIso}>{formatPublished(publishedIso, lang)}</time>
          </span>
        )}
      </p>
      {/* A live region, so the verdict arriving after "checking…" is announced without moving focus. */}
      <p
        class={`sgb-state sgb-state-${state.kind}${'changed' in state && state.changed ? ' sgb-state-changed' : ''}`}
        role="status"
        data-state={state.kind}
      >
        <span class="sgb-state-dot" aria-hidden="true" />
        {verdictLine(state, lang)}
      </p>
    </header>
  );
}
