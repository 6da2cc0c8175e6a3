// @vitest-environment happy-dom
/**
 * The charts as a reader uses them: every timeline mark named and reachable by keyboard (one tab
 * stop, arrow keys in time order), choosing one shows its entry and asks for its sentence; every
 * amount's bar leads to its sentence.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { article } from '@/utils/article/data';
import type { Lang } from '@/utils/i18n';
import { formatEntryDate, t } from '@/utils/i18n';
import { chartT } from '@/utils/i18n-details';
import { Timeline } from '@/components/Timeline';
import { Figures } from '@/components/Figures';
import { orderTimeline, timelineNumbers } from '@/utils/article/order';

afterEach(cleanup);

const sentenceOf = (id: string) => {
  const s = article.sentences.find((x) => x.id === id)!;
  return { start: s.start, end: s.end };
};

describe.each<Lang>(['en', 'zh'])('the timeline chart in %s', (lang) => {
  const setup = () => {
    const onSource = vi.fn();
    const view = render(<Timeline article={article} lang={lang} onSource={onSource} />);
    const marks = [...view.container.querySelectorAll<SVGGElement>('[data-mark]')];
    return { ...view, onSource, marks };
  };
  const numbers = timelineNumbers(article.timeline);

  it('draws one mark per dated entry, in time order, each named with its number, date and event', () => {
    const { marks } = setup();
    expect(marks.map((m) => m.dataset.mark)).toEqual(orderTimeline(article.timeline).map((e) => e.id));
    for (const m of marks) {
      const e = article.timeline.find((x) => x.id === m.dataset.mark)!;
      expect(m.getAttribute('role')).toBe('button');
      const name = m.getAttribute('aria-label')!;
      expect(name.startsWith(`${numbers.get(e.id)}. ${formatEntryDate(e, lang)}`)).toBe(true);
      expect(name).toContain(e.event[lang]);
      if (e.kind === 'headline-claim') expect(name).toContain(t(lang).headlineClaim);
      expect(m.textContent).toBe(String(numbers.get(e.id)));
    }
  });

  it('is one tab stop, on the key days’ first entry; arrows, Home and End move through the marks', () => {
    const { marks } = setup();
    const stops = marks.filter((m) => m.getAttribute('tabindex') === '0');
    expect(stops.map((m) => m.dataset.mark)).toEqual(['t13']);
    stops[0]!.focus();
    fireEvent.keyDown(stops[0]!, { key: 'ArrowRight' });
    expect((document.activeElement as HTMLElement).dataset.mark).toBe('t14');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect((document.activeElement as HTMLElement).dataset.mark).toBe('t13');
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect((document.activeElement as HTMLElement).dataset.mark).toBe(marks.at(-1)!.dataset.mark);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' }); // stays on the last
    expect((document.activeElement as HTMLElement).dataset.mark).toBe(marks.at(-1)!.dataset.mark);
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect((document.activeElement as HTMLElement).dataset.mark).toBe(marks[0]!.dataset.mark);
    // The tab stop follows the focus.
    expect(marks.filter((m) => m.getAttribute('tabindex') === '0').map((m) => m.dataset.mark)).toEqual([marks[0]!.dataset.mark]);
  });

  it('shows the focused entry under the chart, with how its date was worked out', () => {
    const { container, marks } = setup();
    expect(container.querySelector('.sgb-tl-detail')!.textContent).toBe(chartT(lang).chartHelp);
    const claim = marks.find((m) => m.dataset.mark === 't10')!;
    fireEvent.focus(claim);
    const detail = container.querySelector<HTMLElement>('.sgb-tl-detail')!;
    const e = article.timeline.find((x) => x.id === 't10')!;
    expect(detail.dataset.detail).toBe('t10');
    expect(detail.textContent).toContain(e.event[lang]);
    expect(detail.textContent).toContain(e.basis[lang]);
    expect(detail.textContent).toContain(t(lang).headlineClaim);
    // Hovering another mark shows that one while the pointer is on it.
    fireEvent.mouseEnter(marks[0]!);
    expect(container.querySelector<HTMLElement>('.sgb-tl-detail')!.dataset.detail).toBe(marks[0]!.dataset.mark);
    fireEvent.mouseLeave(marks[0]!);
    expect(container.querySelector<HTMLElement>('.sgb-tl-detail')!.dataset.detail).toBe('t10');
  });

  it('choosing a mark (click, Enter, Space) asks for its sentence', () => {
    const { marks, onSource } = setup();
    const pick = (id: string) => marks.find((m) => m.dataset.mark === id)!;
    fireEvent.click(pick('t0'));
    fireEvent.keyDown(pick('t17'), { key: 'Enter' });
    fireEvent.keyDown(pick('t19'), { key: ' ' });
    const sentence = (id: string) => article.timeline.find((e) => e.id === id)!.sentence;
    expect(onSource.mock.calls).toEqual(['t0', 't17', 't19'].map((id) => [sentenceOf(sentence(id)), sentence(id)]));
  });
});

describe.each<Lang>(['en', 'zh'])('the amounts chart in %s', (lang) => {
  it('gives every amount of money a bar under the scale’s gridline amounts; each bar leads to its sentence', () => {
    const onSource = vi.fn();
    const { container } = render(<Figures article={article} lang={lang} onSource={onSource} />);
    const rows = [...container.querySelectorAll<HTMLElement>('.sgb-amounts [data-figure]')];
    expect(rows).toHaveLength(article.figures.filter((f) => f.unit === 'USD').length);
    expect([...container.querySelectorAll('.sgb-amount-axis text')].map((x) => x.textContent)).toEqual(
      lang === 'en' ? ['$100M', '$1B', '$10B', '$100B', '$1T'] : ['1亿', '10亿', '100亿', '1000亿', '1万亿'],
    );
    for (const row of rows) {
      const f = article.figures.find((x) => x.id === row.dataset.figure)!;
      const bar = row.querySelector('.sgb-bar')!;
      // The bar sits inside the fact's button: choosing it is choosing the fact.
      fireEvent.click(bar);
      expect(onSource).toHaveBeenLastCalledWith(sentenceOf(f.sentence), f.sentence);
      expect(row.querySelector('.sgb-status')!.textContent).toBeTruthy();
    }
    // "well below" is drawn open: a dashed bar with no end, a chevron at the bound.
    const musk = container.querySelector('[data-bound="below"]')!;
    expect(musk.querySelectorAll('.sgb-bar-open')).toHaveLength(2);
    expect(musk.querySelector('.sgb-bar-end path')).not.toBeNull();
    expect(container.querySelector('.sgb-amounts figcaption')!.textContent).toContain(chartT(lang).upperBound);
  });
});
