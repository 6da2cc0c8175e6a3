/**
 * The format of the bundled parsed copy (`assets/article.parsed.json`).
 *
 * This is the single source of truth: the parser produces `ParsedArticle`, the generator
 * validates it before writing, the detector's fingerprint, the popup, the overlay and the
 * reader page all read it through `ParsedArticle`. Every span (`start`, `end`) is a UTF-16
 * offset into `text`, and `text.slice(start, end)` is exactly the words the item came from.
 */
import * as v from 'valibot';

/**
 * Bumped when a consumer would misread an older file. 2: every actor mention carries `kind`
 * (a reference such as 这位金融巨头 is not a name; counting all mentions of a format-2 file as
 * names would overcount), timeline entries carry `kind` (event / headline claim). 3: `claims`
 * (who says what); timeline entries carry `outside` and `before` (a format-2 reader would show
 * a limit such as "before 20 Jan 2025" as that day). See docs/parsed-copy.md.
 */
export const FORMAT_VERSION = 3;

const Offset = v.pipe(v.number(), v.integer(), v.minValue(0));

/** Text in both UI languages; `zh` is Simplified Chinese as the article writes it. */
export const Bilingual = v.object({ zh: v.string(), en: v.string() });

export const Span = v.object({ start: Offset, end: Offset });

export const BlockKind = v.picklist(['title', 'byline', 'paragraph', 'caption', 'noise']);

export const Block = v.object({
  kind: BlockKind,
  start: Offset,
  end: Offset,
  /**
   * Set on a block whose last sentence the page broke off and which goes on in the next
   * block (e.g. `…甚至让他长期` / `“美国总理”,…`). The sentence spanning both carries `join`.
   */
  continues: v.optional(v.literal(true)),
});

export const Sentence = v.object({
  id: v.string(), // "s0", "s1", … in text order
  start: Offset,
  end: Offset,
  /** Indexes into `blocks` the sentence lies in (two for a joined sentence). */
  blocks: v.array(v.pipe(v.number(), v.integer(), v.minValue(0))),
  /** The page break (whitespace between blocks) this sentence was joined across. */
  join: v.optional(Span),
});

export const ActorKind = v.picklist(['person', 'organisation']);

/**
 * How a mention refers to its actor: `name` (a name or alias from the lexicon: 孙正义, 奥尔特曼)
 * or `reference` (words that are not a name but point at the actor: an epithet 这位金融巨头,
 * a nickname in quotes “美国总理”, an anaphor 后者). Views count and highlight names by default.
 */
export const MentionKind = v.picklist(['name', 'reference']);

export const Mention = v.object({ start: Offset, end: Offset, kind: MentionKind });

/** A fact of the copy by id: a figure (`f3`) or a timeline entry (`t16`). */
export const FactRef = v.object({ kind: v.picklist(['figure', 'entry']), id: v.string() });

export const Actor = v.object({
  id: v.string(), // stable slug, e.g. "musk", "softbank"
  kind: ActorKind,
  name: Bilingual,
  /** Every other name the text uses for this actor (never includes `name.zh`). */
  aliases: v.array(v.string()),
  /** The role the text itself gives the actor, if any, with where it says so. */
  role: v.optional(v.object({ zh: v.string(), en: v.string(), start: Offset, end: Offset })),
  /** Names and references in text order, never overlapping (see MentionKind). */
  mentions: v.array(Mention),
  /** Where `name` takes more than the text gives (a given name, who is meant), said as dates do. */
  basis: v.optional(Bilingual),
  /** A person's part in the story: the most salient fact the person states or does (pipeline/salience.ts). */
  part: v.optional(FactRef),
});

/** Where the text marks the time of a statement: 将 → future, 曾 → past; absent otherwise. */
export const Tense = v.picklist(['past', 'future']);

/**
 * Who says so, where the text only reports it (哈伯曼称 / 有外媒报道称 / Axios…报道称): `actor` when
 * the source is one, `name` as the UI shows it, and the span of the source's words.
 */
export const Attribution = v.object({ actor: v.optional(v.string()), name: Bilingual, start: Offset, end: Offset });

export const FigureUnit = v.nullable(v.picklist(['USD', 'CNY', 'percent', 'year', 'hour']));

