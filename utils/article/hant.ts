/**
 * The parsed copy in a Traditional Chinese UI: its own wording (names, roles, what figures
 * measure, events, how dates were worked out, sources, qualifiers) read in the reader's script,
 * from a dictionary the build makes with opencc-js (`virtual:article-hant`, pipeline/hant.ts). The
 * article's own words (title, author, quoted text, aliases) stay as the article writes them.
 */
import type { ArticleFacts } from '@/utils/article/schema';
import type { ChangedFactsResult } from '@/utils/changed-facts';
import type { ChineseScript } from '@/utils/chinese-script';

/** Simplified wording → [Taiwan, Hong Kong]; only what Traditional writes differently. */
export type HantDictionary = Record<string, [tw: string, hk: string]>;

type Renderable = Partial<Pick<ArticleFacts, 'actors' | 'figures' | 'timeline' | 'source'>>;

/** Applies `convert` to every Chinese rendering of `facts`; anything else is kept as it is (a new object, the input untouched). */
export function mapRenderings<T extends Renderable>(facts: T, convert: (zh: string) => string): T {
  const bi = <B extends { zh: string }>(b: B): B => ({ ...b, zh: convert(b.zh) });
  const out: T = { ...facts };
  if (facts.actors)
    out.actors = facts.actors.map((a) => ({
      ...a,
      name: bi(a.name),
      ...(a.role ? { role: bi(a.role) } : {}),
      ...(a.basis ? { basis: bi(a.basis) } : {}),
    }));
  if (facts.figures)
    out.figures = facts.figures.map((f) => ({ ...f, measures: bi(f.measures), ...(f.qualifier ? { qualifier: bi(f.qualifier) } : {}) }));
  if (facts.timeline)
    out.timeline = facts.timeline.map((e) => ({
      ...e,
      event: bi(e.event),
      basis: bi(e.basis),
      ...(e.attribution ? { attribution: { ...e.attribution, name: bi(e.attribution.name) } } : {}),
    }));
  if (facts.source) out.source = { kind: bi(facts.source.kind), platform: convert(facts.source.platform) };
  return out;
}

/** Every rendering, in one list (what the build converts). */
export function zhRenderings(facts: Renderable): string[] {
  const seen: string[] = [];
  mapRenderings(facts, (zh) => (seen.push(zh), zh));
  return [...new Set(seen)];
}

function converter(dictionary: HantDictionary, script: ChineseScript): ((zh: string) => string) | null {
  if (script === 'hans') return null;
  const index = script === 'tw' ? 0 : 1;
  return (zh) => dictionary[zh]?.[index] ?? zh;
}

/** The facts in the UI's script (unchanged for Simplified). */
export function localiseFacts<T extends Renderable>(facts: T, dictionary: HantDictionary, script: ChineseScript): T {
  const convert = converter(dictionary, script);
  return convert ? mapRenderings(facts, convert) : facts;
}

/** What a changed fact is (a figure's measure, a name), in the UI's script; the article's and the page's words stay. */
export function localiseChanges(result: ChangedFactsResult, dictionary: HantDictionary, script: ChineseScript): ChangedFactsResult {
  const convert = converter(dictionary, script);
  if (!convert) return result;
  return { ...result, changes: result.changes.map((c) => ({ ...c, what: { ...c.what, zh: convert(c.what.zh) } })) };
}
