/** The date grammar and its resolution rules, with properties over generated input. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  findDateExpressions,
  formatYMD,
  isValidYMD,
  resolveBareDay,
  resolveDateExpression,
  resolveMonthDay,
  shiftDay,
  smallNumber,
  type YMD,
} from '@/pipeline/dates';

const PUB: YMD = { y: 2025, m: 2, d: 2 };
const PUB_LABEL = { zh: '发表日期', en: 'the publication date' };

function resolveFirst(s: string, ref = PUB, anchorYear?: number) {
  const [e] = findDateExpressions(s);
  return e ? resolveDateExpression(e, ref, PUB_LABEL, anchorYear) : null;
}

describe('findDateExpressions', () => {
  it('finds the forms the article uses', () => {
    expect(findDateExpressions('美国Axios新闻网22日报道称').map((e) => [e.text, e.kind])).toEqual([['22日', 'bare-day']]);
    expect(findDateExpressions('谈到自己上个月庆祝').map((e) => [e.text, e.kind])).toEqual([['上个月', 'relative-month']]);
    expect(findDateExpressions('过去10年发电量').map((e) => [e.text, e.kind])).toEqual([['过去10年', 'past-years']]);
    expect(findDateExpressions('16年后依然没有完成').map((e) => [e.text, e.kind])).toEqual([['16年后', 'years-later']]);
    expect(findDateExpressions('千金不及冰淇淋 2025-02-02 11:52:00').map((e) => [e.text, e.kind])).toEqual([
      ['2025-02-02 11:52:00', 'absolute'],
    ]);
  });

  it('finds other forms too', () => {
    expect(findDateExpressions('2024年11月5日,1月20日,去年,昨天,二十一日,三年前').map((e) => e.text)).toEqual([
      '2024年11月5日',
      '1月20日',
      '去年',
      '昨天',
      '二十一日',
      '三年前',
    ]);
  });

  it('ignores words that only look like dates', () => {
    // An impossible month spoils the whole expression rather than leaving a bare year.
    expect(findDateExpressions('日本软银集团,当日,32日,2025年13月,每日')).toEqual([]);
  });
});

describe('resolution', () => {
  it('gives a bare day the month and year of the latest such day not after publication', () => {
    expect(resolveFirst('21日')).toMatchObject({ date: '2025-01-21', precision: 'day', inferred: true });
    expect(resolveFirst('2日')).toMatchObject({ date: '2025-02-02' });
    expect(resolveFirst('31日', { y: 2025, m: 3, d: 5 })).toMatchObject({ date: '2025-01-31' }); // February has no 31st
  });

  it('counts relative terms from the reference it is given', () => {
    expect(resolveFirst('上个月', { y: 2025, m: 1, d: 21 })).toMatchObject({ date: '2024-12', precision: 'month', inferred: true });
    expect(resolveFirst('上个月')).toMatchObject({ date: '2025-01' });
    expect(resolveFirst('去年')).toMatchObject({ date: '2024', precision: 'year' });
    expect(resolveFirst('昨天', { y: 2025, m: 3, d: 1 })).toMatchObject({ date: '2025-02-28', precision: 'day' });
    expect(resolveFirst('过去10年')).toMatchObject({ date: '2015/2025', precision: 'era' });
    expect(resolveFirst('16年后', PUB, 2009)).toMatchObject({ date: '2025', precision: 'year' });
    expect(resolveFirst('三年前')).toMatchObject({ date: '2022', precision: 'year' });
  });

  it('states absolute dates as not inferred', () => {
    expect(resolveFirst('2024年11月5日')).toEqual(expect.objectContaining({ date: '2024-11-05', precision: 'day', inferred: false }));
    expect(resolveFirst('2024年11月')).toEqual(expect.objectContaining({ date: '2024-11', precision: 'month', inferred: false }));
    expect(resolveFirst('1月20日')).toEqual(expect.objectContaining({ date: '2025-01-20', inferred: true }));
    expect(resolveFirst('3月1日')).toEqual(expect.objectContaining({ date: '2024-03-01' })); // not yet 1 March at publication
  });

  it('resolves no year outside 0001–9999 (a fast-check find: "0000年" once gave the date "0")', () => {
    const resolve = (text: string, kind: string, y = 1970) => {
      const e = findDateExpressions(text).find((x) => x.kind === kind);
      expect(e).toBeDefined();
      return resolveDateExpression(e!, { y, m: 1, d: 1 }, PUB_LABEL);
    };
    expect(resolve('0000年', 'absolute')).toBeNull();
    expect(resolve('过去50年', 'past-years', 30)).toBeNull(); // would start in 21 BC
    expect(resolve('过去50年', 'past-years')?.date).toBe('1920/1970');
    expect(resolve('0500年', 'absolute')?.date).toBe('0500');
  });

  it('reads small Chinese numerals', () => {
    expect([
      smallNumber('十六'),
      smallNumber('二十一'),
      smallNumber('十'),
      smallNumber('三'),
      smallNumber('16'),
      smallNumber('十十'),
    ]).toEqual([16, 21, 10, 3, 16, null]);
  });
});

describe('properties', () => {
  const anyString = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: 'binary' }),
    fc.string({ unit: fc.constantFrom(...'0123456789-: 一二十年月日号上个去今过后前') }),
  );
  const ymd = fc
    .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
    .map((t): YMD => ({ y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() }));

  it('never throws, and every expression slices to its text', () => {
    fc.assert(
      fc.property(anyString, ymd, (s, ref) => {
        for (const e of findDateExpressions(s)) {
          expect(s.slice(e.start, e.end)).toBe(e.text);
          const r = resolveDateExpression(e, ref, PUB_LABEL);
          if (r) expect(r.date).toMatch(/^\d{4}(?:-\d{2}(?:-\d{2})?|\/\d{4})?$/);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back the dates it writes (YYYY年M月D日 and YYYY-MM-DD)', () => {
    fc.assert(
      fc.property(ymd, (x) => {
        expect(resolveFirst(`${x.y}年${x.m}月${x.d}日`)?.date).toBe(formatYMD(x));
        expect(resolveFirst(`据报道,${formatYMD(x)}宣布`)?.date).toBe(formatYMD(x));
      }),
      { numRuns: 1000 },
    );
  });

  it('resolves a bare day to the latest such valid day not after the reference', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 31 }), ymd, (day, ref) => {
        const r = resolveBareDay(day, ref);
        expect(r).not.toBeNull();
        expect(r!.d).toBe(day);
        expect(isValidYMD(r!)).toBe(true);
        expect(formatYMD(r!) <= formatYMD(ref)).toBe(true);
        // Nothing later qualifies: no day after r up to ref is another `day`.
        for (let x = shiftDay(r!, 1); formatYMD(x) <= formatYMD(ref); x = shiftDay(x, 1)) expect(x.d).not.toBe(day);
      }),
      { numRuns: 2000 },
    );
  });

  it('resolves a month-day to a date not after the reference, within the year before', () => {
    fc.assert(
      fc.property(ymd, ymd, (x, ref) => {
        const r = resolveMonthDay(x.m, x.d, ref);
        if (!r) return;
        expect(r.m).toBe(x.m);
        expect(r.d).toBe(x.d);
        expect(formatYMD(r) <= formatYMD(ref)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
