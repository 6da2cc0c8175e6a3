/** Text Fragment links: encoding, the browser's first-match rule, context where a sentence repeats, a sentence over two blocks. */
import { describe, expect, it } from 'vitest';
import { encodeTerm, firstMatch, formatDirective, textFragmentFor, withTextFragment } from '@/entrypoints/overlay.content/text-fragment';

describe('encodeTerm / formatDirective', () => {
  it('percent-encodes the directive syntax characters and everything else encodeURIComponent does', () => {
    expect(encodeTerm('a-b&c,d e')).toBe('a%2Db%26c%2Cd%20e');
    expect(encodeTerm('美国总理')).toBe('%E7%BE%8E%E5%9B%BD%E6%80%BB%E7%90%86');
    expect(encodeTerm('#:~:')).toBe('%23%3A~%3A');
    expect(decodeURIComponent(encodeTerm('——“MAGA”-,&'))).toBe('——“MAGA”-,&');
    expect(formatDirective({ prefix: 'p-q', start: 's', end: 'e', suffix: 'x' })).toBe('text=p%2Dq-,s,e,-x');
  });

  it('replaces an existing directive and keeps the page fragment', () => {
    expect(withTextFragment('https://a.cn/p.html', { start: 'x' })).toBe('https://a.cn/p.html#:~:text=x');
    expect(withTextFragment('https://a.cn/p.html#top', { start: 'x' })).toBe('https://a.cn/p.html#top:~:text=x');
    expect(withTextFragment('https://a.cn/p.html#top:~:text=old', { start: 'x' })).toBe('https://a.cn/p.html#top:~:text=x');
  });
});

describe('textFragmentFor', () => {
  const blocks = ['标题', '第一句。马斯克称,软银没钱。第三句。', '图片说明', '他说,软银没钱。结尾。'];

  it('links a unique sentence by its exact words', () => {
    const start = blocks[1]!.indexOf('第三句');
    expect(textFragmentFor(blocks, [{ block: 1, start, end: start + 4 }])).toEqual({ directive: { start: '第三句。' }, unique: true });
  });

  it('adds the clause before as a prefix where the words occur earlier on the page', () => {
    const start = blocks[3]!.indexOf('软银没钱');
    const result = textFragmentFor(blocks, [{ block: 3, start, end: start + 5 }])!;
    expect(result.directive).toEqual({ prefix: '他说,', start: '软银没钱。' });
    expect(firstMatch(blocks, result.directive)?.start).toEqual({ block: 3, index: start });
  });

  it('uses a suffix where nothing precedes the words in their block', () => {
    const dup = ['甲。乙。', '甲。丙。'];
    const result = textFragmentFor(dup, [{ block: 1, start: 0, end: 2 }])!;
    expect(result.directive).toEqual({ start: '甲。', suffix: '丙。' });
    expect(result.unique).toBe(true);
  });

  it('makes a sentence split over two blocks a start,end range', () => {
    const split = ['甚至让他长期', '“美国总理”,足见其地位。然而……'];
    const result = textFragmentFor(split, [
      { block: 0, start: 0, end: 6 },
      { block: 1, start: 0, end: 13 },
    ])!;
    expect(result.directive).toEqual({ start: '甚至让他长期', end: '“美国总理”,足见其地位。' });
    expect(firstMatch(split, result.directive)).toEqual({ start: { block: 0, index: 0 }, end: { block: 1, index: 13 } });
  });

  it('trims whitespace at the edges and rejects invalid pieces', () => {
    expect(textFragmentFor([' a b '], [{ block: 0, start: 0, end: 5 }])?.directive).toEqual({ start: 'a b' });
    expect(textFragmentFor(['ab'], [])).toBeNull();
    expect(textFragmentFor(['ab'], [{ block: 1, start: 0, end: 1 }])).toBeNull();
    expect(textFragmentFor(['ab'], [{ block: 0, start: 1, end: 1 }])).toBeNull();
  });

  it('says when no context makes the link unique', () => {
    const same = ['同一句。', '同一句。'];
    expect(textFragmentFor(same, [{ block: 1, start: 0, end: 4 }])?.unique).toBe(false);
  });
});
