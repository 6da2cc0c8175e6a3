/**
 * Golden tests: every actor, figure and timeline entry of the bundled article, written from
 * a careful reading of assets/article.txt. Each judgement call is a comment next to its row.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { parseArticle } from '@/pipeline/parse';
import { EVENT_NOTES, FIGURE_NOTES } from '@/pipeline/curation';
import type { ParsedArticle } from '@/utils/article/schema';
import { readRepoFile } from './helpers';

const text = readRepoFile('assets/article.txt');
let article: ParsedArticle;
// Parsed for each test (not once at import), so each test is what covers the parser (mutation testing).
beforeEach(() => {
  article = parseArticle(text);
});
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
      'title',
      'byline',
      'paragraph',
      'paragraph',
      'caption',
      'paragraph',
      'paragraph',
      'caption',
      'paragraph',
      'paragraph',
      'caption',
      'paragraph',
      'paragraph',
      'paragraph',
      'caption',
      'paragraph',
      'paragraph',
      'caption',
      'paragraph',
      'paragraph',
      // Page furniture: the read counter, the author's name again, the bio.
      'noise',
      'noise',
      'noise',
    ]);
    expect(article.blocks.filter((b) => b.kind === 'noise').map(slice)).toEqual([
      '0 阅读:141',
      '千金不及冰淇淋',
      '简介:环球大侦探,深挖国际小秘密',
    ]);
    expect(article.blocks.filter((b) => b.kind === 'caption').map(slice)).toEqual([
      '“星际之门”项目(资料图)',
      '软银首席执行官孙正义(资料图)',
      '马斯克(资料图)',
      '美国工人(资料图)',
      '美国基建(资料图)',
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
    expect(texts.filter((t) => t.endsWith('!'))).toEqual([
      '作为项目的直接参与方,软银首席执行官孙正义在宣布加入“星际之门”合资项目计划的同时,谈到自己上个月庆祝特朗普胜选时,特朗普曾说需要2000亿美元投资,而现在他带来了5000亿美元!',
    ]);
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
  // - The joint venture (星际之门 as the company OpenAI and SoftBank each hold 40% of) is NOT an
  //   actor: the text names it only as what is invested in and owned (“星际之门”合资项目计划,
  //   合资企业40%的股权); it says, decides or does nothing, and has no name apart from the project.
  //   Its owners are the actors; the 40% figure says what each holds.
  // - The faction opposing Musk (传统右翼民族主义者 / the “MAGA” 红脖子群体, 班农等人) is NOT an
  //   actor: the author labels a loose, unnamed group two ways, with no organisation or spokesman
  //   the text names as such; its one act in the text (批评马斯克的立场) is Bannon's, and Bannon is
  //   an actor. 民主党人 differs: it is a named party, and it acts (calls Musk "President Musk").
  // - Mentions carry `kind`: names (the lexicon's names and aliases) and references that are not
  //   names: 这位金融巨头 (an epithet after a demonstrative → Son), “美国总理” (a nickname in quotes →
  //   Musk), 后者 (the latter of the two actors the sentence names: 马斯克…特朗普 → Trump). Counts
  //   below are names; the popup counts names. Pronouns (他, 其) and 两者 are not recorded.
  // - English names with more than the text gives (a given name; which Haberman) say so in
  //   `basis`, as dates do: "Maggie Haberman" is outside knowledge, the text has only 哈伯曼.
  // - A role is only what the text puts right before the name: 软银首席执行官 for Son,
  //   美国企业家 for Musk. Altman is never called OpenAI's CEO in the text, so no role.
  const expected = [
    { id: 'trump', kind: 'person', name: { zh: '特朗普', en: 'Donald Trump' }, aliases: [], mentions: 36, references: ['后者'] },
    {
      id: 'musk',
      kind: 'person',
      name: { zh: '马斯克', en: 'Elon Musk' },
      aliases: [],
      role: { zh: '美国企业家', en: 'US entrepreneur' },
      mentions: 32,
      references: ['美国总理'],
    },
    // name.zh is the short form the text uses most; the long formal names are aliases.
    { id: 'softbank', kind: 'organisation', name: { zh: '软银', en: 'SoftBank' }, aliases: ['日本软银集团'], mentions: 8 },
    { id: 'openai', kind: 'organisation', name: { zh: 'OpenAI', en: 'OpenAI' }, aliases: ['美国开放人工智能研究中心'], mentions: 9 },
    { id: 'oracle', kind: 'organisation', name: { zh: '甲骨文', en: 'Oracle' }, aliases: ['美国甲骨文公司'], mentions: 3 },
    { id: 'axios', kind: 'organisation', name: { zh: 'Axios', en: 'Axios' }, aliases: ['美国Axios新闻网'], mentions: 1 },
    {
      id: 'son',
      kind: 'person',
      name: { zh: '孙正义', en: 'Masayoshi Son' },
      aliases: [],
      role: { zh: '软银首席执行官', en: 'SoftBank CEO' },
      mentions: 4,
      references: ['这位金融巨头'],
    },
    { id: 'microsoft', kind: 'organisation', name: { zh: '微软', en: 'Microsoft' }, aliases: [], mentions: 1 },
    // 奥特曼 (once) and 奥尔特曼 (four times) are two transliterations of one person.
    { id: 'altman', kind: 'person', name: { zh: '奥特曼', en: 'Sam Altman' }, aliases: ['奥尔特曼'], mentions: 5 },
    { id: 'mgx', kind: 'organisation', name: { zh: 'MGX', en: 'MGX' }, aliases: [], mentions: 1 },
    { id: 'x', kind: 'organisation', name: { zh: 'X', en: 'X (formerly Twitter)' }, aliases: ['推特'], mentions: 3 },
    { id: 'haberman', kind: 'person', name: { zh: '哈伯曼', en: 'Maggie Haberman' }, aliases: [], mentions: 3 },
    {
      id: 'democrats',
      kind: 'organisation',
      name: { zh: '民主党', en: 'Democrats (US Democratic Party)' },
      aliases: ['民主党人'],
      mentions: 1,
    },
    { id: 'bannon', kind: 'person', name: { zh: '班农', en: 'Steve Bannon' }, aliases: [], mentions: 1 },
    { id: 'obama', kind: 'person', name: { zh: '奥巴马', en: 'Barack Obama' }, aliases: [], mentions: 1 },
    { id: 'biden', kind: 'person', name: { zh: '拜登', en: 'Joe Biden' }, aliases: [], mentions: 1 },
  ];

  it('pins every actor, in order of first mention', () => {
    expect(
      article.actors.map((a) => {
        const references = a.mentions.filter((m) => m.kind === 'reference').map(slice);
        return {
          id: a.id,
          kind: a.kind,
          name: a.name,
          aliases: a.aliases,
          ...(a.role ? { role: { zh: a.role.zh, en: a.role.en } } : {}),
          mentions: a.mentions.filter((m) => m.kind === 'name').length,
          ...(references.length ? { references } : {}),
        };
      }),
    ).toEqual(expected);
  });

  it('says where an English name takes more than the text gives', () => {
    const haberman = article.actors.find((a) => a.id === 'haberman')!;
    expect(haberman.basis!.en).toMatch(/^outside knowledge: the text says only "Haberman"/);
    // Every person the text names by surname only, whose English name adds a given name, says so.
    for (const a of article.actors.filter((x) => x.kind === 'person')) {
      const fullInText = a.mentions.some((m) => slice(m).includes('·')) || a.id === 'son';
      if (!fullInText) expect(a.basis?.en, a.id).toMatch(/^outside knowledge/);
    }
    expect(article.actors.find((a) => a.id === 'son')!.basis).toBeUndefined();
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
    const refs = (id: string) =>
      article.actors
        .find((a) => a.id === id)!
        .mentions.filter((m) => m.kind === 'reference')
        .map(slice);
    expect(refs('son')).toEqual(['这位金融巨头']);
    expect(refs('musk')).toEqual(['美国总理']);
    expect(refs('trump')).toEqual(['后者']);
    expect(hits('son')).toContain('这位金融巨头');
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
  // - Tense: 将 in the clause before the amount → future (将投资 "will invest", 将各向…注资 "will each
  //   put into", 将为该项目总共投入 "will put into … in total"); 曾说 → past ("had said").
  //   Unmarked amounts keep the plain wording.
  const expected = [
    {
      text: '5000亿美元',
      value: 500_000_000_000,
      unit: 'USD',
      measures: 'what the three companies will invest in US AI infrastructure',
      tense: 'future',
      sentence: 's3',
    },
    {
      text: '2000亿美元',
      value: 200_000_000_000,
      unit: 'USD',
      measures: 'the investment Trump had said was needed',
      speaker: 'son',
      tense: 'past',
      sentence: 's6',
    },
    {
      text: '5000亿美元',
      value: 500_000_000_000,
      unit: 'USD',
      measures: 'the investment Son says he has now brought',
      speaker: 'son',
      sentence: 's6',
    },
    {
      text: '100亿美元',
      value: 10_000_000_000,
      unit: 'USD',
      qualifier: { zh: '远低于', en: 'well below' },
      measures: 'the money SoftBank can put up',
      speaker: 'musk',
      sentence: 's12',
    },
    {
      text: '1000亿美元',
      value: 100_000_000_000,
      unit: 'USD',
      measures: "the US investment SoftBank pledged to make before the end of Trump's term",
      sentence: 's13',
    },
    {
      text: '190亿美元',
      value: 19_000_000_000,
      unit: 'USD',
      qualifier: { zh: '各', en: 'each' },
      measures: 'what OpenAI and SoftBank will each put into Stargate',
      speaker: 'altman',
      tense: 'future',
      sentence: 's17',
    },
    // 两者均持有…40%: each of the two holds 40%, so 'each' too; a share → 0.4, percent.
    {
      text: '40%',
      value: 0.4,
      unit: 'percent',
      qualifier: { zh: '均', en: 'each' },
      measures: 'the stake OpenAI and SoftBank each hold in the joint venture',
      speaker: 'altman',
      sentence: 's17',
    },
    {
      text: '450亿美元',
      value: 45_000_000_000,
      unit: 'USD',
      measures: 'what OpenAI, SoftBank, Oracle and MGX will put into Stargate in total',
      speaker: 'altman',
      tense: 'future',
      sentence: 's17',
    },
    { text: '2.7亿美元', value: 270_000_000, unit: 'USD', measures: 'what Musk donated to support Trump', sentence: 's35' },
    {
      text: '16年',
      value: 16,
      unit: 'year',
      measures: 'how long the "North American high-speed rail" project has stayed unfinished since it was proposed',
      sentence: 's54',
    },
    { text: '2万亿', value: 2_000_000_000_000, unit: null, measures: "total of Biden's infrastructure plan", sentence: 's55' },
    { text: '10年', value: 10, unit: 'year', measures: 'period over which US power generation has barely grown', sentence: 's57' },
  ];

  it('pins every figure', () => {
    expect(
      article.figures.map((f) => ({
        text: f.text,
        value: f.value,
        unit: f.unit,
        ...(f.qualifier ? { qualifier: f.qualifier } : {}),
        measures: f.measures.en,
        ...(f.speaker ? { speaker: f.speaker } : {}),
        ...(f.tense ? { tense: f.tense } : {}),
        sentence: f.sentence,
      })),
    ).toEqual(expected);
    expect(article.figures.map((f) => f.id)).toEqual(expected.map((_, i) => `f${i}`));
    expect(article.figures[0]!.measures.zh).toBe('三家企业将投向美国AI基础设施的资金');
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
  //   一上任, 还没有正式上任, 搬到白宫后); 上台 → Jan 2025; Obama era 2009/2017; Biden took office
  //   2021; Musk bought Twitter 2022-10.
  // - 特朗普任期结束之前 is the deadline of SoftBank's pledge: the end of the term, 2029-01,
  //   approximate (the text only bounds it), not the whole era.
  // - 16年后: 16 years from the start of the Obama era the sentence names (2009) → 2025, which
  //   agrees with "still unfinished" at publication; year, approximate.
  // - 拜登上台后 → 2021 (year, approximate): the plan came after he took office in Jan 2021.
  // - Not entries: vague 当年 alone, 最近, 这段时间以来, 在未来; and 胜选 / 当选 used as a noun
  //   without a time word (庆祝特朗普胜选时 is dated by 上个月 already).
  // - Entries on the same day: "before" bounds first, then exact, then "after", then text order.
  // - Wording: events are told in the past as reported; the tense the text marks after the time
  //   words picks the verb (曾说 → "had said"); amounts come from the figures' formatter; an event
  //   someone else reports carries `attribution` (shown "according to …"); every zh and en is
  //   pinned here, reviewed against the article sentence by sentence.
  const expected = [
    {
      date: '2009/2017',
      precision: 'era',
      inferred: true,
      text: '奥巴马时期',
      sentence: 's54',
      zh: '美国提出“北美高铁”项目',
      en: 'The US proposed the "North American high-speed rail" project',
    },
    // 过去10年 is the author's own present → the 10 years up to publication; "has barely grown", not "barely grows".
    {
      date: '2015/2025',
      precision: 'era',
      inferred: true,
      text: '过去10年',
      sentence: 's57',
      zh: '美国发电量过去10年都没有什么提升',
      en: 'US power generation has barely grown over the past 10 years',
    },
    // 高调出台 "unveiled with fanfare"; 不了了之 "came to nothing"; 2万亿 names no currency, and the
    // amount is written by the figures' formatter ("2 trillion (currency not stated)").
    {
      date: '2021',
      precision: 'year',
      inferred: true,
      approximate: true,
      text: '拜登上台后',
      sentence: 's55',
      zh: '拜登上台后高调出台总额2万亿(未注明币种)的基建计划,最后不了了之',
      en: 'After taking office, Biden unveiled with fanfare an infrastructure plan totalling 2 trillion (currency not stated); it came to nothing',
    },
    // The review's t3: the date is the PURCHASE (Oct 2022, outside knowledge, the text says 当年), not
    // approximate; 后 in 收购推特后更名 bounds the renaming, which the event states plainly as later.
    {
      date: '2022-10',
      precision: 'month',
      inferred: true,
      text: '马斯克当年收购推特',
      sentence: 's19',
      zh: '马斯克收购推特;推特后来更名为X',
      en: 'Musk bought Twitter; it was later renamed X',
    },
    // 功不可没 "was instrumental", 捐出 "donated"; the amount reads as in the figures list ($270 million).
    {
      date: '2024-11',
      precision: 'month',
      inferred: true,
      text: '特朗普在大选中胜出',
      sentence: 's34',
      zh: '特朗普赢得大选,马斯克功不可没:捐出2.7亿美元支持特朗普,还亲自站台造势',
      en: 'Trump won the election, and Musk was instrumental: he donated $270 million to support Trump and campaigned for him in person',
    },
    // The $100 billion pledge is in the same sentence: the event keeps it.
    {
      date: '2024-11',
      precision: 'month',
      inferred: true,
      approximate: true,
      text: '特朗普当选之后',
      sentence: 's13',
      zh: '软银与OpenAI建立合作,并承诺在特朗普任期结束之前向美国投资1000亿美元',
      en: "SoftBank partnered with OpenAI and pledged to invest $100 billion in the US before the end of Trump's term",
    },
    // Son's account (他谈到…): attributed to him; 曾说 → past, "had said".
    {
      date: '2024-12',
      precision: 'month',
      inferred: true,
      text: '上个月',
      sentence: 's6',
      by: 'son',
      tense: 'past',
      zh: '孙正义庆祝特朗普胜选时,特朗普曾说需要2000亿美元投资',
      en: "When Son celebrated Trump's election win, Trump had said $200 billion of investment was needed",
    },
    {
      date: '2025',
      precision: 'year',
      inferred: true,
      approximate: true,
      text: '16年后',
      sentence: 's54',
      zh: '“北美高铁”项目16年后依然没有完成',
      en: 'The "North American high-speed rail" project was still unfinished 16 years on',
    },
    // The review's t9: 上台 "coming to power" dates no day → Jan 2025, approximate (the lexicon's loose
    // anchor); 更为凸显 "brought … further into the open", not "sharpens".
    {
      date: '2025-01',
      precision: 'month',
      inferred: true,
      approximate: true,
      text: '特朗普的上台',
      sentence: 's39',
      zh: '特朗普上台使其团队内部矛盾更为凸显',
      en: "Trump's coming to power brought the conflicts inside his team further into the open",
    },
    // The review's t8: Haberman's words (哈伯曼称, then a quotation sentence that continues them) →
    // attributed to her; 介入政治事务 is "got involved in political affairs", not "meddles".
    {
      date: '2025-01-20',
      precision: 'day',
      inferred: true,
      approximate: true,
      text: '还没有正式上任',
      sentence: 's30',
      by: 'haberman',
      zh: '特朗普还没有正式上任,马斯克就已开始介入政治事务,甚至被民主党人称为“马斯克总统”',
      en: 'Before Trump had formally taken office, Musk had already got involved in political affairs and was even called "President Musk" by Democrats',
    },
    // The review's t10: only the headline says it, as a question (“开撕”了?) → kind headline-claim,
    // worded as the headline's claim with 立刻 "immediately"; the body reports no act of Trump's against Musk.
    {
      date: '2025-01-20',
      precision: 'day',
      inferred: true,
      approximate: true,
      kind: 'headline-claim',
      text: '特朗普掌权后',
      sentence: 's1',
      zh: '特朗普掌权后立刻与马斯克翻脸(只见于标题,以“开撕”了?设问;正文没有写特朗普对马斯克的任何举动)',
      en: 'Trump turned on Musk immediately after taking power (only the headline says so, under the question "Falling out?"; the body reports no act of Trump\'s against Musk)',
    },
    {
      date: '2025-01-20',
      precision: 'day',
      inferred: true,
      approximate: true,
      text: '一上任',
      sentence: 's14',
      zh: '特朗普一上任就立刻给出了回报',
      en: 'Trump repaid the favour as soon as he took office',
    },
    // 哈伯曼预计: her forecast, attributed.
    {
      date: '2025-01-20',
      precision: 'day',
      inferred: true,
      approximate: true,
      text: '特朗普搬到白宫后',
      sentence: 's32',
      by: 'haberman',
      zh: '特朗普搬到白宫后,马斯克可能不会在白宫有自己的办公室,甚至可能没有通行证(预计)',
      en: 'Once Trump moved into the White House, Musk might have no office of his own there, perhaps not even a pass (a forecast)',
    },
    {
      date: '2025-01-21',
      precision: 'day',
      inferred: true,
      text: '21日',
      sentence: 's5',
      zh: '特朗普表示,软银、OpenAI和甲骨文已联手打造名为“星际之门”的项目,计划在美国建设数据中心以支持AI发展',
      en: 'Trump said SoftBank, OpenAI and Oracle had joined forces on a project named "Stargate", planning data centres in the US to support AI',
    },
    // Missed before: Son announced SoftBank's joining "at the same time" as the announcement the story
    // dated 21日 (inferred). His "golden age" words are the next sentence (孙正义还宣称…).
    {
      date: '2025-01-21',
      precision: 'day',
      inferred: true,
      text: '在宣布加入“星际之门”合资项目计划的同时',
      sentence: 's6',
      zh: '孙正义宣布软银加入“星际之门”合资项目计划,并称这是“美国黄金时代的开始”',
      en: 'Son announced that SoftBank was joining the Stargate joint venture, and called it "the start of America\'s golden age"',
    },
    // Missed before: Musk's challenge 仅几小时 after the announcement (21日 in the same paragraph):
    // 21 Jan or the early 22nd, approximate; Axios reports it (…22日报道称) → attributed to Axios.
    {
      date: '2025-01-21',
      precision: 'day',
      inferred: true,
      approximate: true,
      text: '仅几小时',
      sentence: 's4',
      by: 'axios',
      zh: '特朗普宣布该项目后仅几小时,其亲密盟友马斯克便公开质疑',
      en: 'Only hours after Trump announced the project, Musk, his close ally, publicly questioned it',
    },
    // Missed before: Altman's rebuttal and his wish that Musk visit the first data centre in Texas.
    // Undated in the text; it answers the challenge above, so "on or after" that day, approximate.
    {
      date: '2025-01-21',
      precision: 'day',
      inferred: true,
      approximate: true,
      text: '迅速回击',
      sentence: 's24',
      zh: '奥尔特曼迅速回击:马斯克“肯定知道自己已经搞错了”;他希望马斯克到得克萨斯州探访OpenAI首家数据中心',
      en: 'Altman hit back quickly: Musk "surely knows he has got it wrong"; he would like Musk to visit OpenAI\'s first data centre in Texas',
    },
    // The report itself (narrated by the author, so not attributed): dated by its own 22日.
    {
      date: '2025-01-22',
      precision: 'day',
      inferred: true,
      text: '22日',
      sentence: 's4',
      zh: '美国Axios新闻网报道马斯克公开质疑该项目',
      en: 'US news site Axios reported that Musk had publicly questioned the project',
    },
    // The review's t15: 有外媒报道称 is the hearsay layer → attributed to foreign media (no actor);
    // 在公司内部表示 "said inside the company"; 股权 is a stake in the joint venture, not "shares".
    {
      date: '2025-01-22',
      precision: 'day',
      inferred: true,
      text: '22日',
      sentence: 's17',
      by: 'foreign media',
      zh: '奥特曼在公司内部表示,OpenAI和软银将各向星际之门项目注资190亿美元,两者各持合资企业40%的股权',
      en: 'Altman said inside the company that OpenAI and SoftBank would each put $19 billion into Stargate, each holding 40% of the joint venture',
    },
    {
      date: '2025-02-02',
      precision: 'day',
      inferred: false,
      text: '2025-02-02 11:52:00',
      sentence: 's2',
      zh: '本文发表',
      en: 'This article was published',
    },
    {
      date: '2029-01',
      precision: 'month',
      inferred: true,
      approximate: true,
      text: '特朗普任期结束之前',
      sentence: 's13',
      zh: '特朗普任期结束:软银承诺向美国投资1000亿美元的期限',
      en: "End of Trump's term: the deadline of SoftBank's pledge to invest $100 billion in the US",
    },
  ];

  it('pins every entry, in chronological order, with its zh and en wording', () => {
    expect(
      article.timeline.map((t) => ({
        date: t.date,
        precision: t.precision,
        inferred: t.inferred,
        ...(t.approximate ? { approximate: true } : {}),
        ...(t.kind !== 'event' ? { kind: t.kind } : {}),
        text: t.text,
        sentence: t.sentence,
        ...(t.attribution ? { by: t.attribution.actor ?? t.attribution.name.en } : {}),
        ...(t.tense ? { tense: t.tense } : {}),
        zh: t.event.zh,
        en: t.event.en,
      })),
    ).toEqual(expected);
    expect(article.timeline.map((t) => t.id)).toEqual(expected.map((_, i) => `t${i}`));
  });

  it('explains the resolutions', () => {
    const lastMonth = article.timeline.find((t) => t.text === '上个月')!;
    expect(lastMonth.basis.en).toContain('2025-01-21');
    const day21 = article.timeline.find((t) => t.text === '21日')!;
    expect(day21.basis.en).toContain('month and year supplied');
    expect(article.timeline.find((t) => t.text === '特朗普掌权后')!.basis.en).toContain('outside knowledge');
    expect(article.timeline.find((t) => t.text === '迅速回击')!.basis.en).toContain('gives no date');
    for (const t of article.timeline) {
      expect(t.event.zh.length).toBeGreaterThan(0);
      expect(t.event.en.length).toBeGreaterThan(0);
      expect(t.basis.en.length).toBeGreaterThan(0);
    }
  });

  it('points each attribution at the words that name the source', () => {
    const by = (text: string) => article.timeline.find((t) => t.text === text && t.attribution)!.attribution!;
    expect(slice(by('还没有正式上任'))).toBe('哈伯曼');
    expect(slice(by('仅几小时'))).toBe('美国Axios新闻网');
    const media = by('22日');
    expect(slice(media)).toBe('外媒');
    expect(media.actor).toBeUndefined();
    expect(media.name).toEqual({ zh: '外媒', en: 'foreign media' });
  });
});

describe('editorial notes', () => {
  // The notes describe what the parser found; a note that no longer matches would silently
  // fall back to generic wording, so each must be used exactly once.
  it('every figure note and event note is used once', () => {
    // Slots (<verb>, {amount}) are filled, so compare each note's fixed words before its first slot.
    const stem = (s: string) => s.split(/[<{]/u)[0]!;
    for (const n of FIGURE_NOTES)
      expect(
        article.figures.filter((f) => f.text === n.text && f.measures.en.startsWith(stem(n.measures.en))),
        n.text,
      ).toHaveLength(1);
    for (const n of EVENT_NOTES)
      expect(
        article.timeline.filter((t) => t.text === n.text && t.event.en.startsWith(stem(n.event.en))),
        n.text,
      ).toHaveLength(1);
    // No slot is left unfilled.
    for (const x of [...article.figures.map((f) => f.measures), ...article.timeline.map((t) => t.event)])
      expect(`${x.zh} ${x.en}`).not.toMatch(/[<>{}]/u);
  });
});
