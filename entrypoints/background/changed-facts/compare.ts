/**
 * Did this copy change a fact? Compares a page's text with the bundled parsed copy, fact by fact.
 *
 * 1. `readPage`: the page normalised (text.ts: script, width, punctuation and whitespace
 *    insensitive), as codes and as a string — no positions yet.
 * 2. `findVerbatim`: each body sentence looked up where the previous one ended, then anywhere:
 *    a sentence the page holds verbatim (normalised) is faithful. On a faithful page this is all.
 * 3. `proposePlaces`: the page outside those sentences is hashed for anchors (8-character runs of
 *    each sentence's prose): each occurrence proposes a place for its sentence — an edited copy
 *    of it, or a second copy of the article.
 * 4. `Placer`: each proposed place not verbatim is aligned with its sentence (align.ts) and, when
 *    most of the sentence's prose is there, its facts are judged (judge.ts). A sentence no anchor
 *    survived in is looked for between its neighbours. A place another sentence holds is never taken.
 * 5. `summarise`: the same change found at several places is one item with its count; body
 *    sentences found nowhere form the missing passages (informational).
 *
 * Pure; never throws (bad input gives an empty result: found = total = 0 or found = 0); the work per
 * page is bounded. The steps are exported for their own tests (compare-steps.test.ts): a later step
 * recovers much of what an earlier one misses, so the whole comparison alone cannot show a step broken.
 */
import type { ParsedArticle } from '@/utils/article/schema';
import { forEachGram } from '@/utils/detect/coverage';
import type { FoldTable } from '@/utils/detect/normalise';
import type { ChangedFactsResult, FactChange, MissingPassage } from '@/utils/changed-facts';
import { align, type Alignment } from './align';
import { judgeSentence, viewPage, type Finding, type PageView } from './judge';
import { ANCHOR, prepareArticle, type OtherNames, type PreparedArticle, type PreparedSentence } from './prepare';
import { holds, rawSpan, readCodes, type MappedText } from './text';

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

export interface Place {
  start: number;
  end: number;
  sentence: number;
}

/** `other`: names the actors go by that the article does not use (the lexicon's 川普 for 特朗普). */
export function compareCopy(pageText: string, article: ParsedArticle, fold: FoldTable, other?: OtherNames): ChangedFactsResult {
  try {
    if (typeof pageText !== 'string' || pageText.length === 0) return EMPTY;
    return run(pageText, prepareArticle(article, fold, other), fold);
  } catch {
    return EMPTY;
  }
}

function run(pageText: string, prepared: PreparedArticle, fold: FoldTable): ChangedFactsResult {
  const codes = readPage(pageText, fold);
  const verbatim = findVerbatim(prepared, codes);
  const proposed = proposePlaces(prepared, codes, verbatim);
  const n = prepared.sentences.length;
  if (verbatim.length === n && proposed.size === 0) return { changes: [], missing: [], found: n, total: n };
  if (proposed.size === 0 && !roomForTheRest(prepared, codes, verbatim)) return unchanged(prepared, verbatim); // a partial faithful copy
  const placer = new Placer(prepared, pageText, fold, codes, verbatim);
  placer.placeProposed(proposed);
  placer.placeBetweenNeighbours();
  return summarise(prepared, placer);
}

/**
 * Whether a sentence not found verbatim, with none of its anchors on the page, may still stand
 * beside a neighbour found there (much reworded): only then is it worth aligning.
 */
export function roomForTheRest(prepared: PreparedArticle, codes: Uint16Array, verbatim: readonly Place[]): boolean {
  const n = prepared.sentences.length;
  const start = new Int32Array(n + 2).fill(-1); // start[i + 1]: where sentence i is, −1 nowhere
  const end = new Int32Array(n + 2);
  for (const p of verbatim) {
    start[p.sentence + 1] = p.start;
    end[p.sentence + 1] = p.end;
  }
  for (let i = 0; i < n; i++) {
    if (start[i + 1]! >= 0 || (start[i]! < 0 && start[i + 2]! < 0)) continue;
    const s = prepared.sentences[i]!;
    const L = s.norm.length;
    const slack = slackFor(L);
    const before = start[i]! >= 0;
    const after = start[i + 2]! >= 0;
    const from = before ? end[i]! - slack : start[i + 2]! - L - 2 * slack;
    const to = after ? start[i + 2]! + slack : end[i]! + L + 2 * slack;
    if (mayHold(codes, Math.max(0, from), Math.min(codes.length, to), s.norm, MIN_MATCHED * s.prose)) return true;
  }
  return false;
}

