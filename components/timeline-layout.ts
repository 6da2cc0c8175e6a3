/**
 * Where the timeline chart draws each entry: pure geometry, no DOM, so it is tested apart.
 *
 * The axis is zoomed, not squeezed: the first row spans every date (2009–2029); where dates crowd,
 * a lower row enlarges that stretch (November 2024 – January 2025), and a lower one still the
 * crowded days (20 January – 2 February 2025), each joined to the stretch it enlarges. Within a
 * row time is linear. Each entry is drawn once, in the deepest row that holds its whole date: a
 * day as a point, a month, year or era as a bar as long as it lasts (never shorter than a label).
 * Marks that would touch go to lanes above one another; the headline's claims get a band of their
 * own under the axis, apart from the events.
 */
import type { TimelineEntry } from '@/utils/article/schema';
import type { DaySpan } from '@/utils/article/when';
import { calendarDate, dayNumber, entrySpan } from '@/utils/article/when';

/** Sizes in SVG user units (about CSS px at the popup's width). */
export const CHART = {
  width: 360,
  /** Room left and right of a row's time range. */
  pad: 12,
  laneHeight: 21,
  /** Radius of a day's point; also half the height of a bar. */
  radius: 8,
  /** Half the width of a headline claim's diamond (a diamond needs more room than a circle for the same number). */
  diamond: 10,
  /** A bar is never shorter than this: its number must fit. */
  minBar: 18,
  /** Least room between two marks in a lane. */
  gap: 2,
  /** Bars stop short of their ends, so that November and December do not touch. */
  inset: 1.5,
  connectorHeight: 16,
  fontSize: 10,
} as const;

export type TickUnit = 'day' | 'month' | 'year';

export interface AxisLabel {
  x: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
}

export interface Row {
  window: DaySpan;
  unit: TickUnit;
  top: number;
  axisY: number;
  bottom: number;
  /** Where the claims' band starts (under the axis labels), if the row has claims. */
  claimsTop?: number;
  /** Positions of the axis's ticks: day, month or year boundaries. */
  ticks: number[];
  labels: AxisLabel[];
  /** Stretches of time the row leaves out: [x0, x1] of each break in its axis. */
  breaks: Array<[number, number]>;
  /** The stretch the next row enlarges. */
  zoom?: { x0: number; x1: number };
  /** The key days, shaded in the deepest row that holds them. */
  key?: { x0: number; x1: number };
}

export interface Mark {
  id: string;
  /** The entry's place in time (1 = oldest), drawn in the mark. */
  number: number;
  row: number;
  band: 'event' | 'claim';
  lane: number;
  shape: 'point' | 'bar';
  approximate: boolean;
  /** Horizontal extent as drawn; `y` is the centre line. */
  x0: number;
  x1: number;
  y: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  rows: Row[];
  /** One per entry, chronological. */
  marks: Mark[];
}

/** Labels an axis tick: a day (`full`: with its month), a month (`full`: with its year) or a year. */
export type TickLabeler = (day: number, unit: TickUnit, full: boolean) => string;

/* ------------------------------------------------------------------ windows */

interface Cluster extends DaySpan {
  count: number;
}

/** Spans grouped where each starts at most `gap` days after the group so far ends. */
function clusters(spans: readonly DaySpan[], gap: number): Cluster[] {
  const out: Cluster[] = [];
  for (const s of [...spans].sort((a, b) => a.from - b.from)) {
    const last = out.at(-1);
    if (last && s.from - last.to <= gap) {
      last.to = Math.max(last.to, s.to);
      last.count++;
    } else out.push({ ...s, count: 1 });
  }
  return out;
}

/** The group holding the most spans (the later one on a tie), if it holds at least `min`. */
function densest(groups: readonly Cluster[], min: number): Cluster | null {
  const best = groups.reduce<Cluster | null>((b, c) => (!b || c.count >= b.count ? c : b), null);
  return best && best.count >= min ? best : null;
}

