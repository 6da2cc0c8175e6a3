/**
 * The comparison's view of a text: the detector's normalisation (script, width, punctuation and
 * whitespace insensitive, see utils/detect/normalise.ts) with two marks kept because they change
 * a figure's value: a decimal point between digits (`2.7亿` is not `27亿`) and the percent sign.
 * Every kept character remembers where it came from, so a match maps back to the text's own words.
 */
import { foldCode, type FoldTable } from '../detect/normalise';

export interface MappedText {
  /** The normalised text, and its code units. */
  text: string;
  codes: Uint16Array;
  /** For each character of `text`: its UTF-16 offset in the original. */
  pos: Int32Array;
}

const DOT = 0x2e;
const PERCENT = 0x25;

function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/** Per fold table, each code unit's normalised form as met (0 unseen, 0xffff dropped). */
const memos = new WeakMap<FoldTable, Uint16Array>();
const DROPPED = 0xffff;

export function mapText(raw: string, fold: FoldTable): MappedText {
  let memo = memos.get(fold);
  if (!memo) memos.set(fold, (memo = new Uint16Array(0x10000)));
  const n = raw.length;
  const out = new Uint16Array(n);
  const pos = new Int32Array(n);
  let len = 0;
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i);
    let v = memo[c]!;
    if (v === 0) {
      const f = c === 0x25 || c === 0xff05 ? PERCENT : foldCode(c, fold);
      v = memo[c] = f < 0 ? DROPPED : f;
    }
    if (v === DROPPED) {
      // A decimal point (ASCII or full-width) between two digits stays.
      if ((c === 0x2e || c === 0xff0e) && i > 0 && i + 1 < n && isDigit(raw.charCodeAt(i - 1)) && isDigit(raw.charCodeAt(i + 1))) v = DOT;
      else continue;
    }
    out[len] = v;
    pos[len++] = i;
  }
  const codes = out.subarray(0, len);
  return { text: new TextDecoder('utf-16le').decode(codes), codes, pos: pos.subarray(0, len) };
}

/** The normalised form of a short string (no positions). */
export function normaliseForCompare(raw: string, fold: FoldTable): string {
  return mapText(raw, fold).text;
}

/** The original text's words behind normalised characters [from, to); '' when empty. */
export function rawSpan(m: MappedText, raw: string, from: number, to: number): { start: number; end: number; text: string } {
  if (to <= from || from >= m.pos.length) {
    const at = from < m.pos.length ? m.pos[from]! : raw.length;
    return { start: at, end: at, text: '' };
  }
  const start = m.pos[from]!;
  const end = m.pos[Math.min(to, m.pos.length) - 1]! + 1;
  return { start, end, text: raw.slice(start, end) };
}
