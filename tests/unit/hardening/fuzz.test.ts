// @vitest-environment happy-dom
/**
 * Hardening: what a hostile or broken world can hand the parser, the detector and the page code.
 * None of them may throw, and their outputs keep their invariants.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/pipeline/parse';
import { validateParsedArticle } from '@/utils/article/schema';
import { article } from '@/utils/article/data';
import { detect } from '@/utils/detect/coverage';
import { getFingerprint } from '@/entrypoints/background/fingerprint-provider';
import { clearNoise, markNoise, NOISE_ATTR } from '@/entrypoints/noise.content/noise';
import { foldTable } from '@/utils/detect/normalise';
import { forgetDocument, locateText, normaliseText } from '@/utils/page/locate';

const fp = getFingerprint();
const fold = foldTable(fp.fold);
const RUNS = { numRuns: 60 };

/** A truncated, spliced or corrupted copy of the article: the input a broken reprint gives. */
const damagedArticle = fc
  .tuple(fc.nat(article.text.length), fc.nat(article.text.length), fc.string({ maxLength: 40 }))
  .map(([a, b, junk]) => article.text.slice(0, Math.min(a, b)) + junk + article.text.slice(Math.max(a, b)));

describe('parser on damaged input', () => {
  it('never throws and always gives a valid parsed copy (every span slices to its words)', () => {
    fc.assert(
      fc.property(fc.oneof(damagedArticle, fc.string({ unit: 'binary', maxLength: 400 })), (text) => {
        const result = validateParsedArticle(parseArticle(text));
        expect(result.ok ? [] : result.issues).toEqual([]);
      }),
      RUNS,
    );
    // 60 parses of a near-whole article: more than the default 5 s on a busy 2-core machine.
  }, 60_000);

  it('a truncated article keeps the facts it still holds and warns, never invents the rest', () => {
    const half = article.text.slice(0, article.text.length >> 1);
    const parsed = parseArticle(half);
    expect(parsed.figures.length).toBeGreaterThan(0);
    expect(parsed.figures.length).toBeLessThan(article.figures.length);
    for (const f of parsed.figures) expect(half.slice(f.start, f.end)).toBe(f.text);
  });
});

describe('detector on damaged input', () => {
  it('coverage stays in [0, 1] and a truncated copy never scores above what it holds', () => {
    fc.assert(
      fc.property(fc.nat(article.text.length), (cut) => {
        const full = detect(article.text, fp).coverage;
        const part = detect(article.text.slice(0, cut), fp).coverage;
        expect(part).toBeGreaterThanOrEqual(0);
        expect(part).toBeLessThanOrEqual(full + 1e-9);
      }),
      RUNS,
    );
  });
});

type Tree = string | [string, Tree[]];

/** Random DOM trees: nested elements of many kinds, text with article fragments, markup-like text. */
const textLeaf = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom(
    '“星际之门”项目(资料图)',
    '0 阅读:141',
    '简介:环球大侦探,深挖国际小秘密',
    '<img src=x onerror=alert(1)>',
    '千金不及冰淇淋',
  ),
  fc.nat(article.text.length - 30).map((i) => article.text.slice(i, i + 30)),
);
const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small' },
    textLeaf,
    fc.tuple(
      fc.constantFrom('div', 'p', 'span', 'figure', 'figcaption', 'section', 'script', 'style', 'a', 'b'),
      fc.array(tie('tree'), { maxLength: 5 }),
    ),
  ),
}));

function build(doc: Document, node: Tree): Node {
  if (typeof node === 'string') return doc.createTextNode(node);
  const el = doc.createElement(node[0]);
  for (const child of node[1]) el.append(build(doc, child));
  return el;
}

describe('page code on random DOM trees', () => {
  it('noise marking only adds its attribute and wrappers, which clearNoise takes away again, and never throws', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 6 }), fc.boolean(), (trees, hide) => {
        document.body.replaceChildren(...trees.map((t) => build(document, t)));
        const before = document.body.textContent;
        const markup = new XMLSerializer().serializeToString(document.body);
        const counts = markNoise(document, fp.noise, fold, hide);
        // Something found is something marked (while hidden: an element of the page's or our wrapper).
        if (hide && counts.caption + counts.counter + counts.author > 0)
          expect(document.querySelectorAll(`[${NOISE_ATTR}]`).length).toBeGreaterThan(0);
        expect(document.body.textContent).toBe(before);
        clearNoise(document);
        expect(new XMLSerializer().serializeToString(document.body)).toBe(markup);
        expect(document.querySelector('img')).toBeNull(); // markup-like text stays text
      }),
      RUNS,
    );
  });

  it('locating a sentence never throws; a found range reads (normalised) as the sentence, and a sentence on the page is found', () => {
    const sentences = article.sentences.filter((s) => !s.join).map((s) => article.text.slice(s.start, s.end));
    fc.assert(
      fc.property(
        fc.array(tree, { maxLength: 6 }),
        fc.constantFrom(...sentences),
        fc.nat(6),
        fc.boolean(),
        (trees, sentence, at, present) => {
          const nodes = trees.map((t) => build(document, t));
          // Half the time the sentence is on the page, in its own paragraph among the random trees.
          if (present) nodes.splice(Math.min(at, nodes.length), 0, Object.assign(document.createElement('p'), { textContent: sentence }));
          document.body.replaceChildren(...nodes);
          forgetDocument(document);
          const range = locateText(sentence, document);
          if (present) expect(range).not.toBeNull();
          if (range) expect(normaliseText(range.toString())).toBe(normaliseText(sentence));
        },
      ),
      RUNS,
    );
  });
});
