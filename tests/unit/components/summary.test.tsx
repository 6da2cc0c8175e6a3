// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { article } from '@/utils/article/data';
import { validateParsedArticle } from '@/utils/article/schema';
import type { Lang } from '@/utils/i18n';
import { formatEntryDate, formatFigure, t } from '@/utils/i18n';
import { chartT, detailT } from '@/utils/i18n-details';
import { groupClaims, sourceName } from '@/utils/article/claims';
import { Summary } from '@/components/Summary';
import { SummaryDetails } from '@/components/SummaryDetails';
import { ArticleHeader } from '@/components/ArticleHeader';
import { groupTimeline, nameMentions, orderActors, timelineNumbers } from '@/utils/article/order';
import { datedFromOutside } from '@/utils/article/when';
import { groupFigures } from '@/components/amounts';
import type { PageState } from '@/utils/page-state';
import { pageStateFromTab } from '@/utils/page-state';
import { fixtureArticle } from './fixture';

afterEach(cleanup);

/** The whole summary, as the overlay and the reader draw it: the first screen and every section below it. */
function renderSummary(lang: Lang, onSource = vi.fn(), data = article) {
  const view = render(
    <Summary
      article={data}
      lang={lang}
      state={{ kind: 'match' }}
      onSource={onSource}
      details={(level) => <SummaryDetails article={data} lang={lang} onSource={onSource} headingLevel={level} original={{ label: 'x' }} />}
    />,
  );
  return { ...view, onSource };
}

/** What the summary lists, less the claims map (its names and lines are tested in claim-map.test.tsx). */
const outsideMap = <T extends Element>(els: T[]) => els.filter((el) => !el.closest('.sgb-map'));

/** The UI strings of the first screen and of the details, as the summary shows them. */
const strings = (lang: Lang) => ({ ...t(lang), ...detailT(lang) });

function section(
  lang: Lang,
  heading: 'actorsHeading' | 'figuresHeading' | 'timelineHeading' | 'claimsHeading' | 'keyPointsHeading' | 'aboutHeading',
) {
  return screen.getByRole('region', { name: strings(lang)[heading] });
}

describe('the bundled parsed copy', () => {
  it('satisfies the schema (data.ts trusts it without a runtime check)', () => {
    const result = validateParsedArticle(article);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });
});

