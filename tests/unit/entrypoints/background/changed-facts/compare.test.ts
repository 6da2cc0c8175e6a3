import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import fingerprint from '@/assets/fingerprint.json';
import { article } from '@/utils/article/data';
import { foldTable } from '@/utils/detect/normalise';
import { compareCopy } from '@/entrypoints/background/changed-facts/compare';
import { prepareArticle, type Slot } from '@/entrypoints/background/changed-facts/prepare';
import { readDate, readFigure } from '@/entrypoints/background/changed-facts/values';

const fold = foldTable(fingerprint.fold);
const T = article.text;
const compare = (page: string) => compareCopy(page, article, fold);
const prepared = prepareArticle(article, fold);
const slots: Slot[] = prepared.sentences.flatMap((s) => s.slots);
const briefly = (page: string) => compare(page).changes.map((c) => [c.kind, c.id, c.original, c.page]);

/** Replaces the article's words at [start, end) (the fact's span). */
const edit = (text: string, start: number, end: number, words: string) => text.slice(0, start) + words + text.slice(end);
const at = (words: string, from = 0) => {
  const i = T.indexOf(words, from);
  if (i < 0) throw new Error(`not in the article: ${words}`);
  return i;
};
const replaceOnce = (words: string, by: string) => edit(T, at(words), at(words) + words.length, by);

describe('values read as numbers and units', () => {
  it.each([
    ['5000亿美元', '五千亿美元'],
    ['5000亿美元', '5000亿美元'],
    ['40%', '百分之四十'],
    ['16年', '十六年'],
    ['2万亿', '两万亿'],
    ['190亿美元', '一百九十亿美元'],
  ])('%s = %s', (a, b) => expect(readFigure(a)).toBe(readFigure(b)));
  it.each([
    ['5000亿美元', '500亿美元'],
    ['5000亿美元', '5000亿日元'],
    ['2.7亿美元', '27亿美元'],
    ['40%', '40'],
  ])('%s ≠ %s', (a, b) => expect(readFigure(a)).not.toBe(readFigure(b)));
  it('dates', () => {
    expect(readDate('21日')).toBe(readDate('二十一日'));
    expect(readDate('21日')).toBe(readDate('21号'));
    expect(readDate('21日')).not.toBe(readDate('23日'));
    expect(readDate('2025年1月')).toBe(readDate('二〇二五年一月'));
    expect(readDate('abc')).toBeNull();
  });
});

describe('the bundled copy against itself and its faithful variants', () => {
  it('finds every body sentence of the article, and no change', () => {
    const r = compare(T);
    expect(r.changes).toEqual([]);
    expect(r.missing).toEqual([]);
    expect(r.found).toBe(r.total);
    expect(r.total).toBeGreaterThan(40);
  });

  it('knows the facts of the body: figures, names and written dates', () => {
    expect(slots.filter((s) => s.kind === 'figure').length).toBe(12);
    expect(slots.filter((s) => s.kind === 'date').map((s) => s.original)).toEqual(expect.arrayContaining(['21日', '22日']));
    expect(slots.filter((s) => s.kind === 'actor').length).toBeGreaterThan(50);
  });

  it.each(['tw', 'hk', 't'] as const)('Traditional (opencc cn→%s) changes nothing', (to) => {
    const page = OpenCC.Converter({ from: 'cn', to })(T);
    expect(page).not.toBe(T);
    expect(compare(page).changes).toEqual([]);
    expect(compare(page).missing).toEqual([]);
  });

  it('equal-value number formats and reworded phrases change nothing', () => {
    let page = replaceOnce('投资5000亿美元', '投资五千亿美元');
    page = page
      .replace('2000亿美元', '2,000亿美元')
      .replace('190亿美元', '１９０亿美元')
      .replace('40%', '百分之四十')
      .replace('21日', '二十一日');
    page = page.replace('三家企业将投资', '三家公司计划投资').replace('公开质疑', '公开怀疑');
    expect(compare(page).changes).toEqual([]);
  });

  it('a partial copy reports its missing passages, not changes', () => {
    const r = compare(T.slice(0, 1200));
    expect(r.changes).toEqual([]);
    expect(r.missing.length).toBeGreaterThan(0);
    expect(r.found).toBeLessThan(r.total);
    expect(r.missing[0]!.excerpt.length).toBeGreaterThan(0);
  });
});

