/**
 * Who speaks of whom: the claims whose source is a named actor, as a graph from the speaker to
 * each actor the claim is about. One edge per (speaker, subject, stance), standing for every claim
 * of that kind, in text order. Claims of the author, of unnamed reports and analyses, and of groups
 * that are not actors have no node to start from: the "Who says what" list shows them.
 */
import type { ArticleFacts, Claim, Stance } from '@/utils/article/schema';

export interface MapEdge {
  /** Stable key: `altman>musk:rebuts`. */
  key: string;
  source: string;
  target: string;
  stance: Stance;
  /** The claims the edge stands for, in text order (at least one). */
  claims: Claim[];
}

export interface ClaimGraph {
  /** Actors who say something of another actor, in the order the story first quotes them. */
  speakers: string[];
  /** Actors spoken of, in the order the story first makes them a claim's subject. */
  subjects: string[];
  edges: MapEdge[];
}

/** The order stances take among parallel edges and in the legend (the schema's order). */
export const STANCES: readonly Stance[] = ['reports', 'claims', 'questions', 'rebuts', 'criticises', 'praises', 'forecasts', 'proposes'];

/** How a line is drawn: against (questions, rebuts, criticises), for (praises), ahead (forecasts, proposes), or plain. */
export type StanceTone = 'against' | 'for' | 'ahead' | 'plain';

export function stanceTone(stance: Stance): StanceTone {
  if (stance === 'questions' || stance === 'rebuts' || stance === 'criticises') return 'against';
  if (stance === 'praises') return 'for';
  if (stance === 'forecasts' || stance === 'proposes') return 'ahead';
  return 'plain';
}

export function claimGraph(facts: Pick<ArticleFacts, 'actors' | 'claims'>): ClaimGraph {
  const known = new Set(facts.actors.map((a) => a.id));
  const edges = new Map<string, MapEdge>();
  const speakers: string[] = [];
  const subjects: string[] = [];
  const note = (list: string[], id: string) => {
    if (!list.includes(id)) list.push(id);
  };
  for (const claim of [...facts.claims].sort((a, b) => a.start - b.start)) {
    if (!('actor' in claim.source) || !known.has(claim.source.actor)) continue;
    const source = claim.source.actor;
    for (const target of new Set(claim.target ?? [])) {
      if (target === source || !known.has(target)) continue;
      note(speakers, source);
      note(subjects, target);
      const key = `${source}>${target}:${claim.stance}`;
      const edge = edges.get(key);
      if (edge) edge.claims.push(claim);
      else edges.set(key, { key, source, target, stance: claim.stance, claims: [claim] });
    }
  }
  const rank = (list: string[], id: string) => list.indexOf(id);
  const ordered = [...edges.values()].sort(
    (a, b) =>
      rank(speakers, a.source) - rank(speakers, b.source) ||
      rank(subjects, a.target) - rank(subjects, b.target) ||
      STANCES.indexOf(a.stance) - STANCES.indexOf(b.stance),
  );
  return { speakers, subjects, edges: ordered };
}

/** The distinct claims among edges (a claim about three actors is one claim on three edges). */
export function claimCount(edges: readonly MapEdge[]): number {
  return new Set(edges.flatMap((e) => e.claims.map((c) => c.id))).size;
}
