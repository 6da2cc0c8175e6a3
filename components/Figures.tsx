import { useId } from 'preact/hooks';
import type { Figure, ArticleFacts } from '@/utils/article/schema';
import type { Lang } from '@/utils/i18n';
import { LANG_TAG, formatFigure, t } from '@/utils/i18n';
import type { HeadingLevel } from '@/components/Heading';
import { Heading } from '@/components/Heading';
import { FactButton } from '@/components/FactButton';
import type { OnSource } from '@/utils/article/sentences';
import { sentenceRef } from '@/utils/article/sentences';

export interface FiguresProps {
  article: ArticleFacts;
  lang: Lang;
  onSource: OnSource;
  headingLevel?: HeadingLevel;
}

function speakerName(article: ArticleFacts, speakerId: string | undefined, lang: Lang): string | undefined {
  if (!speakerId) return undefined;
  return article.actors.find((a) => a.id === speakerId)?.name[lang] ?? speakerId;
}

function FigureItem({ figure, article, lang, onSource }: { figure: Figure; article: ArticleFacts; lang: Lang; onSource: OnSource }) {
  const s = t(lang);
  const speaker = speakerName(article, figure.speaker, lang);
  return (
    <li class="sgb-item sgb-figure" data-figure={figure.id}>
      <FactButton lang={lang} sourceRef={sentenceRef(article, figure.sentence, figure)} sentenceId={figure.sentence} onSource={onSource}>
        <span class="sgb-amount">{formatFigure(figure, lang)}</span>
        <span class="sgb-measures" lang={LANG_TAG[lang]}>
          {figure.measures[lang]}
        </span>
      </FactButton>
      {(speaker || lang === 'en') && (
        <p class="sgb-meta">
          {speaker && <span class="sgb-speaker">{s.statedBy(speaker)}</span>}
          {/* English readers can check the amount against the words of the original. */}
          {lang === 'en' && (
            <span class="sgb-original" lang="zh-CN">
              {figure.text}
            </span>
          )}
        </p>
      )}
    </li>
  );
}

/** Every amount the text gives, in text order, readable in the UI language. */
export function Figures({ article, lang, onSource, headingLevel = 2 }: FiguresProps) {
  const headingId = useId();
  const figures = [...article.figures].sort((a, b) => a.start - b.start);
  return (
    <section class="sgb-section" aria-labelledby={headingId}>
      <Heading level={headingLevel} id={headingId} class="sgb-section-heading">
        {t(lang).figuresHeading}
      </Heading>
      <ul class="sgb-list">
        {figures.map((f) => (
          <FigureItem key={f.id} figure={f} article={article} lang={lang} onSource={onSource} />
        ))}
      </ul>
    </section>
  );
}
