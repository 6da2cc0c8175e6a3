/** Steps 1 and 2 of the parser on small made-up texts: blocks (what each line is) and sentences (with offsets). */
import { describe, expect, it } from 'vitest';
import { endsSentence, parseByline, splitBlocks } from '@/pipeline/blocks';
import { sentenceAt, splitSentences } from '@/pipeline/sentences';

const kinds = (text: string) => {
  const { blocks } = splitBlocks(text);
  return blocks.map((b) => [b.kind, text.slice(b.start, b.end), ...(b.continues ? ['continues'] : [])]);
};
const sentencesOf = (text: string) => splitSentences(text, splitBlocks(text).blocks);
const words = (text: string) => sentencesOf(text).map((s) => text.slice(s.start, s.end));

describe('parseByline', () => {
  it('reads the author and the Beijing time, with or without seconds, or without a time', () => {
    expect(parseByline('千金不及冰淇淋 2025-02-02 11:52:07', 10)).toEqual({
      author: '千金不及冰淇淋',
      published: '2025-02-02T11:52:07+08:00',
      dateStart: 18,
      dateEnd: 37,
    });
    expect(parseByline('作者 2025-02-02 11:52', 0)?.published).toBe('2025-02-02T11:52:00+08:00');
    expect(parseByline('作者 2025-02-02', 0)?.published).toBe('2025-02-02T00:00:00+08:00');
    expect(parseByline('两个  字 2025-02-02', 0)).toMatchObject({ author: '两个  字', dateStart: 6, dateEnd: 16 });
  });

  it('is no byline without an author, with text after the time, or with another date form', () => {
    expect(parseByline('2025-02-02 11:52:00', 0)).toBeNull();
    expect(parseByline('作者 2025-02-02 11:52:00 来源', 0)).toBeNull();
    expect(parseByline('作者 2025年2月2日', 0)).toBeNull();
    expect(parseByline('作者2025-02-02', 0)).toBeNull();
  });
});

describe('splitBlocks', () => {
  it('one block per non-blank line, trimmed, with offsets into the text (\\n, \\r\\n)', () => {
    const text = '  标题  \r\n\r\n作者 2025-02-02 11:52:00\n   \n\t正文。\n';
    const { blocks, title, byline } = splitBlocks(text);
    expect(blocks.map((b) => [b.kind, b.start, b.end])).toEqual([
      ['title', 2, 4],
      ['byline', 10, 32],
      ['paragraph', 38, 41],
    ]);
    expect(title).toBe('标题');
    expect(byline).toMatchObject({ author: '作者', published: '2025-02-02T11:52:00+08:00', dateStart: 13, dateEnd: 32 });
  });

  it('classifies captions, the read counter, the bio and the author’s name again', () => {
    expect(
      kinds(
        '标题\n作者 2025-02-02\n正文。\n马斯克(资料图)\n孙正义（资料图）\n资料图\n0 阅读:141\n12阅读：3.5万\n作者\n简介:环球大侦探\n简介：深挖\n作者说了话。',
      ),
    ).toEqual([
      ['title', '标题'],
      ['byline', '作者 2025-02-02'],
      ['paragraph', '正文。'],
      ['caption', '马斯克(资料图)'],
      ['caption', '孙正义（资料图）'],
      ['paragraph', '资料图'],
      ['noise', '0 阅读:141'],
      ['noise', '12阅读：3.5万'],
      ['noise', '作者'],
      ['noise', '简介:环球大侦探'],
      ['noise', '简介：深挖'],
      ['paragraph', '作者说了话。'],
    ]);
  });

  it('finds the byline among the first three lines only, once; the first line is the title unless it is the byline', () => {
    expect(kinds('作者 2025-02-02\n正文。')).toEqual([
      ['byline', '作者 2025-02-02'],
      ['paragraph', '正文。'],
    ]);
    expect(kinds('标题\n导语。\n作者 2025-02-02\n正文。')).toEqual([
      ['title', '标题'],
      ['paragraph', '导语。'],
      ['byline', '作者 2025-02-02'],
      ['paragraph', '正文。'],
    ]);
    expect(kinds('标题\n一。\n二。\n作者 2025-02-02')).toEqual([
      ['title', '标题'],
      ['paragraph', '一。'],
      ['paragraph', '二。'],
      ['paragraph', '作者 2025-02-02'],
    ]);
    expect(kinds('标题\n甲 2025-02-02\n乙 2025-02-03')).toEqual([
      ['title', '标题'],
      ['byline', '甲 2025-02-02'],
      ['paragraph', '乙 2025-02-03'],
    ]);
    // Without a byline, a line that is only a name is a paragraph, not the author's name again.
    expect(splitBlocks('标题\n作者\n简介:x').blocks.map((b) => b.kind)).toEqual(['title', 'paragraph', 'noise']);
    expect(splitBlocks('').blocks).toEqual([]);
  });

  it('marks a paragraph broken off mid-sentence when the next block is a paragraph', () => {
    expect(kinds('标题\n甚至让他长期\n“美国总理”。\n停在这里\n马斯克(资料图)\n最后一段没有句号')).toEqual([
      ['title', '标题'],
      ['paragraph', '甚至让他长期', 'continues'],
      ['paragraph', '“美国总理”。'],
      ['paragraph', '停在这里'],
      ['caption', '马斯克(资料图)'],
      ['paragraph', '最后一段没有句号'],
    ]);
  });

  it.each(['。', '!', '?', '！', '？', '…', '”', '’', '」', '』', ')', '）'])('a paragraph ending in %s ends a sentence', (end) => {
    expect(endsSentence(`他说${end}`)).toBe(true);
    expect(splitBlocks(`标题\n他说${end}\n下一段。`).blocks[1]!.continues).toBeUndefined();
  });

  it.each([',', '，', '、', '的', 'a', '“'])('a paragraph ending in %s does not', (end) => {
    expect(endsSentence(`他说${end}`)).toBe(false);
    expect(endsSentence(`${end}他说`)).toBe(false);
  });
});

