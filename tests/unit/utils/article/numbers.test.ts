/** The Chinese number grammar: exact values, hedges, and properties over generated input. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findAmounts, formatChineseAmount, parseAmount, parseChineseNumber } from '@/utils/article/numbers';

describe('parseChineseNumber', () => {
  it.each([
    ['5000亿', 500_000_000_000],
    ['3.5万亿', 3_500_000_000_000],
    ['1.2万', 12_000],
    ['2.7亿', 270_000_000],
    ['百分之四十', 0.4],
    ['百分之3.5', 0.035],
    ['40%', 0.4],
    ['两千亿', 200_000_000_000],
    ['三千五百万', 35_000_000],
    ['一百零五', 105],
    ['十六', 16],
    ['100多亿', 10_000_000_000],
    ['2万亿', 2_000_000_000_000],
    ['0.1亿', 10_000_000],
  ])('%s → %d', (s, n) => {
    expect(parseChineseNumber(s)).toBe(n);
  });

  it('computes with exact decimals, never float multiplication', () => {
    // 0.07 * 1e8 is 7000000.000000001 in floating point; the grammar must say 7000000.
    expect(0.07 * 1e8).not.toBe(7_000_000);
    expect(parseChineseNumber('0.07亿')).toBe(7_000_000);
    expect(parseChineseNumber('4796174514.64')).toBe(4796174514.64);
    expect(parseChineseNumber('47.9617451464亿')).toBe(4796174514.64);
    expect(parseChineseNumber('2.7亿')).toBe(270000000);
    expect(Number.isInteger(parseChineseNumber('2.7亿'))).toBe(true);
  });

  it.each(['', '亿', '万亿', '一二', '五零', 'abc', '5000亿美元'])('rejects %j', (s) => {
    expect(parseChineseNumber(s)).toBeNull();
  });
});

describe('parseAmount', () => {
  it('keeps hedges as qualifiers', () => {
    expect(parseAmount('约5000亿')).toEqual({ value: 500_000_000_000, unit: null, qualifier: { zh: '约', en: 'about' } });
    expect(parseAmount('100多亿')).toEqual({ value: 10_000_000_000, unit: null, qualifier: { zh: '多', en: 'more than' } });
    expect(parseAmount('远低于100亿美元')).toEqual({ value: 10_000_000_000, unit: 'USD', qualifier: { zh: '远低于', en: 'well below' } });
    expect(parseAmount('超过1000万元')).toEqual({ value: 10_000_000, unit: 'CNY', qualifier: { zh: '超过', en: 'over' } });
    expect(parseAmount('百分之四十')).toEqual({ value: 0.4, unit: 'percent' });
    expect(parseAmount('两千亿美元')).toEqual({ value: 200_000_000_000, unit: 'USD' });
  });

  it('is not an amount: counts, vague quantities, dates', () => {
    expect(parseAmount('三家')).toBeNull();
    expect(parseAmount('几小时')).toBeNull();
    expect(findAmounts('三家企业,仅几小时,22日,2025年,2025-02-02,0 阅读')).toEqual([]);
  });

  it('finds durations only where a word makes them one', () => {
    expect(findAmounts('过去10年').map((a) => [a.text, a.value, a.unit])).toEqual([['10年', 10, 'year']]);
    expect(findAmounts('16年后').map((a) => [a.text, a.value, a.unit])).toEqual([['16年', 16, 'year']]);
    expect(findAmounts('近3个小时').map((a) => [a.text, a.value, a.unit])).toEqual([['3个小时', 3, 'hour']]);
  });

  it('reads 各 earlier in the clause as "each"', () => {
    expect(findAmounts('两家将各向项目注资190亿美元')[0]?.qualifier).toEqual({ zh: '各', en: 'each' });
    expect(findAmounts('各国共投资190亿美元')[0]?.qualifier).toBeUndefined();
  });
});

describe('formatChineseAmount', () => {
  it.each([
    [500_000_000_000, '5000亿'],
    [270_000_000, '2.7亿'],
    [2_000_000_000_000, '2万亿'],
    [12_000, '1.2万'],
    [9_999, '9999'],
    [0.4, '0.4'],
  ])('%d → %s', (n, s) => {
    expect(formatChineseAmount(n)).toBe(s);
  });
});

describe('properties', () => {
  const anyString = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: 'binary' }),
    fc.string({ unit: fc.constantFrom(...'0123456789.一二两三四五六七八九十百千万亿零多约各美元%年小时,。') }),
  );

  it('never throws, and every match slices to its text', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        parseChineseNumber(s);
        parseAmount(s);
        for (const a of findAmounts(s)) {
          expect(s.slice(a.start, a.end)).toBe(a.text);
          expect(Number.isFinite(a.value)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('parses what it formats: integers', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), (n) => {
        expect(parseChineseNumber(formatChineseAmount(n))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it('parses what it formats: decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 6 }), (m, scale) => {
        const n = m / 10 ** scale;
        expect(parseChineseNumber(formatChineseAmount(n))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it('parses amounts built from digits and magnitudes exactly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99_999 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom(['万', 4], ['亿', 8], ['万亿', 12]),
        (m, scale, [word, k]) => {
          const digits = String(m).padStart(scale + 1, '0');
          const literal = scale ? `${digits.slice(0, -scale)}.${digits.slice(-scale)}` : digits;
          const expected = Number(BigInt(m) * 10n ** BigInt(k - scale));
          expect(parseChineseNumber(`${literal}${word}`)).toBe(expected);
          expect(parseAmount(`约${literal}${word}美元`)).toEqual({ value: expected, unit: 'USD', qualifier: { zh: '约', en: 'about' } });
        },
      ),
      { numRuns: 1000 },
    );
  });
});
