/**
 * The comparison's steps one by one (compare.ts), each on inputs small enough to work out by hand
 * or on the bundled article with one thing changed: where a sentence is looked up verbatim, which
 * stretches of the page are hashed for anchors and which places they propose, whether a sentence
 * may stand between its neighbours, the cheap checks before aligning, and the missing passages.
 * compare.test.ts checks the whole comparison; a later step recovers much of what an earlier one
 * misses, so a step broken on its own shows only here.
 */
import { describe, expect, it } from 'vitest';
import {
  find,
  findVerbatim,
  groups,
  mayHold,
  missingPassages,
  neighbourWindows,
  placesSentence,
  proposePlaces,
  roomForTheRest,
  takenBy,
  uncovered,
} from '@/entrypoints/background/changed-facts/compare';
import { prepareArticle } from '@/entrypoints/background/changed-facts/prepare';
import { readCodes } from '@/entrypoints/background/changed-facts/text';
import { article, compare, fold, names, replaceOnce, whole } from './fixture';

const T = article.text;
// Prepared inside the tests, not at import (see compare.test.ts).
const prepared = () => prepareArticle(article, fold, names);
/** The page's codes, copied out of the reader's reused buffer. */
const codesOf = (page: string) => readCodes(page, fold).slice();
const codes = (s: string) => Uint16Array.from(s, (c) => c.charCodeAt(0));
const noise = (n: number) => '广告'.repeat(n / 2);
const sentence = (i: number) => prepared().sentences[i]!;

describe('find: the first place in [from, last] that holds the words', () => {
  it('within the bounds, and none outside them', () => {
    expect(find(codes('abcabc'), codes('bc'), 0, 6)).toBe(1);
    expect(find(codes('abcabc'), codes('bc'), 2, 6)).toBe(4);
    expect(find(codes('abcabc'), codes('bc'), 2, 3)).toBe(-1);
    expect(find(codes('abcabc'), codes('bc'), 4, 4)).toBe(4);
    expect(find(codes('abcabc'), codes('cx'), 0, 6)).toBe(-1);
    expect(find(codes('abcab'), codes('abc'), 1, 9)).toBe(-1);
    expect(find(codes('ab'), codes('abc'), 0, 9)).toBe(-1);
  });

  it('a long way to look: the first whole match, past partial ones', () => {
    const page = `${'x'.repeat(600)}ay${'x'.repeat(900)}ab${'x'.repeat(10)}`;
    expect(find(codes(page), codes('ab'), 0, page.length)).toBe(1502);
    expect(find(codes(page), codes('ab'), 0, 1501)).toBe(-1);
    expect(find(codes(page), codes('q'), 0, page.length)).toBe(-1);
    expect(find(codes(page), codes('ay'), 601, page.length)).toBe(-1);
    expect(find(codes(page), codes('ay'), 600, page.length)).toBe(600);
    expect(find(codes(page), codes('xa'), 599, page.length)).toBe(599);
  });
});

describe('findVerbatim: each sentence where the previous one ended, or a little further on', () => {
  it('the faithful article: every sentence, in order, each where the previous ended (captions and headings aside)', () => {
    const places = findVerbatim(prepared(), codesOf(T));
    expect(places.map((p) => p.sentence)).toEqual(prepared().sentences.map((_, i) => i));
    for (const p of places) expect(p.end - p.start).toBe(sentence(p.sentence).norm.length);
    expect(places[0]).toEqual({ start: 48, end: 108, sentence: 0 });
    expect(places[1]).toEqual({ start: 108, end: 158, sentence: 1 });
  });

  it('the first sentence anywhere; the next within 400 characters of the previous one', () => {
    expect(findVerbatim(prepared(), codesOf(noise(1200) + T))[0]).toEqual({ start: 1248, end: 1308, sentence: 0 });
    const before5 = (n: number) => findVerbatim(prepared(), codesOf(replaceOnce(sentence(5).text, noise(n) + sentence(5).text))).length;
    expect(before5(380)).toBe(53);
    expect(before5(400)).toBe(53);
    // Further on: no longer where a faithful copy has it; the rest is for the anchors.
    expect(before5(402)).toBe(5);
  });

  it('one sentence missing: the next is looked for right where the last one ended, and not further', () => {
    expect(findVerbatim(prepared(), codesOf(T.replace(sentence(10).text, ''))).map((p) => p.sentence)).not.toContain(10);
    expect(findVerbatim(prepared(), codesOf(T.replace(sentence(10).text, '')))).toHaveLength(52);
    expect(findVerbatim(prepared(), codesOf(T.replace(sentence(10).text, noise(10))))).toHaveLength(10);
  });
});

