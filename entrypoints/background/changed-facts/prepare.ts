/**
 * The parsed copy as the comparison needs it, worked out once per article: each body sentence
 * normalised (text.ts), with the facts it holds — name mentions of actors, figures, written
 * dates and relative times — each with its span in the sentence's normalised text and in the
 * article, and what it reads as (values.ts), so a page's words can be read the same way.
 */
import type { ParsedArticle } from '@/utils/article/schema';
import type { FoldTable } from '@/utils/detect/normalise';
import { forEachGram } from '@/utils/detect/coverage';
import { codesToString, mapText, normaliseForCompare, normIndex, type MappedText } from './text';
import { datesAgree, readAmounts, readRelativeTimes, readWrittenDates } from './values';

/** What a fact reads as; a page's words stand for the same fact when they read the same. */
export type FactReading =
  /** The actor's names (normalised, longest first): a mention stays while one of them stands there. */
  | { kind: 'actor'; names: readonly string[] }
  /** An amount's `value unit` (values.ts readAmounts). */
  | { kind: 'figure'; key: string }
  /** A written date: the `YYYY-MM-DD` the parsed copy resolves it to. */
  | { kind: 'date'; resolved: string }
  /** A relative time's interval or offset (values.ts readRelativeTimes). */
  | { kind: 'time'; key: string };

export interface Fact {
  reading: FactReading;
  /** The fact in the parsed copy: figure id (`f3`), actor id (`son`) or timeline id (`t13`). */
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
  /** How often the sentence says the same (names of the actor, equal amounts or dates): a fact moved within its sentence is still there. */
  times: number;
}

export interface PreparedSentence {
  id: string;
  start: number;
  end: number;
  /** The sentence as the article writes it, and normalised (as a string and as codes). */
  text: string;
  norm: string;
  codes: Uint16Array;
  facts: Fact[];
  /** Normalised chunks of the text between facts, with their offset in `norm`: search anchors. */
  anchors: { text: string; at: number }[];
  /** Characters of `norm` outside every fact. */
  prose: number;
}

export interface PreparedArticle {
  sentences: PreparedSentence[];
  text: string;
  /** Every actor's names, normalised, longest first: a replaced name is shown as the name put there. */
  names: readonly string[];
  /** Anchor gram hash (forEachGram, ANCHOR characters) → the sentences and offsets it anchors. */
  anchorIndex: Map<number, { sentence: number; at: number }[]>;
  /** 2^16-bit prefilter on the low hash bits, so most page grams skip the Map. */
  filter: Uint32Array;
}

/** Anchor length in normalised characters: rare enough on a page, short enough to survive a reworded phrase. */
export const ANCHOR = 8;

interface RawFact {
  reading: FactReading;
  id: string;
  what: { zh: string; en: string };
  start: number;
  end: number;
}

/** Other names an actor goes by that the article does not use (川普 for 特朗普), by actor id. */
export type OtherNames = Readonly<Record<string, readonly string[]>>;

/** An actor's names as a page may write them: Chinese name, aliases, other names, English name and (people) surname. */
function namesOf(actor: ParsedArticle['actors'][number], fold: FoldTable, other: OtherNames): string[] {
  const en = actor.name.en.replace(/\s*\(.*\)$/, '');
  const surname = actor.kind === 'person' ? en.split(/\s+/).pop() : undefined;
  const names = [actor.name.zh, en, ...(surname ? [surname] : []), ...actor.aliases, ...(other[actor.id] ?? [])].map((n) =>
    normaliseForCompare(n, fold),
  );
  return [...new Set(names.filter(Boolean))].sort((a, b) => b.length - a.length);
}

/** Relative times and written dates first (16年后 holds the figure 16年), then figures, then names: a later overlapping fact is dropped. */
function rawFacts(article: ParsedArticle, fold: FoldTable, other: OtherNames): RawFact[] {
  const out: RawFact[] = [];
  for (const t of article.timeline) {
    if (t.precision === 'day' && /^\d{4}-\d{2}-\d{2}$/.test(t.date)) {
      for (const w of readWrittenDates(t.text))
        out.push({ reading: { kind: 'date', resolved: t.date }, id: t.id, what: t.event, start: t.start + w.start, end: t.start + w.end });
    }
    for (const r of readRelativeTimes(t.text))
      out.push({ reading: { kind: 'time', key: r.key }, id: t.id, what: t.event, start: t.start + r.start, end: t.start + r.end });
  }
  for (const f of article.figures) {
    const [amount] = readAmounts(normaliseForCompare(f.text, fold));
    if (amount) out.push({ reading: { kind: 'figure', key: amount.key }, id: f.id, what: f.measures, start: f.start, end: f.end });
  }
  for (const a of article.actors) {
    const reading = { kind: 'actor', names: namesOf(a, fold, other) } as const;
    for (const m of a.mentions) {
      // References (这位金融巨头, 后者) are not names: not compared.
      if (m.kind === 'name') out.push({ reading, id: a.id, what: a.name, start: m.start, end: m.end });
    }
  }
  return out;
}