export const Figure = v.object({
  id: v.string(), // "f0", "f1", … in text order
  start: Offset,
  end: Offset,
  text: v.string(), // === text.slice(start, end), e.g. "5000亿美元"
  /** The plain number, computed exactly: 500000000000 for 5000亿美元, 0.4 for 40%. */
  value: v.number(),
  /** Null where the text does not state the currency or unit. */
  unit: FigureUnit,
  /** Hedge or comparison the text puts on the amount, e.g. 远低于 / 约 / 超过 / 多. */
  qualifier: v.optional(
    v.object({
      zh: v.string(),
      en: v.picklist(['well below', 'below', 'about', 'over', 'more than', 'at least', 'at most', 'nearly', 'each']),
    }),
  ),
  /** What the amount measures, in a short phrase. */
  measures: Bilingual,
  /** Actor id of who states the figure, where the text says so. */
  speaker: v.optional(v.string()),
  /** The tense the text gives the statement (将投资 → future); `measures` is worded to match. */
  tense: v.optional(Tense),
  /** Id of the sentence the figure comes from. */
  sentence: v.string(),
});

export const Precision = v.picklist(['day', 'month', 'year', 'era']);

/** `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or `YYYY/YYYY` for a span (era). */
export const DATE_PATTERN = /^\d{4}(?:-\d{2}(?:-\d{2})?|\/\d{4})?$/;

/**
 * `event`: something the article reports as having happened (or as planned). `headline-claim`:
 * only the headline says it (“开撕”了?特朗普掌权后立刻翻脸): shown as the headline's claim,
 * not as an event.
 */
export const EntryKind = v.picklist(['event', 'headline-claim']);

export const TimelineEntry = v.object({
  id: v.string(), // "t0", … in chronological order
  kind: EntryKind,
  /** See DATE_PATTERN; years 0001–9999. */
  date: v.pipe(v.string(), v.regex(DATE_PATTERN)),
  precision: Precision,
  /** True where the text does not give the date outright (month/year supplied, relative term resolved, …). */
  inferred: v.boolean(),
  /** Where the text only bounds the date (之前 / 之后 / 前后). */
  approximate: v.optional(v.boolean()),
  /**
   * The date rests on outside knowledge (an inauguration day, a term of office), not on the text
   * or the publication date: `basis` says which. Absent where the date is worked out from the text.
   */
  outside: v.optional(v.literal(true)),
  /**
   * The text only says the event came before this date (还没有正式上任 "had not yet taken office"):
   * the date is a limit, shown "before 20 Jan 2025", never as the day of the event.
   */
  before: v.optional(v.literal(true)),
  start: Offset, // the time expression, e.g. "21日" or "上个月"
  end: Offset,
  text: v.string(), // === text.slice(start, end)
  event: Bilingual,
  /** Who says so, where the text reports the event as someone's statement. */
  attribution: v.optional(Attribution),
  /** As for figures: the event's tense where the text marks it (曾说 → past). */
  tense: v.optional(Tense),
  /** How the date was resolved, for readers who check the reasoning. */
  basis: Bilingual,
  sentence: v.string(),
});

/**
 * Who stands behind a claim. `actor`: an actor the text names as saying it (马斯克称, 班农等人批评),
 * with the span of that name. Otherwise a `kind`: `report` (报道称 "a report", 有外媒报道称 "foreign
 * media": unnamed), `analysis` (分析指出: an unnamed analysis), `group` (a named group that is not
 * an actor: 特朗普核心圈子), each with its `name` and the span of its words; `author`: nobody but
 * the writer (narration or the writer's own view), no span.
 */
export const ClaimSource = v.union([
  v.object({ actor: v.string(), start: Offset, end: Offset }),
  v.object({ kind: v.picklist(['report', 'analysis', 'group']), name: Bilingual, start: Offset, end: Offset }),
  v.object({ kind: v.literal('author') }),
]);

/**
 * What the source does with the words: `reports` (relays what happened; the author's plain
 * narration), `claims` (asserts, judges, explains), `questions`, `rebuts`, `criticises`, `praises`,
 * `forecasts`, `proposes`.
 */
export const Stance = v.picklist(['reports', 'claims', 'questions', 'rebuts', 'criticises', 'praises', 'forecasts', 'proposes']);

