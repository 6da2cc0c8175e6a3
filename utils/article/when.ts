/**
 * When a timeline entry happened, as a span of whole days, and the rules read from it: which days
 * the story turns on (the key days the views open with) and which dates rest on outside knowledge.
 * Shared by the views (list and chart) and the Markdown export, so both say the same.
 */
import type { TimelineEntry } from '@/utils/article/schema';

/** Whole days since 1970-01-01 (UTC), `from` inclusive, `to` exclusive: 21 Jan 2025 is one day long. */
export interface DaySpan {
  from: number;
  to: number;
}

const DAY_MS = 86_400_000;

/** The day number of a calendar date (month and day overflow as Date does: month 13 is January next year). */
export function dayNumber(year: number, month = 1, day = 1): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day); // setUTCFullYear, not Date.UTC: years below 100 stay themselves
  return Math.round(d.getTime() / DAY_MS);
}

/** The calendar date of a day number: [year, month 1–12, day]. */
export function calendarDate(day: number): [number, number, number] {
  const d = new Date(day * DAY_MS);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/**
 * The days a date covers, from its written form (DATE_PATTERN): a day, a month, a year, or an era
 * `YYYY/YYYY` from its first year up to the start of its last (奥巴马时期 2009/2017: Jan 2009 – Jan 2017).
 */
export function entrySpan(entry: Pick<TimelineEntry, 'date'>): DaySpan {
  const [first = '', last] = entry.date.split('/');
  const [y = 1970, m, d] = first.split('-').map(Number);
  if (last !== undefined) return { from: dayNumber(y), to: dayNumber(Math.max(Number(last), y + 1)) };
  if (d !== undefined && m !== undefined) return { from: dayNumber(y, m, d), to: dayNumber(y, m, d + 1) };
  if (m !== undefined) return { from: dayNumber(y, m), to: dayNumber(y, m + 1) };
  return { from: dayNumber(y), to: dayNumber(y + 1) };
}

/** Days apart two dated days may be and still belong to one run of key days (21日 and 22日 do; 22日 and 2 Feb do not). */
const KEY_RUN_GAP = 2;

/** An event the text dates to one day without hedging: the seeds of the key days. */
function isFirmDay(entry: TimelineEntry): boolean {
  const span = entrySpan(entry);
  return entry.kind === 'event' && !entry.approximate && span.to - span.from === 1;
}

/**
 * The key days: the run of days (each at most KEY_RUN_GAP from the next) holding the most events
 * the text dates to the day without hedging — not "before the inauguration", not the headline's
 * claim. A later run wins a tie (nearer the writing). Null where no run holds two such events.
 */
export function keyDays(entries: readonly TimelineEntry[]): DaySpan | null {
  const days = entries
    .filter(isFirmDay)
    .map((e) => entrySpan(e).from)
    .sort((a, b) => a - b);
  let best: { span: DaySpan; count: number } | null = null;
  let start = 0;
  for (let i = 0; i < days.length; i++) {
    const next = days[i + 1];
    if (next !== undefined && next - days[i]! <= KEY_RUN_GAP) continue;
    const count = i - start + 1;
    if (count >= 2 && (!best || count >= best.count)) best = { span: { from: days[start]!, to: days[i]! + 1 }, count };
    start = i + 1;
  }
  return best?.span ?? null;
}

/** Whether the date rests on knowledge from outside the text (an inauguration day, an election): the parser's `outside` field. */
export function datedFromOutside(entry: Pick<TimelineEntry, 'outside'>): boolean {
  return entry.outside === true;
}
