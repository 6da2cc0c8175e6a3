/**
 * Step 6: claims, who says what. Every sentence of the title and the paragraphs ends up in
 * claims: words a source says (an actor the text names, an unnamed report or analysis, a named
 * group), or the author's own (plain narration, or the writer's view). The editorial notes
 * (pipeline/claim-notes.ts) say where one claim's words begin and end and word them in zh and en;
 * who says them is worked out here from the text, by rules that prefer no source to a wrong one:
 *
 *  - a source is named only by the words right before a speech verb: an actor's name (马斯克称,
 *    美国Axios新闻网22日报道称, 奥特曼于22日在公司内部表示, 班农等人批评), a named group (特朗普核心圈子都承认),
 *    有外媒报道称 / 报道称 (a report), 分析指出 (an analysis); a name nested in a group word
 *    (特朗普 in 特朗普核心圈子) is not the speaker;
 *  - a verb of wishing or advocating (希望, 主张) reports a stance, not words said: the author tells it;
 *  - 他表示: the pronoun is the one person the previous sentence's last clause names, else no source;
 *  - 马斯克立马拆台,说…: the speaker of a challenge goes on into the verb after it (stance: questions);
 *  - 被民主党人称为‘…’: the one who calls, calls;
 *  - a sentence that is all quotation goes on with the previous sentence's source (same paragraph);
 *  - words inside other words said have both sources: the inner one, and `via` the one relaying;
 *  - the title's claims are the author's, always (a headline claim).
 *
 * Another article, without notes, gets one claim per sentence: the words after its first speech
 * verb with that verb's source, or the whole sentence as the author's, worded generically.
 */
import type { Actor, Bilingual, Block, Claim, ClaimSource, Sentence, Stance, TimelineEntry } from '../utils/article/schema';
import type { Lexicon } from './lexicon';
import { findAmounts } from '../utils/article/numbers';
import { CLAIM_NOTES, type ClaimNote } from './claim-notes';
import { compose } from './wording';

type Sourced = Exclude<ClaimSource, { kind: 'author' }>;

interface Frame {
  source: Sourced;
  /** Where the frame's words begin: the source's words (or 被 in 被…称为). */
  start: number;
  /** Just after the speech verb: the words said follow (past punctuation and an opening quote). */
  end: number;
  stance: Stance;
}

interface NameMention {
  actor: string;
  start: number;
  end: number;
}

/** Speech verbs, longest first where one contains another (报道称 before 称); 称为 is naming, handled apart. */
const VERB = /报道称|宣称|声称|表示|透露|指出|预计|批评|认为|承认|谈到|建议|提议|呼吁|称赞|赞扬|说|称(?!为)/gu;
const VERB_STANCE: Record<string, Stance> = {
  报道称: 'reports',
  透露: 'reports',
  预计: 'forecasts',
  批评: 'criticises',
  建议: 'proposes',
  提议: 'proposes',
  呼吁: 'proposes',
  称赞: 'praises',
  赞扬: 'praises',
};
/** What may stand between a speaker and the verb: 等人, a day, 在节目中 / 在公司内部, 在…的同时, adverbs. */
const GAP = /^(?:等人)?(?:于?\d{1,2}日)?(?:在[^,,。;;“”]*?(?:中|内部|上))?(?:在[^。;;]*?的同时[,,])?(?:还|也|都|又|则|曾|亦|公开)*$/u;
/** 马斯克立马拆台,说…: a challenge or reply right before the verb's clause. */
const SERIAL = /(?:立马|立刻|当即|随即|公开)?(拆台|质疑|反驳|回击)[,,]$/u;
const SERIAL_STANCE: Record<string, Stance> = { 拆台: 'questions', 质疑: 'questions', 反驳: 'rebuts', 回击: 'rebuts' };
const PASSIVE = /被([^,,。;;“”‘’]{1,12}?)称为/gu;
const CLAUSE_EDGE = /[,,;;::“”‘’。!?!?]/u;
/** Between a frame's verb and the words said: punctuation and an opening quote only. */
const INTO_WORDS = /^[\s,,::“‘「『]*$/u;
/** Between a relaying frame's verb and the frame it relays (有外媒报道称,奥特曼…表示). */
const INTO_FRAME = /^[\s,,::]*$/u;
/** A sentence-initial pronoun subject, after at most a short adverbial (有时候,他还…); not 他们. */
const PRONOUN_START = /^(?:[^,,。]{1,4}[,,])?([他她])(?!们)/u;
const QUESTION_END = /[??]$/u;
/** Words that mark the author's judgement rather than narration (the default where no note decides). */
const VIEW_MARKERS = /似乎|看上去|看来|按说|可以说|无疑|必然|肯定|难怪|不难|究其原因|是因为|足见|折射|揭示|不可否认|可能|实属/u;
const TRAILING = /[\s。!?!?…;;,,]*[”’」』]?[\s。!?!?…]*$/u;

