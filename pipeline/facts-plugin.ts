/**
 * Build time only (a Vite plugin, used by wxt.config.ts): `virtual:article-facts` is the bundled
 * parsed copy less its `text` and `blocks` (the `ArticleFacts` projection of the one schema), for
 * the popup, which shows facts but never the article itself.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

export const ARTICLE_FACTS_ID = 'virtual:article-facts';

export function articleFactsPlugin(parsedCopyPath: string): Plugin {
  const resolvedId = `\0${ARTICLE_FACTS_ID}`;
  return {
    name: 'stargate-brief:article-facts',
    resolveId: (id) => (id === ARTICLE_FACTS_ID ? resolvedId : undefined),
    load(id) {
      if (id !== resolvedId) return undefined;
      this.addWatchFile(parsedCopyPath);
      const { text: _text, blocks: _blocks, ...facts } = JSON.parse(readFileSync(parsedCopyPath, 'utf8')) as Record<string, unknown>;
      return `export default ${JSON.stringify(facts)};`;
    },
  };
}
