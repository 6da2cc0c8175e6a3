declare module 'virtual:article-facts' {
  import type { ArticleFacts } from '@/utils/article/schema';
  /** The parsed copy without `text` and `blocks` (see utils/article/facts-plugin.ts). */
  const facts: ArticleFacts;
  export default facts;
}
