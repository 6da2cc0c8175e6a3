/**
 * Marks the sentence a fact comes from, with the one highlighter the overlay script uses too
 * (utils/page/highlight.ts). The reader styles `::highlight(stargate-source)` and `.is-source`
 * itself (reader.css); the class is the fallback where the Custom Highlight API is missing.
 */
import { showRange } from '@/utils/page/highlight';

const OWN_CLASS = 'is-source';

/** Highlights sentence `id`, scrolls it into view and gives it focus for screen readers. */
export function highlightSentence(id: string, doc: Document = document): boolean {
  const el = doc.getElementById(id);
  if (!el) return false;
  const range = doc.createRange();
  range.selectNodeContents(el);
  showRange(range, doc, { ownClass: OWN_CLASS });
  el.focus({ preventScroll: true });
  return true;
}