/** Opening and closing quotation marks, as spans of the whole quotation (marks included). */
function quotations(text: string, from: number, to: number): { start: number; end: number; inner: string }[] {
  const out: { start: number; end: number; inner: string }[] = [];
  const open: { mark: string; at: number }[] = [];
  const pairs: Record<string, string> = { '”': '“', '’': '‘', '」': '「', '』': '『' };
  for (let i = from; i < to; i++) {
    const c = text[i] ?? '';
    if ('“‘「『'.includes(c)) open.push({ mark: c, at: i });
    else if (pairs[c]) {
      const k = open.map((o) => o.mark).lastIndexOf(pairs[c]);
      if (k < 0) continue;
      const o = open[k]!;
      open.length = k;
      out.push({ start: o.at, end: i + 1, inner: text.slice(o.at + 1, i) });
    }
  }
  return out;
}

function clauseStart(text: string, from: number, at: number): number {
  let i = at;
  while (i > from && !CLAUSE_EDGE.test(text[i - 1] ?? '')) i--;
  return i;
}

interface Context {
  text: string;
  sentence: Sentence;
  names: NameMention[];
  actors: readonly Actor[];
  groups: { zh: string; en: string; start: number; end: number }[];
  /** The person a sentence-initial 他 refers to, if the text makes it plain. */
  pronoun: { start: number; end: number; actor: string } | undefined;
}

function actorSource(m: NameMention): Sourced {
  return { actor: m.actor, start: m.start, end: m.end };
}

/** Who speaks through the verb at `at`, from the words right before it; undefined where the text does not make it plain. */
function speakerBefore(ctx: Context, at: number): Sourced | undefined {
  const { text, sentence } = ctx;
  const group = ctx.groups.filter((g) => g.end <= at && GAP.test(text.slice(g.end, at))).at(-1);
  if (group) return { kind: 'group', name: { zh: group.zh, en: group.en }, start: group.start, end: group.end };
  const nearest = ctx.names.filter((m) => m.end <= at && !ctx.groups.some((g) => m.start < g.end && g.start < m.end)).at(-1);
  if (nearest && GAP.test(text.slice(nearest.end, at))) return actorSource(nearest);
  const lead = text.slice(clauseStart(text, sentence.start, at), at);
  if (ctx.pronoun && /^[他她](?:还|也|又|则)*$/u.test(lead) && text.startsWith(lead, ctx.pronoun.start))
    return { actor: ctx.pronoun.actor, start: ctx.pronoun.start, end: ctx.pronoun.end };
  return undefined;
}

