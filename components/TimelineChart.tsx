import type { JSX } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import type { ArticleFacts, TimelineEntry } from '@/utils/article/schema';
import type { Lang } from '@/utils/i18n';
import { LANG_TAG, formatEntryDate, t } from '@/utils/i18n';
import { chartT } from '@/utils/i18n-details';
import { tickLabeler } from '@/components/chart-format';
import type { OnSource } from '@/utils/article/sentences';
import { sentenceRef } from '@/utils/article/sentences';
import { entrySpan, keyDays } from '@/utils/article/when';
import type { Mark, Row } from '@/components/timeline-layout';
import { CHART, layoutTimeline } from '@/components/timeline-layout';
import '@/components/charts.css';

export interface TimelineChartProps {
  article: ArticleFacts;
  lang: Lang;
  onSource: OnSource;
  /** Each entry's place in time (timelineNumbers): the list below carries the same numbers. */
  numbers: ReadonlyMap<string, number>;
  /** Who says so, where the text only reports it. */
  sourceOf: (entry: TimelineEntry) => string | undefined;
}

/** What a mark is called: its number, date, the headline's mark, the event and the action. */
function markName(entry: TimelineEntry, n: number, lang: Lang): string {
  const s = t(lang);
  const claim = entry.kind === 'headline-claim' ? ` (${s.headlineClaim})` : '';
  return `${n}. ${formatEntryDate(entry, lang)}${claim}: ${entry.event[lang]}, ${s.showInText}`;
}

/** The row's axis, ticks, breaks, labels, the key days' shade and the funnel to the row it enlarges. */
function RowAxis({ row, next }: { row: Row; next?: Row }) {
  const { pad, width } = CHART;
  return (
    <g aria-hidden="true">
      {row.zoom && next && (
        <polygon
          class="sgb-tl-zoom"
          points={`${row.zoom.x0},${row.axisY} ${row.zoom.x1},${row.axisY} ${row.zoom.x1},${row.bottom} ${width - pad},${next.top} ${pad},${next.top} ${row.zoom.x0},${row.bottom}`}
        />
      )}
      {row.key && <rect class="sgb-tl-key" x={row.key.x0} y={row.top} width={row.key.x1 - row.key.x0} height={row.axisY - row.top} />}
      <line class="sgb-tl-axis" x1={pad} x2={width - pad} y1={row.axisY} y2={row.axisY} />
      {row.ticks.map((x) => (
        <line key={x} class="sgb-tl-tick" x1={x} x2={x} y1={row.axisY} y2={row.axisY + 4} />
      ))}
      {row.breaks.map(([x0, x1]) => (
        <g key={x0} class="sgb-tl-break">
          <rect x={x0 + 2} y={row.axisY - 5} width={x1 - x0 - 4} height={10} />
          <path d={`M${x0 + 5} ${row.axisY + 5}l4 -10M${x1 - 9} ${row.axisY + 5}l4 -10`} />
        </g>
      ))}
      {row.labels.map((l) => (
        <text key={l.x} class="sgb-tl-label" x={l.x} y={row.axisY + 15} text-anchor={l.anchor}>
          {l.text}
        </text>
      ))}
    </g>
  );
}

/** A mark's shape: a point for a day, a bar for a longer date, a diamond for the headline's claim. */
function MarkShape({ m }: { m: Mark }) {
  const r = CHART.radius;
  if (m.shape === 'bar') return <rect class="sgb-tl-shape" x={m.x0} y={m.y - r} width={m.x1 - m.x0} height={2 * r} rx={3} />;
  const c = (m.x0 + m.x1) / 2;
  const d = CHART.diamond;
  if (m.band === 'claim') return <path class="sgb-tl-shape" d={`M${c} ${m.y - d}l${d} ${d}l${-d} ${d}l${-d} ${-d}z`} />;
  return <circle class="sgb-tl-shape" cx={c} cy={m.y} r={r} />;
}

function Legend({ lang }: { lang: Lang }) {
  const c = chartT(lang);
  const swatch = (cls: string, shape: JSX.Element) => (
    <svg class={`sgb-tl-swatch ${cls}`} viewBox="0 0 20 14" aria-hidden="true">
      {shape}
    </svg>
  );
  return (
    <figcaption class="sgb-chart-caption">
      <span>
        {swatch('', <circle class="sgb-tl-shape" cx={10} cy={7} r={5} />)}
        {c.legendDay}
      </span>
      <span>
        {swatch('', <rect class="sgb-tl-shape" x={1} y={2} width={18} height={10} rx={2} />)}
        {c.legendSpan}
      </span>
      <span>
        {swatch('sgb-tl-approx', <rect class="sgb-tl-shape" x={1} y={2} width={18} height={10} rx={2} />)}
        {c.legendApprox}
      </span>
      <span>
        {swatch('sgb-tl-claim', <path class="sgb-tl-shape" d="M10 1l6 6l-6 6l-6 -6z" />)}
        {t(lang).headlineClaim}
      </span>
      <span class="sgb-chart-note">{c.zoomNote}</span>
    </figcaption>
  );
}

