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
import { formatEntryDate, t } from '@/utils/i18n';
import { chartT, detailT } from '@/utils/i18n-details';
import { EXPORT_STRINGS } from '@/utils/share/strings';
import { escapeMarkdown, toMarkdown } from '@/utils/share/markdown';
import { sentenceText, sentenceTexts } from '@/utils/share/quotes';
import { groupTimeline, orderActors, timelineNumbers } from '@/utils/article/order';
import { datedFromOutside } from '@/utils/article/when';
import { claimGroupTitle, groupClaims, viewClaim } from '@/utils/article/claims';
import { readRepoFile } from '@/tests/unit/pipeline/helpers';
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
  const s = { ...t(lang), ...detailT(lang), ...EXPORT_STRINGS[lang] };
  const c = chartT(lang);
  let md: string;
  let tokens: Token[];
  // Made in each test (not once for the file), so each test is what covers the Markdown writer.
  beforeEach(() => {
    md = toMarkdown({ facts: article, quotes, lang, readOn: { kind: 'page', url: PAGE } });
    tokens = new Lexer({ gfm: true }).lex(md);
  });

  it('parses into the title and the section headings, in order', () => {
    expect(headings(tokens)).toEqual([
      [1, article.title],
      [2, s.actorsHeading],
      [3, s.people],
      [3, s.organisations],
      [2, s.figuresHeading],
      [2, s.timelineHeading],
      // The timeline's groups as the views show them: the key days first.
      [3, c.keyDays(lang === 'en' ? '21–22 Jan 2025' : '2025年1月21日至22日')],
      [3, c.background(13)],
      [3, c.afterwards(2)],
      [2, s.claimsHeading],
      ...groupClaims(article).map((g) => [3, claimGroupTitle(g, lang)]),
    ]);
  });

  it('lists every claim under its source, with what the source does, each quoting its sentence', () => {
    const claimLists = lists(tokens).slice(4 + groupTimeline(article.timeline).length); // after the intro, people, organisations, figures and the timeline groups
    const groups = groupClaims(article);
    expect(claimLists).toHaveLength(groups.length);
    groups.forEach((g, i) => {
      const items = claimLists[i]!.items;
      expect(items).toHaveLength(g.claims.length);
      g.claims.forEach((c, j) => {
        const v = viewClaim(c, article, lang);
        const fact = factOf(items[j]!);
        expect(fact).toContain(v.says.replace(/\*/g, ''));
        if (v.stance) expect(fact.startsWith(`**${v.stance}**`)).toBe(true);
        if (v.via) expect(fact).toContain(v.via);
        expect(quoteOf(items[j]!)).toBe(sentenceText(article, c.sentence));
      });
    });
    // The count of what only the author stands behind leads the section.
    expect(md).toContain(s.claimsSummary(19, 40));
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
    const groups = groupTimeline(article.timeline);
    const [, people, organisations, figures, ...rest] = lists(tokens);
    const timeline = rest.slice(0, groups.length); // the claims' lists follow
    const { people: p, organisations: o } = orderActors(article.actors);
    expect(people!.items).toHaveLength(p.length);
    expect(organisations!.items).toHaveLength(o.length);
    expect(figures!.items).toHaveLength(article.figures.length);
    p.forEach((actor, i) => expect(factOf(people!.items[i]!)).toContain(actor.name[lang]));
    [...article.figures]
      .sort((a, b) => a.start - b.start)
      .forEach((f, i) => {
        expect(factOf(figures!.items[i]!)).toContain(f.measures[lang]);
        expect(quoteOf(figures!.items[i]!)).toBe(sentenceText(article, f.sentence));
      });
    // The timeline in the views' groups, each an ordered list numbered as the chart numbers its marks.
    const numbers = timelineNumbers(article.timeline);
    expect(timeline.map((l) => l.items.length)).toEqual(groups.map((g) => g.entries.length));
    groups.forEach((g, k) => {
      expect(timeline[k]!.ordered).toBe(true);
      expect(timeline[k]!.start).toBe(numbers.get(g.entries[0]!.id));
      g.entries.forEach((e, i) => {
        const item = timeline[k]!.items[i]!;
        expect(factOf(item)).toContain(e.event[lang]);
        expect(factOf(item)).toContain(formatEntryDate(e, lang));
        if (datedFromOutside(e)) expect(factOf(item)).toContain(e.basis[lang].slice(0, 20));
        expect(quoteOf(item)).toBe(sentenceText(article, e.sentence));
      });
    });
    // How the dates were worked out: said once, before the groups.
    expect(md.split(escapeMarkdown(c.datingNote))).toHaveLength(2);
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

describe('docs/share.md', () => {
  it('shows Markdown the export really writes today (every line of its example)', () => {
    const doc = readRepoFile('docs/share.md');
    const example = /```markdown\n([\s\S]*?)```/u.exec(doc)![1]!;
    const md = toMarkdown({ facts: article, quotes, lang: 'en', readOn: { kind: 'page', url: PAGE } });
    const lines = new Set(md.split('\n'));
    const shown = example.split('\n').filter((l) => l.trim() !== '' && l.trim() !== '…');
    expect(shown.length).toBeGreaterThan(10);
    for (const line of shown) expect(lines.has(line), line).toBe(true);
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
 * hedges, speakers and quotes as a reader gets them. Golden files beside this test (`sheets/`):
 * any change to the format shows there as a diff; `npx vitest run --project unit -u` rewrites them
 * for review.
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

  it.each<Lang>(['en', 'zh'])('in %s, read on a page', async (lang) => {
    const md = toMarkdown({ facts, quotes: fixtureQuotes, lang, readOn: { kind: 'page', url: URL } });
    await expect(md).toMatchFileSnapshot(`./sheets/page-${lang}.md`);
  });

  it.each<Lang>(['en', 'zh'])(
    'in %s, from the bundled copy, without a publication time or organisations, with a speaker the sheet does not list and a source that is no actor',
    async (lang) => {
      const sparse = {
        ...fixtureArticle,
        published: '',
        actors: fixtureArticle.actors.filter((a) => a.id === 'son'),
        figures: [fixtureArticle.figures[1]!, { ...fixtureArticle.figures[0]!, speaker: 'nobody' }],
        timeline: [{ ...fixtureArticle.timeline[1]!, attribution: { name: { zh: '外媒', en: 'foreign media' }, start: 0, end: 1 } }],
      };
      const md = toMarkdown({ facts: sparse, quotes: fixtureQuotes, lang, readOn: { kind: 'bundled' } });
      await expect(md).toMatchFileSnapshot(`./sheets/bundled-${lang}.md`);
    },
  );
});
