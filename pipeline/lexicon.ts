/**
 * The curated who-is-who (`assets/lexicon.json`): who each actor is, the names the text may
 * use, English for roles, and dated anchors (outside knowledge such as inauguration days)
 * that let the timeline resolve phrases like 特朗普一上任. The parser finds the words itself.
 */
import * as v from 'valibot';
import { Bilingual, ActorKind, Precision } from '../utils/article/schema';
import lexiconJson from '../assets/lexicon.json';

const LexiconActor = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/)),
  kind: ActorKind,
  zh: v.pipe(v.string(), v.minLength(1)),
  en: v.pipe(v.string(), v.minLength(1)),
  aliases: v.array(v.pipe(v.string(), v.minLength(1))),
  roles: v.optional(v.array(Bilingual)),
  /**
   * Epithets that point at the actor without naming it (金融巨头, 美国总理). They count as
   * `reference` mentions only where the text marks them as pointing at someone: after a
   * demonstrative (这位金融巨头) or inside quotation marks (“美国总理”).
   */
  epithets: v.optional(v.array(v.pipe(v.string(), v.minLength(1)))),
  /** Where `en` adds what the text does not say (a given name, which Haberman): outside knowledge. */
  basis: v.optional(Bilingual),
});

/** A known date tied to an actor; `triggers` are the exact words that refer to it. */
const Anchor = v.object({
  actor: v.string(),
  triggers: v.array(v.pipe(v.string(), v.minLength(1))),
  date: v.pipe(v.string(), v.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?|\/\d{4})?$/)),
  precision: Precision,
  /** The words name a change of state (上台 "coming to power"), not a dated act: approximate. */
  loose: v.optional(v.boolean()),
  event: Bilingual,
  basis: Bilingual,
});

/**
 * A named group that is not an actor (特朗普核心圈子 "Trump's inner circle"): it can be the source
 * of a claim (…都承认“…”), and the actor names nested in it (特朗普) are not the speaker.
 */
const Group = v.object({ zh: v.pipe(v.string(), v.minLength(1)), en: v.pipe(v.string(), v.minLength(1)) });

export const Lexicon = v.object({
  actors: v.array(LexiconActor),
  anchors: v.array(Anchor),
  groups: v.optional(v.array(Group), []),
  /**
   * Names of things that are not actors (projects, movements) the text puts in quotation marks
   * (“星际之门”): such a quotation quotes nobody's words.
   */
  names: v.optional(v.array(v.pipe(v.string(), v.minLength(1))), []),
});

export type LexiconActor = v.InferOutput<typeof LexiconActor>;
export type Anchor = v.InferOutput<typeof Anchor>;
export type Lexicon = v.InferOutput<typeof Lexicon>;

export function loadLexicon(input: unknown): { ok: true; lexicon: Lexicon } | { ok: false; issues: string[] } {
  const r = v.safeParse(Lexicon, input);
  if (!r.success) return { ok: false, issues: r.issues.map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`) };
  const ids = new Set(r.output.actors.map((a) => a.id));
  const issues = r.output.anchors.filter((a) => !ids.has(a.actor)).map((a) => `anchor for unknown actor ${a.actor}`);
  return issues.length ? { ok: false, issues } : { ok: true, lexicon: r.output };
}

const EMPTY: Lexicon = { actors: [], anchors: [], groups: [], names: [] };

/** The bundled lexicon; an invalid file yields an empty lexicon (parseArticle then warns). */
export const bundledLexicon: { lexicon: Lexicon; issues: string[] } = (() => {
  const r = loadLexicon(lexiconJson);
  return r.ok ? { lexicon: r.lexicon, issues: [] } : { lexicon: EMPTY, issues: r.issues };
})();
