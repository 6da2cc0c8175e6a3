/**
 * The facts as a downloadable JSON document (Download JSON), documented in docs/share.md and
 * validated by `FactsExportSchema` (json-schema.ts) in the unit tests. Pure except `download`,
 * which hands the file to the browser (no permission: an anchor with `download` on a blob URL).
 */
import type { ArticleFacts } from '@/utils/article/schema';
import type { Verdict } from '@/utils/messages';

/** Names the document's kind, so a consumer can tell it from any other JSON. */
export const EXPORT_FORMAT = 'stargate-brief/facts';
/** Bumped when a consumer of an older version would misread the file. */
export const EXPORT_VERSION = 1;
export const EXPORT_FILE_NAME = 'stargate-brief-facts.json';

export interface FactsExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  /** When the file was made, ISO 8601 UTC. */
  exported: string;
  /** Where the facts were read: the page (its URL and the detector's verdict), or the bundled copy. */
  page: { kind: 'page'; url: string; verdict: Verdict | null } | { kind: 'bundled' };
  /** The parsed copy without its text and blocks (`ArticleFacts`, utils/article/schema.ts). */
  facts: ArticleFacts;
  /** Each sentence's words by id, so the spans in `facts` can be read without the article text. */
  quotes: Record<string, string>;
}

export interface ExportInput {
  /** The parsed copy, or its ArticleFacts projection; `text` and `blocks` are left out either way. */
  facts: ArticleFacts & { text?: unknown; blocks?: unknown };
  quotes: Record<string, string>;
  page: FactsExport['page'];
  now?: Date;
}

export function toFactsExport({ facts, quotes, page, now = new Date() }: ExportInput): FactsExport {
  const { text: _text, blocks: _blocks, ...projection } = facts;
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exported: now.toISOString(), page, facts: projection, quotes };
}

export function toJson(doc: FactsExport): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** Saves `content` as a file through the browser's download of a blob URL (a user action starts it). */
export function download(content: string, fileName: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The browser reads the blob some time after the click (later on a busy machine): revoking the
  // URL at once can cancel the download, so it is freed a minute later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
