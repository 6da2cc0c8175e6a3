import { describe, expect, it } from 'vitest';
import { detectScript, scriptOfTag, zhVariant } from '@/utils/chinese-script';
import { article } from '@/utils/article/data';
import { localiseChanges, localiseFacts, mapRenderings } from '@/utils/article/hant';
import hant from 'virtual:article-hant';

describe('the Chinese script', () => {
  it('Taiwan for zh-TW and zh-Hant, Hong Kong for zh-HK and zh-MO, Simplified for other Chinese', () => {
    expect(scriptOfTag('zh-TW')).toBe('tw');
    expect(scriptOfTag('zh_TW')).toBe('tw');
    expect(scriptOfTag('zh-Hant')).toBe('tw');
    expect(scriptOfTag('zh-HK')).toBe('hk');
    expect(scriptOfTag('zh-Hant-HK')).toBe('hk');
    expect(scriptOfTag('zh-MO')).toBe('hk');
    expect(scriptOfTag('zh-CN')).toBe('hans');
    expect(scriptOfTag('zh')).toBe('hans');
    expect(scriptOfTag('en-US')).toBeNull();
  });

  it('?lang= on the extension’s own pages wins; else the browser’s UI language', () => {
    expect(detectScript('?lang=zh-TW', 'zh-CN')).toBe('tw');
    expect(detectScript('?lang=zh', 'zh-TW')).toBe('hans');
    expect(detectScript('?lang=en', 'zh-HK')).toBe('hans');
    expect(detectScript('', 'zh-HK')).toBe('hk');
    expect(detectScript(null, 'zh-TW')).toBe('tw'); // a host page's URL never chooses
  });

  it('picks the Simplified wording in a Simplified context (the unit tests’ browser)', () => {
    expect(zhVariant('简', '繁', '港')).toBe('简');
  });
});

describe('the copy in Traditional', () => {
  it('converts its own wording, keeps the article’s words, and leaves Simplified untouched', () => {
    expect(localiseFacts(article, hant, 'hans')).toBe(article);
    const tw = localiseFacts(article, hant, 'tw');
    const musk = tw.actors.find((a) => a.id === 'musk')!;
    expect(musk.name.zh).toBe('馬斯克');
    expect(musk.name.en).toBe('Elon Musk');
    expect(musk.mentions).toEqual(article.actors.find((a) => a.id === 'musk')!.mentions);
    const f0 = tw.figures.find((f) => f.id === 'f0')!;
    expect(f0.measures.zh).toBe('三家企業將投向美國AI基礎設施的資金');
    expect(f0.text).toBe('5000亿美元'); // the article's words, as written
    expect(tw.title).toBe(article.title);
    expect(tw.source!.platform).toBe('網易號');
    const hk = localiseFacts(article, hant, 'hk');
    expect(hk.timeline.find((e) => e.id === 't6')!.event.zh).toContain('説'); // Hong Kong's 説, Taiwan's 說
    expect(tw.timeline.find((e) => e.id === 't6')!.event.zh).toContain('說');
  });

  it('reaches every rendering: none is left Simplified where Traditional differs', () => {
    const seen: string[] = [];
    mapRenderings(localiseFacts(article, hant, 'tw'), (zh) => (seen.push(zh), zh));
    for (const zh of seen) expect(hant[zh]).toBeUndefined();
  });

  it('says what a changed fact is in Traditional too', () => {
    const result = {
      changes: [
        {
          kind: 'figure' as const,
          id: 'f0',
          what: { zh: '三家企业将投向美国AI基础设施的资金', en: '' },
          original: '5000亿美元',
          page: '6000亿美元',
          sentence: { id: 's3', start: 0, end: 1 },
          pageSentence: '',
          count: 1,
        },
      ],
      missing: [],
      found: 1,
      total: 1,
    };
    const changed = localiseChanges(result, hant, 'tw').changes[0]!;
    expect(changed.what.zh).toBe('三家企業將投向美國AI基礎設施的資金');
    expect(changed.original).toBe('5000亿美元');
  });
});
