/**
 * The changed-facts check on fixed cases: the readings it compares by, the bundled copy against
 * itself and its faithful variants, each kind of real change with its smallest words, the issue's
 * false alarms, and hostile input. Each case that expects "no change" also asserts what was
 * compared (found = total > 0, or the found share of a partial copy), so a comparison that fails
 * or throws cannot pass as "no change".
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { compareCopy } from '@/entrypoints/background/changed-facts/compare';
import { prepareArticle } from '@/entrypoints/background/changed-facts/prepare';
import { readAmounts, readRelativeTimes, readWrittenDates } from '@/entrypoints/background/changed-facts/values';
import { normaliseForCompare } from '@/entrypoints/background/changed-facts/text';
import { article, compare, fold, names, replaceOnce, whole } from './fixture';
import { propertyRuns } from '../../../property-runs';

const T = article.text;
// Prepared inside the tests, not at import: mutation testing switches a change on only once the tests start.
const prepared = () => prepareArticle(article, fold, names);
const factsOf = () => prepared().sentences.flatMap((s) => s.facts);
const briefly = (page: string) => compare(page).changes.map((c) => [c.kind, c.original, c.page]);
const n = (s: string) => normaliseForCompare(s, fold);
const amount = (s: string) => readAmounts(n(s)).map((a) => a.key);
const time = (s: string) => readRelativeTimes(n(s)).map((r) => r.key);

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

describe('readings: the same fact written another way reads the same', () => {
  it.each([
    ['5000亿美元', '五千亿美元'],
    ['5000亿美元', '0.5万亿美元'],
    ['5000亿美元', '5000億美元'],
    ['40%', '百分之四十'],
    ['40%', '四成'],
    ['10年', '十年'],
    ['2万亿', '两万亿'],
    ['2.7亿美元', '两亿七千万美元'],
  ])('%s = %s', (a, b) => expect(amount(b)).toEqual(amount(a)));
  it.each([
    ['5000亿美元', '500亿美元'],
    ['5000亿美元', '5000亿日元'],
    ['2.7亿美元', '27亿美元'],
    ['40%', '40'],
  ])('%s ≠ %s', (a, b) => expect(amount(b)).not.toEqual(amount(a)));
  it('hedges: written before, inside or after the amount', () => {
    const hedge = (s: string) => readAmounts(n(s))[0]?.qualifier;
    expect(hedge('远低于100亿美元')).toBe('well below');
    expect(hedge('高于100亿美元')).toBe('over');
    expect(hedge('約5000億美元')).toBe('about');
    expect(hedge('100多亿美元')).toBe('more than');
    expect(hedge('100亿美元以上')).toBe('over');
    expect(hedge('5000亿美元')).toBeNull();
  });
  it('written dates: the parts they state', () => {
    expect(readWrittenDates(n('特朗普二十一日表示'))).toMatchObject([{ d: 21 }]);
    expect(readWrittenDates(n('2025年1月21日'))).toMatchObject([{ y: 2025, m: 1, d: 21 }]);
    expect(readWrittenDates(n('二〇二五年一月二十一号'))).toMatchObject([{ y: 2025, m: 1, d: 21 }]);
    expect(readWrittenDates(n('16年后'))).toEqual([]);
  });
  it('relative times: the interval or offset they state', () => {
    expect(time('上个月')).toEqual(time('上月'));
    expect(time('仅几小时')).toEqual(time('短短几个小时'));
    expect(time('16年后')).toEqual(time('十六年之后'));
    expect(time('一上任')).toEqual(time('刚上任'));
    expect(time('过去10年')).toEqual(time('近十年'));
    expect(time('仅几小时')).not.toEqual(time('两天后'));
    expect(time('16年后')).not.toEqual(time('16年前'));
    expect(time('一上任')).not.toEqual(time('上任一年后'));
    expect(time('上个月')).not.toEqual(time('两个月前'));
    expect(time('不久之后')).toEqual([]);
  });
  it('reading the article itself gives the parsed copy: every figure, hedge and date', () => {
    for (const f of article.figures) {
      const fact = factsOf().find((x) => x.id === f.id && x.reading.kind === 'figure');
      if (!fact) continue; // inside a relative time (16年后, 过去10年): compared as that
      const [read] = readAmounts(n(f.text));
      expect(read?.key, f.id).toBe(`${f.value} ${f.unit ?? ''}`);
    }
    expect(factsOf().filter((f) => f.reading.kind === 'figure')).toHaveLength(article.figures.length - 2);
    for (const f of factsOf()) expect(f.times, `${f.id} ${f.original}`).toBeGreaterThan(0);
  });
});

describe('the bundled copy against itself and its faithful variants', () => {
  it('finds every body sentence of the article, and no change', () => {
    const r = whole(T);
    expect(r.changes).toEqual([]);
    expect(r.missing).toEqual([]);
  });

  it.each(['tw', 'hk', 't'] as const)('Traditional (opencc cn→%s) changes nothing', (to) => {
    const page = OpenCC.Converter({ from: 'cn', to })(T);
    expect(page).not.toBe(T);
    const r = whole(page);
    expect(r.changes).toEqual([]);
    expect(r.missing).toEqual([]);
  });

  it('equal-value number formats and reworded phrases change nothing', () => {
    const page = replaceOnce('投资5000亿美元', '投资五千亿美元')
      .replace('2000亿美元', '2,000亿美元')
      .replace('190亿美元', '１９０亿美元')
      .replace('40%', '百分之四十')
      .replace('21日', '二十一日')
      .replace('三家企业将投资', '三家公司计划投资')
      .replace('公开质疑', '公开怀疑');
    expect(whole(page).changes).toEqual([]);
  });

  it('the issue: words added or swapped beside facts, fuller names, idioms, case and spacing', () => {
    const page = [
      ['特朗普21日表示', '特朗普其实21日表示'],
      ['注资190亿美元', '投入190亿美元'],
      ['捐出2.7亿美元', '拿出2.7亿美元'],
      ['哈伯曼称', '哈伯曼表示'],
      ['软银在特朗普当选之后', '软银当时在特朗普当选之后'],
      ['一点面子都不给特朗普', '丝毫不给特朗普留面子'],
      ['特朗普在大选中胜出', '唐纳德·特朗普在大选中胜出'],
      ['软银首席执行官孙正义在', '软银CEO孙正义在'],
      ['该项目是OpenAI牵头', '该项目是Open AI牵头'],
      ['特朗普也不磨叽', '川普也不磨叽'],
      ['21日表示', '2025年1月21日表示'],
      ['上个月庆祝', '上月庆祝'],
      ['仅几小时', '短短几个小时'],
      ['16年后', '十六年后'],
      ['一上任', '刚一上任'],
    ].reduce((text, [from, to]) => text.replace(from!, to!), T);
    expect(briefly(page)).toEqual([]);
    whole(page);
  });

  it('a partial copy reports its missing passages, not changes', () => {
    const r = compare(T.slice(0, 1200));
    expect(r.changes).toEqual([]);
    expect(r.missing.length).toBeGreaterThan(0);
    expect(r.found).toBeGreaterThan(10);
    expect(r.found).toBeLessThan(r.total);
    expect(r.missing[0]!.excerpt.length).toBeGreaterThan(0);
  });

  it('paragraphs in another order change nothing', () => {
    const r = whole(T.split('\n').reverse().join('\n'));
    expect(r.changes).toEqual([]);
  });
});

describe('changed facts, in the smallest differing words', () => {
  it('a figure: 5000亿美元 → 500亿美元, with what it measures and the page sentence', () => {
    const r = whole(replaceOnce('投资5000亿美元', '投资500亿美元'));
    expect(r.changes).toMatchObject([
      { kind: 'figure', id: 'f0', original: '5000亿美元', page: '500亿美元', count: 1, sentence: { id: 's3' } },
    ]);
    expect(r.changes[0]!.what).toEqual(article.figures.find((f) => f.id === 'f0')!.measures);
    expect(r.changes[0]!.pageSentence).toContain('500亿美元');
  });
  it.each([
    ['another currency', '投资5000亿美元', '投资5000亿日元', ['figure', '5000亿美元', '5000亿日元']],
    ['a dropped decimal point', '2.7亿美元', '27亿美元', ['figure', '2.7亿美元', '27亿美元']],
    ['a name', '执行官孙正义', '执行官马云', ['actor', '孙正义', '马云']],
    ['a name replaced beside an added word', '软银在特朗普当选', '软银在拜登当选', ['actor', '特朗普', '拜登']],
    ['a name at a sentence start', '特朗普在大选中胜出', '拜登在大选中胜出', ['actor', '特朗普', '拜登']],
    ['a date', '特朗普21日', '特朗普24日', ['date', '21日', '24日']],
    ['a date given another month', '特朗普21日', '特朗普2月21日', ['date', '21日', '2月21日']],
    ['a reversed hedge', '远低于100亿美元', '高于100亿美元', ['qualifier', '远低于', '高于']],
    ['a hedge put on an exact amount', '投资5000亿美元', '投资约5000亿美元', ['qualifier', '5000亿美元', '约5000亿美元']],
    ['a hedge 各 dropped', '将各向', '将向', ['qualifier', '各…190亿美元', '190亿美元']],
    ['a relative time', '仅几小时', '两天后', ['date', '仅几小时', '两天后']],
    ['a relative month', '上个月', '两个月前', ['date', '上个月', '两个月前']],
    ['last month made last week', '上个月', '上周', ['date', '上个月', '上周']],
    ['a years-later', '16年后', '16年前', ['date', '16年后', '16年前']],
    ['taking office', '一上任', '上任一年后', ['date', '一上任', '上任一年后']],
  ])('%s', (_, from, to, expected) => expect(briefly(replaceOnce(from, to))).toEqual([expected]));

  // Each fact judged where it stands (judge.ts): dropped, replaced amid added words, moved within its sentence, cut off with its clause.
  it.each([
    ['a name dropped', '执行官孙正义在', '执行官在', ['actor', '孙正义', '']],
    ['a figure dropped', '三家企业将投资5000亿美元', '三家企业将投资', ['figure', '5000亿美元', '']],
    ['a date dropped', '特朗普21日表示', '特朗普表示', ['date', '21日', '']],
    ['a date replaced by words that are no date', '特朗普21日表示', '特朗普不久表示', ['date', '21日', '不久']],
    [
      'a figure changed amid added words: only the amount',
      '投资5000亿美元,',
      '投资了整整500亿美元,',
      ['figure', '5000亿美元', '500亿美元'],
    ],
    ['a figure changed beside added words', '需要2000亿美元投资', '需要3000亿美元的投资', ['figure', '2000亿美元', '3000亿美元']],
    ['an unknown name with a title added: all of what differs', '执行官孙正义在', '执行官马云先生在', ['actor', '孙正义', '马云先生']],
    ['the amount under a hedge', '资金远低于100亿美元', '资金远低于200亿美元', ['figure', '100亿美元', '200亿美元']],
    ['a relative time, its unit', '宣布该项目后仅几小时', '宣布该项目后仅几天', ['date', '仅几小时', '仅几天']],
    ['a hedge put on an amount said for each', '注资190亿美元', '注资约190亿美元', ['qualifier', '各…190亿美元', '约190亿美元']],
    ['以上 after an amount said for each', '注资190亿美元', '注资190亿美元以上', ['qualifier', '各…190亿美元', '190亿美元以上']],
    ['another hedge beside an amount', '资金远低于100亿美元', '资金不到100亿美元', ['qualifier', '远低于', '不到']],
    ['多 inside an exact amount', '投资5000亿美元', '投资5000多亿美元', ['qualifier', '5000亿美元', '5000多亿美元']],
    ['超过 before an exact amount', '投资5000亿美元', '投资超过5000亿美元', ['qualifier', '5000亿美元', '超过5000亿美元']],
    ['a day in another clause', '奥特曼于22日在公司内部表示', '奥特曼于23日在公司内部表示', ['date', '22日', '23日']],
  ])('%s', (_, from, to, expected) => expect(briefly(replaceOnce(from, to))).toEqual([expected]));

  it.each([
    ['a figure moved to the front of its sentence', '三家企业将投资5000亿美元', '5000亿美元三家企业将投资'],
    ['a date moved before the name', '特朗普21日表示', '21日特朗普表示'],
    ['a relative time put in words we do not read as one', '宣布该项目后仅几小时', '宣布该项目后随即'],
    ['a word added after an amount', '需要2000亿美元投资', '需要2000亿美元的投资'],
    ['各 written 均', '将各向', '将均向'],
    ['a date moved to the end of its clause', '奥特曼于22日在公司内部表示', '奥特曼于在公司内部表示22日'],
  ])('%s is no change', (_, from, to) => expect(whole(replaceOnce(from, to)).changes).toEqual([]));

  it('a clause cut off with its figure is a missing passage, not a change', () => {
    const r = compare(replaceOnce('马斯克称,他得到可靠消息,软银能拿出的资金远低于100亿美元', '马斯克称软银没钱'));
    expect(r.changes).toEqual([]);
    expect(r.found).toBe(r.total - 1);
    expect(r.missing).toHaveLength(1);
  });

  it('a passage cut out mid-sentence, a fact cut in two with it, is no change; a sentence shortened after its changed figure is one', () => {
    // [a, b): the characters cut out (特 | 朗普胜选时, 任 | 斯克形影不离, 190亿美 | 特朗普在大选, 在特 | 者之间).
    for (const [a, b] of [
      [270, 290],
      [600, 1400],
      [800, 1305],
      [1489, 1509],
    ] as const) {
      const r = compare(T.slice(0, a) + T.slice(b));
      expect(r.changes).toEqual([]);
      expect(r.found).toBeGreaterThan(30);
    }
    const shortened = whole(replaceOnce('投资5000亿美元,用于在美国建设支持人工智能发展的基础设施', '投资500亿美元'));
    expect(shortened.changes.map((c) => [c.kind, c.original, c.page])).toEqual([['figure', '5000亿美元', '500亿美元']]);
  });

  it('the article cut off at any character, from either end, reports no change', () => {
    const stride = Math.max(1, Math.floor(T.length / propertyRuns(T.length)));
    let compared = 0;
    for (let at = 1; at < T.length; at += stride) {
      expect(compare(T.slice(0, at)).changes, `cut at ${at}`).toEqual([]);
      expect(compare(T.slice(at)).changes, `cut before ${at}`).toEqual([]);
      compared++;
    }
    expect(compared).toBeGreaterThan(Math.min(T.length, 10) - 2);
  });

  it('an alias of the same actor is no change', () => expect(whole(replaceOnce('软银首席', '日本软银集团首席')).changes).toEqual([]));
  // fast-check found it (seed -2098064504): 21日 written 二十一日 with a line break inside, right after a name.
  it('a date in Chinese numerals broken over two lines after a name is no change', () =>
    expect(whole(replaceOnce('特朗普21日', '特朗普二\r\n十一日')).changes).toEqual([]));
  it('a Traditional copy shows its own characters', () => {
    expect(briefly(toTraditional(replaceOnce('100亿美元', '10亿美元')))).toEqual([['figure', '100亿美元', '10億美元']]);
  });
  it('the same change in several places is one item with its count', () => {
    const r = whole(T.replaceAll('5000亿美元', '500亿美元'));
    expect(r.changes.map((c) => [c.kind, c.original, c.page, c.count])).toEqual([['figure', '5000亿美元', '500亿美元', 2]]);
  });
  it('a page holding the article twice, one copy altered, reports the altered copy', () => {
    const altered = replaceOnce('投资5000亿美元', '投资500亿美元');
    expect(briefly(`${T}\n${altered}`)).toEqual([['figure', '5000亿美元', '500亿美元']]);
    expect(briefly(`${altered}\n${T}`)).toEqual([['figure', '5000亿美元', '500亿美元']]);
    const twice = whole(`${T}\n${T}`);
    expect(twice.changes).toEqual([]);
  });
  it('a page changing more than 200 facts keeps 200 of them (the verdict stands all the same)', () => {
    const changed = T.replace(/\d/g, (d) => String((Number(d) + 1) % 10));
    const r = compare(Array(14).fill(changed).join('\n'));
    expect(r.changes.length).toBeGreaterThan(0);
    expect(r.changes.reduce((n, c) => n + c.count, 0)).toBe(200);
  });
  it('a copy with every digit changed reports every figure and written date of the body', () => {
    const r = whole(T.replace(/\d/g, (d) => String((Number(d) + 1) % 10)));
    const changed = new Set(r.changes.map((c) => c.original));
    for (const f of factsOf()) if (f.reading.kind !== 'actor' && /\d/.test(f.original)) expect(changed).toContain(f.original);
    expect(r.changes.every((c) => c.kind !== 'actor')).toBe(true);
  });
});

describe('hostile input: a clear empty result, never a crash or a false change', () => {
  it('non-strings and empty text give found = total = 0; the article among junk is still whole', () => {
    for (const p of [undefined, null, 42, ''])
      expect(compareCopy(p as string, article, fold, names)).toEqual({ changes: [], missing: [], found: 0, total: 0 });
    for (const junk of ['\ud800', '\udc00\ud800'.repeat(1000), '。'.repeat(10_000)]) {
      expect(compare(junk)).toMatchObject({ changes: [], found: 0 });
      expect(whole(`${junk}${T}${junk}`).changes).toEqual([]);
    }
  });
  it('random text around the article: nothing changed, everything found', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), fc.string({ unit: 'binary', maxLength: 500 }), (a, b) => {
        const r = compare(`${a}\n${T}\n${b}`);
        expect(r.changes).toEqual([]);
        expect(r.total).toBeGreaterThan(40);
        expect(r.found).toBe(r.total);
      }),
      { numRuns: propertyRuns(60) },
    );
  }, 60_000);
  it('an anchor repeated a hundred thousand times, and the article fifty times over', () => {
    const anchor = prepared().sentences[0]!.anchors[0]!.text;
    expect(compare(anchor.repeat(100_000)).changes).toEqual([]);
    expect(whole(T.repeat(50)).changes).toEqual([]);
  }, 60_000);
  it('random slices never crash and never report a change of a faithful text', () => {
    fc.assert(
      fc.property(fc.nat({ max: T.length }), fc.nat({ max: T.length }), (a, b) => {
        const r = compare(T.slice(Math.min(a, b), Math.max(a, b)));
        expect(r.changes).toEqual([]);
        expect(r.found).toBeLessThanOrEqual(r.total);
      }),
      { numRuns: propertyRuns(50) },
    );
    expect(whole(T.slice(0, T.length)).changes).toEqual([]);
  }, 60_000);
});
