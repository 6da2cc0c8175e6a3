/**
 * The timeline chart's geometry: the zoomed rows for the bundled copy (the crowded days of 20–22
 * January get a row of their own), and properties for any dates: one mark per entry, marks never
 * overlap, time runs left to right in every row, labels fit.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { article } from '@/utils/article/data';
import type { TimelineEntry } from '@/utils/article/schema';
import { timelineNumbers } from '@/utils/article/order';
import { entrySpan, keyDays } from '@/utils/article/when';
import type { Mark, TimelineLayout } from '@/components/timeline-layout';
import { CHART, labelWidth, layoutTimeline, rowWindows } from '@/components/timeline-layout';
import { tickLabeler } from '@/components/chart-format';
import { entry } from '../utils/article/entries';

const layout = (entries: readonly TimelineEntry[], lang: 'en' | 'zh' = 'en') =>
  layoutTimeline(entries, timelineNumbers(entries), tickLabeler(lang), keyDays(entries));

/** The box a mark draws in (a claim's diamond is taller than a point). */
const box = (m: Mark) => {
  const half = m.band === 'claim' ? CHART.diamond : CHART.radius;
  return { x0: m.x0, x1: m.x1, y0: m.y - half, y1: m.y + half };
};
const overlap = (a: Mark, b: Mark) => {
  const [p, q] = [box(a), box(b)];
  return p.x0 < q.x1 && q.x0 < p.x1 && p.y0 < q.y1 && q.y0 < p.y1;
};

/** The invariants every layout keeps, whatever the dates. */
function expectSound(entries: readonly TimelineEntry[], l: TimelineLayout) {
  // Exactly one mark per dated entry.
  expect(l.marks.map((m) => m.id).sort()).toEqual(entries.map((e) => e.id).sort());
  for (const [i, a] of l.marks.entries()) {
    for (const b of l.marks.slice(i + 1)) expect(overlap(a, b), `${a.id} overlaps ${b.id}`).toBe(false);
    const row = l.rows[a.row]!;
    expect(a.x0).toBeGreaterThanOrEqual(0);
    expect(a.x1).toBeLessThanOrEqual(l.width);
    expect(box(a).y0).toBeGreaterThanOrEqual(row.top - 1);
    expect(box(a).y1).toBeLessThanOrEqual(row.bottom);
    // A claim is drawn under the axis, apart from the events above it.
    expect(a.band === 'claim' ? a.y > row.axisY : a.y < row.axisY).toBe(true);
  }
  const spans = new Map(entries.map((e) => [e.id, entrySpan(e)]));
  l.rows.forEach((row, r) => {
    // Rows nest: each enlarges a stretch of the one above, and its zoom marks that stretch.
    if (r > 0) {
      const up = l.rows[r - 1]!;
      expect(up.window.from <= row.window.from && row.window.to <= up.window.to).toBe(true);
      expect(up.zoom).toBeDefined();
      expect(row.top).toBeGreaterThan(up.bottom);
    }
    const inRow = l.marks.filter((m) => m.row === r);
    for (const m of inRow) {
      const s = spans.get(m.id)!;
      expect(row.window.from <= s.from && s.to <= row.window.to).toBe(true);
      // Drawn in the deepest row that holds its whole date.
      const deeper = l.rows.slice(r + 1).find((w) => w.window.from <= s.from && s.to <= w.window.to);
      expect(deeper).toBeUndefined();
    }
    // Time runs left to right: what ends before another starts is drawn to its left.
    for (const a of inRow)
      for (const b of inRow) {
        if (spans.get(a.id)!.to <= spans.get(b.id)!.from) expect((a.x0 + a.x1) / 2).toBeLessThan((b.x0 + b.x1) / 2);
      }
    // Labels never touch and stay inside the chart.
    const edges = row.labels.map((lb) => {
      const w = labelWidth(lb.text);
      const left = lb.anchor === 'start' ? lb.x : lb.anchor === 'end' ? lb.x - w : lb.x - w / 2;
      return [left, left + w] as const;
    });
    for (const [i, [left, right]] of edges.entries()) {
      expect(left).toBeGreaterThanOrEqual(-0.001);
      expect(right).toBeLessThanOrEqual(l.width + 0.001);
      if (i > 0) expect(left).toBeGreaterThan(edges[i - 1]![1]);
    }
  });
}

