/**
 * Links to a sentence on a page with a Text Fragment (`#:~:text=[prefix-,]start[,end][,-suffix]`,
 * https://wicg.github.io/scroll-to-text-fragment/): any browser that supports them scrolls to the
 * sentence and marks it, without the extension. Pure: the caller (entrypoints/overlay.content/fragment.ts) reads
 * the page's rendered text into blocks and says which parts of which blocks the sentence covers.
 *
 * The browser searches the rendered text block by block (a term never matches across a block
 * boundary), case-insensitively, and takes the FIRST match in document order. So:
 * - a sentence inside one block is linked by its exact words (up to MAX_EXACT characters);
 * - a sentence the host split over two blocks (`…甚至让他长期` / `“美国总理”,…`) is linked as a
 *   range, `textStart` the words in the first block and `textEnd` those in the last;
 * - where a term occurs earlier on the page too, a prefix (the clause before it) and if needed a
 *   suffix (the clause after) make the first match ours. Context is cut at punctuation, which is
 *   always a word boundary, because the browser requires terms to begin and end at word
 *   boundaries (ICU's dictionary segmentation for Chinese, which we cannot reproduce here).
 */

/** One piece of the sentence: `[start, end)` of `blocks[block]`. */
export interface Piece {
  block: number;
  start: number;
  end: number;
}

export interface TextDirective {
  prefix?: string;
  start: string;
  end?: string;
  suffix?: string;
}

/** Chromium's own link-to-highlight uses exact text up to this length, a range beyond it. */
export const MAX_EXACT = 300;

