/**
 * The judge on sentences small enough to work out by hand (judge.ts): one sentence with its facts,
 * one page, the alignment between them as the comparison makes it, and what is reported — the
 * kind, the article's words and the page's words — or, for the stretch a fact is read from, the
 * page's words standing where the fact is and the smallest part of them that differs.
 */
import { describe, expect, it } from 'vitest';
import { align } from '@/entrypoints/background/changed-facts/align';
import { judgeSentence, stretchOf, viewPage } from '@/entrypoints/background/changed-facts/judge';
import { timesSaid, type Fact, type FactReading, type PreparedSentence } from '@/entrypoints/background/changed-facts/prepare';
import { codesToString, mapText, normaliseForCompare, normIndex, rawSpan } from '@/entrypoints/background/changed-facts/text';
import { readAmounts, readRelativeTimes } from '@/entrypoints/background/changed-facts/values';
import { fold } from './fixture';

const n = (s: string) => normaliseForCompare(s, fold);
const figure = (words: string): FactReading => ({ kind: 'figure', key: readAmounts(n(words))[0]!.key });
const time = (words: string): FactReading => ({ kind: 'time', key: readRelativeTimes(n(words))[0]!.key });
const date = (resolved: string): FactReading => ({ kind: 'date', resolved });
const actor = (...names: string[]): FactReading => ({ kind: 'actor', names: names.map(n) });
/** Where the sentence starts in its (imagined) article: offsets into the article are not offsets into the sentence. */
const AT = 1000;

/** A sentence as prepare.ts makes it, with its facts given by their words (the first occurrence of each). */
function sentence(text: string, facts: [words: string, reading: FactReading][]): PreparedSentence {
  const m = mapText(text, fold);
  const norm = codesToString(m.codes);
  const made: Fact[] = facts.map(([words, reading]) => {
    const start = text.indexOf(words);
    if (start < 0) throw new Error(`not in the sentence: ${words}`);
    const end = start + words.length;
    return {
      reading,
      id: words,
      what: { zh: words, en: words },
      from: normIndex(m, start),
      to: normIndex(m, end),
      start: AT + start,
      end: AT + end,
      original: words,
      times: timesSaid(reading, norm),
    };
  });
  return { id: 's1', start: AT, end: AT + text.length, text, norm, codes: m.codes, facts: made, anchors: [], prose: norm.length };
}

/** The sentence aligned with the whole page, as the comparison aligns a placed sentence. */
function placed(s: PreparedSentence, pageText: string) {
  const view = viewPage(pageText, fold);
  const al = align(s.norm, view.mapped.codes, 0, view.mapped.codes.length);
  if (!al) throw new Error('no alignment');
  return { view, al };
}

/** What the judge reports: kind, the article's words, the page's words. */
function judged(s: PreparedSentence, pageText: string, names: string[] = []) {
  const { view, al } = placed(s, pageText);
  return judgeSentence(s, al, view, names.map(n)).map((f) => [f.kind, f.original, rawSpan(view.mapped, pageText, f.from, f.to).text]);
}

/** The page's words where fact `i` stands (normalised), and the smallest part that differs; null for no stretch. */
function stretch(s: PreparedSentence, pageText: string, i = 0) {
  const { view, al } = placed(s, pageText);
  const st = stretchOf(s, al, s.facts[i]!, view);
  return st && [view.norm.slice(st.left, st.right), view.norm.slice(st.wordsFrom, st.wordsTo)];
}

// Sentences are made inside the tests, not at import: mutation testing switches a change on only once the tests start
// (work done at import would hide text.ts and values.ts from it, see docs/contributing.md).
/** The page before the sentence: a sentence end, so the page shows where its copy starts. */
const BEFORE = '此前的事。';
const NAMES = ['马斯克', '孙正义', '软银'];
const invest = () =>
  sentence('软银表示将向星际之门投资5000亿美元用于建设数据中心。', [
    ['5000亿美元', figure('5000亿美元')],
    ['软银', actor('软银', 'SoftBank')],
  ]);
/** The sentence with `words` written as `by`, after a sentence before it. */
const edit = (s: PreparedSentence, words: string, by: string) => BEFORE + s.text.replace(words, by);

