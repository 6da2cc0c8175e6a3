/** Traditional Chinese made at build time: the UI strings, the copy's own wording and the manifest's messages. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { convertLiterals, localeMessages, renderingsDictionary, toTraditional } from '@/pipeline/hant';
import { article } from '@/utils/article/data';
import { readRepoFile } from './helpers';

describe('toTraditional', () => {
  it('writes Taiwan’s vocabulary and Hong Kong’s characters', () => {
    expect(toTraditional('复制链接', 'tw')).toBe('複製連結');
    expect(toTraditional('复制链接', 'hk')).toBe('複製鏈接');
    expect(toTraditional('内置副本,可离线阅读', 'tw')).toBe('內建副本,可離線閱讀');
    expect(toTraditional('内置副本,可离线阅读', 'hk')).toBe('內置副本,可離線閲讀');
    expect(toTraditional('软银首席执行官', 'tw')).toBe('軟銀執行長');
  });

  it('fixes what OpenCC’s software vocabulary gets wrong in a news brief', () => {
    expect(toTraditional('原文发布于', 'tw')).toBe('原文發布於'); // not 釋出 (a software release)
    expect(toTraditional('捐出2.7亿美元支持特朗普', 'tw')).toBe('捐出2.7億美元支持特朗普'); // not 支援
    expect(toTraditional('美国提出北美高铁项目', 'tw')).toBe('美國提出北美高鐵計畫'); // not 專案
    expect(toTraditional('孙正义宣布软银加入合资项目计划', 'tw')).toBe('孫正義宣佈軟銀加入合資項目計畫');
  });

  it('keeps the article’s own words (quotes, names) and only changes their characters; quotes become 「」', () => {
    expect(toTraditional('外部知识:奥巴马任期', 'tw', ['奥巴马'])).toBe('外部知識:奧巴馬任期'); // not Taiwan's 歐巴馬
    expect(toTraditional('文中只写姓“奥巴马”', 'tw')).toBe('文中只寫姓「奧巴馬」');
    expect(toTraditional('Plain English “quotes”', 'tw')).toBe('Plain English “quotes”');
  });
});

describe('the UI strings modules', () => {
  it('every Chinese literal becomes zhVariant(简, 繁·台, 繁·港); keys, imports and other text stay', () => {
    const code = `import x from './数据';\nconst a = { '亿': '亿', n: \`约\${p}%\`, e: 'plain' };\nconst b = '年';`;
    expect(convertLiterals(code, 'x.ts', 'V')).toBe(
      `import x from './数据';\nconst a = { '亿': V('亿', '億', '億'), n: V(\`约\${p}%\`, \`約\${p}%\`, \`約\${p}%\`), e: 'plain' };\nconst b = '年';`,
    );
    expect(convertLiterals(`const e = 'English only';`, 'x.ts', 'V')).toBeNull();
  });

  it('covers utils/i18n.ts (strings and the formatters’ words) and utils/share/strings.ts', () => {
    const i18n = convertLiterals(readRepoFile('utils/i18n.ts'), 'i18n.ts', 'V')!;
    expect(i18n).toContain("appName: V('星际之门简报', '星際之門簡報', '星際之門簡報')");
    expect(i18n).toContain("V('亿', '億', '億')"); // the formatters' words too: 5000億美元
    const strings = convertLiterals(readRepoFile('utils/share/strings.ts'), 'strings.ts', 'V')!;
    expect(strings).toContain("copiedLink: V('链接已复制。', '連結已複製。', '鏈接已複製。')");
  });
});

describe('the parsed copy’s own wording', () => {
  const dictionary = renderingsDictionary(article);

  it('converts names, measures, events and bases; the article’s words are not in it', () => {
    expect(dictionary['马斯克']).toEqual(['馬斯克', '馬斯克']);
    expect(dictionary['三家企业将投向美国AI基础设施的资金']).toEqual([
      '三家企業將投向美國AI基礎設施的資金',
      '三家企業將投向美國AI基礎設施的資金',
    ]);
    expect(dictionary['奥巴马']).toEqual(['奧巴馬', '奧巴馬']);
    expect(dictionary['软银首席执行官']).toEqual(['軟銀首席執行官', '軟銀首席執行官']); // the text's own words for his role
    expect(dictionary[article.title]).toBeUndefined();
    for (const a of article.actors) for (const alias of a.aliases) expect(dictionary[alias]).toBeUndefined();
  });
});

describe('the manifest’s messages', () => {
  it('zh_TW and zh_HK are zh_CN converted, placeholders intact', () => {
    const zhCN = JSON.parse(readFileSync('public/_locales/zh_CN/messages.json', 'utf8'));
    const tw = localeMessages(zhCN, 'tw');
    const hk = localeMessages(zhCN, 'hk');
    expect(Object.keys(tw)).toEqual(Object.keys(zhCN));
    expect(tw.extName!.message).toBe('星際之門簡報');
    // The title before any verdict (later titles are the status line, made by utils/status.ts in the browser's script).
    expect(tw.actionTitleNone!.message).toBe('星際之門簡報:本頁沒有這篇文章(點選檢查本頁或閱讀內建副本)');
    expect(hk.actionTitleNone!.message).toBe('星際之門簡報:本頁沒有這篇文章(點擊檢查本頁或閲讀內置副本)');
  });
});
