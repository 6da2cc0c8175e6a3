/**
 * The one highlighter, for host pages (the overlay script) and our own reader page: shows a fact's
 * source sentence, scrolls it to the middle of the viewport and marks it.
 *
 * On a host page the mark never touches the page's DOM: the CSS Custom Highlight API paints a
 * Range from a highlight registry, and the one `::highlight()` rule that styles it is an adopted
 * stylesheet (added on first use, removable, invisible to the page's own stylesheets). Where the
 * API is missing the sentence is selected instead, which is just as harmless. Our own page (the
 * reader) styles the highlight itself and passes `ownClass`: no rule is added, and without the API
 * the sentence's element gets that class. Only one sentence is shown at a time; it is cleared on
 * the next choice, on Escape, and when the overlay closes.
 */
import { locateText } from '@/utils/page/locate';

export const HIGHLIGHT_NAME = 'stargate-source';

/** Yellow marker with dark text: legible on light and dark pages alike. */
export const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT_NAME}) { background-color: #ffd43b; color: #1a1a1a; }`;

export type ShowMode = 'highlight' | 'selection' | 'class';

export interface ShowOptions {
  /**
   * For our own pages, which style `::highlight(stargate-source)` and this class themselves: no
   * rule is added, and where the API is missing the element holding the sentence gets the class.
   */
  ownClass?: string;
}

interface Shown {
  ranges: Range[];
  mode: ShowMode;
  doc: Document;
  /** The elements given `ownClass` (mode 'class'). */
  classed: Element[];
  ownClass?: string;
}

let shown: Shown | null = null;
let stopListening: (() => void) | null = null;
/** The rule that paints the highlight, per document: an adopted sheet, or a <style> where those are missing. */
const ruleHolders = new WeakMap<Document, CSSStyleSheet | HTMLStyleElement>();

function highlightApi(doc: Document): { registry: HighlightRegistry; make: (ranges: Range[]) => Highlight } | null {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const registry = view?.CSS && 'highlights' in view.CSS ? view.CSS.highlights : undefined;
  const HighlightCtor = view && 'Highlight' in view ? view.Highlight : undefined;
  if (!registry || typeof HighlightCtor !== 'function') return null;
  return { registry, make: (ranges) => new HighlightCtor(...ranges) };
}

/** Adds the `::highlight()` rule to the page once, preferring an adopted stylesheet (no DOM node). */
function ensureHighlightRule(doc: Document): void {
  if (ruleHolders.has(doc)) return;
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (view && Array.isArray(doc.adoptedStyleSheets) && typeof view.CSSStyleSheet === 'function') {
    try {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(HIGHLIGHT_CSS);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      ruleHolders.set(doc, sheet);
      return;
    } catch {
      // Constructable sheets refused (old engine): fall back to one <style>.
    }
  }
  const style = doc.createElement('style');
  style.textContent = HIGHLIGHT_CSS;
  style.setAttribute('data-stargate-brief', 'highlight');
  (doc.head ?? doc.documentElement).append(style);
  ruleHolders.set(doc, style);
}

/** Takes our rule back out of the page (when the overlay script shuts down). */
export function removeHighlightRule(doc: Document = document): void {
  const holder = ruleHolders.get(doc);
  if (!holder) return;
  ruleHolders.delete(doc);
  if ('replaceSync' in holder) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== holder);
  else holder.remove();
}

function sameRange(a: Range, b: Range): boolean {
  return (
    a.startContainer === b.startContainer &&
    a.startOffset === b.startOffset &&
    a.endContainer === b.endContainer &&
    a.endOffset === b.endOffset
  );
}

function prefersReducedMotion(doc: Document): boolean {
  return doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

function elementOf(node: Node): Element | null {
  return node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
}

/** Scrolls the start of `range` to the middle of the viewport (the start: a joined sentence spans two blocks). */
function scrollToRange(range: Range, doc: Document): void {
  const el = elementOf(range.startContainer);
  el?.scrollIntoView?.({ block: 'center', inline: 'nearest', behavior: prefersReducedMotion(doc) ? 'auto' : 'smooth' });
}

/** Escape on the page clears the mark; a capturing listener so the page's own handlers cannot hide the key from us. */
function listenForEscape(doc: Document): () => void {
  const view = doc.defaultView;
  if (!view) return () => {};
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') clearSource();
  };
  view.addEventListener('keydown', onKey, true);
  return () => view.removeEventListener('keydown', onKey, true);
}