/** Every frame (source + speech verb) of one sentence, in text order. */
function findFrames(ctx: Context, previous: Frame | undefined): Frame[] {
  const { text, sentence } = ctx;
  const body = text.slice(sentence.start, sentence.end);
  const frames: Frame[] = [];
  // A sentence that is all quotation goes on with the previous sentence's source.
  if (previous && /^[“「]/u.test(body) && /[”」][。!?!?]?$|[。!?!?][”」]$/u.test(body))
    frames.push({ source: previous.source, start: sentence.start, end: sentence.start, stance: previous.stance });
  for (const m of body.matchAll(VERB)) {
    const at = sentence.start + m.index;
    const end = at + m[0].length;
    const lead = text.slice(clauseStart(text, sentence.start, at), at);
    let source: Sourced | undefined;
    let stance: Stance = VERB_STANCE[m[0]] ?? 'claims';
    const report = /(?:有|据)?(外媒|媒体)$/u.exec(lead);
    if (m[0] === '报道称' && report) {
      const w = report[1]!;
      const start = at - w.length;
      source = {
        kind: 'report',
        name: w === '外媒' ? { zh: '外媒', en: 'foreign media' } : { zh: '媒体', en: 'the media' },
        start,
        end: at,
      };
    } else if (m[0] === '报道称' && lead === '') {
      source = { kind: 'report', name: { zh: '报道', en: 'a report' }, start: at, end: at + 2 };
    } else if (m[0] === '指出' && /^(?:有)?分析(?:人士)?$/u.test(lead)) {
      const start = at - lead.length + lead.indexOf('分析');
      source = { kind: 'analysis', name: { zh: '分析', en: 'an analysis' }, start, end: start + 2 };
    } else {
      // 马斯克立马拆台,说…: the challenger goes on speaking.
      const serial = lead === '' ? SERIAL.exec(text.slice(sentence.start, at)) : null;
      const challenger = serial ? speakerBefore(ctx, sentence.start + serial.index) : undefined;
      if (serial && challenger) {
        source = challenger;
        stance = SERIAL_STANCE[serial[1]!] ?? 'questions';
      } else {
        source = speakerBefore(ctx, at);
      }
    }
    if (source) frames.push({ source, start: source.start, end, stance });
  }
  for (const m of body.matchAll(PASSIVE)) {
    const who = m[1]!;
    const at = sentence.start + m.index + 1;
    const group = ctx.groups.find((g) => g.start === at && g.end === at + who.length);
    const name = ctx.names.find((n) => n.start === at && n.end === at + who.length);
    const source: Sourced | undefined = group
      ? { kind: 'group', name: { zh: group.zh, en: group.en }, start: group.start, end: group.end }
      : name
        ? actorSource(name)
        : undefined;
    if (source) frames.push({ source, start: at - 1, end: sentence.start + m.index + m[0].length, stance: 'claims' });
  }
  return frames.sort((a, b) => a.end - b.end);
}

/** The one person the last clause of a sentence names (or its own resolved 他), for a 他 in the next. */
function lastPerson(ctx: Context, actorKind: Map<string, Actor['kind']>): NameMention | undefined {
  const { text, sentence } = ctx;
  const body = text.slice(sentence.start, sentence.end).replace(TRAILING, '');
  const from = clauseStart(text, sentence.start, sentence.start + body.length);
  const people = new Set(ctx.names.filter((m) => m.start >= from && actorKind.get(m.actor) === 'person').map((m) => m.actor));
  if (people.size === 1) {
    const actor = [...people][0]!;
    return ctx.names.filter((m) => m.actor === actor && m.start >= from).at(-1);
  }
  if (people.size === 0 && ctx.pronoun) return { actor: ctx.pronoun.actor, start: ctx.pronoun.start, end: ctx.pronoun.end };
  return undefined;
}

interface Span {
  start: number;
  end: number;
  note?: ClaimNote;
}

