/**
 * Copy as Markdown: the text parses with a real Markdown parser (marked, CommonMark + GFM) into
 * the expected headings and lists, every fact with its Chinese source sentence quoted under it,
 * in both UI languages; text from the article or the URL never turns into markup.
 */
import { describe, expect, it } from 'vitest';
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

describe.each(['en', 'zh'] as Lang[])('toMarkdown (%s)', (lang) => {
  const s = { ...t(lang), ...detailT(lang), ...EXPORT_STRINGS[lang] };
  const c = chartT(lang);
  const md = toMarkdown({ facts: article, quotes, lang, readOn: { kind: 'page', url: PAGE } });
  const tokens = new Lexer({ gfm: true }).lex(md);

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

describe('escapeMarkdown', () => {
  it('keeps hostile text as text', () => {
    const hostile = '*bold* [x](javascript:alert(1)) <img src=x> `code` # not a heading & ~~gone~~ | a | b |';
    const html = new Lexer().lex(`- ${escapeMarkdown(hostile)}`);
    const item = lists(html)[0]!.items[0]!;
    expect(
      item.tokens.flatMap((x) => ('tokens' in x && x.tokens ? x.tokens : [])).every((x) => x.type === 'text' || x.type === 'escape'),
    ).toBe(true);
    expect(escapeMarkdown('# a')).toBe('\\# a');
    expect(escapeMarkdown('1. a')).toBe('1\\. a');
  });

  it('keeps a page URL that is not plain http(s) out of a link', () => {
    const md = toMarkdown({ facts: article, quotes, lang: 'en', readOn: { kind: 'page', url: 'javascript:alert(1)' } });
    expect(md).not.toContain('<javascript');
  });
});
