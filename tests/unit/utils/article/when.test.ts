/**
 * When an entry happened (its days) and the two rules read from dates: the key days the views
 * open with, and which dates rest on outside knowledge.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { article } from '@/utils/article/data';
import { calendarDate, datedFromOutside, dayNumber, entrySpan, keyDays } from '@/utils/article/when';
import { entry } from './entries';

const day = (iso: string) => dayNumber(...(iso.split('-').map(Number) as [number, number, number]));

describe('entrySpan', () => {
  it('covers a day, a month, a year, an era from its first year to the start of its last', () => {
    expect(entrySpan({ date: '2025-01-21' })).toEqual({ from: day('2025-01-21'), to: day('2025-01-22') });
    expect(entrySpan({ date: '2024-12' })).toEqual({ from: day('2024-12-01'), to: day('2025-01-01') });
    expect(entrySpan({ date: '2024-02' }).to - entrySpan({ date: '2024-02' }).from).toBe(29);
    expect(entrySpan({ date: '2025' })).toEqual({ from: day('2025-01-01'), to: day('2026-01-01') });
    expect(entrySpan({ date: '2009/2017' })).toEqual({ from: day('2009-01-01'), to: day('2017-01-01') });
    expect(entrySpan({ date: '0050' }).from).toBeLessThan(entrySpan({ date: '1970' }).from); // early years are not 19xx
  });

  it('round-trips every day through calendarDate', () => {
    fc.assert(
      fc.property(fc.integer({ min: -700_000, max: 2_900_000 }), (n) => {
        expect(dayNumber(...calendarDate(n))).toBe(n);
      }),
    );
  });
});

describe('keyDays', () => {
  it('finds 21–22 January 2025 in the bundled copy: the run of days with the most firmly dated events', () => {
    expect(keyDays(article.timeline)).toEqual({ from: day('2025-01-21'), to: day('2025-01-23') });
  });

  it('seeds only on events dated to the day without hedging, and needs two', () => {
    const approx = [entry('a', '2025-01-20', { approximate: true }), entry('b', '2025-01-20', { approximate: true })];
    expect(keyDays(approx)).toBeNull();
    const claim = [entry('c', '2025-01-20', { kind: 'headline-claim' }), entry('d', '2025-01-20')];
    expect(keyDays(claim)).toBeNull();
    expect(keyDays([entry('m', '2025-01'), entry('n', '2025-01')])).toBeNull();
    expect(keyDays([entry('x', '2025-01-21'), entry('y', '2025-01-23')])).toEqual({ from: day('2025-01-21'), to: day('2025-01-24') });
    expect(keyDays([entry('x', '2025-01-21'), entry('y', '2025-01-24')])).toBeNull();
  });

  it('prefers the run with more events, then the later one', () => {
    const two = [entry('a', '2020-05-01'), entry('b', '2020-05-02')];
    const three = [entry('c', '2021-03-01'), entry('d', '2021-03-01'), entry('e', '2021-03-02')];
    expect(keyDays([...three, ...two])!.from).toBe(day('2021-03-01'));
    expect(keyDays([...two, entry('f', '2022-01-01'), entry('g', '2022-01-01')])!.from).toBe(day('2022-01-01'));
  });
});

describe('datedFromOutside', () => {
  it('reads the parser’s own words: the inauguration day is outside knowledge, a bare 21日 is not', () => {
    const byText = (text: string) => article.timeline.find((e) => e.text === text)!;
    expect(datedFromOutside(byText('一上任'))).toBe(true);
    expect(datedFromOutside(byText('21日'))).toBe(false);
    expect(datedFromOutside(byText('上个月'))).toBe(false);
    // Every date that says so in Chinese says so in English too (the rule reads the English).
    for (const e of article.timeline) expect(datedFromOutside(e)).toBe(e.basis.zh.startsWith('外部知识'));
  });
});