/** The words of each claim in a sentence: from the notes, else one generic claim (see the module comment). */
function spansOf(text: string, sentence: Sentence, frames: readonly Frame[], notes: readonly ClaimNote[], used: Set<ClaimNote>): Span[] {
  const body = text.slice(sentence.start, sentence.end);
  const spans: Span[] = [];
  for (const note of notes) {
    if (used.has(note) || (note.near && !body.includes(note.near))) continue;
    const i = body.indexOf(note.words);
    if (i < 0) continue;
    used.add(note);
    spans.push({ start: sentence.start + i, end: sentence.start + i + note.words.length, note });
  }
  if (spans.length) return spans;
  const first = frames.find((f) => f.end > sentence.start || f.start === sentence.start);
  let start = first ? first.end : sentence.start;
  while (start < sentence.end && /[\s,,::]/u.test(text[start] ?? '')) start++;
  // Up to the sentence's end, less its closing punctuation; a quotation mark that closes a quotation
  // opened within the words stays (…称为‘影子总统’).
  let end = sentence.end;
  for (;;) {
    const c = text[end - 1] ?? '';
    if (end <= start) break;
    if (/[\s。!?!?…;;,,]/u.test(c)) end--;
    else if (/[”’」』]/u.test(c) && !quotations(text, start, end).some((q) => q.end === end)) end--;
    else break;
  }
  return end > start ? [{ start, end }] : [];
}

