import { useId } from 'preact/hooks';
import type { ArticleFacts, KeyPoint, TimelineEntry } from '@/utils/article/schema';
import type { Lang } from '@/utils/i18n';
import { LANG_TAG, formatDate, formatFigure, t } from '@/utils/i18n';
import type { HeadingLevel } from '@/components/Heading';
import { Heading } from '@/components/Heading';
import { FactButton } from '@/components/FactButton';
import type { OnSource } from '@/utils/article/sentences';
import { sentenceRef } from '@/utils/article/sentences';
import { factOf, sourceName } from '@/components/facts';

export type KeyPointsFacts = Pick<ArticleFacts, 'keyPoints' | 'figures' | 'timeline' | 'actors' | 'sentences' | 'published'>;

export interface KeyPointsProps {
  article: KeyPointsFacts;
  lang: Lang;
  onSource: OnSource;
  headingLevel?: HeadingLevel;
}

/** A day in the publication's year without the year ("21 Jan" / "1月21日"): the band is about that month. */
function shortDate(entry: TimelineEntry, published: string, lang: Lang): string {
  const full = formatDate(entry.date, entry.precision, lang);
  if (entry.precision !== 'day' || entry.date.slice(0, 4) !== published.slice(0, 4)) return full;
  return lang === 'en' ? full.replace(/ \d{4}$/, '') : full.replace(/^\d{4}年/, '');
}

function KeyPointItem({ point, article, lang, onSource }: { point: KeyPoint; article: KeyPointsFacts; lang: Lang; onSource: OnSource }) {
  const published = article.published;
  const fact = factOf(article, point);
  if (!fact) return null;
  const s = t(lang);
  const source = sourceName(article, fact, lang);
  const sourceId = fact.kind === 'figure' ? fact.figure.speaker : fact.entry.attribution?.actor;
  // Marks a person who says it: the first screen names the people it is about.
  const person = article.actors.find((a) => a.id === sourceId && a.kind === 'person')?.id;
  const span = fact.kind === 'figure' ? fact.figure : fact.entry;
  return (
    <li class="sgb-keypoint" data-keypoint={point.id} data-kind={point.kind}>
      <FactButton lang={lang} sourceRef={sentenceRef(article, point.sentence, span)} sentenceId={point.sentence} onSource={onSource}>
        {fact.kind === 'figure' ? (
          <>
            <span class="sgb-amount">{formatFigure(fact.figure, lang)}</span>
            <span class="sgb-keypoint-text" lang={LANG_TAG[lang]}>
              {fact.figure.measures[lang]}
            </span>
          </>
        ) : (
          <>
            <time class="sgb-keypoint-date" dateTime={fact.entry.precision === 'era' ? undefined : fact.entry.date}>
              {shortDate(fact.entry, published, lang)}
            </time>
            <span class="sgb-keypoint-text" lang={LANG_TAG[lang]}>
              {fact.entry.event[lang]}
            </span>
          </>
        )}
        {source && (
          <span class="sgb-keypoint-source" data-person={person}>
            {fact.kind === 'figure' ? s.statedBy(source) : s.accordingTo(source)}
          </span>
        )}
      </FactButton>
    </li>
  );
}

/**
 * The story at a glance: the key points the parser chose by its salience rule (pipeline/salience.ts),
 * in the article's order, each leading to its sentence.
 */
export function KeyPoints({ article, lang, onSource, headingLevel = 2 }: KeyPointsProps) {
  const headingId = useId();
  if (article.keyPoints.length === 0) return null;
  const order = (k: KeyPoint) => article.sentences.findIndex((x) => x.id === k.sentence);
  const points = [...article.keyPoints].sort((a, b) => order(a) - order(b));
  return (
    <section class="sgb-section sgb-keypoints" aria-labelledby={headingId}>
      <Heading level={headingLevel} id={headingId} class="sgb-section-heading">
        {t(lang).keyPointsHeading}
      </Heading>
      <ol class="sgb-keypoint-list">
        {points.map((k) => (
          <KeyPointItem key={`${k.kind}-${k.id}`} point={k} article={article} lang={lang} onSource={onSource} />
        ))}
      </ol>
    </section>
  );
}
