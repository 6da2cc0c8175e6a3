/**
 * Build time only (a Vite plugin, used by wxt.config.ts): two projections of the bundled parsed
 * copy (one schema, `ArticleFacts`), for the popup, which shows facts but never the article itself.
 *
 * - `virtual:article-facts`: the parsed copy less its `text` and `blocks`.
 * - `virtual:article-glance`: what the popup's first screen reads (`SummaryFacts`): the header's
 *   fields, the key points, the people, and only the figures, timeline entries and sentences those
 *   point at. The rest comes with the lazily loaded sections, which import the full projection.
 * - `virtual:article-hant`: the copy's own Chinese wording in Traditional (pipeline/hant.ts), for a
 *   browser in zh-TW or zh-HK (every view; the popup loads it only there).
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import type { ArticleFacts, ParsedArticle } from '../utils/article/schema';
import { renderingsDictionary } from './hant';

export const ARTICLE_FACTS_ID = 'virtual:article-facts';
export const ARTICLE_GLANCE_ID = 'virtual:article-glance';
export const ARTICLE_HANT_ID = 'virtual:article-hant';
const IDS = [ARTICLE_FACTS_ID, ARTICLE_GLANCE_ID, ARTICLE_HANT_ID];

export function factsOf(parsed: ParsedArticle): ArticleFacts {
  const { text: _text, blocks: _blocks, ...facts } = parsed;
  return facts;
}

/** The first screen's facts: every id a key point, a part, a name or a role points at stays resolvable. */
export function glanceOf(facts: ArticleFacts) {
  const refs = [...facts.keyPoints, ...facts.actors.flatMap((a) => (a.part ? [a.part] : []))];
  const wanted = (kind: 'figure' | 'entry', id: string) => refs.some((r) => r.kind === kind && r.id === id);
  const figures = facts.figures.filter((f) => wanted('figure', f.id));
  const timeline = facts.timeline.filter((e) => wanted('entry', e.id));
  const offsets = facts.actors.flatMap((a) => [
    ...(a.mentions.find((m) => m.kind === 'name') ? [a.mentions.find((m) => m.kind === 'name')!.start] : []),
    ...(a.role ? [a.role.start] : []),
  ]);
  const sentenceIds = new Set([
    ...facts.keyPoints.map((k) => k.sentence),
    ...figures.map((f) => f.sentence),
    ...timeline.map((e) => e.sentence),
  ]);
  const sentences = facts.sentences.filter((s) => sentenceIds.has(s.id) || offsets.some((o) => s.start <= o && o < s.end));
  const { title, titleGloss, source, author, published, keyPoints, actors } = facts;
  return { title, titleGloss, source, author, published, keyPoints, actors, sentences, figures, timeline };
}

export function articleFactsPlugin(parsedCopyPath: string): Plugin {
  const ids = new Map<string, (p: ParsedArticle) => unknown>([
    [`\0${ARTICLE_FACTS_ID}`, (p: ParsedArticle) => factsOf(p)],
    [`\0${ARTICLE_GLANCE_ID}`, (p: ParsedArticle) => glanceOf(factsOf(p))],
    [`\0${ARTICLE_HANT_ID}`, (p: ParsedArticle) => renderingsDictionary(p)],
  ]);
  return {
    name: 'stargate-brief:article-facts',
    resolveId: (id) => (IDS.includes(id) ? `\0${id}` : undefined),
    load(id) {
      const project = ids.get(id);
      if (!project) return undefined;
      this.addWatchFile(parsedCopyPath);
      const parsed = JSON.parse(readFileSync(parsedCopyPath, 'utf8')) as ParsedArticle;
      return `export default ${JSON.stringify(project(parsed))};`;
    },
  };
}