describe('splitSentences', () => {
  it('cuts after 。!?！？ and runs of …, keeps closing quotes and brackets, trims spaces', () => {
    expect(words('标题\n 甲。乙!丙?丁！戊？己……庚…辛 。 \n他说:“好。”她说:‘行!’」』)）也说「是。」完')).toEqual([
      '标题',
      '甲。',
      '乙!',
      '丙?',
      '丁！',
      '戊？',
      '己……',
      '庚…',
      '辛 。',
      '他说:“好。”',
      '她说:‘行!’」』)）',
      '也说「是。」',
      '完',
    ]);
  });

  it('gives the byline and captions sentences, never page furniture', () => {
    const text = '标题\n作者 2025-02-02\n正文。\n马斯克(资料图)\n0 阅读:141\n作者\n简介:环球';
    expect(sentencesOf(text).map((s) => [text.slice(s.start, s.end), s.blocks])).toEqual([
      ['标题', [0]],
      ['作者 2025-02-02', [1]],
      ['正文。', [2]],
      ['马斯克(资料图)', [3]],
    ]);
  });

  it('joins the sentence a paragraph break cut in two, recording the break; ids in order', () => {
    const text = '标题\n第一句。甚至让他长期\n“美国总理”,足见其地位。第三句。';
    expect(sentencesOf(text)).toEqual([
      { id: 's0', start: 0, end: 2, blocks: [0] },
      { id: 's1', start: 3, end: 7, blocks: [1] },
      { id: 's2', start: 7, end: 27, blocks: [1, 2], join: { start: 13, end: 14 } },
      { id: 's3', start: 27, end: 31, blocks: [2] },
    ]);
  });

  it('carries a broken-off sentence to the end when nothing follows it', () => {
    const text = '标题\n断在这里';
    const blocks = splitBlocks(text).blocks.map((b, i) => (i === 1 ? { ...b, continues: true as const } : b));
    expect(splitSentences(text, blocks).map((s) => [s.id, text.slice(s.start, s.end)])).toEqual([
      ['s0', '标题'],
      ['s1', '断在这里'],
    ]);
  });

  it('sentenceAt: the sentence holding an offset (start inclusive, end exclusive), none in a gap or outside', () => {
    const text = '标题\n甲乙。丙丁。\n戊。';
    const sentences = sentencesOf(text);
    const at = (offset: number) => sentenceAt(sentences, offset)?.id;
    expect([-1, 0, 1, 2, 3, 5, 6, 8, 9, 10, 11, 12].map(at)).toEqual([
      undefined,
      's0',
      's0',
      undefined,
      's1',
      's1',
      's2',
      's2',
      undefined,
      's3',
      's3',
      undefined,
    ]);
    expect(sentenceAt([], 0)).toBeUndefined();
  });
});
