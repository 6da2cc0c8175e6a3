/**
 * The date grammar: finds time expressions (2025-02-02, 2025年1月21日, 1月21日, 21日, 上个月,
 * 去年, 过去10年, 16年后 …) and resolves them against a reference date. Pure, never throws.
 */
import type { Precision } from '../utils/article/schema';
import { DATE_PATTERN } from '../utils/article/schema';

export interface YMD {
  y: number;
  m: number; // 1-12
  d: number; // 1-31
}

export type DateExpressionKind =
  | 'absolute'
  | 'month-day'
  | 'bare-day'
  | 'relative-month'
  | 'relative-year'
  | 'relative-day'
  | 'past-years'
  | 'years-later'
  | 'years-earlier'
  | 'hours';

export interface DateExpression {
  start: number;
  end: number;
  text: string;
  kind: DateExpressionKind;
  /** Fields the text states (absolute forms) or the offset it states (relative forms). */
  y?: number;
  m?: number;
  d?: number;
  offset?: number;
}

const CN_SMALL: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 1-99 in Arabic or Chinese numerals (十六, 二十一, 3). */
export function smallNumber(s: string): number | null {
  if (/^\d{1,4}$/.test(s)) return Number(s);
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(s);
  if (!m || !s) return null;
  const [, tens, ten, ones] = m;
  if (!ten) return tens && !ones ? (CN_SMALL[tens] ?? null) : null;
  return (tens ? (CN_SMALL[tens] ?? 0) : 1) * 10 + (ones ? (CN_SMALL[ones] ?? 0) : 0);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidYMD(x: YMD): boolean {
  return Number.isInteger(x.y) && x.m >= 1 && x.m <= 12 && x.d >= 1 && x.d <= daysInMonth(x.y, x.m);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const formatYear = (y: number) => pad(y, 4);
export const formatYMD = (x: YMD) => `${formatYear(x.y)}-${pad(x.m)}-${pad(x.d)}`;
export const formatYM = (y: number, m: number) => `${pad(y, 4)}-${pad(m)}`;

/** A bare day (21日) is the most recent such day not after `ref`: month and year are supplied. */
export function resolveBareDay(day: number, ref: YMD): YMD | null {
  if (!Number.isInteger(day) || day < 1 || day > 31) return null;
  let y = ref.y;
  let m = ref.m;
  for (let i = 0; i < 13; i++) {
    if (day <= daysInMonth(y, m) && (i > 0 || day <= ref.d)) return { y, m, d: day };
    m -= 1;
    if (m === 0) {
      m = 12;
      y -= 1;
    }
  }
  return null;
}

/** A month-day (1月21日) is the most recent such date not after `ref`. */
export function resolveMonthDay(month: number, day: number, ref: YMD): YMD | null {
  for (const y of [ref.y, ref.y - 1]) {
    const x = { y, m: month, d: day };
    if (isValidYMD(x) && formatYMD(x) <= formatYMD(ref)) return x;
  }
  // 2月29日 in a year without one: look back to the last leap year.
  for (let y = ref.y - 2; y >= ref.y - 8; y--) if (isValidYMD({ y, m: month, d: day })) return { y, m: month, d: day };
  return null;
}

export function shiftMonth(y: number, m: number, by: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + by;
  return { y: Math.floor(k / 12), m: (((k % 12) + 12) % 12) + 1 };
}

export function shiftDay(x: YMD, by: number): YMD {
  const t = new Date(Date.UTC(x.y, x.m - 1, x.d + by));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

const NUM = '(\\d{1,2}|[一二两三四五六七八九十]{1,3})';
const PATTERNS: { re: RegExp; kind: DateExpressionKind }[] = [
  { re: /(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?/gu, kind: 'absolute' },
  { re: /(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})[日号])?)?/gu, kind: 'absolute' },
  { re: /(\d{1,2})月(\d{1,2})[日号]/gu, kind: 'month-day' },
  { re: new RegExp(`(?<![\\d月年])${NUM}日`, 'gu'), kind: 'bare-day' },
  { re: /上个月|上月|本月|这个月|下个月|下月/gu, kind: 'relative-month' },
  { re: /前年|去年|今年|明年|后年/gu, kind: 'relative-year' },
  { re: /前天|昨天|今天|明天|后天/gu, kind: 'relative-day' },
  { re: new RegExp(`(?:过去|近|最近)${NUM}年`, 'gu'), kind: 'past-years' },
  { re: new RegExp(`${NUM}年(后|之后|以后|前|之前|以前)`, 'gu'), kind: 'years-later' },
  // "Only hours after" something: dated by the event it follows (timeline.ts picks it).
  { re: /(?:仅|才|不到|短短)?(?:几|数|\d{1,2}|[一二两三四五六七八九十]{1,3})个?小时/gu, kind: 'hours' },
];

const RELATIVE_MONTH: Record<string, number> = { 上个月: -1, 上月: -1, 本月: 0, 这个月: 0, 下个月: 1, 下月: 1 };
const RELATIVE_YEAR: Record<string, number> = { 前年: -2, 去年: -1, 今年: 0, 明年: 1, 后年: 2 };
const RELATIVE_DAY: Record<string, number> = { 前天: -2, 昨天: -1, 今天: 0, 明天: 1, 后天: 2 };

function toExpression(kind: DateExpressionKind, m: RegExpExecArray): DateExpression | null {
  const base = { start: m.index, end: m.index + m[0].length, text: m[0], kind };
  const g = (i: number) => (m[i] === undefined ? undefined : Number(m[i]));
  switch (kind) {
    case 'absolute': {
      const y = g(1);
      const mo = g(2);
      const d = g(3);
      if (y === undefined) return null;
      if (mo !== undefined && (mo < 1 || mo > 12)) return null;
      if (mo !== undefined && d !== undefined && !isValidYMD({ y, m: mo, d })) return null;
      return { ...base, y, ...(mo !== undefined ? { m: mo } : {}), ...(d !== undefined ? { d } : {}) };
    }
    case 'month-day': {
      const mo = g(1);
      const d = g(2);
      if (mo === undefined || d === undefined || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(2024, mo)) return null;
      return { ...base, m: mo, d };
    }
    case 'bare-day': {
      const d = smallNumber(m[1] ?? '');
      return d !== null && d >= 1 && d <= 31 ? { ...base, d } : null;
    }
    case 'relative-month':
      return { ...base, offset: RELATIVE_MONTH[m[0]] ?? 0 };
    case 'relative-year':
      return { ...base, offset: RELATIVE_YEAR[m[0]] ?? 0 };
    case 'relative-day':
      return { ...base, offset: RELATIVE_DAY[m[0]] ?? 0 };
    case 'hours':
      return base;
    case 'past-years': {
      const n = smallNumber(m[1] ?? '');
      return n !== null && n > 0 ? { ...base, offset: n } : null;
    }
    case 'years-later':
    case 'years-earlier': {
      const n = smallNumber(m[1] ?? '');
      if (n === null || n <= 0) return null;
      const earlier = /前/u.test(m[2] ?? '');
      return { ...base, kind: earlier ? 'years-earlier' : 'years-later', offset: earlier ? -n : n };
    }
  }
}

/** Every time expression in `text`, in order; overlaps go to the earlier, then longer, match. */
export function findDateExpressions(text: string): DateExpression[] {
  const found: DateExpression[] = [];
  try {
    for (const { re, kind } of PATTERNS) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m[0] === '') {
          re.lastIndex++;
          continue;
        }
        // A digit run glued to more digits (12021年) is not a date.
        if (/\d/.test(text[m.index - 1] ?? '') && /^\d/.test(m[0])) continue;
        const e = toExpression(kind, m);
        if (e) found.push(e);
      }
    }
  } catch {
    return [];
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateExpression[] = [];
  for (const e of found) if (!out.some((o) => e.start < o.end && o.start < e.end)) out.push(e);
  return out;
}

