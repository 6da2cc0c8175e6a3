import { useId } from 'preact/hooks';
import type { ArticleFacts } from '@/utils/article/schema';
import type { Lang } from '@/utils/i18n';
import { detailT } from '@/utils/i18n-details';
import { LANG_TAG, formatPublished } from '@/utils/i18n';
import type { HeadingLevel } from '@/components/Heading';
import { Heading } from '@/components/Heading';
import { sourceText } from '@/components/ArticleHeader';

/** Where the host points the reader for the original: a link (the bundled text), or words (it is on this page). */
export type OriginalLink = { href: string; label: string; newTab?: boolean } | { label: string; href?: undefined };

export interface AboutBriefProps {
  article: Pick<ArticleFacts, 'author' | 'published' | 'source'>;
  lang: Lang;
  original: OriginalLink;
  headingLevel?: HeadingLevel;
}

/** How the brief was made: a bundled parse, what is outside knowledge, how the key points were chosen, and the original. */
export function AboutBrief({ article, lang, original, headingLevel = 2 }: AboutBriefProps) {
  const d = detailT(lang);
  const headingId = useId();
  const kind = article.source ? sourceText(article.source, lang) : '';
  const published = article.published ? formatPublished(article.published, lang) : '';
  return (
    <section class="sgb-section sgb-about" aria-labelledby={headingId} lang={LANG_TAG[lang]}>
      <Heading level={headingLevel} id={headingId} class="sgb-section-heading">
        {d.aboutHeading}
      </Heading>
      <p>{d.aboutMade}</p>
      <p>{d.aboutOutside}</p>
      <p>{d.aboutKeyPoints}</p>
      <p>
        {d.aboutOriginal(lang === 'en' && kind ? kind.charAt(0).toLowerCase() + kind.slice(1) : kind, article.author, published)}{' '}
        {original.href ? (
          <a href={original.href} target={original.newTab ? '_blank' : undefined} rel={original.newTab ? 'noopener' : undefined}>
            {original.label}
          </a>
        ) : (
          original.label
        )}
      </p>
    </section>
  );
}