describe('a figure', () => {
  const judge = (by: string) => judged(invest(), edit(invest(), '5000亿美元', by), NAMES);
  it('another amount, words that are no amount, or another unit: the page words that differ', () => {
    expect(judge('500亿美元')).toEqual([['figure', '5000亿美元', '500亿美元']]);
    expect(judge('大笔资金')).toEqual([['figure', '5000亿美元', '大笔资金']]);
    expect(judge('5000亿元')).toEqual([['figure', '5000亿美元', '5000亿元']]);
    // Words added before the new amount are not shown: the amount is what differs.
    expect(judge('高达500亿美元')).toEqual([['figure', '5000亿美元', '500亿美元']]);
  });

  it('the same amount written another way, or the same page: nothing', () => {
    expect(judge('五千亿美元')).toEqual([]);
    expect(judge('0.5万亿美元')).toEqual([]);
    expect(judge('5000亿美元')).toEqual([]);
  });

  it('dropped: reported with no page words, unless the clause around it went too (a cut, not a change)', () => {
    const drop = (words: string) => judged(invest(), edit(invest(), words, ''));
    expect(drop('5000亿美元')).toEqual([['figure', '5000亿美元', '']]);
    // The fact's 7 characters and up to 4 more around it: still a fact dropped; 5 more: a clause cut off.
    expect(drop('5000亿美元用于建设')).toEqual([['figure', '5000亿美元', '']]);
    expect(drop('5000亿美元用于建设数')).toEqual([]);
    expect(drop('投资5000亿美元用于')).toEqual([['figure', '5000亿美元', '']]);
    expect(drop('门投资5000亿美元用于')).toEqual([]);
    expect(drop('资5000亿美元用于建')).toEqual([['figure', '5000亿美元', '']]);
  });

  it('cut in two where far more went with it (a passage cut out, a copy spliced): nothing; a few characters with it: the rest', () => {
    expect(judged(invest(), edit(invest(), '将向星际之门投资5', ''))).toEqual([]);
    expect(judged(invest(), edit(invest(), '5000亿美元用于建设数据中心', '5000亿'))).toEqual([]);
    expect(judged(invest(), edit(invest(), '投资5', '投资'))).toEqual([['figure', '5000亿美元', '000亿美元']]);
    // Whole up to the sentence's end in a shortened copy: read, and changed.
    expect(judged(invest(), BEFORE + '软银表示将向星际之门投资500亿美元。')).toEqual([['figure', '5000亿美元', '500亿美元']]);
  });

  it('moved within its sentence: nothing; said elsewhere on the page, or fewer times than the article says it: reported', () => {
    expect(judged(invest(), BEFORE + '软银表示5000亿美元将向星际之门投资用于建设数据中心。')).toEqual([]);
    expect(judged(invest(), '此前投了5000亿美元。软银表示将向星际之门投资用于建设数据中心。')).toEqual([['figure', '5000亿美元', '']]);
    const twice = sentence('软银投资5000亿美元,OpenAI也投资5000亿美元用于建设数据中心。', [['5000亿美元', figure('5000亿美元')]]);
    expect(twice.facts[0]!.times).toBe(2);
    expect(judged(twice, BEFORE + '软银投资,OpenAI也投资5000亿美元用于建设数据中心。')).toEqual([['figure', '5000亿美元', '']]);
    // Words put in its place are a change even where the sentence says the amount elsewhere: only a place left empty is a move.
    expect(judged(invest(), BEFORE + '软银表示将以5000亿美元向星际之门投资大笔资金用于建设数据中心。')).toEqual([
      ['figure', '5000亿美元', '大笔资金'],
    ]);
  });

  it('an amount just before its place, within the characters read around it, is not read as the fact', () => {
    const second = sentence('首付5元再付5000亿美元用于建设数据中心。', [['5000亿美元', figure('5000亿美元')]]);
    expect(judged(second, BEFORE + '首付5元再付大笔资金用于建设数据中心。')).toEqual([['figure', '5000亿美元', '大笔资金']]);
    expect(judged(second, BEFORE + '首付5元再付5000亿美元用于建设数据中心。')).toEqual([]);
  });
});