export const Claim = v.object({
  id: v.string(), // "c0", "c1", … in text order (an enclosing claim before the claim inside it)
  /** The claim's own words, after its source and speech verb (the span the text gives as said). */
  start: Offset,
  end: Offset,
  sentence: v.string(),
  source: ClaimSource,
  /**
   * Who relays the source's words, where the text has them second hand: 有外媒报道称,奥特曼…表示
   * (Altman's words, via foreign media); 哈伯曼…透露,…特朗普核心圈子都承认“…” (the inner circle's
   * words, via Haberman). Never the author.
   */
  via: v.optional(ClaimSource),
  /** Actor ids the claim is about, in text order (not its own source); absent where there are none. */
  target: v.optional(v.array(v.string())),
  stance: Stance,
  /** The text quotes the source's words directly (in quotation marks, not a name such as “星际之门”). */
  quoted: v.optional(v.literal(true)),
  /** The claim in the UI languages, saying no more than the text (hedges kept: 可能 "may", 似乎 "seems"). */
  says: Bilingual,
  /** A headline claim (only the title says it): what the body offers for it. */
  headline: v.optional(Bilingual),
  /** Ids of the timeline entries that date this claim (their time words lie in it or its frame). */
  timeline: v.optional(v.array(v.string())),
});

/** The four signals of a key point's salience, each 0…1 (pipeline/salience.ts, docs/parsed-copy.md). */
export const KeyPointSignals = v.object({ headline: v.number(), lead: v.number(), mentions: v.number(), attribution: v.number() });

/**
 * One of the story's key points: a fact chosen by the salience rule (pipeline/salience.ts),
 * with the sentence it leads to, its salience and the signals that made it.
 */
export const KeyPoint = v.object({
  ...FactRef.entries,
  sentence: v.string(),
  salience: v.number(),
  signals: KeyPointSignals,
});

/** What kind of piece the article is and where it was published (editorial, pipeline/curation.ts). */
export const ArticleSource = v.object({ kind: Bilingual, platform: v.string() });

export const ParseWarning = v.object({ code: v.string(), message: v.string() });

export const ParsedArticle = v.object({
  format: v.literal(FORMAT_VERSION),
  text: v.string(),
  title: v.string(),
  author: v.string(),
  /** ISO 8601 with the +08:00 offset, e.g. "2025-02-02T11:52:00+08:00"; empty if unknown. */
  published: v.string(),
  /** The title in English (editorial, pipeline/curation.ts), for readers of the English UI. */
  titleGloss: v.optional(v.string()),
  source: v.optional(ArticleSource),
  blocks: v.array(Block),
  sentences: v.array(Sentence),
  actors: v.array(Actor),
  figures: v.array(Figure),
  timeline: v.array(TimelineEntry),
  claims: v.array(Claim),
  /** 0–5 facts, most salient first (pipeline/salience.ts): what the views show first. */
  keyPoints: v.array(KeyPoint),
  warnings: v.array(ParseWarning),
});

export type Bilingual = v.InferOutput<typeof Bilingual>;
export type Span = v.InferOutput<typeof Span>;
export type BlockKind = v.InferOutput<typeof BlockKind>;
export type Block = v.InferOutput<typeof Block>;
export type Sentence = v.InferOutput<typeof Sentence>;
export type ActorKind = v.InferOutput<typeof ActorKind>;
export type MentionKind = v.InferOutput<typeof MentionKind>;
export type Mention = v.InferOutput<typeof Mention>;
export type Tense = v.InferOutput<typeof Tense>;
export type Attribution = v.InferOutput<typeof Attribution>;
export type EntryKind = v.InferOutput<typeof EntryKind>;
export type Actor = v.InferOutput<typeof Actor>;
export type FigureUnit = v.InferOutput<typeof FigureUnit>;
export type Figure = v.InferOutput<typeof Figure>;
export type Precision = v.InferOutput<typeof Precision>;
export type TimelineEntry = v.InferOutput<typeof TimelineEntry>;
export type ClaimSource = v.InferOutput<typeof ClaimSource>;
export type Stance = v.InferOutput<typeof Stance>;
export type Claim = v.InferOutput<typeof Claim>;
export type ParseWarning = v.InferOutput<typeof ParseWarning>;
export type FactRef = v.InferOutput<typeof FactRef>;
export type KeyPointSignals = v.InferOutput<typeof KeyPointSignals>;
export type KeyPoint = v.InferOutput<typeof KeyPoint>;
export type ArticleSource = v.InferOutput<typeof ArticleSource>;
export type ParsedArticle = v.InferOutput<typeof ParsedArticle>;
/**
 * The parsed copy without the article text and its blocks: all the summary views read. The popup
 * bundles only this projection (`virtual:article-facts`, made at build time from the same file),
 * so the text it never displays does not weigh on it; spans still point into the full `text`.
 */
