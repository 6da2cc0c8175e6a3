/**
 * Did this placement of a sentence change one of its facts? Each fact is read from the page's
 * words that stand where the article has it: the stretch between the nearest characters both
 * texts share either side of the fact (align.ts), never across a line break or sentence end
 * beyond the fact. A fact is changed only when those words read as another fact:
 *  - a name: none of the actor's names stands there (words added, removed or replaced around a
 *    name that is still there, or a fuller form such as 软银CEO孙正义, are no change);
 *  - a figure: no amount of the same value and unit stands there (another way of writing it is
 *    no change); its hedge (远低于, 约, 各) is compared on its own;
 *  - a written date: no date stands there that agrees with the day the parsed copy resolves it to;
 *  - a relative time: another interval or offset stands there (an unreadable one is no change).
 * A fact the page moved within its sentence is no change either: gone from its place with nothing
 * put there, and said as often in the page's sentence as in the article's. The words reported are
 * the smallest that differ.
 */
import { findEachQualifier, type QualifierEn } from '@/utils/article/numbers';
import type { FactKind } from '@/utils/changed-facts';
import type { FoldTable } from '@/utils/detect/normalise';
import { foldUnit } from '@/utils/text/fold';
import type { Alignment } from './align';
import { timesSaid, type Fact, type PreparedSentence } from './prepare';
import { codesToString, mapText, type MappedText } from './text';
import { datesAgree, readAmounts, readRelativeTimes, readWrittenDates, type Amount } from './values';

/** The page as the judge reads it: normalised text (and codes), its breaks, and the raw text behind it. */
export interface PageView {
  norm: string;
  breaks: Uint8Array;
  raw: string;
  pos: Int32Array;
  /** Raw page text folded as the comparison folds it (script, width), for the hedge 各/均 read from punctuated text. */
  fold: (raw: string) => string;
}

/**
 * The page's view from its raw text: normalised with positions and breaks. The result lives in
 * mapText's reused buffers (see `reuse`): the next view overwrites it, so a comparison keeps one.
 */
export function viewPage(raw: string, fold: FoldTable): PageView & { mapped: MappedText } {
  const mapped = mapText(raw, fold, true, true);
  return {
    mapped,
    norm: codesToString(mapped.codes),
    breaks: mapped.breaks,
    raw,
    pos: mapped.pos,
    fold: (text) => foldText(text, fold),
  };
}

function foldText(raw: string, fold: FoldTable): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) out += String.fromCharCode(foldUnit(raw.charCodeAt(i), fold));
  return out;
}

/** A changed fact as found: the page's words as a normalised span [from, to) of the page. */
export interface Finding {
  kind: FactKind;
  fact: Fact;
  /** The article's words shown (usually the fact's own; a hedge with or without its amount). */
  original: string;
  from: number;
  to: number;
}

/** Characters read either side of a fact's stretch, for a hedge before an amount or a unit after it. */
const MARGIN = 4;

export interface Stretch {
  /** The page's words standing where the fact is: [left, right). */
  left: number;
  right: number;
  /** The smallest differing part of it (the words shared with the article's either side removed). */
  wordsFrom: number;
  wordsTo: number;
}

export function judgeSentence(s: PreparedSentence, al: Alignment, page: PageView, names: readonly string[]): Finding[] {
  const out: Finding[] = [];
  const sentence = page.norm.slice(al.start, al.end);
  for (const fact of s.facts) {
    const stretch = stretchOf(s, al, fact, page);
    if (!stretch) continue;
    const found = judgeFact(s, al, fact, stretch, page, sentence, names);
    if (found) out.push(...found);
  }
  return out;
}

function judgeFact(
  s: PreparedSentence,
  al: Alignment,
  fact: Fact,
  st: Stretch,
  page: PageView,
  sentence: string,
  names: readonly string[],
): Finding[] | null {
  const words = page.norm.slice(st.left, st.right);
  // Gone from here with nothing put in its place, yet said as often in the sentence: moved, not changed.
  const moved = () => st.wordsFrom === st.wordsTo && timesSaid(fact.reading, sentence) >= fact.times;
  const change = (from: number, to: number, kind: FactKind = fact.reading.kind === 'time' ? 'date' : (fact.reading.kind as FactKind)) => [
    { kind, fact, original: fact.original, from, to },
  ];
  const smallest = () => change(st.wordsFrom, st.wordsTo);
  switch (fact.reading.kind) {
    case 'actor': {
      if (fact.reading.names.some((n) => words.includes(n)) || moved()) return null;
      // Another actor's name put there is the smallest difference; an unknown name is what differs.
      const differs = page.norm.slice(st.wordsFrom, st.wordsTo);
      const other = names.map((n) => ({ n, at: differs.indexOf(n) })).find((x) => x.at >= 0);
      return other ? change(st.wordsFrom + other.at, st.wordsFrom + other.at + other.n.length) : smallest();
    }
    case 'figure': {
      const amounts = amountsIn(page.norm, st);
      const same = amounts.find((a) => a.key === (fact.reading as { key: string }).key);
      if (same) return judgeHedge(s, fact, same, page, al);
      const other = amounts[0];
      if (other) return change(other.start, other.end);
      return moved() ? null : smallest();
    }
    case 'date': {
      const resolved = fact.reading.resolved;
      const dates = readWrittenDates(page.norm.slice(st.left, st.right));
      if (dates.some((d) => datesAgree(d, resolved))) return null;
      const other = dates[0];
      if (other) return change(st.left + other.start, st.left + other.end);
      return moved() ? null : smallest();
    }
    case 'time': {
      const key = fact.reading.key;
      const base = Math.max(0, st.left - MARGIN);
      const times = readRelativeTimes(page.norm.slice(base, st.right + MARGIN));
      const inside = times.filter((r) => base + r.start < st.right && st.left < base + r.end);
      // Unreadable words (不久, 随即) are not a stated time: only another interval is a change.
      if (inside.length === 0 || inside.some((r) => r.key === key)) return null;
      return change(base + inside[0]!.start, base + inside[0]!.end);
    }
  }
}

