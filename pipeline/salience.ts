/**
 * Step 6: what matters most. Every fact of the copy (each figure, each reported event) gets a
 * salience score from four signals of its sentence, computed from the parsed copy alone; the key
 * points are the most salient facts that do not retell one another, and each person's part in
 * the story is the most salient fact that person states or does. docs/parsed-copy.md states the
 * rule; the golden test pins its result for the bundled article.
 *
 *   salience = headline + 3 × lead + mentions + attribution          (each signal 0…1)
 *
 * - headline: half for the share of the headline's actors the sentence names, half when it
 *   reports a clash (质疑 / 拆台 / 回击 / 反驳 / 批评 …), the headline's own subject (“开撕”了?).
 * - lead: 1 / (1 + i / 2), i the sentence's place among the body's sentences (news puts first
 *   what matters most; the lede scores 1).
 * - mentions: half the prominence of the actors the sentence names (Σ ln(1 + their name
 *   mentions) over 2 ln(1 + the most mentioned actor's), at most 1), half the money it states
 *   (amounts in a currency, two or more count 1).
 * - attribution: 1 where a named actor says it (a figure's speaker, an event's attribution, or
 *   the actor named in the same clause right before the sentence's first speech, challenge or
 *   reply word), ½ where only a source word does (外媒), 0 for the author's own narration.
 *
 * Key points: the facts in descending salience (ties: text order), skipping a fact whose sentence
 * already gave one, restates an amount already taken, or retells a taken sentence (shares at
 * least 10% of its two-character sequences, amounts left out); at most five.
 */
import type {
  Actor,
  Block,
  FactRef,
  Figure,
  KeyPoint,
  KeyPointSignals,
  ParsedArticle,
  Sentence,
  TimelineEntry,
} from '../utils/article/schema';
import { CHALLENGE, REPLY, SPEECH_VERB } from './timeline';

export const MAX_KEY_POINTS = 5;
export const LEAD_WEIGHT = 3;
/** Two sentences that share this share of their character pairs (Jaccard) tell the same thing. */
export const RETELLING = 0.1;

/** A clash between the story's parties: a challenge, a reply, a criticism. */
const CLASH = new RegExp(`${CHALLENGE.source}|${REPLY.source}|批评|指责`, 'u');
/** Words that say someone speaks: a statement, a challenge, a reply. */
const SAYS = new RegExp(`${SPEECH_VERB.source}|${CLASH.source}`, 'u');
/** A clause ends here: an actor before it is not the subject of a verb after it. */
const CLAUSE_EDGE = /[,,;;::。!?!?]/u;
const CJK_PAIR = /^[\u3400-\u9fff]{2}$/u;
const MONEY = new Set<Figure['unit']>(['USD', 'CNY']);

type Copy = Pick<ParsedArticle, 'text' | 'blocks' | 'sentences' | 'actors' | 'figures' | 'timeline'>;

/** What the signals need to know about one sentence. */
interface SentenceFacts {
  sentence: Sentence;
  /** Its place among the body's sentences. */
  index: number;
  /** Actors it names (name mentions, not references), first named first. */
  names: string[];
  /** The actor named in the same clause right before its first speech, challenge or reply word. */
  speaker: string | undefined;
  clash: boolean;
  money: number;
  pairs: Set<string>;
}