/**
 * Marks `ranges` (one sentence: usually one Range, two when the page tore a sentence apart) in
 * place of any earlier mark, and scrolls the first into view; says how they were marked.
 */
export function showRanges(
  ranges: readonly Range[],
  doc: Document = ranges[0]?.startContainer.ownerDocument ?? document,
  { ownClass }: ShowOptions = {},
): ShowMode {
  clearSource();
  const api = highlightApi(doc);
  let mode: ShowMode;
  const classed: Element[] = [];
  if (api) {
    if (!ownClass) ensureHighlightRule(doc);
    api.registry.set(HIGHLIGHT_NAME, api.make([...ranges]));
    mode = 'highlight';
  } else if (ownClass) {
    for (const range of ranges) {
      const el = elementOf(range.commonAncestorContainer);
      if (el) classed.push(el);
    }
    for (const el of classed) el.classList.add(ownClass);
    mode = 'class';
  } else {
    // A selection holds one range in most engines: the first piece stands for the sentence.
    const selection = doc.defaultView?.getSelection() ?? null;
    selection?.removeAllRanges();
    if (ranges[0]) selection?.addRange(ranges[0]);
    mode = 'selection';
  }
  shown = { ranges: [...ranges], mode, doc, classed, ownClass };
  stopListening = listenForEscape(doc);
  if (ranges[0]) scrollToRange(ranges[0], doc);
  return mode;
}

/** Marks one Range (see showRanges). */
export function showRange(range: Range, doc: Document = range.startContainer.ownerDocument ?? document, options?: ShowOptions): ShowMode {
  return showRanges([range], doc, options);
}

/** Removes the mark, if any. A selection is only cleared if it is still ours: the reader may have selected something since. */
export function clearSource(): void {
  stopListening?.();
  stopListening = null;
  const was = shown;
  shown = null;
  if (!was) return;
  if (was.mode === 'highlight') {
    highlightApi(was.doc)?.registry.delete(HIGHLIGHT_NAME);
    return;
  }
  if (was.mode === 'class') {
    for (const el of was.classed) if (was.ownClass) el.classList.remove(was.ownClass);
    return;
  }
  const selection = was.doc.defaultView?.getSelection() ?? null;
  const ours = was.ranges[0];
  if (selection && ours && selection.rangeCount === 1 && sameRange(selection.getRangeAt(0), ours)) selection.removeAllRanges();
}

/** The mark currently shown, for tests and for the overlay's state. */
export function shownSource(): { ranges: readonly Range[]; mode: ShowMode } | null {
  return shown ? { ranges: shown.ranges, mode: shown.mode } : null;
}

/** Whether the text a Range starts in is rendered: a hidden duplicate (an SEO copy, a closed tab) is no place to point at. */
function isRendered(range: Range): boolean {
  const node = range.startContainer;
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return !el || typeof el.checkVisibility !== 'function' || el.checkVisibility();
}

/** Where `sentence` is on the page (a rendered occurrence first), else the `pieces` found; [] when neither is. */
export function findSourceRanges(sentence: string, doc: Document = document, pieces: readonly string[] = []): Range[] {
  const whole = locateText(sentence, doc, isRendered);
  return whole ? [whole] : pieces.flatMap((piece) => locateText(piece, doc, isRendered) ?? []);
}

/**
 * Finds `sentence` on the page (a rendered occurrence first) and shows it; false (and nothing
 * shown) when it is not there. `pieces` are the parts of a sentence the page may have torn apart
 * (a joined sentence on a reprint that reorders paragraphs): when the whole is not found, every
 * piece that is found is shown.
 */
export function showSourceText(sentence: string, doc: Document = document, pieces: readonly string[] = []): boolean {
  const ranges = findSourceRanges(sentence, doc, pieces);
  if (ranges.length === 0) {
    clearSource();
    return false;
  }
  showRanges(ranges, doc);
  return true;
}
