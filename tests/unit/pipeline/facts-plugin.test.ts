import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { article } from '@/utils/article/data';
import { ARTICLE_FACTS_ID, ARTICLE_GLANCE_ID, articleFactsPlugin } from '@/pipeline/facts-plugin';
import { sentenceIdAt } from '@/utils/article/sentences';

describe('the popup’s projections of the parsed copy', () => {
  const plugin = articleFactsPlugin(resolve(import.meta.dirname, '../../../assets/article.parsed.json'));
  const resolveId = plugin.resolveId as (id: string) => string | undefined;
  const load = plugin.load as (this: { addWatchFile(f: string): void }, id: string) => string | undefined;
  const loaded = (id: string) => {
    const code = load.call({ addWatchFile: () => undefined }, resolveId(id)!)!;
    return JSON.parse(code.replace(/^export default /, '').replace(/;$/, '')) as typeof article;
  };

  it('virtual:article-facts is the parsed copy less its text and blocks, everything else equal', () => {
    const facts = loaded(ARTICLE_FACTS_ID);
    const { text: _text, blocks: _blocks, ...expected } = article;
    expect(facts).toEqual(expected);
    expect(facts).not.toHaveProperty('text');
  });

  it('virtual:article-glance holds what the first screen reads, every reference resolvable, and no more', () => {
    const glance = loaded(ARTICLE_GLANCE_ID);
    expect(glance.keyPoints).toEqual(article.keyPoints);
    expect(glance.actors).toEqual(article.actors);
    expect(glance.title).toBe(article.title);
    expect(glance.titleGloss).toBe(article.titleGloss);
    const refs = [...article.keyPoints, ...article.actors.flatMap((a) => (a.part ? [a.part] : []))];
    expect(glance.figures.map((f) => f.id).sort()).toEqual([...new Set(refs.filter((r) => r.kind === 'figure').map((r) => r.id))].sort());
    expect(glance.timeline.map((e) => e.id).sort()).toEqual([...new Set(refs.filter((r) => r.kind === 'entry').map((r) => r.id))].sort());
    for (const f of [...glance.figures, ...glance.timeline]) expect(glance.sentences.some((s) => s.id === f.sentence)).toBe(true);
    for (const a of glance.actors) {
      const first = a.mentions.find((m) => m.kind === 'name');
      if (first) expect(sentenceIdAt(glance, first.start)).toBe(sentenceIdAt(article, first.start));
      if (a.role) expect(sentenceIdAt(glance, a.role.start)).toBe(sentenceIdAt(article, a.role.start));
    }
    expect(glance.timeline.length).toBeLessThan(article.timeline.length);
    expect(glance).not.toHaveProperty('text');
  });

  it('leaves every other module alone', () => {
    expect(resolveId('@/assets/article.parsed.json')).toBeUndefined();
    expect(load.call({ addWatchFile: () => undefined }, 'virtual:other')).toBeUndefined();
  });
});
