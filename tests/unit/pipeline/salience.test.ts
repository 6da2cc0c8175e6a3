/** The salience rule on small made-up copies: each exclusion and signal does what docs/parsed-copy.md says. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/pipeline/parse';
import { MAX_KEY_POINTS, pickKeyPoints, rankFacts } from '@/pipeline/salience';

const head = '“开撕”了?特朗普翻脸,马斯克付出了代价\n\n作者 2025-02-02 11:52:00\n\n';

describe('the salience rule', () => {
  it('takes at most five key points, one per sentence', () => {
    // Eight sentences with nothing in common but an amount each (two in the first).
    const body = [
      '春天投资了1亿美元和11亿美元。',
      '工厂花掉2亿美元。',
      '学校募集3亿美元。',
      '铁路需要4亿美元。',
      '医院得到5亿美元。',
      '港口收入6亿美元。',
      '森林损失7亿美元。',
      '机场欠下8亿美元。',
    ];
    const copy = parseArticle(`${head}${body.join('')}`);
    expect(copy.figures.length).toBe(9);
    expect(copy.keyPoints).toHaveLength(MAX_KEY_POINTS);
    expect(new Set(copy.keyPoints.map((k) => k.sentence)).size).toBe(MAX_KEY_POINTS);
  });

  it('skips a sentence that restates an amount already taken', () => {
    const copy = parseArticle(
      `${head}三家企业将投资5000亿美元,建设基础设施。孙正义表示现在他带来了5000亿美元,而特朗普曾说需要2000亿美元。`,
    );
    const sentences = copy.keyPoints.map((k) => k.sentence);
    expect(sentences).toHaveLength(1);
  });

  it('skips a sentence that retells a taken one', () => {
    const copy = parseArticle(
      `${head}特朗普表示三家企业将投资5000亿美元建设美国人工智能基础设施。此前特朗普表示三家企业将联手建设美国人工智能基础设施。`,
    );
    expect(copy.keyPoints.map((k) => k.kind)).toEqual(['figure']);
  });

  it('ranks what a named actor says above narration, and the lede above later sentences', () => {
    const copy = parseArticle(`${head}企业将投资5000亿美元。另外有人提到了300亿美元。马斯克称,软银只有100亿美元。`);
    const id = (words: string) => copy.figures.find((f) => f.text === words)!.id;
    const ranked = rankFacts(copy).map((c) => ({ id: c.ref.id, ...c.signals }));
    const at = (words: string) => ranked.findIndex((c) => c.id === id(words));
    expect(ranked[at('100亿美元')]!.attribution).toBe(1); // 马斯克称
    expect(ranked[at('300亿美元')]!.attribution).toBe(0);
    expect(ranked[at('5000亿美元')]!.lead).toBe(1);
    expect(at('100亿美元')).toBeLessThan(at('300亿美元'));
    expect(at('5000亿美元')).toBeLessThan(at('300亿美元'));
  });

  it('gives nothing for a copy without facts, and never throws', () => {
    expect(parseArticle('').keyPoints).toEqual([]);
    expect(pickKeyPoints({ text: '', blocks: [], sentences: [], actors: [], figures: [], timeline: [] })).toEqual([]);
  });
});
