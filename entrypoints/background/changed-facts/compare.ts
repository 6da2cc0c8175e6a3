/**
 * Is this copy faithful? Compares a page's text with the bundled parsed copy, fact by fact.
 *
 * 1. Normalise the page (text.ts: script, width, punctuation and whitespace insensitive) and, in
 *    one rolling-hash pass like detection's, find where each sentence's anchors (8-character runs
 *    of its prose) occur: each occurrence proposes a place for its sentence.
 * 2. A sentence the page holds verbatim (normalised) at a place is faithful there.
 * 3. At any other place, the sentence is aligned with the page (align.ts, facts as slots) and,
 *    when most of its prose agrees, each fact's page words are compared with the article's by
 *    value (figures, dates) or by the actor's names. A place another sentence holds verbatim is
 *    never taken. A page holding the article twice is compared at both places.
 * 4. Body sentences found nowhere form the missing passages (informational).
 *
 * Pure; never throws (bad input gives an empty result); the work per page is bounded.
 */
import type { ParsedArticle } from '@/utils/article/schema';
import { forEachGram } from '@/utils/detect/coverage';
import type { FoldTable } from '@/utils/detect/normalise';
import { align } from './align';
import { ANCHOR, prepareArticle, type PreparedArticle, type PreparedSentence } from './prepare';
import { codesToString, holds, mapText, rawSpan, type MappedText } from './text';
import type { ChangedFactsResult, FactChange, MissingPassage } from '@/utils/changed-facts';

/** Share of a sentence's prose an aligned place must match exactly (reworded phrases may differ). */
const MIN_MATCHED = 0.6;
/** Places proposed per sentence that are looked at (a hostile page may repeat an anchor endlessly). */
const MAX_PLACES = 64;
/** Alignment work budget per comparison (token × window cells). */
const MAX_CELLS = 4_000_000;
/** Longest page sentence kept for highlighting, and a missing passage's excerpt. */
const MAX_PAGE_SENTENCE = 600;
const EXCERPT = 40;
/** Changes kept per page (the tab state keeps them; a page changing more is flagged all the same). */
const MAX_CHANGES = 200;

const EMPTY: ChangedFactsResult = { changes: [], missing: [], found: 0, total: 0 };

interface Place {
  start: number;
  end: number;
  sentence: number;
}

export function compareCopy(pageText: string, article: ParsedArticle, fold: FoldTable): ChangedFactsResult {
  try {
    if (typeof pageText !== 'string' || pageText.length === 0) return EMPTY;
    return run(pageText, article, fold);
  } catch {
    return EMPTY;
  }
}

/** No start proposed (a page offset is never this low). */
const UNSEEN = -0x7fffffff;

/**
 * Per sentence, the page offsets where it would start, as its anchors found on the page say.
 * On a faithful page every anchor of a sentence proposes the same start: that one is kept in
 * `first` and a list is made only for a sentence whose anchors disagree.
 */
function proposedStarts(prepared: PreparedArticle, page: MappedText): { first: Int32Array; more: (number[] | undefined)[] } {
  const n = prepared.sentences.length;
  const first = new Int32Array(n).fill(UNSEEN);
  const more: (number[] | undefined)[] = new Array<number[] | undefined>(n);
  const add = (sentence: number, start: number) => {
    const f = first[sentence]!;
    if (f === UNSEEN) first[sentence] = start;
    else if (f !== start) {
      const list = (more[sentence] ??= []);
      if (list.length < MAX_PLACES && list[list.length - 1] !== start) list.push(start);
    }
  };
  const { anchorIndex, filter } = prepared;
  let end = ANCHOR - 1;
  forEachGram(page.codes, ANCHOR, (h) => {
    const at = end++ - (ANCHOR - 1);
    if ((filter[(h & 0xffff) >>> 5]! & (1 << (h & 31))) === 0) return;
    const hits = anchorIndex.get(h);
    if (hits) for (const hit of hits) add(hit.sentence, at - hit.at);
  });
  // Sentences too short for an anchor are looked for as a whole.
  prepared.sentences.forEach((s, i) => {
    if (s.norm.length >= ANCHOR || !s.norm) return;
    let count = 0;
    for (let at = 0; at + s.norm.length <= page.codes.length && count < MAX_PLACES; at++) {
      if (holds(page.codes, at, s.norm)) {
        add(i, at);
        count++;
      }
    }
  });
  return { first, more };
}

