/**
 * Reading a fact from words, so the same fact written another way reads the same:
 *  - amounts: value, unit and the hedge on them (`5000亿美元` = `五千亿美元` = `0.5万亿美元`,
 *    `40%` = `百分之四十` = `四成`, `远低于100亿美元` ≠ `高于100亿美元`);
 *  - written dates: the year, month and day a text states (`21日`, `二十一日`, `2025年1月21日`);
 *  - relative time: the interval or offset it states (`上个月` = `上月`, `16年后` = `十六年之后`,
 *    `仅几小时` = `短短几个小时` ≠ `两天后`, `一上任` = `刚上任` ≠ `上任前`).
 * Input is the comparison's normalised form (text.ts: Simplified, ASCII digits and letters, no
 * punctuation or spaces; a decimal point between digits and `%` kept). Exact numbers come from
 * utils/article/numbers.ts, the grammar the parser uses. Pure, never throws.
 */
import { NUMBER_SOURCE, PREFIX_QUALIFIERS, numberPhrase, parseChineseNumber, type QualifierEn } from '@/utils/article/numbers';

/**
 * Traditional forms of the few words read here that the article itself never writes (so the
 * fold table, made from the article's characters, leaves them): 約, 週, 歐元 … One for one, so
 * offsets stay.
 */
const TRADITIONAL: Record<string, string> = { 約: '约', 週: '周', 歐: '欧', 韓: '韩', 鎊: '镑', 盧: '卢', 幣: '币', 餘: '余' };
const TRADITIONAL_RE = new RegExp(`[${Object.keys(TRADITIONAL).join('')}]`, 'gu');
const simplified = (text: string) => text.replace(TRADITIONAL_RE, (c) => TRADITIONAL[c] ?? c);

/** A reading found in a text: where, and what it says (equal keys = the same fact). */
export interface Reading {
  start: number;
  end: number;
  key: string;
}

/* ------------------------------------------------------------------ amounts */

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
const UNIT_SOURCE = UNITS.map(([w]) => w).join('|');

/** Hedges written after the amount (100亿美元以上, 5000亿美元左右). */
const TRAILING_QUALIFIERS: [string, QualifierEn][] = [
  ['左右', 'about'],
  ['上下', 'about'],
  ['以上', 'over'],
  ['开外', 'over'],
  ['以下', 'below'],
  ['以内', 'at most'],
];

export interface Amount {
  start: number;
  end: number;
  /** `value unit`, e.g. `500000000000 USD`, `0.4 percent`, `10 year`. */
  key: string;
  /** The hedge written on it (远低于, 约, …多, …以上), as the schema's categories; null for none. */
  qualifier: QualifierEn | null;
  /** Where the hedge's words are (empty when there are none). */
  qualifierStart: number;
  qualifierEnd: number;
}

function prefixQualifier(text: string, start: number): [string, QualifierEn] | undefined {
  return PREFIX_QUALIFIERS.find(([zh]) => text.endsWith(zh, start));
}

/** `四成` is 40 %: shares in tenths, as Chinese writes them (not 一成不变). */
const TENTHS = /([一二两三四五六七八九十]|\d(?:\.\d+)?)成(?![不为功就立了本员交果长])/gu;

/** Every amount in `text` with its unit and hedge, in text order. A bare Chinese numeral (三家, 两者) is no amount. */
export function readAmounts(raw: string): Amount[] {
  const out: Amount[] = [];
  const text = simplified(raw);
  try {
    for (let m = TENTHS.exec(text); m; m = TENTHS.exec(text)) {
      const tenths = parseChineseNumber(m[1]!);
      if (tenths !== null)
        out.push(amountAt(text, m.index, m.index + m[0].length, `${Number((tenths / 10).toPrecision(12))} percent`, false));
    }
    const re = new RegExp(`${NUMBER_SOURCE}(${UNIT_SOURCE})?`, 'gu');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0] === '') {
        re.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = start + m[0].length;
      // Digits glued to letters or more digits (chatgpt4) are no amount; nor is a tenth already read (四成).
      if ((start > 0 && /[a-z0-9.]/.test(text[start - 1]!)) || out.some((a) => a.start < end && start < a.end)) continue;
      const phrase = numberPhrase(m);
      const unitWord = m[6];
      if (!phrase || (!unitWord && !phrase.percent && !m[4] && !/[\d万亿]/u.test(m[0]))) continue;
      const unit = phrase.percent ? 'percent' : (UNITS.find(([w]) => w === unitWord)?.[1] ?? '');
      out.push(amountAt(text, start, end, `${phrase.value} ${unit}`, phrase.more !== null));
    }
  } catch {
    return [];
  }
  return out.sort((a, b) => a.start - b.start);
}

