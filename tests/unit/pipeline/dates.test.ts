/** The date grammar and its resolution rules, with properties over generated input. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  daysInMonth,
  findDateExpressions,
  formatYM,
  formatYMD,
  isValidYMD,
  resolveBareDay,
  resolveDateExpression,
  resolveMonthDay,
  shiftDay,
  shiftMonth,
  smallNumber,
  type YMD,
} from '@/pipeline/dates';
import { propertyRuns } from '../property-runs';

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
      { numRuns: propertyRuns(2000) },
    );
  });

  it('reads back the dates it writes (YYYY年M月D日 and YYYY-MM-DD)', () => {
    fc.assert(
      fc.property(ymd, (x) => {
        expect(resolveFirst(`${x.y}年${x.m}月${x.d}日`)?.date).toBe(formatYMD(x));
        expect(resolveFirst(`据报道,${formatYMD(x)}宣布`)?.date).toBe(formatYMD(x));
      }),
      { numRuns: propertyRuns(1000) },
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
      { numRuns: propertyRuns(2000) },
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
      { numRuns: propertyRuns(1000) },
    );
  });
});

describe('every form, resolved against the publication date (2025-02-02)', () => {
  const COUNTED = { zh: '相对于发表日期(2025-02-02)推算', en: 'counted from the publication date (2025-02-02)' };
  const FROM_YEAR = { zh: '从发表日期(2025年)起算', en: 'counted from the publication date (2025)' };
  const HOURS = {
    zh: '发表日期(2025-02-02)之后几小时内,也可能已是次日',
    en: 'within hours of the publication date (2025-02-02); possibly the next day',
  };
  it.each([
    ['2024年11月5日', 'absolute', '2024-11-05', 'day', false, { zh: '文中直接给出日期', en: 'the text gives the date outright' }],
    ['2024-11-05', 'absolute', '2024-11-05', 'day', false, { zh: '文中直接给出日期', en: 'the text gives the date outright' }],
    ['2024年11月', 'absolute', '2024-11', 'month', false, { zh: '文中直接给出年月', en: 'the text gives the month outright' }],
    ['2024年', 'absolute', '2024', 'year', false, { zh: '文中直接给出年份', en: 'the text gives the year outright' }],
    [
      '1月21号',
      'month-day',
      '2025-01-21',
      'day',
      true,
      {
        zh: '发表日期(2025-02-02)之前最近的1月21号,补足年份',
        en: 'the most recent 1月21号 not after the publication date (2025-02-02); year supplied',
      },
    ],
    [
      '二十一日',
      'bare-day',
      '2025-01-21',
      'day',
      true,
      {
        zh: '发表日期(2025-02-02)之前最近的二十一日,补足年月',
        en: 'the most recent day 21 not after the publication date (2025-02-02); month and year supplied',
      },
    ],
    ['十日', 'bare-day', '2025-01-10', 'day', true, expect.anything()],
    ['上个月', 'relative-month', '2025-01', 'month', true, COUNTED],
    ['上月', 'relative-month', '2025-01', 'month', true, COUNTED],
    ['本月', 'relative-month', '2025-02', 'month', true, COUNTED],
    ['这个月', 'relative-month', '2025-02', 'month', true, COUNTED],
    ['下个月', 'relative-month', '2025-03', 'month', true, COUNTED],
    ['下月', 'relative-month', '2025-03', 'month', true, COUNTED],
    ['前年', 'relative-year', '2023', 'year', true, COUNTED],
    ['去年', 'relative-year', '2024', 'year', true, COUNTED],
    ['今年', 'relative-year', '2025', 'year', true, COUNTED],
    ['明年', 'relative-year', '2026', 'year', true, COUNTED],
    ['后年', 'relative-year', '2027', 'year', true, COUNTED],
    ['前天', 'relative-day', '2025-01-31', 'day', true, COUNTED],
    ['昨天', 'relative-day', '2025-02-01', 'day', true, COUNTED],
    ['今天', 'relative-day', '2025-02-02', 'day', true, COUNTED],
    ['明天', 'relative-day', '2025-02-03', 'day', true, COUNTED],
    ['后天', 'relative-day', '2025-02-04', 'day', true, COUNTED],
    [
      '过去10年',
      'past-years',
      '2015/2025',
      'era',
      true,
      { zh: '发表日期(2025年)往前10年', en: 'the 10 years up to the publication date (2025)' },
    ],
    [
      '近3年',
      'past-years',
      '2022/2025',
      'era',
      true,
      { zh: '发表日期(2025年)往前3年', en: 'the 3 years up to the publication date (2025)' },
    ],
    [
      '最近两年',
      'past-years',
      '2023/2025',
      'era',
      true,
      { zh: '发表日期(2025年)往前2年', en: 'the 2 years up to the publication date (2025)' },
    ],
    ['3年后', 'years-later', '2028', 'year', true, FROM_YEAR],
    ['3年之后', 'years-later', '2028', 'year', true, FROM_YEAR],
    ['3年以后', 'years-later', '2028', 'year', true, FROM_YEAR],
    ['三年前', 'years-earlier', '2022', 'year', true, FROM_YEAR],
    ['5年之前', 'years-earlier', '2020', 'year', true, FROM_YEAR],
    ['5年以前', 'years-earlier', '2020', 'year', true, FROM_YEAR],
    ['仅几小时', 'hours', '2025-02-02', 'day', true, HOURS],
    ['才3个小时', 'hours', '2025-02-02', 'day', true, HOURS],
    ['不到两小时', 'hours', '2025-02-02', 'day', true, HOURS],
    ['短短数小时', 'hours', '2025-02-02', 'day', true, HOURS],
    ['10小时', 'hours', '2025-02-02', 'day', true, HOURS],
  ] as const)('%s: %s → %s (%s)', (text, kind, date, precision, inferred, basis) => {
    const found = findDateExpressions(`据说${text}如此`);
    expect(found.map((e) => [e.text, e.kind, e.start, e.end])).toEqual([[text, kind, 2, 2 + text.length]]);
    expect(resolveDateExpression(found[0]!, PUB, PUB_LABEL)).toEqual({ date, precision, inferred, basis });
  });

  it('counts years from the period the sentence names when given its start year, both ways', () => {
    expect(resolveFirst('16年后', PUB, 2009)).toEqual({
      date: '2025',
      precision: 'year',
      inferred: true,
      basis: { zh: '从同句所述时期的起始年2009年起算16年', en: '2009 (start of the period the sentence names) + 16 years' },
    });
    expect(resolveFirst('3年前', PUB, 2009)?.basis.en).toBe('2009 (start of the period the sentence names) − 3 years');
    expect(resolveFirst('3年前', PUB, 2009)?.date).toBe('2006');
  });

  it('reads a whole date once, not its month-day or day again; a digit run glued to more digits is none', () => {
    expect(findDateExpressions('2025年1月21日和1月22日').map((e) => e.text)).toEqual(['2025年1月21日', '1月22日']);
    expect(findDateExpressions('12021年,a2025年,02-02-2025')).toEqual([expect.objectContaining({ text: '2025年', start: 8 })]);
    expect(findDateExpressions('三十二日,0月1日,2月30日,13月1日,2025-13-01,2025-02-30,0日,零年后')).toEqual([]);
  });

  it('keeps the month-day and bare-day rules within the calendar', () => {
    expect(resolveMonthDay(2, 29, { y: 2025, m: 2, d: 2 })).toEqual({ y: 2024, m: 2, d: 29 });
    expect(resolveMonthDay(2, 29, { y: 2023, m: 3, d: 1 })).toEqual({ y: 2020, m: 2, d: 29 });
    expect(resolveMonthDay(2, 29, { y: 2101, m: 3, d: 1 })).toEqual({ y: 2096, m: 2, d: 29 }); // 2100 is no leap year
    expect(resolveMonthDay(2, 30, PUB)).toBeNull();
    expect(resolveMonthDay(2, 2, PUB)).toEqual({ y: 2025, m: 2, d: 2 });
    expect(resolveMonthDay(2, 3, PUB)).toEqual({ y: 2024, m: 2, d: 3 });
    expect(resolveBareDay(2, PUB)).toEqual({ y: 2025, m: 2, d: 2 });
    expect(resolveBareDay(3, PUB)).toEqual({ y: 2025, m: 1, d: 3 });
    expect(resolveBareDay(31, { y: 2025, m: 1, d: 5 })).toEqual({ y: 2024, m: 12, d: 31 });
    expect(resolveBareDay(0, PUB)).toBeNull();
    expect(resolveBareDay(32, PUB)).toBeNull();
    expect(resolveBareDay(1.5, PUB)).toBeNull();
    expect([daysInMonth(2024, 2), daysInMonth(2025, 2), daysInMonth(1900, 2), daysInMonth(2000, 2), daysInMonth(2025, 12)]).toEqual([
      29, 28, 28, 29, 31,
    ]);
    expect([
      isValidYMD({ y: 2025, m: 0, d: 1 }),
      isValidYMD({ y: 2025, m: 13, d: 1 }),
      isValidYMD({ y: 2025, m: 1, d: 0 }),
      isValidYMD({ y: 2025, m: 1, d: 31 }),
      isValidYMD({ y: 2025, m: 4, d: 31 }),
      isValidYMD({ y: 2025.5, m: 1, d: 1 }),
      isValidYMD({ y: 2025, m: 12, d: 1 }),
      isValidYMD({ y: 2025, m: 1, d: 1 }),
    ]).toEqual([false, false, false, true, false, false, true, true]);
  });

  it('shifts months and days across years', () => {
    expect([shiftMonth(2025, 1, -1), shiftMonth(2025, 12, 1), shiftMonth(2025, 1, -13), shiftMonth(2025, 6, 0)]).toEqual([
      { y: 2024, m: 12 },
      { y: 2026, m: 1 },
      { y: 2023, m: 12 },
      { y: 2025, m: 6 },
    ]);
    expect([shiftDay({ y: 2025, m: 1, d: 1 }, -1), shiftDay({ y: 2024, m: 2, d: 28 }, 1), shiftDay({ y: 2025, m: 2, d: 28 }, 1)]).toEqual([
      { y: 2024, m: 12, d: 31 },
      { y: 2024, m: 2, d: 29 },
      { y: 2025, m: 3, d: 1 },
    ]);
    expect([formatYMD({ y: 500, m: 1, d: 2 }), formatYM(987, 3)]).toEqual(['0500-01-02', '0987-03']);
  });

  it('reads small numbers, Arabic up to four digits or Chinese up to 99', () => {
    expect(
      ['两', '十', '二十', '两十', '九十九', '十一', '0', '1234', '12345', '一十', '十二十', '', '百', '二二'].map(smallNumber),
    ).toEqual([2, 10, 20, 20, 99, 11, 0, 1234, null, 10, null, null, null, null]);
  });
});