/** No fact changed: the sentences found verbatim, the rest missing. */
function unchanged(prepared: PreparedArticle, verbatim: readonly Place[]): ChangedFactsResult {
  const found = prepared.sentences.map(() => false);
  for (const p of verbatim) found[p.sentence] = true;
  return { changes: [], missing: missingPassages(prepared.sentences, found, prepared.text), found: verbatim.length, total: found.length };
}

/** The page's normalised text, as codes only (as detection reads it: no positions, no string). */
function readPage(pageText: string, fold: FoldTable): Uint16Array {
  return readCodes(pageText, fold);
}

/** How far past the previous sentence the next is looked for verbatim (captions, an ad, a list of links between paragraphs). */
const NEXT_WITHIN = 400;

/**
 * Each sentence held verbatim where a faithful copy has it: right after the previous one, or a
 * little further on (captions and noise between paragraphs). Anything else — another order, a
 * second copy, an edited sentence — is for the anchors (proposePlaces). Once a sentence is not
 * there (a partial copy has ended), only the place right after the last one is tried for the next.
 */
export function findVerbatim(prepared: PreparedArticle, codes: Uint16Array): Place[] {
  const out: Place[] = [];
  let hint = 0;
  let misses = 0;
  prepared.sentences.forEach((s, i) => {
    if (!s.norm) return;
    // The first is looked for anywhere, the others from where the previous one ended.
    const within = !out.length ? codes.length : misses < 1 ? hint + NEXT_WITHIN : hint;
    const at = find(codes, s.codes, out.length ? hint : 0, within);
    if (at < 0) {
      misses++;
      return;
    }
    misses = 0;
    out.push({ start: at, end: at + s.norm.length, sentence: i });
    hint = at + s.norm.length;
  });
  return out;
}

/** The first offset in [from, last] where `codes` holds `want`, or −1. */
export function find(codes: Uint16Array, want: Uint16Array, from: number, last: number): number {
  const first = want[0]!;
  const n = want.length;
  const end = Math.min(last, codes.length - n);
  // A long way to look: the engine's own scan finds the first character faster.
  if (end - from > 512) from = codes.indexOf(first, from);
  if (from < 0) return -1;
  outer: for (let at = from; at <= end; at++) {
    if (codes[at] !== first) continue;
    for (let i = 1; i < n; i++) if (codes[at + i] !== want[i]) continue outer;
    return at;
  }
  return -1;
}

/** The page outside the verbatim sentences, as [from, to) stretches long enough to hold an anchor. */
export function uncovered(places: readonly Place[], length: number): [number, number][] {
  const inOrder = places.every((p, i) => i === 0 || places[i - 1]!.start <= p.start);
  const sorted = inOrder ? places : [...places].sort((a, b) => a.start - b.start);
  const out: [number, number][] = [];
  let from = 0;
  for (const p of sorted) {
    if (p.start - from >= ANCHOR) out.push([from, p.start]);
    from = Math.max(from, p.end);
  }
  if (length - from >= ANCHOR) out.push([from, length]);
  return out;
}

/**
 * Per sentence with any, the page offsets where it would start, as its anchors found outside the
 * verbatim sentences say (distinct, grouped: starts closer than half the sentence are one place).
 * On a faithful page there are none.
 */
export function proposePlaces(prepared: PreparedArticle, codes: Uint16Array, verbatim: readonly Place[]): Map<number, number[][]> {
  const starts = new Map<number, number[]>();
  const { anchorIndex, filter } = prepared;
  for (const [from, to] of uncovered(verbatim, codes.length)) {
    let end = from + ANCHOR - 1;
    forEachGram(codes.subarray(from, to), ANCHOR, (h) => {
      const at = end++ - (ANCHOR - 1);
      if ((filter[(h & 0xffff) >>> 5]! & (1 << (h & 31))) === 0) return;
      for (const hit of anchorIndex.get(h) ?? []) {
        let list = starts.get(hit.sentence);
        if (!list) starts.set(hit.sentence, (list = []));
        if (list.length < MAX_PLACES && list[list.length - 1] !== at - hit.at) list.push(at - hit.at);
      }
    });
  }
  const out = new Map<number, number[][]>();
  for (const [i, list] of starts) out.set(i, groups(list, prepared.sentences[i]!.norm.length));
  return out;
}

