// @vitest-environment happy-dom
/**
 * The claims map in "Who says what" (components/ClaimMap.tsx): first in the section, a node per
 * speaker and subject and a line per (speaker, subject, stance) of the claims, one tab stop that the
 * arrow keys move, a chosen line that shows its claims and leads to the first one's sentence, a
 * chosen name that lights its lines, and the lines as text.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { article } from '@/utils/article/data';
import type { Lang } from '@/utils/i18n';
import { detailT, mapStrings } from '@/utils/i18n-details';
import { WhoSaysWhat } from '@/components/WhoSaysWhat';

afterEach(cleanup);

/** The lines and nodes the claims call for, counted from the claims. */
function expected() {
  const edges = new Map<string, string[]>();
  const speakers = new Set<string>();
  const subjects = new Set<string>();
  for (const c of article.claims)
    if ('actor' in c.source)
      for (const target of c.target ?? []) {
        const key = `${c.source.actor}>${target}:${c.stance}`;
        edges.set(key, [...(edges.get(key) ?? []), c.id]);
        speakers.add(c.source.actor);
        subjects.add(target);
      }
  return { edges, speakers, subjects };
}

function renderMap(lang: Lang) {
  const onSource = vi.fn();
  const view = render(<WhoSaysWhat article={article} lang={lang} onSource={onSource} />);
  const map = view.container.querySelector<HTMLElement>('.sgb-map')!;
  return { ...view, onSource, map };
}

const tabbable = (map: HTMLElement) =>
  [...map.querySelectorAll<SVGElement>('[data-map-i]')].filter((el) => el.getAttribute('tabindex') === '0');