describe.each<Lang>(['zh', 'en'])('Summary in %s', (lang) => {
  it('has a title and six labelled sections with headings', () => {
    renderSummary(lang);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(article.title);
    for (const h of ['keyPointsHeading', 'actorsHeading', 'figuresHeading', 'timelineHeading', 'claimsHeading', 'aboutHeading'] as const) {
      const region = section(lang, h);
      expect(within(region).getByRole('heading', { level: 2 }).textContent).toBe(strings(lang)[h]);
    }
  });

  it('renders every actor with both names, aliases, role and mention count', () => {
    const { container } = renderSummary(lang);
    const items = [...container.querySelectorAll<HTMLElement>('[data-actor]')];
    expect(items.map((el) => el.dataset.actor).sort()).toEqual(article.actors.map((a) => a.id).sort());
    for (const actor of article.actors) {
      const item = container.querySelector<HTMLElement>(`[data-actor="${actor.id}"]`)!;
      expect(item.textContent).toContain(actor.name.zh);
      expect(item.textContent).toContain(actor.name.en);
      // The count is of names: references (这位金融巨头, 后者) are left out by default.
      expect(item.textContent).toContain(t(lang).mentions(nameMentions(actor).length));
      for (const alias of actor.aliases) expect(item.textContent).toContain(alias);
      if (actor.role) expect(item.textContent).toContain(actor.role[lang]);
      // Where the name takes more than the text gives (a given name), the basis says so.
      const basis = item.querySelector('details');
      if (actor.basis) {
        expect(basis!.querySelector('summary')!.textContent).toBe(t(lang).nameBasis);
        expect(basis!.textContent).toContain(actor.basis[lang]);
      } else expect(basis).toBeNull();
      // Chinese names carry lang="zh-CN" so screen readers and fonts get them right.
      expect(item.querySelector(`[lang="zh-CN"]`)?.textContent).toBeTruthy();
    }
  });

  it('lists people before organisations, most mentioned first', () => {
    const { container } = renderSummary(lang);
    const order = [...container.querySelectorAll<HTMLElement>('[data-actor]')].map((el) => el.dataset.actor);
    const { people, organisations } = orderActors(article.actors);
    expect(order).toEqual([...people, ...organisations].map((a) => a.id));
    const kinds = order.map((id) => article.actors.find((a) => a.id === id)!.kind);
    expect(kinds.lastIndexOf('person')).toBeLessThan(kinds.indexOf('organisation'));
    for (const group of [people, organisations]) {
      const counts = group.map((a) => nameMentions(a).length);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
    }
    expect(order[0]).toBe('trump');
  });

  it('renders every figure readable, with what it measures and who states it: money on the chart, the rest after', () => {
    const { container } = renderSummary(lang);
    const items = [...container.querySelectorAll<HTMLElement>('[data-figure]')];
    const { scales, noCurrency, other } = groupFigures(article.figures);
    expect(items.map((el) => el.dataset.figure)).toEqual([...scales.flatMap((x) => x.figures), ...noCurrency, ...other].map((f) => f.id));
    for (const figure of article.figures) {
      const item = container.querySelector<HTMLElement>(`[data-figure="${figure.id}"]`)!;
      expect(item.querySelector('.sgb-amount')!.textContent).toBe(formatFigure(figure, lang));
      expect(item.textContent).toContain(figure.measures[lang]);
      if (figure.speaker) {
        const speaker = article.actors.find((a) => a.id === figure.speaker)!;
        expect(item.querySelector('.sgb-speaker')!.textContent).toBe(t(lang).statedBy(speaker.name[lang]));
      }
    }
    // Each amount of money has its bar; the amount without a currency and the shares have none.
    expect(container.querySelectorAll('.sgb-amounts [data-figure] .sgb-bar').length).toBe(scales[0]!.figures.length);
    for (const f of [...noCurrency, ...other]) expect(container.querySelector(`[data-figure="${f.id}"] .sgb-bar`)).toBeNull();
  });

  it('renders every timeline entry once: the key days first, dates flagged only where exceptional', () => {
    const { container } = renderSummary(lang);
    const items = [...container.querySelectorAll<HTMLElement>('[data-entry]')];
    expect(items.map((el) => el.dataset.entry)).toEqual(groupTimeline(article.timeline).flatMap((g) => g.entries.map((e) => e.id)));
    expect(items.slice(0, 6).map((el) => article.timeline.find((e) => e.id === el.dataset.entry)!.date.slice(0, 10))).toEqual([
      '2025-01-21',
      '2025-01-21',
      '2025-01-21',
      '2025-01-21',
      '2025-01-22',
      '2025-01-22',
    ]);
    // Background and outlook are folded; the key days are not.
    expect([...container.querySelectorAll('details.sgb-tl-group')].map((d) => d.getAttribute('data-group'))).toEqual(['before', 'after']);
    expect(container.querySelector('[data-group="key"]')!.closest('details')).toBeNull();
    const numbers = timelineNumbers(article.timeline);
    for (const entry of article.timeline) {
      const item = container.querySelector<HTMLElement>(`[data-entry="${entry.id}"]`)!;
      expect(item.querySelector('time')!.textContent).toBe(formatEntryDate(entry, lang));
      expect(item.querySelector('.sgb-tl-badge')!.textContent).toBe(String(numbers.get(entry.id)));
      expect(item.textContent).toContain(entry.event[lang]);
      // Only a date that rests on outside knowledge says how it was worked out.
      expect(item.querySelector('.sgb-basis')?.textContent ?? null).toBe(datedFromOutside(entry) ? entry.basis[lang] : null);
      const claim = entry.kind === 'headline-claim';
      // Marks only for a headline's claim: a limit reads "before …" and a loose date "about …" in the date itself.
      const marks = item.querySelectorAll('.sgb-mark');
      expect(marks.length).toBe(Number(claim));
      if (claim) expect(marks[0]!.textContent).toContain(t(lang).headlineClaim);
      // Who says so: "according to Maggie Haberman" / "据哈伯曼", else nothing.
      const speaker = item.querySelector('.sgb-speaker');
      if (entry.attribution) {
        const name = entry.attribution.actor ? article.actors.find((a) => a.id === entry.attribution!.actor)!.name : entry.attribution.name;
        expect(speaker!.textContent).toBe(t(lang).accordingTo(name[lang]));
      } else {
        expect(speaker).toBeNull();
      }
    }
    // How the dates were worked out is said once, not per entry; "inferred" is no longer a chip.
    const timeline = section(lang, 'timelineHeading');
    expect(timeline.textContent!.split(chartT(lang).datingNote)).toHaveLength(2);
    expect(timeline.textContent).not.toContain(t(lang).howDated);
    // The bundled copy has each kind at least once, so the checks above ran.
    expect(article.timeline.some((e) => e.kind === 'headline-claim')).toBe(true);
    expect(article.timeline.some((e) => e.before)).toBe(true);
    expect(article.timeline.filter((e) => e.attribution).length).toBeGreaterThanOrEqual(4);
    expect(article.timeline.filter(datedFromOutside).length).toBeGreaterThanOrEqual(4);
  });

  it('makes every fact a button that names its action and reports its source sentence; each chart mark too', () => {
    const { onSource } = renderSummary(lang);
    const all = outsideMap(screen.getAllByRole('button'));
    // The timeline chart's marks are buttons too (one per entry), named for their fact and action.
    const marks = all.filter((b) => b.closest('svg'));
    expect(marks.length).toBe(article.timeline.length);
    for (const b of marks) expect(b.getAttribute('aria-label')).toContain(t(lang).showInText);
    const buttons = all.filter((b) => !b.closest('svg'));
    const facts =
      article.keyPoints.length +
      article.figures.length +
      article.timeline.length +
      article.claims.length +
      article.actors.length +
      article.actors.filter((a) => a.role).length +
      article.actors.filter((a) => a.part).length;
    expect(buttons.length).toBe(facts);
    for (const b of buttons) expect(b.textContent).toContain(t(lang).showInText);
    // The same words show on hover and focus, beside the fact (the cue is drawn, not read twice).
    for (const b of buttons) expect(b.parentElement!.querySelector('.sgb-cue')!.textContent).toBe(t(lang).showInText);
    for (const b of [...buttons, ...marks]) fireEvent.click(b);
    expect(onSource).toHaveBeenCalledTimes(facts + marks.length);
    for (const [ref, sentenceId] of onSource.mock.calls as Array<[{ start: number; end: number }, string]>) {
      const sentence = article.sentences.find((s) => s.id === sentenceId)!;
      expect(ref).toEqual({ start: sentence.start, end: sentence.end });
    }
  });
});