describe('uncovered: the page outside the verbatim sentences, in stretches that can hold an anchor', () => {
  const at = (start: number, end: number, s = 0) => ({ start, end, sentence: s });
  it('gaps of 8 characters or more, before, between and after; in page order, overlaps merged', () => {
    expect(uncovered([at(10, 20), at(25, 40)], 60)).toEqual([
      [0, 10],
      [40, 60],
    ]);
    expect(uncovered([at(8, 20), at(28, 40)], 48)).toEqual([
      [0, 8],
      [20, 28],
      [40, 48],
    ]);
    expect(uncovered([at(7, 20), at(27, 40)], 47)).toEqual([]);
    expect(uncovered([at(25, 40), at(10, 20)], 60)).toEqual([
      [0, 10],
      [40, 60],
    ]);
    expect(uncovered([at(10, 30), at(12, 20)], 50)).toEqual([
      [0, 10],
      [30, 50],
    ]);
    expect(uncovered([], 9)).toEqual([[0, 9]]);
    expect(uncovered([], 7)).toEqual([]);
  });
});

describe('groups: proposed starts, distinct and sorted, closer than half the sentence are one place', () => {
  it('grouped from the first of each group', () => {
    expect(groups([5, 1, 3, 20, 1], 8)).toEqual([[1, 3], [5], [20]]);
    expect(groups([1, 4, 7, 9], 8)).toEqual([
      [1, 4],
      [7, 9],
    ]);
    expect(groups([2, 3], 1)).toEqual([[2], [3]]);
    expect(groups([2, 2], 1)).toEqual([[2]]);
  });
});

describe('proposePlaces: anchors found outside the verbatim sentences', () => {
  it('none on a faithful page; the edited sentence where its copy starts; the second copy of a page holding it twice', () => {
    const none = codesOf(T);
    expect(proposePlaces(prepared(), none, findVerbatim(prepared(), none)).size).toBe(0);
    const edited = codesOf(replaceOnce('投资5000亿美元', '投资500亿美元'));
    const verbatim = findVerbatim(prepared(), edited);
    expect(verbatim).toHaveLength(52);
    expect([...proposePlaces(prepared(), edited, verbatim)]).toEqual([[0, [[47]]]]);
    const twice = codesOf(`${T}\n${T}`);
    const proposed = proposePlaces(prepared(), twice, findVerbatim(prepared(), twice));
    expect(proposed.size).toBe(53);
    expect(proposed.get(0)).toEqual([[none.length + 48]]);
  });
});

describe('roomForTheRest: whether a sentence not found may stand beside a neighbour', () => {
  it('yes where most of its characters are there; no where they are not', () => {
    const page = codesOf(T);
    const verbatim = findVerbatim(prepared(), page);
    expect(roomForTheRest(prepared(), page, verbatim)).toBe(false);
    // Sentence 10 held but not found verbatim: its neighbours leave room for it.
    expect(
      roomForTheRest(
        prepared(),
        page,
        verbatim.filter((p) => p.sentence !== 10),
      ),
    ).toBe(true);
    expect(
      roomForTheRest(
        prepared(),
        page,
        verbatim.filter((p) => p.sentence !== 0),
      ),
    ).toBe(true);
    expect(
      roomForTheRest(
        prepared(),
        page,
        verbatim.filter((p) => p.sentence !== 52),
      ),
    ).toBe(true);
    const gone = codesOf(T.replace(sentence(10).text, ''));
    expect(roomForTheRest(prepared(), gone, findVerbatim(prepared(), gone))).toBe(false);
    expect(roomForTheRest(prepared(), page, [])).toBe(false);
  });
});

describe('mayHold and takenBy: the cheap checks before aligning', () => {
  it("mayHold: the window holds at least `least` of the sentence's characters, each counted once", () => {
    const page = codes('abcabc');
    expect(mayHold(page, 0, 3, 'aab', 2)).toBe(true);
    expect(mayHold(page, 0, 3, 'aab', 3)).toBe(false);
    expect(mayHold(page, 0, 6, 'aab', 3)).toBe(true);
    expect(mayHold(page, 3, 6, 'cc', 2)).toBe(false);
    expect(mayHold(page, 1, 3, 'a', 1)).toBe(false);
    // The counts are cleared after each call.
    expect(mayHold(page, 0, 6, 'aab', 3)).toBe(true);
    expect(mayHold(page, 0, 0, 'a', 1)).toBe(false);
  });

  it('takenBy: more than half of [start, end) inside a place another sentence holds (or, with same, this one)', () => {
    const taken = [{ start: 0, end: 10, sentence: 1 }];
    expect(takenBy(taken, 2, 4, 12)).toBe(true);
    expect(takenBy(taken, 2, 5, 15)).toBe(false);
    expect(takenBy(taken, 2, 6, 16)).toBe(false);
    expect(takenBy(taken, 1, 4, 12)).toBe(false);
    expect(takenBy(taken, 1, 4, 12, true)).toBe(true);
    expect(takenBy(taken, 2, 4, 12, true)).toBe(false);
    expect(takenBy([], 2, 4, 12)).toBe(false);
  });
});

