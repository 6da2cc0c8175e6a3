/**
 * Golden tests: every actor, figure and timeline entry of the bundled article, written from
 * a careful reading of assets/article.txt. Each judgement call is a comment next to its row.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/pipeline/parse';
import { EVENT_NOTES, FIGURE_NOTES } from '@/pipeline/curation';
import { readRepoFile } from './helpers';

const text = readRepoFile('assets/article.txt');
const article = parseArticle(text);
const slice = (s: { start: number; end: number }) => text.slice(s.start, s.end);

describe('blocks and sentences', () => {
  it('reads title, byline and publication', () => {
    expect(article.title).toBe('“开撕”了?特朗普掌权后立刻翻脸,马斯克为自己的嚣张付出了代价');
    expect(article.author).toBe('千金不及冰淇淋');
    expect(article.published).toBe('2025-02-02T11:52:00+08:00');
    expect(article.warnings).toEqual([]);
  });

  it('classifies every block', () => {
    expect(article.blocks.map((b) => b.kind)).toEqual([
      'title', 'byline',
      'paragraph', 'paragraph', 'caption', 'paragraph', 'paragraph', 'caption', 'paragraph', 'paragraph', 'caption',
      'paragraph', 'paragraph', 'paragraph', 'caption', 'paragraph', 'paragraph', 'caption', 'paragraph', 'paragraph',
      // Page furniture: the read counter, the author's name again, the bio.
      'noise', 'noise', 'noise',
    ]);
    expect(article.blocks.filter((b) => b.kind === 'noise').map(slice)).toEqual(['0 阅读:141', '千金不及冰淇淋', '简介:环球大侦探,深挖国际小秘密']);
    expect(article.blocks.filter((b) => b.kind === 'caption').map(slice)).toEqual([
      '“星际之门”项目(资料图)', '软银首席执行官孙正义(资料图)', '马斯克(资料图)', '美国工人(资料图)', '美国基建(资料图)',
    ]);
  });

  it('joins the sentence the page broke across two blocks', () => {
    const broken = article.blocks.findIndex((b) => b.continues);
    expect(slice(article.blocks[broken]!).endsWith('甚至让他长期')).toBe(true);
    expect(article.blocks.filter((b) => b.continues)).toHaveLength(1);
    const joined = article.sentences.filter((s) => s.join);
    expect(joined).toHaveLength(1);
    const s = joined[0]!;
    expect(s.blocks).toEqual([broken, broken + 1]);
    expect(slice(s.join!)).toBe('\n\n');
    expect(slice(s)).toBe('特朗普也投桃报李,与马斯克形影不离,甚至让他长期\n\n“美国总理”,足见其在政坛上的地位之显赫。');
  });

  it('splits sentences and keeps closing quotes with them', () => {
    // Title (2: "“开撕”了?" ends at its question mark), byline (1, so the publication date has
    // a sentence), 53 in paragraphs (one joined across the break) and the 5 captions.
    expect(article.sentences).toHaveLength(61);
    expect(article.sentences.map((s) => s.id)).toEqual(article.sentences.map((_, i) => `s${i}`));
    const texts = article.sentences.map(slice);
    expect(texts).toContain('“特朗普甚至都还没有正式上任,他就已经开始介入政治事务,甚至被民主党人称为‘马斯克总统’。”');
    expect(texts).toContain('他表示,马斯克“肯定知道自己已经搞错了”。');
    expect(texts.filter((t) => t.endsWith('!'))).toEqual(['作为项目的直接参与方,软银首席执行官孙正义在宣布加入“星际之门”合资项目计划的同时,谈到自己上个月庆祝特朗普胜选时,特朗普曾说需要2000亿美元投资,而现在他带来了5000亿美元!']);
    // No sentence in the page furniture.
    const noise = article.blocks.map((b, i) => (b.kind === 'noise' ? i : -1)).filter((i) => i >= 0);
    expect(article.sentences.some((s) => s.blocks.some((b) => noise.includes(b)))).toBe(false);
  });
});

describe('actors', () => {
  // Decisions:
  // - Mentions are counted in the title, paragraphs and captions (all the page's own words);
  //   the byline and page furniture are skipped, so the author 千金不及冰淇淋 is not an actor.
  // - Longest match wins and no stretch counts twice: 奥尔特曼 is not also an 奥特曼 hit,
  //   日本软银集团 is one SoftBank mention, not also 软银.
  // - Nested names count: 软银首席执行官孙正义 is a SoftBank AND a Son mention; 马斯克总统 is
  //   Musk; 特朗普核心圈子 and 特朗普竞选团队 are Trump.
  // - X and 推特 are one organisation: the text itself says X is Twitter renamed
  //   (X是马斯克当年收购推特后更名的社交媒体). "X" only matches as a whole Latin word, not in MGX.
  // - 民主党人 (Democrats) are an actor: they act in the story (they call Musk "President Musk").
  // - Not actors: countries and places (美国, 中国, 白宫, 得克萨斯州), products/projects (ChatGPT,
  //   星际之门, 北美高铁), unnamed groups (MAGA 红脖子群体, 右翼民族主义者, 美国工人).
  // - A role is only what the text puts right before the name: 软银首席执行官 for Son,
  //   美国企业家 for Musk. Altman is never called OpenAI's CEO in the text, so no role.
  const expected = [
    { id: 'trump', kind: 'person', name: { zh: '特朗普', en: 'Donald Trump' }, aliases: [], mentions: 36 },
    { id: 'musk', kind: 'person', name: { zh: '马斯克', en: 'Elon Musk' }, aliases: [], role: { zh: '美国企业家', en: 'US entrepreneur' }, mentions: 32 },
    // name.zh is the short form the text uses most; the long formal names are aliases.
    { id: 'softbank', kind: 'organisation', name: { zh: '软银', en: 'SoftBank' }, aliases: ['日本软银集团'], mentions: 8 },
    { id: 'openai', kind: 'organisation', name: { zh: 'OpenAI', en: 'OpenAI' }, aliases: ['美国开放人工智能研究中心'], mentions: 9 },
    { id: 'oracle', kind: 'organisation', name: { zh: '甲骨文', en: 'Oracle' }, aliases: ['美国甲骨文公司'], mentions: 3 },
    { id: 'axios', kind: 'organisation', name: { zh: 'Axios', en: 'Axios' }, aliases: ['美国Axios新闻网'], mentions: 1 },
    { id: 'son', kind: 'person', name: { zh: '孙正义', en: 'Masayoshi Son' }, aliases: [], role: { zh: '软银首席执行官', en: 'SoftBank CEO' }, mentions: 4 },
    { id: 'microsoft', kind: 'organisation', name: { zh: '微软', en: 'Microsoft' }, aliases: [], mentions: 1 },
    // 奥特曼 (once) and 奥尔特曼 (four times) are two transliterations of one person.
    { id: 'altman', kind: 'person', name: { zh: '奥特曼', en: 'Sam Altman' }, aliases: ['奥尔特曼'], mentions: 5 },
    { id: 'mgx', kind: 'organisation', name: { zh: 'MGX', en: 'MGX' }, aliases: [], mentions: 1 },
    { id: 'x', kind: 'organisation', name: { zh: 'X', en: 'X (formerly Twitter)' }, aliases: ['推特'], mentions: 3 },
    { id: 'haberman', kind: 'person', name: { zh: '哈伯曼', en: 'Maggie Haberman' }, aliases: [], mentions: 3 },
    { id: 'democrats', kind: 'organisation', name: { zh: '民主党', en: 'Democrats (US Democratic Party)' }, aliases: ['民主党人'], mentions: 1 },
    { id: 'bannon', kind: 'person', name: { zh: '班农', en: 'Steve Bannon' }, aliases: [], mentions: 1 },
    { id: 'obama', kind: 'person', name: { zh: '奥巴马', en: 'Barack Obama' }, aliases: [], mentions: 1 },
    { id: 'biden', kind: 'person', name: { zh: '拜登', en: 'Joe Biden' }, aliases: [], mentions: 1 },
  ];

  it('pins every actor, in order of first mention', () => {
    expect(article.actors.map((a) => ({
      id: a.id, kind: a.kind, name: a.name, aliases: a.aliases,
      ...(a.role ? { role: { zh: a.role.zh, en: a.role.en } } : {}),
      mentions: a.mentions.length,
    }))).toEqual(expected);
  });

  it('puts roles where the text says them', () => {
    const son = article.actors.find((a) => a.id === 'son')!;
    expect(text.slice(son.role!.start, son.role!.end + 3)).toBe('软银首席执行官孙正义');
    const musk = article.actors.find((a) => a.id === 'musk')!;
    expect(text.slice(musk.role!.start, musk.role!.end + 3)).toBe('美国企业家马斯克');
  });

  it('counts the tricky mentions once each', () => {
    const hits = (id: string) => article.actors.find((a) => a.id === id)!.mentions.map(slice);
    expect(hits('altman')).toEqual(['奥特曼', '奥尔特曼', '奥尔特曼', '奥尔特曼', '奥尔特曼']);
    expect(hits('softbank')[0]).toBe('日本软银集团');
    expect(hits('x')).toEqual(['X', '推特', 'X']);
    expect(hits('democrats')).toEqual(['民主党人']);
    const musk = article.actors.find((a) => a.id === 'musk')!;
    expect(musk.mentions.some((m) => text.slice(m.start, m.start + 5) === '马斯克总统')).toBe(true);
    const trump = article.actors.find((a) => a.id === 'trump')!;
    expect(trump.mentions.filter((m) => text.slice(m.start, m.start + 5) === '特朗普核心')).toHaveLength(2);
    // The title counts: it is the article's own words.
    expect(trump.mentions[0]!.start).toBeLessThan(article.blocks[0]!.end);
    // No two mentions of any actors overlap.
    const all = article.actors.flatMap((a) => a.mentions).sort((a, b) => a.start - b.start);
    all.forEach((m, i) => i > 0 && expect(m.start).toBeGreaterThanOrEqual(all[i - 1]!.end));
  });
});

describe('figures', () => {
  // Decisions:
  // - A figure's text is the number with its magnitude and unit (100亿美元); a hedge before it
  //   (远低于) goes in `qualifier`, not the span. 各/均 earlier in the clause → 'each'.
  // - Speakers: Son states 2000亿/5000亿 in his remarks (he retells Trump's words, but he is the
  //   one saying them); Musk states 远低于100亿; Altman states 190亿/40%/450亿 (外媒报道 relay
  //   him, he is the one who 表示). Narrated figures have no speaker.
  // - 2万亿 (Biden's plan) states no currency → unit null.
  // - Durations 16年 (16年后) and 10年 (过去10年) are figures in years.
  // - Not figures: counts (三家企业 is a number of companies, not an amount), 几小时 (no number),
  //   dates (21日, 22日, the byline), and page furniture (0 阅读:141).
  // - 450亿 is 总共 "in total": not one of the schema's qualifiers, so none.
  const expected = [
    { text: '5000亿美元', value: 500_000_000_000, unit: 'USD', measures: 'investment by the three companies in US AI infrastructure', sentence: 's3' },
    { text: '2000亿美元', value: 200_000_000_000, unit: 'USD', measures: 'the investment Trump had said was needed', speaker: 'son', sentence: 's6' },
    { text: '5000亿美元', value: 500_000_000_000, unit: 'USD', measures: 'the investment Son says he now brings', speaker: 'son', sentence: 's6' },
    { text: '100亿美元', value: 10_000_000_000, unit: 'USD', qualifier: { zh: '远低于', en: 'well below' }, measures: 'the money SoftBank can put up', speaker: 'musk', sentence: 's12' },
    { text: '1000亿美元', value: 100_000_000_000, unit: 'USD', measures: "SoftBank's pledged US investment before the end of Trump's term", sentence: 's13' },
    { text: '190亿美元', value: 19_000_000_000, unit: 'USD', qualifier: { zh: '各', en: 'each' }, measures: 'what OpenAI and SoftBank each put into Stargate', speaker: 'altman', sentence: 's17' },
    // 两者均持有…40%: each of the two holds 40%, so 'each' too; a share → 0.4, percent.
    { text: '40%', value: 0.4, unit: 'percent', qualifier: { zh: '均', en: 'each' }, measures: 'the stake OpenAI and SoftBank each hold in the joint venture', speaker: 'altman', sentence: 's17' },
    { text: '450亿美元', value: 45_000_000_000, unit: 'USD', measures: 'total put into Stargate by OpenAI, SoftBank, Oracle and MGX', speaker: 'altman', sentence: 's17' },
    { text: '2.7亿美元', value: 270_000_000, unit: 'USD', measures: "Musk's donations in support of Trump", sentence: 's35' },
    { text: '16年', value: 16, unit: 'year', measures: 'time the "North American high-speed rail" has stayed unfinished since proposed', sentence: 's54' },
    { text: '2万亿', value: 2_000_000_000_000, unit: null, measures: "total of Biden's infrastructure plan", sentence: 's55' },
    { text: '10年', value: 10, unit: 'year', measures: 'period in which US power generation barely grew', sentence: 's57' },
  ];

  it('pins every figure', () => {
    expect(article.figures.map((f) => ({
      text: f.text, value: f.value, unit: f.unit,
      ...(f.qualifier ? { qualifier: f.qualifier } : {}),
      measures: f.measures.en,
      ...(f.speaker ? { speaker: f.speaker } : {}),
      sentence: f.sentence,
    }))).toEqual(expected);
    expect(article.figures.map((f) => f.id)).toEqual(expected.map((_, i) => `f${i}`));
    expect(article.figures[0]!.measures.zh).toBe('三家企业在美国AI基础设施的投资');
  });

  it('reads 2.7亿 exactly, with no floating error', () => {
    expect(article.figures.find((f) => f.text === '2.7亿美元')!.value).toBe(270000000);
  });
});

describe('timeline', () => {
  // Decisions:
  // - Bare days (21日, 22日) are the most recent such day not after publication (2025-02-02).
  // - Son spoke at the 21 Jan announcement, so his 上个月 counts from 2025-01-21 → 2024-12
  //   (relative terms in reported speech count from the last day the story dated).
  // - Outside knowledge, said in `basis`: election 2024-11; inauguration 2025-01-20 (掌权后,
  //   一上任, 还没有正式上任, 搬到白宫后, 上台); Obama era 2009/2017; Biden took office 2021;
  //   Musk bought Twitter 2022-10.
  // - 特朗普任期结束之前 is the deadline of SoftBank's pledge: the end of the term, 2029-01,
  //   approximate (the text only bounds it), not the whole era.
  // - 16年后: 16 years from the start of the Obama era the sentence names (2009) → 2025, which
  //   agrees with "still unfinished" at publication; year, approximate.
  // - 拜登上台后 → 2021 (year, approximate): the plan came after he took office in Jan 2021.
  // - 过去10年 is the author's own present → the 10 years up to publication, 2015/2025.
  // - 几小时 (Musk's reply hours after the announcement) is not an entry: it is relative to an
  //   announcement the text dates only in the next sentence; the 22日 report covers it.
  // - Not entries: vague 当年 alone, 最近, 这段时间以来, 在未来; and 胜选 / 当选 used as a noun
  //   without a time word (庆祝特朗普胜选时 is dated by 上个月 already).
  // - Entries on the same day: "before" bounds first, then exact, then "after", then text order.
  const expected = [
    { date: '2009/2017', precision: 'era', inferred: true, text: '奥巴马时期', sentence: 's54' },
    { date: '2015/2025', precision: 'era', inferred: true, text: '过去10年', sentence: 's57' },
    { date: '2021', precision: 'year', inferred: true, approximate: true, text: '拜登上台后', sentence: 's55' },
    { date: '2022-10', precision: 'month', inferred: true, approximate: true, text: '马斯克当年收购推特后', sentence: 's19' },
    { date: '2024-11', precision: 'month', inferred: true, text: '特朗普在大选中胜出', sentence: 's34' },
    { date: '2024-11', precision: 'month', inferred: true, approximate: true, text: '特朗普当选之后', sentence: 's13' },
    { date: '2024-12', precision: 'month', inferred: true, text: '上个月', sentence: 's6' },
    { date: '2025', precision: 'year', inferred: true, approximate: true, text: '16年后', sentence: 's54' },
    { date: '2025-01-20', precision: 'day', inferred: true, approximate: true, text: '还没有正式上任', sentence: 's30' },
    { date: '2025-01-20', precision: 'day', inferred: true, text: '特朗普的上台', sentence: 's39' },
    { date: '2025-01-20', precision: 'day', inferred: true, approximate: true, text: '特朗普掌权后', sentence: 's1' },
    { date: '2025-01-20', precision: 'day', inferred: true, approximate: true, text: '一上任', sentence: 's14' },
    { date: '2025-01-20', precision: 'day', inferred: true, approximate: true, text: '特朗普搬到白宫后', sentence: 's32' },
    { date: '2025-01-21', precision: 'day', inferred: true, text: '21日', sentence: 's5' },
    { date: '2025-01-22', precision: 'day', inferred: true, text: '22日', sentence: 's4' },
    { date: '2025-01-22', precision: 'day', inferred: true, text: '22日', sentence: 's17' },
    // The publication itself: stated outright in the byline.
    { date: '2025-02-02', precision: 'day', inferred: false, text: '2025-02-02 11:52:00', sentence: 's2' },
    { date: '2029-01', precision: 'month', inferred: true, approximate: true, text: '特朗普任期结束之前', sentence: 's13' },
  ];

  it('pins every entry, in chronological order', () => {
    expect(article.timeline.map((t) => ({
      date: t.date, precision: t.precision, inferred: t.inferred,
      ...(t.approximate ? { approximate: true } : {}),
      text: t.text, sentence: t.sentence,
    }))).toEqual(expected);
    expect(article.timeline.map((t) => t.id)).toEqual(expected.map((_, i) => `t${i}`));
  });

  it('explains the resolutions', () => {
    const lastMonth = article.timeline.find((t) => t.text === '上个月')!;
    expect(lastMonth.basis.en).toContain('2025-01-21');
    expect(lastMonth.event.en).toMatch(/Son/);
    const day21 = article.timeline.find((t) => t.text === '21日')!;
    expect(day21.basis.en).toContain('month and year supplied');
    expect(article.timeline.find((t) => t.text === '特朗普掌权后')!.basis.en).toContain('outside knowledge');
    for (const t of article.timeline) {
      expect(t.event.zh.length).toBeGreaterThan(0);
      expect(t.event.en.length).toBeGreaterThan(0);
      expect(t.basis.en.length).toBeGreaterThan(0);
    }
  });
});

describe('editorial notes', () => {
  // The notes describe what the parser found; a note that no longer matches would silently
  // fall back to generic wording, so each must be used exactly once.
  it('every figure note and event note is used once', () => {
    const measures = article.figures.map((f) => f.measures.en);
    for (const n of FIGURE_NOTES) expect(measures.filter((m) => m === n.measures.en), n.text).toHaveLength(1);
    const events = article.timeline.map((t) => t.event.en);
    for (const n of EVENT_NOTES) expect(events.filter((e) => e === n.event.en), n.text).toHaveLength(1);
  });
});
