/**
 * The words the export itself needs (status notes, the Markdown's labels). Kept out of
 * utils/i18n.ts so the popup loads them only with the export code, when a share button is used;
 * the buttons' own labels stay in utils/i18n.ts.
 */
import type { Lang } from '@/utils/i18n';

export interface ExportStrings {
  copiedMarkdown: string;
  copiedLink: string;
  downloadedJson: string;
  copyFailed: string;
  linkNotFound: string;
  sourceLabel: string;
  bundledCopy: string;
}

export const EXPORT_STRINGS: Record<Lang, ExportStrings> = {
  zh: {
    copiedMarkdown: '摘要已复制为 Markdown。',
    copiedLink: '链接已复制。',
    downloadedJson: 'JSON 文件已下载。',
    copyFailed: '无法写入剪贴板。',
    linkNotFound: '在本页上没有找到这句话,无法生成链接。',
    sourceLabel: '阅读来源',
    bundledCopy: '内置副本(星际之门简报)',
  },
  en: {
    copiedMarkdown: 'Summary copied as Markdown.',
    copiedLink: 'Link copied.',
    downloadedJson: 'JSON file downloaded.',
    copyFailed: 'Could not write to the clipboard.',
    linkNotFound: 'That sentence was not found on this page, so there is no link to it.',
    sourceLabel: 'Read on',
    bundledCopy: 'bundled copy (Stargate Brief)',
  },
};
