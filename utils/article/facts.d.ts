declare module 'virtual:article-facts' {
  import type { ArticleFacts } from '@/utils/article/schema';
  /** The parsed copy without `text` and `blocks` (made at build time by pipeline/facts-plugin.ts). */
  const facts: ArticleFacts;
  export default facts;
}

declare module 'virtual:article-glance' {
  import type { ArticleFacts } from '@/utils/article/schema';
  /** The popup's first screen: header fields, key points, people, and the facts they point at (pipeline/facts-plugin.ts). */
  const glance: Pick<
    ArticleFacts,
    'title' | 'titleGloss' | 'source' | 'author' | 'published' | 'keyPoints' | 'actors' | 'sentences' | 'figures' | 'timeline'
  >;
  export default glance;
}

declare module 'virtual:article-hant' {
  import type { HantDictionary } from '@/utils/article/hant';
  /** The parsed copy's own Chinese wording in Traditional (Taiwan, Hong Kong), made at build time (pipeline/hant.ts). */
  const dictionary: HantDictionary;
  export default dictionary;
}
