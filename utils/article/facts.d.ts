declare module 'virtual:article-facts' {
  import type { ArticleFacts } from '@/utils/article/schema';
  /** The parsed copy without `text` and `blocks` (made at build time by pipeline/facts-plugin.ts). */
  const facts: ArticleFacts;
  export default facts;
}
