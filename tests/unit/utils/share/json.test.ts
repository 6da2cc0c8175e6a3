/** Download JSON: the document is the ArticleFacts projection plus the page, valid by the schema built from the one parsed-copy schema. */
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { article } from '@/utils/article/data';
import { FactsExportSchema } from '@/pipeline/share-schema';
import { EXPORT_FORMAT, EXPORT_VERSION, toFactsExport, toJson } from '@/utils/share/json';
import { sentenceTexts } from '@/utils/share/quotes';

const now = new Date('2026-01-02T03:04:05Z');

describe('toFactsExport', () => {
  it('validates against FactsExportSchema, for a page and for the bundled copy', () => {
    for (const page of [
      {
        kind: 'page' as const,
        url: 'https://www.163.com/dy/article/JN5QSTARGATE0553.html',
        verdict: { kind: 'match' as const, coverage: 1 },
      },
      { kind: 'bundled' as const },
    ]) {
      const doc = JSON.parse(toJson(toFactsExport({ facts: article, quotes: sentenceTexts(article), page, now }))) as unknown;
      const result = v.safeParse(FactsExportSchema, doc);
      expect(result.issues?.map((i) => `${v.getDotPath(i)}: ${i.message}`) ?? []).toEqual([]);
    }
  });

  it('carries the facts without the article text and blocks, versioned', () => {
    const doc = toFactsExport({ facts: article, quotes: sentenceTexts(article), page: { kind: 'bundled' }, now });
    expect(doc.format).toBe(EXPORT_FORMAT);
    expect(doc.version).toBe(EXPORT_VERSION);
    expect(doc.exported).toBe('2026-01-02T03:04:05.000Z');
    expect(Object.keys(doc.facts).sort()).toEqual(
      Object.keys(article)
        .filter((k) => k !== 'text' && k !== 'blocks')
        .sort(),
    );
    expect(doc.facts.figures).toEqual(article.figures);
    expect(Object.keys(doc.quotes)).toHaveLength(article.sentences.length);
  });

  it('is rejected by the schema when a field is wrong or extra', () => {
    const doc = toFactsExport({ facts: article, quotes: {}, page: { kind: 'bundled' }, now });
    expect(v.safeParse(FactsExportSchema, { ...doc, version: 2 }).success).toBe(false);
    expect(v.safeParse(FactsExportSchema, { ...doc, facts: { ...doc.facts, text: article.text } }).success).toBe(false);
    expect(v.safeParse(FactsExportSchema, { ...doc, page: { kind: 'page', url: 'not a url', verdict: null } }).success).toBe(false);
  });
});
