/**
 * The Chinese number grammar: Arabic or Chinese numerals, the magnitudes 十/百/千/万/亿,
 * 百分之…/%, hedges (约, 远低于, …多), currencies and duration units. Values are computed
 * with BigInt decimal arithmetic (digits × 10^k ÷ 10^scale) so 2.7亿 is exactly 270000000,
 * never `2.7 * 1e8`. Nothing here throws.
 */
import type { Figure, FigureUnit } from './schema';

export type Qualifier = NonNullable<Figure['qualifier']>;
export type QualifierEn = Qualifier['en'];

/** An exact decimal: `digits / 10^scale`. */
interface Decimal {
  digits: bigint;
  scale: number;
}

const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_SMALL_UNIT: Record<string, bigint> = { 十: 10n, 百: 100n, 千: 1000n };
const MAGNITUDE: Record<string, number> = { 十: 1, 百: 2, 千: 3, 万: 4, 亿: 8 };

/** Hedges written right before the number, longest first so 远低于 wins over 低于. */
export const PREFIX_QUALIFIERS: [string, QualifierEn][] = [
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
];

const CURRENCIES: [string, Exclude<FigureUnit, null>][] = [
  ['亿美元', 'USD'],
  ['美元', 'USD'],
  ['人民币', 'CNY'],
  ['元', 'CNY'],
];

function pow10(k: number): bigint {
  return 10n ** BigInt(k);
}

/** Exact decimal → nearest double: JavaScript reads a decimal string with correct rounding. */
export function decimalToNumber(d: Decimal): number {
  return Number(decimalToString(d));
}

function parseArabic(s: string): Decimal | null {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) return null;
  const frac = m[2] ?? '';
  return { digits: BigInt((m[1] ?? '') + frac), scale: frac.length };
}

