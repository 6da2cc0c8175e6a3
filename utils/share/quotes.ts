/**
 * The words of a sentence of the parsed copy, as a reader would quote it: a sentence the host
 * page broke over two paragraphs (`join`) reads as one, without the page's break.
 */
import type { ParsedArticle } from '@/utils/article/schema';

export type QuoteSource = Pick<ParsedArticle, 'text' | 'sentences'>;

export function sentenceText(article: QuoteSource, id: string): string | undefined {
  const s = article.sentences.find((x) => x.id === id);
  if (!s) return undefined;
  const { text } = article;
  const words = s.join ? text.slice(s.start, s.join.start) + text.slice(s.join.end, s.end) : text.slice(s.start, s.end);
  return words.replace(/\s+/g, ' ').trim();
}

/** Every sentence's words by id (what the JSON export and the Markdown quote). */
export function sentenceTexts(article: QuoteSource): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of article.sentences) out[s.id] = sentenceText(article, s.id) ?? '';
  return out;
}