/** The chosen entry in words: its date, what happened, who says so and how the date was worked out. */
function Detail({ entry, n, lang, source }: { entry: TimelineEntry | undefined; n: number; lang: Lang; source?: string }) {
  const s = t(lang);
  if (!entry) return <p class="sgb-tl-detail sgb-chart-note">{chartT(lang).chartHelp}</p>;
  return (
    <div class="sgb-tl-detail" data-detail={entry.id}>
      <p class="sgb-date">
        <span class="sgb-tl-badge" aria-hidden="true">
          {n}
        </span>
        {formatEntryDate(entry, lang)}
        {entry.kind === 'headline-claim' && <span class="sgb-mark">{s.headlineClaim}</span>}
      </p>
      <p lang={LANG_TAG[lang]}>{entry.event[lang]}</p>
      {source && <p class="sgb-meta">{s.accordingTo(source)}</p>}
      <p class="sgb-meta" lang={LANG_TAG[lang]}>
        {`${s.howDated}${lang === 'en' ? ': ' : ':'}${entry.basis[lang]}`}
      </p>
    </div>
  );
}

const NEXT: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * The timeline as a picture (see timeline-layout.ts). One tab stop: Tab reaches the chosen mark
 * (at first the key days' first), the arrow keys, Home and End move between marks in time order.
 * Focusing or hovering a mark shows its entry under the chart; choosing it (click, Enter, Space)
 * also shows its sentence, as a fact in the list does.
 */
export function TimelineChart({ article, lang, onSource, numbers, sourceOf }: TimelineChartProps) {
  const byId = useMemo(() => new Map(article.timeline.map((e) => [e.id, e])), [article]);
  const layout = useMemo(
    () => layoutTimeline(article.timeline, numbers, tickLabeler(lang), keyDays(article.timeline)),
    [article, numbers, lang],
  );
  const marks = layout.marks;
  const [active, setActive] = useState(() => {
    // The first tab stop: the key days' first entry, where the story turns.
    const key = keyDays(article.timeline);
    const inKey = (id: string) => {
      const span = entrySpan(byId.get(id)!);
      return key !== null && key.from <= span.from && span.to <= key.to;
    };
    return (marks.find((m) => inKey(m.id)) ?? marks[0])?.id;
  });
  const [shown, setShown] = useState<string | null>(null);
  const [hover, setHover] = useState<string | null>(null);
  const refs = useRef(new Map<string, SVGGElement>());

  const choose = (id: string) => {
    const e = byId.get(id)!;
    setActive(id);
    setShown(id);
    onSource(sentenceRef(article, e.sentence, e), e.sentence);
  };
  const onKey = (ev: KeyboardEvent, i: number) => {
    const id = marks[i]!.id;
    if (ev.key === 'Enter' || ev.key === ' ') {
      ev.preventDefault();
      return choose(id);
    }
    const to = ev.key === 'Home' ? 0 : ev.key === 'End' ? marks.length - 1 : NEXT[ev.key] !== undefined ? i + NEXT[ev.key]! : -1;
    if (to < 0 || to >= marks.length || to === i) return;
    ev.preventDefault();
    refs.current.get(marks[to]!.id)?.focus();
  };

  const detailId = hover ?? shown;
  const detail = detailId ? byId.get(detailId) : undefined;
  return (
    <figure class="sgb-chart sgb-tl-chart">
      <svg class="sgb-chart-svg" viewBox={`0 0 ${layout.width} ${layout.height}`} role="group" aria-label={chartT(lang).timelineChart}>
        {layout.rows.map((row, i) => (
          <RowAxis key={row.top} row={row} next={layout.rows[i + 1]} />
        ))}
        {marks.map((m, i) => {
          const e = byId.get(m.id)!;
          const textX = m.shape === 'bar' ? m.x0 + CHART.minBar / 2 : (m.x0 + m.x1) / 2;
          const cls = `sgb-tl-mark${m.approximate ? ' sgb-tl-approx' : ''}${m.band === 'claim' ? ' sgb-tl-claim' : ''}${m.id === shown ? ' sgb-tl-selected' : ''}`;
          return (
            <g
              key={m.id}
              ref={(el) => {
                if (el) refs.current.set(m.id, el);
                else refs.current.delete(m.id);
              }}
              class={cls}
              role="button"
              tabindex={m.id === active ? 0 : -1}
              aria-label={markName(e, m.number, lang)}
              data-mark={m.id}
              onClick={() => choose(m.id)}
              onKeyDown={(ev) => onKey(ev, i)}
              onFocus={() => {
                setActive(m.id);
                setShown(m.id);
              }}
              onMouseEnter={() => setHover(m.id)}
              onMouseLeave={() => setHover(null)}
            >
              <rect
                class="sgb-tl-ring"
                x={m.x0 - 3}
                y={m.y - (m.band === 'claim' ? CHART.diamond : CHART.radius) - 3}
                width={m.x1 - m.x0 + 6}
                height={2 * (m.band === 'claim' ? CHART.diamond : CHART.radius) + 6}
                rx={m.shape === 'point' ? CHART.radius + 3 : 5}
              />
              <MarkShape m={m} />
              <text class="sgb-tl-num" x={textX} y={m.y + 3}>
                {m.number}
              </text>
            </g>
          );
        })}
      </svg>
      <Legend lang={lang} />
      <Detail entry={detail} n={detail ? (numbers.get(detail.id) ?? 0) : 0} lang={lang} source={detail ? sourceOf(detail) : undefined} />
    </figure>
  );
}
