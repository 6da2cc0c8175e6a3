import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { article } from '@/utils/article/data';
import { ARTICLE_FACTS_ID, articleFactsPlugin } from '@/pipeline/facts-plugin';

describe('virtual:article-facts (what the popup bundles)', () => {
  const plugin = articleFactsPlugin(resolve(import.meta.dirname, '../../../assets/article.parsed.json'));
  const resolveId = plugin.resolveId as (id: string) => string | undefined;
  const load = plugin.load as (this: { addWatchFile(f: string): void }, id: string) => string | undefined;

  it('is the parsed copy less its text and blocks, everything else equal', () => {
    const id = resolveId(ARTICLE_FACTS_ID)!;
    const code = load.call({ addWatchFile: () => undefined }, id)!;
    const facts = JSON.parse(code.replace(/^export default /, '').replace(/;$/, '')) as Record<string, unknown>;
    const { text: _text, blocks: _blocks, ...expected } = article;
    expect(facts).toEqual(expected);
    expect(facts).not.toHaveProperty('text');
  });

  it('leaves every other module alone', () => {
    expect(resolveId('@/assets/article.parsed.json')).toBeUndefined();
    expect(load.call({ addWatchFile: () => undefined }, 'virtual:other')).toBeUndefined();
  });
});
