// @vitest-environment happy-dom
/** Download JSON: the document is the ArticleFacts projection plus the page, valid by the schema built from the one parsed-copy schema. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as v from 'valibot';
import { article } from '@/utils/article/data';
import { FactsExportSchema } from '@/pipeline/share-schema';
import { download, EXPORT_FILE_NAME, EXPORT_FORMAT, EXPORT_VERSION, toFactsExport, toJson } from '@/utils/share/json';
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

describe('the file', () => {
  it('is named, typed and versioned as docs/share.md says, 2-space JSON with a trailing newline', () => {
    expect([EXPORT_FILE_NAME, EXPORT_FORMAT, EXPORT_VERSION]).toEqual(['stargate-brief-facts.json', 'stargate-brief/facts', 1]);
    const doc = toFactsExport({
      facts: { ...article, actors: [], figures: [], timeline: [], sentences: [] },
      quotes: {},
      page: { kind: 'bundled' },
      now,
    });
    const lines = toJson(doc).split('\n');
    expect(lines.slice(0, 5)).toEqual([
      '{',
      '  "format": "stargate-brief/facts",',
      '  "version": 1,',
      '  "exported": "2026-01-02T03:04:05.000Z",',
      '  "page": {',
    ]);
    expect(lines.slice(-3)).toEqual(['  "quotes": {}', '}', '']);
  });
});

describe('download', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('hands the file to the browser through a hidden download link, then frees the blob a minute later', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (blobs.push(blob as Blob), 'blob:https://x/1'));
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicks: { href: string | null; download: string; hidden: boolean; inPage: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ href: this.getAttribute('href'), download: this.download, hidden: this.hidden, inPage: document.body.contains(this) });
    });
    download('{"a":1}\n', 'facts.json');
    expect(clicks).toEqual([{ href: 'blob:https://x/1', download: 'facts.json', hidden: true, inPage: true }]);
    expect(document.querySelectorAll('a')).toHaveLength(0); // the link is gone again
    expect(blobs.map((b) => b.type)).toEqual(['application/json']);
    expect(await blobs[0]!.text()).toBe('{"a":1}\n');
    vi.advanceTimersByTime(59_999);
    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(revoke).toHaveBeenCalledWith('blob:https://x/1');
  });
});
