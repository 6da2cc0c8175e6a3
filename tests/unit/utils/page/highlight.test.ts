// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  HIGHLIGHT_CSS,
  HIGHLIGHT_NAME,
  clearSource,
  removeHighlightRule,
  showRange,
  showSourceText,
  shownSource,
} from '@/utils/page/highlight';
import { forgetDocument } from '@/utils/page/locate';

/** A stand-in for the Custom Highlight API, which happy-dom does not implement. */
class FakeHighlight {
  readonly ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}

/** The page's window (the code under test reads `document.defaultView`, not the test's global scope). */
const view = () => document.defaultView as unknown as Record<string, unknown>;

let cssBefore: PropertyDescriptor | undefined;

function installHighlightApi(): Map<string, FakeHighlight> {
  const registry = new Map<string, FakeHighlight>();
  Object.defineProperty(view(), 'Highlight', { value: FakeHighlight, configurable: true, writable: true });
  // happy-dom hands out a fresh CSS object on every read: replace the property itself.
  cssBefore = Object.getOwnPropertyDescriptor(view(), 'CSS');
  Object.defineProperty(view(), 'CSS', { value: { highlights: registry }, configurable: true, writable: true });
  return registry;
}

function removeHighlightApi(): void {
  delete view().Highlight;
  if (cssBefore) Object.defineProperty(view(), 'CSS', cssBefore);
  else delete view().CSS; // uncovers happy-dom's own getter again
  cssBefore = undefined;
}

function page(): void {
  const p1 = document.createElement('p');
  p1.textContent = '马斯克称,他得到可靠消息,软银能拿出的资金远低于100亿美元。';
  const p2 = document.createElement('p');
  p2.textContent = '他慷慨解囊,捐出2.7亿美元支持特朗普。';
  document.body.replaceChildren(p1, p2);
}

const pressEscape = () => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));

let scrolled: Array<{ el: Element; options: unknown }>;

beforeEach(() => {
  page();
  scrolled = [];
  vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element, options?: unknown) {
    scrolled.push({ el: this, options });
  });
});

afterEach(() => {
  clearSource();
  removeHighlightRule();
  removeHighlightApi();
  forgetDocument(document);
  vi.restoreAllMocks();
  window.getSelection()?.removeAllRanges();
});

describe('with the Custom Highlight API', () => {
  it('registers one highlight over the sentence and adds the ::highlight rule once, as an adopted sheet', () => {
    const registry = installHighlightApi();
    const replaceSync = vi.spyOn(CSSStyleSheet.prototype, 'replaceSync');
    expect(showSourceText('软银能拿出的资金远低于100亿美元。')).toBe(true);
    expect(shownSource()?.mode).toBe('highlight');
    const h = registry.get(HIGHLIGHT_NAME);
    expect(h?.ranges[0]?.toString()).toBe('软银能拿出的资金远低于100亿美元。');
    expect(showSourceText('捐出2.7亿美元支持特朗普。')).toBe(true);
    expect(registry.get(HIGHLIGHT_NAME)?.ranges[0]?.toString()).toBe('捐出2.7亿美元支持特朗普。');
    expect(document.adoptedStyleSheets).toHaveLength(1);
    expect(replaceSync).toHaveBeenCalledTimes(1);
    expect(replaceSync).toHaveBeenCalledWith(HIGHLIGHT_CSS);
    expect(document.querySelectorAll('style')).toHaveLength(0); // nothing added to the page's DOM
    // The selection (the reader's) is left alone.
    expect(window.getSelection()?.rangeCount ?? 0).toBe(0);
  });

  it('keeps the page’s own adopted sheets and removes only its own', () => {
    installHighlightApi();
    const pageSheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [pageSheet];
    showSourceText('他慷慨解囊');
    expect(document.adoptedStyleSheets).toHaveLength(2);
    expect(document.adoptedStyleSheets[0]).toBe(pageSheet);
    removeHighlightRule();
    expect(document.adoptedStyleSheets).toEqual([pageSheet]);
    document.adoptedStyleSheets = [];
  });

  it('clears on Escape, and stops listening once cleared', () => {
    const registry = installHighlightApi();
    const add = vi.spyOn(window, 'addEventListener');
    const remove = vi.spyOn(window, 'removeEventListener');
    showSourceText('他慷慨解囊');
    const listeners = add.mock.calls.filter(([type]) => type === 'keydown');
    expect(listeners).toHaveLength(1);
    pressEscape();
    expect(registry.has(HIGHLIGHT_NAME)).toBe(false);
    expect(shownSource()).toBeNull();
    // The very listener it added is the one it takes away.
    expect(remove).toHaveBeenCalledWith('keydown', listeners[0]![1], true);
  });

  it('shows the pieces of a torn sentence when the whole is not on the page', () => {
    const registry = installHighlightApi();
    // Two halves of one "sentence", in the wrong order on the page.
    expect(showSourceText('支持特朗普。马斯克称', document, ['支持特朗普。', '马斯克称'])).toBe(true);
    expect(registry.get(HIGHLIGHT_NAME)?.ranges.map((r) => r.toString())).toEqual(['支持特朗普。', '马斯克称']);
    // Whole found: the pieces are not used.
    expect(showSourceText('他慷慨解囊,捐出', document, ['他慷慨', '解囊'])).toBe(true);
    expect(registry.get(HIGHLIGHT_NAME)?.ranges.map((r) => r.toString())).toEqual(['他慷慨解囊,捐出']);
  });

  it('returns false and clears the old highlight when the sentence is not on the page', () => {
    const registry = installHighlightApi();
    showSourceText('他慷慨解囊');
    expect(showSourceText('这句话不在页面上。')).toBe(false);
    expect(registry.has(HIGHLIGHT_NAME)).toBe(false);
  });
});

