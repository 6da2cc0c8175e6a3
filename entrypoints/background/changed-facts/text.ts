/**
 * The comparison's view of a text: the detector's normalisation (script, width, punctuation and
 * whitespace insensitive, see utils/detect/normalise.ts) with two marks kept because they change
 * a figure's value: a decimal point between digits (`2.7亿` is not `27亿`) and the percent sign.
 * Every kept character remembers where it came from, so a match maps back to the text's own words.
 */
import { foldCode, type FoldTable } from '@/utils/detect/normalise';

export interface MappedText {
  /** The normalised text's code units. */
  codes: Uint16Array;
  /** For each character of `text`: its UTF-16 offset in the original. */
  pos: Int32Array;
  /** 1 where a line break or sentence end (。!?) lies just before the character: a fact never spans one. */
  breaks: Uint8Array;
}

const DOT = 0x2e;
const PERCENT = 0x25;

function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

const isAsciiDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** A digit next in `raw` from `i`, past a few spaces (`2 .7` is still 2.7). */
function digitFollows(raw: string, i: number): boolean {
  for (let j = i; j < raw.length && j < i + 4; j++) {
    const c = raw.charCodeAt(j);
    if (isDigit(c)) return true;
    if (c !== 0x20 && c !== 0x3000 && c !== 0xa0 && c !== 0x0a && c !== 0x0d && c !== 0x09) return false;
  }
  return false;
}

/** Per fold table, each code unit's normalised form as met (0 unseen, 0xffff dropped), shared by both readings. */
const memos = new WeakMap<FoldTable, Uint16Array>();
const DROPPED = 0xffff;
const decoder = new TextDecoder('utf-16le');

function memoOf(fold: FoldTable): Uint16Array {
  let memo = memos.get(fold);
  if (!memo) memos.set(fold, (memo = new Uint16Array(0x10000)));
  return memo;
}

/** The first time a code unit is met: its normalised form (a percent sign kept as `%`), remembered. */
function learn(memo: Uint16Array, c: number, fold: FoldTable): number {
  const f = c === 0x25 || c === 0xff05 ? PERCENT : foldCode(c, fold);
  return (memo[c] = f < 0 ? DROPPED : f);
}

/** A decimal point (ASCII or full-width) at `raw[i]` between two digits: kept, where other punctuation is dropped. */
function keptPoint(raw: string, i: number, c: number, out: Uint16Array, len: number): boolean {
  return (c === 0x2e || c === 0xff0e) && len > 0 && isAsciiDigit(out[len - 1]!) && digitFollows(raw, i + 1);
}

/** Buffers reused from one page to the next (allocating fresh typed arrays per page cost more than the pass itself). */
let scratch = { out: new Uint16Array(0), pos: new Int32Array(0), breaks: new Uint8Array(0) };

function buffers(n: number, reuse: boolean, positions: boolean) {
  if (!reuse)
    return positions
      ? { out: new Uint16Array(n), pos: new Int32Array(n), breaks: new Uint8Array(n + 1) }
      : { out: new Uint16Array(n), pos: new Int32Array(0), breaks: new Uint8Array(0) };
  if (scratch.out.length < n) {
    const size = Math.max(n, scratch.out.length * 2);
    scratch = { out: new Uint16Array(size), pos: new Int32Array(size), breaks: new Uint8Array(size + 1) };
  }
  if (positions) scratch.breaks.fill(0, 0, n + 1);
  return scratch;
}

/**
 * `reuse`: the result lives in buffers the next `reuse` call overwrites (the comparison of one
 * page, which keeps nothing of it); otherwise it is the caller's. `positions: false` skips `pos`
 * and `breaks` (left empty): a faithful page needs only the codes, as detection does.
 */
export function mapText(raw: string, fold: FoldTable, reuse = false, positions = true): MappedText {
  const memo = memoOf(fold);
  const n = raw.length;
  const { out, pos, breaks } = buffers(n, reuse, positions);
  let len = 0;
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i);
    let v = memo[c]!;
    if (v === 0) v = learn(memo, c, fold);
    if (v === DROPPED) {
      if (keptPoint(raw, i, c, out, len)) v = DOT;
      else {
        if (positions && (c === 0x0a || c === 0x0d || c === 0x3002 || c === 0x21 || c === 0x3f || c === 0xff01 || c === 0xff1f))
          breaks[len] = 1;
        continue;
      }
    }
    if (positions) pos[len] = i;
    out[len++] = v;
  }
  const codes = out.subarray(0, len);
  return positions
    ? { codes, pos: pos.subarray(0, len), breaks: breaks.subarray(0, len + 1) }
    : { codes, pos: pos.subarray(0, 0), breaks: breaks.subarray(0, 0) };
}

/** The page's own buffer for `readCodes`: reused from one page to the next. */
let codeBuffer = new Uint16Array(0);

/**
 * The normalised codes of a text, nothing else (no positions, no breaks): what a faithful page
 * needs, as cheap as detection's own pass. A separate loop from mapText on purpose (one simple
 * shape the engine optimises on its own); the rules are the same (`learn`, `keptPoint`). The result
 * lives in a buffer the next call overwrites.
 */
export function readCodes(raw: string, fold: FoldTable): Uint16Array {
  const memo = memoOf(fold);
  const n = raw.length;
  if (codeBuffer.length < n) codeBuffer = new Uint16Array(Math.max(n, codeBuffer.length * 2));
  const out = codeBuffer;
  let len = 0;
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i);
    let v = memo[c]!;
    if (v === 0) v = learn(memo, c, fold);
    if (v !== DROPPED) out[len++] = v;
    else if (keptPoint(raw, i, c, out, len)) out[len++] = DOT;
  }
  return out.subarray(0, len);
}

/** The normalised form of a short string. */
export function normaliseForCompare(raw: string, fold: FoldTable): string {
  return codesToString(mapText(raw, fold, false, false).codes);
}

export function codesToString(codes: Uint16Array): string {
  return decoder.decode(codes);
}

/** codes[at, at + want.length) equals `want`. */
export function holds(codes: Uint16Array, at: number, want: string): boolean {
  if (at < 0 || at + want.length > codes.length) return false;
  for (let i = 0; i < want.length; i++) if (codes[at + i] !== want.charCodeAt(i)) return false;
  return true;
}

/** Index of the first normalised character at or after raw offset `r` (binary search on positions). */
export function normIndex(m: MappedText, r: number): number {
  let lo = 0;
  let hi = m.pos.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (m.pos[mid]! < r) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