describe('changed facts', () => {
  it('a figure: 5000亿美元 → 500亿美元', () => {
    const r = compare(replaceOnce('投资5000亿美元', '投资500亿美元'));
    expect(r.changes).toMatchObject([{ kind: 'figure', id: 'f0', original: '5000亿美元', page: '500亿美元', sentence: { id: 's3' } }]);
    expect(r.changes[0]!.what).toEqual(article.figures.find((f) => f.id === 'f0')!.measures);
    expect(r.changes[0]!.pageSentence).toContain('500亿美元');
  });
  it('another currency is a change', () =>
    expect(briefly(replaceOnce('投资5000亿美元', '投资5000亿日元'))).toEqual([['figure', 'f0', '5000亿美元', '5000亿日元']]));
  it('a dropped decimal point is a change', () =>
    expect(briefly(replaceOnce('2.7亿美元', '27亿美元'))).toEqual([['figure', 'f8', '2.7亿美元', '27亿美元']]));
  it('a name', () => expect(briefly(replaceOnce('执行官孙正义', '执行官马云'))).toEqual([['actor', 'son', '孙正义', '马云']]));
  it('an alias of the same actor is no change', () => expect(briefly(replaceOnce('软银首席', '日本软银集团首席'))).toEqual([]));
  it('a date', () => expect(briefly(replaceOnce('特朗普21日', '特朗普23日'))).toEqual([['date', 't13', '21日', '23日']]));
  // fast-check found it (seed -2098064504): 21日 written 二十一日 with a line break inside, right after a name.
  it('a date in Chinese numerals broken over two lines after a name is no change', () =>
    expect(briefly(replaceOnce('特朗普21日', '特朗普二\r\n十一日'))).toEqual([]));
  it('a Traditional copy shows its own characters', () => {
    const trad = OpenCC.Converter({ from: 'cn', to: 'tw' })(replaceOnce('100亿美元', '10亿美元'));
    expect(briefly(trad)).toEqual([['figure', 'f3', '100亿美元', '10億美元']]);
  });
  it('a page holding the article twice, one copy altered, reports the altered copy', () => {
    expect(briefly(`${T}\n${replaceOnce('投资5000亿美元', '投资500亿美元')}`)).toEqual([['figure', 'f0', '5000亿美元', '500亿美元']]);
    expect(briefly(`${replaceOnce('投资5000亿美元', '投资500亿美元')}\n${T}`)).toEqual([['figure', 'f0', '5000亿美元', '500亿美元']]);
    expect(briefly(`${T}\n${T}`)).toEqual([]);
  });
  it('a copy with every digit changed reports every figure and written date of the body', () => {
    const page = T.replace(/\d/g, (d) => String((Number(d) + 1) % 10));
    const r = compare(page);
    const kinds = new Set(r.changes.map((c) => `${c.kind}:${c.id}`));
    for (const s of slots) if (s.kind !== 'actor') expect(kinds).toContain(`${s.kind}:${s.id}`);
    expect(r.changes.every((c) => c.kind !== 'actor')).toBe(true);
  });
});

/* -------------------------------------------------------------- properties */

const CN = '零一二三四五六七八九';
/** A positive integer below 10^8 in Chinese numerals (两 before 千/百 unused: 二 reads the same). */
function chinese(n: number): string {
  if (n === 0) return '零';
  const out: string[] = [];
  const units = ['', '十', '百', '千'];
  const group = (g: number) => {
    let s = '';
    let zero = false;
    for (let k = 3; k >= 0; k--) {
      const d = Math.floor(g / 10 ** k) % 10;
      if (d === 0) {
        zero = s !== '';
        continue;
      }
      if (zero) s += '零';
      zero = false;
      s += (d === 1 && k === 1 && s === '' ? '' : CN[d]!) + units[k]!;
    }
    return s;
  };
  if (n >= 10000) out.push(group(Math.floor(n / 10000)) + '万');
  if (n % 10000) out.push((n >= 10000 && n % 10000 < 1000 ? '零' : '') + group(n % 10000));
  return out.join('');
}

/** Writes an Arabic number phrase another way with the same value. */
function sameValue(words: string, how: number): string {
  return words.replace(/\d+(?:\.\d+)?/, (num) => {
    if (num.includes('.')) return how % 2 ? num.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))) : num;
    const n = Number(num);
    if (how % 3 === 0) return chinese(n);
    if (how % 3 === 1) return n.toLocaleString('en-US');
    return num.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
  });
}

const PUNCT: Record<string, string[]> = {
  ',': ['，', ', '],
  '。': ['.', '。\n'],
  '“': ['"', '「'],
  '”': ['"', '」'],
  '!': ['！'],
  '?': ['？'],
  ':': ['：'],
};

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

