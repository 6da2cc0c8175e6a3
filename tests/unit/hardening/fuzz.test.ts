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
import { expectParsedWhole } from '@/tests/unit/pipeline/helpers';

const fp = getFingerprint();
const fold = foldTable(fp.fold);
const RUNS = { numRuns: 60 };

const sentenceById = new Map(article.sentences.map((s) => [s.id, s]));

/**
 * A truncated, spliced or corrupted copy of the article (the input a broken reprint gives), and
 * what it still holds whole: the figures whose sentence lies untouched, two characters clear of the cut.
 */
const damagedArticle = fc
  .tuple(fc.nat(article.text.length), fc.nat(article.text.length), fc.string({ maxLength: 40 }))
  .map(([x, y, junk]) => {
    const [a, b] = [Math.min(x, y), Math.max(x, y)];
    const intact = article.figures.filter((f) => {
      const s = sentenceById.get(f.sentence)!;
      return s.end + 2 <= a || s.start - 2 >= b;
    });
    return { text: article.text.slice(0, a) + junk + article.text.slice(b), intact: intact.map((f) => [f.text, f.value, f.unit]) };
  });

describe('parser on damaged input', () => {
  it('never throws, always gives a valid parsed copy read whole, and finds every figure the copy still holds', () => {
    let planted = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          damagedArticle,
          fc.string({ unit: 'binary', maxLength: 400 }).map((text) => ({ text, intact: [] })),
        ),
        ({ text, intact }) => {
          const parsed = parseArticle(text);
          const result = validateParsedArticle(parsed);
          expect(result.ok ? [] : result.issues).toEqual([]);
          expectParsedWhole(text, parsed);
          expect(parsed.figures.map((f) => [f.text, f.value, f.unit])).toEqual(expect.arrayContaining(intact));
          expect(parsed.figures.length).toBeGreaterThanOrEqual(intact.length);
          planted += intact.length;
        },
      ),
      RUNS,
    );
    // The damaged copies held figures to find (about a hundred per run), not just noise.
    expect(planted).toBeGreaterThan(0);
    // 60 parses of a near-whole article: more than the default 5 s on a busy 2-core machine.
  }, 60_000);

  it('a truncated article keeps the facts it still holds and warns, never invents the rest', () => {
    const half = article.text.slice(0, article.text.length >> 1);
    const parsed = parseArticle(half);
    expectParsedWhole(half, parsed);
    // Exactly the figures of the sentences the half holds whole, at the same places.
    const held = article.figures.filter((f) => sentenceById.get(f.sentence)!.end <= half.length);
    expect(held.length).toBeGreaterThan(0);
    expect(held.length).toBeLessThan(article.figures.length);
    expect(parsed.figures.map((f) => [f.start, f.text, f.value, f.unit])).toEqual(held.map((f) => [f.start, f.text, f.value, f.unit]));
    // It says the copy stops mid-sentence, quoting where.
    expect(parsed.warnings.map((w) => w.code)).toEqual(['truncated']);
    expect(parsed.warnings[0]!.message).toContain(half.slice(-8));
  });
});