describe.each<Lang>(['zh', 'en'])('Who says what in %s', (lang) => {
  const s = strings(lang);
  const groups = () => [...document.querySelectorAll<HTMLElement>('[data-source]')];

  it('groups every claim by source: people and outlets, named groups, unnamed reports and analyses, then the author', () => {
    renderSummary(lang);
    const region = section(lang, 'claimsHeading');
    expect(outsideMap(within(region).getAllByRole('listitem')).length).toBe(article.claims.length);
    expect(groups().map((g) => g.dataset.source)).toEqual([
      'actor:axios',
      'actor:trump',
      'actor:son',
      'actor:musk',
      'actor:altman',
      'actor:haberman',
      'actor:democrats',
      'actor:bannon',
      'group:特朗普核心圈子',
      'report:报道',
      'analysis:分析',
      'author-view',
      'author-narration',
    ]);
    // Each group lists its own claims, and each claim sits in exactly one group.
    for (const g of groupClaims(article)) {
      const el = document.querySelector<HTMLElement>(`[data-source="${g.key}"]`)!;
      expect([...el.querySelectorAll<HTMLElement>('[data-claim]')].map((x) => x.dataset.claim)).toEqual(g.claims.map((c) => c.id));
      const name = g.name?.[lang];
      const title = el.querySelector('.sgb-said-source')!.textContent;
      if (g.kind === 'report' || g.kind === 'analysis') expect(title).toContain(s.unnamedSource(name!));
      else if (name) expect(title).toContain(name);
    }
    expect(document.querySelector('[data-source="author-view"] .sgb-said-source')!.textContent).toContain(s.authorView);
    expect(document.querySelector('[data-source="author-narration"] .sgb-said-source')!.textContent).toContain(s.authorNarration);
    // The author's narration is folded away; the rest is open.
    expect(document.querySelector('[data-source="author-narration"]')!.localName).toBe('details');
    expect(within(region).getByText(s.claimsSummary(19, 40))).toBeTruthy();
  });

  it('shows each claim with its words, what its source does, its marks, dates, relay and targets', () => {
    renderSummary(lang);
    for (const c of article.claims) {
      const item = document.querySelector<HTMLElement>(`[data-claim="${c.id}"]`)!;
      expect(item.querySelector('.sgb-says')!.textContent).toContain(c.says[lang]);
      const narration = 'kind' in c.source && c.source.kind === 'author' && c.stance === 'reports';
      const stance = item.querySelector('.sgb-stance');
      if (narration) expect(stance).toBeNull();
      else expect(stance!.textContent).toBe(s.stance[c.stance]);
      expect(item.textContent!.includes(s.quotedHint)).toBe(c.quoted === true);
      expect(item.textContent!.includes(s.headlineClaimHint)).toBe(c.headline !== undefined);
      if (c.headline) expect(item.querySelector('.sgb-said-note')!.textContent).toBe(c.headline[lang]);
      if (c.via) expect(item.querySelector('.sgb-via')!.textContent).toBe(s.relayedBy(sourceName(article, c.via)![lang]));
      else expect(item.querySelector('.sgb-via')).toBeNull();
      for (const id of c.target ?? [])
        expect(item.querySelector('.sgb-about')!.textContent).toContain(article.actors.find((a) => a.id === id)!.name[lang]);
      for (const id of c.timeline ?? []) {
        const e = article.timeline.find((x) => x.id === id)!;
        expect(item.querySelector('.sgb-said-date')!.textContent).toContain(formatEntryDate(e, lang));
      }
    }
  });

  it('leads each claim to its sentence', () => {
    const { onSource } = renderSummary(lang);
    const region = section(lang, 'claimsHeading');
    const buttons = outsideMap(within(region).getAllByRole('button', { hidden: true }));
    expect(buttons).toHaveLength(article.claims.length);
    buttons.forEach((b) => fireEvent.click(b));
    expect(onSource.mock.calls.map(([, id]) => id)).toEqual(
      [...document.querySelectorAll<HTMLElement>('[data-claim]')].map(
        (el) => article.claims.find((c) => c.id === el.dataset.claim)!.sentence,
      ),
    );
    for (const [ref, sentenceId] of onSource.mock.calls as Array<[{ start: number; end: number }, string]>) {
      const sentence = article.sentences.find((x) => x.id === sentenceId)!;
      expect(ref).toEqual({ start: sentence.start, end: sentence.end });
    }
  });
});

