/**
 * The comparison's view of a text (text.ts): the fast path (`readCodes`, codes only) and the full
 * one (`mapText`, with positions and breaks) read every text alike, each kept character maps back
 * to the character it came from, and the two marks that change a figure's value stay.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { codesToString, holds, mapText, rawSpan, readCodes } from '@/entrypoints/background/changed-facts/text';
import { fold } from './fixture';

/** Characters where the rules differ — digits (ASCII, full-width), points, percent signs, spaces, breaks — among Han in both scripts. */
const MARKS = ['1', '2', '7', '２', '７', '.', '．', '%', '％', ' ', '\u3000', '\n', '。', '!', '?'];
const WORDS = ['亿', '億', '美元', '百分之', 'Ab', ',', '、'];
const texts = fc
  .array(fc.oneof({ arbitrary: fc.constantFrom(...MARKS), weight: 4 }, { arbitrary: fc.constantFrom(...WORDS), weight: 1 }), {
    minLength: 4,
    maxLength: 40,
  })
  .map((parts) => parts.join(''));

describe('the comparison reads a text', () => {
  it('the same way on the fast path and the full one', () => {
    fc.assert(
      fc.property(texts, (raw) => {
        expect(codesToString(readCodes(raw, fold))).toBe(codesToString(mapText(raw, fold).codes));
        expect(codesToString(mapText(raw, fold, true, false).codes)).toBe(codesToString(mapText(raw, fold).codes));
      }),
    );
  });

  it('keeps a decimal point only between digits, and the percent sign', () => {
    const read = (raw: string) => codesToString(readCodes(raw, fold));
    expect(read('2.7亿')).toBe('2.7亿');
    expect(read('２．７亿')).toBe(read('2.7亿'));
    expect(read('2 .7亿')).toBe(read('2.7亿'));
    expect(read('27亿')).not.toBe(read('2.7亿'));
    expect(read('亿.7')).toBe(read('亿7'));
    expect(read('2.亿')).toBe(read('2亿'));
    expect(read('40%')).toBe(read('40％'));
    expect(read('40%')).not.toBe(read('40'));
  });

  it('maps each kept character back to its place, and marks sentence ends and line breaks', () => {
    fc.assert(
      fc.property(texts, (raw) => {
        const m = mapText(raw, fold);
        expect(m.pos).toHaveLength(m.codes.length);
        for (let i = 1; i < m.pos.length; i++) expect(m.pos[i]!).toBeGreaterThan(m.pos[i - 1]!);
        for (let i = 0; i < m.codes.length; i++) {
          const alone = codesToString(readCodes(raw[m.pos[i]!]!, fold));
          // A character kept alone reads the same; a decimal point is kept only between digits.
          if (alone) expect(alone).toBe(String.fromCharCode(m.codes[i]!));
          else expect(m.codes[i]).toBe(0x2e);
        }
      }),
    );
    const m = mapText('甲。乙\n丙', fold);
    expect(codesToString(m.codes)).toBe('甲乙丙');
    expect([...m.breaks]).toEqual([0, 1, 1, 0]);
    expect(rawSpan(m, '甲。乙\n丙', 1, 3)).toEqual({ start: 2, end: 5, text: '乙\n丙' });
    expect(rawSpan(m, '甲。乙\n丙', 2, 2)).toEqual({ start: 4, end: 4, text: '' });
    expect(holds(m.codes, 1, '乙丙')).toBe(true);
    expect(holds(m.codes, 2, '乙丙')).toBe(false);
  });
});
