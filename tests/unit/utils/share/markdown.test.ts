/**
 * Copy as Markdown: the text parses with a real Markdown parser (marked, CommonMark + GFM) into
 * the expected headings and lists, every fact with its Chinese source sentence quoted under it,
 * in both UI languages; text from the article or the URL never turns into markup.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Lexer } from 'marked';
import type { Token, Tokens } from 'marked';
import { article } from '@/utils/article/data';
import type { Lang } from '@/utils/i18n';
import { t } from '@/utils/i18n';
import { EXPORT_STRINGS } from '@/utils/share/strings';
import { escapeMarkdown, toMarkdown } from '@/utils/share/markdown';
import { sentenceText, sentenceTexts } from '@/utils/share/quotes';
import { orderActors, orderTimeline } from '@/utils/article/order';
import { fixtureArticle } from '@/tests/unit/components/fixture';

const quotes = sentenceTexts(article);
const PAGE = 'https://www.163.com/dy/article/JN5QSTARGATE0553.html';

const headings = (tokens: Token[]) => tokens.filter((x): x is Tokens.Heading => x.type === 'heading').map((h) => [h.depth, h.text]);
const lists = (tokens: Token[]) => tokens.filter((x): x is Tokens.List => x.type === 'list');
/** The source sentence an item quotes: the text of its blockquote. */
const quoteOf = (item: Tokens.ListItem) => {
  const bq = item.tokens.find((x): x is Tokens.Blockquote => x.type === 'blockquote');
  return bq?.text.replace(/\s+/g, ' ');
};
const factOf = (item: Tokens.ListItem) => item.tokens.find((x) => x.type === 'text' || x.type === 'paragraph')?.raw ?? '';
/** Every token the parser made, nested ones included (list items, quotes, inline runs). */
const allTokens = (tokens: readonly Token[]): Token[] =>
  tokens.flatMap((x) => [
    x,
    ...allTokens('tokens' in x && x.tokens ? x.tokens : []),
    ...allTokens(x.type === 'list' ? (x as Tokens.List).items : []),
  ]);
/** What a Markdown viewer would make live: links (with their targets), pictures, raw HTML. */
const live = (md: string) => {
  const tokens = allTokens(new Lexer({ gfm: true }).lex(md));
  return {
    links: tokens.filter((x): x is Tokens.Link => x.type === 'link').map((x) => x.href),
    images: tokens.filter((x) => x.type === 'image').length,
    html: tokens.filter((x) => x.type === 'html').map((x) => x.raw),
  };
};
/** The text a reader sees in inline tokens (escapes resolved). */
const shown = (tokens: readonly Token[]): string =>
  tokens.map((x) => ('tokens' in x && x.tokens ? shown(x.tokens) : x.type === 'escape' || x.type === 'text' ? x.text : x.raw)).join('');

describe.each(['en', 'zh'] as Lang[])('toMarkdown (%s)', (lang) => {
  const s = { ...t(lang), ...EXPORT_STRINGS[lang] };
  let tokens: Token[];
  // Made in each test (not once for the file), so each test is what covers the Markdown writer.
  beforeEach(() => {
    tokens = new Lexer({ gfm: true }).lex(toMarkdown({ facts: article, quotes, lang, readOn: { kind: 'page', url: PAGE } }));
  });

  it('parses into the title and the section headings, in order', () => {
    expect(headings(tokens)).toEqual([
      [1, article.title],
      [2, s.actorsHeading],
      [3, s.people],
      [3, s.organisations],
      [2, s.figuresHeading],
      [2, s.timelineHeading],
    ]);
  });

  it('says who wrote it, when, and the page it was read on (a link)', () => {
    const [meta] = lists(tokens);
    const items = meta!.items.map((i) => i.text);
    expect(items[0]).toContain(article.author);
    expect(items[1]).toMatch(lang === 'en' ? /2 Feb 2025, 11:52/ : /2025年2月2日 11:52/);
    const link = meta!.items[2]!.tokens.flatMap((x) => ('tokens' in x && x.tokens ? x.tokens : [])).find((x) => x.type === 'link') as
      | Tokens.Link
      | undefined;
    expect(link?.href).toBe(PAGE);
  });

  it('lists every actor, figure and timeline entry, each quoting its source sentence in Chinese', () => {
    const [, people, organisations, figures, timeline] = lists(tokens);
    const { people: p, organisations: o } = orderActors(article.actors);
    expect(people!.items).toHaveLength(p.length);
    expect(organisations!.items).toHaveLength(o.length);
    expect(figures!.items).toHaveLength(article.figures.length);
    expect(timeline!.items).toHaveLength(article.timeline.length);
    expect(timeline!.ordered).toBe(true);
    p.forEach((actor, i) => expect(factOf(people!.items[i]!)).toContain(actor.name[lang]));
    [...article.figures]
      .sort((a, b) => a.start - b.start)
      .forEach((f, i) => {
        expect(factOf(figures!.items[i]!)).toContain(f.measures[lang]);
        expect(quoteOf(figures!.items[i]!)).toBe(sentenceText(article, f.sentence));
      });
    orderTimeline(article.timeline).forEach((e, i) => {
      expect(factOf(timeline!.items[i]!)).toContain(e.event[lang]);
      expect(quoteOf(timeline!.items[i]!)).toBe(sentenceText(article, e.sentence));
    });
    for (const item of [...people!.items, ...organisations!.items]) expect(quoteOf(item)).toMatch(/[\u4e00-\u9fff]/);
  });

  it('quotes the sentence the host split over two paragraphs as one', () => {
    const joined = article.sentences.find((x) => x.join)!;
    expect(quotes[joined.id]).toContain('甚至让他长期“美国总理”');
  });

  it('names the bundled copy when read there', () => {
    const bundled = toMarkdown({ facts: article, quotes, lang, readOn: { kind: 'bundled' } });
    expect(lists(new Lexer().lex(bundled))[0]!.items[2]!.text).toContain(s.bundledCopy);
  });
});

