/** parseArticle never throws: bad or foreign input gives an empty or partial result with warnings. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseArticle } from '@/pipeline/parse';
import { validateParsedArticle } from '@/utils/article/schema';
import { loadLexicon } from '@/pipeline/lexicon';
import { expectParsedWhole, readRepoFile } from './helpers';
import { propertyRuns } from '../property-runs';

const ANOTHER_ARTICLE = `苹果发布新款手机,售价约7999元

科技观察者 2024-09-10 09:30:00

苹果公司9日在加州举行发布会,推出新一代手机。新机起售价约7999元,比上一代高出百分之五。分析人士认为,过去3年智能手机市场增长放缓。

0 阅读:12`;

function expectValid(text: string) {
  const a = parseArticle(text);
  const r = validateParsedArticle(a);
  expect(r.ok ? [] : r.issues).toEqual([]);
  expectParsedWhole(text, a);
  return a;
}

describe('parseArticle on bad input', () => {
  it('empty text', () => {
    const a = expectValid('');
    expect(a.blocks).toEqual([]);
    expect(a.warnings.map((w) => w.code)).toContain('empty-text');
  });

  it('random text', () => {
    const a = expectValid('lorem ipsum dolor sit amet');
    expect(a.actors).toEqual([]);
    expect(a.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['no-byline', 'no-actors']));
  });

  it('another article: partial result, generic wording, warnings', () => {
    const a = expectValid(ANOTHER_ARTICLE);
    expect(a.title).toBe('苹果发布新款手机,售价约7999元');
    expect(a.author).toBe('科技观察者');
    expect(a.published).toBe('2024-09-10T09:30:00+08:00');
    expect(a.actors).toEqual([]);
    expect(a.warnings.map((w) => w.code)).toContain('no-actors');
    expect(a.figures.map((f) => [f.text, f.value, f.unit, f.qualifier?.en, f.measures.en])).toEqual([
      ['7999元', 7999, 'CNY', 'about', 'amount of money'],
      ['7999元', 7999, 'CNY', 'about', 'amount of money'],
      ['百分之五', 0.05, 'percent', undefined, 'share'],
      ['3年', 3, 'year', undefined, 'length of time'],
    ]);
    expect(a.timeline.map((t) => [t.text, t.date])).toEqual([
      ['过去3年', '2021/2024'],
      ['9日', '2024-09-09'],
      ['2024-09-10 09:30:00', '2024-09-10'],
    ]);
  });

  it('random strings and bytes never throw, always validate, and are read whole (no internal error)', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'binary' }),
      fc.string({ unit: fc.constantFrom(...'特朗普马斯克21日上个月5000亿美元\n\n。!?“”(资料图)0 阅读:1') }),
    );
    const runs = propertyRuns(500);
    let nonBlank = 0;
    fc.assert(
      fc.property(anyText, (s) => {
        expectValid(s);
        if (s.trim()) nonBlank++;
      }),
      { numRuns: runs },
    );
    // The generator gives mostly text, not blanks (about 9 in 10): the invariants held on real input.
    expect(nonBlank).toBeGreaterThan(runs * 0.6);
    // 500 whole parses: seconds on a busy 2-core machine, so more than the default 5 s.
  }, 60_000);

  it('a non-string from untyped callers: read as empty text, and said so', () => {
    for (const input of [undefined, 42, null, { text: '特朗普' }]) {
      const a = parseArticle(input as unknown as string);
      expect(a.text).toBe('');
      expect(a.warnings.map((w) => w.code)).toEqual(['empty-text']);
    }
  });

  it('a copy cut short mid-sentence: what it holds, and a warning', () => {
    const a = expectValid('特朗普宣布星际之门项目\n\n千金不及冰淇淋 2025-02-02 11:52:00\n\n软银将投资100亿美元。马斯克称软银的资金远低于');
    expect(a.figures.map((f) => f.text)).toEqual(['100亿美元']);
    expect(a.warnings.map((w) => w.code)).toEqual(['truncated']);
    expect(a.warnings[0]!.message).toContain('马斯克称软银的资金远低于');
  });
});

describe('assets/lexicon.json', () => {
  it('validates, with unique ids and names no two actors share', () => {
    const r = loadLexicon(JSON.parse(readRepoFile('assets/lexicon.json')));
    expect(r.ok ? [] : r.issues).toEqual([]);
    if (!r.ok) return;
    const ids = r.lexicon.actors.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    const names = r.lexicon.actors.flatMap((a) => [a.zh, ...a.aliases]);
    expect(new Set(names).size).toBe(names.length);
  });

  it('rejects a malformed lexicon', () => {
    expect(loadLexicon({ actors: [{ id: 'x' }] }).ok).toBe(false);
    expect(
      loadLexicon({
        actors: [],
        anchors: [
          { actor: 'nobody', triggers: ['x'], date: '2025', precision: 'year', event: { zh: '', en: '' }, basis: { zh: '', en: '' } },
        ],
      }).ok,
    ).toBe(false);
  });
});
