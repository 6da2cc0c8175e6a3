/**
 * The parsed copy as the comparison needs it, worked out once per article: each body sentence
 * normalised (text.ts), with the facts it holds as slots — figures, name mentions of actors and
 * written dates — each with its span in the sentence's normalised text and in the article.
 */
import type { ParsedArticle } from '@/utils/article/schema';
import type { FoldTable } from '@/utils/detect/normalise';
import { forEachGram } from '@/utils/detect/coverage';
import { codesToString, mapText, normaliseForCompare, type MappedText } from './text';
import { WRITTEN_DATE, readDate, readFigure } from './values';
import type { FactKind } from '@/utils/changed-facts';

export interface Slot {
  kind: FactKind;
  id: string;
  what: { zh: string; en: string };
  /** Span in the sentence's normalised text. */
  from: number;
  to: number;
  /** Span in the article's text. */
  start: number;
  end: number;
  /** The article's words. */
  original: string;
  /** The normalised words (the exact form a faithful page shows after normalisation). */
  norm: string;
  /** How equal words are recognised: the value read from them, or the set of the actor's names. */
  same: (pageNorm: string) => boolean;
}

export interface PreparedSentence {
  id: string;
  start: number;
  end: number;
  /** Normalised sentence text. */
  norm: string;
  slots: Slot[];
  /** Normalised chunks of the text between slots, with their offset in `norm`: search anchors. */
  anchors: { text: string; at: number }[];
  /** A few normalised characters of the article just before and after the sentence (see align.ts). */
  before: string;
  after: string;
}

export interface PreparedArticle {
  sentences: PreparedSentence[];
  text: string;
  /** Anchor gram hash (forEachGram, ANCHOR characters) → the sentences and offsets it anchors. */
  anchorIndex: Map<number, { sentence: number; at: number }[]>;
  /** 2^16-bit prefilter on the low hash bits, so most page grams skip the Map. */
  filter: Uint32Array;
}

/** Anchor length in normalised characters: rare enough on a page, short enough to survive a reworded phrase. */
export const ANCHOR = 8;
/** Context characters aligned either side of a sentence. */
const CONTEXT = 4;

interface RawSlot {
  kind: FactKind;
  id: string;
  what: { zh: string; en: string };
  start: number;
  end: number;
  same: (original: string) => (pageNorm: string) => boolean;
}

/** Equal by value when both read as one; otherwise only the same normalised words are equal. */
function byValue(read: (s: string) => string | null) {
  return (original: string) => {
    const want = read(original);
    return (page: string) => page === original || (want !== null && read(page) === want);
  };
}

function factSlots(article: ParsedArticle, fold: FoldTable): RawSlot[] {
  const out: RawSlot[] = [];
  for (const f of article.figures) {
    out.push({ kind: 'figure', id: f.id, what: f.measures, start: f.start, end: f.end, same: byValue(readFigure) });
  }
  for (const t of article.timeline) {
    WRITTEN_DATE.lastIndex = 0;
    for (let m = WRITTEN_DATE.exec(t.text); m; m = WRITTEN_DATE.exec(t.text)) {
      if (m[0] === '') {
        WRITTEN_DATE.lastIndex++;
        continue;
      }
      out.push({
        kind: 'date',
        id: t.id,
        what: t.event,
        start: t.start + m.index,
        end: t.start + m.index + m[0].length,
        same: byValue(readDate),
      });
    }
  }
  for (const a of article.actors) {
    const names = new Set([a.name.zh, a.name.en, ...a.aliases].map((n) => normaliseForCompare(n, fold)).filter(Boolean));
    const same = () => (page: string) => names.has(page);
    for (const m of a.mentions) {
      // References (这位金融巨头, 后者) are not names: not compared.
      if (m.kind === 'name') out.push({ kind: 'actor', id: a.id, what: a.name, start: m.start, end: m.end, same });
    }
  }
  return out;
}

/** Index of the first normalised character at or after raw offset `r` (binary search on positions). */
function normIndex(m: MappedText, r: number): number {
  let lo = 0;
  let hi = m.pos.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (m.pos[mid]! < r) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function anchorsOf(norm: string, slots: Slot[]): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  let from = 0;
  for (const gap of [...slots.map((s) => [s.from, s.to] as const), [norm.length, norm.length] as const]) {
    for (let at = from; at + ANCHOR <= gap[0]; at += ANCHOR) out.push({ text: norm.slice(at, at + ANCHOR), at });
    from = gap[1];
  }
  // Facts too close together for two runs of prose: every gram of the sentence, so one changed fact still leaves some.
  if (out.length < 2) {
    out.length = 0;
    for (let at = 0; at + ANCHOR <= norm.length; at++) out.push({ text: norm.slice(at, at + ANCHOR), at });
  }
  return out;
}

const cache = new WeakMap<ParsedArticle, WeakMap<FoldTable, PreparedArticle>>();

export function prepareArticle(article: ParsedArticle, fold: FoldTable): PreparedArticle {
  let byFold = cache.get(article);
  if (!byFold) cache.set(article, (byFold = new WeakMap()));
  const known = byFold.get(fold);
  if (known) return known;
  const mapped = mapText(article.text, fold);
  const normText = codesToString(mapped.codes);
  const body = new Set(article.blocks.flatMap((b, i) => (b.kind === 'paragraph' ? [i] : [])));
  // Figures first, then dates, then names: an overlapping later slot (a date that is also a figure) is dropped.
  const raw = factSlots(article, fold);
  const sentences: PreparedSentence[] = [];
  for (const s of article.sentences) {
    if (!s.blocks.some((b) => body.has(b))) continue;
    const base = normIndex(mapped, s.start);
    const limit = normIndex(mapped, s.end);
    const norm = normText.slice(base, limit);
    const taken: Slot[] = [];
    for (const r of raw) {
      if (r.start < s.start || r.end > s.end || r.end <= r.start) continue;
      const from = normIndex(mapped, r.start) - base;
      const to = normIndex(mapped, r.end) - base;
      if (to <= from || taken.some((t) => from < t.to && t.from < to)) continue;
      const original = article.text.slice(r.start, r.end);
      const slotNorm = norm.slice(from, to);
      taken.push({
        kind: r.kind,
        id: r.id,
        what: r.what,
        from,
        to,
        start: r.start,
        end: r.end,
        original,
        norm: slotNorm,
        same: r.same(slotNorm),
      });
    }
    taken.sort((a, b) => a.from - b.from);
    sentences.push({
      id: s.id,
      start: s.start,
      end: s.end,
      norm,
      slots: taken,
      anchors: anchorsOf(norm, taken),
      before: normText.slice(Math.max(0, base - CONTEXT), base),
      after: normText.slice(limit, limit + CONTEXT),
    });
  }
  const anchorIndex = new Map<number, { sentence: number; at: number }[]>();
  const filter = new Uint32Array(2048);
  sentences.forEach((s, sentence) => {
    for (const a of s.anchors) {
      if (a.text.length !== ANCHOR) continue;
      forEachGram(a.text, ANCHOR, (h) => {
        const list = anchorIndex.get(h);
        if (list) list.push({ sentence, at: a.at });
        else anchorIndex.set(h, [{ sentence, at: a.at }]);
        filter[(h & 0xffff) >>> 5]! |= 1 << (h & 31);
      });
    }
  });
  const prepared = { sentences, text: article.text, anchorIndex, filter };
  byFold.set(fold, prepared);
  return prepared;
}
