// @vitest-environment happy-dom
/** The page side of a sentence link: the demo page read as blocks, every body sentence linked uniquely; the split sentence as a range. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { article } from '@/utils/article/data';
import { sentenceText } from '@/utils/share/quotes';
import { firstMatch, textFragmentFor } from '@/entrypoints/overlay.content/text-fragment';
import { forgetDocument } from '@/utils/page/locate';
import { findSourceRanges } from '@/utils/page/highlight';
import { fragmentForRanges, piecesOf, readBlocks } from '@/entrypoints/overlay.content/fragment';

function load(name: string) {
  const parsed = new DOMParser().parseFromString(
    readFileSync(join(process.cwd(), 'tests/pages/dy/article', `${name}.html`), 'utf8'),
    'text/html',
  );
  for (const script of parsed.querySelectorAll('script, style')) script.remove();
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
  forgetDocument(document);
}

const rangesFor = (id: string) => {
  const s = article.sentences.find((x) => x.id === id)!;
  const pieces = s.join ? [article.text.slice(s.start, s.join.start), article.text.slice(s.join.end, s.end)] : [];
  return findSourceRanges(article.text.slice(s.start, s.end), document, pieces);
};

describe('sentence links on the demo page', () => {
  it('reads the paragraphs as separate blocks, the split sentence in two', () => {
    load('JN5QSTARGATE0553');
    const { blocks } = readBlocks(document.body);
    expect(blocks.some((b) => b.endsWith('甚至让他长期'))).toBe(true);
    expect(blocks.some((b) => b.startsWith('“美国总理”'))).toBe(true);
    expect(blocks).toContain('“星际之门”项目(资料图)');
  });

  it('links every body sentence, and the browser would mark exactly it', () => {
    load('JN5QSTARGATE0553');
    // The page is read once (fragmentForRanges reads it per link, as a click does).
    const page = readBlocks(document.body);
    const { blocks } = page;
    const body = article.sentences.filter((s) => s.blocks.every((b) => article.blocks[b]!.kind === 'paragraph'));
    for (const s of body) {
      const result = textFragmentFor(blocks, piecesOf(page, rangesFor(s.id)));
      expect(result, s.id).not.toBeNull();
      expect(result!.unique, s.id).toBe(true);
      const m = firstMatch(blocks, result!.directive)!;
      const marked =
        m.start.block === m.end.block
          ? blocks[m.start.block]!.slice(m.start.index, m.end.index)
          : blocks[m.start.block]!.slice(m.start.index) + blocks[m.end.block]!.slice(0, m.end.index);
      expect(marked, s.id).toBe(sentenceText(article, s.id));
    }
  }, 30_000);

  it('links the sentence the host split as textStart,textEnd', () => {
    load('JN5QSTARGATE0553');
    const joined = article.sentences.find((x) => x.join)!;
    const result = fragmentForRanges(rangesFor(joined.id))!;
    expect(result.directive.start.endsWith('甚至让他长期')).toBe(true);
    expect(result.directive.end?.startsWith('“美国总理”')).toBe(true);
  });
});
