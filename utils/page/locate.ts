/**
 * Finds a span of the parsed copy (a sentence) on the live page and returns a DOM `Range` over it.
 *
 * Host pages never reproduce the text byte for byte: they re-flow whitespace, swap full-width and
 * ASCII punctuation, and even break one sentence across two paragraphs (`…甚至让他长期` /
 * `“美国总理”,…`). So both sides are compared in a normalised form: whitespace dropped, width
 * variants and typographic quotes/dashes folded, ASCII lower-cased, Traditional characters folded
 * to the Simplified ones the article uses (a reprint in Traditional script is still the article:
 * the detector says so, and the sentences must then be found too). The page side keeps, for every
 * normalised character, where in which text node it came from, so a match maps back to the
 * original nodes. Pure DOM: no layout reads, nothing from the page is ever parsed as markup.
 */

import { fold as traditionalPairs } from '@/assets/fingerprint.json';
import { foldTable, foldUnit, isInvisible, PUNCTUATION } from '@/utils/text/fold';
import { isSkippedElement } from '@/utils/text/skip';

/** Traditional → Simplified for the article's own characters: the detector's table, decoded by the shared decoder. */
// Pure: a bundle that imports the highlighter without locating (the reader) leaves the table out.
const TRADITIONAL = /* @__PURE__ */ foldTable(traditionalPairs);

/**
 * The normalised form of one code point: '' when invisible, otherwise one or more characters
 * (NFKC may expand, e.g. '…' → '...'). Width, case and script are folded as detection folds
 * them (utils/text/fold.ts); unlike detection, punctuation is kept, its variants folded.
 */
export function normaliseCodePoint(cp: string): string {
  if (isInvisible(cp)) return '';
  if (cp.length === 1) {
    const code = cp.charCodeAt(0);
    const folded = foldUnit(code, TRADITIONAL);
    // ASCII needs no NFKC, nor does a character the shared fold already changed.
    if (folded < 0x80 || folded !== code) {
      const ch = String.fromCharCode(folded);
      return PUNCTUATION[ch] ?? ch;
    }
  }
  const typographic = PUNCTUATION[cp];
  if (typographic !== undefined) return typographic;
  // The rest goes through NFKC for full-width forms, ligatures and '…'.
  let out = '';
  for (const ch of cp.normalize('NFKC')) {
    if (isInvisible(ch)) continue;
    out += PUNCTUATION[ch] ?? ch.toLowerCase();
  }
  return out;
}

/** The normalised form of a string, as compared against the page. */
export function normaliseText(text: string): string {
  let out = '';
  for (const cp of text) out += normaliseCodePoint(cp);
  return out;
}

/** The page's text, normalised, with every normalised character's origin. */
export interface TextIndex {
  readonly text: string;
  readonly nodes: readonly Text[];
  /** For each character of `text`: index into `nodes`. */
  readonly nodeOf: Int32Array;
  /** For each character of `text`: offset (UTF-16) in its node where its code point starts. */
  readonly startOf: Int32Array;
  /** For each character of `text`: offset in its node just past its code point. */
  readonly endOf: Int32Array;
}

/** Walks the text nodes of `root` that hold page prose, in document order. */
export function proseTextNodes(root: Node): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      // REJECT drops the element's whole subtree; SKIP only the element itself, not its children.
      if (node.nodeType === Node.ELEMENT_NODE) return isSkippedElement(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/** Builds the normalised index of the prose under `root`. */
export function buildTextIndex(root: Node): TextIndex {
  const nodes = proseTextNodes(root);
  let text = '';
  const nodeOf: number[] = [];
  const startOf: number[] = [];
  const endOf: number[] = [];
  nodes.forEach((node, n) => {
    const data = node.data;
    let offset = 0;
    for (const cp of data) {
      const norm = normaliseCodePoint(cp);
      const end = offset + cp.length;
      for (let k = 0; k < norm.length; k++) {
        nodeOf.push(n);
        startOf.push(offset);
        endOf.push(end);
      }
      text += norm;
      offset = end;
    }
  });
  return { text, nodes, nodeOf: Int32Array.from(nodeOf), startOf: Int32Array.from(startOf), endOf: Int32Array.from(endOf) };
}

/** Whether normalised position `i` begins a new source code point (not the middle of an expansion). */
function startsSourceChar(index: TextIndex, i: number): boolean {
  return i === 0 || index.nodeOf[i - 1] !== index.nodeOf[i] || index.startOf[i - 1] !== index.startOf[i];
}

/**
 * The Range over `query` in the indexed prose, or null. A match has to begin and end on whole
 * source characters: one that cuts an expansion in half (a third of '…') would give a Range over
 * more than was asked for, so the search goes on past it. Where the text occurs more than once,
 * the first occurrence `prefer` accepts wins (the caller may, say, prefer one that is rendered),
 * else the first occurrence.
 */
export function rangeInIndex(index: TextIndex, query: string, prefer?: (range: Range) => boolean): Range | null {
  const needle = normaliseText(query);
  if (needle.length === 0) return null;
  let first: Range | null = null;
  for (let at = index.text.indexOf(needle); at >= 0; at = index.text.indexOf(needle, at + 1)) {
    const after = at + needle.length;
    if (!startsSourceChar(index, at) || (after < index.text.length && !startsSourceChar(index, after))) continue;
    const startNode = index.nodes[index.nodeOf[at] ?? -1];
    const endNode = index.nodes[index.nodeOf[after - 1] ?? -1];
    if (!startNode || !endNode) return first;
    const range = (startNode.ownerDocument ?? document).createRange();
    range.setStart(startNode, index.startOf[at] ?? 0);
    range.setEnd(endNode, index.endOf[after - 1] ?? 0);
    if (!prefer || prefer(range)) return range;
    first ??= range;
  }
  return first;
}

interface CachedIndex {
  index: TextIndex | null;
  observer: MutationObserver | null;
}

/** One index per document, dropped whenever the page's text or structure changes. */
const cache = new WeakMap<Document, CachedIndex>();

function cachedIndex(doc: Document): TextIndex | null {
  const body = doc.body;
  if (!body) return null;
  let entry = cache.get(doc);
  if (!entry) {
    entry = { index: null, observer: null };
    cache.set(doc, entry);
    const view = doc.defaultView;
    if (view && typeof view.MutationObserver === 'function') {
      const held = entry;
      // Attributes do not change the text; the noise switch flips one, and must not cost a rebuild.
      held.observer = new view.MutationObserver(() => {
        held.index = null;
      });
      held.observer.observe(doc.documentElement, { childList: true, characterData: true, subtree: true });
    }
  }
  // Without an observer nothing would tell us of changes: never trust an old index then.
  if (!entry.index || !entry.observer) entry.index = buildTextIndex(body);
  return entry.index;
}

/** Forgets the cached index of `doc` and stops watching it (when the overlay script shuts down). */
export function forgetDocument(doc: Document): void {
  cache.get(doc)?.observer?.disconnect();
  cache.delete(doc);
}

/**
 * Finds `sentence` (text from the parsed copy) on the page: a Range over the original nodes, or
 * null. `prefer` picks among repeated occurrences (see rangeInIndex).
 */
export function locateText(sentence: string, doc: Document = document, prefer?: (range: Range) => boolean): Range | null {
  const index = cachedIndex(doc);
  return index ? rangeInIndex(index, sentence, prefer) : null;
}