/** Characters after which a new word always begins (clause and sentence punctuation, quotes, brackets). */
const BREAK = /[\s,.;:!?'"()[\]{}<>，。；：！？、“”‘’「」『』（）《》〈〉【】…—-]/u;

/**
 * Percent-encodes one term: everything `encodeURIComponent` encodes (which includes `&` and `,`),
 * plus `-`, which the directive's syntax reserves for prefix and suffix.
 */
export function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

export function formatDirective(d: TextDirective): string {
  const parts = [
    d.prefix ? `${encodeTerm(d.prefix)}-` : '',
    encodeTerm(d.start),
    d.end ? encodeTerm(d.end) : '',
    d.suffix ? `-${encodeTerm(d.suffix)}` : '',
  ];
  return `text=${parts.filter(Boolean).join(',')}`;
}

/** `url` with the directive as its fragment directive; the page's own `#fragment` stays before it. */
export function withTextFragment(url: string, directive: TextDirective): string {
  const hash = url.indexOf('#');
  const base = hash < 0 ? url : url.slice(0, hash);
  const fragment = hash < 0 ? '' : url.slice(hash + 1).split(':~:')[0];
  return `${base}#${fragment}:~:${formatDirective(directive)}`;
}

/* ------------------------------------------------------- the browser's search */

interface Position {
  block: number;
  index: number;
}

const fold = (s: string) => s.toLowerCase();

/** Whether `text` ends with `tail` (ignoring whitespace after it), case-insensitively. */
function endsWithTerm(text: string, tail: string): boolean {
  return fold(text.trimEnd()).endsWith(fold(tail));
}

/** The text before `index` in `block`, reaching into the previous block when nothing but whitespace precedes it. */
function textBefore(blocks: readonly string[], at: Position): string {
  const own = blocks[at.block]!.slice(0, at.index);
  return own.trim() === '' && at.block > 0 ? blocks[at.block - 1]! : own;
}

function textAfter(blocks: readonly string[], block: number, index: number): string {
  const own = blocks[block]!.slice(index);
  return own.trim() === '' && block + 1 < blocks.length ? blocks[block + 1]! : own;
}

/** Every occurrence of `term` in document order, never across a block boundary. */
function* occurrences(blocks: readonly string[], term: string, from: Position = { block: 0, index: 0 }): Generator<Position> {
  const needle = fold(term);
  if (!needle) return;
  for (let b = from.block; b < blocks.length; b++) {
    const hay = fold(blocks[b]!);
    for (let i = hay.indexOf(needle, b === from.block ? from.index : 0); i >= 0; i = hay.indexOf(needle, i + 1))
      yield { block: b, index: i };
  }
}

/** Where the browser's first match of `d` begins and ends (block and offset of the end), or null. */
export function firstMatch(blocks: readonly string[], d: TextDirective): { start: Position; end: Position } | null {
  for (const at of occurrences(blocks, d.start)) {
    if (d.prefix && !endsWithTerm(textBefore(blocks, at), d.prefix)) continue;
    let end: Position = { block: at.block, index: at.index + d.start.length };
    if (d.end) {
      const found = occurrences(blocks, d.end, end).next();
      if (found.done) return null; // no end after this start: the browser gives up
      end = { block: found.value.block, index: found.value.index + d.end.length };
    }
    if (d.suffix && !fold(textAfter(blocks, end.block, end.index).trimStart()).startsWith(fold(d.suffix))) continue;
    return { start: at, end };
  }
  return null;
}

/* ------------------------------------------------------------ making a link */

/** Ways to cut context before `index`: from each clause break back to the block start, shortest first. */
function prefixes(text: string): string[] {
  const out: string[] = [];
  for (let p = text.length - 1; p >= 0; p--) {
    if (p === 0 || BREAK.test(text[p - 1]!)) {
      const candidate = text.slice(p).trim();
      if (candidate && candidate !== out[out.length - 1]) out.push(candidate);
    }
  }
  return out;
}

/** Context after the sentence: up to each clause break, shortest first. */
function suffixes(text: string): string[] {
  const out: string[] = [];
  for (let p = 1; p <= text.length; p++) {
    if (p === text.length || BREAK.test(text[p - 1]!)) {
      const candidate = text.slice(0, p).trim();
      if (candidate && candidate !== out[out.length - 1]) out.push(candidate);
    }
  }
  return out;
}

/** A long single-block sentence as start and end clauses, cut at breaks near its ends. */
function splitLong(term: string): { start: string; end: string } {
  const head = suffixes(term).find((s) => s.length >= 20) ?? term.slice(0, 40);
  const tail = prefixes(term).find((s) => s.length >= 20) ?? term.slice(-40);
  return { start: head, end: tail };
}

export interface FragmentResult {
  directive: TextDirective;
  /** False when no context made the first match ours (the link may land on an earlier copy). */
  unique: boolean;
}

/**
 * The directive that makes the browser mark exactly `pieces` (one piece, or the pieces of a
 * sentence over several blocks, in document order). Null when the pieces are empty or invalid.
 */
export function textFragmentFor(blocks: readonly string[], pieces: readonly Piece[]): FragmentResult | null {
  const valid =
    pieces.length > 0 &&
    pieces.every((p, i) => {
      const block = blocks[p.block];
      return block !== undefined && p.start >= 0 && p.start < p.end && p.end <= block.length && (i === 0 || p.block > pieces[i - 1]!.block);
    });
  if (!valid) return null;
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  // Trim to the visible words: a term starting or ending in whitespace would never match.
  const words = (p: Piece) => blocks[p.block]!.slice(p.start, p.end);
  const lead = words(first).length - words(first).trimStart().length;
  const trail = words(last).length - words(last).trimEnd().length;
  const startAt: Position = { block: first.block, index: first.start + lead };
  const endAt: Position = { block: last.block, index: last.end - trail };

  let base: TextDirective;
  if (pieces.length === 1) {
    const term = words(first).trim();
    base = term.length <= MAX_EXACT ? { start: term } : splitLong(term);
  } else {
    base = { start: words(first).trim(), end: words(last).trim() };
  }
  if (!base.start) return null;

  const ours = (d: TextDirective) => {
    const m = firstMatch(blocks, d);
    return (
      !!m &&
      m.start.block === startAt.block &&
      m.start.index === startAt.index &&
      m.end.block === endAt.block &&
      m.end.index === endAt.index
    );
  };
  if (ours(base)) return { directive: base, unique: true };

  const before = blocks[startAt.block]!.slice(0, startAt.index);
  const after = blocks[endAt.block]!.slice(endAt.index);
  const prefixOptions = [undefined, ...prefixes(before)];
  const suffixOptions = [undefined, ...suffixes(after)];
  // Shortest context first: a prefix alone, then a suffix alone, then both.
  for (const suffix of suffixOptions) {
    for (const prefix of prefixOptions) {
      if (!prefix && !suffix) continue;
      const d: TextDirective = { ...base, ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) };
      if (ours(d)) return { directive: d, unique: true };
    }
  }
  return { directive: base, unique: false };
}
