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

describe('the grammar, entry by entry', () => {
  const read = (s: string) =>
    findAmounts(s).map((a) => [a.text, a.value, a.unit, a.kind, a.qualifier?.zh ?? null, a.qualifier?.en ?? null]);

  it.each([
    ['远低于', 'well below'],
    ['远不到', 'well below'],
    ['低于', 'below'],
    ['不到', 'below'],
    ['不足', 'below'],
    ['大约', 'about'],
    ['约', 'about'],
    ['将近', 'nearly'],
    ['接近', 'nearly'],
    ['近', 'nearly'],
    ['超过', 'over'],
    ['高于', 'over'],
    ['逾', 'over'],
    ['至少', 'at least'],
    ['最多', 'at most'],
    ['至多', 'at most'],
  ])('hedge %s → %s', (zh, en) => {
    expect(parseAmount(`${zh}100亿美元`)).toEqual({ value: 10_000_000_000, unit: 'USD', qualifier: { zh, en } });
  });

  it('currencies and shares', () => {
    expect(read('花了300美元,又花了300元和300人民币,共3亿美元;占40%,即百分之四十,或40％。')).toEqual([
      ['300美元', 300, 'USD', 'money', null, null],
      ['300元', 300, 'CNY', 'money', null, null],
      ['300人民币', 300, 'CNY', 'money', null, null],
      ['3亿美元', 300_000_000, 'USD', 'money', null, null],
      ['40%', 0.4, 'percent', 'share', null, null],
      ['百分之四十', 0.4, 'percent', 'share', null, null],
      ['40％', 0.4, 'percent', 'share', null, null],
    ]);
  });

  it('large magnitudes without a unit count; small bare numbers do not', () => {
    expect(read('有3万人,三千万人,100多亿,100余万,300人,5个')).toEqual([
      ['3万', 30_000, null, 'magnitude', null, null],
      ['三千万', 30_000_000, null, 'magnitude', null, null],
      ['100多亿', 10_000_000_000, null, 'magnitude', '多', 'more than'],
      ['100余万', 1_000_000, null, 'magnitude', '余', 'more than'],
    ]);
  });

  it.each(['过去', '近', '最近', '长达', '未来', '这'])('%s + N年 is a length of time', (before) => {
    expect(read(`${before}10年`)).toEqual([
      ['10年', 10, 'year', 'duration', before === '近' ? '近' : null, before === '近' ? 'nearly' : null],
    ]);
  });

  it.each(['后', '前', '来', '内', '里', '间', '之后', '之前', '以来'])('N年 + %s is a length of time', (after) => {
    expect(read(`他10年${after}`)).toEqual([['10年', 10, 'year', 'duration', null, null]]);
    expect(read(`他3小时${after}`)).toEqual([['3小时', 3, 'hour', 'duration', null, null]]);
  });

  it('a year, a count of years with a magnitude, or years without such a word are no lengths of time', () => {
    expect(read('2025年后,10年,10万年后,三年')).toEqual([]);
  });

  it('a number glued to a Latin or Arabic run, a decimal point, a dash or a colon is no amount', () => {
    expect(read('ChatGPT4亿美元 A100亿 x.5亿 -5亿 :5亿')).toEqual([]);
    expect(read('(5亿)')).toEqual([['5亿', 500_000_000, null, 'magnitude', null, null]]);
  });

  it.each(['各自', '各向', '各出', '各投', '各注', '各拿', '各持', '各为', '均持', '均为'])('%s earlier in the clause → each', (word) => {
    expect(findAmounts(`两家${word}项目100亿美元`)[0]?.qualifier).toEqual({ zh: word[0], en: 'each' });
  });

  it.each(['。', '!', '?', '！', '？', ',', '，', ';', '；', '、', '\n'])('"each" stays in its clause (%j ends one)', (end) => {
    expect(findAmounts(`两家各自出资${end}共100亿美元`)[0]?.qualifier).toBeUndefined();
  });

  it.each([
    ['零', 0],
    ['〇', 0],
    ['十二', 12],
    ['二十', 20],
    ['一千零一', 1001],
    ['两万零五百', 20_500],
    ['一亿二千万', 120_000_000],
    ['三千五百万亿', 3_500_000_000_000_000],
    ['3.50', 3.5],
    ['0.1', 0.1],
    ['12%', 0.12],
    ['百分之零点五', null],
    ['百分之百', null],
    ['万', null],
    ['零万', null],
    ['零亿', null],
    ['一二三', null],
    ['3.5.1', null],
    ['.5', null],
  ])('parseChineseNumber(%j) = %s', (s, n) => {
    expect(parseChineseNumber(s)).toBe(n);
  });

  it.each([
    [0, '0'],
    [1, '1'],
    [10_000, '1万'],
    [100_000_000, '1亿'],
    [1_000_000_000_000, '1万亿'],
    [123_456_789, '1.23456789亿'],
    [0.000001, '0.000001'],
    [1e21, '1000000000万亿'],
    [-5, '-5'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
  ])('formatChineseAmount(%d) = %s', (n, s) => {
    expect(formatChineseAmount(n)).toBe(s);
  });

  it('parseAmount takes exactly one amount, with nothing before its hedge or after it', () => {
    expect(parseAmount('约100亿美元')).toEqual({ value: 10_000_000_000, unit: 'USD', qualifier: { zh: '约', en: 'about' } });
    expect(parseAmount('共约100亿美元')).toBeNull();
    expect(parseAmount('100亿美元左右')).toBeNull();
    expect(parseAmount('')).toBeNull();
  });
});
