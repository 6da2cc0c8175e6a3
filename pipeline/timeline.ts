/**
 * Step 5: the timeline. Two sources of dated events:
 *  - time expressions found by the date grammar (21日, 上个月, 过去10年, 16年后, the byline);
 *  - lexicon anchors: words tied to a known date of an actor (特朗普…一上任 → 2025-01-20),
 *    which need outside knowledge, said so in `basis`.
 * Bare days resolve against the publication date. Relative terms in reported speech
 * (…谈到自己上个月…) resolve against the time of the event reported just before, not the
 * publication. Entries are sorted chronologically, ids t0… in that order.
 *
 * Rules that keep an entry from saying more than the text:
 *  - an entry found only in the headline is the headline's claim (`kind: 'headline-claim'`);
 *  - an event the text reports as someone's statement (哈伯曼称 / 有外媒报道称 / Axios…报道称,
 *    or a quotation continuing the previous sentence's speech) carries `attribution`;
 *  - the tense the text marks after the time words (曾说 → past, 将 → future) picks the wording;
 *  - three undated events are dated by what they are tied to: "only hours after" (仅几小时) by
 *    the earliest day its paragraph dates; "at the same time as announcing" (在宣布…的同时) by
 *    the day the story last dated; a reply (迅速回击) by the challenge it answers, as "after".
 */
import type { Actor, Attribution, Bilingual, Block, ParseWarning, Sentence, Tense, TimelineEntry } from '../utils/article/schema';
import type { Anchor, Lexicon } from './lexicon';
import { findDateExpressions, formatYMD, resolveDateExpression, type DateExpression, type YMD } from './dates';
import { findAmounts, type AmountMatch } from '../utils/article/numbers';
import { EVENT_NOTES } from './curation';
import { compose, tenseOf } from './wording';

type Bound = 'before' | 'exact' | 'after';

interface Draft extends Omit<TimelineEntry, 'id'> {
  bound: Bound;
  /** The sentence reports a challenge (质疑 / 拆台): a later reply is dated after it. */
  challenge: boolean;
  /** The period an outside-knowledge anchor names (奥巴马时期 → the Obama presidency), for a later 16年后. */
  period?: Bilingual;
}

/** A day the story dates (特朗普21日表示), and whose statement it dates, where the text says. */
interface StoryDay {
  ymd: YMD;
  text: string;
  who?: Bilingual;
}

/** Words that report a statement (shared with pipeline/salience.ts, which asks who speaks). */
export const SPEECH_VERB = /(?:表示|谈到|说|宣称|声称|透露|指出|预计|报道称|称(?!为))/u;
/** Sources named by a word, not an actor: whoever relays it is who the reader must trust. */
const SOURCE_WORDS: { re: RegExp; name: Bilingual }[] = [
  { re: /外媒/u, name: { zh: '外媒', en: 'foreign media' } },
  { re: /媒体/u, name: { zh: '媒体', en: 'the media' } },
  { re: /分析/u, name: { zh: '分析', en: 'analysts' } },
  { re: /报道/u, name: { zh: '报道', en: 'a report' } },
];
const SAME_TIME = /在(?:宣布|公布|发布)[^,\uFF0C。!?\uFF01\uFF1F]*?的同时/u;
/** A reply to a challenge, and the challenge itself (质疑 / 拆台): the clash the headline asks about. */
export const REPLY = /(?:迅速|立即|随即|马上)?(?:回击|回应|反驳|反击)/u;
export const CHALLENGE = /质疑|拆台/u;
const PUBLICATION: Bilingual = { zh: '发表日期', en: 'the publication date' };

function boundOf(words: string): Bound {
  if (/之前|以前|前$|没有|未/u.test(words)) return 'before';
  if (/之后|以后|后$|^一/u.test(words)) return 'after';
  return 'exact';
}

function ymdOf(date: string): YMD | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