describe('without the Custom Highlight API (fallback)', () => {
  it('selects the sentence instead, and clears its own selection', () => {
    expect(showSourceText('软银能拿出的资金远低于100亿美元。')).toBe(true);
    expect(shownSource()?.mode).toBe('selection');
    expect(window.getSelection()?.toString()).toBe('软银能拿出的资金远低于100亿美元。');
    pressEscape();
    expect(window.getSelection()?.rangeCount).toBe(0);
  });

  it('does not clear a selection the reader made since', () => {
    showSourceText('软银能拿出的资金');
    const mine = document.createRange();
    mine.selectNodeContents(document.body.lastChild as Node);
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(mine);
    clearSource();
    expect(window.getSelection()?.toString()).toBe('他慷慨解囊,捐出2.7亿美元支持特朗普。');
  });
});

describe('scrolling', () => {
  it('centres the sentence, smoothly', () => {
    installHighlightApi();
    showSourceText('捐出2.7亿美元');
    expect(scrolled).toHaveLength(1);
    expect(scrolled[0]?.el).toBe(document.body.lastChild);
    expect(scrolled[0]?.options).toMatchObject({ block: 'center', behavior: 'smooth' });
  });

  it('jumps instead of gliding when the reader prefers reduced motion', () => {
    installHighlightApi();
    vi.spyOn(window, 'matchMedia').mockImplementation(
      (query: string) => ({ matches: query.includes('reduce'), media: query }) as MediaQueryList,
    );
    const range = document.createRange();
    range.selectNodeContents(document.body.firstChild as Node);
    showRange(range);
    expect(scrolled[0]?.options).toMatchObject({ block: 'center', behavior: 'auto' });
  });
});

describe('on an engine without adopted stylesheets', () => {
  it('adds one <style> on first use and takes it out again', () => {
    installHighlightApi();
    Object.defineProperty(document, 'adoptedStyleSheets', { value: undefined, configurable: true });
    try {
      showSourceText('他慷慨解囊');
      showSourceText('捐出2.7亿美元');
      const styles = document.querySelectorAll('style[data-stargate-brief]');
      expect(styles).toHaveLength(1);
      expect(styles[0]?.textContent).toBe(HIGHLIGHT_CSS);
      removeHighlightRule();
      expect(document.querySelectorAll('style[data-stargate-brief]')).toHaveLength(0);
    } finally {
      delete (document as unknown as Record<string, unknown>).adoptedStyleSheets;
    }
  });
});

describe('on our own page (the reader: ownClass)', () => {
  const sentenceRange = () => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('p')!);
    return range;
  };

  it('uses the Custom Highlight API but adds no rule: the page styles the highlight itself', () => {
    const registry = installHighlightApi();
    expect(showRange(sentenceRange(), document, { ownClass: 'is-source' })).toBe('highlight');
    expect(registry.get(HIGHLIGHT_NAME)?.ranges[0]?.toString()).toContain('软银');
    expect(document.adoptedStyleSheets).toHaveLength(0);
    expect(document.querySelectorAll('style, .is-source')).toHaveLength(0);
    expect(scrolled[0]?.el).toBe(document.querySelector('p'));
  });

  it('without the API marks the element with the class, never the selection, and takes the class off again', () => {
    expect(showRange(sentenceRange(), document, { ownClass: 'is-source' })).toBe('class');
    expect([...document.querySelectorAll('.is-source')]).toEqual([document.querySelector('p')]);
    expect(window.getSelection()?.rangeCount ?? 0).toBe(0);
    const other = document.createRange();
    other.selectNodeContents(document.querySelectorAll('p')[1]!);
    showRange(other, document, { ownClass: 'is-source' });
    expect([...document.querySelectorAll('.is-source')]).toEqual([document.querySelectorAll('p')[1]]);
    pressEscape();
    expect(document.querySelectorAll('.is-source')).toHaveLength(0);
    expect(shownSource()).toBeNull();
  });
});
