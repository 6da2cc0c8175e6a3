/**
 * The claims map as the views draw it: the graph (graph.ts) laid out (layout.ts) with the names the
 * UI language gives every node and line, and the order the keyboard walks them in: each speaker,
 * then its lines top to bottom, then those spoken of.
 */
import type { Actor, ArticleFacts, Stance } from '@/utils/article/schema';
import type { Lang } from '@/utils/i18n';
import { mapStrings } from '@/utils/i18n-details';
import type { MapEdge, StanceTone } from './graph';
import { STANCES, claimCount, claimGraph, stanceTone } from './graph';
import type { MapLayout, PlacedEdge, PlacedNode } from './layout';
import { layoutClaimMap } from './layout';

export interface MapNodeView {
  /** `speaker:musk` / `subject:musk`: an actor who both speaks and is spoken of has a node in each column. */
  key: string;
  /** The accessible name: who, which column, how many claims, with whom. */
  name: string;
  placed: PlacedNode;
  /** Its lines, in the keyboard's order. */
  edges: string[];
}

export interface MapEdgeView {
  key: string;
  edge: MapEdge;
  name: string;
  tone: StanceTone;
  placed: PlacedEdge;
}

export interface ClaimMapView {
  layout: MapLayout;
  nodes: Map<string, MapNodeView>;
  edges: Map<string, MapEdgeView>;
  /** Every node and line key, in the keyboard's order. */
  order: string[];
  /** The legend: each tone drawn, with the stances it stands for here. */
  tones: Array<{ tone: StanceTone; stances: Stance[] }>;
  /** Some line stands for more than one claim (the legend explains thickness). */
  weighted: boolean;
}

/** A name as a label: without the parenthesis ("Democrats (US Democratic Party)" → "Democrats"). */
export function displayName(actor: Pick<Actor, 'name'>, lang: Lang): string {
  return actor.name[lang].replace(/\s*[(（][^)）]*[)）]\s*$/, '') || actor.name[lang];
}

/** A person's short label in English: the family name, written last ("Maggie Haberman" → "Haberman"). */
function shortName(actor: Pick<Actor, 'name' | 'kind'>, lang: Lang): string {
  const full = displayName(actor, lang);
  return lang === 'en' && actor.kind === 'person' ? (full.split(/\s+/).at(-1) ?? full) : full;
}

export function claimMapView(facts: Pick<ArticleFacts, 'actors' | 'claims'>, lang: Lang): ClaimMapView | null {
  const graph = claimGraph(facts);
  if (!graph.edges.length) return null;
  const m = mapStrings(lang);
  const actor = (id: string) => facts.actors.find((a) => a.id === id)!;
  const nodeInput = (id: string) => ({ id, label: displayName(actor(id), lang), short: shortName(actor(id), lang) });
  const layout = layoutClaimMap({
    left: graph.speakers.map(nodeInput),
    right: graph.subjects.map(nodeInput),
    edges: graph.edges.map((e) => ({ key: e.key, from: e.source, to: e.target, weight: e.claims.length, rank: STANCES.indexOf(e.stance) })),
    headings: [m.speakers, m.subjects],
  });
  const full = (id: string) => actor(id).name[lang];
  const placedEdge = new Map(layout.edges.map((p) => [p.key, p]));
  const edges = new Map<string, MapEdgeView>();
  // Each speaker's lines top to bottom (the order of their ports).
  const byPort = [...graph.edges].sort((a, b) => placedEdge.get(a.key)!.from[1] - placedEdge.get(b.key)!.from[1]);
  for (const e of byPort)
    edges.set(e.key, {
      key: e.key,
      edge: e,
      name: m.edge(full(e.source), e.stance, full(e.target), e.claims.length),
      tone: stanceTone(e.stance),
      placed: placedEdge.get(e.key)!,
    });
  const nodes = new Map<string, MapNodeView>();
  const all = [...edges.values()];
  for (const placed of layout.left) {
    const mine = all.filter((e) => e.edge.source === placed.id);
    const others = [...new Set(mine.map((e) => full(e.edge.target)))];
    const name = m.speaker(full(placed.id), claimCount(mine.map((e) => e.edge)), others);
    nodes.set(`speaker:${placed.id}`, { key: `speaker:${placed.id}`, name, placed, edges: mine.map((e) => e.key) });
  }
  for (const placed of layout.right) {
    const mine = all.filter((e) => e.edge.target === placed.id).sort((a, b) => a.placed.from[1] - b.placed.from[1]);
    const others = [...new Set(mine.map((e) => full(e.edge.source)))];
    const name = m.subject(full(placed.id), claimCount(mine.map((e) => e.edge)), others);
    nodes.set(`subject:${placed.id}`, { key: `subject:${placed.id}`, name, placed, edges: mine.map((e) => e.key) });
  }
  const order = [
    ...layout.left.flatMap((p) => [`speaker:${p.id}`, ...nodes.get(`speaker:${p.id}`)!.edges]),
    ...layout.right.map((p) => `subject:${p.id}`),
  ];
  const tones = (['against', 'for', 'ahead', 'plain'] as const)
    .map((tone) => ({ tone, stances: STANCES.filter((st) => stanceTone(st) === tone && graph.edges.some((e) => e.stance === st)) }))
    .filter((x) => x.stances.length > 0);
  return { layout, nodes, edges, order, tones, weighted: graph.edges.some((e) => e.claims.length > 1) };
}
