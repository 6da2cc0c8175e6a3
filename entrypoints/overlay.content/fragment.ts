/**
 * Reads the page as a Text Fragment search sees it — the rendered text of each block, whitespace
 * collapsed — and turns a located sentence (DOM Ranges) into a link to it (entrypoints/overlay.content/text-fragment.ts).
 *
 * Runs on a user's "copy link" only, so it may read computed styles. The noise this extension
 * hides (captions, read counter, author card) counts as shown: whoever opens the link sees the
 * page without the extension.
 */
import type { Piece, FragmentResult } from './text-fragment';
import { textFragmentFor } from './text-fragment';
import { proseTextNodes } from '@/utils/page/locate';

const NOISE_ATTRIBUTE = 'data-stargate-noise';

export interface PageBlocks {
  blocks: string[];
  /** For each text node read: its block and, per UTF-16 offset (0…length), the offset in that block's text. */
  where: Map<Text, { block: number; offsets: Int32Array }>;
}

function isInlineDisplay(display: string): boolean {
  return display.startsWith('inline') || display === 'contents' || display === 'ruby' || display.startsWith('ruby-');
}

/** The nearest ancestor laid out as a block: where the browser's search starts a new run of text. */
function blockOf(node: Text, cache: Map<Element, boolean>): Element | null {
  for (let el = node.parentElement; el; el = el.parentElement) {
    let block = cache.get(el);
    if (block === undefined) {
      const view = el.ownerDocument.defaultView;
      const display = view ? view.getComputedStyle(el).display : 'block';
      // display:none only happens to hidden noise here (see isShown); it is a block of its own.
      block = !isInlineDisplay(display);
      cache.set(el, block);
    }
    if (block) return el;
  }
  return null;
}

/** Whether the text shows to someone opening the page without the extension. */
function isShown(node: Text): boolean {
  const el = node.parentElement;
  if (!el) return false;
  if (el.closest(`[${NOISE_ATTRIBUTE}]`)) return true;
  return typeof el.checkVisibility !== 'function' || el.checkVisibility();
}

/** The page's blocks of rendered text under `root`. */
export function readBlocks(root: Node): PageBlocks {
  const blocks: string[] = [];
  const where = new Map<Text, { block: number; offsets: Int32Array }>();
  const displayCache = new Map<Element, boolean>();
  let current: Element | null | undefined;
  let text = '';
  const flush = () => {
    if (current !== undefined) blocks.push(text);
    text = '';
  };
  for (const node of proseTextNodes(root)) {
    if (!isShown(node)) continue;
    const block = blockOf(node, displayCache);
    if (block !== current && node.data.trim() === '') continue; // layout whitespace between blocks
    if (block !== current || current === undefined) {
      // Text after a nested block's end belongs to its parent again: a new run all the same.
      flush();
      current = block;
    }
    const data = node.data;
    const offsets = new Int32Array(data.length + 1);
    for (let i = 0; i < data.length; i++) {
      offsets[i] = text.length;
      const ch = data[i]!;
      if (/\s/.test(ch)) {
        if (text.length > 0 && !text.endsWith(' ')) text += ' ';
      } else {
        text += ch;
      }
    }
    offsets[data.length] = text.length;
    where.set(node, { block: blocks.length, offsets });
  }
  flush();
  return { blocks, where };
}

/** The pieces of the page's blocks that `ranges` cover, in document order, one per block. */
export function piecesOf(page: PageBlocks, ranges: readonly Range[]): Piece[] {
  const byBlock = new Map<number, Piece>();
  for (const range of ranges) {
    for (const [node, { block, offsets }] of page.where) {
      if (!range.intersectsNode(node)) continue;
      const from = node === range.startContainer ? range.startOffset : 0;
      const to = node === range.endContainer ? range.endOffset : node.data.length;
      const start = offsets[from] ?? 0;
      const end = offsets[to] ?? start;
      if (end <= start) continue;
      const piece = byBlock.get(block);
      byBlock.set(block, piece ? { block, start: Math.min(piece.start, start), end: Math.max(piece.end, end) } : { block, start, end });
    }
  }
  return [...byBlock.values()].sort((a, b) => a.block - b.block);
}

/** The Text Fragment for the sentence `ranges` cover on `doc`, or null. */
export function fragmentForRanges(ranges: readonly Range[], doc: Document = document): FragmentResult | null {
  if (!doc.body || ranges.length === 0) return null;
  const page = readBlocks(doc.body);
  return textFragmentFor(page.blocks, piecesOf(page, ranges));
}
