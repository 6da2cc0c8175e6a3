/**
 * What the share buttons do, on the bundled parsed copy; each returns the status note to show.
 * The popup imports this module only when a button is pressed (it keeps the article text, the
 * export code and its words out of the popup's own bundle); the overlay and the reader have the
 * copy anyway.
 */
import { article } from '@/utils/article/data';
import hant from 'virtual:article-hant';
import { localiseFacts } from '@/utils/article/hant';
import { chineseScript } from '@/utils/chinese-script';
import type { Lang } from '@/utils/i18n';
import type { ReadOn } from './markdown';
import { toMarkdown } from './markdown';
import type { FactsExport } from './json';
import { EXPORT_FILE_NAME, download, toFactsExport, toJson } from './json';
import { sentenceTexts } from './quotes';
import { writeClipboard } from './clipboard';
import { EXPORT_STRINGS } from './strings';

/** The fact sheet in the UI's language (and, in a zh-TW / zh-HK browser, script); the quotes stay as the article writes them. */
export function markdownFor(lang: Lang, readOn: ReadOn): string {
  const facts = lang === 'zh' ? localiseFacts(article, hant, chineseScript()) : article;
  return toMarkdown({ facts, quotes: sentenceTexts(article), lang, readOn });
}

export async function copyMarkdown(lang: Lang, readOn: ReadOn): Promise<string> {
  const s = EXPORT_STRINGS[lang];
  return (await writeClipboard(markdownFor(lang, readOn))) ? s.copiedMarkdown : s.copyFailed;
}

export function downloadJson(lang: Lang, page: FactsExport['page']): string {
  download(toJson(toFactsExport({ facts: article, quotes: sentenceTexts(article), page })), EXPORT_FILE_NAME);
  return EXPORT_STRINGS[lang].downloadedJson;
}

/** Copies a sentence link; null (the page no longer has the sentence) copies nothing and says so. */
export async function copyLink(lang: Lang, link: string | null): Promise<string> {
  const s = EXPORT_STRINGS[lang];
  if (link === null) return s.linkNotFound;
  return (await writeClipboard(link)) ? s.copiedLink : s.copyFailed;
}