describe('the bundled copy’s timeline', () => {
  const l = layout(article.timeline);
  const markOf = (text: string) => l.marks.find((m) => m.id === article.timeline.find((e) => e.text === text)!.id)!;

  it('zooms from the years (2009–2029) to the months around the quarrel to its days', () => {
    expect(l.rows.map((r) => r.unit)).toEqual(['year', 'month', 'day']);
    expect(l.rows[2]!.labels.map((x) => x.text)).toEqual(['20 Jan', '21', '22', '2 Feb']);
    expect(layout(article.timeline, 'zh').rows[2]!.labels.map((x) => x.text)).toEqual(['1月20日', '21日', '22日', '2月2日']);
    expect(l.rows[1]!.labels.map((x) => x.text)).toEqual(['Nov 2024', 'Dec', 'Jan 2025']);
    // The quiet days between 22 January and 2 February are a break in the axis.
    expect(l.rows[2]!.breaks).toHaveLength(1);
    expect(l.rows[2]!.key).toBeDefined();
    expectSound(article.timeline, l);
  });

  it('gives the crowded days room: 20, 21 and 22 January far apart, each day’s entries stacked', () => {
    const days = ['2025-01-20', '2025-01-21', '2025-01-22'].map((d) =>
      l.marks.filter((m) => article.timeline.find((e) => e.id === m.id)!.date === d),
    );
    expect(days.map((d) => d.length)).toEqual([4, 4, 2]);
    const centre = (m: Mark) => (m.x0 + m.x1) / 2;
    for (const day of days) expect(new Set(day.map(centre)).size).toBe(1);
    expect(centre(days[1]![0]!) - centre(days[0]![0]!)).toBeGreaterThan(60);
    expect(new Set(days[1]!.map((m) => m.lane))).toEqual(new Set([0, 1, 2, 3]));
  });

  it('draws days as points, months, years and eras as bars as long as they last; the claim apart', () => {
    expect(markOf('21日').shape).toBe('point');
    expect(markOf('奥巴马时期').shape).toBe('bar');
    expect(markOf('奥巴马时期').x1 - markOf('奥巴马时期').x0).toBeGreaterThan(100); // eight of twenty years
    expect(markOf('上个月').x1 - markOf('上个月').x0).toBeGreaterThan(80); // December, in the months row
    expect(markOf('特朗普掌权后').band).toBe('claim');
    expect(markOf('仅几小时').approximate).toBe(true);
  });
});

/** Dates of every precision, crowded around a few years so that rows, lanes and breaks all occur. */
const anyEntries = fc
  .array(
    fc.record({
      kind: fc.constantFrom('day', 'day', 'day', 'month', 'year', 'era'),
      day: fc.integer({ min: 0, max: 40 * 366 }),
      spread: fc.constantFrom(0, 3, 40, 400, 4000),
      years: fc.integer({ min: 1, max: 12 }),
      approximate: fc.boolean(),
      claim: fc.boolean(),
    }),
    { minLength: 1, maxLength: 40 },
  )
  .map((xs) =>
    xs.map((x, i) => {
      const d = new Date(Date.UTC(1995, 0, 1) + ((x.day % (x.spread * 10 + 1)) + 30 * 366) * 86_400_000);
      const iso = d.toISOString();
      const y = d.getUTCFullYear();
      const date = { day: iso.slice(0, 10), month: iso.slice(0, 7), year: String(y), era: `${y}/${y + x.years}` }[x.kind];
      return entry(`t${i}`, date, { approximate: x.approximate, kind: x.claim && i % 4 === 0 ? 'headline-claim' : 'event' });
    }),
  );

describe('any timeline', () => {
  it('keeps one mark per entry, no overlaps, time in order, rows nested, labels apart', () => {
    fc.assert(
      fc.property(anyEntries, fc.constantFrom('en' as const, 'zh' as const), (entries, lang) => {
        expectSound(entries, layout(entries, lang));
      }),
      { numRuns: 300 },
    );
  });

  it('zooms only where a row enlarges the one above at least threefold', () => {
    fc.assert(
      fc.property(anyEntries, (entries) => {
        const windows = rowWindows(entries.map(entrySpan));
        for (let i = 1; i < windows.length; i++) {
          expect((windows[i]!.to - windows[i]!.from) * 3).toBeLessThanOrEqual(windows[i - 1]!.to - windows[i - 1]!.from);
        }
      }),
    );
  });

  it('draws nothing for no entries', () => {
    expect(layout([]).marks).toEqual([]);
    expect(layout([]).rows).toEqual([]);
  });
});
