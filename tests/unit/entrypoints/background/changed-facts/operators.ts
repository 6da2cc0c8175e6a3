/**
 * The edit operators of the changed-facts properties (properties.test.ts), each from a few
 * random numbers so fast-check shrinks them well: faithful edits beside random facts of the
 * article, and one real change of each kind with the words the popup must show for it.
 */
import fc from 'fast-check';
import { prepareArticle, type Fact } from '@/entrypoints/background/changed-facts/prepare';
import {
  FULLER,
  IDIOMS,
  NEUTRAL_WORDS,
  OTHER_FIGURES,
  OTHER_HEDGES,
  OTHER_NAMES,
  OTHER_TIMES,
  SAME_FIGURES,
  SAME_TIMES,
  VERB_SWAPS,
  factSpans,
  hedgeSpans,
  isProse,
  type Edit,
} from '@/scripts/pages/edits';
import { article, fold, names } from './fixture';

export const T = article.text;
const prepared = prepareArticle(article, fold, names);
export const facts: Fact[] = prepared.sentences.flatMap((s) => s.facts);
const spans = factSpans(article);
export const hedges = hedgeSpans(article);
const pick = <X>(xs: readonly X[], n: number): X => xs[n % xs.length]!;

/** Where words go beside a fact: before it (before its hedge, for 远低于100亿美元) or after it. */
function beside(fact: Fact, after: boolean): number {
  if (after) return fact.end;
  const hedge = hedges.find(([, end]) => end === fact.start);
  return hedge ? hedge[0] : fact.start;
}

/** The faithful edits, each from a few random numbers (fast-check shrinks them well). */
export const FAITHFUL: Record<string, (a: number, b: number, c: number) => Edit | null> = {
  insertBeside: (f, side, w) => {
    const at = beside(pick(facts, f), side % 2 === 1);
    return { start: at, end: at, text: pick(NEUTRAL_WORDS, w) };
  },
  deleteBeside: (f, side, len) => {
    const fact = pick(facts, f);
    const n = 1 + (len % 2);
    const at = beside(fact, side % 2 === 1);
    const [start, end] = side % 2 === 1 ? [at, at + n] : [at - n, at];
    return isProse(article, spans, start, end) ? { start, end, text: '' } : null;
  },
  replaceBeside: (f, side, w) => {
    const fact = pick(facts, f);
    const at = beside(fact, side % 2 === 1);
    const [start, end] = side % 2 === 1 ? [at, at + 2] : [at - 2, at];
    return isProse(article, spans, start, end) ? { start, end, text: pick(NEUTRAL_WORDS, w) } : null;
  },
  swapVerb: (f, v) => {
    const fact = pick(facts, f);
    const [from, to] = pick(VERB_SWAPS, v);
    const at = T.indexOf(from, Math.max(0, fact.start - 8));
    return at >= 0 && at <= fact.end + 8 && isProse(article, spans, at, at + from.length)
      ? { start: at, end: at + from.length, text: to }
      : null;
  },
  fullerName: (f, k) => {
    const names = facts.filter((x) => x.reading.kind === 'actor');
    const fact = pick(names, f);
    const forms = FULLER[fact.id];
    if (!forms) return null;
    const [before, after] = pick(forms, k);
    return { start: fact.start, end: fact.end, text: `${before}${fact.original}${after}` };
  },
  sameValue: (f, k) => {
    const fact = pick(facts, f);
    const forms = SAME_FIGURES[fact.original] ?? SAME_TIMES[fact.original];
    return forms ? { start: fact.start, end: fact.end, text: pick(forms, k) } : null;
  },
  rewordIdiom: (i) => {
    const [from, to] = pick(IDIOMS, i);
    const at = T.indexOf(from);
    return { start: at, end: at + from.length, text: to };
  },
  // Spacing, line breaks and punctuation anywhere (inside a fact's words too), and the case of Latin names.
  spaceAnywhere: (at, w) => {
    const i = at % T.length;
    return { start: i, end: i, text: pick([' ', '\n', '\u3000', '\r\n', '  '], w) };
  },
  repunctuate: (k, w) => {
    const marks = [...T.matchAll(/[,。“”!?:]/g)];
    const m = pick(marks, k);
    const alternatives: Record<string, string[]> = {
      ',': ['，', ', '],
      '。': ['.', '。\n'],
      '“': ['"', '「'],
      '”': ['"', '」'],
      '!': ['！'],
      '?': ['？'],
      ':': ['：'],
    };
    return { start: m.index, end: m.index + 1, text: pick(alternatives[m[0]]!, w) };
  },
  recase: (f, k) => {
    const latin = facts.filter((x) => x.reading.kind === 'actor' && /^[A-Za-z]+$/.test(x.original));
    const fact = pick(latin, f);
    return { start: fact.start, end: fact.end, text: k % 2 ? fact.original.toUpperCase() : fact.original.toLowerCase() };
  },
};
export const OPS = Object.keys(FAITHFUL);

