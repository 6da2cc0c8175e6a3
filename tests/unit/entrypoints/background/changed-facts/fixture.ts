/** The comparison as the background runs it: the bundled parsed copy, the fingerprint's fold, the lexicon's other names. */
import { expect } from 'vitest';
import fingerprint from '@/assets/fingerprint.json';
import { article } from '@/utils/article/data';
import { foldTable } from '@/utils/detect/normalise';
import { LEXICON_NAMES } from '@/entrypoints/background/changed-facts/check';
import { compareCopy } from '@/entrypoints/background/changed-facts/compare';

export { article };
/** A fold table of its own: the comparison's readings and prepared copy are cached per table, so a case that wants the work done inside it takes a fresh one. */
export const freshFold = () => foldTable(fingerprint.fold);
export const fold = freshFold();
export const names = LEXICON_NAMES;
/** The article with its first occurrence of `words` written as `by` (a test that names words the article lacks fails here). */
export function replaceOnce(words: string, by: string): string {
  const at = article.text.indexOf(words);
  if (at < 0) throw new Error(`not in the article: ${words}`);
  return article.text.slice(0, at) + by + article.text.slice(at + words.length);
}
/** A page compared as the background compares it. */
export const compare = (page: string) => compareCopy(page, article, fold, names);
/** The whole article compared: every body sentence found. */
export function whole(page: string) {
  const r = compare(page);
  expect(r.total).toBeGreaterThan(40);
  expect(r.found).toBe(r.total);
  return r;
}