/** A fact sheet whose every piece of text is hostile Markdown, as a page or a damaged copy could give. */
const HOSTILE =
  '*bold* [x](javascript:alert(1)) <img src=x onerror=alert(1)> `code` & ~~gone~~ | a | <javascript:alert(2)> ![i](javascript:3)';
const hostileFacts = {
  ...article,
  title: `# ${HOSTILE}`,
  author: `1. ${HOSTILE}`,
  actors: article.actors.map((a) => ({ ...a, name: { zh: `${a.name.zh}${HOSTILE}`, en: `> ${HOSTILE}` } })),
  figures: article.figures.map((f) => ({ ...f, measures: { zh: HOSTILE, en: HOSTILE } })),
  timeline: article.timeline.map((e) => ({ ...e, event: { zh: HOSTILE, en: `- ${HOSTILE}` } })),
};
const hostileQuotes = Object.fromEntries(Object.keys(quotes).map((id) => [id, `[${id}](javascript:alert(1)) <b>${id}</b>`]));

describe('escapeMarkdown', () => {
  it('keeps hostile text as text: parsed, the sheet has no link but the page, no picture, no HTML, and shows the words as given', () => {
    for (const lang of ['en', 'zh'] as const) {
      const md = toMarkdown({ facts: hostileFacts, quotes: hostileQuotes, lang, readOn: { kind: 'page', url: PAGE } });
      expect(live(md)).toEqual({ links: [PAGE], images: 0, html: [] });
      const tokens = new Lexer({ gfm: true }).lex(md);
      // Block markers at the start stay characters: one title, and it reads as written.
      const title = tokens.filter((x): x is Tokens.Heading => x.type === 'heading' && x.depth === 1);
      expect(title.map((h) => shown(h.tokens))).toEqual([`# ${HOSTILE}`]);
      expect(shown(lists(tokens)[0]!.items[0]!.tokens)).toContain(`1. ${HOSTILE}`);
    }
    expect(escapeMarkdown('# a')).toBe('\\# a');
    expect(escapeMarkdown('1. a')).toBe('1\\. a');
  });

  it('keeps a page URL that is not plain http(s) out of a link, and links a plain one exactly', () => {
    const sheet = (url: string) => live(toMarkdown({ facts: article, quotes, lang: 'en', readOn: { kind: 'page', url } }));
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'https://a.example/ [x](javascript:alert(1))',
      'https://a.example/><javascript:alert(1)>',
      'https://a.example/>[x](javascript:alert(1))',
      ' https://a.example/',
      'file:///etc/passwd',
    ])
      expect(sheet(url), url).toEqual({ links: [], images: 0, html: [] });
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        expect(sheet(url)).toEqual({ links: [url], images: 0, html: [] });
      }),
      { numRuns: 100 },
    );
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'javscript:()[]<>!`*_ /.@wh'.split('')) }), (url) => {
        // Whatever the string, the only link is the page's own address, when it is plain http(s).
        expect(sheet(url)).toEqual({ links: /^https?:\/\/[^\s<>]+$/.test(url) ? [url] : [], images: 0, html: [] });
      }),
      { numRuns: 300 },
    );
  });
});