export function buildClaims(
  text: string,
  blocks: readonly Block[],
  sentences: readonly Sentence[],
  actors: readonly Actor[],
  timeline: readonly TimelineEntry[],
  lexicon: Lexicon,
  notes: readonly ClaimNote[] = CLAIM_NOTES,
): Claim[] {
  const names: NameMention[] = actors
    .flatMap((a) => a.mentions.filter((m) => m.kind === 'name').map((m) => ({ actor: a.id, start: m.start, end: m.end })))
    .sort((a, b) => a.start - b.start);
  const allMentions = actors.flatMap((a) => a.mentions.map((m) => ({ actor: a.id, start: m.start, end: m.end })));
  const actorKind = new Map(actors.map((a) => [a.id, a.kind]));
  const allAmounts = findAmounts(text, 0, text.length);
  const used = new Set<ClaimNote>();
  const drafts: Omit<Claim, 'id'>[] = [];
  let previous: { block: number; frames: Frame[]; person: NameMention | undefined } | undefined;

  for (const sentence of sentences) {
    const kinds = sentence.blocks.map((b) => blocks[b]?.kind);
    const inTitle = kinds.every((k) => k === 'title');
    if (!kinds.every((k) => k === 'title' || k === 'paragraph')) continue;
    const block = sentence.blocks[0] ?? -1;
    const sameBlock = previous?.block === block;
    const body = text.slice(sentence.start, sentence.end);
    const groups = (lexicon.groups ?? []).flatMap((g) =>
      [...body.matchAll(new RegExp(g.zh.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'), 'gu'))].map((m) => ({
        ...g,
        start: sentence.start + m.index,
        end: sentence.start + m.index + g.zh.length,
      })),
    );
    const pronounMatch = PRONOUN_START.exec(body);
    const carried = sameBlock ? previous?.person : undefined;
    const ctx: Context = {
      text,
      sentence,
      names: names.filter((m) => m.start >= sentence.start && m.end <= sentence.end),
      actors,
      groups,
      pronoun:
        pronounMatch && carried
          ? {
              actor: carried.actor,
              start: sentence.start + pronounMatch.index + pronounMatch[0].length - 1,
              end: sentence.start + pronounMatch.index + pronounMatch[0].length,
            }
          : undefined,
    };
    // The title is the author's own, whatever verbs it uses.
    const frames = inTitle ? [] : findFrames(ctx, sameBlock ? previous?.frames.at(-1) : undefined);
    const spans = spansOf(text, sentence, frames, notes, used);
    const amounts = [...findAmounts(text, sentence.start, sentence.end), ...allAmounts];

    const found = spans.map((span) => {
      const frame = frames.filter((f) => f.end <= span.start && INTO_WORDS.test(text.slice(f.end, span.start))).at(-1);
      return { span, frame };
    });
    for (const { span, frame } of found) {
      const note = span.note;
      // Words inside other words said: the enclosing claim's source relays them; else a frame that relays this one.
      const outer = found
        .filter((o) => o.span !== span && o.frame && o.span.start <= span.start && o.span.end >= span.end)
        .sort((a, b) => a.span.end - a.span.start - (b.span.end - b.span.start))[0];
      const relay = frame
        ? frames.filter((g) => g !== frame && g.end <= frame.start && INTO_FRAME.test(text.slice(g.end, frame.start))).at(-1)
        : undefined;
      const via = outer?.frame?.source ?? relay?.source;
      const source: ClaimSource = frame ? frame.source : { kind: 'author' };

      // What it is about: actors its words mention, less its own source, the sources of words
      // nested in it (被民主党人称为) and a name that only dates an era (奥巴马时期); a leading 他.
      const nestedSources = found.filter((o) => o.frame && o.span !== span).map((o) => o.frame!.source);
      const about = allMentions
        .filter((m) => m.start >= span.start && m.end <= span.end)
        .filter((m) => !('actor' in source && source.actor === m.actor))
        .filter((m) => !nestedSources.some((s) => s.start < m.end && m.start < s.end))
        .filter((m) => !text.startsWith('时期', m.end));
      if (
        ctx.pronoun &&
        ctx.pronoun.start >= span.start &&
        ctx.pronoun.end <= span.end &&
        !('actor' in source && source.actor === ctx.pronoun.actor)
      )
        about.push({ actor: ctx.pronoun.actor, start: ctx.pronoun.start, end: ctx.pronoun.end });
      about.sort((a, b) => a.start - b.start);
      const target = [...new Set([...about.map((m) => m.actor), ...(note?.about ?? [])])].filter((id) => actorKind.has(id));

      const quoted =
        frame !== undefined &&
        quotations(text, sentence.start, sentence.end).some(
          (q) => q.start < span.end && span.start < q.end && !(lexicon.names ?? []).includes(q.inner),
        );

      // Dated where its time words lie in its words or its frame (a "when" clause before a nested frame counts).
      // (A relaying frame right before counts, 有外媒报道称; the claim enclosing nested words does not.)
      let frameStart = span.start;
      for (const s of [source, outer ? undefined : via])
        if (s && 'start' in s && s.start >= sentence.start && s.start < frameStart) frameStart = s.start;
      const lead = text.slice(sentence.start, frameStart);
      const when = /([^,,;;]*时)[,,]$/u.exec(lead);
      if (when) frameStart = sentence.start + when.index;
      const dated = timeline.filter((e) => e.sentence === sentence.id && e.start >= frameStart && e.end <= span.end).map((e) => e.id);

      const words = text.slice(span.start, span.end);
      const stance: Stance =
        note?.stance ?? (frame ? frame.stance : QUESTION_END.test(body) ? 'questions' : VIEW_MARKERS.test(body) ? 'claims' : 'reports');
      const generic: Bilingual = {
        zh: words.replace(/\s+/gu, ''),
        en: `(no English rendering: sentence ${sentence.id})`,
      };
      drafts.push({
        start: span.start,
        end: span.end,
        sentence: sentence.id,
        source,
        ...(via ? { via } : {}),
        ...(target.length ? { target } : {}),
        stance,
        ...(quoted ? { quoted: true as const } : {}),
        says: (note ? compose(note.says, undefined, amounts) : null) ?? generic,
        ...(inTitle ? { headline: note?.headline ?? { zh: '标题的说法', en: "the headline's claim" } } : {}),
        ...(dated.length ? { timeline: dated } : {}),
      });
    }

    previous = { block, frames, person: lastPerson(ctx, actorKind) };
  }

  drafts.sort((a, b) => a.start - b.start || b.end - a.end);
  return drafts.map((d, i) => ({ id: `c${i}`, ...d }));
}
