// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildTextIndex, forgetDocument, locateText, normaliseCodePoint, normaliseText, rangeInIndex } from '@/utils/page/locate';
import { article } from '@/utils/article/data';

const articleLines = readFileSync(join(process.cwd(), 'assets/article.txt'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter(Boolean);

/** Builds nodes with DOM calls only (never markup from strings): tag, then children (text or nested). */
type Tree = string | [string, ...Tree[]];
function build(tree: Tree): Node {
  if (typeof tree === 'string') return document.createTextNode(tree);
  const [tag, ...children] = tree;
  const el = document.createElement(tag);
  for (const c of children) el.append(build(c));
  return el;
}
function setBody(...trees: Tree[]): void {
  document.body.replaceChildren(...trees.map(build));
}

/** A page laid out like the demo: title, byline, paragraphs, (资料图) captions, footer; the joined sentence split in two <p>. */
function demoPage(): void {
  const [title, byline, ...rest] = articleLines;
  setBody(
    ['script', 'var x = "特朗普21日表示";'],
    ['h1', title ?? ''],
    ['div', ['span', byline ?? '']],
    ['article', ...rest.map((line): Tree => (line.includes('(资料图)') ? ['p', ['em', line]] : ['p', '\n    ', line, '\n  ']))],
    ['style', 'p { color: red }'],
  );
}

const toFullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

afterEach(() => {
  forgetDocument(document);
  document.body.replaceChildren();
});

describe('normaliseText', () => {
  it('drops whitespace and folds width, quotes, dashes and case', () => {
    expect(normaliseText(' A  b\n\tc\u3000d\u00a0')).toBe('abcd');
    expect(normaliseText('，？！：；（）')).toBe(normaliseText(',?!:;()'));
    expect(normaliseText('“星际之门”')).toBe(normaliseText('"星际之门"'));
    expect(normaliseText('「星际之门」')).toBe(normaliseText('"星际之门"'));
    expect(normaliseText('OpenAI')).toBe(normaliseText('ＯｐｅｎＡＩ'));
    expect(normaliseText('基本盘——那些')).toBe(normaliseText('基本盘--那些'));
    expect(normaliseText('秘密。')).toBe(normaliseText('秘密.'));
    expect(normaliseText('等等…')).toBe('等等...');
  });
});

describe('locateText on a demo-like page', () => {
  it('finds every paragraph sentence and returns a Range over the original text', () => {
    demoPage();
    const paragraphs = new Set(article.blocks.flatMap((b, i) => (b.kind === 'paragraph' ? [i] : [])));
    const whole = article.sentences.filter((x) => !x.join && x.blocks.every((b) => paragraphs.has(b)));
    expect(whole.length).toBeGreaterThan(40);
    const misread = whole
      .map((x) => article.text.slice(x.start, x.end))
      .filter((sentence) => locateText(sentence)?.toString() !== sentence);
    expect(misread).toEqual([]);
  });

  it('ignores script and style text', () => {
    demoPage();
    const range = locateText('特朗普21日表示');
    expect(range).not.toBeNull();
    expect(range?.startContainer.parentElement?.tagName).toBe('P');
  });

  it('finds the title and text inside inline elements', () => {
    demoPage();
    expect(locateText(articleLines[0] ?? 'x')?.startContainer.parentElement?.tagName).toBe('H1');
    expect(locateText('美国工人(资料图)')?.startContainer.parentElement?.tagName).toBe('EM');
  });

  it('spans a sentence the host split across two paragraphs', () => {
    demoPage();
    // The parsed copy's text of the joined sentence holds the page break between the halves.
    const joined = '特朗普也投桃报李,与马斯克形影不离,甚至让他长期\n\n“美国总理”,足见其在政坛上的地位之显赫。';
    const range = locateText(joined);
    expect(range).not.toBeNull();
    expect(range?.startContainer).not.toBe(range?.endContainer);
    expect(normaliseText(range?.toString() ?? '')).toBe(normaliseText(joined));
    expect(range?.startContainer.textContent).toContain('甚至让他长期');
    expect(range?.endContainer.textContent).toContain('“美国总理”');
  });

  it('tolerates full-width vs ASCII punctuation and letters both ways', () => {
    setBody(
      ['p', '马斯克称，他得到可靠消息，软银能拿出的资金远低于１００亿美元。'],
      ['p', 'OpenAI、软银、甲骨文和MGX将为该项目总共投入450亿美元.'],
    );
    expect(locateText('马斯克称,他得到可靠消息,软银能拿出的资金远低于100亿美元。')?.toString()).toBe(
      '马斯克称，他得到可靠消息，软银能拿出的资金远低于１００亿美元。',
    );
    expect(locateText(toFullWidth('OpenAI') + '、软银、甲骨文和MGX将为该项目总共投入450亿美元。')).not.toBeNull();
  });

  it('tolerates line breaks and runs of spaces inside a sentence', () => {
    setBody(['p', '他慷慨解囊,\n   捐出2.7亿美元', ['b', '支持特朗普'], ',还亲自站台造势。']);
    const range = locateText('他慷慨解囊,捐出2.7亿美元支持特朗普,还亲自站台造势。');
    expect(range?.toString()).toBe('他慷慨解囊,\n   捐出2.7亿美元支持特朗普,还亲自站台造势。');
  });

  it('returns null for a sentence that is not on the page, and for an empty query', () => {
    demoPage();
    expect(locateText('这句话不在页面上。')).toBeNull();
    expect(locateText('  \n ')).toBeNull();
  });

  it('returns null on a document without a body', () => {
    const doc = document.implementation.createDocument(null, 'root', null);
    expect(locateText('任何', doc)).toBeNull();
  });

  it('rebuilds its cached index when the page changes', async () => {
    setBody(['p', '第一版']);
    expect(locateText('第二版')).toBeNull();
    document.body.append(build(['p', '第二版']));
    // The index hears of the change from a MutationObserver, which reports after this task.
    await expect.poll(() => locateText('第二版')?.toString()).toBe('第二版');
    const text = document.body.lastChild?.firstChild as Text;
    text.data = '第三版';
    await expect.poll(() => locateText('第三版')?.toString()).toBe('第三版');
  });

  it('skips our own overlay host', () => {
    setBody(['p', '页面'], ['stargate-brief-overlay', '概要里的句子']);
    expect(locateText('概要里的句子')).toBeNull();
  });

  it('never ends a match in the middle of an expanded character', () => {
    setBody(['p', '……他说']);
    const index = buildTextIndex(document.body);
    const range = rangeInIndex(index, '..他说'); // two dots would cut the second '…' in half
    expect(range).toBeNull();
    expect(rangeInIndex(index, '...他说')?.toString()).toBe('…他说');
  });
});

describe('locate: property over random DOM trees', () => {
  const chunk = fc.constantFrom(
    '马斯克',
    '软银',
    ' ',
    '\n',
    ',',
    '，',
    '“',
    '”',
    '"',
    'A',
    'ａ',
    '1',
    '１',
    '…',
    '.',
    '。',
    '—',
    '-',
    '\u00a0',
    '亿美元',
    '😀',
    'x',
  );
  const text = fc.array(chunk, { maxLength: 8 }).map((a) => a.join(''));
  const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      text,
      fc
        .tuple(fc.constantFrom('div', 'p', 'span', 'b', 'em', 'section'), fc.array(tie('node'), { maxLength: 4 }))
        .map(([tag, kids]): Tree => [tag, ...kids]),
    ),
  })).node;

  it('never throws, and a found range reads (normalised) exactly as the query', () => {
    let found = 0;
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 5 }), text, fc.nat(), fc.nat(), (trees, probe, a, b) => {
        setBody(...trees);
        forgetDocument(document);
        const index = buildTextIndex(document.body);
        // Query a real slice of the page's text and a random text.
        const full = document.body.textContent ?? '';
        const codePoints = Array.from(full); // slice on whole code points, as sentences are
        const [from, to] = [a % (codePoints.length + 1), b % (codePoints.length + 1)].sort((x, y) => x - y) as [number, number];
        for (const query of [codePoints.slice(from, to).join(''), probe]) {
          const range = rangeInIndex(index, query);
          if (range) found++;
          if (range) expect(normaliseText(range.toString())).toBe(normaliseText(query));
          else if (normaliseText(query) && index.text.includes(normaliseText(query))) {
            // Not found although present: only allowed when every occurrence cuts an expansion in half.
            expect(/[…]/.test(full)).toBe(true);
          }
        }
        expect(() => locateText(probe)).not.toThrow();
      }),
      { numRuns: 300 },
    );
    // The slices planted as queries were found (most runs have text to slice).
    expect(found).toBeGreaterThan(0);
  });
});

