import type { ParsedArticle } from '../utils/article/schema';

/** The one serialisation of the bundled copy: 2-space JSON with a trailing newline. */
export function serializeParsedArticle(a: ParsedArticle): string {
  return `${JSON.stringify(a, null, 2)}\n`;
}