function eventFor(
  words: string,
  sentenceText: string,
  fallback: Bilingual | undefined,
  sentence: Sentence,
  tense: Tense | undefined,
  amounts: readonly AmountMatch[],
): Bilingual {
  const note = EVENT_NOTES.find((n) => n.text === words && sentenceText.includes(n.near));
  // An event is told at its own date: 曾 adds no pluperfect there ("Trump said", not "had said").
  const composed = note ? compose(note.event, tense, amounts, { pastAsPlain: true }) : null;
  if (composed) return composed;
  if (fallback) return fallback;
  return { zh: sentenceText.length > 40 ? `${sentenceText.slice(0, 40)}…` : sentenceText, en: `(event in sentence ${sentence.id})` };
}

interface AnchorHit {
  anchor: Anchor;
  start: number;
  end: number;
}

/** Anchor words in one sentence, each tied to the nearest earlier mention of an actor that has it. */
function findAnchors(
  text: string,
  sentence: Sentence,
  lexicon: Lexicon,
  mentions: { actor: string; start: number; end: number }[],
): AnchorHit[] {
  const hits: AnchorHit[] = [];
  const body = text.slice(sentence.start, sentence.end);
  const inSentence = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
  const candidates: { anchor: Anchor; trigger: string; start: number }[] = [];
  for (const anchor of lexicon.anchors) {
    for (const trigger of anchor.triggers) {
      for (let i = body.indexOf(trigger); i >= 0; i = body.indexOf(trigger, i + 1))
        candidates.push({ anchor, trigger, start: sentence.start + i });
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.trigger.length - a.trigger.length);
  for (const c of candidates) {
    const end = c.start + c.trigger.length;
    if (hits.some((h) => c.start < h.end && h.start < end)) continue;
    // The actor is the nearest mention before the words that has an anchor matching here.
    const nearest = [...inSentence]
      .reverse()
      .find((m) => m.end <= c.start && candidates.some((o) => o.start === c.start && o.anchor.actor === m.actor));
    if (!nearest || nearest.actor !== c.anchor.actor) continue;
    // Keep the actor's name in the span when it sits right before the words (特朗普当选之后, 特朗普的上台).
    const gap = text.slice(nearest.end, c.start);
    const start = gap === '' || gap === '的' ? nearest.start : c.start;
    hits.push({ anchor: c.anchor, start, end });
  }
  return hits;
}

interface Mention {
  actor: string;
  start: number;
  end: number;
}

/** The tense of the event: markers after the time words, up to the end of the first speech verb (曾说), or the sentence. */
function eventTense(text: string, sentence: Sentence, at: number): Tense | undefined {
  const rest = text.slice(at, sentence.end);
  const verb = SPEECH_VERB.exec(rest);
  return tenseOf(verb ? rest.slice(0, verb.index + verb[0].length) : rest);
}

/** Who says so where the first speech verb before `at` in the sentence reports it: the nearest actor before the verb, or a source word. */
function speechSource(
  text: string,
  sentence: Sentence,
  at: number,
  mentions: readonly Mention[],
  actors: readonly Actor[],
): Attribution | undefined {
  const before = text.slice(sentence.start, at);
  const verb = SPEECH_VERB.exec(before);
  if (!verb) return undefined;
  const verbAt = sentence.start + verb.index;
  const speaker = [...mentions].reverse().find((m) => m.start >= sentence.start && m.end <= verbAt);
  const actor = speaker ? actors.find((a) => a.id === speaker.actor) : undefined;
  if (speaker && actor) return { actor: actor.id, name: actor.name, start: speaker.start, end: speaker.end };
  const lead = text.slice(sentence.start, verbAt);
  for (const w of SOURCE_WORDS) {
    const m = w.re.exec(lead);
    if (m) return { name: w.name, start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
  }
  return undefined;
}

/** A sentence that is all quotation (“特朗普甚至都还没有正式上任…”) goes on with the previous sentence's speaker. */
function attributionFor(
  text: string,
  sentences: readonly Sentence[],
  index: number,
  at: number,
  mentions: readonly Mention[],
  actors: readonly Actor[],
): Attribution | undefined {
  const sentence = sentences[index]!;
  const own = speechSource(text, sentence, at, mentions, actors);
  if (own) return own;
  const previous = sentences[index - 1];
  if (!previous || !/^[“"「]/u.test(text.slice(sentence.start, sentence.end))) return undefined;
  return speechSource(text, previous, previous.end, mentions, actors);
}

export function buildTimeline(
  text: string,
  blocks: Block[],
  sentences: Sentence[],
  actors: Actor[],
  lexicon: Lexicon,
  published: YMD | null,
  warnings: ParseWarning[],
): TimelineEntry[] {
  const drafts: Draft[] = [];
  // Names only: a reference (后者) is the parser's own reading, not the text's word for who speaks.
  const mentions: Mention[] = actors
    .flatMap((a) => a.mentions.filter((m) => m.kind === 'name').map((m) => ({ actor: a.id, start: m.start, end: m.end })))
    .sort((a, b) => a.start - b.start);
  /** The latest day the story itself dates (21日 …): the time of the events it reports next. */
  let storyDay: StoryDay | null = null;
  /** The whole text's amounts: an event's wording may name one its paragraph does not (Musk's 100亿美元 in the challenge). */
  const allAmounts = findAmounts(text, 0, text.length);
  /** Per block, the days its own words date (bare days, month-days, full dates), for "hours after". */
  const blockDays = new Map<number, YMD[]>();
  if (published) {
    for (const sentence of sentences) {
      const b = sentence.blocks[0];
      if (b === undefined || blocks[b]?.kind !== 'paragraph') continue;
      for (const e of findDateExpressions(text.slice(sentence.start, sentence.end))) {
        if (e.kind !== 'bare-day' && e.kind !== 'month-day' && !(e.kind === 'absolute' && e.d !== undefined)) continue;
        const r = resolveDateExpression(e, published, PUBLICATION);
        const day = r ? ymdOf(r.date) : null;
        if (day) blockDays.set(b, [...(blockDays.get(b) ?? []), day]);
      }
    }
  }

  const amountsByBlock = new Map<string, AmountMatch[]>();
  sentences.forEach((sentence, index) => {
    const sentenceText = text.slice(sentence.start, sentence.end);
    const inHeadline = sentence.blocks.length > 0 && sentence.blocks.every((b) => blocks[b]?.kind === 'title');
    const blockRange = {
      start: blocks[sentence.blocks[0] ?? -1]?.start ?? sentence.start,
      end: blocks[sentence.blocks[sentence.blocks.length - 1] ?? -1]?.end ?? sentence.end,
    };
    // Amounts an event's wording names may sit in the next sentence of the paragraph (胜出… / 捐出2.7亿美元).
    const amountsKey = `${blockRange.start}:${blockRange.end}`;
    const blockAmounts = amountsByBlock.get(amountsKey) ?? findAmounts(text, blockRange.start, blockRange.end);
    amountsByBlock.set(amountsKey, blockAmounts);
    // The paragraph's own amounts first, so a repeated amount (5000亿美元) is the one nearby.
    const amounts = [...blockAmounts, ...allAmounts];
    const exprs: DateExpression[] = findDateExpressions(sentenceText).map((e) => ({
      ...e,
      start: e.start + sentence.start,
      end: e.end + sentence.start,
    }));
    const anchors = findAnchors(text, sentence, lexicon, mentions).filter((a) => !exprs.some((e) => a.start < e.end && e.start < a.end));
    const items: { e?: DateExpression; a?: AnchorHit; start: number }[] = [
      ...exprs.map((e) => ({ e, start: e.start })),
      ...anchors.map((a) => ({ a, start: a.start })),
    ].sort((x, y) => x.start - y.start);
    const inSentence: Draft[] = [];
    const common = (start: number, end: number, words: string, fallback?: Bilingual) => {
      const tense = eventTense(text, sentence, end);
      const attribution = inHeadline ? undefined : attributionFor(text, sentences, index, start, mentions, actors);
      return {
        kind: inHeadline ? ('headline-claim' as const) : ('event' as const),
        start,
        end,
        text: words,
        event: eventFor(words, sentenceText, fallback, sentence, tense, amounts),
        ...(attribution ? { attribution } : {}),
        ...(tense ? { tense } : {}),
        sentence: sentence.id,
        challenge: CHALLENGE.test(sentenceText),
      };
    };
    const push = (d: Draft) => {
      drafts.push(d);
      inSentence.push(d);
    };

    for (const { e, a } of items) {
      if (a) {
        const words = text.slice(a.start, a.end);
        const bound = boundOf(a.anchor.triggers.find((t) => words.endsWith(t)) ?? words);
        const note =
          bound === 'before'
            ? { zh: ';文中只说在此之前', en: '; the text only says before this' }
            : bound === 'after'
              ? { zh: ';文中只说在此之后', en: '; the text only says after this' }
              : { zh: '', en: '' };
        push({
          date: a.anchor.date,
          precision: a.anchor.precision,
          inferred: true,
          ...(bound !== 'exact' || a.anchor.loose ? { approximate: true } : {}),
          // Anchors are outside knowledge by definition (the lexicon's dated facts).
          outside: true,
          // 还没有正式上任: the event came before the anchor's day, which is only its limit.
          ...(bound === 'before' ? { before: true } : {}),
          ...common(a.start, a.end, words, a.anchor.event),
          basis: { zh: a.anchor.basis.zh + note.zh, en: a.anchor.basis.en + note.en },
          bound,
          period: a.anchor.event,
        });
        continue;
      }
      if (!e) continue;
      const isStated = e.kind === 'absolute';
      let ref = published;
      let refLabel = PUBLICATION;
      /** Set where the reference day is borrowed from another statement: the date is then approximate. */
      let borrowed: StoryDay | null = null;
      if (e.kind === 'hours') {
        // "Only hours after" an event of this paragraph: the earliest day the paragraph dates.
        const days = [...(blockDays.get(sentence.blocks[0] ?? -1) ?? [])].sort((x, y) => formatYMD(x).localeCompare(formatYMD(y)));
        if (!days[0]) continue;
        ref = days[0];
        refLabel = { zh: '同段所记最早的一天', en: 'the earliest day the same paragraph dates' };
      } else if (
        !isStated &&
        e.kind !== 'bare-day' &&
        e.kind !== 'month-day' &&
        storyDay &&
        SPEECH_VERB.test(text.slice(sentence.start, e.start))
      ) {
        // Reported speech: relative terms count from the reported event, not from publication. The
        // text dates another statement (特朗普21日表示), not these remarks: the day is borrowed.
        ref = storyDay.ymd;
        borrowed = storyDay;
      }
      const previous = inSentence[inSentence.length - 1];
      const anchorYear = e.kind.startsWith('years-') && previous ? Number(previous.date.slice(0, 4)) : undefined;
      // 16年后 counted from 奥巴马时期: the start year is outside knowledge, and so is the result.
      const outsideYear = anchorYear !== undefined && previous?.outside ? previous : undefined;
      if (!isStated && !ref) {
        warnings.push({ code: 'date-unresolved', message: `"${e.text}" at ${e.start}: no publication date to resolve it against` });
        continue;
      }
      const r = resolveDateExpression(e, ref ?? { y: 1970, m: 1, d: 1 }, refLabel, anchorYear);
      if (!r) {
        warnings.push({ code: 'date-unresolved', message: `"${e.text}" at ${e.start} could not be resolved` });
        continue;
      }
      const bound: Bound = e.kind.startsWith('years-') ? boundOf(e.text) : e.kind === 'hours' ? 'after' : 'exact';
      const refDay = formatYMD(ref ?? { y: 1970, m: 1, d: 1 });
      const basis: Bilingual = borrowed
        ? {
            zh: `文中没有注明这次讲话的日期;借用前文${borrowed.who ? `${borrowed.who.zh}讲话的日期` : '所记日期'}“${borrowed.text}”(${refDay})推算,故为约数`,
            en: `the text does not date these remarks; counted from the date it gives ${borrowed.who ? `for ${borrowed.who.en}'s statement` : 'for the story'} above (${refDay}), so approximate`,
          }
        : outsideYear
          ? {
              zh: `外部知识:同句所述时期(${outsideYear.period?.zh ?? ''})始于${anchorYear}年,文中没有给出这一年份;由此起算${e.offset ?? 0}年`,
              en: `outside knowledge: the period the sentence names (${(outsideYear.period?.en ?? '').replace(/^The /u, 'the ')}) began in ${anchorYear}, a year the text does not give; ${anchorYear} + ${e.offset ?? 0} years`,
            }
          : r.basis;
      push({
        ...r,
        ...(e.kind.startsWith('years-') || e.kind === 'hours' || borrowed ? { approximate: true } : {}),
        ...(outsideYear ? { outside: true as const } : {}),
        ...common(e.start, e.end, e.text),
        basis,
        bound,
      });
      const day = ymdOf(r.date);
      if (day && r.precision === 'day' && e.kind !== 'hours' && sentence.blocks.length > 0 && !/^\d{4}-/.test(e.text))
        storyDay = { ymd: day, text: e.text, ...whoseStatement(text, sentence, e, mentions, actors) };
    }

    // Undated events tied to a dated one.
    const same = SAME_TIME.exec(sentenceText);
    if (same && storyDay && !items.some((it) => it.start < sentence.start + same.index)) {
      const start = sentence.start + same.index;
      const date = formatYMD(storyDay.ymd);
      const who = storyDay.who;
      push({
        date,
        precision: 'day',
        inferred: true,
        // The text dates another statement (特朗普21日表示), not this announcement: borrowed, approximate.
        approximate: true,
        ...common(start, start + same[0].length, same[0]),
        basis: {
          zh: `文中没有注明这件事的日期,只说与宣布同时;日期取自前文${who ? `${who.zh}讲话的日期` : '所记日期'}“${storyDay.text}”(${date}),故为约数`,
          en: `the text does not date this, only says it came with the announcement; the date is the one it gives ${who ? `for ${who.en}'s statement` : 'for the story'} above (${date}), so approximate`,
        },
        bound: 'exact',
      });
    }
    const reply = REPLY.exec(sentenceText);
    const answered = drafts.filter((d) => d.challenge && d.sentence !== sentence.id).sort((x, y) => x.date.localeCompare(y.date))[0];
    if (reply && items.length === 0 && answered) {
      const start = sentence.start + reply.index;
      push({
        date: answered.date,
        precision: answered.precision,
        inferred: true,
        approximate: true,
        ...common(start, start + reply[0].length, reply[0]),
        basis: {
          zh: `文中没有给出日期,只说这是对前文所记质疑(约${answered.date})的回应,故在其后`,
          en: `the text gives no date, only that this answered the challenge dated above (about ${answered.date}), so on or after that day`,
        },
        bound: 'after',
        challenge: false,
      });
    }
  });

  const order: Record<Bound, number> = { before: 0, exact: 1, after: 2 };
  const key = (d: Draft) => d.date.split('/')[0] ?? d.date;
  drafts.sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0) || order[x.bound] - order[y.bound] || x.start - y.start);
  return drafts.map(({ bound: _bound, challenge: _challenge, period: _period, ...d }, i) => ({ id: `t${i}`, ...d }));
}

/** Whose statement a dated day belongs to: 特朗普21日表示 → Trump (the actor right before the day, a speech verb after it). */
function whoseStatement(
  text: string,
  sentence: Sentence,
  e: DateExpression,
  mentions: readonly Mention[],
  actors: readonly Actor[],
): { who?: Bilingual } {
  const speaker = [...mentions].reverse().find((m) => m.start >= sentence.start && m.end <= e.start);
  if (!speaker || text.slice(speaker.end, e.start).trim() !== '') return {};
  if (!new RegExp(`^${SPEECH_VERB.source}`, 'u').test(text.slice(e.end, sentence.end))) return {};
  const actor = actors.find((a) => a.id === speaker.actor);
  return actor ? { who: actor.name } : {};
}
