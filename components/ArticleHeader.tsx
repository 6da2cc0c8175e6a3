import type { ArticleFacts } from '@/utils/article/schema';
import type { Lang } from '@/utils/i18n';
import { formatPublished, t } from '@/utils/i18n';
import type { HeadingLevel } from '@/components/Heading';
import { Heading } from '@/components/Heading';
import type { PageState } from '@/utils/page-state';
import { statusOf } from '@/utils/status';

export interface ArticleHeaderProps {
  article: Pick<ArticleFacts, 'title' | 'titleGloss' | 'source' | 'author' | 'published'>;
  lang: Lang;
  state: PageState;
  /** The page's copy compared with the article (with the verdict, from the background). */
  headingLevel?: HeadingLevel;
  /** The reader shows the title in its article column already. */
  showTitle?: boolean;
}

/** "Opinion piece from a self-media account (网易号)" / "网易号自媒体评论文章". */
export function sourceText(source: NonNullable<ArticleFacts['source']>, lang: Lang): string {
  if (lang === 'zh') return `${source.platform}${source.kind.zh}`;
  const kind = source.kind.en;
  return `${kind.charAt(0).toUpperCase()}${kind.slice(1)} (${source.platform})`;
}

/** The piece, its author and the original's publication time, as one flowing line. */
function Byline({ article, lang }: { article: ArticleHeaderProps['article']; lang: Lang }) {
  const s = t(lang);
  const en = lang === 'en';
  return (
    <p class="sgb-byline">
      {article.source && <span class="sgb-source">{`${sourceText(article.source, lang)}${en ? ', ' : ','}`}</span>}
      {article.source && en ? s.bylineBy.toLowerCase() : s.bylineBy}
      {en ? ' ' : ':'}
      <span lang="zh-CN">{article.author}</span>
      {article.published && (
        <>
          {en ? ' · ' : ' · '}
          <span class="sgb-nowrap">
            {s.originalPublished}
            {en ? ' ' : ''}
            <time dateTime={article.published}>{formatPublished(article.published, lang)}</time>
          </span>
        </>
      )}
    </p>
  );
}

/** One line for the verdict and the changed-facts result; a live region, so a late verdict is announced. */
export function StatusLine({ state, lang }: { state: PageState; lang: Lang }) {
  const status = statusOf(state, lang);
  return (
    <p class={`sgb-state sgb-state-${state.kind} sgb-tone-${status.tone}`} role="status" data-state={state.kind} data-tone={status.tone}>
      <span class="sgb-state-dot" aria-hidden="true" />
      <span class="sgb-state-text">{status.text}</span>
    </p>
  );
}

/** Title (and its English gloss), the piece and its author, the original's date, and the status line. */
export function ArticleHeader({ article, lang, state, headingLevel = 1, showTitle = true }: ArticleHeaderProps) {
  return (
    <header class="sgb-header">
      {showTitle && (
        <Heading level={headingLevel} class="sgb-title">
          <span lang="zh-CN">{article.title}</span>
        </Heading>
      )}
      {showTitle && lang === 'en' && article.titleGloss && (
        <p class="sgb-gloss" lang="en">
          {article.titleGloss}
        </p>
      )}
      <Byline article={article} lang={lang} />
      <StatusLine state={state} lang={lang} />
    </header>
  );
}
