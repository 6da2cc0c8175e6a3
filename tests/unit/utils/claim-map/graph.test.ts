/**
 * Who speaks of whom, as a graph (utils/claim-map/graph.ts): checked against the bundled copy's
 * claims, counted here independently, and on hand-made claims for the rules (only named actors
 * speak; no actor speaks of itself; a claim about three is one claim on three lines).
 */
import { describe, expect, it } from 'vitest';
import { article } from '@/utils/article/data';
import type { Claim } from '@/utils/article/schema';
import { claimCount, claimGraph, stanceTone } from '@/utils/claim-map/graph';

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

const claim = (
  id: string,
  start: number,
  source: Claim['source'],
  target: string[] | undefined,
  stance: Claim['stance'] = 'claims',
): Claim => ({
  id,
  start,
  end: start + 1,
  sentence: 's0',
  source,
  ...(target ? { target } : {}),
  stance,
  says: { zh: id, en: id },
});

const actors = ['a', 'b', 'c'].map((id) => ({ id, kind: 'person' as const, name: { zh: id, en: id }, aliases: [], mentions: [] }));

describe('the claims graph', () => {
  it('has one edge per speaker, subject and stance of the bundled copy, standing for its claims in text order', () => {
    const graph = claimGraph(article);
    const expected = expectedEdges();
    expect(new Map(graph.edges.map((e) => [e.key, e.claims.map((c) => c.id)]))).toEqual(expected);
    // The quarrel the issue names is there: Musk questions the companies, Altman rebuts Musk, Bannon criticises him.
    expect(expected.has('musk>softbank:questions') && expected.has('altman>musk:rebuts') && expected.has('bannon>musk:criticises')).toBe(
      true,
    );
    // Speakers in the order the story first quotes them; every edge joins a speaker to a subject.
    const firsts = graph.speakers.map((id) =>
      Math.min(...article.claims.filter((c) => 'actor' in c.source && c.source.actor === id && c.target).map((c) => c.start)),
    );
    expect(firsts).toEqual([...firsts].sort((x, y) => x - y));
    expect(new Set(graph.edges.map((e) => e.source))).toEqual(new Set(graph.speakers));
    expect(new Set(graph.edges.map((e) => e.target))).toEqual(new Set(graph.subjects));
  });

  it('draws only named actors speaking of other actors, each claim once per subject', () => {
    const graph = claimGraph({
      actors,
      claims: [
        claim('c0', 0, { kind: 'author' }, ['a']),
        claim('c1', 5, { kind: 'report', name: { zh: '报道', en: 'a report' }, start: 5, end: 7 }, ['b']),
        claim('c2', 10, { actor: 'a', start: 10, end: 11 }, ['a', 'b', 'b', 'c', 'zz']),
        claim('c3', 20, { actor: 'a', start: 20, end: 21 }, ['b'], 'questions'),
        claim('c4', 30, { actor: 'zz', start: 30, end: 31 }, ['b']),
        claim('c5', 40, { actor: 'c', start: 40, end: 41 }, undefined),
        claim('c6', 50, { actor: 'b', start: 50, end: 51 }, ['a'], 'questions'),
        claim('c7', 60, { actor: 'a', start: 60, end: 61 }, ['b']),
      ],
    });
    expect(graph.speakers).toEqual(['a', 'b']);
    expect(graph.subjects).toEqual(['b', 'c', 'a']);
    expect(graph.edges.map((e) => [e.key, e.claims.map((c) => c.id)])).toEqual([
      ['a>b:claims', ['c2', 'c7']],
      ['a>b:questions', ['c3']],
      ['a>c:claims', ['c2']],
      ['b>a:questions', ['c6']],
    ]);
    expect(claimCount(graph.edges.filter((e) => e.source === 'a'))).toBe(3);
    expect(claimGraph({ actors, claims: [] }).edges).toEqual([]);
  });

  it('sorts stances into tones', () => {
    expect(['questions', 'rebuts', 'criticises'].map((s) => stanceTone(s as Claim['stance']))).toEqual(['against', 'against', 'against']);
    expect([stanceTone('praises'), stanceTone('forecasts'), stanceTone('proposes'), stanceTone('claims'), stanceTone('reports')]).toEqual([
      'for',
      'ahead',
      'ahead',
      'plain',
      'plain',
    ]);
  });
});