const contains = (outer: DaySpan, inner: DaySpan) => outer.from <= inner.from && inner.to <= outer.to;
const length = (s: DaySpan) => s.to - s.from;

/** A lower row only where it enlarges at least this much. */
const ZOOM = 3;

/**
 * The rows' time ranges, widest first: all dates; the months around the crowded days (month and
 * day dates no more than two months apart); the crowded days (day dates no more than two weeks
 * apart, at least three of them). A row is kept only where it enlarges the one above enough.
 */
export function rowWindows(spans: readonly DaySpan[]): DaySpan[] {
  if (spans.length === 0) return [];
  const all = { from: Math.min(...spans.map((s) => s.from)), to: Math.max(...spans.map((s) => s.to)) };
  const days = densest(
    clusters(
      spans.filter((s) => length(s) === 1),
      14,
    ),
    3,
  );
  const monthGroups = clusters(
    spans.filter((s) => length(s) <= 31),
    62,
  );
  const months = (days && monthGroups.find((g) => contains(g, days))) || densest(monthGroups, 3);
  const windows = [all];
  for (const w of [months, days]) {
    if (!w) continue;
    const window = { from: w.from, to: w.to };
    const above = windows.at(-1)!;
    if (contains(above, window) && length(window) * ZOOM <= length(above)) windows.push(window);
  }
  return windows;
}

/* ----------------------------------------------------------------- geometry */

function unitOf(window: DaySpan): TickUnit {
  const days = length(window);
  return days > 3 * 366 ? 'year' : days > 62 ? 'month' : 'day';
}

/** Width of a stretch of time left out of a row (a break in its axis). */
const BREAK = 20;

/** A row's time → x: linear, except stretches no mark covers, each squeezed into a break. */
interface Scale {
  x(day: number): number;
  /** The breaks' [x0, x1]. */
  breaks: Array<[number, number]>;
}

/** The parts of `window` none of `spans` covers. */
function uncovered(window: DaySpan, spans: readonly DaySpan[]): DaySpan[] {
  const out: DaySpan[] = [];
  let at = window.from;
  for (const s of [...spans].sort((a, b) => a.from - b.from)) {
    if (s.from > at) out.push({ from: at, to: Math.min(s.from, window.to) });
    at = Math.max(at, s.to);
  }
  if (at < window.to) out.push({ from: at, to: window.to });
  return out.filter((g) => g.to > g.from);
}

/**
 * The scale of a row showing `window`, where `kept` must stay in view (its marks, the stretch the
 * next row enlarges): an empty stretch longer than a quarter of the row (the ten quiet days
 * between 22 January and 2 February) becomes a break, so the crowded days get the room.
 */
function scaleOf(window: DaySpan, kept: readonly DaySpan[]): Scale {
  const gaps = uncovered(window, kept).filter((g) => length(g) >= Math.max(2, length(window) / 4));
  const inner = CHART.width - 2 * CHART.pad;
  const shown = length(window) - gaps.reduce((n, g) => n + length(g), 0);
  const perDay = (inner - gaps.length * BREAK) / shown;
  const x = (day: number) => {
    let pos = CHART.pad;
    let t = window.from;
    for (const g of gaps) {
      if (day <= g.from) break;
      pos += (g.from - t) * perDay;
      if (day < g.to) return pos + ((day - g.from) / length(g)) * BREAK;
      pos += BREAK;
      t = g.to;
    }
    return pos + (day - t) * perDay;
  };
  return { x, breaks: gaps.map((g) => [x(g.from), x(g.to)]) };
}

/** Keeps [x0, x1] inside the chart, moving it rather than cutting it. */
function clampExtent(x0: number, x1: number): [number, number] {
  const shift = Math.max(0, 1 - x0) - Math.max(0, x1 - (CHART.width - 1));
  return [x0 + shift, x1 + shift];
}