function anchorsOf(norm: string, facts: Fact[]): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  let from = 0;
  for (const gap of [...facts.map((s) => [s.from, s.to] as const), [norm.length, norm.length] as const]) {
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

/** How often `norm` says what `reading` says (see Fact.times). */
export function timesSaid(reading: FactReading, norm: string): number {
  switch (reading.kind) {
    case 'actor':
      return countNames(norm, reading.names);
    case 'figure':
      return readAmounts(norm).filter((a) => a.key === reading.key).length;
    case 'date':
      return readWrittenDates(norm).filter((d) => datesAgree(d, reading.resolved)).length;
    case 'time':
      return readRelativeTimes(norm).filter((r) => r.key === reading.key).length;
  }
}

/** Non-overlapping occurrences of any of `names` (longest first) in `text`. */
export function countNames(text: string, names: readonly string[]): number {
  let n = 0;
  for (let i = 0; i < text.length; ) {
    const name = names.find((x) => text.startsWith(x, i));
    if (name) {
      n++;
      i += name.length;
    } else i++;
  }
  return n;
}

function sentenceFacts(
  article: ParsedArticle,
  raw: RawFact[],
  mapped: MappedText,
  norm: string,
  base: number,
  s: { start: number; end: number },
): Fact[] {
  const taken: Fact[] = [];
  for (const r of raw) {
    if (r.start < s.start || r.end > s.end || r.end <= r.start) continue;
    const from = normIndex(mapped, r.start) - base;
    const to = normIndex(mapped, r.end) - base;
    if (to <= from || taken.some((t) => from < t.to && t.from < to)) continue;
    taken.push({ ...r, from, to, original: article.text.slice(r.start, r.end), times: timesSaid(r.reading, norm) });
  }
  return taken.sort((a, b) => a.from - b.from);
}

const cache = new WeakMap<ParsedArticle, WeakMap<FoldTable, WeakMap<OtherNames, PreparedArticle>>>();
const NO_OTHER_NAMES: OtherNames = {};

export function prepareArticle(article: ParsedArticle, fold: FoldTable, other: OtherNames = NO_OTHER_NAMES): PreparedArticle {
  let byFold = cache.get(article);
  if (!byFold) cache.set(article, (byFold = new WeakMap()));
  let byNames = byFold.get(fold);
  if (!byNames) byFold.set(fold, (byNames = new WeakMap()));
  const known = byNames.get(other);
  if (known) return known;
  const mapped = mapText(article.text, fold);
  const normText = codesToString(mapped.codes);
  const body = new Set(article.blocks.flatMap((b, i) => (b.kind === 'paragraph' ? [i] : [])));
  const raw = rawFacts(article, fold, other);
  const sentences: PreparedSentence[] = [];
  for (const s of article.sentences) {
    if (!s.blocks.some((b) => body.has(b))) continue;
    const base = normIndex(mapped, s.start);
    const limit = normIndex(mapped, s.end);
    const norm = normText.slice(base, limit);
    const facts = sentenceFacts(article, raw, mapped, norm, base, s);
    sentences.push({
      id: s.id,
      start: s.start,
      end: s.end,
      text: article.text.slice(s.start, s.end),
      norm,
      codes: Uint16Array.from(norm, (ch) => ch.charCodeAt(0)),
      facts,
      anchors: anchorsOf(norm, facts),
      prose: norm.length - facts.reduce((n, f) => n + f.to - f.from, 0),
    });
  }
  const names = [...new Set(raw.flatMap((r) => (r.reading.kind === 'actor' ? r.reading.names : [])))].sort((a, b) => b.length - a.length);
  const prepared = { sentences, text: article.text, names, ...anchorIndexOf(sentences) };
  byNames.set(other, prepared);
  return prepared;
}

function anchorIndexOf(sentences: PreparedSentence[]): Pick<PreparedArticle, 'anchorIndex' | 'filter'> {
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
  return { anchorIndex, filter };
}