/** Distinct proposed starts, grouped: starts closer than half the sentence are one place. */
function places(first: number, more: number[] | undefined, length: number): number[][] {
  if (first === UNSEEN) return [];
  if (!more) return [[first]]; // the usual case: every anchor agrees
  const sorted = [...new Set([first, ...more])].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const s of sorted) {
    const group = out[out.length - 1];
    if (group && s - group[0]! < Math.max(1, length >> 1)) group.push(s);
    else out.push([s]);
  }
  return out;
}

// eslint-disable-next-line max-lines-per-function -- to be split into named steps (issue: no shipped function over 100 lines)
function run(pageText: string, article: ParsedArticle, fold: FoldTable): ChangedFactsResult {
  const prepared = prepareArticle(article, fold);
  // Codes only first (as detection reads the page); positions and breaks once something needs aligning.
  let page = mapText(pageText, fold, true, false);
  const proposed = proposedStarts(prepared, page);

  // Verbatim places first: they are faithful, and no other sentence's alignment may take them.
  const verbatim: Place[] = [];
  const toAlign: { sentence: number; start: number }[] = [];
  const found = prepared.sentences.map(() => false);
  prepared.sentences.forEach((s, i) => {
    const first = proposed.first[i]!;
    if (first !== UNSEEN && !proposed.more[i] && holds(page.codes, first, s.norm)) {
      // The usual case: one place, verbatim.
      verbatim.push({ start: first, end: first + s.norm.length, sentence: i });
      found[i] = true;
      return;
    }
    for (const group of places(first, proposed.more[i], s.norm.length)) {
      const at = group.find((start) => holds(page.codes, start, s.norm));
      if (at !== undefined) {
        verbatim.push({ start: at, end: at + s.norm.length, sentence: i });
        found[i] = true;
      } else toAlign.push({ sentence: i, start: group[0]! });
    }
  });

  if (found.every(Boolean) && toAlign.length === 0) {
    return { changes: [], missing: [], found: found.length, total: found.length }; // faithful throughout
  }
  page = mapText(pageText, fold, true, true);
  const P = page.codes;
  const changes: FactChange[] = [];
  const seen = new Set<string>();
  const aligned: Place[] = [];
  let budget = MAX_CELLS;
  /** Aligns sentence i in page[from, to) and records what it finds; false when it is not there. */
  const tryPlace = (i: number, from: number, to: number): boolean => {
    const s = prepared.sentences[i]!;
    const L = s.norm.length;
    from = Math.max(0, from);
    to = Math.min(P.length, to);
    if (to <= from) return false;
    const cost = (L + s.before.length + s.after.length + 1) * (to - from + 1);
    if (cost > budget) return false;
    budget -= cost;
    const al = align(s.norm, s.slots, page.codes, page.breaks, from, to, s.before, s.after);
    const prose = L - s.slots.reduce((n, x) => n + x.to - x.from, 0);
    if (!al || al.matched < MIN_MATCHED * prose || al.edits > (1 - MIN_MATCHED) * prose) return false;
    if (takenBy(verbatim, i, al.start, al.end) || takenBy(aligned, i, al.start, al.end) || takenBy(aligned, i, al.start, al.end, true))
      return false;
    aligned.push({ start: al.start, end: al.end, sentence: i });
    found[i] = true;
    const pageSentence = rawSpan(page, pageText, al.start, al.end).text.slice(0, MAX_PAGE_SENTENCE);
    s.slots.forEach((slot, j) => {
      const [a, b] = al.slots[j]!;
      const pageNorm = codesToString(P.subarray(a, b));
      if (slot.same(pageNorm) || sameAcrossBreak(slot.same, P, page.breaks, a, b)) return;
      const key = `${i}\u0000${slot.from}\u0000${pageNorm}`;
      if (seen.has(key) || changes.length >= MAX_CHANGES) return;
      seen.add(key);
      changes.push({
        kind: slot.kind,
        id: slot.id,
        what: slot.what,
        original: slot.original,
        page: rawSpan(page, pageText, a, b).text,
        sentence: { id: s.id, start: s.start, end: s.end },
        pageSentence,
      });
    });
    return true;
  };

  for (const { sentence: i, start } of toAlign) {
    // The group's first start is the leftmost guess; a changed fact before an anchor shifts it by a few characters.
    const L = prepared.sentences[i]!.norm.length;
    const slack = 12 + (L >> 2);
    tryPlace(i, start - slack, start + L + slack);
  }

  // A sentence no anchor survived in (short, dense with facts, much reworded) is looked for
  // between its neighbours, where a faithful reprint keeps it.
  const placed = (i: number) => [...verbatim, ...aligned].filter((p) => p.sentence === i);
  prepared.sentences.forEach((s, i) => {
    if (found[i]) return;
    const L = s.norm.length;
    const slack = 12 + (L >> 2);
    const before = i > 0 ? placed(i - 1) : [];
    const after = i + 1 < prepared.sentences.length ? placed(i + 1) : [];
    for (const a of before) {
      const b = after.find((x) => x.start >= a.end && x.start - a.end <= 2 * L + 4 * slack);
      if (tryPlace(i, a.end - slack, b ? b.start + slack : a.end + L + 2 * slack)) return;
    }
    for (const b of after) if (tryPlace(i, b.start - L - 2 * slack, b.start + slack)) return;
  });

  return {
    changes,
    missing: missingPassages(prepared.sentences, found, prepared.text),
    found: found.filter(Boolean).length,
    total: prepared.sentences.length,
  };
}

