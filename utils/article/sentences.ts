/**
 * How a fact points back at the text: every fact control calls `onSource` with the span of the
 * sentence it comes from (what the overlay script and the reader highlight) and that sentence's id.
 */
import type { ArticleFacts } from '@/utils/article/schema';
import type { SourceRef } from '@/utils/messages';

export type { SourceRef };

export type OnSource = (ref: SourceRef, sentenceId: string) => void;

/** The sentence's own span; falls back to the given span when the id is unknown. */
export function sentenceRef(article: Pick<ArticleFacts, 'sentences'>, sentenceId: string, fallback: SourceRef): SourceRef {
  const s = article.sentences.find((x) => x.id === sentenceId);
  return s ? { start: s.start, end: s.end } : { start: fallback.start, end: fallback.end };
}

/** The id of the sentence a text offset lies in (mentions and roles carry no sentence id). */
export function sentenceIdAt(article: Pick<ArticleFacts, 'sentences'>, offset: number): string | undefined {
  return article.sentences.find((s) => s.start <= offset && offset < s.end)?.id;
}
