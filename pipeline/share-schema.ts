/**
 * The schema of the JSON export, built from the one schema of the parsed copy (`ParsedArticle`
 * less `text` and `blocks` is `ArticleFacts`). Tests and consumers validate with it; the shipped
 * bundles never import it (they only write the file).
 */
import * as v from 'valibot';
import { ParsedArticle } from '@/utils/article/schema';
import { EXPORT_FORMAT, EXPORT_VERSION } from '@/utils/share/json';

export const ArticleFactsSchema = v.omit(ParsedArticle, ['text', 'blocks']);

const VerdictSchema = v.object({
  kind: v.picklist(['match', 'partial', 'none']),
  coverage: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
});

export const FactsExportSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(EXPORT_VERSION),
  exported: v.pipe(v.string(), v.isoTimestamp()),
  page: v.variant('kind', [
    v.object({ kind: v.literal('page'), url: v.pipe(v.string(), v.url()), verdict: v.nullable(VerdictSchema) }),
    v.object({ kind: v.literal('bundled') }),
  ]),
  facts: v.strictObject(ArticleFactsSchema.entries),
  quotes: v.record(v.pipe(v.string(), v.regex(/^s\d+$/)), v.string()),
});