export const faithfulEdit = fc.record({ op: fc.nat({ max: OPS.length - 1 }), a: fc.nat(), b: fc.nat(), c: fc.nat() });
export const edits = (list: { op: number; a: number; b: number; c: number }[], away?: [number, number]): Edit[] =>
  list
    .map(({ op, a, b, c }) => FAITHFUL[OPS[op]!]!(a, b, c))
    .filter((e): e is Edit => !!e && (!away || e.end < away[0] - 6 || e.start > away[1] + 6));

/** One real change of a kind: the edit, and the change the popup must show for it. */
export type Planted = { edit: Edit; expected: [string, string, string] };

export const KINDS: Record<string, (n: number, k: number) => Planted | null> = {
  name: (n, k) => {
    const fact = pick(
      facts.filter((f) => f.reading.kind === 'actor'),
      n,
    );
    const name = pick(OTHER_NAMES, k);
    return { edit: { start: fact.start, end: fact.end, text: name }, expected: ['actor', fact.original, name] };
  },
  amount: (n, k) => {
    const fact = pick(
      facts.filter((f) => f.reading.kind === 'figure'),
      n,
    );
    const other = pick(OTHER_FIGURES[fact.original]!, k);
    return { edit: { start: fact.start, end: fact.end, text: other }, expected: ['figure', fact.original, other] };
  },
  qualifier: (n, k) => {
    if (n % 2 === 0) {
      // Another hedge on the hedged amount (远低于 → 高于).
      const [from, to] = pick(OTHER_HEDGES, k);
      const at = T.indexOf(from);
      return { edit: { start: at, end: at + from.length, text: to }, expected: ['qualifier', from, to] };
    }
    // A hedge put on an exact amount (5000亿美元 → 约5000亿美元).
    const plain = facts.filter((f) => f.reading.kind === 'figure' && !hedges.some(([, e]) => e <= f.start && f.start - e < 12));
    const fact = pick(plain, k);
    const hedge = pick(['约', '超过', '近'], n >> 1);
    return {
      edit: { start: fact.start, end: fact.start, text: hedge },
      expected: ['qualifier', fact.original, `${hedge}${fact.original}`],
    };
  },
  'absolute date': (n, k) => {
    const fact = pick(
      facts.filter((f) => f.reading.kind === 'date'),
      n,
    );
    const other = pick(OTHER_TIMES[fact.original]!, k);
    return { edit: { start: fact.start, end: fact.end, text: other }, expected: ['date', fact.original, other] };
  },
  'relative date': (n, k) => {
    const fact = pick(
      facts.filter((f) => f.reading.kind === 'time'),
      n,
    );
    const other = pick(OTHER_TIMES[fact.original]!, k);
    return { edit: { start: fact.start, end: fact.end, text: other }, expected: ['date', fact.original, other] };
  },
};