describe('formatting the real figures', () => {
  const amount = (lang: Lang, id: string) => {
    renderSummary(lang);
    return document.querySelector(`[data-figure="${id}"] .sgb-amount`)!.textContent;
  };
  const byText = (text: string) => article.figures.find((f) => f.text === text)!.id;

  it('reads English amounts at the right scale', () => {
    expect(amount('en', byText('5000亿美元'))).toBe('$500 billion');
    cleanup();
    expect(amount('en', byText('2.7亿美元'))).toBe('$270 million');
    cleanup();
    expect(amount('en', byText('100亿美元'))).toBe('well below $10 billion');
    cleanup();
    expect(amount('en', byText('2万亿'))).toBe('2 trillion (currency not stated)');
    cleanup();
    expect(amount('en', byText('40%'))).toMatch(/^40%/);
  });

  it('writes Chinese amounts as the article does', () => {
    expect(amount('zh', byText('5000亿美元'))).toBe('5000亿美元');
    cleanup();
    expect(amount('zh', byText('2.7亿美元'))).toBe('2.7亿美元');
    cleanup();
    expect(amount('zh', byText('100亿美元'))).toBe('远低于100亿美元');
    cleanup();
    expect(amount('zh', byText('2万亿'))).toBe('2万亿(未注明币种)');
  });

  it('resolves a speaker id to the actor’s name', () => {
    renderSummary('en');
    const musk = document.querySelector(`[data-figure="${byText('100亿美元')}"] .sgb-speaker`)!;
    expect(musk.textContent).toBe('according to Elon Musk');
  });
});

