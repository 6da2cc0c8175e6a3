/**
 * The claims map's geometry, computed, never placed by hand. Two columns in one SVG box (user units
 * are CSS px at `width`): those who speak on the left in the order the story first quotes them;
 * those spoken of on the right in the order of the mean row of who speaks of them (weighted by
 * claims; ties in story order), which keeps lines from crossing where it can. Each column spreads
 * its nodes evenly over the same height; a node is a short bar beside its label, and each of its
 * lines leaves the bar at a port of its own, in the order of the lines' other ends, so parallel lines
 * (one pair, several stances) stay apart. Lines are S-curves from bar to bar, thicker for more
 * claims. A label that does not fit its column takes the short name, then an ellipsis.
 * Pure: the same input gives the same picture (tests/unit/utils/claim-map).
 */

export interface LayoutNodeInput {
  id: string;
  /** The full label (a name as the UI language writes it). */
  label: string;
  /** A shorter label for a narrow column (a family name). */
  short?: string;
}

export interface LayoutEdgeInput {
  key: string;
  from: string;
  to: string;
  /** How many claims the edge stands for (its thickness). */
  weight: number;
  /** Order among parallel edges (the stance's rank). */
  rank: number;
}

export interface LayoutInput {
  left: readonly LayoutNodeInput[];
  right: readonly LayoutNodeInput[];
  edges: readonly LayoutEdgeInput[];
  /** The column headings, over the labels. */
  headings: readonly [left: string, right: string];
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedNode {
  id: string;
  side: 'left' | 'right';
  /** The label as shown (maybe shortened). */
  text: string;
  /** Where the label is anchored (left column: where it ends), and the node's middle. */
  x: number;
  y: number;
  bar: Rect;
  /** Label and bar: what takes a click and draws the focus ring. */
  box: Rect;
}

export interface PlacedEdge {
  key: string;
  /** The ends: [x, y] on the left bar and on the right one. */
  from: [number, number];
  to: [number, number];
  width: number;
  /** The SVG path: an S-curve from the left bar to the right one. */
  d: string;
}

export interface MapLayout {
  width: number;
  height: number;
  left: PlacedNode[];
  right: PlacedNode[];
  edges: PlacedEdge[];
  /** Where the headings are anchored (like the labels under them), and their baseline. */
  headings: [left: number, right: number, baseline: number];
}

export const FONT = 12;
const ROW = 30; // height per row of the longer column
const TOP = 22; // room for the headings
const BAR = 5;
const GAP = 6; // between a label and its bar
const MIDDLE = 72; // the least room between the bars for the lines
const PORT = 5; // the preferred distance between two ports of a bar
const PAD = 2;

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * A conservative estimate of a label's width in a system sans-serif (no DOM to measure in tests):
 * CJK and full-width characters 1em, capitals and m/w 0.8em, narrow letters 0.3em, the rest 0.6em.
 */
export function textWidth(text: string): number {
  let em = 0;
  for (const ch of text)
    em += /[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(ch) ? 1 : /[A-Zmw@%]/.test(ch) ? 0.8 : /[ijl.,:;'!|() ]/.test(ch) ? 0.3 : 0.6;
  return em * FONT;
}

/** The label that fits `room`: the full one, the short one, or the short one cut with an ellipsis. */
export function fitLabel(node: LayoutNodeInput, room: number): string {
  if (textWidth(node.label) <= room) return node.label;
  const chars = [...(node.short ?? node.label)];
  if (textWidth(chars.join('')) <= room) return chars.join('');
  while (chars.length && textWidth(`${chars.join('')}…`) > room) chars.pop();
  return chars.length ? `${chars.join('')}…` : '';
}

/** The right column's order: by the mean row of who speaks of each (weighted), ties in input order. */
export function orderRight(input: Pick<LayoutInput, 'left' | 'right' | 'edges'>): LayoutNodeInput[] {
  const row = new Map(input.left.map((n, i) => [n.id, i]));
  const mean = (id: string) => {
    let sum = 0;
    let weight = 0;
    for (const e of input.edges)
      if (e.to === id && row.has(e.from)) {
        sum += row.get(e.from)! * e.weight;
        weight += e.weight;
      }
    return weight ? sum / weight : Infinity;
  };
  const means = new Map(input.right.map((n) => [n.id, mean(n.id)]));
  return [...input.right].sort((a, b) => means.get(a.id)! - means.get(b.id)!); // stable: ties keep story order
}

export const strokeWidth = (weight: number) => Math.min(5, 0.25 + 1.25 * Math.max(1, weight));

/** One column: labels fitted, nodes spread evenly over `height`, bars at `barX`. */
function column(side: 'left' | 'right', nodes: readonly LayoutNodeInput[], heading: string, room: number, width: number, height: number) {
  const texts = nodes.map((n) => fitLabel(n, room));
  const labels = Math.min(room, Math.max(textWidth(heading), ...texts.map(textWidth)));
  const left = side === 'left';
  const barX = left ? PAD + labels + GAP : width - PAD - labels - GAP - BAR;
  const x = left ? barX - GAP : barX + BAR + GAP;
  const spacing = height / Math.max(1, nodes.length);
  const h = Math.min(FONT * 1.4, spacing - 2);
  const placed = nodes.map((n, i): PlacedNode => {
    const y = TOP + spacing * (i + 0.5);
    const w = textWidth(texts[i]!) + GAP + BAR + 2;
    return {
      id: n.id,
      side,
      text: texts[i]!,
      x,
      y,
      bar: { x: barX, y: y - h / 2, width: BAR, height: h },
      box: { x: left ? barX + BAR - w : barX, y: y - h / 2, width: w, height: h },
    };
  });
  return { placed, x, spacing };
}

/** Spreads each node's line ends over its bar, in the order of the other ends; grows the bar to hold them. */
function ports(nodes: PlacedNode[], edges: readonly LayoutEdgeInput[], other: Map<string, PlacedNode>, spacing: number) {
  const at = new Map<string, number>();
  const far = (e: LayoutEdgeInput) => other.get(nodes[0]?.side === 'left' ? e.to : e.from)!.y;
  for (const node of nodes) {
    const mine = edges.filter((e) => (node.side === 'left' ? e.from : e.to) === node.id).sort((a, b) => far(a) - far(b) || a.rank - b.rank);
    const rim = Math.max(...mine.map((e) => strokeWidth(e.weight))) / 2 + 1;
    // A bar may take its row less 4px, so neighbouring boxes never touch.
    const step = mine.length > 1 ? Math.max(0, Math.min(PORT, (spacing - 4 - 2 * rim) / (mine.length - 1))) : 0;
    const span = step * (mine.length - 1) + 2 * rim;
    if (span > node.bar.height) {
      node.bar = { ...node.bar, y: node.y - span / 2, height: span };
      if (span > node.box.height) node.box = { ...node.box, y: node.bar.y, height: span };
    }
    mine.forEach((e, i) => at.set(e.key, round(node.y + (i - (mine.length - 1) / 2) * step)));
  }
  return at;
}

export function layoutClaimMap(input: LayoutInput, width = 340): MapLayout {
  const room = Math.max(0, (width - MIDDLE) / 2 - PAD - GAP - BAR);
  const height = Math.max(input.left.length, input.right.length, 1) * ROW;
  const left = column('left', input.left, input.headings[0], room, width, height);
  const right = column('right', orderRight(input), input.headings[1], room, width, height);
  const byId = (c: typeof left) => new Map(c.placed.map((n) => [n.id, n]));
  const leftById = byId(left);
  const rightById = byId(right);
  const drawn = input.edges.filter((e) => leftById.has(e.from) && rightById.has(e.to));
  const fromY = ports(left.placed, drawn, rightById, left.spacing);
  const toY = ports(right.placed, drawn, leftById, right.spacing);
  const x1 = round(left.x + GAP + BAR);
  const x2 = round(right.x - GAP - BAR);
  const mid = round((x1 + x2) / 2);
  const edges = drawn.map((e): PlacedEdge => {
    const [y1, y2] = [fromY.get(e.key)!, toY.get(e.key)!];
    return {
      key: e.key,
      from: [x1, y1],
      to: [x2, y2],
      width: strokeWidth(e.weight),
      d: `M${x1} ${y1}C${mid} ${y1} ${mid} ${y2} ${x2} ${y2}`,
    };
  });
  return {
    width,
    height: TOP + height + PAD,
    left: left.placed,
    right: right.placed,
    edges,
    headings: [left.x, right.x, TOP - FONT * 0.6],
  };
}
