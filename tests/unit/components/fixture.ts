/**
 * A small hand-made parsed copy for component tests that must not depend on the parser's
 * output (language edge cases, ordering ties). Spans are found in the text, so it stays valid.
 */
import type { ParsedArticle } from '@/utils/article/schema';

const text = [
  '“开撕”了?特朗普掌权后立刻翻脸,马斯克为自己的嚣张付出了代价',
  '千金不及冰淇淋 2025-02-02 11:52:00',
  '特朗普21日表示,三家企业将投资5000亿美元。马斯克称,软银能拿出的资金远低于100亿美元。',
  '“星际之门”项目(资料图)',
  '他捐出2.7亿美元支持特朗普。软银首席执行官孙正义谈到上个月的事。两者均持有40%的股权。拜登出台了总额2万亿的基建计划。早在奥巴马时期,“北美高铁”16年后依然没有完成。',
].join('\n\n');

const at = (needle: string, from = 0) => {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: ${needle} not in text`);
  return { start, end: start + needle.length };
};

const blockTexts = text.split('\n\n');
const kinds = ['title', 'byline', 'paragraph', 'caption', 'paragraph'] as const;
const blocks = blockTexts.map((b, i) => ({ kind: kinds[i]!, ...at(b) }));

// Sentences: split body paragraphs after 。, title/byline/caption whole.
const sentences: ParsedArticle['sentences'] = [];
blocks.forEach((b, bi) => {
  if (b.kind === 'paragraph') {
    let s = b.start;
    for (let i = b.start; i < b.end; i++) {
      if (text[i] === '。') {
        sentences.push({ id: `s${sentences.length}`, start: s, end: i + 1, blocks: [bi] });
        s = i + 1;
      }
    }
  } else {
    sentences.push({ id: `s${sentences.length}`, start: b.start, end: b.end, blocks: [bi] });
  }
});
const sentenceAt = (offset: number) => sentences.find((s) => s.start <= offset && offset < s.end)!.id;

const mentionsOf = (...names: string[]) => {
  const spans: Array<{ start: number; end: number; kind: 'name' | 'reference' }> = [];
  for (const n of names) {
    let i = text.indexOf(n);
    while (i >= 0) {
      spans.push({ start: i, end: i + n.length, kind: 'name' as const });
      i = text.indexOf(n, i + n.length);
    }
  }
  return spans.sort((a, b) => a.start - b.start);
};

const figure = (
  id: string,
  needle: string,
  value: number,
  unit: ParsedArticle['figures'][number]['unit'],
  measures: [string, string],
  extra: Partial<ParsedArticle['figures'][number]> = {},
) => {
  const span = at(needle);
  return {
    id,
    ...span,
    text: needle,
    value,
    unit,
    measures: { zh: measures[0], en: measures[1] },
    sentence: sentenceAt(span.start),
    ...extra,
  };
};

export const fixtureArticle: ParsedArticle = {
  format: 2,
  text,
  title: blockTexts[0]!,
  author: '千金不及冰淇淋',
  published: '2025-02-02T11:52:00+08:00',
  blocks,
  sentences,
  actors: [
    { id: 'softbank', kind: 'organisation', name: { zh: '软银', en: 'SoftBank' }, aliases: [], mentions: mentionsOf('软银') },
    { id: 'trump', kind: 'person', name: { zh: '特朗普', en: 'Donald Trump' }, aliases: [], mentions: mentionsOf('特朗普') },
    { id: 'musk', kind: 'person', name: { zh: '马斯克', en: 'Elon Musk' }, aliases: [], mentions: mentionsOf('马斯克') },
    {
      id: 'son',
      kind: 'person',
      name: { zh: '孙正义', en: 'Masayoshi Son' },
      aliases: [],
      role: { zh: '软银首席执行官', en: 'CEO of SoftBank', ...at('软银首席执行官') },
      mentions: mentionsOf('孙正义'),
    },
    { id: 'biden', kind: 'person', name: { zh: '拜登', en: 'Joe Biden' }, aliases: ['拜登总统'], mentions: mentionsOf('拜登') },
  ],
  figures: [
    figure('f0', '5000亿美元', 500000000000, 'USD', ['三家企业的投资', 'investment by the three companies'], { speaker: 'trump' }),
    figure('f1', '100亿美元', 10000000000, 'USD', ['软银能拿出的资金', 'funds SoftBank can raise'], {
      speaker: 'musk',
      qualifier: { zh: '远低于', en: 'well below' },
    }),
    figure('f2', '2.7亿美元', 270000000, 'USD', ['马斯克支持特朗普的捐款', "Musk's donations backing Trump"]),
    figure('f3', '40%', 0.4, 'percent', ['双方各自的股权', 'stake each holds']),
    figure('f4', '2万亿', 2000000000000, null, ['拜登的基建计划总额', "Biden's infrastructure plan"]),
    figure('f5', '16年', 16, 'year', ['“北美高铁”至今未完成的时间', 'years the high-speed rail is still unfinished']),
  ],
  timeline: [
    {
      id: 't0',
      kind: 'event',
      date: '2009/2017',
      precision: 'era',
      inferred: true,
      ...at('奥巴马时期'),
      text: '奥巴马时期',
      event: { zh: '美国提出“北美高铁”项目', en: 'US proposes the North American high-speed rail' },
      basis: { zh: '奥巴马任期', en: "Obama's term of office" },
      sentence: sentenceAt(at('奥巴马时期').start),
    },
    {
      id: 't1',
      kind: 'event',
      date: '2024-12',
      precision: 'month',
      inferred: true,
      approximate: true,
      ...at('上个月'),
      text: '上个月',
      event: { zh: '孙正义庆祝特朗普胜选', en: "Son celebrates Trump's win" },
      basis: { zh: '“上个月”相对发布日期', en: '“last month” relative to publication' },
      sentence: sentenceAt(at('上个月').start),
    },
    {
      id: 't2',
      kind: 'event',
      date: '2025-01-21',
      precision: 'day',
      inferred: true,
      ...at('21日'),
      text: '21日',
      event: { zh: '特朗普宣布“星际之门”', en: 'Trump announces Stargate' },
      basis: { zh: '年月取自发布日期', en: 'Month and year from the publication date' },
      sentence: sentenceAt(at('21日').start),
    },
  ],
  keyPoints: [],
  warnings: [],
};

const signals = { headline: 0.5, lead: 0.5, mentions: 0.5, attribution: 1 };
// Key points and parts by hand (the rule itself is pipeline/salience.ts's, tested there).
fixtureArticle.keyPoints = [
  { kind: 'entry', id: 't2', sentence: fixtureArticle.timeline[2]!.sentence, salience: 4, signals },
  { kind: 'figure', id: 'f0', sentence: fixtureArticle.figures[0]!.sentence, salience: 3.5, signals },
  { kind: 'figure', id: 'f1', sentence: fixtureArticle.figures[1]!.sentence, salience: 3, signals },
];
fixtureArticle.actors.find((a) => a.id === 'musk')!.part = { kind: 'figure', id: 'f1' };
fixtureArticle.actors.find((a) => a.id === 'son')!.part = { kind: 'entry', id: 't1' };
