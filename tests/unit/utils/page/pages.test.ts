// @vitest-environment happy-dom
/**
 * Every body sentence of the article is found on each static test page that holds the article:
 * the demo page (with its split sentence), a plain reprint, a hostile page, a Traditional-script
 * reprint and a reordered one. (Pages whose text arrives by script are the e2e tests' business.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { article } from '@/utils/article/data';
import { forgetDocument, locateText, normaliseText } from '@/utils/page/locate';
import { repoPath } from '@/rig/repo';

const PAGES = ['JN5QSTARGATE0553', 'full-reprint', 'hostile-page', 'traditional-reprint', 'reordered-no-captions'];
const paragraphBlocks = new Set(article.blocks.flatMap((b, i) => (b.kind === 'paragraph' ? [i] : [])));
const bodySentences = article.sentences.filter((s) => s.blocks.every((b) => paragraphBlocks.has(b)));

describe.each(PAGES)('test page %s', (name) => {
  const file = repoPath('tests/pages/dy/article', `${name}.html`);
  it('holds every body sentence, each as one Range', () => {
    const parsed = new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html');
    // Scripts stay out (nothing here should run); the body moves into the test's own document,
    // whose Ranges happy-dom handles (ranges over another document's nodes collapse there).
    for (const script of parsed.querySelectorAll('script')) script.remove();
    document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
    forgetDocument(document);
    const found = (text: string) => {
      const range = locateText(text);
      // The Range reads as the sentence (same words once width, quotes, script and spacing are folded).
      return !!range && normaliseText(range.toString()) === normaliseText(text);
    };
    // A joined sentence may come apart on a reprint that reorders paragraphs: then both its halves must be there.
    const missing = bodySentences.filter((s) =>
      s.join
        ? !found(article.text.slice(s.start, s.end)) &&
          !(found(article.text.slice(s.start, s.join.start)) && found(article.text.slice(s.join.end, s.end)))
        : !found(article.text.slice(s.start, s.end)),
    );
    expect(missing.map((s) => s.id)).toEqual([]);
    expect(bodySentences.length).toBeGreaterThan(40);
  });
});
