/**
 * The timeline's order, shared by the views and the Markdown export: chronological by first day,
 * numbered, and grouped around the key days (open first), background and outlook after.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { article } from '@/utils/article/data';
import { groupTimeline, orderTimeline, timelineNumbers } from '@/utils/article/order';
import { entrySpan, keyDays } from '@/utils/article/when';
import { entry } from './entries';

describe('orderTimeline', () => {
  it('sorts by first day, an era by its first year, keeping the parser’s order on ties', () => {
    const e = [entry('m', '2025-01'), entry('d', '2025-01-20'), entry('y', '2025'), entry('era', '2015/2025'), entry('m2', '2025-01')];
    expect(orderTimeline(e).map((x) => x.id)).toEqual(['era', 'm', 'y', 'm2', 'd']);
  });

  it('numbers the bundled copy’s entries 1…21 in that order', () => {
    const numbers = timelineNumbers(article.timeline);
    expect(orderTimeline(article.timeline).map((e) => numbers.get(e.id))).toEqual(article.timeline.map((_, i) => i + 1));
  });
});

describe('groupTimeline', () => {
  it('opens the bundled copy with the dispute of 21–22 January, then the background, then what came after', () => {
    const groups = groupTimeline(article.timeline);
    expect(groups.map((g) => g.kind)).toEqual(['key', 'before', 'after']);
    const [key, before, after] = groups;
    expect(key!.entries.map((e) => e.date)).toEqual(['2025-01-21', '2025-01-21', '2025-01-21', '2025-01-21', '2025-01-22', '2025-01-22']);
    expect(before!.entries[0]!.text).toBe('奥巴马时期');
    // The inauguration-day entries and the headline's claim are background, not the dispute.
    expect(before!.entries.filter((e) => e.date === '2025-01-20')).toHaveLength(4);
    expect(after!.entries.map((e) => e.date)).toEqual(['2025-02-02', '2029-01']);
  });

  it('keeps a month that starts on a key day among the key days, so the numbers stay in sequence', () => {
    const e = [entry('d1', '2025-02-01'), entry('month', '2025-02'), entry('d2', '2025-02-02'), entry('later', '2025-03-01')];
    expect(groupTimeline(e).map((g) => [g.kind, g.entries.map((x) => x.id)])).toEqual([
      ['key', ['d1', 'month', 'd2']],
      ['after', ['later']],
    ]);
  });

  it('without key days lists everything in one chronological group', () => {
    const e = [entry('b', '2024'), entry('a', '2020-01-02', { approximate: true })];
    expect(groupTimeline(e)).toEqual([{ kind: 'all', entries: [e[1], e[0]] }]);
    expect(groupTimeline([])).toEqual([]);
  });

  // Dates crowded into a few months, so months and years start on key days often.
  const near = fc.date({ min: new Date('2025-01-01'), max: new Date('2025-03-31'), noInvalidDate: true });
  const anyDate = fc.oneof(
    near.map((d) => d.toISOString().slice(0, 10)),
    near.map((d) => d.toISOString().slice(0, 7)),
    fc.integer({ min: 2024, max: 2026 }).map(String),
    fc.tuple(fc.integer({ min: 2020, max: 2025 }), fc.integer({ min: 1, max: 6 })).map(([y, n]) => `${y}/${y + n}`),
  );
  const anyEntries = fc
    .array(fc.record({ date: anyDate, approximate: fc.boolean(), claim: fc.boolean() }), { maxLength: 30 })
    .map((xs) =>
      xs.map((x, i) => entry(`t${i}`, x.date, { approximate: x.approximate, kind: x.claim && i % 3 === 0 ? 'headline-claim' : 'event' })),
    );

  it('puts every entry in exactly one group, each chronological, the numbers running on from group to group', () => {
    fc.assert(
      fc.property(anyEntries, (entries) => {
        const groups = groupTimeline(entries);
        const ids = groups.flatMap((g) => g.entries.map((e) => e.id));
        expect([...ids].sort()).toEqual(entries.map((e) => e.id).sort());
        const numbers = timelineNumbers(entries);
        // Reading the groups in time order (before, key, after) counts 1, 2, 3, …: the export's lists number on.
        const inTime = ['before', 'key', 'after', 'all'].flatMap((k) => groups.find((g) => g.kind === k)?.entries ?? []);
        expect(inTime.map((e) => numbers.get(e.id))).toEqual(entries.map((_, i) => i + 1));
        // Every entry dated within the key days is in the key group, which starts and ends with such an entry.
        const key = keyDays(entries);
        const within = (e: (typeof entries)[number]) => key !== null && key.from <= entrySpan(e).from && entrySpan(e).to <= key.to;
        const keyGroup = groups.find((g) => g.kind === 'key')?.entries ?? [];
        expect(keyGroup.filter(within)).toEqual(orderTimeline(entries).filter(within));
        if (keyGroup.length) expect(within(keyGroup[0]!) && within(keyGroup.at(-1)!)).toBe(true);
      }),
    );
  });
});
