import { useId } from 'preact/hooks';
import type { ArticleFacts, TimelineEntry } from '@/utils/article/schema';
import type { Lang } from '@/utils/i18n';
import { LANG_TAG, dateMarks, formatDate, t } from '@/utils/i18n';
import type { HeadingLevel } from '@/components/Heading';
import { Heading } from '@/components/Heading';
import { FactButton } from '@/components/FactButton';
import type { OnSource } from '@/utils/article/sentences';
import { sentenceRef } from '@/utils/article/sentences';
import { orderTimeline } from '@/utils/article/order';

export interface TimelineProps {
  article: ArticleFacts;
  lang: Lang;
  onSource: OnSource;
  headingLevel?: HeadingLevel;
}

/** `<time datetime>` takes a year, month or day, not a span. */
function machineDate(entry: TimelineEntry): string | undefined {
  return entry.precision === 'era' ? undefined : entry.date;
}

function EntryItem({ entry, article, lang, onSource }: { entry: TimelineEntry; article: ArticleFacts; lang: Lang; onSource: OnSource }) {
  const s = t(lang);
  const marks = dateMarks(entry, lang);
  // A limit (还没有正式上任): "before 20 Jan 2025" around the date, in the language's word order.
  const before = entry.before ? s.beforeDate('\u0001').split('\u0001') : [];
  if (entry.kind === 'headline-claim') marks.unshift({ label: s.headlineClaim, hint: s.headlineClaimHint });
  const source = entry.attribution
    ? ((entry.attribution.actor ? article.actors.find((a) => a.id === entry.attribution?.actor)?.name : undefined) ??
      entry.attribution.name)
    : undefined;
  return (
    <li class={`sgb-item sgb-entry${entry.kind === 'headline-claim' ? ' sgb-claim' : ''}`} data-entry={entry.id} data-kind={entry.kind}>
      <p class="sgb-date">
        <span>
          {before[0]}
          <time dateTime={machineDate(entry)}>{formatDate(entry.date, entry.precision, lang)}</time>
          {before[1]}
        </span>
        {marks.map((m) => (
          <span key={m.label} class="sgb-mark" title={m.hint}>
            <span aria-hidden="true">{m.label}</span>
            <span class="sgb-sr-only">{`(${m.hint})`}</span>
          </span>
        ))}
      </p>
      <FactButton
        lang={lang}
        sourceRef={sentenceRef(article, entry.sentence, entry)}
        sentenceId={entry.sentence}
        onSource={onSource}
        class="sgb-event"
      >
        <span lang={LANG_TAG[lang]}>{entry.event[lang]}</span>
      </FactButton>
      {source && (
        <p class="sgb-meta">
          <span class="sgb-speaker">{s.accordingTo(source[lang])}</span>
        </p>
      )}
      <details class="sgb-basis">
        <summary>{s.howDated}</summary>
        <p lang={LANG_TAG[lang]}>{entry.basis[lang]}</p>
        <p class="sgb-original">
          <span aria-hidden="true">“</span>
          <span lang="zh-CN">{entry.text}</span>
          <span aria-hidden="true">”</span>
        </p>
      </details>
    </li>
  );
}

/** The events the text dates, oldest first, with how each date was worked out. */
export function Timeline({ article, lang, onSource, headingLevel = 2 }: TimelineProps) {
  const headingId = useId();
  return (
    <section class="sgb-section" aria-labelledby={headingId}>
      <Heading level={headingLevel} id={headingId} class="sgb-section-heading">
        {t(lang).timelineHeading}
      </Heading>
      <ol class="sgb-list sgb-timeline">
        {orderTimeline(article.timeline).map((e) => (
          <EntryItem key={e.id} entry={e} article={article} lang={lang} onSource={onSource} />
        ))}
      </ol>
    </section>
  );
}
