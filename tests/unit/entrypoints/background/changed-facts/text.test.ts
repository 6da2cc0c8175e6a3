/**
 * The comparison's view of a text (text.ts): the fast path (`readCodes`, codes only) and the full
 * one (`mapText`, with positions and breaks) read every text alike, each kept character maps back
 * to the character it came from, and the two marks that change a figure's value stay.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { codesToString, holds, mapText, normaliseForCompare, rawSpan, readCodes } from '@/entrypoints/background/changed-facts/text';
import { fold, freshFold } from './fixture';

/** What each reading makes of a text, each with a table nobody used yet. */
const readings = (raw: string) => [
  codesToString(readCodes(raw, freshFold())),
  codesToString(mapText(raw, freshFold()).codes),
  codesToString(mapText(raw, freshFold(), true, false).codes),
  normaliseForCompare(raw, freshFold()),
];

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

  it('keeps a point between digits across up to three spaces of any kind, in every reading', () => {
    for (const space of [' ', '\u3000', '\u00a0', '\n', '\r', '\t']) {
      expect(readings(`2.${space}7亿`)).toEqual(Array(4).fill('2.7亿'));
      expect(readings(`2.${space.repeat(3)}7亿`)).toEqual(Array(4).fill('2.7亿'));
      expect(readings(`2.${space.repeat(4)}7亿`)).toEqual(Array(4).fill('27亿'));
    }
    const cases: [string, string][] = [
      ['0.9', '0.9'],
      ['9.0', '9.0'],
      ['２.７', '2.7'],
      ['2.０', '2.0'],
      ['2.９', '2.9'],
      ['2.,7', '27'],
      ['2.a', '2a'],
      ['.7', '7'],
      ['a.7', 'a7'],
      ['2.', '2'],
      ['40％', '40%'],
      ['40%', '40%'],
    ];
    for (const [raw, read] of cases) expect(readings(raw), raw).toEqual(Array(4).fill(read));
  });

  it('marks a line break or sentence end (\\n \\r 。 ! ? ！ ？) before the next kept character, nothing else', () => {
    for (const end of ['\n', '\r', '。', '!', '?', '！', '？'])
      expect([...mapText(`甲${end}乙`, freshFold()).breaks], end).toEqual([0, 1, 0]);
    for (const other of [',', '、', ' ', '“']) expect([...mapText(`甲${other}乙`, freshFold()).breaks], other).toEqual([0, 0, 0]);
    // Without positions, no breaks either.
    expect(mapText('甲。乙', freshFold(), false, false).breaks).toHaveLength(0);
    expect(mapText('甲。乙', freshFold(), false, false).pos).toHaveLength(0);
  });

  it('holds: the codes at an offset, never past either end', () => {
    const { codes } = mapText('甲乙丙', freshFold());
    expect(holds(codes, 0, '甲乙丙')).toBe(true);
    expect(holds(codes, 1, '乙丙')).toBe(true);
    expect(holds(codes, 2, '丙丁')).toBe(false);
    expect(holds(codes, -1, '甲')).toBe(false);
    expect(holds(codes, 3, '')).toBe(true);
  });

  it('rawSpan: an empty span sits where its characters would start, or at the end', () => {
    const raw = '甲,乙';
    const m = mapText(raw, freshFold());
    expect(rawSpan(m, raw, 0, 2)).toEqual({ start: 0, end: 3, text: raw });
    expect(rawSpan(m, raw, 1, 1)).toEqual({ start: 2, end: 2, text: '' });
    expect(rawSpan(m, raw, 2, 3)).toEqual({ start: 3, end: 3, text: '' });
    expect(rawSpan(m, raw, 5, 9)).toEqual({ start: 3, end: 3, text: '' });
    expect(rawSpan(m, raw, 1, 9)).toEqual({ start: 2, end: 3, text: '乙' });
  });
});