function amountAt(text: string, start: number, end: number, key: string, more: boolean): Amount {
  const before = prefixQualifier(text, start);
  if (before) return { start, end, key, qualifier: before[1], qualifierStart: start - before[0].length, qualifierEnd: start };
  if (more) return { start, end, key, qualifier: 'more than', qualifierStart: start, qualifierEnd: end };
  const after = TRAILING_QUALIFIERS.find(([zh]) => text.startsWith(zh, end));
  if (after) return { start, end, key, qualifier: after[1], qualifierStart: end, qualifierEnd: end + after[0].length };
  return { start, end, key, qualifier: null, qualifierStart: start, qualifierEnd: start };
}

/* ------------------------------------------------------------ written dates */

const CN_DIGITS = '〇一二三四五六七八九';

/** One date part: Arabic digits, a Chinese numeral (二十一), or a year digit by digit (二〇二五). */
function readPart(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (s.length === 4 && [...s].every((ch) => CN_DIGITS.includes(ch) || ch === '零')) {
    return Number([...s].map((ch) => (ch === '零' ? 0 : CN_DIGITS.indexOf(ch))).join(''));
  }
  return parseChineseNumber(s);
}

const DATE_NUMERAL = '\\d{1,4}|[〇零一二两三四五六七八九十]{1,4}';
/** Year (four digits only: 16年 is a duration), month and/or day. */
const WRITTEN = new RegExp(`(?:(\\d{4}|[〇零一二三四五六七八九]{4})年)?(?:(${DATE_NUMERAL})月(?:份)?)?(?:(${DATE_NUMERAL})[日号])?`, 'gu');

export interface WrittenDate {
  start: number;
  end: number;
  y?: number;
  m?: number;
  d?: number;
}

/** Every written date (`21日`, `1月21日`, `2025年1月21日`, `二十一号`) in `text`: the parts it states. */
export function readWrittenDates(raw: string): WrittenDate[] {
  const out: WrittenDate[] = [];
  const text = simplified(raw);
  WRITTEN.lastIndex = 0;
  for (let m = WRITTEN.exec(text); m; m = WRITTEN.exec(text)) {
    if (m[0] === '') {
      WRITTEN.lastIndex++;
      continue;
    }
    if (m[2] === undefined && m[3] === undefined) continue; // a year alone is no day
    if (m.index > 0 && /\d/.test(text[m.index - 1]!) && /^\d/.test(m[0])) continue;
    const parts = [m[1], m[2], m[3]].map((p) => (p === undefined ? undefined : readPart(p)));
    if (parts.some((p) => p === null)) continue;
    const [y, mo, d] = parts as (number | undefined)[];
    if ((mo !== undefined && (mo < 1 || mo > 12)) || (d !== undefined && (d < 1 || d > 31))) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      ...(y !== undefined && { y }),
      ...(mo !== undefined && { m: mo }),
      ...(d !== undefined && { d }),
    });
  }
  return out;
}

/** Whether a written date agrees with a resolved `YYYY-MM-DD` on every part it states. */
export function datesAgree(written: WrittenDate, resolved: string): boolean {
  const [y, m, d] = resolved.split('-').map(Number);
  return (
    (written.y === undefined || written.y === y) &&
    (written.m === undefined || written.m === m) &&
    (written.d === undefined || written.d === d)
  );
}

/* ------------------------------------------------------------ relative time */