describe('detector on damaged input', () => {
  const paragraphs = article.blocks.filter((b) => b.kind === 'paragraph');
  const total = fp.paragraphs.reduce((sum, p) => sum + p.weight, 0);
  const share = (held: (b: { start: number; end: number }) => boolean) =>
    paragraphs.reduce((sum, b, i) => sum + (held(b) ? fp.paragraphs[i]!.weight : 0), 0) / total;

  it('a truncated copy scores at least the paragraphs it holds whole, never more than those it touches; the two halves of a cut never more than the whole', () => {
    expect(fp.paragraphs).toHaveLength(paragraphs.length);
    let planted = 0;
    fc.assert(
      fc.property(fc.nat(article.text.length), (cut) => {
        const whole = share((b) => b.end <= cut);
        const touched = share((b) => b.start < cut);
        const { coverage, kind } = detect(article.text.slice(0, cut), fp);
        expect(coverage).toBeGreaterThanOrEqual(whole - 1e-9);
        expect(coverage).toBeLessThanOrEqual(touched + 1e-9);
        expect(kind).toBe(coverage >= 0.9 ? 'match' : coverage >= 0.3 ? 'partial' : 'none');
        // The rest of the copy: together the halves hold every paragraph once, the one cut through in two pieces.
        const both = coverage + detect(article.text.slice(cut), fp).coverage;
        expect(both).toBeLessThanOrEqual(1 + 1e-9);
        expect(both).toBeGreaterThanOrEqual(1 - share((b) => b.start < cut && cut < b.end) - 1e-9);
        if (whole > 0) planted++;
      }),
      RUNS,
    );
    // Most cuts hold a paragraph whole (fast-check favours small numbers, so not all).
    expect(planted).toBeGreaterThan(RUNS.numRuns / 5);
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

/** Noise as pages carry it, to plant among the random trees: a captioned picture, the read counter, the author card. */
const captionTexts = article.blocks.filter((b) => b.kind === 'caption').map((b) => article.text.slice(b.start, b.end));
const plantedNoise = fc.record({
  caption: fc.option(fc.constantFrom(...captionTexts), { nil: undefined }),
  counter: fc.boolean(),
  author: fc.boolean(),
  at: fc.array(fc.nat(6), { minLength: 3, maxLength: 3 }),
});

function el(tag: string, ...children: (Node | string)[]): HTMLElement {
  const e = document.createElement(tag);
  e.append(...children);
  return e;
}

describe('page code on random DOM trees', () => {
  it('noise marking marks the noise planted among random trees (never a picture), changes no text, and clearNoise undoes it', () => {
    const planted = { caption: 0, counter: 0, author: 0 };
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 6 }), plantedNoise, fc.boolean(), (trees, noise, hide) => {
        const nodes = trees.map((t) => build(document, t));
        /** The planted elements that must end up marked, by group. */
        const expected: [HTMLElement, 'caption' | 'counter' | 'author'][] = [];
        const plant = (i: number, ...els: HTMLElement[]) => nodes.splice(Math.min(noise.at[i]!, nodes.length), 0, ...els);
        if (noise.caption) {
          const caption = el('figcaption', noise.caption);
          plant(0, el('figure', el('img'), caption));
          expected.push([caption, 'caption']);
        }
        if (noise.counter) {
          const counter = el('p', '0 阅读:141');
          plant(1, counter);
          expected.push([counter, 'counter']);
        }
        if (noise.author) {
          const bio = el('p', '简介:环球大侦探,深挖国际小秘密');
          plant(2, el('p', '千金不及冰淇淋'), bio);
          expected.push([bio, 'author']);
        }
        document.body.replaceChildren(...nodes);
        const before = document.body.textContent;
        const markup = new XMLSerializer().serializeToString(document.body);
        const counts = markNoise(document, fp.noise, fold, hide);
        // Every planted item is found and marked, with or without hiding (random text may add more).
        for (const [element, group] of expected) {
          expect(element.closest(`[${NOISE_ATTR}]`)?.getAttribute(NOISE_ATTR)).toBe(group);
          expect(counts[group]).toBeGreaterThanOrEqual(1);
          planted[group]++;
        }
        // The picture beside a caption stays; markup-like text stays text (no other img appears).
        expect(document.querySelectorAll(`[${NOISE_ATTR}] img, img[${NOISE_ATTR}]`)).toHaveLength(0);
        expect(document.querySelectorAll('img')).toHaveLength(noise.caption ? 1 : 0);
        expect(document.body.textContent).toBe(before);
        clearNoise(document);
        expect(new XMLSerializer().serializeToString(document.body)).toBe(markup);
      }),
      RUNS,
    );
    // Each kind was planted in some runs (about half of them each).
    expect(Object.values(planted).every((n) => n > 0)).toBe(true);
  });

  it('locating a sentence never throws; a found range reads (normalised) as the sentence, and a sentence on the page is found', () => {
    const sentences = article.sentences.filter((s) => !s.join).map((s) => article.text.slice(s.start, s.end));
    let planted = 0;
    fc.assert(
      fc.property(
        fc.array(tree, { maxLength: 6 }),
        fc.constantFrom(...sentences),
        fc.nat(6),
        fc.boolean(),
        (trees, sentence, at, present) => {
          const nodes = trees.map((t) => build(document, t));
          // Half the time the sentence is on the page, in its own paragraph among the random trees.
          const own = el('p', sentence);
          if (present) nodes.splice(Math.min(at, nodes.length), 0, own);
          document.body.replaceChildren(...nodes);
          forgetDocument(document);
          const range = locateText(sentence, document);
          if (range) expect(normaliseText(range.toString())).toBe(normaliseText(sentence));
          if (present) {
            planted++;
            expect(range).not.toBeNull();
            // In its own paragraph it reads as the words themselves (an earlier copy in the random text may win).
            if (own.contains(range!.startContainer)) expect(range!.toString()).toBe(sentence);
          }
        },
      ),
      RUNS,
    );
    expect(planted).toBeGreaterThan(0);
  });
});