describe('ArticleHeader', () => {
  const states: Array<[PageState, string, string]> = [
    [{ kind: 'checking' }, '正在检查本页…', 'Checking this page…'],
    [{ kind: 'match' }, '本页是这篇文章的全文', 'This page has the whole article'],
    [{ kind: 'partial', coverage: 0.634 }, '本页有这篇文章的部分内容(约63%)', 'This page has part of the article (about 63%)'],
    [{ kind: 'none' }, '本页没有这篇文章', 'The article is not on this page'],
    [{ kind: 'bundled' }, '内置副本,可离线阅读', 'Bundled copy, works offline'],
  ];

  it.each(states)('says what the tab holds: %o', (state, zh, en) => {
    render(<ArticleHeader article={article} lang="zh" state={state} />);
    expect(screen.getByRole('status').textContent).toBe(zh);
    cleanup();
    render(<ArticleHeader article={article} lang="en" state={state} />);
    expect(screen.getByRole('status').textContent).toBe(en);
  });

  const compared = (changes: number) => ({
    changes: Array.from({ length: changes }, () => ({
      kind: 'figure' as const,
      id: 'f0',
      what: { zh: '', en: '' },
      original: '5000亿美元',
      page: '6000亿美元',
      sentence: { id: 's3', start: 0, end: 1 },
      pageSentence: '',
      count: 1,
    })),
    missing: [],
    found: 50,
    total: 50,
  });
  it.each<[PageState, number, string, string, string]>([
    [{ kind: 'match' }, 0, 'ok', '全文 — 事实没有改动', 'The whole article — no facts changed'],
    [{ kind: 'match' }, 2, 'changed', '全文 — 2 处事实改动', 'The whole article — 2 facts changed'],
    [
      { kind: 'partial', coverage: 0.6 },
      0,
      'partial',
      '部分内容(约60%) — 事实没有改动',
      'Part of the article (about 60%) — no facts changed',
    ],
    [
      { kind: 'partial', coverage: 0.6 },
      1,
      'changed',
      '部分内容(约60%) — 1 处事实改动',
      'Part of the article (about 60%) — 1 fact changed',
    ],
  ])('says the verdict and the changed-facts result in one line: %o, %i changes → %s', (state, changes, tone, zh, en) => {
    // The state as the tab state gives it (pageStateFromTab): `changed` only where the copy was compared.
    const withChanges = pageStateFromTab({
      verdict: state.kind === 'partial' ? { kind: 'partial', coverage: state.coverage } : { kind: 'match', coverage: 1 },
      overlayOpen: false,
      changedFacts: compared(changes),
    });
    render(<ArticleHeader article={article} lang="zh" state={withChanges} />);
    expect(screen.getByRole('status').textContent).toBe(zh);
    expect(screen.getByRole('status').dataset.tone).toBe(tone);
    cleanup();
    render(<ArticleHeader article={article} lang="en" state={withChanges} />);
    expect(screen.getByRole('status').textContent).toBe(en);
  });

  it('makes no claim, and is not green, where the copy was not compared', () => {
    render(<ArticleHeader article={article} lang="en" state={{ kind: 'match' }} />);
    expect(screen.getByRole('status').dataset.tone).toBe('neutral'); // not compared: no claim either way
  });

  it('shows the piece, its author and the original’s publication time on the article’s clock', () => {
    render(<ArticleHeader article={article} lang="en" state={{ kind: 'match' }} />);
    expect(screen.getByText(article.author)).toBeTruthy();
    const byline = document.querySelector('.sgb-byline')!.textContent!;
    expect(byline).toContain('Opinion piece from a self-media account (网易号)');
    expect(byline).toContain('Original published 2 Feb 2025, 11:52 (UTC+8)');
    expect(document.querySelector('time')!.textContent).toBe('2 Feb 2025, 11:52 (UTC+8)');
    expect(document.querySelector('time')!.getAttribute('datetime')).toBe(article.published);
  });

  it('glosses the title in English (only in English)', () => {
    render(<ArticleHeader article={article} lang="en" state={{ kind: 'match' }} />);
    expect(document.querySelector('.sgb-gloss')!.textContent).toBe(article.titleGloss);
    cleanup();
    render(<ArticleHeader article={article} lang="zh" state={{ kind: 'match' }} />);
    expect(document.querySelector('.sgb-gloss')).toBeNull();
    expect(document.querySelector('.sgb-byline')!.textContent).toContain('网易号自媒体评论文章');
  });

  it('can leave the title out and start at another heading level', () => {
    render(<Summary article={article} lang="en" state={{ kind: 'bundled' }} onSource={() => {}} headingLevel={3} showTitle={false} />);
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Key points', 'People and organisations']);
  });
});

