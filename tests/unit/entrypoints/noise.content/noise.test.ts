// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { foldTable } from '@/utils/detect/normalise';
import { detect } from '@/utils/detect/coverage';
import { EXPECTED_AUTHOR_CARDS, EXPECTED_CAPTIONS, EXPECTED_COUNTERS, NOISE_ATTR, markNoise } from '@/entrypoints/noise.content/noise';
import { DEMO_ARTICLE_PATH } from '@/pipeline/hosts';
import { repoPath } from '@/rig/repo';
import { fp } from '@/tests/unit/utils/detect/fixture';

const fold = foldTable(fp.fold);
function load(path: string): Document {
  return new DOMParser().parseFromString(readFileSync(repoPath('tests/pages', path), 'utf8'), 'text/html');
}
/** Every element with `attr`, as "tag.class=group" lines, in document order. */
function list(doc: Document, attr: string): string[] {
  return [...doc.querySelectorAll(`[${attr}]`)].map((el) => `${el.tagName.toLowerCase()}.${el.className}=${el.getAttribute(attr)}`);
}

describe('markNoise', () => {
  it.each([
    ['dy/article/full-reprint.html', EXPECTED_CAPTIONS],
    ['dy/article/traditional-reprint.html', EXPECTED_CAPTIONS],
    ['dy/article/hostile-page.html', EXPECTED_CAPTIONS],
    ['a/partial-reprint.html', 3],
    ['dy/article/reordered-no-captions.html', 0],
  ])('%s: marks exactly the expected elements and nothing else', (path, captions) => {
    const doc = load(path);
    const before = new XMLSerializer().serializeToString(doc);
    expect(detect(doc.body.textContent ?? '', fp).kind).not.toBe('none');
    const counts = markNoise(doc, fp.noise, fold);
    const expected = list(doc, 'data-expect-noise');
    expect(list(doc, NOISE_ATTR)).toEqual(expected);
    expect(counts.caption).toBe(captions);
    expect(counts.counter).toBe(expected.filter((e) => e.endsWith('=counter')).length);
    expect(counts.author).toBe(expected.filter((e) => e.endsWith('=author')).length);
    // The only change is the attribute itself.
    doc.querySelectorAll(`[${NOISE_ATTR}]`).forEach((el) => el.removeAttribute(NOISE_ATTR));
    expect(new XMLSerializer().serializeToString(doc)).toBe(before);
  });

  it('the full reprint carries the expected counts (5 captions, 1 counter, 1 author card)', () => {
    const counts = markNoise(load('dy/article/full-reprint.html'), fp.noise, fold);
    expect(counts).toEqual({ caption: EXPECTED_CAPTIONS, counter: EXPECTED_COUNTERS, author: EXPECTED_AUTHOR_CARDS });
  });

  it('the demo page carries the expected counts', () => {
    const counts = markNoise(load(DEMO_ARTICLE_PATH.slice(1)), fp.noise, fold);
    expect(counts).toEqual({ caption: EXPECTED_CAPTIONS, counter: EXPECTED_COUNTERS, author: EXPECTED_AUTHOR_CARDS });
  });

  it('runs again idempotently (re-check, re-injection, in-page navigation)', () => {
    const doc = load('dy/article/full-reprint.html');
    const first = markNoise(doc, fp.noise, fold);
    const marked = list(doc, NOISE_ATTR);
    expect(markNoise(doc, fp.noise, fold)).toEqual(first);
    expect(list(doc, NOISE_ATTR)).toEqual(marked);
  });

  it('does not mark the byline author name, article text, or markup-like text', () => {
    const doc = load('dy/article/hostile-page.html');
    markNoise(doc, fp.noise, fold);
    expect(doc.querySelector('.post_info')!.hasAttribute(NOISE_ATTR)).toBe(false);
    expect(doc.querySelectorAll(`#content p:not(.f_center)[${NOISE_ATTR}]`).length).toBe(0);
    expect(doc.querySelectorAll('img[onerror], script[data-x]').length).toBe(0);
  });

  it('a page with nothing to mark is left alone; odd input never throws', () => {
    const doc = load('dy/article/quote-only-commentary.html');
    expect(markNoise(doc, fp.noise, fold)).toEqual({ caption: 0, counter: 0, author: 0 });
    expect(list(doc, NOISE_ATTR)).toEqual([]);
    expect(markNoise(doc, { captions: [], counter: [], authorName: '', authorBio: '' })).toEqual({ caption: 0, counter: 0, author: 0 });
    expect(markNoise(new DOMParser().parseFromString('', 'text/html'), fp.noise, fold)).toEqual({ caption: 0, counter: 0, author: 0 });
  });
});
