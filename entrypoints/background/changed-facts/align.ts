/**
 * Aligns one sentence of the article (normalised) with a window of the page: semi-global edit
 * distance, the window's ends free. A character the page adds costs one; one it lacks or writes
 * differently costs two, so words an editor added never make the sentence's own edges look
 * missing (trimming the sentence where the page is free to skip would otherwise cost as little).
 * Facts are plain characters
 * here: what a fact's words became is read afterwards between the nearest characters both texts
 * share (judge.ts), so words an editor put beside a fact never become part of it.
 * O(tokens × window) time and memory; the tables are reused from one alignment to the next.
 */

export interface Alignment {
  /** Per character of the sentence: the page offset it is aligned with, or −1 where the page lacks it. */
  page: Int32Array;
  /** Per character of the sentence: 1 where the page has the same character there. */
  same: Uint8Array;
  /** Page offsets of the first and past the last page character aligned with the sentence. */
  start: number;
  end: number;
  /** Characters of the sentence the page has the same, and its edits (differing, missing, extra). */
  matched: number;
  edits: number;
}

let table = new Int32Array(0);

function tableOf(size: number): Int32Array {
  if (table.length < size) table = new Int32Array(size);
  return table;
}

/** Characters [from, to) of `page` are the window. Returns null when nothing of the sentence lines up with the page. */
export function align(text: string, page: Uint16Array, from: number, to: number): Alignment | null {
  const T = text.length;
  const W = to - from;
  if (T === 0 || W <= 0 || from < 0 || to > page.length) return null;
  const cols = W + 1;
  const D = tableOf((T + 1) * cols);
  D.fill(0, 0, cols); // row 0: start anywhere in the window
  for (let t = 1; t <= T; t++) {
    const row = t * cols;
    const prev = row - cols;
    const c = text.charCodeAt(t - 1);
    D[row] = t * MISSING;
    for (let k = 1; k <= W; k++) {
      const diag = D[prev + k - 1]! + (page[from + k - 1] === c ? 0 : SUB);
      const up = D[prev + k]! + MISSING;
      const left = D[row + k - 1]! + EXTRA;
      D[row + k] = diag < up ? (diag < left ? diag : left) : up < left ? up : left;
    }
  }
  // Free end: the best column of the last row (the leftmost of equals).
  const last = T * cols;
  let k = 0;
  for (let j = 1; j <= W; j++) if (D[last + j]! < D[last + k]!) k = j;
  return traceBack(text, page, from, cols, k);
}

/**
 * Walks the table back from column `k` of the last row. Among equal paths it prefers a shared
 * character, then a character the page adds, then a differing one, then one the page lacks: added
 * words stay added words rather than stand-ins for the sentence's own. In a cut-off tail (before the
 * first match, walking back) a character the page lacks comes first.
 */
function traceBack(text: string, page: Uint16Array, from: number, cols: number, k: number): Alignment | null {
  const T = text.length;
  const at = new Int32Array(T).fill(-1);
  const same = new Uint8Array(T);
  let matched = 0;
  let edits = 0;
  let start = -1;
  let end = -1;
  let t = T;
  while (t > 0) {
    const row = t * cols;
    const prev = row - cols;
    const cur = D(row + k);
    const equal = k > 0 && page[from + k - 1] === text.charCodeAt(t - 1);
    const diagonal = k > 0 && cur === D(prev + k - 1) + (equal ? 0 : SUB);
    if (end < 0 && equal && cur === D(prev + k) + MISSING) {
      // The copy's tail, cut off (nothing matched yet): a character the page lacks before a match of equal cost, so
      // the page's last words stand for the sentence's earliest that fit (…庆祝特朗普 | cut: the first 特朗普, not the next).
      edits++;
      t--;
      continue;
    }
    if (diagonal && equal) {
      at[t - 1] = from + k - 1;
      same[t - 1] = 1;
      matched++;
    } else if (k > 0 && cur === D(row + k - 1) + EXTRA) {
      if (end >= 0) edits++; // a page character the sentence lacks, inside it
      k--;
      continue;
    } else if (diagonal) {
      at[t - 1] = from + k - 1;
      edits++;
    } else {
      edits++; // the page lacks this character
      t--;
      continue;
    }
    if (end < 0) end = from + k;
    start = from + k - 1;
    t--;
    k--;
  }
  if (start < 0) return null;
  return { page: at, same, start, end, matched, edits };
}

const D = (i: number) => table[i]!;
/** Costs: a character the page adds, one it lacks, one it writes differently. */
const EXTRA = 1;
const MISSING = 2;
const SUB = 2;