describe('edge cases on a hand-made copy', () => {
  it('breaks mention ties by first appearance and shows aliases', () => {
    const { container } = renderSummary('en', vi.fn(), fixtureArticle);
    const order = [...container.querySelectorAll<HTMLElement>('[data-actor]')].map((el) => el.dataset.actor);
    expect(order.at(-1)).toBe('softbank');
    expect(container.querySelector('[data-actor="biden"]')!.textContent).toContain('拜登总统');
  });

  it('names an unnamed source as such, and who relays it, in either language', () => {
    renderSummary('en', vi.fn(), fixtureArticle);
    const report = document.querySelector('[data-source="report:报道"]')!;
    expect(report.querySelector('.sgb-said-source')!.textContent).toBe('A report (not named) · 1');
    expect(report.querySelector('.sgb-via')!.textContent).toBe('relayed by an analysis');
    cleanup();
    renderSummary('zh', vi.fn(), fixtureArticle);
    expect(document.querySelector('[data-source="report:报道"] .sgb-said-source')!.textContent).toBe('报道(未具名) · 1');
    // The headline claim says what the body offers for it; Musk's name says where it comes from.
    expect(document.querySelector('[data-claim="c0"] .sgb-said-note')!.textContent).toBe('正文没有写特朗普对马斯克的任何举动');
    expect(document.querySelector('[data-actor="musk"] details')!.textContent).toContain('名字依据');
  });

  it('shows an actor without mentions as plain text, not a dead button', () => {
    const data = {
      ...fixtureArticle,
      actors: [{ id: 'ghost', kind: 'person' as const, name: { zh: '某人', en: 'Someone' }, aliases: [], mentions: [] }],
    };
    const { container } = renderSummary('en', vi.fn(), data);
    expect(container.querySelector('[data-actor="ghost"] button')).toBeNull();
    expect(container.querySelector('[data-actor="ghost"]')!.textContent).toContain('mentioned 0 times');
  });
});

describe('the first screen: key points and people', () => {
  it('lists the key points in the article’s order, each an existing fact leading to its sentence', () => {
    const { container, onSource } = renderSummary('en');
    const items = [...container.querySelectorAll<HTMLElement>('[data-keypoint]')];
    const order = (id: string) => article.sentences.findIndex((s) => s.id === article.keyPoints.find((k) => k.id === id)!.sentence);
    expect(items.map((el) => el.dataset.keypoint).sort()).toEqual(article.keyPoints.map((k) => k.id).sort());
    expect(items.map((el) => order(el.dataset.keypoint!))).toEqual(items.map((el) => order(el.dataset.keypoint!)).sort((a, b) => a - b));
    for (const item of items) {
      const point = article.keyPoints.find((k) => k.id === item.dataset.keypoint)!;
      fireEvent.click(item.querySelector('button.sgb-fact')!);
      expect(onSource).toHaveBeenLastCalledWith(expect.anything(), point.sentence);
    }
    // The $500 billion, Musk's amount and Altman's $19 billion each, with who says so.
    const amounts = [...container.querySelectorAll('[data-keypoint] .sgb-amount')].map((el) => el.textContent);
    expect(amounts).toEqual(['$500 billion', 'well below $10 billion', '$19 billion each']);
    expect(container.querySelector('[data-keypoint="f3"]')!.textContent).toContain('according to Elon Musk');
    expect(container.querySelector('[data-keypoint="t16"]')!.textContent).toContain('Altman hit back');
  });

  it('says in each person’s row what they do in the story, the mention count after it', () => {
    const { container } = renderSummary('en');
    const musk = container.querySelector<HTMLElement>('[data-actor="musk"]')!;
    expect(musk.querySelector('.sgb-part')!.textContent).toContain('Says: well below $10 billion, the money SoftBank can put up');
    const trump = container.querySelector<HTMLElement>('[data-actor="trump"]')!;
    expect(trump.querySelector('.sgb-part')!.textContent).toContain('Trump said SoftBank, OpenAI and Oracle had joined forces');
    expect(container.querySelectorAll('[data-actor] .sgb-part')).toHaveLength(article.actors.filter((a) => a.part).length);
    // Haberman's part is her account of events: said as hers.
    expect(container.querySelector('[data-actor="haberman"] .sgb-part')!.textContent).toMatch(/^In the story: Says: Before Trump/);
    expect(trump.querySelector('.sgb-count')!.textContent).toBe('mentioned 36 times');
  });

  it('says how the brief was made, with the original', () => {
    renderSummary('zh');
    const about = section('zh', 'aboutHeading');
    expect(about.textContent).toContain('内置的文章解析');
    expect(about.textContent).toContain('文外知识');
    expect(about.textContent).toContain('千金不及冰淇淋');
  });

  it('lists changes in this copy only where there are some: the status line says "no facts changed"', () => {
    const none = { changes: [], missing: [], found: 50, total: 50 };
    render(<Summary article={article} lang="en" state={{ kind: 'match', changed: 0 }} onSource={() => {}} changedFacts={none} />);
    expect(document.querySelector('.sgb-changes')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('The whole article — no facts changed');
  });
});