describe('a hedge on a figure', () => {
  const low = () => sentence('这一数字远低于1000亿美元的预期。', [['1000亿美元', figure('1000亿美元')]]);
  const judge = (by: string) => judged(low(), edit(low(), '远低于1000亿美元', by));
  it('another hedge beside the amount: the hedges alone', () => {
    expect(judge('高于1000亿美元')).toEqual([['qualifier', '远低于', '高于']]);
    expect(judge('约1000亿美元')).toEqual([['qualifier', '远低于', '约']]);
    expect(judge('1000亿美元左右')).toEqual([['qualifier', '远低于', '左右']]);
  });

  it('a hedge dropped or added: the amount with its hedge', () => {
    expect(judge('1000亿美元')).toEqual([['qualifier', '远低于1000亿美元', '1000亿美元']]);
    const more = sentence('这一数字是5000多亿美元。', [['5000多亿美元', figure('5000多亿美元')]]);
    // 多 sits inside the amount: the amount is shown with it, not the hedges alone.
    expect(judged(more, BEFORE + '这一数字是约5000亿美元。')).toEqual([['qualifier', '5000多亿美元', '约5000亿美元']]);
    expect(judged(invest(), edit(invest(), '5000亿美元', '约5000亿美元'))).toEqual([['qualifier', '5000亿美元', '约5000亿美元']]);
  });

  const each = () => sentence('OpenAI和软银将各向星际之门注资190亿美元。', [['190亿美元', figure('190亿美元')]]);
  it('各 earlier in the clause: dropped is reported, 均 is the same, a copy that starts after it cannot say', () => {
    expect(judged(each(), BEFORE + 'OpenAI和软银将向星际之门注资190亿美元。')).toEqual([['qualifier', '各…190亿美元', '190亿美元']]);
    expect(judged(each(), BEFORE + 'OpenAI和软银将均向星际之门注资190亿美元。')).toEqual([]);
    expect(judged(each(), BEFORE + '和软银将向星际之门注资190亿美元。')).toEqual([['qualifier', '各…190亿美元', '190亿美元']]);
    expect(judged(each(), '向星际之门注资190亿美元。')).toEqual([]);
    expect(judged(each(), '星际之门注资190亿美元。')).toEqual([]);
    // The copy starts with a character before 各 (将, or 另 written for 各 itself): it could say, and does not.
    expect(judged(each(), '将向星际之门注资190亿美元。')).toEqual([['qualifier', '各…190亿美元', '190亿美元']]);
    expect(judged(each(), '另向星际之门注资190亿美元。')).toEqual([['qualifier', '各…190亿美元', '190亿美元']]);
    // Another hedge put on the amount is a change wherever the copy starts.
    expect(judged(each(), '星际之门注资约190亿美元。')).toEqual([['qualifier', '各…190亿美元', '约190亿美元']]);
    expect(judged(each(), BEFORE + 'OpenAI和软银将各 向星际之门注资190亿美元。')).toEqual([]);
    expect(judged(each(), BEFORE + 'OpenAI和软银将各向星际之门注资约190亿美元。')).toEqual([['qualifier', '各…190亿美元', '约190亿美元']]);
  });
});

describe('a name', () => {
  const judge = (by: string) => judged(invest(), edit(invest(), '软银', by), NAMES);
  it("another actor's name put there: that name, wherever it stands in the differing words", () => {
    expect(judge('孙正义')).toEqual([['actor', '软银', '孙正义']]);
    expect(judge('马斯克本人')).toEqual([['actor', '软银', '马斯克']]);
    expect(judge('董事长马斯克')).toEqual([['actor', '软银', '马斯克']]);
  });

  it('words that name no actor: those words; dropped: none; a fuller form or moved within the sentence: nothing', () => {
    expect(judge('该公司')).toEqual([['actor', '软银', '该公司']]);
    expect(judge('')).toEqual([['actor', '软银', '']]);
    expect(judge('日本软银')).toEqual([]);
    expect(judged(invest(), BEFORE + '表示软银将向星际之门投资5000亿美元用于建设数据中心。')).toEqual([]);
  });

  it('an edge the page shows: a line break or sentence end (one name broken over two lines is still there)', () => {
    const reported = sentence('据悉软银表示将向星际之门投资', [['软银', actor('软银')]]);
    expect(judged(reported, BEFORE + '据悉孙正义表示将向星际之门投资', ['孙正义'])).toEqual([['actor', '软银', '孙正义']]);
    expect(judged(reported, BEFORE + '据悉软\n银表示将向星际之门投资')).toEqual([]);
  });
});

