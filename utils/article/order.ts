/**
 * The order facts are listed in, the same in every view and in the Markdown export: people and
 * organisations by how often the text names them, the timeline by date.
 */
import type { Actor, TimelineEntry } from '@/utils/article/schema';

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
 * Chronological: an era sorts by its first year. Equal dates keep the parser's order (a stable
 * sort), which already knows that "after the election" follows the election.
 */
export function orderTimeline(entries: readonly TimelineEntry[]): TimelineEntry[] {
  const key = (e: TimelineEntry) => e.date.replace('/', '~');
  return [...entries].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
