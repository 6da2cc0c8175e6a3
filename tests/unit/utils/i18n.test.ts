import { describe, expect, it } from 'vitest';
import { coveragePercent } from '@/utils/verdict';
import {
  STRINGS,
  formatDayRange,
  detectLang,
  formatAmount,
  formatDate,
  formatEntryDate,
  formatFigure,
  formatNumber,
  formatPublished,
  scaleDecimal,
} from '@/utils/i18n';
import { dayNumber, datedFromOutside } from '@/utils/article/when';
import { article } from '@/utils/article/data';

const ymd = (iso: string) => iso.split('-').map(Number) as [number, number, number];

describe('detectLang', () => {
  it('follows the browser: any Chinese → zh, anything else → en', () => {
    expect(detectLang('', 'zh-CN')).toBe('zh');
    expect(detectLang('', 'zh-TW')).toBe('zh');
    expect(detectLang('', 'zh')).toBe('zh');
    expect(detectLang('', 'en-US')).toBe('en');
    expect(detectLang('', 'de')).toBe('en');
  });

  it('lets ?lang= override it', () => {
    expect(detectLang('?lang=en', 'zh-CN')).toBe('en');
    expect(detectLang('?tabId=3&lang=zh', 'en-GB')).toBe('zh');
    expect(detectLang('?lang=fr', 'zh-CN')).toBe('zh');
  });

  it('falls back when the fake browser has no getUILanguage', () => {
    expect(['zh', 'en']).toContain(detectLang(''));
  });
});

describe('exact decimals', () => {
  it('shifts the decimal point on digits, never in floating point', () => {
    expect(scaleDecimal(270000000, 8)).toBe('2.7');
    expect(scaleDecimal(270000000, 9)).toBe('0.27');
    expect(scaleDecimal(0.4, -2)).toBe('40');
    expect(scaleDecimal(0.07, -2)).toBe('7');
    expect(scaleDecimal(0.123, -2)).toBe('12.3');
    expect(scaleDecimal(1e21, 12)).toBe('1000000000');
    expect(scaleDecimal(19000000000, 9)).toBe('19');
    expect(scaleDecimal(0, 9)).toBe('0');
  });

  it('never prints float noise for amounts the article gives', () => {
    for (const value of [270000000, 2.7e8, 0.1 * 3e9, 1.9e10, 4.5e10]) {
      expect(formatNumber(value, 'en')).not.toMatch(/\d{6,}\.|0000000\d/);
    }
    expect(formatNumber(0.1 * 3e9, 'en')).toBe('300 million');
    expect(formatAmount(0.1 + 0.2, 'percent', 'en')).toBe('30%');
    expect(formatAmount(2.7e8 * (1 + Number.EPSILON), 'USD', 'zh')).toBe('2.7亿美元');
  });
});

describe('formatAmount', () => {
  it('writes English with the scale words and the dollar sign', () => {
    expect(formatAmount(500000000000, 'USD', 'en')).toBe('$500 billion');
    expect(formatAmount(270000000, 'USD', 'en')).toBe('$270 million'); // 2.7亿 is not 2.7 billion
    expect(formatAmount(2700000000, 'USD', 'en')).toBe('$2.7 billion');
    expect(formatAmount(19000000000, 'USD', 'en')).toBe('$19 billion');
    expect(formatAmount(2000000000000, null, 'en')).toBe('2 trillion (currency not stated)');
    expect(formatAmount(1500000000000, 'USD', 'en')).toBe('$1.5 trillion');
    expect(formatAmount(1200, 'USD', 'en')).toBe('$1,200');
    expect(formatAmount(5000000000, 'CNY', 'en')).toBe('5 billion yuan');
  });

  it('writes Chinese as the article does, in 万 / 亿 / 万亿', () => {
    expect(formatAmount(500000000000, 'USD', 'zh')).toBe('5000亿美元');
    expect(formatAmount(270000000, 'USD', 'zh')).toBe('2.7亿美元');
    expect(formatAmount(10000000000, 'USD', 'zh')).toBe('100亿美元');
    expect(formatAmount(2000000000000, null, 'zh')).toBe('2万亿(未注明币种)');
    expect(formatAmount(50000, 'CNY', 'zh')).toBe('5万元人民币');
    expect(formatAmount(800, 'USD', 'zh')).toBe('800美元');
  });

  it('writes percentages, years and hours', () => {
    expect(formatAmount(0.4, 'percent', 'en')).toBe('40%');
    expect(formatAmount(0.4, 'percent', 'zh')).toBe('40%');
    expect(formatAmount(16, 'year', 'en')).toBe('16 years');
    expect(formatAmount(1, 'year', 'en')).toBe('1 year');
    expect(formatAmount(16, 'year', 'zh')).toBe('16年');
    expect(formatAmount(3, 'hour', 'en')).toBe('3 hours');
    expect(formatAmount(3, 'hour', 'zh')).toBe('3小时');
  });
});

describe('formatFigure', () => {
  it('puts the qualifier where each language does', () => {
    const belowTen = { value: 10000000000, unit: 'USD' as const, qualifier: { zh: '远低于', en: 'well below' as const } };
    expect(formatFigure(belowTen, 'en')).toBe('well below $10 billion');
    expect(formatFigure(belowTen, 'zh')).toBe('远低于100亿美元');
    const each = { value: 19000000000, unit: 'USD' as const, qualifier: { zh: '各', en: 'each' as const } };
    expect(formatFigure(each, 'en')).toBe('$19 billion each');
    expect(formatFigure(each, 'zh')).toBe('各190亿美元');
    const over = { value: 10, unit: 'year' as const, qualifier: { zh: '多', en: 'more than' as const } };
    expect(formatFigure(over, 'en')).toBe('more than 10 years');
    expect(formatFigure(over, 'zh')).toBe('10年多');
    expect(formatFigure({ value: 0.4, unit: 'percent', qualifier: undefined }, 'en')).toBe('40%');
  });
});