describe('properties', () => {
  it('faithful transformations never produce a change', () => {
    const figureSlots = slots.filter((s) => s.kind !== 'actor' && /\d/.test(s.original));
    fc.assert(
      fc.property(
        fc.record({
          traditional: fc.boolean(),
          punct: fc.array(fc.nat(), { maxLength: 60 }),
          spaces: fc.array(fc.record({ at: fc.nat({ max: T.length }), ws: fc.constantFrom(' ', '\n', '  ', '\u3000', '\r\n') }), {
            maxLength: 40,
          }),
          numbers: fc.array(fc.record({ slot: fc.nat({ max: figureSlots.length - 1 }), how: fc.nat() }), { maxLength: 8 }),
        }),
        ({ traditional, punct, spaces, numbers }) => {
          // Number formats first (spans are the article's), right to left.
          let text = T;
          const picked = [...new Map(numbers.map((n) => [n.slot, n])).values()].sort(
            (a, b) => figureSlots[b.slot]!.start - figureSlots[a.slot]!.start,
          );
          for (const n of picked) {
            const s = figureSlots[n.slot]!;
            text = edit(text, s.start, s.end, sameValue(s.original, n.how));
          }
          // Punctuation swaps: the k-th punctuation mark of the text (mod their number).
          const marks = [...text.matchAll(/[,。“”!?:]/g)].map((m) => m.index);
          for (const p of punct) {
            const i = marks[p % marks.length]!;
            const alts = PUNCT[text[i]!];
            if (alts) text = edit(text, i, i + 1, alts[p % alts.length]!);
          }
          // Whitespace and line breaks anywhere, right to left.
          for (const sp of [...spaces].sort((a, b) => b.at - a.at))
            text = edit(text, Math.min(sp.at, text.length), Math.min(sp.at, text.length), sp.ws);
          if (traditional) text = toTraditional(text);
          const r = compare(text);
          expect(r.changes).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);

  it('a random single edit of one figure, name or date produces exactly that change', () => {
    const NAMES = ['马云', '李彦宏', '黄仁勋', '扎克伯格', '贝索斯', '任正非', '雷军'];
    fc.assert(
      fc.property(fc.nat({ max: slots.length - 1 }), fc.nat(), fc.boolean(), (k, r, traditional) => {
        const slot = slots[k]!;
        let words: string;
        if (slot.kind === 'actor') {
          const actor = article.actors.find((a) => a.id === slot.id)!;
          const own = new Set([actor.name.zh, actor.name.en, ...actor.aliases]);
          const candidates = NAMES.filter((n) => !own.has(n));
          words = candidates[r % candidates.length]!;
        } else {
          // Another leading digit: a different value, same shape.
          const m = /\d/.exec(slot.original)!;
          const d = Number(m[0]);
          const other = (d + 1 + (r % 8)) % 10 || 1;
          words = slot.original.slice(0, m.index) + String(other === d ? (d % 9) + 1 : other) + slot.original.slice(m.index + 1);
        }
        let text = edit(T, slot.start, slot.end, words);
        if (traditional) text = toTraditional(text);
        const expected = traditional ? toTraditional(words) : words;
        const result = compare(text);
        expect(result.changes.map((c) => [c.kind, c.id, c.original, c.page])).toEqual([[slot.kind, slot.id, slot.original, expected]]);
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});

describe('hostile input', () => {
  const notThrow = (page: unknown) => {
    const r = compareCopy(page as string, article, fold);
    expect(Array.isArray(r.changes)).toBe(true);
    return r;
  };
  it('non-strings, empty, lone surrogates, random text', () => {
    for (const p of [undefined, null, 42, '', '\ud800', '\udc00\ud800'.repeat(1000), '。'.repeat(10_000)])
      expect(notThrow(p).changes).toEqual([]);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (s) => {
        expect(notThrow(s).changes).toEqual([]);
      }),
      { numRuns: 100 },
    );
  }, 60_000);
  it('an anchor repeated a hundred thousand times, and the article fifty times over', () => {
    const anchor = prepared.sentences[0]!.anchors[0]!.text;
    notThrow(anchor.repeat(100_000));
    expect(notThrow(T.repeat(50)).changes).toEqual([]);
  }, 60_000);
  it('mangled copies: random slices and shuffled paragraphs never crash, and a faithful shuffle stays faithful', () => {
    fc.assert(
      fc.property(fc.nat({ max: T.length }), fc.nat({ max: T.length }), (a, b) => {
        notThrow(T.slice(Math.min(a, b), Math.max(a, b)));
      }),
      { numRuns: 50 },
    );
    const shuffled = T.split('\n').reverse().join('\n');
    expect(compare(shuffled).changes).toEqual([]);
  }, 60_000);
});
