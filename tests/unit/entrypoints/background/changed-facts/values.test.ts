/**
 * What the comparison reads from words (values.ts), whole: where each reading starts and ends, its
 * key, and an amount's hedge with where the hedge's words are. The other files check that equal
 * facts read alike; this one pins the readings themselves, so a reading that drifts shows here.
 */
import { describe, expect, it } from 'vitest';
import { datesAgree, readAmounts, readRelativeTimes, readWrittenDates } from '@/entrypoints/background/changed-facts/values';

const amount = (
  start: number,
  end: number,
  key: string,
  qualifier: string | null = null,
  qualifierStart = start,
  qualifierEnd = start,
) => ({
  start,
  end,
  key,
  qualifier,
  qualifierStart,
  qualifierEnd,
});

describe('readAmounts', () => {
  it.each([
    ['四成', [amount(0, 2, '0.4 percent')]],
    ['3.5成', [amount(0, 4, '0.35 percent')]],
    ['十成', [amount(0, 2, '1 percent')]],
    ['40%', [amount(0, 3, '0.4 percent')]],
    ['百分之四十和四成', [amount(0, 5, '0.4 percent'), amount(6, 8, '0.4 percent')]],
    ['5000亿美元四成', [amount(0, 7, '500000000000 USD'), amount(7, 9, '0.4 percent')]],
    ['1.5亿美元', [amount(0, 6, '150000000 USD')]],
    ['2万亿', [amount(0, 3, '2000000000000 ')]],
    ['十年', [amount(0, 2, '10 year')]],
    ['50个小时', [amount(0, 5, '50 hour')]],
    ['300万欧元', [amount(0, 6, '3000000 EUR')]],
    ['7亿韓元', [amount(0, 4, '700000000 KRW')]],
    ['约5000亿美元', [amount(1, 8, '500000000000 USD', 'about', 0, 1)]],
    ['5000多亿美元', [amount(0, 8, '500000000000 USD', 'more than', 0, 8)]],
    ['5000亿美元左右', [amount(0, 7, '500000000000 USD', 'about', 7, 9)]],
    ['100亿美元以上', [amount(0, 6, '10000000000 USD', 'over', 6, 8)]],
    ['8千万日元以下', [amount(0, 5, '80000000 JPY', 'below', 5, 7)]],
  ])('%s', (text, expected) => expect(readAmounts(text)).toEqual(expected));

  it.each(['一成不变', 'chatgpt4', 'a4亿美元', '三家企业', '两者', '三百人', ''])('%s holds no amount', (text) =>
    expect(readAmounts(text)).toEqual([]),
  );
});

describe('readWrittenDates', () => {
  it.each([
    ['2025年1月21日', [{ start: 0, end: 10, y: 2025, m: 1, d: 21 }]],
    ['21日', [{ start: 0, end: 3, d: 21 }]],
    ['二十一日', [{ start: 0, end: 4, d: 21 }]],
    ['二〇二五年一月', [{ start: 0, end: 7, y: 2025, m: 1 }]],
    ['二零二五年一月二十一号', [{ start: 0, end: 11, y: 2025, m: 1, d: 21 }]],
    ['1月份', [{ start: 0, end: 3, m: 1 }]],
    ['12月31日', [{ start: 0, end: 6, m: 12, d: 31 }]],
    ['他1月1日到', [{ start: 1, end: 5, m: 1, d: 1 }]],
  ])('%s', (text, expected) => expect(readWrittenDates(text)).toEqual(expected));

  it.each(['13月5日', '1月32日', '1月0日', '0月1日', '2025年', '2025年13月', '12021日', ''])('%s is no date', (text) =>
    expect(readWrittenDates(text)).toEqual([]),
  );

  it('agrees with a resolved day on every part it states, and only those', () => {
    const [full] = readWrittenDates('2025年1月21日');
    const [day] = readWrittenDates('21日');
    const [month] = readWrittenDates('1月份');
    expect(datesAgree(full!, '2025-01-21')).toBe(true);
    expect(datesAgree(full!, '2024-01-21')).toBe(false);
    expect(datesAgree(full!, '2025-02-21')).toBe(false);
    expect(datesAgree(full!, '2025-01-22')).toBe(false);
    expect(datesAgree(day!, '2024-12-21')).toBe(true);
    expect(datesAgree(day!, '2025-01-20')).toBe(false);
    expect(datesAgree(month!, '2025-01-31')).toBe(true);
    expect(datesAgree(month!, '2025-02-01')).toBe(false);
  });
});

describe('readRelativeTimes', () => {
  it.each([
    ['上个月', [{ start: 0, end: 3, key: 'm-1' }]],
    ['上月', [{ start: 0, end: 2, key: 'm-1' }]],
    ['上周', [{ start: 0, end: 2, key: 'w-1' }]],
    ['上个星期', [{ start: 0, end: 4, key: 'w-1' }]],
    ['上週', [{ start: 0, end: 2, key: 'w-1' }]],
    ['下周', [{ start: 0, end: 2, key: 'w+1' }]],
    ['这个星期', [{ start: 0, end: 4, key: 'w0' }]],
    ['仅几小时', [{ start: 0, end: 4, key: 'fewh' }]],
    ['几个小时', [{ start: 0, end: 4, key: 'fewh' }]],
    ['数小时', [{ start: 0, end: 3, key: 'fewh' }]],
    ['16年后', [{ start: 0, end: 4, key: '+16y' }]],
    ['十六年之后', [{ start: 0, end: 5, key: '+16y' }]],
    ['两个月前', [{ start: 0, end: 4, key: '-2m' }]],
    ['一上任', [{ start: 0, end: 3, key: 'office' }]],
    ['上任前', [{ start: 0, end: 3, key: 'office-' }]],
    ['上任一年后', [{ start: 0, end: 5, key: 'office+1y' }]],
    ['上任两个月后', [{ start: 0, end: 6, key: 'office+2m' }]],
    ['过去十年', [{ start: 0, end: 4, key: 'past10y' }]],
    [
      '去年今年',
      [
        { start: 0, end: 2, key: 'y-1' },
        { start: 2, end: 4, key: 'y0' },
      ],
    ],
  ])('%s', (text, expected) => expect(readRelativeTimes(text)).toEqual(expected));

  it.each(['不久', '随即', ''])('%s states no time', (text) => expect(readRelativeTimes(text)).toEqual([]));
});