export type ArticleFacts = Omit<ParsedArticle, 'text' | 'blocks'>;

/** Structural check plus the cross-field invariants a schema library cannot express. */
export function validateParsedArticle(input: unknown): { ok: true; article: ParsedArticle } | { ok: false; issues: string[] } {
  const result = v.safeParse(ParsedArticle, input);
  if (!result.success) {
    return { ok: false, issues: result.issues.map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`) };
  }
  const a = result.output;
  const issues: string[] = [];
  const inText = (where: string, s: { start: number; end: number }) => {
    if (s.start > s.end || s.end > a.text.length) issues.push(`${where}: span ${s.start}-${s.end} outside text`);
  };
  a.blocks.forEach((b, i) => inText(`blocks.${i}`, b));
  a.sentences.forEach((s, i) => inText(`sentences.${i}`, s));
  const sentenceIds = new Set(a.sentences.map((s) => s.id));
  const actorIds = new Set(a.actors.map((x) => x.id));
  a.actors.forEach((x, i) => x.mentions.forEach((m, j) => inText(`actors.${i}.mentions.${j}`, m)));
  a.figures.forEach((f, i) => {
    inText(`figures.${i}`, f);
    if (a.text.slice(f.start, f.end) !== f.text) issues.push(`figures.${i}: text does not match its span`);
    if (!sentenceIds.has(f.sentence)) issues.push(`figures.${i}: unknown sentence ${f.sentence}`);
    if (f.speaker !== undefined && !actorIds.has(f.speaker)) issues.push(`figures.${i}: unknown speaker ${f.speaker}`);
  });
  a.timeline.forEach((t, i) => {
    inText(`timeline.${i}`, t);
    if (a.text.slice(t.start, t.end) !== t.text) issues.push(`timeline.${i}: text does not match its span`);
    if (!sentenceIds.has(t.sentence)) issues.push(`timeline.${i}: unknown sentence ${t.sentence}`);
    if (t.attribution) {
      inText(`timeline.${i}.attribution`, t.attribution);
      if (t.attribution.actor !== undefined && !actorIds.has(t.attribution.actor))
        issues.push(`timeline.${i}: unknown attribution actor ${t.attribution.actor}`);
    }
  });
  const entryIds = new Set(a.timeline.map((t) => t.id));
  a.claims.forEach((c, i) => {
    inText(`claims.${i}`, c);
    const s = a.sentences.find((x) => x.id === c.sentence);
    if (!s) issues.push(`claims.${i}: unknown sentence ${c.sentence}`);
    else if (c.start < s.start || c.end > s.end) issues.push(`claims.${i}: words outside sentence ${c.sentence}`);
    for (const [where, src] of [
      ['source', c.source],
      ['via', c.via],
    ] as const) {
      if (!src || !('start' in src)) continue;
      inText(`claims.${i}.${where}`, src);
      if ('actor' in src && !actorIds.has(src.actor)) issues.push(`claims.${i}: unknown ${where} actor ${src.actor}`);
    }
    if (c.via && !('start' in c.via)) issues.push(`claims.${i}: via cannot be the author`);
    for (const id of c.target ?? []) if (!actorIds.has(id)) issues.push(`claims.${i}: unknown target ${id}`);
    for (const id of c.timeline ?? []) if (!entryIds.has(id)) issues.push(`claims.${i}: unknown timeline entry ${id}`);
  });
  const factIds = new Set([...a.figures.map((f) => `figure:${f.id}`), ...a.timeline.map((t) => `entry:${t.id}`)]);
  a.actors.forEach((x, i) => {
    if (x.part && !factIds.has(`${x.part.kind}:${x.part.id}`)) issues.push(`actors.${i}: unknown part ${x.part.kind} ${x.part.id}`);
  });
  a.keyPoints.forEach((k, i) => {
    if (!factIds.has(`${k.kind}:${k.id}`)) issues.push(`keyPoints.${i}: unknown ${k.kind} ${k.id}`);
    const fact = k.kind === 'figure' ? a.figures.find((f) => f.id === k.id) : a.timeline.find((t) => t.id === k.id);
    if (fact && fact.sentence !== k.sentence) issues.push(`keyPoints.${i}: sentence ${k.sentence} is not its fact's (${fact.sentence})`);
  });
  return issues.length ? { ok: false, issues } : { ok: true, article: a };
}
