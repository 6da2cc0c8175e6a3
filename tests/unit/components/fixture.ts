/**
 * A small hand-made parsed copy for component tests that must not depend on the parser's
 * output (language edge cases, ordering ties). Spans are found in the text, so it stays valid.
 * Its wording follows the parser's current style (events in the past, as reported; what a figure
 * measures as a phrase; outside knowledge said so), so the views are tested on realistic strings.
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
  format: 3,
  text,
  title: blockTexts[0]!,
  author: '千金不及冰淇淋',
  published: '2025-02-02T11:52:00+08:00',
  blocks,
  sentences,
  actors: [
    { id: 'softbank', kind: 'organisation', name: { zh: '软银', en: 'SoftBank' }, aliases: [], mentions: mentionsOf('软银') },
    { id: 'trump', kind: 'person', name: { zh: '特朗普', en: 'Donald Trump' }, aliases: [], mentions: mentionsOf('特朗普') },
    {
      id: 'musk',
      kind: 'person',
      name: { zh: '马斯克', en: 'Elon Musk' },
      aliases: [],
      mentions: mentionsOf('马斯克'),
      basis: {
        zh: '外部知识:文中只写姓“马斯克”,名“埃隆”来自外部',
        en: 'outside knowledge: the text gives only the surname; the given name Elon is not in it',
      },
    },
    {
      id: 'son',
      kind: 'person',
      name: { zh: '孙正义', en: 'Masayoshi Son' },
      aliases: [],
      role: { zh: '软银首席执行官', en: 'SoftBank CEO', ...at('软银首席执行官') },
      mentions: mentionsOf('孙正义'),
    },
    { id: 'biden', kind: 'person', name: { zh: '拜登', en: 'Joe Biden' }, aliases: ['拜登总统'], mentions: mentionsOf('拜登') },
  ],
  figures: [
    figure('f0', '5000亿美元', 500000000000, 'USD', ['三家企业将投资的资金', 'what the three companies will invest'], {
      speaker: 'trump',
      tense: 'future',
    }),
    figure('f1', '100亿美元', 10000000000, 'USD', ['软银能拿出的资金', 'the money SoftBank can put up'], {
      speaker: 'musk',
      qualifier: { zh: '远低于', en: 'well below' },
    }),
    figure('f2', '2.7亿美元', 270000000, 'USD', ['马斯克为支持特朗普捐出的钱', 'what Musk donated to support Trump']),
    figure('f3', '40%', 0.4, 'percent', ['两者各自持有的股权', 'the stake the two each hold'], { qualifier: { zh: '均', en: 'each' } }),
    figure('f4', '2万亿', 2000000000000, null, ['拜登基建计划的总额', "total of Biden's infrastructure plan"]),
    figure('f5', '16年', 16, 'year', [
      '“北美高铁”项目提出后至今仍未完成的时间',
      'how long the "North American high-speed rail" project has stayed unfinished since it was proposed',
    ]),
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
      outside: true,
      event: { zh: '美国提出“北美高铁”项目', en: 'The US proposed the "North American high-speed rail" project' },
      basis: { zh: '外部知识:奥巴马任期2009年1月至2017年1月', en: 'outside knowledge: Obama was president from Jan 2009 to Jan 2017' },
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
      event: { zh: '孙正义谈到的上个月的事', en: 'What Son spoke of, last month' },
      basis: {
        zh: '文中没有注明这次讲话的日期;相对于发表日期(2025-02-02)推算,故为约数',
        en: 'the text does not date these remarks; counted from the publication date (2025-02-02), so approximate',
      },
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
      event: { zh: '特朗普表示,三家企业将投资5000亿美元', en: 'Trump said the three companies would invest $500 billion' },
      basis: {
        zh: '发表日期(2025-02-02)之前最近的21日,补足年月',
        en: 'the most recent day 21 not after the publication date (2025-02-02); month and year supplied',
      },
      sentence: sentenceAt(at('21日').start),
    },
  ],
  claims: [
    {
      id: 'c0',
      ...at('特朗普掌权后立刻翻脸'),
      sentence: 's0',
      source: { kind: 'author' },
      target: ['trump'],
      stance: 'claims',
      says: { zh: '特朗普掌权后立刻翻脸', en: 'Trump turned hostile immediately after taking power' },
      headline: { zh: '正文没有写特朗普对马斯克的任何举动', en: "The body reports no act of Trump's against Musk" },
    },
    {
      id: 'c1',
      ...at('三家企业将投资5000亿美元'),
      sentence: sentenceAt(at('三家企业将投资').start),
      source: { actor: 'trump', start: at('特朗普21日').start, end: at('特朗普21日').start + 3 },
      stance: 'claims',
      says: { zh: '三家企业将投资5000亿美元', en: 'The three companies will invest $500 billion' },
      timeline: ['t2'],
    },
    {
      id: 'c2',
      ...at('软银能拿出的资金远低于100亿美元'),
      sentence: sentenceAt(at('软银能拿出').start),
      source: { actor: 'musk', start: at('马斯克称').start, end: at('马斯克称').start + 3 },
      target: ['softbank'],
      stance: 'claims',
      quoted: true,
      says: { zh: '软银能拿出的资金远低于100亿美元', en: 'SoftBank can put up well below $10 billion' },
    },
    {
      id: 'c3',
      ...at('他捐出2.7亿美元支持特朗普'),
      sentence: sentenceAt(at('他捐出').start),
      source: { kind: 'author' },
      target: ['trump'],
      stance: 'reports',
      says: { zh: '他捐出2.7亿美元支持特朗普', en: 'He donated $270 million to support Trump' },
    },
    // Made up, to show an unnamed report relayed by an analysis (spans of no words).
    {
      id: 'c4',
      ...at('两者均持有40%的股权'),
      sentence: sentenceAt(at('两者均持有').start),
      source: { kind: 'report', name: { zh: '报道', en: 'a report' }, start: 0, end: 0 },
      via: { kind: 'analysis', name: { zh: '分析', en: 'an analysis' }, start: 0, end: 0 },
      stance: 'reports',
      says: { zh: '两者均持有40%的股权', en: 'The two each hold a 40% stake' },
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