/** Amounts overlapping the stretch, read with a few characters either side (a hedge, a unit). */
function amountsIn(norm: string, st: Stretch): Amount[] {
  const base = Math.max(0, st.left - MARGIN);
  const text = norm.slice(base, Math.min(norm.length, st.right + MARGIN));
  return readAmounts(text)
    .map((a) => ({
      ...a,
      start: a.start + base,
      end: a.end + base,
      qualifierStart: a.qualifierStart + base,
      qualifierEnd: a.qualifierEnd + base,
    }))
    .filter((a) => a.start < st.right && st.left < a.end && a.start >= st.left - 1);
}

/** Whether the page's copy of the sentence holds its character t or something before it. */
function startsBefore(al: Alignment, t: number): boolean {
  for (let i = 0; i <= t && i < al.page.length; i++) if (al.page[i]! >= 0) return true;
  return false;
}

/** The hedge on an amount: written beside it (远低于, 约, …多, …以上) or, for 各/均, earlier in its clause (spacing aside). */
function hedge(amount: Amount | undefined, clause: string): QualifierEn | null {
  const text = clause.replace(/\s+/gu, '');
  return amount?.qualifier ?? (findEachQualifier(text, text.length) ? 'each' : null);
}

/** Same amount: is its hedge the same? The article side is read the same way from the article's own sentence. */
function judgeHedge(s: PreparedSentence, fact: Fact, amount: Amount, page: PageView, al: Alignment): Finding[] | null {
  const articleAmount = readAmounts(s.norm).find((a) => a.start === fact.from);
  const articleClause = s.text.slice(0, fact.start - s.start);
  const pageClause = page.fold(page.raw.slice(page.pos[al.start] ?? 0, page.pos[amount.start] ?? 0));
  const want = hedge(articleAmount, articleClause);
  const got = hedge(amount, pageClause);
  if (want === got) return null;
  // 各/均 stand earlier in the clause: a copy of the sentence that starts after them cannot say.
  if (want === 'each' && got === null && !startsBefore(al, s.norm.lastIndexOf(articleClause.match(/[各均]/gu)?.pop() ?? '', fact.from)))
    return null;
  const adjacent = (q: QualifierEn | null, a: Amount | undefined) => q !== null && q !== 'each' && q !== 'more than' && !!a;
  if (adjacent(want, articleAmount) && adjacent(got, amount)) {
    // Both write a hedge beside the amount: the hedges are what differ (远低于 → 高于).
    const original = s.norm.slice(articleAmount!.qualifierStart, articleAmount!.qualifierEnd);
    return [{ kind: 'qualifier', fact, original, from: amount.qualifierStart, to: amount.qualifierEnd }];
  }
  // One side has none (5000亿美元 → 约5000亿美元), or it is 各/均: the amount with its hedge.
  const original = articleAmount
    ? s.norm.slice(Math.min(articleAmount.qualifierStart, fact.from), Math.max(articleAmount.qualifierEnd, fact.to))
    : fact.original;
  const shown = want === 'each' ? `${articleClause.match(/[各均]/u)?.[0] ?? ''}…${fact.original}` : original;
  return [
    {
      kind: 'qualifier',
      fact,
      original: shown,
      from: Math.min(amount.qualifierStart, amount.start),
      to: Math.max(amount.qualifierEnd, amount.end),
    },
  ];
}

/** Last k in [from, to] with a break before character k, or −1. */
function lastBreak(breaks: Uint8Array, from: number, to: number): number {
  for (let k = to; k >= Math.max(0, from); k--) if (breaks[k]) return k;
  return -1;
}

/** First k in [from, to] with a break before character k, or −1. */
function firstBreak(breaks: Uint8Array, from: number, to: number): number {
  for (let k = from; k <= Math.min(breaks.length - 1, to); k++) if (breaks[k]) return k;
  return -1;
}

