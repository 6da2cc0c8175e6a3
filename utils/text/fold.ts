/**
 * The one place text is folded for comparison, shared by detection (utils/detect/normalise.ts)
 * and sentence locating (utils/page/locate.ts). Both fold the same way — full-width ASCII to
 * ASCII, A–Z to a–z, Traditional to the Simplified characters the article uses — and pass by the
 * same elements (utils/text/skip.ts); they differ only in what they keep:
 *   - detection keeps letters, digits and ideographs, and drops everything else (punctuation,
 *     whitespace, symbols), so reprints that re-punctuate still match;
 *   - locating keeps everything a reader sees, with typographic variants folded (`PUNCTUATION`),
 *     so a match maps back to an exact range of the page.
 * Pure, no DOM.
 */

/** Traditional → Simplified by UTF-16 code unit: `table[trad] = simp`, 0 where unmapped (128 KB, O(1)). */
export type FoldTable = Uint16Array;

/** Decodes the fingerprint's fold string: pairs of characters, Traditional then Simplified. */
export function foldTable(pairs: string): FoldTable {
  const table = new Uint16Array(0x10000);
  for (let i = 0; i + 1 < pairs.length; i += 2) table[pairs.charCodeAt(i)] = pairs.charCodeAt(i + 1);
  return table;
}

/** CJK ideographs: the unified block, extension A and the compatibility block. */
export function isIdeograph(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/**
 * One UTF-16 code unit folded as both sides compare it: full-width ASCII → ASCII, A–Z → a–z, an
 * ideograph → its Simplified form from `fold`. Anything else is returned unchanged (what to keep
 * of it is the caller's business).
 */
export function foldUnit(c: number, fold: FoldTable | undefined): number {
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0; // full-width ASCII → ASCII
  if (c >= 0x41 && c <= 0x5a) return c + 0x20; // A-Z → a-z
  if (fold && isIdeograph(c)) return fold[c] || c;
  return c;
}

/** Typographic variants locating folds onto one character (after width folding). Detection drops them all. */
export const PUNCTUATION: Readonly<Record<string, string>> = {
  '“': '"',
  '”': '"',
  '„': '"',
  '‟': '"',
  '«': '"',
  '»': '"',
  '「': '"',
  '」': '"',
  '『': '"',
  '』': '"',
  '〝': '"',
  '〞': '"',
  '‘': "'",
  '’': "'",
  '‚': "'",
  '‛': "'",
  '′': "'",
  '`': "'",
  '—': '-',
  '–': '-',
  '―': '-',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '−': '-',
  '─': '-',
  '。': '.',
  '｡': '.',
  '・': '·',
};

/** Code points a reader does not see as text: whitespace of every width, zero-width marks, soft hyphen, BOM. */
const INVISIBLE = /^[\s\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]$/u;

export function isInvisible(cp: string): boolean {
  return INVISIBLE.test(cp);
}