describe('missingPassages: body sentences found nowhere, in runs', () => {
  it('each run with its start, end, first sentence, count and excerpt (40 characters, spaces for breaks)', () => {
    const p = prepared();
    const found = p.sentences.map((_, i) => i !== 5 && i !== 31 && i !== 32);
    expect(missingPassages(p.sentences, found, p.text)).toEqual([
      {
        start: 372,
        end: 449,
        sentenceId: 's8',
        sentences: 1,
        excerpt: '从这位金融巨头的发言中,不难感受到对特朗普的竭力追捧,这也难怪,特朗普如今大权在',
      },
      {
        start: 1389,
        end: 1474,
        sentenceId: 's37',
        sentences: 2,
        excerpt: '特朗普也投桃报李,与马斯克形影不离,甚至让他长期 “美国总理”,足见其在政坛上',
      },
    ]);
    expect(
      missingPassages(
        p.sentences,
        p.sentences.map(() => true),
        p.text,
      ),
    ).toEqual([]);
  });

  it('a partial copy: the passage after where it ends', () => {
    const r = compare(T.slice(0, 1200));
    expect(r).toMatchObject({ changes: [], found: 27, total: 53 });
    expect(r.missing).toEqual([
      {
        start: 1247,
        end: 2449,
        sentenceId: 's32',
        sentences: 26,
        excerpt: '哈伯曼预计,在特朗普搬到白宫后,马斯克可能不会(在白宫)有自己的办公室,他甚至可',
      },
    ]);
  });
});

describe('neighbourWindows: where a sentence is looked for between its neighbours, in order', () => {
  // 20 characters, 10 of them prose: room for it is 6 characters, its slack 12 + 20/4 = 17, its reach 2·20 + 4·17 = 108.
  const s = { norm: 'x'.repeat(20), prose: 10 };
  const at = (start: number, end: number) => ({ start, end, sentence: 0 });
  it('after the sentence before it, before the sentence after it, or between both', () => {
    expect(neighbourWindows(s, [at(0, 50)], [])).toEqual([[33, 104]]);
    expect(neighbourWindows(s, [], [at(200, 250)])).toEqual([[146, 217]]);
    expect(neighbourWindows(s, [at(0, 50)], [at(80, 120)])).toEqual([
      [33, 97],
      [26, 97],
    ]);
    expect(neighbourWindows(s, [], [])).toEqual([]);
  });

  it('no room between neighbours closer than most of its prose; the one after counts only within reach and after', () => {
    expect(neighbourWindows(s, [at(0, 50)], [at(55, 90)])).toEqual([]);
    expect(neighbourWindows(s, [at(0, 50)], [at(56, 90)])).toEqual([
      [33, 73],
      [2, 73],
    ]);
    expect(neighbourWindows(s, [at(0, 50)], [at(158, 200)])).toEqual([
      [33, 175],
      [104, 175],
    ]);
    expect(neighbourWindows(s, [at(0, 50)], [at(159, 200)])).toEqual([
      [33, 104],
      [105, 176],
    ]);
    expect(neighbourWindows(s, [at(100, 150)], [at(20, 60)])).toEqual([
      [133, 204],
      [-34, 37],
    ]);
    expect(neighbourWindows(s, [at(0, 50), at(300, 350)], [at(360, 400)])).toEqual([
      [33, 104],
      [333, 377],
      [306, 377],
    ]);
  });
});

describe('placesSentence: an alignment good enough to judge the sentence there', () => {
  it('at least 60% of its prose matched, and no more edits than it has characters', () => {
    const s = { norm: 'x'.repeat(20), prose: 10 };
    expect(placesSentence({ matched: 6, edits: 20 }, s)).toBe(true);
    expect(placesSentence({ matched: 5, edits: 0 }, s)).toBe(false);
    expect(placesSentence({ matched: 20, edits: 21 }, s)).toBe(false);
  });
});

describe('placed between its neighbours: a sentence no anchor survived in', () => {
  const brief = (page: string) => whole(page).changes.map((c) => [c.kind, c.original, c.page]);
  it('reworded so that no 8 characters of its prose stand together, and a fact changed: found and judged', () => {
    const page = replaceOnce('一上任,立刻就给出了回报', '上任一年后,立刻就给出回报');
    const codes = codesOf(page);
    expect(proposePlaces(prepared(), codes, findVerbatim(prepared(), codes)).has(10)).toBe(false);
    expect(brief(page)).toEqual([['date', '一上任', '上任一年后']]);
  });

  it('the first sentence (a neighbour after it only) and the last (a neighbour before it only)', () => {
    const first = replaceOnce(
      '三家企业将投资5000亿美元,用于在美国建设支持人工智能发展的基础设施',
      '三家企业将投资6000亿美元,用于在美国建设以支持人工智能之发展的基础设施',
    );
    const last = replaceOnce(
      '但无论如何,特朗普的“赌局”才刚刚开始,接下来,美国的政治与经济舞台,将迎来更多高潮与反转',
      '但无论如何,拜登的“赌局”才刚开始,接下来美国之政治与经济舞台将会迎来更多高潮和反转',
    );
    for (const [page, i] of [
      [first, 0],
      [last, 52],
    ] as const) {
      const codes = codesOf(page);
      expect(proposePlaces(prepared(), codes, findVerbatim(prepared(), codes)).has(i)).toBe(false);
    }
    expect(brief(first)).toEqual([['figure', '5000亿美元', '6000亿美元']]);
    expect(brief(last)).toEqual([['actor', '特朗普', '拜登']]);
  });
});
