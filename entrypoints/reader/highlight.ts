/**
 * Marks the sentence a fact comes from. The CSS Custom Highlight API paints it without touching
 * the DOM (and can cover a sentence in two parts); where it is missing, a class does the same.
 */
const HIGHLIGHT_NAME = 'stargate-source';
const FALLBACK_CLASS = 'is-source';

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}

function registry(): { registry: HighlightRegistry; Highlight: new (...ranges: Range[]) => unknown } | null {
  const g = globalThis as unknown as { CSS?: { highlights?: HighlightRegistry }; Highlight?: new (...ranges: Range[]) => unknown };
  return g.CSS?.highlights && g.Highlight ? { registry: g.CSS.highlights, Highlight: g.Highlight } : null;
}

export function clearSourceHighlight(doc: Document = document): void {
  registry()?.registry.delete(HIGHLIGHT_NAME);
  for (const el of doc.querySelectorAll(`.${FALLBACK_CLASS}`)) el.classList.remove(FALLBACK_CLASS);
}

/** Highlights sentence `id`, scrolls it into view and gives it focus for screen readers. */
export function highlightSentence(id: string, doc: Document = document): boolean {
  const el = doc.getElementById(id);
  if (!el) return false;
  clearSourceHighlight(doc);
  const api = registry();
  if (api) {
    const range = doc.createRange();
    range.selectNodeContents(el);
    api.registry.set(HIGHLIGHT_NAME, new api.Highlight(range));
  } else {
    el.classList.add(FALLBACK_CLASS);
  }
  const reduce = doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  el.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  el.focus({ preventScroll: true });
  return true;
}
