/**
 * The claims map's geometry (utils/claim-map/layout.ts): whatever the names and lines, no two nodes
 * overlap, everything lies in the box, each line is drawn once with its ends on its own bars, and
 * the same input gives the same picture. Plus the rules that order the right column and fit labels.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { LayoutInput, MapLayout, PlacedNode, Rect } from '@/utils/claim-map/layout';
import { fitLabel, layoutClaimMap, orderRight, strokeWidth, textWidth } from '@/utils/claim-map/layout';

const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (r: Rect, l: MapLayout) => r.x >= 0 && r.y >= 0 && r.x + r.width <= l.width && r.y + r.height <= l.height;

/** Names as the UI writes them: Latin, CJK, mixed, sometimes far too long for a column. */
const label = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ '), minLength: 1, maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...'特朗普马斯克软银孙正义奥特曼哈伯曼民主党班农甲骨文'), minLength: 1, maxLength: 16 }),
  fc.constantFrom('OpenAI', 'MGX', 'Democrats (US Democratic Party)', 'X (formerly Twitter)', 'Maggie Haberman'),
);

const graph: fc.Arbitrary<LayoutInput> = fc
  .record({
    left: fc.array(fc.record({ label, short: fc.option(label, { nil: undefined }) }), { minLength: 1, maxLength: 14 }),
    right: fc.array(fc.record({ label, short: fc.option(label, { nil: undefined }) }), { minLength: 1, maxLength: 14 }),
    picks: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat({ max: 7 }), fc.integer({ min: 1, max: 5 })), { maxLength: 60 }),
    headings: fc.tuple(label, label),
  })
  .map(({ left, right, picks, headings }) => {
    const l = left.map((n, i) => ({ id: `l${i}`, ...n }));
    const r = right.map((n, i) => ({ id: `r${i}`, ...n }));
    const edges = new Map<string, LayoutInput['edges'][number]>();
    for (const [a, b, rank, weight] of picks) {
      const from = l[a % l.length]!.id;
      const to = r[b % r.length]!.id;
      const key = `${from}>${to}:${rank}`;
      edges.set(key, { key, from, to, rank, weight });
    }
    return { left: l, right: r, edges: [...edges.values()], headings };
  });

const nodeOf = (l: MapLayout, id: string, side: 'left' | 'right'): PlacedNode =>
  (side === 'left' ? l.left : l.right).find((n) => n.id === id)!;

