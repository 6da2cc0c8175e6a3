/**
 * Page-text normalisation for matching. Reprints differ in layout, whitespace, punctuation width
 * (ASCII `,` vs full-width `，`) and script (Traditional vs Simplified); none of that should
 * change whether a page holds the article. So both the article (at build time) and the page (at
 * run time) are reduced to the same alphabet: text folded as utils/text/fold.ts folds it for
 * every consumer (full-width ASCII → ASCII, lowercase, Traditional → Simplified with a small table
 * covering only the article's own characters, see fingerprint.ts), of which detection keeps only
 * CJK characters, letters and digits. Everything else — whitespace, punctuation of both widths,
 * symbols, emoji — is dropped.
 *
 * Linear in the input, one pass, no regular expression on the common path.
 */
import { foldUnit, isIdeograph, type FoldTable } from '../text/fold';

export { foldTable, type FoldTable } from '../text/fold';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Normalised form of each code unit outside ASCII and the CJK blocks, worked out once: 0 unknown, DROPPED dropped. */
const DROPPED = 0xffff;
const otherCodes = new Uint16Array(0x10000);

function classifyOther(c: number): number {
  const ch = String.fromCharCode(c);
  if (!LETTER_OR_DIGIT.test(ch)) return DROPPED;
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : c;
}

/** The normalised form of one UTF-16 code unit, or -1 when detection does not keep it. */
export function foldCode(c: number, fold: FoldTable | undefined): number {
  c = foldUnit(c, fold);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) ? c : -1; // a-z, 0-9 (A-Z folded already)
  if (isIdeograph(c)) return c;
  if (c >= 0xd800 && c <= 0xdfff) return -1; // astral (emoji, rare ideographs): dropped
  // Punctuation, symbols and other scripts: classified with a Unicode regex the first time only.
  let code = otherCodes[c]!;
  if (code === 0) code = otherCodes[c] = classifyOther(c);
  return code === DROPPED ? -1 : code;
}

/** Per fold table, each code unit's normalised form as met (0 not yet seen, DROPPED dropped): one load per character. */
const memos = new WeakMap<FoldTable, Uint16Array>();
const unfoldedMemo = new Uint16Array(0x10000);

/** `text` reduced to its normalised code units (see the module comment), without building a string. */
export function normaliseCodes(text: string, fold?: FoldTable): Uint16Array {
  let memo = fold ? memos.get(fold) : unfoldedMemo;
  if (!memo) memos.set(fold!, (memo = new Uint16Array(0x10000)));
  const n = text.length;
  const out = new Uint16Array(n);
  let len = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let v = memo[c]!;
    if (v === 0) {
      const folded = foldCode(c, fold);
      v = memo[c] = folded < 0 ? DROPPED : folded;
    }
    if (v !== DROPPED) out[len++] = v;
  }
  return out.subarray(0, len);
}

/** Normalises `text` (see the module comment). Never throws. */
export function normalise(text: string, fold?: FoldTable): string {
  // Every kept unit is a BMP character (surrogates are dropped), so this decode is lossless.
  return new TextDecoder('utf-16le').decode(normaliseCodes(text, fold));
}
