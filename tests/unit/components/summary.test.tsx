// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { article } from '@/utils/article/data';
import { validateParsedArticle } from '@/utils/article/schema';
import type { Lang } from '@/utils/i18n';
import { chartT, formatEntryDate, formatFigure, t } from '@/utils/i18n';
import { Summary } from '@/components/Summary';
import { ArticleHeader } from '@/components/ArticleHeader';
import { groupTimeline, nameMentions, orderActors, timelineNumbers } from '@/utils/article/order';
import { datedFromOutside } from '@/utils/article/when';
import { groupFigures } from '@/components/amounts';
import type { PageState } from '@/utils/page-state';
import { fixtureArticle } from './fixture';

afterEach(cleanup);

function renderSummary(lang: Lang, onSource = vi.fn(), data = article) {
  const view = render(<Summary article={data} lang={lang} state={{ kind: 'match' }} onSource={onSource} />);
  return { ...view, onSource };
}

function section(lang: Lang, heading: 'actorsHeading' | 'figuresHeading' | 'timelineHeading') {
  return screen.getByRole('region', { name: t(lang)[heading] });
}

describe('the bundled parsed copy', () => {
  it('satisfies the schema (data.ts trusts it without a runtime check)', () => {
    const result = validateParsedArticle(article);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });
});

describe.each<Lang>(['zh', 'en'])('Summary in %s', (lang) => {
  it('has a title and three labelled sections with headings', () => {
    renderSummary(lang);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(article.title);
    for (const h of ['actorsHeading', 'figuresHeading', 'timelineHeading'] as const) {
      const region = section(lang, h);
      expect(within(region).getByRole('heading', { level: 2 }).textContent).toBe(t(lang)[h]);
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
    expect(article.timeline.filter((e) => e.attribution).length).toBeGreaterThanOrEqual(4);
    expect(article.timeline.filter(datedFromOutside).length).toBeGreaterThanOrEqual(4);
  });

  it('makes every fact a button that names its action and reports its source sentence; each chart mark too', () => {
    const { onSource } = renderSummary(lang);
    const buttons = screen.getAllByRole('button');
    const facts = article.figures.length + article.timeline.length + article.actors.length + article.actors.filter((a) => a.role).length;
    expect(buttons.length).toBe(facts + article.timeline.length);
    for (const b of buttons) expect(b.getAttribute('aria-label') ?? b.textContent).toContain(t(lang).showInText);
    for (const b of buttons) fireEvent.click(b);
    expect(onSource).toHaveBeenCalledTimes(facts + article.timeline.length);
    for (const [ref, sentenceId] of onSource.mock.calls as Array<[{ start: number; end: number }, string]>) {
      const sentence = article.sentences.find((s) => s.id === sentenceId)!;
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

  it('shows author and publication time on the article’s clock', () => {
    render(<ArticleHeader article={article} lang="en" state={{ kind: 'match' }} />);
    expect(screen.getByText(article.author)).toBeTruthy();
    expect(document.querySelector('time')!.textContent).toBe('2 Feb 2025, 11:52 (UTC+8)');
    expect(document.querySelector('time')!.getAttribute('datetime')).toBe(article.published);
  });

  it('can leave the title out and start at another heading level', () => {
    render(<Summary article={article} lang="en" state={{ kind: 'bundled' }} onSource={() => {}} headingLevel={3} showTitle={false} />);
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'People and organisations',
      'Figures',
      'Timeline',
    ]);
  });
});

describe('edge cases on a hand-made copy', () => {
  it('breaks mention ties by first appearance and shows aliases', () => {
    const { container } = renderSummary('en', vi.fn(), fixtureArticle);
    const order = [...container.querySelectorAll<HTMLElement>('[data-actor]')].map((el) => el.dataset.actor);
    expect(order.at(-1)).toBe('softbank');
    expect(container.querySelector('[data-actor="biden"]')!.textContent).toContain('拜登总统');
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