/** Page offsets [first, last] aligned with the fact's own characters, or null when the page has none of them. */
function factSpan(al: Alignment, fs: number, fe: number): [number, number] | null {
  let first = -1;
  let last = -1;
  for (let t = fs; t < fe; t++) {
    const p = al.page[t]!;
    if (p < 0) continue;
    if (first < 0) first = p;
    last = p;
  }
  return first < 0 ? null : [first, last];
}

/**
 * A character both texts share within a run of three they share in a row: a bound a fact's words
 * can be read between. A shorter run amid missing characters (the 00 of a cut-off 5000) is chance.
 */
function solid(al: Alignment, t: number, L: number): boolean {
  const run = (i: number) => i >= 0 && i < L && al.same[i] === 1 && al.page[i] === al.page[t]! + (i - t);
  if (!run(t)) return false;
  return (run(t - 1) && (run(t - 2) || run(t + 1))) || (run(t + 1) && run(t + 2));
}

/** Characters a dropped or replaced fact may take with it beyond its own (a comma, a particle), and words an edge may gain. */
const SLACK = 12;

/** Characters beyond its own a fact's unshared stretch may take with it and still be the fact dropped or changed. */
const NEAR = SLACK / 3;

/**
 * Whether the page lacks the fact's clause rather than the fact: the characters it does not
 * share around the fact (between the solid bounds li and rj) run on well beyond it — a clause
 * cut off, or a copy spliced to another passage mid-sentence (…特 | 朗普胜选时…) — so what stands
 * there is not words put in the fact's place. With none of the fact's characters shared, the
 * whole unshared stretch counts; else only a side where the fact's own edge character is missing
 * (a fact whole up to its edge, such as 500亿美元 ending a shortened sentence, is still read).
 * A character matched by chance amid other text (in no shared run of three, see solid) is not shared.
 */
function clauseMissing(al: Alignment, fact: Fact, L: number, li: number, rj: number): boolean {
  let shared = false;
  for (let t = fact.from; t < fact.to && !shared; t++) shared = solid(al, t, L);
  if (!shared) return rj - li - 1 > fact.to - fact.from + NEAR;
  return (!solid(al, fact.from, L) && fact.from - li - 1 > NEAR) || (!solid(al, fact.to - 1, L) && rj - fact.to > NEAR);
}

/**
 * The page's words where the fact stands: between the nearest characters before and after the
 * fact that both texts share in a row. Where none bounds it (a fact near the sentence's start or
 * end), the page's sentence does: its last line break or sentence end before, its first after.
 * Null where the page shows no such edge nearby (its copy is cut off there, or its text ends) or
 * lacks the clause around the fact (clauseMissing): that part is not there to compare.
 */
export function stretchOf(s: PreparedSentence, al: Alignment, fact: Fact, page: PageView): Stretch | null {
  const L = s.norm.length;
  let li = fact.from - 1;
  while (li >= 0 && !solid(al, li, L)) li--;
  let rj = fact.to;
  while (rj < L && !solid(al, rj, L)) rj++;
  if (clauseMissing(al, fact, L, li, rj)) return null;
  const own = factSpan(al, fact.from, fact.to);
  const { breaks } = page;
  let right = rj < L ? al.page[rj]! : -1;
  let left = li >= 0 ? al.page[li]! + 1 : -1;
  if (left < 0) {
    // The page's sentence starts at its last line break or sentence end before the fact's first
    // character it shares (哈 | 伯曼 is one name broken over two lines) or, sharing none, before
    // the words that follow the fact (马斯克资料图 | 拜登在大选中胜出: the caption line is not the name).
    let shared = -1;
    for (let t = fact.from; t < fact.to && shared < 0; t++) if (al.same[t]) shared = al.page[t]!;
    const anchor = shared >= 0 ? shared : right >= 0 ? right : own ? own[1] : -1;
    left = anchor < 0 ? -1 : lastBreak(breaks, anchor - fact.to - SLACK, anchor);
  }
  if (right < 0) {
    const anchor = own ? own[1] + 1 : left;
    right = anchor < 0 ? -1 : firstBreak(breaks, anchor, anchor + (L - fact.from) + SLACK);
  }
  if (left < 0 || right < 0) return null;
  if (right < left) right = left;
  // The smallest difference: drop what the page shares with the article's words either side of the fact.
  let wordsFrom = left;
  let wordsTo = right;
  for (let t = li + 1; t < fact.from && wordsFrom < wordsTo && page.norm.charCodeAt(wordsFrom) === s.norm.charCodeAt(t); t++) wordsFrom++;
  for (let t = rj - 1; t >= fact.to && wordsTo > wordsFrom && page.norm.charCodeAt(wordsTo - 1) === s.norm.charCodeAt(t); t--) wordsTo--;
  return { left, right, wordsFrom, wordsTo };
}
