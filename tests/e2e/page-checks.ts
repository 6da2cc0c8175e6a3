/**
 * What the article page shows, read inside the page: self-contained functions for
 * `page.evaluate` in Playwright (Chromium) and in puppeteer (Firefox) alike.
 */

export interface NoiseState {
  /** How many elements the detector marked, per kind (caption, counter, author). */
  kinds: Record<string, number>;
  /** Every marked element has computed `display: none`. */
  hiddenAll: boolean;
  /** The article's first paragraph still shows. */
  bodyShown: boolean;
}

export function noiseState(): NoiseState {
  const marked = [...document.querySelectorAll('[data-stargate-noise]')];
  const kinds: Record<string, number> = {};
  for (const el of marked) {
    const kind = el.getAttribute('data-stargate-noise') ?? '?';
    kinds[kind] = (kinds[kind] ?? 0) + 1;
  }
  const paragraph = document.querySelector('p');
  return {
    kinds,
    hiddenAll: marked.length > 0 && marked.every((el) => getComputedStyle(el).display === 'none'),
    bodyShown: !!paragraph && getComputedStyle(paragraph).display !== 'none',
  };
}

/** The overlay panel is on the page, laid out, and says the page has the whole article. */
export function overlayShowsWholeArticle(): boolean {
  const panel = document.querySelector('stargate-brief-overlay')?.shadowRoot?.querySelector('.sgb-overlay');
  return (
    panel instanceof HTMLElement &&
    panel.getBoundingClientRect().width > 0 &&
    panel.querySelector('.sgb-state')?.getAttribute('data-state') === 'match'
  );
}