const N = '(\\d{1,3}|[一二两三四五六七八九十百几数]{1,3})';
const AFTER = '(?:之后|以后|过后|后)';
const BEFORE = '(?:之前|以前|前)';
/** Words that take office (上任, 上台, 就职): the event a few of the article's times count from. */
const OFFICE = '(?:上任|上台|就职|就任|掌权|执政)';
const UNIT_KEYS: Record<string, string> = {
  年: 'y',
  个月: 'm',
  月: 'm',
  周: 'w',
  星期: 'w',
  个星期: 'w',
  天: 'd',
  日: 'd',
  个小时: 'h',
  小时: 'h',
  钟头: 'h',
  个钟头: 'h',
};
const UNIT = '(年|个月|个星期|星期|周|天|个小时|小时|个钟头|钟头)';

/** A count: a number, or `few` for 几/数 (仅几小时 and 数小时 say the same). */
function count(s: string): string | null {
  if (/^[几数]$/.test(s) || s === '几个' || s === '数个') return 'few';
  const n = parseChineseNumber(s);
  return n === null ? null : String(n);
}

const NAMED: Record<string, string> = {
  上个月: 'm-1',
  上月: 'm-1',
  本月: 'm0',
  这个月: 'm0',
  当月: 'm0',
  下个月: 'm+1',
  下月: 'm+1',
  上周: 'w-1',
  上星期: 'w-1',
  上个星期: 'w-1',
  本周: 'w0',
  这周: 'w0',
  这个星期: 'w0',
  下周: 'w+1',
  下星期: 'w+1',
  下个星期: 'w+1',
  前年: 'y-2',
  去年: 'y-1',
  今年: 'y0',
  明年: 'y+1',
  后年: 'y+2',
  前天: 'd-2',
  昨天: 'd-1',
  今天: 'd0',
  明天: 'd+1',
  后天: 'd+2',
};

/** Patterns, most specific first; each gives a key from its match. */
const RELATIVE: [RegExp, (m: RegExpExecArray) => string | null][] = [
  // 上任一年后, 上台两个月后: an interval counted from taking office.
  [new RegExp(`${OFFICE}${N}${UNIT}${AFTER}`, 'gu'), (m) => keyed('office+', m[1]!, m[2]!)],
  // 一上任, 刚上任, 刚一上台, 上任伊始, 上任后: as soon as (or once) they took office.
  [new RegExp(`(?:刚一|一|刚|甫)${OFFICE}|${OFFICE}(?:伊始|之初|${AFTER})`, 'gu'), () => 'office'],
  [new RegExp(`${OFFICE}${BEFORE}`, 'gu'), () => 'office-'],
  // 过去10年, 近十年, 最近10年: the years up to now.
  [new RegExp(`(?:过去|近|最近|这)${N}${UNIT}(?:里|来|间|中)?`, 'gu'), (m) => keyed('past', m[1]!, m[2]!)],
  // 16年后, 两天后, 几周之后 / 两个月前.
  [new RegExp(`${N}${UNIT}${AFTER}`, 'gu'), (m) => keyed('+', m[1]!, m[2]!)],
  [new RegExp(`${N}${UNIT}${BEFORE}`, 'gu'), (m) => keyed('-', m[1]!, m[2]!)],
  // 仅几小时, 短短几个小时, 数小时: a length of time (what it follows is the sentence's).
  [new RegExp(`(?:仅仅|仅|才|只|不到|短短)?${N}(个小时|小时|个钟头|钟头|天|个星期|星期|周|个月)`, 'gu'), (m) => keyed('', m[1]!, m[2]!)],
  [new RegExp(Object.keys(NAMED).join('|'), 'gu'), (m) => NAMED[m[0]] ?? null],
];

function keyed(prefix: string, n: string, unit: string): string | null {
  const c = count(n);
  const u = UNIT_KEYS[unit];
  return c === null || !u ? null : `${prefix}${c}${u}`;
}

/** Every relative time expression in `text` with what it states; overlaps go to the earlier, longer one. */
export function readRelativeTimes(raw: string): Reading[] {
  const found: Reading[] = [];
  const text = simplified(raw);
  try {
    for (const [re, key] of RELATIVE) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const k = key(m);
        if (k !== null) found.push({ start: m.index, end: m.index + m[0].length, key: k });
      }
    }
  } catch {
    return [];
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Reading[] = [];
  for (const r of found) if (!out.some((o) => r.start < o.end && o.start < r.end)) out.push(r);
  return out;
}