describe('a written date', () => {
  const said = () => sentence('特朗普于2025年1月21日在白宫宣布了这个项目。', [['2025年1月21日', date('2025-01-21')]]);
  const judge = (by: string) => judged(said(), edit(said(), '2025年1月21日', by));
  it('another day: the date put there, even after other words', () => {
    expect(judge('2025年1月23日')).toEqual([['date', '2025年1月21日', '2025年1月23日']]);
    expect(judge('周二即2025年1月23日')).toEqual([['date', '2025年1月21日', '2025年1月23日']]);
    expect(judge('上周二')).toEqual([['date', '2025年1月21日', '上周二']]);
    expect(judge('')).toEqual([['date', '2025年1月21日', '']]);
  });

  it('the parts a page states agree: nothing; moved within the sentence: nothing; outside it: reported', () => {
    expect(judge('1月21日')).toEqual([]);
    expect(judge('21日')).toEqual([]);
    expect(judged(said(), BEFORE + '特朗普于在白宫1月21日宣布了这个项目。')).toEqual([]);
    expect(judged(said(), BEFORE + '1月21日,特朗普于在白宫宣布了这个项目。')).toEqual([['date', '2025年1月21日', '']]);
  });
});

describe('a relative time', () => {
  // 昨天 and 明天 stand just outside the time's place, within the characters read around it.
  const later = () => sentence('昨天他在三天后又说明天会发文批评这个项目', [['三天后', time('三天后')]]);
  const judge = (by: string) => judged(later(), edit(later(), '三天后', by));
  it('another interval or offset: reported (as a date change); unreadable or none: nothing', () => {
    expect(judge('五天后')).toEqual([['date', '三天后', '五天后']]);
    expect(judge('后天')).toEqual([['date', '三天后', '后天']]);
    expect(judge('3天之后')).toEqual([]);
    expect(judge('随即')).toEqual([]);
    expect(judge('')).toEqual([]);
  });

  it('only times in its place count: one beside it is not the fact, and the fact beside another is still there', () => {
    const beside = sentence('他说昨天三天后明天会发文批评这个项目', [['三天后', time('三天后')]]);
    expect(judged(beside, edit(beside, '三天后', '随即'))).toEqual([]);
    expect(judged(beside, edit(beside, '三天后', '三天后即五天后'))).toEqual([]);
    expect(judged(beside, edit(beside, '三天后', '五天后'))).toEqual([['date', '三天后', '五天后']]);
  });

  it('read with the words around it: 上任一年后 is the same where only 一年后 is the fact', () => {
    const office = sentence('马斯克说特朗普上任一年后会花掉5000亿美元左右的资金和大量电力', [
      ['5000亿美元', figure('5000亿美元')],
      ['一年后', time('上任一年后')],
    ]);
    const page = (words: string) => judged(office, edit(office, '上任一年后会花掉5000亿美元', words));
    expect(page('上任一年后会花掉5000亿美元')).toEqual([]);
    expect(page('上任两年后会花掉')).toEqual([
      ['figure', '5000亿美元', ''],
      ['date', '一年后', '上任两年后'],
    ]);
    expect(page('上任一年后会花掉5001亿美元')).toEqual([['figure', '5000亿美元', '5001亿美元']]);
  });
});