export function groups(starts: number[], length: number): number[][] {
  const sorted = [...new Set(starts)].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const s of sorted) {
    const group = out[out.length - 1];
    if (group && s - group[0]! < Math.max(1, length >> 1)) group.push(s);
    else out.push([s]);
  }
  return out;
}

/** Places sentences that are not verbatim: aligns them, judges their facts, keeps what it finds. */
class Placer {
  readonly found: boolean[];
  readonly findings: { finding: Finding; sentence: PreparedSentence; pageSentence: [number, number] }[] = [];
  private readonly verbatim: Place[];
  private readonly aligned: Place[] = [];
  private budget = MAX_CELLS;
  private view: (PageView & { mapped: MappedText }) | undefined;

  constructor(
    private readonly prepared: PreparedArticle,
    private readonly pageText: string,
    private readonly fold: FoldTable,
    private readonly codes: Uint16Array,
    verbatim: Place[],
  ) {
    this.verbatim = [...verbatim];
    this.found = prepared.sentences.map(() => false);
    for (const p of verbatim) this.found[p.sentence] = true;
  }

  /** Positions and breaks, worked out only once something needs judging. */
  pageView(): PageView & { mapped: MappedText } {
    this.view ??= viewPage(this.pageText, this.fold);
    return this.view;
  }

  placeProposed(proposed: Map<number, number[][]>): void {
    [...proposed]
      .sort(([a], [b]) => a - b)
      .forEach(([i, groupsOf]) => {
        const s = this.prepared.sentences[i]!;
        for (const group of groupsOf) {
          const at = group.find((start) => holds(this.codes, start, s.norm));
          if (at !== undefined) {
            if (!this.verbatim.some((p) => p.sentence === i && p.start === at))
              this.verbatim.push({ start: at, end: at + s.norm.length, sentence: i });
            this.found[i] = true;
            continue;
          }
          // The group's first start is the leftmost guess; a changed fact before an anchor shifts it by a few characters.
          const slack = slackFor(s.norm.length);
          this.tryPlace(i, group[0]! - slack, group[0]! + s.norm.length + slack);
        }
      });
  }

  /**
   * A sentence no anchor survived in (short, dense with facts, much reworded) is looked for
   * between its neighbours, where a reprint keeps it — unless they leave no room for it.
   */
  placeBetweenNeighbours(): void {
    const sentences = this.prepared.sentences;
    if (this.found.every(Boolean)) return;
    const placedAt = new Map<number, Place[]>();
    const add = (p: Place) => {
      const list = placedAt.get(p.sentence);
      if (list) list.push(p);
      else placedAt.set(p.sentence, [p]);
    };
    for (const p of this.verbatim) add(p);
    for (const p of this.aligned) add(p);
    const place = (i: number, from: number, to: number) => {
      const p = this.tryPlace(i, from, to);
      if (p) add(p);
      return p;
    };
    sentences.forEach((s, i) => {
      if (this.found[i]) return;
      for (const [from, to] of neighbourWindows(s, placedAt.get(i - 1) ?? [], placedAt.get(i + 1) ?? [])) if (place(i, from, to)) return;
    });
  }

  /** Aligns sentence i in page[from, to) and judges its facts there; null when it is not there. */
  private tryPlace(i: number, from: number, to: number): Place | null {
    const s = this.prepared.sentences[i]!;
    from = Math.max(0, from);
    to = Math.min(this.codes.length, to);
    const cost = (s.norm.length + 1) * (to - from + 1);
    if (to <= from || cost > this.budget || !mayHold(this.codes, from, to, s.norm, MIN_MATCHED * s.prose)) return null;
    this.budget -= cost;
    const view = this.pageView();
    const al = align(s.norm, view.mapped.codes, from, to);
    // Most of its prose there, and not lost among far more words than it has.
    if (!al || !placesSentence(al, s)) return null;
    if (
      takenBy(this.verbatim, i, al.start, al.end) ||
      takenBy(this.aligned, i, al.start, al.end) ||
      takenBy(this.aligned, i, al.start, al.end, true)
    )
      return null;
    const place = { start: al.start, end: al.end, sentence: i };
    this.aligned.push(place);
    this.found[i] = true;
    for (const finding of judgeSentence(s, al, view, this.prepared.names)) {
      if (this.findings.length < MAX_CHANGES) this.findings.push({ finding, sentence: s, pageSentence: [al.start, al.end] });
    }
    return place;
  }
}

