/** The committed parsed copy: up to date, valid, and every span slices to its own words. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/pipeline/parse';
import { serializeParsedArticle } from '@/pipeline/serialize';
import { validateParsedArticle, type ParsedArticle } from '@/utils/article/schema';
import { readRepoFile } from './helpers';

const committedRaw = readRepoFile('assets/article.parsed.json');
const committed = JSON.parse(committedRaw) as ParsedArticle;
const text = readRepoFile('assets/article.txt');
const STALE = 'assets/article.parsed.json is stale: run `npm run parse` and commit the result';

describe('assets/article.parsed.json', () => {
  it('is what parseArticle makes now', () => {
    const fresh = parseArticle(text);
    expect(committed, STALE).toEqual(fresh);
    expect(committedRaw === serializeParsedArticle(fresh), STALE).toBe(true);
  });

  it('is 2-space JSON with a trailing newline', () => {
    expect(committedRaw.endsWith('}\n')).toBe(true);
    expect(committedRaw.startsWith('{\n  "format": 3,')).toBe(true);
  });

  it('validates against the schema', () => {
    const r = validateParsedArticle(committed);
    expect(r.ok ? [] : r.issues).toEqual([]);
    expect(committed.text).toBe(text);
  });

  it('keeps every span on its own words', () => {
    const a = committed;
    const inRange = (s: { start: number; end: number }) => s.start >= 0 && s.start < s.end && s.end <= a.text.length;
    for (const b of a.blocks) {
      expect(inRange(b)).toBe(true);
      const words = a.text.slice(b.start, b.end);
      expect(words).toBe(words.trim());
      expect(words).not.toMatch(/\n/);
    }
    // Blocks and sentences come in text order, without overlapping.
    a.blocks.forEach((b, i) => i > 0 && expect(b.start).toBeGreaterThan(a.blocks[i - 1]!.end));
    a.sentences.forEach((s, i) => {
      expect(inRange(s)).toBe(true);
      expect(s.id).toBe(`s${i}`);
      if (i > 0) expect(s.start).toBeGreaterThanOrEqual(a.sentences[i - 1]!.end);
      const first = a.blocks[s.blocks[0]!]!;
      const last = a.blocks[s.blocks[s.blocks.length - 1]!]!;
      expect(s.start).toBeGreaterThanOrEqual(first.start);
      expect(s.end).toBeLessThanOrEqual(last.end);
      if (s.join) expect(a.text.slice(s.join.start, s.join.end).trim()).toBe('');
    });
    for (const actor of a.actors) {
      const names = [actor.name.zh, ...actor.aliases];
      expect(actor.aliases).not.toContain(actor.name.zh);
      // A name mention is one of the actor's names; a reference (这位金融巨头, 后者) is not.
      for (const m of actor.mentions) {
        if (m.kind === 'name') expect(names).toContain(a.text.slice(m.start, m.end));
        else expect(names).not.toContain(a.text.slice(m.start, m.end));
      }
      // Every alias listed is one the text uses.
      for (const alias of actor.aliases) expect(actor.mentions.some((m) => a.text.slice(m.start, m.end) === alias)).toBe(true);
      if (actor.role) expect(a.text.slice(actor.role.start, actor.role.end)).toBe(actor.role.zh);
      // Mentions come in text order, never overlapping.
      actor.mentions.forEach((m, i) => i > 0 && expect(m.start).toBeGreaterThanOrEqual(actor.mentions[i - 1]!.end));
    }
    const sentence = (id: string) => a.sentences.find((s) => s.id === id)!;
    for (const f of a.figures) {
      expect(a.text.slice(f.start, f.end)).toBe(f.text);
      const s = sentence(f.sentence);
      expect(f.start >= s.start && f.end <= s.end).toBe(true);
    }
    for (const t of a.timeline) {
      expect(a.text.slice(t.start, t.end)).toBe(t.text);
      // An attribution's span is the source's words: an actor's name mention, or the word itself.
      if (t.attribution?.actor)
        expect(a.actors.find((x) => x.id === t.attribution!.actor)!.mentions).toContainEqual({
          start: t.attribution.start,
          end: t.attribution.end,
          kind: 'name',
        });
      const s = sentence(t.sentence);
      expect(t.start >= s.start && t.end <= s.end).toBe(true);
    }
  });
});
