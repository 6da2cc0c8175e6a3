/**
 * Step 5: the timeline. Two sources of dated events:
 *  - time expressions found by the date grammar (21日, 上个月, 过去10年, 16年后, the byline);
 *  - lexicon anchors: words tied to a known date of an actor (特朗普…一上任 → 2025-01-20),
 *    which need outside knowledge, said so in `basis`.
 * Bare days resolve against the publication date. Relative terms in reported speech
 * (…谈到自己上个月…) resolve against the time of the event reported just before, not the
 * publication. Entries are sorted chronologically, ids t0… in that order.
 */
import type { Actor, Bilingual, ParseWarning, Sentence, TimelineEntry } from '../utils/article/schema';
import type { Anchor, Lexicon } from './lexicon';
import { findDateExpressions, resolveDateExpression, type DateExpression, type YMD } from './dates';
import { EVENT_NOTES } from './curation';

type Bound = 'before' | 'exact' | 'after';

interface Draft extends Omit<TimelineEntry, 'id'> {
  bound: Bound;
}

const SPEECH_VERB = /(?:表示|谈到|说|宣称|声称|透露|指出|称(?!为))/u;
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

function eventFor(words: string, sentenceText: string, fallback: Bilingual | undefined, sentence: Sentence): Bilingual {
  const note = EVENT_NOTES.find((n) => n.text === words && sentenceText.includes(n.near));
  if (note) return note.event;
  if (fallback) return fallback;
  return { zh: sentenceText.length > 40 ? `${sentenceText.slice(0, 40)}…` : sentenceText, en: `(event in sentence ${sentence.id})` };
}

interface AnchorHit {
  anchor: Anchor;
  start: number;
  end: number;
}

/** Anchor words in one sentence, each tied to the nearest earlier mention of an actor that has it. */
function findAnchors(text: string, sentence: Sentence, lexicon: Lexicon, mentions: { actor: string; start: number; end: number }[]): AnchorHit[] {
  const hits: AnchorHit[] = [];
  const body = text.slice(sentence.start, sentence.end);
  const inSentence = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
  const candidates: { anchor: Anchor; trigger: string; start: number }[] = [];
  for (const anchor of lexicon.anchors) {
    for (const trigger of anchor.triggers) {
      for (let i = body.indexOf(trigger); i >= 0; i = body.indexOf(trigger, i + 1)) candidates.push({ anchor, trigger, start: sentence.start + i });
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.trigger.length - a.trigger.length);
  for (const c of candidates) {
    const end = c.start + c.trigger.length;
    if (hits.some((h) => c.start < h.end && h.start < end)) continue;
    // The actor is the nearest mention before the words that has an anchor matching here.
    const nearest = [...inSentence].reverse().find((m) => m.end <= c.start && candidates.some((o) => o.start === c.start && o.anchor.actor === m.actor));
    if (!nearest || nearest.actor !== c.anchor.actor) continue;
    // Keep the actor's name in the span when it sits right before the words (特朗普当选之后, 特朗普的上台).
    const gap = text.slice(nearest.end, c.start);
    const start = gap === '' || gap === '的' ? nearest.start : c.start;
    hits.push({ anchor: c.anchor, start, end });
  }
  return hits;
}

export function buildTimeline(text: string, sentences: Sentence[], actors: Actor[], lexicon: Lexicon, published: YMD | null, warnings: ParseWarning[]): TimelineEntry[] {
  const drafts: Draft[] = [];
  const mentions = actors.flatMap((a) => a.mentions.map((m) => ({ actor: a.id, ...m }))).sort((a, b) => a.start - b.start);
  /** The latest day the story itself dates (21日 …): the time of the events it reports next. */
  let storyDay: { ymd: YMD; text: string } | null = null;

  for (const sentence of sentences) {
    const sentenceText = text.slice(sentence.start, sentence.end);
    const exprs: DateExpression[] = findDateExpressions(sentenceText).map((e) => ({ ...e, start: e.start + sentence.start, end: e.end + sentence.start }));
    const anchors = findAnchors(text, sentence, lexicon, mentions).filter((a) => !exprs.some((e) => a.start < e.end && e.start < a.end));
    const items: { e?: DateExpression; a?: AnchorHit; start: number }[] = [
      ...exprs.map((e) => ({ e, start: e.start })),
      ...anchors.map((a) => ({ a, start: a.start })),
    ].sort((x, y) => x.start - y.start);
    const inSentence: Draft[] = [];

    for (const { e, a } of items) {
      if (a) {
        const words = text.slice(a.start, a.end);
        const bound = boundOf(a.anchor.triggers.find((t) => words.endsWith(t)) ?? words);
        const note = bound === 'before' ? { zh: ';文中只说在此之前', en: '; the text only says before this' } : bound === 'after' ? { zh: ';文中只说在此之后', en: '; the text only says after this' } : { zh: '', en: '' };
        const d: Draft = {
          date: a.anchor.date, precision: a.anchor.precision, inferred: true,
          ...(bound !== 'exact' ? { approximate: true } : {}),
          start: a.start, end: a.end, text: words,
          event: eventFor(words, sentenceText, a.anchor.event, sentence),
          basis: { zh: a.anchor.basis.zh + note.zh, en: a.anchor.basis.en + note.en },
          sentence: sentence.id, bound,
        };
        drafts.push(d);
        inSentence.push(d);
        continue;
      }
      if (!e) continue;
      const isStated = e.kind === 'absolute';
      let ref = published;
      let refLabel = PUBLICATION;
      // Reported speech: relative terms count from the reported event, not from publication.
      if (!isStated && e.kind !== 'bare-day' && e.kind !== 'month-day' && storyDay && SPEECH_VERB.test(text.slice(sentence.start, e.start))) {
        ref = storyDay.ymd;
        refLabel = { zh: `所转述讲话的日期(前文“${storyDay.text}”)`, en: `the date of the reported remarks ("${storyDay.text}" above)` };
      }
      const previous = inSentence[inSentence.length - 1];
      const anchorYear = e.kind.startsWith('years-') && previous ? Number(previous.date.slice(0, 4)) : undefined;
      if (!isStated && !ref) {
        warnings.push({ code: 'date-unresolved', message: `"${e.text}" at ${e.start}: no publication date to resolve it against` });
        continue;
      }
      const r = resolveDateExpression(e, ref ?? { y: 1970, m: 1, d: 1 }, refLabel, anchorYear);
      if (!r) {
        warnings.push({ code: 'date-unresolved', message: `"${e.text}" at ${e.start} could not be resolved` });
        continue;
      }
      const bound: Bound = e.kind.startsWith('years-') ? boundOf(e.text) : 'exact';
      const d: Draft = {
        ...r,
        ...(e.kind.startsWith('years-') ? { approximate: true } : {}),
        start: e.start, end: e.end, text: e.text,
        event: eventFor(e.text, sentenceText, undefined, sentence),
        sentence: sentence.id, bound,
      };
      drafts.push(d);
      inSentence.push(d);
      const day = ymdOf(r.date);
      if (day && r.precision === 'day' && sentence.blocks.length > 0 && !/^\d{4}-/.test(e.text)) storyDay = { ymd: day, text: e.text };
    }
  }

  const order: Record<Bound, number> = { before: 0, exact: 1, after: 2 };
  const key = (d: Draft) => d.date.split('/')[0] ?? d.date;
  drafts.sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0) || order[x.bound] - order[y.bound] || x.start - y.start);
  return drafts.map(({ bound: _bound, ...d }, i) => ({ id: `t${i}`, ...d }));
}
