/**
 * The bundled parsed copy, typed. The unit tests validate `assets/article.parsed.json` against the
 * schema (validateParsedArticle), so the bundle trusts it here and ships no runtime validator.
 */
import type { ParsedArticle } from '@/utils/article/schema';
import raw from '@/assets/article.parsed.json';

export const article: ParsedArticle = raw as ParsedArticle;