describe('stretchOf: the page words where a fact stands, and the part that differs', () => {
  const at = (by: string, i = 0) => stretch(invest(), BEFORE + invest().text.replace(/星际之门.*?用于/u, by), i);
  it('bounded by characters both texts share three in a row; a shorter shared run amid changes is read with the fact', () => {
    expect(at('星际之门投资6000亿美元用于')).toEqual(['6000亿美元', '6000亿美元']);
    expect(at('星际之门X投资6000亿美元用于')).toEqual(['x投资6000亿美元', 'x投资6000亿美元']);
    expect(at('星际之门投X资6000亿美元用于')).toEqual(['x资6000亿美元', 'x资6000亿美元']);
    expect(at('星际之门X投资Y6000亿美元用于')).toEqual(['x投资y6000亿美元', 'x投资y6000亿美元']);
    expect(at('星际之门投资6000亿美X元用于')).toEqual(['6000亿美x元', '6000亿美x元']);
    expect(at('星际之门投资6000亿美元X用于')).toEqual(['6000亿美元x', '6000亿美元x']);
    expect(at('星际之门投资6000亿美元用X于')).toEqual(['6000亿美元', '6000亿美元']);
    expect(at('星际之门投资6000亿美元用于X')).toEqual(['6000亿美元', '6000亿美元']);
    // A character written differently is no bound, even between shared ones.
    expect(at('星际之门投X6000亿美元用于')).toEqual(['x6000亿美元', 'x6000亿美元']);
    // The sentence's first three characters bound a fact right after them.
    const third = sentence('有消息软银表示将向星际之门投资', [['软银', actor('软银')]]);
    expect(stretch(third, BEFORE + '有消息孙正义表示将向星际之门投资')).toEqual(['孙正义', '孙正义']);
  });

  it("near the sentence's edges: the page's line break or sentence end bounds it; the words it shares there are trimmed", () => {
    const start = sentence('据悉软银表示将向星际之门投资', [['软银', actor('软银')]]);
    expect(stretch(start, BEFORE + '据悉孙正义表示将向星际之门投资')).toEqual(['据悉孙正义', '孙正义']);
    expect(stretch(start, BEFORE + '据说孙正义表示将向星际之门投资')).toEqual(['据说孙正义', '说孙正义']);
    expect(stretch(start, BEFORE + '据悉\n孙正义表示将向星际之门投资')).toEqual(['孙正义', '孙正义']);
    expect(stretch(start, BEFORE + '据悉软\n银表示将向星际之门投资')).toEqual(['软银', '软银']);
    expect(stretch(start, '\n据悉孙正义表示将向星际之门投资')).toEqual(['据悉孙正义', '孙正义']);
    // The page's edge is looked for as far back as the fact's place in the sentence and a little more.
    expect(stretch(start, BEFORE + '据悉有消息称孙正义表示将向星际之门投资')).toEqual(['据悉有消息称孙正义', '有消息称孙正义']);
    // Trimming stops at the fact: 软 is the fact's own character, kept with what replaced the rest.
    expect(judged(start, BEFORE + '据悉软件表示将向星际之门投资')).toEqual([['actor', '软银', '软件']]);
    const end = sentence('这家公司的老板是软银啊', [['软银', actor('软银')]]);
    expect(stretch(end, BEFORE + '这家公司的老板是孙正义啊。')).toEqual(['孙正义啊', '孙正义']);
    expect(stretch(end, BEFORE + '这家公司的老板是孙正义。')).toEqual(['孙正义', '孙正义']);
    expect(stretch(end, BEFORE + '这家公司的老板是孙正义\n啊。')).toEqual(['孙正义', '孙正义']);
    const end2 = sentence('这家公司的老板是软银啊呀', [['软银', actor('软银')]]);
    expect(stretch(end2, BEFORE + '这家公司的老板是孙正义啊呀。')).toEqual(['孙正义啊呀', '孙正义']);
    // A fact at the sentence's end, broken over two lines on the page: read up to the sentence end after it.
    const last = sentence('软银表示将向星际之门投资5000亿美元', [['5000亿美元', figure('5000亿美元')]]);
    expect(stretch(last, BEFORE + '软银表示将向星际之门投资5000亿\n美元。')).toEqual(['5000亿美元', '5000亿美元']);
    expect(judged(last, BEFORE + '软银表示将向星际之门投资5000亿\n美元。')).toEqual([]);
  });

  it('no edge on the page (its text starts or ends there), or the clause around the fact missing: none', () => {
    expect(stretch(invest(), invest().text, 1)).toBeNull();
    expect(stretch(invest(), invest().text.replace('软银', '孙正义'), 1)).toBeNull();
    expect(stretch(invest(), BEFORE + '软银表示将向星际之门投资5000亿美元')).toBeNull();
    expect(stretch(invest(), BEFORE + '软银表示将向星际之门投资5000亿美元\n用于建设数据中心')).toEqual(['5000亿美元', '5000亿美元']);
    expect(stretch(invest(), BEFORE + '软银表示数据中心。')).toBeNull();
    // Two of the fact's characters left where the clause went (the 00 of a cut-off 5000) are chance, not the clause.
    expect(stretch(invest(), BEFORE + '软银表示将向星际之00建设数据中心。')).toBeNull();
    const end = sentence('这家公司的老板是软银啊', [['软银', actor('软银')]]);
    expect(stretch(end, BEFORE + '这家公司的老板是孙正义啊')).toBeNull();
  });
});