/** Characters a place may sit off from where its anchors or neighbours say (a changed fact shifts it). */
function slackFor(length: number): number {
  return 12 + (length >> 2);
}

/**
 * Where to look for a sentence between its neighbours' places, in the order tried: after each
 * place of the sentence before it (up to the place of the sentence after it that follows within
 * reach), then before each place of the sentence after it. A gap too small for most of its prose
 * is no room: the neighbours stand together there, and the sentence is not between them.
 */
export function neighbourWindows(
  s: Pick<PreparedSentence, 'norm' | 'prose'>,
  before: readonly Place[],
  after: readonly Place[],
): [number, number][] {
  const L = s.norm.length;
  const room = MIN_MATCHED * s.prose;
  const slack = slackFor(L);
  const out: [number, number][] = [];
  for (const a of before) {
    const b = after.find((x) => x.start >= a.end && x.start - a.end <= 2 * L + 4 * slack);
    if (b && b.start - a.end < room) continue;
    out.push([a.end - slack, b ? b.start + slack : a.end + L + 2 * slack]);
  }
  for (const b of after) {
    if (before.some((a) => b.start >= a.end && b.start - a.end < room)) continue;
    out.push([b.start - L - 2 * slack, b.start + slack]);
  }
  return out;
}

/** An alignment that places the sentence: most of its prose matched, and not lost among far more words than it has. */
export function placesSentence(al: Pick<Alignment, 'matched' | 'edits'>, s: Pick<PreparedSentence, 'norm' | 'prose'>): boolean {
  return al.matched >= MIN_MATCHED * s.prose && al.edits <= s.norm.length;
}

const tally = new Int32Array(0x10000);

/** Whether page[from, to) has at least `least` of the sentence's characters at all (a bag count, far cheaper than aligning). */
export function mayHold(codes: Uint16Array, from: number, to: number, sentence: string, least: number): boolean {
  for (let k = from; k < to; k++) tally[codes[k]!]! += 1;
  let common = 0;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence.charCodeAt(i);
    if (tally[c]! > 0) {
      tally[c]!--;
      common++;
    }
  }
  for (let k = from; k < to; k++) tally[codes[k]!] = 0;
  return common >= least;
}

/** Mostly inside a place another sentence holds (or, with `same`, this sentence already aligned there). */
export function takenBy(placesTaken: readonly Place[], sentence: number, start: number, end: number, same = false): boolean {
  for (const p of placesTaken) {
    if ((p.sentence === sentence) !== same) continue;
    if (Math.min(end, p.end) - Math.max(start, p.start) > (end - start) / 2) return true;
  }
  return false;
}

/** The changes (the same change at several places is one item with its count), the missing passages, the counts. */
function summarise(prepared: PreparedArticle, placer: Placer): ChangedFactsResult {
  const changes: FactChange[] = [];
  const byKey = new Map<string, FactChange>();
  if (placer.findings.length) {
    const view = placer.pageView();
    for (const { finding, sentence, pageSentence } of placer.findings) {
      const page = rawSpan(view.mapped, view.raw, finding.from, finding.to).text;
      const key = `${finding.kind}\u0000${finding.original}\u0000${view.norm.slice(finding.from, finding.to)}`;
      const known = byKey.get(key);
      if (known) {
        known.count++;
        continue;
      }
      const change: FactChange = {
        kind: finding.kind,
        id: finding.fact.id,
        what: finding.fact.what,
        original: finding.original,
        page,
        count: 1,
        sentence: { id: sentence.id, start: sentence.start, end: sentence.end },
        pageSentence: rawSpan(view.mapped, view.raw, pageSentence[0], pageSentence[1]).text.slice(0, MAX_PAGE_SENTENCE),
      };
      byKey.set(key, change);
      changes.push(change);
    }
  }
  return {
    changes,
    missing: missingPassages(prepared.sentences, placer.found, prepared.text),
    found: placer.found.filter(Boolean).length,
    total: prepared.sentences.length,
  };
}

export function missingPassages(sentences: readonly PreparedSentence[], found: readonly boolean[], text: string): MissingPassage[] {
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
