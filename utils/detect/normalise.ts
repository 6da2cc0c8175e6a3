/**
 * Page-text normalisation for matching. Reprints differ in layout, whitespace, punctuation width
 * (ASCII `,` vs full-width `，`) and script (Traditional vs Simplified); none of that should
 * change whether a page holds the article. So both the article (at build time) and the page (at
 * run time) are reduced to the same alphabet: CJK characters, letters and digits, lowercased,
 * full-width ASCII folded to ASCII, and Traditional characters folded to the Simplified ones the
 * article uses (a small table covering only the article's own characters, see fingerprint.ts).
 * Everything else — whitespace, punctuation of both widths, symbols, emoji — is dropped.
 *
 * Linear in the input, one pass, no regular expression on the common path.
 */

/** Traditional → Simplified by UTF-16 code unit: `table[trad] = simp`, 0 where unmapped (128 KB, O(1)). */
export type FoldTable = Uint16Array;

/** Decodes the fingerprint's fold string: pairs of characters, Traditional then Simplified. */
export function foldTable(pairs: string): FoldTable {
  const table = new Uint16Array(0x10000);
  for (let i = 0; i + 1 < pairs.length; i += 2) table[pairs.charCodeAt(i)] = pairs.charCodeAt(i + 1);
  return table;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The normalised form of one UTF-16 code unit, or -1 when it is dropped. */
function foldCode(c: number, fold: FoldTable | undefined): number {
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0; // full-width ASCII → ASCII
  if (c < 0x80) {
    if (c >= 0x61 && c <= 0x7a) return c; // a-z
    if (c >= 0x30 && c <= 0x39) return c; // 0-9
    if (c >= 0x41 && c <= 0x5a) return c + 0x20; // A-Z → a-z
    return -1;
  }
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) {
    return (fold && fold[c]) || c; // CJK ideographs
  }
  if (c >= 0xd800 && c <= 0xdfff) return -1; // astral (emoji, rare ideographs): dropped
  const ch = String.fromCharCode(c);
  if (!LETTER_OR_DIGIT.test(ch)) return -1;
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : c;
}

/** Normalises `text` (see the module comment). Never throws. */
export function normalise(text: string, fold?: FoldTable): string {
  const n = text.length;
  const out = new Uint16Array(n);
  let len = 0;
  for (let i = 0; i < n; i++) {
    const c = foldCode(text.charCodeAt(i), fold);
    if (c >= 0) out[len++] = c;
  }
  // Every kept unit is a BMP character (surrogates are dropped), so this decode is lossless.
  return new TextDecoder('utf-16le').decode(out.subarray(0, len));
}
