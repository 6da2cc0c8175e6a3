/**
 * The order facts are listed in, the same in every view and in the Markdown export: people and
 * organisations by how often the text names them, the timeline by date and grouped around its key days.
 */
import type { Actor, TimelineEntry } from '@/utils/article/schema';
import { entrySpan, keyDays } from '@/utils/article/when';

/** Mentions by name (孙正义), leaving out references (这位金融巨头): what the views count and link by default. */
export function nameMentions(actor: Actor): Actor['mentions'] {
  return actor.mentions.filter((m) => m.kind === 'name');
}

/** Most mentioned by name first; ties keep the order of first appearance in the text. */
export function byMentions(a: Actor, b: Actor): number {
  const ma = nameMentions(a);
  const mb = nameMentions(b);
  return mb.length - ma.length || (ma[0]?.start ?? 0) - (mb[0]?.start ?? 0);
}

/** People first, then organisations, each most mentioned first. */
export function orderActors(actors: readonly Actor[]): { people: Actor[]; organisations: Actor[] } {
  return {
    people: actors.filter((a) => a.kind === 'person').sort(byMentions),
    organisations: actors.filter((a) => a.kind === 'organisation').sort(byMentions),
  };
}

/**
 * Chronological by the first day each date covers (an era by its first year, 2025 before January
 * 2025 before 21 January). Equal starts keep the parser's order (a stable sort), which already
 * knows that "after the election" follows the election.
 */
export function orderTimeline(entries: readonly TimelineEntry[]): TimelineEntry[] {
  return entries
    .map((entry, i) => ({ entry, i, from: entrySpan(entry).from }))
    .sort((a, b) => a.from - b.from || a.i - b.i)
    .map((x) => x.entry);
}

/** Each entry's place in time, 1 for the oldest: the number its mark on the chart and its list item carry. */
export function timelineNumbers(entries: readonly TimelineEntry[]): Map<string, number> {
  return new Map(orderTimeline(entries).map((e, i) => [e.id, i + 1]));
}

/**
 * `key`: the key days (see keyDays), open first; `before`: what led up to them (background);
 * `after`: what came later or lies ahead (outlook). `all` where the text has no key days.
 */
export type TimelineGroupKind = 'key' | 'before' | 'after' | 'all';

export interface TimelineGroup {
  kind: TimelineGroupKind;
  /** Chronological. */
  entries: TimelineEntry[];
}

/**
 * The order the timeline is read in, the same in every view and in the Markdown export: the key
 * days first, then the background, then what came after; each group chronological. The key days
 * run in time order from the first entry dated within them to the last; what comes before them in
 * that order is background (January 2025 as a whole, "before the inauguration"), what comes after
 * is the outlook. So the groups, read before → key → after, keep the entries' numbers in sequence.
 * Empty groups are left out.
 */
export function groupTimeline(entries: readonly TimelineEntry[]): TimelineGroup[] {
  const ordered = orderTimeline(entries);
  const key = keyDays(entries);
  const within = (e: TimelineEntry) => {
    const span = entrySpan(e);
    return key !== null && key.from <= span.from && span.to <= key.to;
  };
  const first = ordered.findIndex(within);
  if (first < 0) return ordered.length ? [{ kind: 'all', entries: ordered }] : [];
  const last = ordered.findLastIndex(within);
  const groups: TimelineGroup[] = [
    { kind: 'key', entries: ordered.slice(first, last + 1) },
    { kind: 'before', entries: ordered.slice(0, first) },
    { kind: 'after', entries: ordered.slice(last + 1) },
  ];
  return groups.filter((g) => g.entries.length);
}
