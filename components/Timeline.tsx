import { useId, useMemo } from 'preact/hooks';
import type { ArticleFacts, TimelineEntry } from '@/utils/article/schema';
import type { Lang } from '@/utils/i18n';
import { LANG_TAG, formatDayRange, formatEntryDate, t } from '@/utils/i18n';
import { chartT } from '@/utils/i18n-details';
import type { HeadingLevel } from '@/components/Heading';
import { Heading, nextLevel } from '@/components/Heading';
import { FactButton } from '@/components/FactButton';
import { TimelineChart } from '@/components/TimelineChart';
import type { OnSource } from '@/utils/article/sentences';
import { sentenceRef } from '@/utils/article/sentences';
import type { TimelineGroup } from '@/utils/article/order';
import { groupTimeline, timelineNumbers } from '@/utils/article/order';
import { datedFromOutside, keyDays } from '@/utils/article/when';

export interface TimelineProps {
  article: ArticleFacts;
  lang: Lang;
  onSource: OnSource;
  headingLevel?: HeadingLevel;
}

interface EntryContext {
  article: ArticleFacts;
  lang: Lang;
  onSource: OnSource;
  numbers: ReadonlyMap<string, number>;
  sourceOf: (entry: TimelineEntry) => string | undefined;
}

/** `<time datetime>` takes a year, month or day, not a span. */
function machineDate(entry: TimelineEntry): string | undefined {
  return entry.precision === 'era' ? undefined : entry.date;
}

/**
 * One entry: its number on the chart, its date ("about …" where the text only bounds it), the
 * event, who says so; only a date that rests on outside knowledge says how it was worked out
 * (the routine cases are said once, above the list).
 */
function EntryItem({ entry, ctx }: { entry: TimelineEntry; ctx: EntryContext }) {
  const { article, lang, onSource } = ctx;
  const s = t(lang);
  const source = ctx.sourceOf(entry);
  const claim = entry.kind === 'headline-claim';
  return (
    <li class={`sgb-item sgb-entry${claim ? ' sgb-claim' : ''}`} data-entry={entry.id} data-kind={entry.kind}>
      <p class="sgb-date">
        <span class="sgb-tl-badge" aria-hidden="true">
          {ctx.numbers.get(entry.id)}
        </span>
        <time dateTime={machineDate(entry)}>{formatEntryDate(entry, lang)}</time>
        {claim && (
          <span class="sgb-mark" title={s.headlineClaimHint}>
            <span aria-hidden="true">{s.headlineClaim}</span>
            <span class="sgb-sr-only">{`(${s.headlineClaimHint})`}</span>
          </span>
        )}
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
          <span class="sgb-speaker">{s.accordingTo(source)}</span>
        </p>
      )}
      {datedFromOutside(entry) && (
        <p class="sgb-meta sgb-basis" lang={LANG_TAG[lang]}>
          {entry.basis[lang]}
        </p>
      )}
    </li>
  );
}

/** The key days open under their dates; the background and what came after folded, with their counts. */
function Group({ group, level, ctx }: { group: TimelineGroup; level: HeadingLevel; ctx: EntryContext }) {
  const c = chartT(ctx.lang);
  const list = (
    <ol class="sgb-list sgb-timeline">
      {group.entries.map((e) => (
        <EntryItem key={e.id} entry={e} ctx={ctx} />
      ))}
    </ol>
  );
  if (group.kind === 'all') return list;
  if (group.kind === 'key') {
    return (
      <div class="sgb-tl-group" data-group="key">
        <Heading level={level} class="sgb-subheading">
          {c.keyDays(formatDayRange(keyDays(ctx.article.timeline)!, ctx.lang))}
        </Heading>
        {list}
      </div>
    );
  }
  const n = group.entries.length;
  return (
    <details class="sgb-tl-group" data-group={group.kind}>
      <summary class="sgb-subheading">{group.kind === 'before' ? c.background(n) : c.afterwards(n)}</summary>
      {list}
    </details>
  );
}

/**
 * The events the text dates: the chart, how the dates were worked out (once), then the list in
 * the order of groupTimeline — the key days first, open; the background and the outlook folded.
 */
export function Timeline({ article, lang, onSource, headingLevel = 2 }: TimelineProps) {
  const headingId = useId();
  const numbers = useMemo(() => timelineNumbers(article.timeline), [article]);
  const sourceOf = (entry: TimelineEntry) => {
    const a = entry.attribution;
    if (!a) return undefined;
    return ((a.actor ? article.actors.find((x) => x.id === a.actor)?.name : undefined) ?? a.name)[lang];
  };
  const ctx: EntryContext = { article, lang, onSource, numbers, sourceOf };
  return (
    <section class="sgb-section" aria-labelledby={headingId}>
      <Heading level={headingLevel} id={headingId} class="sgb-section-heading">
        {t(lang).timelineHeading}
      </Heading>
      <TimelineChart article={article} lang={lang} onSource={onSource} numbers={numbers} sourceOf={sourceOf} />
      <p class="sgb-meta sgb-dating">{chartT(lang).datingNote}</p>
      {groupTimeline(article.timeline).map((g) => (
        <Group key={g.kind} group={g} level={nextLevel(headingLevel)} ctx={ctx} />
      ))}
    </section>
  );
}
