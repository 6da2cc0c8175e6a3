/**
 * The claims map as the views name and walk it (utils/claim-map/view.ts), in both languages:
 * every line named with its speaker, stance, subject and count (counted here from the claims),
 * the keyboard's order, the legend, the labels.
 */
import { describe, expect, it } from 'vitest';
import { article } from '@/utils/article/data';
import type { Claim } from '@/utils/article/schema';
import { claimGraph, stanceTone } from '@/utils/claim-map/graph';
import { claimMapView, displayName } from '@/utils/claim-map/view';
import { mapStrings } from '@/utils/i18n-details';

/** Every (speaker, subject, stance) of the bundled copy and its claims, from the claims themselves. */
function expectedEdges() {
  const out = new Map<string, string[]>();
  for (const c of article.claims) {
    if (!('actor' in c.source)) continue;
    for (const target of c.target ?? []) {
      const key = `${c.source.actor}>${target}:${c.stance}`;
      out.set(key, [...(out.get(key) ?? []), c.id]);
    }
  }
  return out;
}

describe.each(['zh', 'en'] as const)('the claims map view in %s', (lang) => {
  const view = claimMapView(article, lang)!;
  const m = mapStrings(lang);
  const name = (id: string) => article.actors.find((a) => a.id === id)!.name[lang];

  it('names every line with its speaker, stance, subject and count, and every node with its column', () => {
    const expected = expectedEdges();
    expect([...view.edges.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [key, e] of view.edges) {
      const [source, rest] = key.split('>') as [string, string];
      const [target, stance] = rest.split(':') as [string, Claim['stance']];
      expect(e.name).toBe(m.edge(name(source), stance, name(target), expected.get(key)!.length));
    }
    for (const id of claimGraph(article).speakers) expect(view.nodes.get(`speaker:${id}`)!.name.startsWith(name(id))).toBe(true);
    for (const id of claimGraph(article).subjects) expect(view.nodes.get(`subject:${id}`)!.name.startsWith(name(id))).toBe(true);
    // Musk is spoken of by Axios, Altman, Haberman, the Democrats and Bannon.
    const musk = view.nodes.get('subject:musk')!;
    for (const id of ['axios', 'altman', 'haberman', 'democrats', 'bannon']) expect(musk.name).toContain(name(id));
  });

  it('walks the keyboard through each speaker, its lines top to bottom, then those spoken of: each once', () => {
    expect(view.order.length).toBe(view.nodes.size + view.edges.size);
    expect(new Set(view.order).size).toBe(view.order.length);
    let speaker = '';
    let lastY = -Infinity;
    for (const key of view.order) {
      if (key.startsWith('speaker:')) [speaker, lastY] = [key.slice(8), -Infinity];
      else if (view.edges.has(key)) {
        const e = view.edges.get(key)!;
        expect(e.edge.source).toBe(speaker);
        expect(e.placed.from[1]).toBeGreaterThan(lastY);
        lastY = e.placed.from[1];
      }
    }
    expect(view.order.slice(-view.layout.right.length)).toEqual(view.layout.right.map((n) => `subject:${n.id}`));
  });

  it('keeps the legend to the tones drawn, with their stances in the UI words', () => {
    const drawn = new Set([...view.edges.values()].map((e) => e.tone));
    expect(new Set(view.tones.map((x) => x.tone))).toEqual(drawn);
    for (const { tone, stances } of view.tones) for (const s of stances) expect(stanceTone(s)).toBe(tone);
    expect(view.weighted).toBe([...expectedEdges().values()].some((ids) => ids.length > 1));
  });

  it('labels names without their parenthesis; English persons fall back to the family name', () => {
    const democrats = article.actors.find((a) => a.id === 'democrats')!;
    expect(displayName(democrats, 'en')).toBe('Democrats');
    expect(displayName(democrats, 'zh')).toBe('民主党');
    const labels = [...view.layout.left, ...view.layout.right].map((n) => n.text);
    for (const l of labels) expect(l.length).toBeGreaterThan(0);
    expect(labels.every((l) => !l.endsWith('…'))).toBe(true); // the bundled names all fit
  });
});
