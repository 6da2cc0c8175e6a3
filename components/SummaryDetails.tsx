/**
 * The summary below its first screen: the figures, the timeline, who says what and how the brief was made. One
 * module, so the popup can load it after its first paint (a lazy chunk) while the overlay and the
 * reader render it at once.
 */
import type { ArticleFacts } from '@/utils/article/schema';
import type { Lang } from '@/utils/i18n';
import type { HeadingLevel } from '@/components/Heading';
import type { OnSource } from '@/utils/article/sentences';
import { Figures } from '@/components/Figures';
import { Timeline } from '@/components/Timeline';
import { WhoSaysWhat } from '@/components/WhoSaysWhat';
import type { OriginalLink } from '@/components/AboutBrief';
import { AboutBrief } from '@/components/AboutBrief';

export interface SummaryDetailsProps {
  article: ArticleFacts;
  lang: Lang;
  onSource: OnSource;
  /** Level of the sections' headings. */
  headingLevel: HeadingLevel;
  original: OriginalLink;
}

export function SummaryDetails({ article, lang, onSource, headingLevel, original }: SummaryDetailsProps) {
  return (
    <>
      <Figures article={article} lang={lang} onSource={onSource} headingLevel={headingLevel} />
      <Timeline article={article} lang={lang} onSource={onSource} headingLevel={headingLevel} />
      <WhoSaysWhat article={article} lang={lang} onSource={onSource} headingLevel={headingLevel} />
      <AboutBrief article={article} lang={lang} original={original} headingLevel={headingLevel} />
    </>
  );
}