describe('formatDate', () => {
  it('formats each precision in both languages', () => {
    expect(formatDate('2025-01-21', 'day', 'en')).toBe('21 Jan 2025');
    expect(formatDate('2025-01-21', 'day', 'zh')).toBe('2025年1月21日');
    expect(formatDate('2024-12', 'month', 'en')).toBe('Dec 2024');
    expect(formatDate('2024-12', 'month', 'zh')).toBe('2024年12月');
    expect(formatDate('2025', 'year', 'en')).toBe('2025');
    expect(formatDate('2025', 'year', 'zh')).toBe('2025年');
    expect(formatDate('2009/2017', 'era', 'en')).toBe('2009–2017');
    expect(formatDate('2009/2017', 'era', 'zh')).toBe('2009–2017年');
  });

  it('never shows more precision than the entry has', () => {
    expect(formatDate('2025-01-21', 'month', 'en')).toBe('Jan 2025');
    expect(formatDate('2025-01-21', 'year', 'zh')).toBe('2025年');
  });

  it('writes a date the text only bounds as "about …", and the key days as one range', () => {
    expect(formatEntryDate({ date: '2025-01-20', precision: 'day', approximate: true }, 'en')).toBe('about 20 Jan 2025');
    expect(formatEntryDate({ date: '2025-01-20', precision: 'day', approximate: true }, 'zh')).toBe('约2025年1月20日');
    expect(formatEntryDate({ date: '2025-01-21', precision: 'day' }, 'en')).toBe('21 Jan 2025');
    const span = (from: string, to: string) => ({ from: dayNumber(...ymd(from)), to: dayNumber(...ymd(to)) + 1 });
    expect(formatDayRange(span('2025-01-21', '2025-01-22'), 'en')).toBe('21–22 Jan 2025');
    expect(formatDayRange(span('2025-01-21', '2025-01-22'), 'zh')).toBe('2025年1月21日至22日');
    expect(formatDayRange(span('2025-01-30', '2025-02-02'), 'en')).toBe('30 Jan – 2 Feb 2025');
    expect(formatDayRange(span('2025-01-30', '2025-02-02'), 'zh')).toBe('2025年1月30日至2月2日');
    expect(formatDayRange(span('2024-12-31', '2025-01-01'), 'en')).toBe('31 Dec 2024 – 1 Jan 2025');
    expect(formatDayRange(span('2025-01-21', '2025-01-21'), 'zh')).toBe('2025年1月21日');
  });

  it('tells outside knowledge apart from an inference from the text', () => {
    expect(datedFromOutside({ outside: true })).toBe(true);
    expect(datedFromOutside({})).toBe(false);
    // The parser marks a date from outside knowledge, and its basis says so in both languages; an inferred date's basis does not.
    const outside = article.timeline.filter((e) => e.outside);
    expect(outside.length).toBeGreaterThanOrEqual(4);
    for (const e of outside) expect(e.basis.en, e.id).toMatch(/^outside knowledge/i);
    const inferred = article.timeline.filter((e) => e.inferred && !e.outside);
    expect(inferred.length).toBeGreaterThan(0);
    for (const e of inferred) expect(e.basis.en, e.id).not.toMatch(/outside knowledge/i);
  });

  it('shows a limit as "before …" and a loosely bounded date as "about …", never both', () => {
    const limit = { date: '2025-01-20', precision: 'day' as const, before: true as const };
    expect(formatEntryDate(limit, 'en')).toBe('before 20 Jan 2025');
    expect(formatEntryDate(limit, 'zh')).toBe('2025年1月20日之前');
    expect(formatEntryDate({ ...limit, approximate: true }, 'en')).toBe('before 20 Jan 2025');
    expect(formatEntryDate({ date: '2025-01-21', precision: 'day', approximate: true }, 'en')).toBe('about 21 Jan 2025');
    expect(formatEntryDate({ date: '2025-01-21', precision: 'day', approximate: true }, 'zh')).toBe('约2025年1月21日');
    expect(formatEntryDate({ date: '2025-01-20', precision: 'day' }, 'en')).toBe('20 Jan 2025');
  });

  it('shows the publication time on the article clock (Beijing), not the reader’s', () => {
    expect(formatPublished('2025-02-02T11:52:00+08:00', 'en')).toBe('2 Feb 2025, 11:52 (UTC+8)');
    expect(formatPublished('2025-02-02T11:52:00+08:00', 'zh')).toBe('2025年2月2日 11:52(北京时间)');
    expect(formatPublished('2025-02-02', 'en')).toBe('2 Feb 2025');
    expect(formatPublished('yesterday', 'en')).toBe('yesterday');
  });
});

describe('strings', () => {
  it('has every key in both languages', () => {
    expect(Object.keys(STRINGS.zh).sort()).toEqual(Object.keys(STRINGS.en).sort());
    for (const lang of ['zh', 'en'] as const) {
      for (const [key, value] of Object.entries(STRINGS[lang])) {
        const text = typeof value === 'function' ? String(value(7)) : value;
        expect(text, `${lang}.${key}`).not.toBe('');
      }
    }
  });

  it('rounds coverage down, so a partial copy never reads 100%', () => {
    expect(coveragePercent(0.999)).toBe(99);
    expect(coveragePercent(0.42)).toBe(42);
    expect(coveragePercent(1.2)).toBe(100);
    expect(coveragePercent(-1)).toBe(0);
  });
});
