/**
 * Aligns one sentence of the article with a window of the page (both normalised), treating each
 * fact as a slot: the page text a slot takes is that page's words for the fact. Semi-global edit
 * distance (the window's ends are free): a differing, missing or extra character of the prose
 * costs EDIT; a slot takes either the article's own words at no cost, or any run of page
 * characters at SLOT per character (never both, so two neighbouring facts cannot trade words).
 * A few characters of the article either side of the sentence are aligned too (context), so a
 * fact at the sentence's edge is bounded by text rather than by the free window end.
 * A run never crosses a line break or sentence end of the page. O(tokens × window) time and memory.
 */
import type { Slot } from './prepare';
import { holds } from './text';

const EDIT = 10;
const SLOT = 1;
/** Larger than any cost (kept in Int32 range so the tables stay integer arrays). */
const NEVER = 1 << 29;

export interface Alignment {
  /** Page offsets (normalised) each slot took, [from, to). */
  slots: [number, number][];
  /** Page offsets of the first and past the last page character aligned to the sentence itself. */
  start: number;
  end: number;
  /** Prose characters of the sentence matched exactly, and its edits (substitutions, insertions, deletions). */
  matched: number;
  edits: number;
}

/** The cost tables, reused from one alignment to the next. D: best cost (row 0 zero: free start anywhere in the window); run: slot rows, the cost when the slot takes a run of any characters. */
let scratch = { D: new Int32Array(0), run: new Int32Array(0) };

function tables(size: number): { D: Int32Array; run: Int32Array } {
  if (scratch.D.length < size) scratch = { D: new Int32Array(size), run: new Int32Array(size) };
  scratch.D.fill(0, 0, size);
  return scratch;
}

type Token = { slot: Slot; index: number } | { code: number; context: boolean };

function tokens(sentence: string, slots: readonly Slot[], before: string, after: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < before.length; i++) out.push({ code: before.charCodeAt(i), context: true });
  let i = 0;
  slots.forEach((slot, index) => {
    for (; i < slot.from; i++) out.push({ code: sentence.charCodeAt(i), context: false });
    out.push({ slot, index });
    i = slot.to;
  });
  for (; i < sentence.length; i++) out.push({ code: sentence.charCodeAt(i), context: false });
  for (let j = 0; j < after.length; j++) out.push({ code: after.charCodeAt(j), context: true });
  return out;
}

/**
 * `breaks[k]` (see text.ts) marks a line break or sentence end before page character k: a slot's
 * run of page characters never crosses one, so a changed fact at a sentence's edge cannot take
 * the neighbouring line's words.
 */
export function align(
  sentence: string,
  slots: readonly Slot[],
  page: Uint16Array,
  breaks: Uint8Array,
  from: number,
  to: number,
  before = '',
  after = '',
): Alignment | null {
  const toks = tokens(sentence, slots, before, after);
  const T = toks.length;
  const W = to - from;
  if (T === 0 || W <= 0 || from < 0 || to > page.length) return null;
  const cols = W + 1;
  const { D, run } = tables((T + 1) * cols);
  for (let t = 0; t < T; t++) {
    const tok = toks[t]!;
    const prev = t * cols;
    const row = prev + cols;
    if ('slot' in tok) {
      const want = tok.slot.norm;
      const n = want.length;
      run[row] = D[prev]!;
      D[row] = D[prev]!;
      for (let k = 1; k <= W; k++) {
        // Take page character k−1: starting a run there, or going on with one unless a break lies before it.
        const r = Math.min(D[prev + k]!, D[prev + k - 1]! + SLOT, breaks[from + k - 1] ? NEVER : run[row + k - 1]! + SLOT);
        run[row + k] = r;
        D[row + k] = k >= n && D[prev + k - n]! < r && holds(page, from + k - n, want) ? D[prev + k - n]! : r;
      }
    } else {
      D[row] = D[prev]! + EDIT;
      for (let k = 1; k <= W; k++) {
        const diag = D[prev + k - 1]! + (page[from + k - 1] === tok.code ? 0 : EDIT);
        D[row + k] = Math.min(diag, D[prev + k]! + EDIT, D[row + k - 1]! + EDIT);
      }
    }
  }
  // Free end: the best column of the last row.
  const last = T * cols;
  let k = 0;
  for (let j = 1; j <= W; j++) if (D[last + j]! < D[last + k]!) k = j;
  const slotSpans: [number, number][] = slots.map(() => [from, from]);
  let matched = 0;
  let edits = 0;
  let start = -1;
  let end = -1;
  /** Marks page character k−1 (window) as aligned to the sentence itself. */
  const mark = (kk: number) => {
    if (end < 0) end = kk;
    start = kk - 1;
  };
  for (let t = T - 1; t >= 0; t--) {
    const tok = toks[t]!;
    const prev = t * cols;
    const row = prev + cols;
    if ('slot' in tok) {
      const want = tok.slot.norm;
      const slotEnd = k;
      if (
        D[row + k]! !== run[row + k]! ||
        (k >= want.length && D[prev + k - want.length]! === D[row + k]! && holds(page, from + k - want.length, want))
      ) {
        k -= want.length; // the article's own words
      } else {
        // A run of the page's characters, back to where it started.
        while (k > 0 && run[row + k]! !== D[prev + k]!) {
          const startsHere = run[row + k]! === D[prev + k - 1]! + SLOT;
          k--;
          if (startsHere) break;
        }
      }
      slotSpans[tok.index] = [from + k, from + slotEnd];
      if (slotEnd > k) {
        if (end < 0) end = slotEnd;
        start = k;
      }
    } else if (k > 0 && D[row + k]! === D[prev + k - 1]! + (page[from + k - 1] === tok.code ? 0 : EDIT)) {
      const same = page[from + k - 1] === tok.code;
      if (!tok.context) {
        if (same) matched++;
        else edits++;
        mark(k);
      }
      k--;
    } else if (D[row + k]! === D[prev + k]! + EDIT) {
      if (!tok.context) edits++; // the page lacks this character
    } else {
      if (!tok.context) {
        edits++; // the page has an extra character
        mark(k);
      }
      k--;
      t++; // same token, one page character to the left
    }
  }
  if (start < 0) return null;
  return { slots: slotSpans, start: from + start, end: from + end, matched, edits };
}
