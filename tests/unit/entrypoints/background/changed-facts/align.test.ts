/**
 * The alignment of one sentence with a window of the page (align.ts), on texts small enough to
 * work out by hand: which page character each sentence character lines up with, which are the
 * same, where the match starts and ends, and how many edits lie inside it.
 */
import { describe, expect, it } from 'vitest';
import { align } from '@/entrypoints/background/changed-facts/align';

const page = (s: string) => Uint16Array.from(s, (c) => c.charCodeAt(0));
/** The alignment as plain arrays, to compare whole. */
function aligned(text: string, on: string, from = 0, to = on.length) {
  const a = align(text, page(on), from, to);
  return a && { ...a, page: [...a.page], same: [...a.same] };
}

describe('align', () => {
  it('finds the sentence inside the window; what stands around it is no edit', () => {
    expect(aligned('abc', 'xxabcxx')).toEqual({ page: [2, 3, 4], same: [1, 1, 1], start: 2, end: 5, matched: 3, edits: 0 });
  });

  it('a character written differently: aligned with it, not the same, one edit', () => {
    expect(aligned('abc', 'aXc')).toEqual({ page: [0, 1, 2], same: [1, 0, 1], start: 0, end: 3, matched: 2, edits: 1 });
  });

  it('a character the page adds inside the sentence: skipped, one edit', () => {
    expect(aligned('abc', 'abZc')).toEqual({ page: [0, 1, 3], same: [1, 1, 1], start: 0, end: 4, matched: 3, edits: 1 });
  });

  it('a character the page lacks: −1, one edit', () => {
    expect(aligned('abc', 'ac')).toEqual({ page: [0, -1, 1], same: [1, 0, 1], start: 0, end: 2, matched: 2, edits: 1 });
    expect(aligned('abc', 'ab')).toEqual({ page: [0, 1, -1], same: [1, 1, 0], start: 0, end: 2, matched: 2, edits: 1 });
  });

  it('reads only the window [from, to), and takes the leftmost of equal matches', () => {
    expect(aligned('ab', 'abab', 2, 4)).toEqual({ page: [2, 3], same: [1, 1], start: 2, end: 4, matched: 2, edits: 0 });
    expect(aligned('ab', 'abab', 1, 4)).toEqual({ page: [2, 3], same: [1, 1], start: 2, end: 4, matched: 2, edits: 0 });
    expect(aligned('a', 'aa')).toEqual({ page: [0], same: [1], start: 0, end: 1, matched: 1, edits: 0 });
  });

  it('a longer sentence after a shorter one reuses the table without reading the old one', () => {
    expect(aligned('abcdefgh', 'abcdXfgh')!.edits).toBe(1);
    expect(aligned('ab', 'ab')).toEqual({ page: [0, 1], same: [1, 1], start: 0, end: 2, matched: 2, edits: 0 });
    expect(aligned('abcdefghij', 'abcdefghij')!.matched).toBe(10);
  });

  it("a copy cut off inside a repeated word: the page's last characters stand for the sentence's earliest that fit", () => {
    expect(aligned('abxab', 'ab')).toEqual({ page: [0, 1, -1, -1, -1], same: [1, 1, 0, 0, 0], start: 0, end: 2, matched: 2, edits: 3 });
    // Cut at the start instead: the page's first characters stand for the latest.
    expect(aligned('abxab', 'xab')).toEqual({ page: [-1, -1, 0, 1, 2], same: [0, 0, 1, 1, 1], start: 0, end: 3, matched: 3, edits: 2 });
  });

  it('nothing to align: an empty sentence or window, or a window outside the page', () => {
    expect(aligned('', 'ab')).toBeNull();
    expect(aligned('ab', 'ab', 1, 1)).toBeNull();
    expect(aligned('ab', 'ab', 2, 1)).toBeNull();
    expect(aligned('ab', 'ab', -1, 2)).toBeNull();
    expect(aligned('ab', 'ab', 0, 3)).toBeNull();
    expect(aligned('ab', 'xab', 0, 3)).not.toBeNull();
  });
});