/** How far a fact's words may reach over a line break (see sameAcrossBreak). */
const REACH = 6;

/**
 * A slot's run stops at a line break (align.ts), which keeps a changed fact from taking the line
 * before it; a faithful fact the page writes differently *and* breaks (`十\n六年`) is whole again
 * when its words read the same with a few characters over the break.
 */
function sameAcrossBreak(same: (s: string) => boolean, codes: Uint16Array, breaks: Uint8Array, a: number, b: number): boolean {
  let near = false;
  for (let k = Math.max(0, a - REACH + 1); k <= Math.min(codes.length - 1, b + REACH - 1) && !near; k++) near = breaks[k] === 1;
  if (!near) return false;
  // A fact cut short by the break (`十` | `六年`) reads on over it; one that took its neighbour's first
  // characters up to a break right after it (`特朗普二` | `十一日`) gives them back.
  const shrink = breaks[b] === 1 ? REACH : 0;
  for (let from = a; from >= Math.max(0, a - REACH); from--) {
    for (let to = Math.max(from + 1, b - shrink); to <= Math.min(codes.length, b + REACH); to++) {
      if ((from !== a || to !== b) && to > from && same(codesToString(codes.subarray(from, to)))) return true;
    }
  }
  return false;
}

/** Mostly inside a place another sentence holds (or, with `same`, this sentence already aligned there). */
function takenBy(placesTaken: readonly Place[], sentence: number, start: number, end: number, same = false): boolean {
  for (const p of placesTaken) {
    if ((p.sentence === sentence) !== same) continue;
    if (Math.min(end, p.end) - Math.max(start, p.start) > (end - start) / 2) return true;
  }
  return false;
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
    run = {
      start: s.start,
      end: s.end,
      sentenceId: s.id,
      sentences: 1,
      excerpt: text.slice(s.start, Math.min(s.end, s.start + EXCERPT)).replace(/\s+/g, ' '),
    };
    out.push(run);
  });
  return out;
}
