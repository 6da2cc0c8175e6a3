import { Fragment } from 'preact';
import { useId } from 'preact/hooks';
import type { Figure, ArticleFacts } from '@/utils/article/schema';
import type { Lang } from '@/utils/i18n';
import { LANG_TAG, formatFigure, t } from '@/utils/i18n';
import { chartT } from '@/utils/i18n-details';
import type { HeadingLevel } from '@/components/Heading';
import { Heading, nextLevel } from '@/components/Heading';
import { AmountsChart } from '@/components/AmountsChart';
import { groupFigures } from '@/components/amounts';
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

interface ItemProps {
  article: ArticleFacts;
  lang: Lang;
  onSource: OnSource;
}

function FigureItem({ figure, article, lang, onSource }: { figure: Figure } & ItemProps) {
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

/** One list of figures under a subheading (the amounts without a currency, the other figures). */
function FigureList({
  title,
  note,
  figures,
  level,
  ...rest
}: { title: string; note?: string; figures: Figure[]; level: HeadingLevel } & ItemProps) {
  if (figures.length === 0) return null;
  return (
    <>
      <Heading level={level} class="sgb-subheading">
        {title}
      </Heading>
      {note && <p class="sgb-meta sgb-figures-note">{note}</p>}
      <ul class="sgb-list">
        {figures.map((f) => (
          <FigureItem key={f.id} figure={f} {...rest} />
        ))}
      </ul>
    </>
  );
}

/**
 * Every amount the text gives, readable in the UI language: the money as a picture (one scale per
 * currency, see AmountsChart), then an amount without a currency apart, then the other figures.
 */
export function Figures({ article, lang, onSource, headingLevel = 2 }: FiguresProps) {
  const headingId = useId();
  const c = chartT(lang);
  const { scales, noCurrency, other } = groupFigures(article.figures);
  const level = nextLevel(headingLevel);
  const item = { article, lang, onSource };
  return (
    <section class="sgb-section" aria-labelledby={headingId}>
      <Heading level={headingLevel} id={headingId} class="sgb-section-heading">
        {t(lang).figuresHeading}
      </Heading>
      {scales.map((scale) => (
        <Fragment key={scale.currency}>
          <Heading level={level} class="sgb-subheading">
            {c.amountsHeading}
          </Heading>
          <AmountsChart
            article={article}
            scale={scale}
            lang={lang}
            onSource={onSource}
            speakerName={(id) => speakerName(article, id, lang)}
          />
        </Fragment>
      ))}
      <FigureList title={c.noCurrencyHeading} note={c.noCurrencyNote} figures={noCurrency} level={level} {...item} />
      <FigureList title={c.otherFigures} figures={other} level={level} {...item} />
    </section>
  );
}