function extentOf(span: DaySpan, x: (day: number) => number, claim: boolean): { shape: Mark['shape']; x0: number; x1: number } {
  if (length(span) === 1) {
    const c = x(span.from + 0.5);
    const r = claim ? CHART.diamond : CHART.radius;
    const [x0, x1] = clampExtent(c - r, c + r);
    return { shape: 'point', x0, x1 };
  }
  let a = x(span.from) + CHART.inset;
  let b = x(span.to) - CHART.inset;
  if (b - a < CHART.minBar) {
    const c = (a + b) / 2;
    a = c - CHART.minBar / 2;
    b = c + CHART.minBar / 2;
  }
  const [x0, x1] = clampExtent(a, b);
  return { shape: 'bar', x0, x1 };
}

/** Greedy lanes: each mark, left to right, goes to the lowest lane it does not touch. */
function assignLanes(marks: Array<Pick<Mark, 'x0' | 'x1' | 'lane' | 'number'>>): number {
  const ends: number[] = [];
  for (const m of [...marks].sort((a, b) => a.x0 - b.x0 || a.number - b.number)) {
    let lane = ends.findIndex((end) => end + CHART.gap <= m.x0);
    if (lane < 0) lane = ends.push(0) - 1;
    ends[lane] = m.x1;
    m.lane = lane;
  }
  return ends.length;
}

/* -------------------------------------------------------------------- axis */

/** Estimated width of a label at the chart's font size: CJK characters are square, others about 0.6 em. */
export function labelWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.6;
  return w * CHART.fontSize;
}

/** Labels left to right, each dropped if it would touch the one before; the ends anchored inside the chart. */
function fitLabels(wanted: Array<{ x: number; text: string }>): AxisLabel[] {
  const out: AxisLabel[] = [];
  let right = -Infinity;
  for (const { x, text } of wanted) {
    const w = labelWidth(text);
    let anchor: AxisLabel['anchor'] = 'middle';
    let left = x - w / 2;
    if (left < 0) [anchor, left] = ['start', Math.max(0, x - CHART.radius)];
    else if (x + w / 2 > CHART.width) [anchor, left] = ['end', Math.min(x + CHART.radius, CHART.width) - w];
    if (left < right + 6) continue;
    const at = anchor === 'middle' ? x : anchor === 'start' ? left : left + w;
    out.push({ x: at, text, anchor });
    right = left + w;
  }
  return out;
}

/** Tick days and labels of a row; `marked`: days with a point in this row (the days worth a label). */
function axisOf(window: DaySpan, unit: TickUnit, marked: Set<number>, label: TickLabeler, x: (day: number) => number) {
  const ticks: number[] = [];
  const wanted: Array<{ x: number; text: string }> = [];
  const [y0, m0] = calendarDate(window.from);
  const [y1] = calendarDate(window.to);
  if (unit === 'year') {
    const inner = CHART.width - 2 * CHART.pad;
    const steps = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];
    const step = steps.find((s) => (y1 - y0) / s <= inner / 56) ?? 1000;
    for (let y = y0; y <= y1; y++) {
      const day = dayNumber(y);
      if (day < window.from || day > window.to) continue;
      ticks.push(x(day));
      if (y % step === 0) wanted.push({ x: x(day), text: label(day, 'year', true) });
    }
  } else if (unit === 'month') {
    let lastYear: number | null = null;
    for (let i = 0; ; i++) {
      const start = dayNumber(y0, m0 + i);
      if (start >= window.to) break;
      const end = Math.min(dayNumber(y0, m0 + i + 1), window.to);
      const from = Math.max(start, window.from);
      if (start >= window.from) ticks.push(x(start));
      const [y, m] = calendarDate(start);
      const text = label(start, 'month', lastYear === null || m === 1);
      // A month's name sits in the middle of the part of it the row shows, if it fits there.
      if (x(end) - x(from) >= labelWidth(text)) {
        wanted.push({ x: (x(from) + x(end)) / 2, text });
        lastYear = y;
      }
    }
  } else {
    let lastMonth: number | null = null;
    for (let day = window.from; day <= window.to; day++) ticks.push(x(day));
    for (let day = window.from; day < window.to; day++) {
      if (!marked.has(day) && day !== window.from) continue;
      const [, m] = calendarDate(day);
      wanted.push({ x: x(day + 0.5), text: label(day, 'day', m !== lastMonth) });
      lastMonth = m;
    }
  }
  return { ticks, labels: fitLabels(wanted) };
}