/** Chinese integer numerals: 四十, 两千, 一百零五, 三千五百万, 两千亿, 十二. */
function parseChineseInteger(s: string): bigint | null {
  if (!s) return null;
  let total = 0n; // finished 亿 sections
  let section = 0n; // finished 万 sections inside the current 亿 section
  let group = 0n; // below 万
  let digit: bigint | null = null;
  for (const ch of s) {
    if (ch === '零' || ch === '〇') {
      if (digit !== null) return null; // 五零 is not a numeral; 一百零五 uses 零 as a placeholder
    } else if (ch in CN_DIGIT) {
      if (digit !== null) return null; // two digits in a row (一二) are not a numeral here
      digit = BigInt(CN_DIGIT[ch] ?? 0);
    } else if (ch in CN_SMALL_UNIT) {
      group += (digit ?? 1n) * (CN_SMALL_UNIT[ch] ?? 1n);
      digit = null;
    } else if (ch === '万') {
      section += (group + (digit ?? 0n)) * 10000n;
      if (section === 0n) return null;
      group = 0n;
      digit = null;
    } else if (ch === '亿') {
      total += (section + group + (digit ?? 0n)) * 100000000n;
      if (total === 0n) return null;
      section = 0n;
      group = 0n;
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + group + (digit ?? 0n);
}

/** A bare numeral, Arabic (may have a decimal point) or Chinese. */
function parseNumeral(s: string): Decimal | null {
  const arabic = parseArabic(s);
  if (arabic) return arabic;
  const cn = parseChineseInteger(s);
  return cn === null ? null : { digits: cn, scale: 0 };
}

/** Magnitude characters after a numeral (万, 亿, 万亿, 千亿 …) as a power of ten. */
function magnitudeExponent(s: string): number | null {
  let k = 0;
  for (const ch of s) {
    const e = MAGNITUDE[ch];
    if (e === undefined) return null;
    k += e;
  }
  return k;
}

export interface NumberPhrase {
  value: number;
  /** True for 百分之… and …%: the value is already the fraction (0.4 for 40%). */
  percent: boolean;
  /** 多/余 between the numeral and its magnitude, or after it (100多亿 → "more than"). */
  more: string | null;
}

const ARABIC = String.raw`\d+(?:\.\d+)?`;
const CN_NUMERAL = '[零〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿]*';
const NUMBER_SRC = `(?:百分之(${ARABIC}|${CN_NUMERAL})|(${ARABIC}|${CN_NUMERAL})([多余])?([十百千万亿]*)(%|％)?)`;
/** The number phrase's pattern (five groups, read by `numberPhrase`), for readers that add their own units. */
export const NUMBER_SOURCE = NUMBER_SRC;

/** The value of a match of NUMBER_SOURCE (its groups 1–5). */
export function numberPhrase(m: RegExpExecArray): NumberPhrase | null {
  return toPhrase(m);
}

function toPhrase(m: RegExpExecArray): NumberPhrase | null {
  if (m[1] !== undefined) {
    const d = parseNumeral(m[1]);
    return d ? { value: decimalToNumber({ digits: d.digits, scale: d.scale + 2 }), percent: true, more: null } : null;
  }
  const d = parseNumeral(m[2] ?? '');
  const k = magnitudeExponent(m[4] ?? '');
  if (!d || k === null) return null;
  const percent = m[5] !== undefined;
  const value = decimalToNumber({ digits: d.digits * pow10(k), scale: d.scale + (percent ? 2 : 0) });
  return { value, percent, more: m[3] ?? null };
}

/** Parses a whole string that is one number phrase: "5000亿", "3.5万亿", "百分之四十", "40%", "100多亿". */
export function parseChineseNumber(s: string): number | null {
  try {
    const m = new RegExp(`^${NUMBER_SRC}$`, 'u').exec(s);
    if (!m) return null;
    return toPhrase(m)?.value ?? null;
  } catch {
    return null;
  }
}

export interface AmountMatch {
  /** The number with its magnitude and unit, e.g. "100亿美元", "40%", "16年" (hedges outside). */
  start: number;
  end: number;
  text: string;
  value: number;
  unit: FigureUnit;
  qualifier?: Qualifier;
  /** Why the match counts: a currency, a share, a large magnitude, or a duration. */
  kind: 'money' | 'share' | 'magnitude' | 'duration';
}

/** Durations: N年 / N个小时 read as lengths of time only next to a word that makes them one. */
const DURATION_BEFORE = /(?:过去|近|最近|长达|未来|这)$/u;
const DURATION_AFTER = /^(?:后|前|来|内|里|间|之后|之前|以来)/u;

/** Words that end in a hedge but hedge nothing: 最近10年 is "the last ten years", not "nearly ten". */
const NOT_HEDGES = ['最近'];

function findPrefixQualifier(text: string, start: number): Qualifier | undefined {
  if (NOT_HEDGES.some((w) => text.slice(Math.max(0, start - w.length), start) === w)) return undefined;
  for (const [zh, en] of PREFIX_QUALIFIERS) {
    if (text.slice(Math.max(0, start - zh.length), start) === zh) return { zh, en };
  }
  return undefined;
}

/** 各/均 earlier in the same clause: the amount is per party ("OpenAI和软银将各向…注资190亿美元"). */
export function findEachQualifier(text: string, start: number): Qualifier | undefined {
  const clauseStart =
    Math.max(...['。', '!', '?', '\uFF01', '\uFF1F', ',', '\uFF0C', ';', '\uFF1B', '、', '\n'].map((p) => text.lastIndexOf(p, start - 1))) +
    1;
  const m = /(各|均)(?:自|向|出|投|注|拿|持|为)/u.exec(text.slice(clauseStart, start));
  return m?.[1] ? { zh: m[1], en: 'each' } : undefined;
}

/**
 * Every amount, share and duration in `text` between `from` and `to`, in text order.
 * Bare counts (三家企业, 一个) and vague quantities (几小时) are not amounts and are skipped.
 */
export function findAmounts(text: string, from = 0, to = text.length): AmountMatch[] {
  const out: AmountMatch[] = [];
  try {
    const unitSrc = '(亿美元|美元|人民币|元|个小时|小时|年)?';
    const re = new RegExp(`${NUMBER_SRC}${unitSrc}`, 'gu');
    const slice = text.slice(0, to);
    re.lastIndex = from;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      if (m[0] === '') {
        re.lastIndex++;
        continue;
      }
      const start = m.index;
      // A numeral glued to a Latin/Arabic run (ChatGPT4, 2025-02) or a date (22日, 2025年) is not an amount.
      if (start > 0 && /[\dA-Za-z.\-:]/u.test(text[start - 1] ?? '')) continue;
      const phrase = toPhrase(m);
      if (!phrase) continue;
      const unitWord = m[6];
      const magnitude = m[4] ?? '';
      let kind: AmountMatch['kind'] | null = null;
      let unit: FigureUnit = null;
      if (phrase.percent) {
        kind = 'share';
        unit = 'percent';
      } else if (unitWord && CURRENCIES.some(([w]) => w === unitWord)) {
        kind = 'money';
        unit = CURRENCIES.find(([w]) => w === unitWord)?.[1] ?? null;
      } else if (unitWord === '年' || unitWord === '小时' || unitWord === '个小时') {
        const isYearNumber = /^\d{4}$/.test(m[2] ?? ''); // 2025年 is a date
        const before = text.slice(Math.max(0, start - 2), start);
        const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
        if (!isYearNumber && !magnitude && (DURATION_BEFORE.test(before) || DURATION_AFTER.test(after))) {
          kind = 'duration';
          unit = unitWord === '年' ? 'year' : 'hour';
        }
      } else if (/[万亿]/u.test(magnitude) || /[万亿]/u.test(m[2] ?? '')) {
        kind = 'magnitude';
      }
      if (!kind) continue;
      // The unit word 年 of a duration, and 小时, stay in the span; so does the currency.
      const end = start + m[0].length;
      const qualifier =
        findPrefixQualifier(text, start) ??
        (phrase.more ? { zh: phrase.more, en: 'more than' as const } : undefined) ??
        findEachQualifier(text, start);
      out.push({ start, end, text: text.slice(start, end), value: phrase.value, unit, kind, ...(qualifier ? { qualifier } : {}) });
    }
  } catch {
    // unreachable for strings; kept so the grammar can never throw on odd input
  }
  return out;
}

/** Parses one amount phrase with its hedge, e.g. "约5000亿美元", "100多亿", "百分之四十". */
export function parseAmount(s: string): { value: number; unit: FigureUnit; qualifier?: Qualifier } | null {
  const [first] = findAmounts(s);
  if (!first) return null;
  const q = findPrefixQualifier(s, first.start);
  const lead = q ? first.start - q.zh.length : first.start;
  if (lead !== 0 || first.end !== s.length) return null;
  return { value: first.value, unit: first.unit, ...(first.qualifier ? { qualifier: first.qualifier } : {}) };
}

/** Exact decimal of a finite double, via its shortest round-trip string. */
function numberToDecimal(n: number): Decimal | null {
  if (!Number.isFinite(n)) return null;
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(n));
  if (!m) return null;
  const frac = m[3] ?? '';
  const exp = Number(m[4] ?? '0');
  const digits = BigInt(`${m[1]}${m[2]}${frac}`);
  const scale = frac.length - exp;
  return scale >= 0 ? { digits, scale } : { digits: digits * pow10(-scale), scale: 0 };
}

function decimalToString(d: Decimal): string {
  const neg = d.digits < 0n;
  let s = (neg ? -d.digits : d.digits).toString().padStart(d.scale + 1, '0');
  if (d.scale > 0) {
    s = `${s.slice(0, s.length - d.scale)}.${s.slice(s.length - d.scale)}`.replace(/\.?0+$/, '');
  }
  return (neg ? '-' : '') + s;
}

/** Formats a non-negative amount the way Chinese media write it: 500000000000 → "5000亿", 270000000 → "2.7亿". */
export function formatChineseAmount(n: number): string {
  const d = numberToDecimal(n);
  if (!d || n < 0) return String(n);
  for (const [word, k] of [
    ['万亿', 12],
    ['亿', 8],
    ['万', 4],
  ] as const) {
    if (d.digits >= pow10(k + d.scale)) return decimalToString({ digits: d.digits, scale: d.scale + k }) + word;
  }
  return decimalToString(d);
}