describe('repeated text', () => {
  it('takes the first occurrence the caller prefers, else the first', () => {
    setBody(['div', ['p', '重复的句子。']], ['p', '重复的句子。']);
    const second = document.body.lastChild?.firstChild;
    expect(locateText('重复的句子。')?.startContainer).toBe(document.body.firstChild?.firstChild?.firstChild);
    expect(locateText('重复的句子。', document, (r) => r.startContainer === second)?.startContainer).toBe(second);
    expect(locateText('重复的句子。', document, () => false)?.startContainer).toBe(document.body.firstChild?.firstChild?.firstChild);
  });
});

describe('a reprint in Traditional script', () => {
  it('finds the Simplified sentence in Traditional text', () => {
    setBody(['p', '作為項目的直接參與方,軟銀首席執行官孫正義在宣佈加入“星際之門”合資項目計劃的同時。']);
    const range = locateText('作为项目的直接参与方,软银首席执行官孙正义在宣布加入“星际之门”合资项目计划的同时。');
    expect(range?.toString()).toBe('作為項目的直接參與方,軟銀首席執行官孫正義在宣佈加入“星際之門”合資項目計劃的同時。');
  });
});

describe('the pieces of locating', () => {
  it('normalises each code point: invisible → nothing, width, case, script, typographic variants and NFKC folded', () => {
    const points = [
      '\u200b',
      '\u00ad',
      ' ',
      '\ufeff',
      '…',
      'ﬁ',
      'Ａ',
      '＂',
      '門',
      '“',
      '—',
      '`',
      '。',
      '｡',
      '・',
      '😀',
      'É',
      'a',
      '①',
      'Ⅻ',
      '㎏',
    ];
    expect(points.map(normaliseCodePoint)).toEqual([
      '',
      '',
      '',
      '',
      '...',
      'fi',
      'a',
      '"',
      '门',
      '"',
      '-',
      "'",
      '.',
      '.',
      '·',
      '😀',
      'é',
      'a',
      '1',
      'xii',
      'kg',
    ]);
  });

  it('indexes the prose: each normalised character’s node and its code point’s span there (expansions, surrogate pairs)', () => {
    const script = Object.assign(document.createElement('script'), { textContent: 'no' });
    const p = document.createElement('p');
    p.append('A…b', script, 'x😀');
    document.body.replaceChildren(p, Object.assign(document.createElement('p'), { textContent: ' 門 ' }));
    const index = buildTextIndex(document.body);
    expect({
      text: index.text,
      nodes: index.nodes.map((n) => n.data),
      nodeOf: [...index.nodeOf],
      startOf: [...index.startOf],
      endOf: [...index.endOf],
    }).toEqual({
      text: 'a...bx😀门',
      nodes: ['A…b', 'x😀', ' 門 '],
      nodeOf: [0, 0, 0, 0, 0, 1, 1, 1, 2],
      startOf: [0, 1, 1, 1, 2, 0, 1, 1, 1],
      endOf: [1, 2, 2, 2, 3, 1, 3, 3, 2],
    });
    expect(rangeInIndex(index, '😀门')?.toString()).toBe('😀 門');
    expect(rangeInIndex(index, '…B')?.toString()).toBe('…b');
  });

  it('keeps one index per document until the page changes, and forgets it on request', () => {
    setBody(['p', '第一版']);
    expect(locateText('第一版')?.toString()).toBe('第一版');
    const text = document.body.firstChild!.firstChild as Text;
    text.data = '第二版';
    // The cached index hears of the change only when the observer reports (after this task) …
    expect(locateText('第二版')).toBeNull();
    // … unless the document is forgotten: then the next search reads the page afresh.
    forgetDocument(document);
    expect(locateText('第二版')?.toString()).toBe('第二版');
  });

  it('reads the page afresh on every search where nothing could tell it of changes (no MutationObserver)', () => {
    const view = document.defaultView as unknown as { MutationObserver: unknown };
    const saved = view.MutationObserver;
    view.MutationObserver = undefined;
    try {
      forgetDocument(document);
      setBody(['p', '第一版']);
      expect(locateText('第一版')?.toString()).toBe('第一版');
      (document.body.firstChild!.firstChild as Text).data = '第二版';
      expect(locateText('第二版')?.toString()).toBe('第二版');
    } finally {
      view.MutationObserver = saved;
      forgetDocument(document);
    }
  });
});