/**
 * The whole sheet, character for character, for the hand-made parsed copy (tests/unit/components/fixture.ts)
 * with a headline claim attributed to an actor added: separators, marks, names in both languages,
 * hedges, speakers and quotes as a reader gets them. Any change to the format shows here.
 */
describe('toMarkdown, the whole sheet', () => {
  const fixtureQuotes = sentenceTexts(fixtureArticle);
  const URL = 'https://www.163.com/dy/article/X.html';
  const claim = {
    ...fixtureArticle.timeline[2]!,
    id: 't3',
    kind: 'headline-claim' as const,
    attribution: { actor: 'musk', name: { zh: '马斯克', en: 'Elon Musk' }, start: 0, end: 1 },
  };
  const facts = { ...fixtureArticle, timeline: [...fixtureArticle.timeline, claim] };
  const TITLE = '# “开撕”了?特朗普掌权后立刻翻脸,马斯克为自己的嚣张付出了代价';
  const Q = {
    title: '> “开撕”了?特朗普掌权后立刻翻脸,马斯克为自己的嚣张付出了代价',
    son: '> 软银首席执行官孙正义谈到上个月的事。',
    biden: '> 拜登出台了总额2万亿的基建计划。',
    musk: '> 马斯克称,软银能拿出的资金远低于100亿美元。',
    trump: '> 特朗普21日表示,三家企业将投资5000亿美元。',
    donation: '> 他捐出2.7亿美元支持特朗普。',
    stake: '> 两者均持有40%的股权。',
    rail: '> 早在奥巴马时期,“北美高铁”16年后依然没有完成。',
  };

  it('in English, read on a page', () => {
    expect(toMarkdown({ facts, quotes: fixtureQuotes, lang: 'en', readOn: { kind: 'page', url: URL } }).split('\n')).toEqual([
      TITLE,
      '',
      '- By: 千金不及冰淇淋',
      '- Published: 2 Feb 2025, 11:52 (UTC+8)',
      `- Read on: <${URL}>`,
      '',
      '## People and organisations',
      '',
      '### People',
      '',
      '- **Donald Trump** (特朗普); mentioned 3 times',
      `  ${Q.title}`,
      '- **Elon Musk** (马斯克); mentioned 2 times',
      `  ${Q.title}`,
      '- **Masayoshi Son** (孙正义); CEO of SoftBank (软银首席执行官); mentioned once',
      `  ${Q.son}`,
      '- **Joe Biden** (拜登); Also called: 拜登总统; mentioned once',
      `  ${Q.biden}`,
      '',
      '### Organisations',
      '',
      '- **SoftBank** (软银); mentioned 2 times',
      `  ${Q.musk}`,
      '',
      '## Figures',
      '',
      '- **$500 billion** (5000亿美元); investment by the three companies; according to Donald Trump',
      `  ${Q.trump}`,
      '- **well below $10 billion** (100亿美元); funds SoftBank can raise; according to Elon Musk',
      `  ${Q.musk}`,
      "- **$270 million** (2\\.7亿美元); Musk's donations backing Trump",
      `  ${Q.donation}`,
      '- **40%** (40%); stake each holds',
      `  ${Q.stake}`,
      "- **2 trillion (currency not stated)** (2万亿); Biden's infrastructure plan",
      `  ${Q.biden}`,
      '- **16 years** (16年); years the high-speed rail is still unfinished',
      `  ${Q.rail}`,
      '',
      '## Timeline',
      '',
      '1. **2009–2017 (inferred)**; US proposes the North American high-speed rail',
      `   ${Q.rail}`,
      "2. **Dec 2024 (approx., inferred)**; Son celebrates Trump's win",
      `   ${Q.son}`,
      '3. **21 Jan 2025 (inferred)**; Trump announces Stargate',
      `   ${Q.trump}`,
      "4. **21 Jan 2025 (headline's claim, inferred)**; Trump announces Stargate; according to Elon Musk",
      `   ${Q.trump}`,
      '',
    ]);
  });

  it('in Chinese, read on a page', () => {
    expect(toMarkdown({ facts, quotes: fixtureQuotes, lang: 'zh', readOn: { kind: 'page', url: URL } }).split('\n')).toEqual([
      TITLE,
      '',
      '- 作者:千金不及冰淇淋',
      '- 发布时间:2025年2月2日 11:52(北京时间)',
      `- 阅读来源:<${URL}>`,
      '',
      '## 人物与机构',
      '',
      '### 人物',
      '',
      '- **特朗普** (Donald Trump);提及3次',
      `  ${Q.title}`,
      '- **马斯克** (Elon Musk);提及2次',
      `  ${Q.title}`,
      '- **孙正义** (Masayoshi Son);软银首席执行官;提及1次',
      `  ${Q.son}`,
      '- **拜登** (Joe Biden);又称:拜登总统;提及1次',
      `  ${Q.biden}`,
      '',
      '### 机构',
      '',
      '- **软银** (SoftBank);提及2次',
      `  ${Q.musk}`,
      '',
      '## 数字',
      '',
      '- **5000亿美元**;三家企业的投资;说法来自:特朗普',
      `  ${Q.trump}`,
      '- **远低于100亿美元**;软银能拿出的资金;说法来自:马斯克',
      `  ${Q.musk}`,
      '- **2\\.7亿美元**;马斯克支持特朗普的捐款',
      `  ${Q.donation}`,
      '- **40%**;双方各自的股权',
      `  ${Q.stake}`,
      '- **2万亿(未注明币种)**;拜登的基建计划总额',
      `  ${Q.biden}`,
      '- **16年**;“北美高铁”至今未完成的时间',
      `  ${Q.rail}`,
      '',
      '## 时间线',
      '',
      '1. **2009–2017年 (推断)**;美国提出“北美高铁”项目',
      `   ${Q.rail}`,
      '2. **2024年12月 (约, 推断)**;孙正义庆祝特朗普胜选',
      `   ${Q.son}`,
      '3. **2025年1月21日 (推断)**;特朗普宣布“星际之门”',
      `   ${Q.trump}`,
      '4. **2025年1月21日 (标题说法, 推断)**;特朗普宣布“星际之门”;据马斯克',
      `   ${Q.trump}`,
      '',
    ]);
  });

  it('from the bundled copy, without a publication time or organisations, with a speaker the sheet does not list and a source that is no actor', () => {
    const sparse = {
      ...fixtureArticle,
      published: '',
      actors: fixtureArticle.actors.filter((a) => a.id === 'son'),
      figures: [fixtureArticle.figures[1]!, { ...fixtureArticle.figures[0]!, speaker: 'nobody' }],
      timeline: [{ ...fixtureArticle.timeline[1]!, attribution: { name: { zh: '外媒', en: 'foreign media' }, start: 0, end: 1 } }],
    };
    const sheet = (lang: Lang) => toMarkdown({ facts: sparse, quotes: fixtureQuotes, lang, readOn: { kind: 'bundled' } }).split('\n');
    expect(sheet('en')).toEqual([
      TITLE,
      '',
      '- By: 千金不及冰淇淋',
      '- Read on: bundled copy (Stargate Brief)',
      '',
      '## People and organisations',
      '',
      '### People',
      '',
      '- **Masayoshi Son** (孙正义); CEO of SoftBank (软银首席执行官); mentioned once',
      `  ${Q.son}`,
      '',
      '## Figures',
      '',
      // Figures in text order; a speaker id the sheet does not list is shown as it is.
      '- **$500 billion** (5000亿美元); investment by the three companies; according to nobody',
      `  ${Q.trump}`,
      '- **well below $10 billion** (100亿美元); funds SoftBank can raise; according to musk',
      `  ${Q.musk}`,
      '',
      '## Timeline',
      '',
      "1. **Dec 2024 (approx., inferred)**; Son celebrates Trump's win; according to foreign media",
      `   ${Q.son}`,
      '',
    ]);
    expect(sheet('zh')).toEqual([
      TITLE,
      '',
      '- 作者:千金不及冰淇淋',
      '- 阅读来源:内置副本(星际之门简报)',
      '',
      '## 人物与机构',
      '',
      '### 人物',
      '',
      '- **孙正义** (Masayoshi Son);软银首席执行官;提及1次',
      `  ${Q.son}`,
      '',
      '## 数字',
      '',
      '- **5000亿美元**;三家企业的投资;说法来自:nobody',
      `  ${Q.trump}`,
      '- **远低于100亿美元**;软银能拿出的资金;说法来自:musk',
      `  ${Q.musk}`,
      '',
      '## 时间线',
      '',
      '1. **2024年12月 (约, 推断)**;孙正义庆祝特朗普胜选;据外媒',
      `   ${Q.son}`,
      '',
    ]);
  });
});
