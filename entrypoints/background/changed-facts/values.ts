/**
 * Reading a fact's words as a value, so equal values written differently compare equal:
 * `5000亿美元` = `5,000亿美元` = `五千亿美元` = `5000億美元` (after normalisation, see text.ts),
 * `40%` = `百分之四十`, `21日` = `二十一日` = `21号`. Exact numbers come from numbers.ts.
 * Input is the comparison's normalised form (Simplified, ASCII digits, no separators).
 */
import { parseChineseNumber } from '@/utils/article/numbers';

/** Unit words after a number, longest first; other currencies are units of their own, never USD or CNY. */
const UNITS: [string, string][] = [
  ['美元', 'USD'],
  ['人民币', 'CNY'],
  ['日元', 'JPY'],
  ['欧元', 'EUR'],
  ['港元', 'HKD'],
  ['港币', 'HKD'],
  ['英镑', 'GBP'],
  ['韩元', 'KRW'],
  ['卢布', 'RUB'],
  ['元', 'CNY'],
  ['个小时', 'hour'],
  ['小时', 'hour'],
  ['年', 'year'],
];

/** A figure's words as `value unit`, or null when they are not one number phrase. */
export function readFigure(s: string): string | null {
  let unit = '';
  let number = s;
  for (const [word, code] of UNITS) {
    if (s.endsWith(word)) {
      unit = code;
      number = s.slice(0, s.length - word.length);
      break;
    }
  }
  if (!unit && (s.endsWith('%') || s.startsWith('百分之'))) unit = 'percent';
  const value = parseChineseNumber(number);
  return value === null ? null : `${value} ${unit}`;
}

const CN_DIGITS = '〇一二三四五六七八九';

/** One date part: Arabic digits, a Chinese numeral (二十一), or a year digit by digit (二〇二五). */
function readPart(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (s.length === 4 && [...s].every((ch) => CN_DIGITS.includes(ch) || ch === '零')) {
    return Number([...s].map((ch) => (ch === '零' ? 0 : CN_DIGITS.indexOf(ch))).join(''));
  }
  return parseChineseNumber(s);
}

const DATE_NUMERAL = '(?:\\d{1,4}|[〇零一二两三四五六七八九十]{1,4})';
/** A written date: year, month and/or day (`2025年1月21日`, `21日`, `1月`, `二十一号`). */
export const WRITTEN_DATE = new RegExp(`(?:${DATE_NUMERAL}年)?(?:${DATE_NUMERAL}月)?(?:${DATE_NUMERAL}[日号])?`, 'gu');

/** A written date as `y-m-d` with blanks for the parts it lacks, or null when it is not one. */
export function readDate(s: string): string | null {
  const m = /^(?:(.{1,4})年)?(?:(.{1,4})月)?(?:(.{1,4})[日号])?$/u.exec(s);
  if (!m || (m[1] === undefined && m[2] === undefined && m[3] === undefined)) return null;
  const parts = [m[1], m[2], m[3]].map((p) => (p === undefined ? '' : readPart(p)));
  if (parts.some((p) => p === null)) return null;
  return parts.join('-');
}
