/**
 * Is this copy faithful? Compares a page's text with the bundled parsed copy, fact by fact.
 *
 * 1. Normalise the page (text.ts: script, width, punctuation and whitespace insensitive).
 * 2. Every body sentence found verbatim (normalised) is faithful there: nothing to compare.
 * 3. Elsewhere the sentence's anchors (8-character runs of its prose) give candidate places;
 *    each is aligned with the sentence (align.ts, facts as slots) and, when most of the prose
 *    agrees, each fact's page words are compared with the article's by value (figures, dates)
 *    or by the actor's names. A place another sentence holds verbatim is never a candidate.
 * 4. Body sentences found nowhere form the missing passages (informational).
 *
 * Pure; never throws (bad input gives an empty result); the work per sentence is bounded.
 */
import type { ParsedArticle } from '../article/schema';
import type { FoldTable } from '../detect/normalise';
import { align } from './align';
import { prepareArticle, type PreparedSentence } from './prepare';
import { mapText, rawSpan } from './text';
import type { Comparison, FactChange, MissingPassage } from './types';

/** Share of a sentence's prose an aligned place must match exactly (reworded phrases may differ). */
const MIN_MATCHED = 0.6;
/** Candidate places aligned per sentence, and occurrences of one anchor looked at. */
const MAX_CANDIDATES = 6;
const MAX_OCCURRENCES = 16;
/** Alignment work budget per comparison (sentence × window cells): bounds a hostile page. */
const MAX_CELLS = 4_000_000;
/** Longest page sentence kept for highlighting, and a missing passage's excerpt. */
const MAX_PAGE_SENTENCE = 600;
const EXCERPT = 40;

const EMPTY: Comparison = { changes: [], missing: [], found: 0, total: 0 };

interface Claimed {
  start: number;
  end: number;
}

function occurrences(page: string, needle: string, limit: number): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = page.indexOf(needle); i >= 0 && out.length < limit; i = page.indexOf(needle, i + 1)) out.push(i);
  return out;
}

function overlapsClaimed(claimed: readonly Claimed[], start: number, end: number): boolean {
  // Mostly inside a place another sentence holds verbatim.
  for (const c of claimed) {
    const overlap = Math.min(end, c.end) - Math.max(start, c.start);
    if (overlap > (end - start) / 2) return true;
  }
  return false;
}

export function compareCopy(pageText: string, article: ParsedArticle, fold: FoldTable): Comparison {
  try {
    if (typeof pageText !== 'string' || pageText.length === 0) return EMPTY;
    return run(pageText, article, fold);
  } catch {
    return EMPTY;
  }
}

function run(pageText: string, article: ParsedArticle, fold: FoldTable): Comparison {
  const prepared = prepareArticle(article, fold);
  const page = mapText(pageText, fold);
  const P = page.text;
  const exact = prepared.sentences.map((s) => occurrences(P, s.norm, MAX_OCCURRENCES));
  const claimed: Claimed[][] = prepared.sentences.map(() => []);
  prepared.sentences.forEach((s, i) => {
    for (const at of exact[i]!) claimed.forEach((list, j) => j !== i && list.push({ start: at, end: at + s.norm.length }));
  });

  const changes: FactChange[] = [];
  const seen = new Set<string>();
  const found: boolean[] = [];
  let budget = MAX_CELLS;

  prepared.sentences.forEach((s, i) => {
    const verbatim = exact[i]!;
    found[i] = verbatim.length > 0;
    // A verbatim sentence without facts has nothing to compare; one with facts may also sit, altered, elsewhere.
    if (verbatim.length > 0 && s.slots.length === 0) return;
    const L = s.norm.length;
    const slack = 12 + (L >> 2);
    const anchors = verbatim.length > 0 ? s.anchors.slice(0, 1) : spread(s.anchors, 4);
    const starts: number[] = [];
    for (const a of anchors) for (const at of occurrences(P, a.text, MAX_OCCURRENCES)) starts.push(at - a.at);
    starts.sort((a, b) => a - b);
    let lastTried = -Infinity;
    let tried = 0;
    const aligned: Claimed[] = verbatim.map((at) => ({ start: at, end: at + L }));
    for (const start of starts) {
      if (tried >= MAX_CANDIDATES) break;
      if (start - lastTried < L >> 1) continue;
      if (aligned.some((a) => start + L > a.start && start < a.end)) continue;
      lastTried = start;
      const from = Math.max(0, start - slack);
      const to = Math.min(P.length, start + L + slack);
      const cost = (L + s.before.length + s.after.length + 1) * (to - from + 1);
      if (cost > budget) return;
      budget -= cost;
      tried++;
      const al = align(s.norm, s.slots, P, from, to, s.before, s.after);
      const prose = L - s.slots.reduce((n, x) => n + x.to - x.from, 0);
      if (!al || al.matched < MIN_MATCHED * prose || al.edits > (1 - MIN_MATCHED) * prose) continue;
      if (overlapsClaimed(claimed[i]!, al.start, al.end)) continue;
      aligned.push({ start: al.start, end: al.end });
      found[i] = true;
      const sentencePage = rawSpan(page, pageText, al.start, al.end).text.slice(0, MAX_PAGE_SENTENCE);
      s.slots.forEach((slot, j) => {
        const [a, b] = al.slots[j]!;
        const pageNorm = P.slice(a, b);
        if (slot.same(pageNorm)) return;
        const words = rawSpan(page, pageText, a, b).text;
        const key = `${slot.kind}\u0000${slot.id}\u0000${slot.from}\u0000${s.id}\u0000${pageNorm}`;
        if (seen.has(key)) return;
        seen.add(key);
        changes.push({
          kind: slot.kind,
          id: slot.id,
          what: slot.what,
          original: slot.original,
          page: words,
          sentence: { id: s.id, start: s.start, end: s.end },
          pageSentence: sentencePage,
        });
      });
    }
  });

  return { changes, missing: missingPassages(prepared.sentences, found, prepared.text), found: found.filter(Boolean).length, total: prepared.sentences.length };
}

/** Up to n anchors spread over the sentence (first, last, between), so one reworded phrase cannot hide it. */
function spread<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  const out: T[] = [];
  for (let k = 0; k < n; k++) out.push(items[Math.round((k * (items.length - 1)) / (n - 1))]!);
  return out;
}

function missingPassages(sentences: readonly PreparedSentence[], found: readonly boolean[], text: string): MissingPassage[] {
  const out: MissingPassage[] = [];
  let run: MissingPassage | null = null;
  sentences.forEach((s, i) => {
    if (found[i]) {
      run = null;
      return;
    }
    if (run) {
      run.end = s.end;
      run.sentences++;
      return;
    }
    run = { start: s.start, end: s.end, sentenceId: s.id, sentences: 1, excerpt: text.slice(s.start, Math.min(s.end, s.start + EXCERPT)) };
    out.push(run);
  });
  return out;
}