describe('the claims map layout', () => {
  it('never overlaps two nodes and keeps every node inside the box', () => {
    fc.assert(
      fc.property(graph, (input) => {
        const l = layoutClaimMap(input);
        const nodes = [...l.left, ...l.right];
        for (const n of nodes) {
          expect(inside(n.box, l)).toBe(true);
          expect(inside(n.bar, l)).toBe(true);
        }
        for (let i = 0; i < nodes.length; i++)
          for (let j = i + 1; j < nodes.length; j++) expect(overlap(nodes[i]!.box, nodes[j]!.box)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('draws each line once, from its speaker bar to its subject bar, its ends apart from its neighbours', () => {
    fc.assert(
      fc.property(graph, (input) => {
        const l = layoutClaimMap(input);
        expect(l.edges.map((e) => e.key).sort()).toEqual(input.edges.map((e) => e.key).sort());
        for (const e of input.edges) {
          const placed = l.edges.find((p) => p.key === e.key)!;
          const from = nodeOf(l, e.from, 'left');
          const to = nodeOf(l, e.to, 'right');
          expect(placed.from[0]).toBeCloseTo(from.bar.x + from.bar.width, 1);
          expect(placed.to[0]).toBeCloseTo(to.bar.x, 1);
          expect(placed.from[1]).toBeGreaterThanOrEqual(from.bar.y - 0.05);
          expect(placed.from[1]).toBeLessThanOrEqual(from.bar.y + from.bar.height + 0.05);
          expect(placed.to[1]).toBeGreaterThanOrEqual(to.bar.y - 0.05);
          expect(placed.to[1]).toBeLessThanOrEqual(to.bar.y + to.bar.height + 0.05);
          expect(placed.width).toBe(strokeWidth(e.weight));
        }
        // The lines of one bar leave it in the order of their other ends (no crossing at the bar).
        for (const n of l.left) {
          const mine = l.edges.filter((e) => input.edges.find((x) => x.key === e.key)!.from === n.id);
          const ends = mine.map((e) => e.to[1]);
          const starts = mine.map((e) => e.from[1]);
          const byStart = [...mine].sort((a, b) => a.from[1] - b.from[1]).map((e) => e.to[1]);
          expect(byStart).toEqual([...ends].sort((a, b) => a - b));
          if (mine.length > 1) expect(new Set(starts).size).toBe(mine.length); // a row has room for every port
        }
      }),
      { numRuns: 200 },
    );
  });

  it('keeps labels within their column, each the full name, the short one or a cut one', () => {
    fc.assert(
      fc.property(graph, fc.integer({ min: 240, max: 520 }), (input, width) => {
        const l = layoutClaimMap(input, width);
        const middle = l.edges.length ? l.edges[0]!.to[0] - l.edges[0]!.from[0] : 72;
        expect(middle).toBeGreaterThanOrEqual(72 - 0.1);
        for (const [placed, given] of [
          ...l.left.map((n, i) => [n, input.left[i]!] as const),
          ...l.right.map((n) => [n, input.right.find((r) => r.id === n.id)!] as const),
        ]) {
          expect([given.label, given.short ?? given.label].includes(placed.text) || placed.text.endsWith('…') || placed.text === '').toBe(
            true,
          );
          const labelEdge = placed.side === 'left' ? placed.x - textWidth(placed.text) : placed.x + textWidth(placed.text);
          expect(labelEdge).toBeGreaterThanOrEqual(-0.01);
          expect(labelEdge).toBeLessThanOrEqual(width + 0.01);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(graph, (input) => {
        expect(layoutClaimMap(structuredClone(input))).toEqual(layoutClaimMap(input));
      }),
      { numRuns: 100 },
    );
  });

  it('orders those spoken of by the mean row of who speaks of them, ties in story order', () => {
    fc.assert(
      fc.property(graph, (input) => {
        const order = orderRight(input);
        expect(order.map((n) => n.id).sort()).toEqual(input.right.map((n) => n.id).sort());
        const row = (id: string) => input.left.findIndex((n) => n.id === id);
        const mean = (id: string) => {
          const mine = input.edges.filter((e) => e.to === id);
          const w = mine.reduce((s, e) => s + e.weight, 0);
          return w ? mine.reduce((s, e) => s + row(e.from) * e.weight, 0) / w : Infinity;
        };
        for (let i = 1; i < order.length; i++) {
          const [a, b] = [order[i - 1]!, order[i]!];
          expect(mean(a.id)).toBeLessThanOrEqual(mean(b.id) + 1e-9);
          if (mean(a.id) === mean(b.id)) expect(input.right.indexOf(a)).toBeLessThan(input.right.indexOf(b));
        }
      }),
    );
    // One speaker each: the lines cannot cross.
    const left = ['a', 'b', 'c'].map((id) => ({ id, label: id }));
    const right = ['x', 'y', 'z'].map((id) => ({ id, label: id }));
    const edges = [
      { key: '1', from: 'c', to: 'x', weight: 1, rank: 0 },
      { key: '2', from: 'a', to: 'y', weight: 1, rank: 0 },
      { key: '3', from: 'b', to: 'z', weight: 1, rank: 0 },
    ];
    expect(orderRight({ left, right, edges }).map((n) => n.id)).toEqual(['y', 'z', 'x']);
  });

  it('fits labels: the full name, else the short one, else cut with an ellipsis', () => {
    expect(fitLabel({ id: 'h', label: 'Maggie Haberman', short: 'Haberman' }, 200)).toBe('Maggie Haberman');
    expect(fitLabel({ id: 'h', label: 'Maggie Haberman', short: 'Haberman' }, 70)).toBe('Haberman');
    const cut = fitLabel({ id: 'h', label: 'Maggie Haberman', short: 'Haberman' }, 40);
    expect(cut.endsWith('…') && textWidth(cut) <= 40).toBe(true);
    // CJK takes a full em, Latin less.
    expect(textWidth('马斯克')).toBe(36);
    expect(textWidth('Musk')).toBeLessThan(textWidth('马斯克'));
  });
});
