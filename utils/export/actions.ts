/**
 * What the share buttons do, on the bundled parsed copy: the popup imports this module only when
 * a button is pressed (it keeps the article text out of the popup's own bundle); the overlay and
 * the reader have the copy anyway.
 */
import { article } from '@/utils/article/data';
import type { Lang } from '@/utils/i18n';
import type { ReadOn } from './markdown';
import { toMarkdown } from './markdown';
import type { FactsExport } from './json';
import { EXPORT_FILE_NAME, download, toFactsExport, toJson } from './json';
import { sentenceTexts } from './quotes';
import { writeClipboard } from './clipboard';

export function markdownFor(lang: Lang, readOn: ReadOn): string {
  return toMarkdown({ facts: article, quotes: sentenceTexts(article), lang, readOn });
}

export function copyMarkdown(lang: Lang, readOn: ReadOn): Promise<boolean> {
  return writeClipboard(markdownFor(lang, readOn));
}

export function downloadJson(page: FactsExport['page']): void {
  download(toJson(toFactsExport({ facts: article, quotes: sentenceTexts(article), page })), EXPORT_FILE_NAME);
}

export { writeClipboard };