/* ------------------------------------------------------------------- layout */

/**
 * Lays out the entries: `numbers` gives each its place in time (timelineNumbers), `label` the
 * axis's words in the UI language (their widths decide which labels fit), `key` the days to shade.
 */
export function layoutTimeline(
  entries: readonly TimelineEntry[],
  numbers: ReadonlyMap<string, number>,
  label: TickLabeler,
  key: DaySpan | null = null,
): TimelineLayout {
  const spans = entries.map((e) => entrySpan(e));
  let windows = rowWindows(spans);
  const rowOf = (span: DaySpan) => windows.reduce((deepest, w, i) => (contains(w, span) ? i : deepest), 0);
  // A row no entry falls into only frames the others: drop it, the zoom still joins the rows left.
  const used = new Set(spans.map(rowOf));
  windows = windows.filter((_, i) => used.has(i));
  const rowIndex = spans.map(rowOf);
  const scales = windows.map((w, i) => {
    const kept = spans.filter((_, j) => rowIndex[j] === i);
    const below = windows[i + 1];
    return scaleOf(w, below ? [...kept, below] : kept);
  });

  const marks: Mark[] = entries
    .map((e, j) => ({
      id: e.id,
      number: numbers.get(e.id) ?? 0,
      row: rowIndex[j]!,
      band: e.kind === 'headline-claim' ? ('claim' as const) : ('event' as const),
      lane: 0,
      approximate: e.approximate === true,
      y: 0,
      ...extentOf(spans[j]!, scales[rowIndex[j]!]!.x, e.kind === 'headline-claim'),
    }))
    .sort((a, b) => a.number - b.number);

  const rows: Row[] = [];
  let top = 2;
  windows.forEach((window, i) => {
    const { x, breaks } = scales[i]!;
    const inRow = marks.filter((m) => m.row === i);
    const eventLanes = Math.max(1, assignLanes(inRow.filter((m) => m.band === 'event')));
    const claimLanes = assignLanes(inRow.filter((m) => m.band === 'claim'));
    const axisY = top + eventLanes * CHART.laneHeight + 4;
    const claimsTop = claimLanes ? axisY + 20 : undefined;
    for (const m of inRow) {
      m.y = m.band === 'event' ? axisY - 4 - (m.lane + 0.5) * CHART.laneHeight : claimsTop! + (m.lane + 0.5) * CHART.laneHeight;
    }
    const pointDays = new Set(spans.filter((sp, j) => rowIndex[j] === i && length(sp) === 1).map((sp) => sp.from));
    const bottom = claimsTop !== undefined ? claimsTop + claimLanes * CHART.laneHeight + 2 : axisY + 18;
    const unit = unitOf(window);
    const axis = axisOf(window, unit, pointDays, label, x);
    const ticks = axis.ticks.filter((t) => !breaks.some(([b0, b1]) => t > b0 + 0.5 && t < b1 - 0.5));
    const below = windows[i + 1];
    const zoom = below ? { x0: x(below.from), x1: Math.max(x(below.to), x(below.from) + 4) } : undefined;
    const keyHere = key && contains(window, key) && !windows.slice(i + 1).some((w) => contains(w, key));
    rows.push({ window, unit, top, axisY, bottom, claimsTop, ticks, labels: axis.labels, breaks, zoom });
    if (keyHere) rows[i]!.key = { x0: x(key.from), x1: x(key.to) };
    top = bottom + CHART.connectorHeight;
  });
  return { width: CHART.width, height: (rows.at(-1)?.bottom ?? 0) + 2, rows, marks };
}