interface Candidate {
  ref: FactRef;
  /** Where the fact's own words start. */
  start: number;
  /** Its place in its list: figures in text order, timeline entries in date order (orders ties). */
  order: number;
  at: SentenceFacts;
  /** Who says it, where a named actor does. */
  speaker: string | undefined;
  /** A source word only (有外媒报道称): attribution without an actor. */
  sourceOnly: boolean;
  /** Amounts it states (a figure's own value). */
  amount?: { value: number; unit: Figure['unit'] };
  signals: KeyPointSignals;
  salience: number;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function isBody(blocks: readonly Block[], s: Sentence): boolean {
  return s.blocks.length > 0 && s.blocks.every((b) => blocks[b]?.kind === 'paragraph');
}

function namesIn(actors: readonly Actor[], s: { start: number; end: number }): string[] {
  return actors
    .flatMap((a) =>
      a.mentions.filter((m) => m.kind === 'name' && m.start >= s.start && m.end <= s.end).map((m) => ({ id: a.id, at: m.start })),
    )
    .sort((x, y) => x.at - y.at)
    .map((m) => m.id)
    .filter((id, i, all) => all.indexOf(id) === i);
}

function speakerIn(copy: Copy, s: Sentence): string | undefined {
  const words = copy.text.slice(s.start, s.end);
  const verb = SAYS.exec(words);
  if (!verb) return undefined;
  const verbAt = s.start + verb.index;
  const nearest = copy.actors
    .flatMap((a) =>
      a.mentions.filter((m) => m.kind === 'name' && m.start >= s.start && m.end <= verbAt).map((m) => ({ id: a.id, end: m.end })),
    )
    .sort((x, y) => y.end - x.end)[0];
  if (!nearest || CLAUSE_EDGE.test(copy.text.slice(nearest.end, verbAt))) return undefined;
  return nearest.id;
}

function pairsOf(words: string): Set<string> {
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) {
    const pair = words.slice(i, i + 2);
    if (CJK_PAIR.test(pair)) pairs.add(pair);
  }
  return pairs;
}

function describeSentences(copy: Copy): Map<string, SentenceFacts> {
  const out = new Map<string, SentenceFacts>();
  copy.sentences
    .filter((s) => isBody(copy.blocks, s))
    .forEach((sentence, index) => {
      const words = copy.text.slice(sentence.start, sentence.end);
      // Amounts are compared as amounts (a restated one), not as words: 亿美元 makes no two sentences alike.
      const wordsOnly = copy.figures
        .filter((f) => f.sentence === sentence.id)
        .reduce((w, f) => w.slice(0, f.start - sentence.start) + ' '.repeat(f.end - f.start) + w.slice(f.end - sentence.start), words);
      out.set(sentence.id, {
        sentence,
        index,
        names: namesIn(copy.actors, sentence),
        speaker: speakerIn(copy, sentence),
        clash: CLASH.test(words),
        money: copy.figures.filter((f) => f.sentence === sentence.id && MONEY.has(f.unit)).length,
        pairs: pairsOf(wordsOnly),
      });
    });
  return out;
}

/** The four signals of a fact in its sentence (see the module comment). */
function signalsOf(
  at: SentenceFacts,
  attribution: number,
  context: { headlineActors: ReadonlySet<string>; counts: ReadonlyMap<string, number>; most: number },
): KeyPointSignals {
  const { headlineActors, counts, most } = context;
  const named = at.names.filter((id) => headlineActors.has(id)).length;
  const headline = (headlineActors.size ? named / headlineActors.size : 0) / 2 + (at.clash ? 0.5 : 0);
  const prominence =
    most > 0 ? Math.min(1, at.names.reduce((sum, id) => sum + Math.log1p(counts.get(id) ?? 0), 0) / (2 * Math.log1p(most))) : 0;
  const mentions = prominence / 2 + Math.min(1, at.money / 2) / 2;
  return { headline, lead: 1 / (1 + at.index / 2), mentions, attribution };
}

const scoreOf = (s: KeyPointSignals) => s.headline + LEAD_WEIGHT * s.lead + s.mentions + s.attribution;

/** Every figure and reported event in the body, with its signals, most salient first. */
export function rankFacts(copy: Copy): Candidate[] {
  const sentences = describeSentences(copy);
  const headlineActors = new Set(
    copy.sentences
      .filter((s) => s.blocks.length > 0 && s.blocks.every((b) => copy.blocks[b]?.kind === 'title'))
      .flatMap((s) => namesIn(copy.actors, s)),
  );
  const counts = new Map(copy.actors.map((a) => [a.id, a.mentions.filter((m) => m.kind === 'name').length]));
  const context = { headlineActors, counts, most: Math.max(0, ...counts.values()) };
  const candidate = (ref: FactRef, start: number, order: number, sentenceId: string, own: { speaker?: string; sourceOnly: boolean }) => {
    const at = sentences.get(sentenceId);
    if (!at) return [];
    const speaker = own.speaker ?? at.speaker;
    const signals = signalsOf(at, speaker ? 1 : own.sourceOnly ? 0.5 : 0, context);
    return [{ ref, start, order, at, speaker, sourceOnly: own.sourceOnly, signals, salience: scoreOf(signals) }];
  };
  const figures: Candidate[] = copy.figures.flatMap((f, i) =>
    candidate({ kind: 'figure', id: f.id }, f.start, i, f.sentence, { speaker: f.speaker, sourceOnly: false }).map((c) => ({
      ...c,
      amount: { value: f.value, unit: f.unit },
    })),
  );
  const events: Candidate[] = copy.timeline.flatMap((e: TimelineEntry, i) =>
    e.kind === 'event'
      ? candidate({ kind: 'entry', id: e.id }, e.start, i, e.sentence, {
          speaker: e.attribution?.actor,
          sourceOnly: !!e.attribution && !e.attribution.actor,
        })
      : [],
  );
  return [...figures, ...events].sort(bySalience);
}