describe.each<Lang>(['zh', 'en'])('the claims map in %s', (lang) => {
  const m = mapStrings(lang);

  it('opens the section: a node per speaker and per subject, a line per speaker, subject and stance, each named', () => {
    const { map } = renderMap(lang);
    const region = screen.getByRole('region', { name: detailT(lang).claimsHeading });
    expect(region.contains(map)).toBe(true);
    expect(map.compareDocumentPosition(region.querySelector('[data-source]')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(map).getByRole('heading').textContent).toBe(m.heading);
    const { edges, speakers, subjects } = expected();
    const lines = [...map.querySelectorAll<SVGElement>('[data-map-edge]')];
    expect(lines.map((el) => el.dataset.mapEdge).sort()).toEqual([...edges.keys()].sort());
    for (const el of lines) {
      expect(Number(el.dataset.count)).toBe(edges.get(el.dataset.mapEdge!)!.length);
      expect(el.getAttribute('role')).toBe('button');
      expect(el.getAttribute('aria-label')).toMatch(/\S/);
    }
    const nodes = [...map.querySelectorAll<SVGElement>('[data-map-node]')].map((el) => el.dataset.mapNode);
    expect(nodes.sort()).toEqual([...[...speakers].map((id) => `speaker:${id}`), ...[...subjects].map((id) => `subject:${id}`)].sort());
    // The same lines as text, for readers who do not see the picture.
    expect([...map.querySelectorAll('.sgb-map-text li')].map((li) => li.textContent).sort()).toEqual(
      lines.map((el) => el.getAttribute('aria-label')).sort(),
    );
  });

  it('is one tab stop that the arrow keys, Home and End move through every node and line', () => {
    const { map } = renderMap(lang);
    const items = [...map.querySelectorAll<SVGElement>('[data-map-i]')];
    expect(tabbable(map)).toEqual([items[0]]);
    items[0]!.focus();
    fireEvent.keyDown(items[0]!, { key: 'ArrowDown' });
    expect(tabbable(map)).toEqual([items[1]]);
    expect(document.activeElement).toBe(items[1]);
    fireEvent.keyDown(items[1]!, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(items[0]);
    fireEvent.keyDown(items[0]!, { key: 'ArrowUp' }); // stays at the first
    expect(document.activeElement).toBe(items[0]);
    fireEvent.keyDown(items[0]!, { key: 'End' });
    expect(document.activeElement).toBe(items.at(-1));
    expect(tabbable(map)).toEqual([items.at(-1)]);
    fireEvent.keyDown(items.at(-1)!, { key: 'Home' });
    expect(document.activeElement).toBe(items[0]);
    // Every item is reached, each once.
    const seen = new Set<Element>();
    for (let i = 0; i < items.length; i++) {
      seen.add(document.activeElement!);
      fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    }
    expect(seen.size).toBe(items.length);
  });

  it("choosing a line shows its claims and leads to the first one's sentence", () => {
    const { map, onSource } = renderMap(lang);
    const { edges } = expected();
    const key = [...edges.keys()].find((k) => edges.get(k)!.length > 1)!;
    const line = map.querySelector<SVGElement>(`[data-map-edge="${key}"]`)!;
    line.focus();
    fireEvent.keyDown(line, { key: 'Enter' });
    const first = article.claims.find((c) => c.id === edges.get(key)![0])!;
    const sentence = article.sentences.find((s) => s.id === first.sentence)!;
    expect(onSource).toHaveBeenCalledWith({ start: sentence.start, end: sentence.end }, first.sentence);
    expect(line.getAttribute('aria-current')).toBe('true');
    const detail = map.querySelector('.sgb-map-detail')!;
    expect(detail.querySelector('.sgb-map-detail-title')!.textContent).toBe(line.getAttribute('aria-label'));
    const shown = [...detail.querySelectorAll<HTMLElement>('[data-map-claim]')];
    expect(shown.map((el) => el.dataset.mapClaim)).toEqual(edges.get(key));
    for (const el of shown) expect(el.textContent).toContain(article.claims.find((c) => c.id === el.dataset.mapClaim)!.says[lang]);
    // The other lines step back; the list below still holds each claim once.
    expect(map.querySelectorAll('[data-map-edge].is-dim').length).toBe(edges.size - 1);
    expect(document.querySelectorAll('[data-claim]').length).toBe(article.claims.length);
    // A claim of the detail leads to its own sentence too.
    const second = article.claims.find((c) => c.id === edges.get(key)![1])!;
    fireEvent.click(within(shown[1]!).getAllByRole('button')[0]!);
    expect(onSource).toHaveBeenLastCalledWith(expect.anything(), second.sentence);
  });

  it('choosing a name lights its lines and says who and how much; a click chooses as Enter does', () => {
    const { map, onSource } = renderMap(lang);
    const node = map.querySelector<SVGElement>('[data-map-node="subject:musk"]')!;
    fireEvent.click(node.querySelector('text')!);
    expect(onSource).not.toHaveBeenCalled();
    expect(map.querySelector('.sgb-map-detail-title')!.textContent).toBe(node.getAttribute('aria-label'));
    const lit = [...map.querySelectorAll<SVGElement>('[data-map-edge]:not(.is-dim)')].map((el) => el.dataset.mapEdge!);
    expect(lit.length).toBeGreaterThan(3);
    for (const key of lit) expect(key.split('>')[1]!.startsWith('musk:')).toBe(true);
    expect(tabbable(map)).toEqual([node]);
    const line = map.querySelector<SVGElement>('[data-map-edge="altman>musk:rebuts"]')!;
    fireEvent.click(line.querySelector('.sgb-map-hit')!);
    expect(onSource).toHaveBeenCalledTimes(1);
    expect(line.getAttribute('aria-current')).toBe('true');
  });
});

describe('the claims map without lines', () => {
  it('is left out when no named actor speaks of another', () => {
    const claims = article.claims.filter((c) => !('actor' in c.source));
    const { container } = render(<WhoSaysWhat article={{ ...article, claims }} lang="en" onSource={() => {}} />);
    expect(container.querySelector('.sgb-map')).toBeNull();
    expect(container.querySelectorAll('[data-claim]').length).toBe(claims.length);
  });
});