export interface Resolved {
  date: string;
  precision: Precision;
  inferred: boolean;
  basis: { zh: string; en: string };
}

/**
 * Resolves one expression. `ref` is the reference time: the publication date, or for
 * relative terms the time of the event the sentence reports (see timeline.ts).
 * `anchorYear` is the start year of an earlier period in the same sentence (for 16年后).
 */
export function resolveDateExpression(
  e: DateExpression,
  ref: YMD,
  refLabel: { zh: string; en: string },
  anchorYear?: number,
): Resolved | null {
  const resolved = resolveUnchecked(e, ref, refLabel, anchorYear);
  return resolved && isCalendarDate(resolved.date) ? resolved : null;
}

/** Only years 0001–9999 are dates here (no year 0, none before the era, none of five digits): "0000年" or 过去5000年 from 1970 are not. */
function isCalendarDate(date: string): boolean {
  return DATE_PATTERN.test(date) && date.split('/').every((part) => !part.startsWith('0000'));
}

function resolveUnchecked(e: DateExpression, ref: YMD, refLabel: { zh: string; en: string }, anchorYear?: number): Resolved | null {
  const refDay = formatYMD(ref);
  switch (e.kind) {
    case 'absolute': {
      if (e.y === undefined) return null;
      if (e.m !== undefined && e.d !== undefined)
        return {
          date: formatYMD({ y: e.y, m: e.m, d: e.d }),
          precision: 'day',
          inferred: false,
          basis: { zh: '文中直接给出日期', en: 'the text gives the date outright' },
        };
      if (e.m !== undefined)
        return {
          date: formatYM(e.y, e.m),
          precision: 'month',
          inferred: false,
          basis: { zh: '文中直接给出年月', en: 'the text gives the month outright' },
        };
      return {
        date: formatYear(e.y),
        precision: 'year',
        inferred: false,
        basis: { zh: '文中直接给出年份', en: 'the text gives the year outright' },
      };
    }
    case 'month-day': {
      const x = resolveMonthDay(e.m ?? 0, e.d ?? 0, ref);
      return x
        ? {
            date: formatYMD(x),
            precision: 'day',
            inferred: true,
            basis: {
              zh: `${refLabel.zh}(${refDay})之前最近的${e.text},补足年份`,
              en: `the most recent ${e.text} not after ${refLabel.en} (${refDay}); year supplied`,
            },
          }
        : null;
    }
    case 'bare-day': {
      const x = resolveBareDay(e.d ?? 0, ref);
      return x
        ? {
            date: formatYMD(x),
            precision: 'day',
            inferred: true,
            basis: {
              zh: `${refLabel.zh}(${refDay})之前最近的${e.text},补足年月`,
              en: `the most recent day ${e.d} not after ${refLabel.en} (${refDay}); month and year supplied`,
            },
          }
        : null;
    }
    case 'relative-month': {
      const x = shiftMonth(ref.y, ref.m, e.offset ?? 0);
      return {
        date: formatYM(x.y, x.m),
        precision: 'month',
        inferred: true,
        basis: { zh: `相对于${refLabel.zh}(${refDay})推算`, en: `counted from ${refLabel.en} (${refDay})` },
      };
    }
    case 'relative-year':
      return {
        date: formatYear(ref.y + (e.offset ?? 0)),
        precision: 'year',
        inferred: true,
        basis: { zh: `相对于${refLabel.zh}(${refDay})推算`, en: `counted from ${refLabel.en} (${refDay})` },
      };
    case 'relative-day':
      return {
        date: formatYMD(shiftDay(ref, e.offset ?? 0)),
        precision: 'day',
        inferred: true,
        basis: { zh: `相对于${refLabel.zh}(${refDay})推算`, en: `counted from ${refLabel.en} (${refDay})` },
      };
    case 'hours':
      return {
        date: refDay,
        precision: 'day',
        inferred: true,
        basis: {
          zh: `${refLabel.zh}(${refDay})之后几小时内,也可能已是次日`,
          en: `within hours of ${refLabel.en} (${refDay}); possibly the next day`,
        },
      };
    case 'past-years': {
      const n = e.offset ?? 0;
      return {
        date: `${formatYear(ref.y - n)}/${formatYear(ref.y)}`,
        precision: 'era',
        inferred: true,
        basis: { zh: `${refLabel.zh}(${ref.y}年)往前${n}年`, en: `the ${n} years up to ${refLabel.en} (${ref.y})` },
      };
    }
    case 'years-later':
    case 'years-earlier': {
      const n = e.offset ?? 0;
      if (anchorYear !== undefined) {
        return {
          date: formatYear(anchorYear + n),
          precision: 'year',
          inferred: true,
          basis: {
            zh: `从同句所述时期的起始年${anchorYear}年起算${n}年`,
            en: `${anchorYear} (start of the period the sentence names) ${n < 0 ? '−' : '+'} ${Math.abs(n)} years`,
          },
        };
      }
      return {
        date: formatYear(ref.y + n),
        precision: 'year',
        inferred: true,
        basis: { zh: `从${refLabel.zh}(${ref.y}年)起算`, en: `counted from ${refLabel.en} (${ref.y})` },
      };
    }
  }
}