/**
 * Most salient first; in a tie the earlier sentence, then an amount before an event, then
 * figures in text order and events in date order (what happened before the report of it).
 */
function bySalience(a: Candidate, b: Candidate): number {
  const kind = (c: Candidate) => (c.ref.kind === 'figure' ? 0 : 1);
  return b.salience - a.salience || a.at.index - b.at.index || kind(a) - kind(b) || a.order - b.order;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  const all = a.size + b.size - shared;
  return all ? shared / all : 0;
}

/** Whether `c` adds nothing the taken points do not say already (see the module comment). */
function retells(c: Candidate, taken: readonly Candidate[], figures: readonly Figure[]): boolean {
  const amountsHere = figures.filter((f) => f.sentence === c.at.sentence.id);
  return taken.some(
    (t) =>
      t.at === c.at ||
      (t.amount !== undefined && amountsHere.some((f) => f.value === t.amount!.value && f.unit === t.amount!.unit)) ||
      jaccard(t.at.pairs, c.at.pairs) >= RETELLING,
  );
}

/** The key points: the most salient facts that do not retell one another, most salient first. */
export function pickKeyPoints(copy: Copy, ranked: readonly Candidate[] = rankFacts(copy)): KeyPoint[] {
  const taken: Candidate[] = [];
  for (const c of ranked) {
    if (taken.length === MAX_KEY_POINTS) break;
    if (!retells(c, taken, copy.figures)) taken.push(c);
  }
  return taken.map((c) => ({
    ...c.ref,
    sentence: c.at.sentence.id,
    salience: round(c.salience),
    signals: {
      headline: round(c.signals.headline),
      lead: round(c.signals.lead),
      mentions: round(c.signals.mentions),
      attribution: c.signals.attribution,
    },
  }));
}

/**
 * Each person's part in the story: of the facts the person states (see attribution) or, for an
 * event nobody is said to state, the facts whose sentence names that person first, the one with
 * the highest salience less attribution (every candidate is the person's own); ties go to events
 * (they say what happened), then to text order. People without such a fact get none.
 */
export function pickParts(copy: Copy, ranked: readonly Candidate[] = rankFacts(copy)): Map<string, FactRef> {
  const people = new Set(copy.actors.filter((a) => a.kind === 'person').map((a) => a.id));
  const ownerOf = (c: Candidate) =>
    c.speaker ?? (c.ref.kind === 'entry' && !c.sourceOnly ? c.at.names.find((id) => people.has(id)) : undefined);
  const score = (c: Candidate) => c.signals.headline + LEAD_WEIGHT * c.signals.lead + c.signals.mentions;
  const parts = new Map<string, Candidate>();
  for (const c of ranked) {
    const owner = ownerOf(c);
    if (!owner || !people.has(owner)) continue;
    const best = parts.get(owner);
    const better =
      !best ||
      score(c) > score(best) ||
      (score(c) === score(best) && (c.ref.kind === 'entry' ? 0 : 1) - (best.ref.kind === 'entry' ? 0 : 1) < 0) ||
      (score(c) === score(best) && c.ref.kind === best.ref.kind && c.start < best.start);
    if (better) parts.set(owner, c);
  }
  return new Map([...parts].map(([id, c]) => [id, c.ref]));
}
