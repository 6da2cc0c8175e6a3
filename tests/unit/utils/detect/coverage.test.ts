import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import {
  detect,
  anchorKeys,
  fingerprintFold,
  forEachGram,
  precheck,
  verdictKind,
  MATCH_AT,
  PARTIAL_AT,
  type Fingerprint,
} from '@/utils/detect/coverage';
import { article, body, captions, fp, title } from './fixture';
import { HOST_TEXT, SAME_AUTHOR, SAME_TOPIC } from './texts';
import { propertyRuns } from '../../property-runs';

const page = (...parts: string[]) => parts.join('\n\n');
/** Deterministic pseudo-random generator, so texts are the same on every run. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}
function randomCjk(length: number, seed: number): string {
  const r = rng(seed);
  let s = '';
  for (let i = 0; i < length; i++) s += r() < 0.08 ? ',' : String.fromCharCode(0x4e00 + Math.floor(r() * 0x5000));
  return s;
}
const weights = body.map((p) => p.replace(/[\s\p{P}]/gu, '').length);
const totalWeight = weights.reduce((a, b) => a + b, 0);
/** The first paragraphs up to `share` of the body (by characters), cutting the last one. */
function leading(share: number): string {
  let left = share * totalWeight;
  const out: string[] = [];
  for (const p of body) {
    if (left <= 0) break;
    const w = p.replace(/[\s\p{P}]/gu, '').length;
    out.push(w <= left ? p : p.slice(0, Math.round((p.length * left) / w)));
    left -= w;
  }
  return out.join('\n');
}

describe('detect', () => {
  it('full article (the page as published) → match', () => {
    const r = detect(article.text, fp);
    expect(r.kind).toBe('match');
    expect(r.coverage).toBeGreaterThan(0.99);
  });

  it('full reprint in another template (chrome around it) → match', () => {
    const r = detect(page('首页 > 国际 > 正文', title, '来源: 网易号 2025-02-03', ...body, '相关推荐', HOST_TEXT.join('')), fp);
    expect(r.kind).toBe('match');
    expect(r.coverage).toBeGreaterThan(0.99);
  });

  it.each([
    [0.2, 'none'],
    [0.5, 'partial'],
    [0.7, 'partial'],
    [0.95, 'match'],
  ] as const)('leading %s of the body → %s, coverage ≈ share', (share, kind) => {
    const r = detect(page(title, leading(share), HOST_TEXT[0]!), fp);
    expect(r.kind).toBe(kind);
    expect(Math.abs(r.coverage - share)).toBeLessThan(0.08);
  });

  it.each(['tw', 'hk', 't'] as const)('Traditional reprint (opencc cn→%s) → match', (to) => {
    const r = detect(OpenCC.Converter({ from: 'cn', to })(article.text), fp);
    expect(r.kind).toBe('match');
    expect(r.coverage).toBeGreaterThan(0.97);
  });

  it('Taiwan phrasing (cn→twp, vocabulary changed too) still → match', () => {
    expect(detect(OpenCC.Converter({ from: 'cn', to: 'twp' })(article.text), fp).kind).toBe('match');
  });

  it('full-width punctuation, other whitespace, spaces around Latin → match', () => {
    const widths: Record<string, string> = {
      ',': '\uff0c',
      '?': '\uff1f',
      '!': '\uff01',
      '(': '\uff08',
      ')': '\uff09',
      ':': '\uff1a',
      '%': '\uff05',
    };
    const variant = body
      .map((p) => [...p].map((ch) => widths[ch] ?? ch).join(''))
      .map((p) =>
        p
          .replace(/([A-Za-z0-9]+)/g, ' $1 ')
          .replace(/。/g, '。\n   ')
          .replace(/“|”/g, '"'),
      )
      .join('\r\n\r\n\t');
    expect(variant).not.toContain(body[0]!.slice(20, 60));
    expect(detect(variant, fp)).toMatchObject({ kind: 'match' });
    expect(detect(variant, fp).coverage).toBeGreaterThan(0.97);
  });

  it('paragraphs reordered and captions removed → match', () => {
    const r = rng(7);
    const shuffled = [...body].sort(() => r() - 0.5);
    expect(shuffled).not.toEqual(body);
    const result = detect(page(title, ...shuffled), fp);
    expect(result.kind).toBe('match');
    expect(result.coverage).toBeGreaterThan(0.99);
  });

  it('captions alone do not count: body coverage only', () => {
    expect(detect(page(title, ...captions), fp).coverage).toBeLessThan(0.05);
  });

  it('quote-only (two sentences inside another text) → none', () => {
    const quote = body[3]!.split('。').slice(0, 2).join('。') + '。';
    const r = detect(page(HOST_TEXT[0]!, `有媒体分析称:“${quote}”`, HOST_TEXT[1]!, HOST_TEXT[2]!), fp);
    expect(r.kind).toBe('none');
    expect(r.coverage).toBeLessThan(0.12);
  });

  it('same story, other article (shared names and numbers) → none', () => {
    const text = page(SAME_TOPIC.title, SAME_TOPIC.byline, ...SAME_TOPIC.paragraphs);
    expect(text.length).toBeGreaterThan(1300);
    expect(precheck(text, fp.anchors)).toBe(false); // shared names and numbers are not enough for the anchors
    const r = detect(text, fp);
    expect(r.kind).toBe('none');
    expect(r.coverage).toBeLessThan(0.1);
  });

  it('same author, same template, other topic → none', () => {
    const text = page(
      SAME_AUTHOR.title,
      SAME_AUTHOR.byline,
      ...SAME_AUTHOR.paragraphs,
      SAME_AUTHOR.counter,
      SAME_AUTHOR.authorName,
      SAME_AUTHOR.authorBio,
    );
    const r = detect(text, fp);
    expect(r.kind).toBe('none');
    expect(r.coverage).toBeLessThan(0.05);
  });

  it('random text → none (and the pre-check rejects it)', () => {
    const text = randomCjk(20_000, 1);
    expect(precheck(text, fp.anchors)).toBe(false);
    expect(detect(text, fp)).toEqual({ kind: 'none', coverage: 0 });
  });

  it('empty or non-text input → none', () => {
    expect(detect('', fp)).toEqual({ kind: 'none', coverage: 0 });
    expect(detect(undefined as unknown as string, fp)).toEqual({ kind: 'none', coverage: 0 });
    expect(detect('x', { ...fp, paragraphs: [] })).toEqual({ kind: 'none', coverage: 0 });
  });

  it('huge page (≈5 MB) holding the article → match; without it → none', () => {
    const filler = randomCjk(1_250_000, 2);
    const withArticle = filler + page(...body) + filler;
    expect(withArticle.length).toBeGreaterThan(2_500_000);
    expect(detect(withArticle, fp).kind).toBe('match');
    expect(detect(filler + HOST_TEXT.join('') + filler, fp).kind).toBe('none');
  });

  it('the pre-check passes on every paragraph alone, in both scripts', () => {
    const tw = OpenCC.Converter({ from: 'cn', to: 'tw' });
    for (const p of body) {
      expect(precheck(p, fp.anchors)).toBe(true);
      expect(precheck(tw(p), fp.anchors)).toBe(true);
    }
  });

  it('property: the pre-check answers exactly "some anchor occurs in the text", for the fingerprint and for any anchors', () => {
    const naive = (t: string, anchors: readonly string[]) => anchors.some((a) => a !== '' && t.includes(a));
    // Texts made of anchors, their halves and neighbours, article text and noise: near misses included.
    const anchorBits = fc
      .constantFrom(...fp.anchors)
      .chain((a) => fc.constantFrom(a, a.slice(1), a.slice(0, -1), a.slice(1, 3), a[0]! + a));
    const slice = fc.constantFrom(...body).chain((p) => fc.nat(p.length).map((i) => p.slice(i, i + 12)));
    const text = fc
      .array(fc.oneof(anchorBits, slice, fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 10 })
      .map((xs) => xs.join(''));
    fc.assert(
      fc.property(text, (t) => precheck(t, fp.anchors) === naive(t, fp.anchors)),
      { numRuns: propertyRuns(2000) },
    );
    // Any anchors over a small alphabet (shared characters, repeats, empty anchors, surrogates).
    const unit = fc.constantFrom('a', 'b', '亲', '親', '密', '\ud83d', '\ude00');
    const anchors = fc.array(fc.string({ unit, maxLength: 5 }), { maxLength: 6 });
    const page = fc.string({ unit, maxLength: 40 });
    fc.assert(
      fc.property(anchors, page, (as, t) => precheck(t, as) === naive(t, as)),
      { numRuns: propertyRuns(3000) },
    );
  });

  it('thresholds: match ≥ 0.9, partial ≥ 0.3', () => {
    expect([MATCH_AT, PARTIAL_AT]).toEqual([0.9, 0.3]);
  });

  it('property: a page scores exactly the share of the body it holds, whatever text lies around and between', () => {
    const total = fp.paragraphs.reduce((sum, p) => sum + p.weight, 0);
    const junk = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'binary' }),
      fc.constantFrom(...captions, title, ...SAME_TOPIC.paragraphs, ...SAME_AUTHOR.paragraphs, ...HOST_TEXT, ''),
    );
    // Which body paragraphs the page holds, in which order, and what stands before, between and after them.
    const page = fc
      .shuffledSubarray(body.map((_, i) => i))
      .chain((held) => fc.tuple(fc.constant(held), fc.array(junk, { minLength: held.length + 1, maxLength: held.length + 1 })));
    let planted = 0;
    fc.assert(
      fc.property(page, ([held, around]) => {
        const text = around.map((j, i) => j + (i < held.length ? body[held[i]!] : '')).join('');
        const share = held.reduce((sum, i) => sum + fp.paragraphs[i]!.weight, 0) / total;
        const r = detect(text, fp);
        expect(r.coverage).toBeGreaterThanOrEqual(share - 1e-9);
        expect(r.coverage).toBeLessThanOrEqual(share + 1e-9);
        if (Math.abs(share - 0.9) > 1e-6 && Math.abs(share - 0.3) > 1e-6)
          expect(r.kind).toBe(share >= 0.9 ? 'match' : share >= 0.3 ? 'partial' : 'none');
        planted += held.length;
      }),
      { numRuns: propertyRuns(300) },
    );
    expect(planted).toBeGreaterThan(0);
  });
});

describe('the pieces of detection', () => {
  it('verdict thresholds are inclusive', () => {
    expect([1, 0.9, 0.8999, 0.3, 0.2999, 0].map(verdictKind)).toEqual(['match', 'match', 'partial', 'partial', 'none', 'none']);
  });

  it('grams: one hash per k characters, rolling, the same from a string or its code units', () => {
    const hashes = (s: string | Uint16Array, k: number) => {
      const out: number[] = [];
      forEachGram(s, k, (h) => out.push(h));
      return out;
    };
    // Pinned: the committed fingerprint holds hashes made this way.
    expect(hashes('星际之门项目资料图', 8)).toEqual([1958240140, 4040864934]);
    expect(hashes('abc', 2)).toEqual([1209909820, 4056364178]);
    expect(
      hashes(
        Uint16Array.from('abc', (c) => c.charCodeAt(0)),
        2,
      ),
    ).toEqual([1209909820, 4056364178]);
    expect(hashes('abc', 4)).toEqual([]);
    // Rolling: a gram hashes the same wherever it stands.
    expect(hashes('xabc', 2).slice(1)).toEqual(hashes('abc', 2));
  });

  it('the pre-check looks for any non-empty anchor in the raw text', () => {
    expect(precheck('星际之门', ['', '之门'])).toBe(true);
    expect(precheck('星际之门', ['', '项目'])).toBe(false);
    expect(precheck('星际之门', [])).toBe(false);
  });

  it('the pre-check scans for as few key characters as it can, each one fast to find (planAnchors)', () => {
    // Scan bytes: 中 U+4E2D → 0x4E (found in ASCII text), 马 U+9A6C → 0x9A, 高 U+9AD8 and 斯 U+65AF → 0xD8, 0xAF.
    expect(anchorKeys(['中马', '中斯'])).toEqual(['斯', '马']); // never a key found in ASCII, though 中 holds both
    expect(anchorKeys(['马a', '高b'])).toEqual(['高', '马']); // then not at a lead byte (≥ 0xA0)
    expect(anchorKeys(['马1', '马2', '高3'])).toEqual(['马', '高']); // the most anchors held comes first
    expect(anchorKeys(['高a', '斯b'])).toEqual(['斯', '高']); // equals: the lower code, whatever the order
    expect(anchorKeys(['斯b', '高a'])).toEqual(['斯', '高']);
    expect(anchorKeys(['', '中'])).toEqual(['中']);
    // Each group holds only anchors with its key, at the key's offset.
    expect(precheck('x高a', ['斯b', '高a'])).toBe(true);
    expect(precheck('斯a高b', ['斯b', '高a'])).toBe(false);
  });

  /** A fingerprint of two made-up paragraphs: every 4-gram sampled, so coverage is exact. */
  function tiny(paragraphs: { text: string; weight?: number }[], extra: Partial<Fingerprint> = {}): Fingerprint {
    return {
      format: 1,
      gram: 4,
      fold: '門门',
      anchors: ['甲乙'],
      noise: { captions: [], counter: [], authorName: '', authorBio: '' },
      paragraphs: paragraphs.map(({ text, weight }) => {
        const grams = new Set<number>();
        forEachGram(text, 4, (h) => grams.add(h));
        return { weight: weight ?? text.length, grams: [...grams].sort((a, b) => a - b) };
      }),
      ...extra,
    };
  }

  it('coverage is each paragraph’s share of samples found, weighted; Traditional folded by the fingerprint’s table', () => {
    const fp2 = tiny([{ text: '甲乙丙丁戊己庚辛' }, { text: '子丑寅卯辰巳午未', weight: 24 }]);
    // 5 grams each; the page holds the first paragraph and 3 of the second's 5 grams.
    expect(detect('甲乙丙丁戊己庚辛……子丑寅卯辰巳', fp2)).toEqual({ kind: 'partial', coverage: (8 + 24 * (3 / 5)) / 32 });
    expect(detect('甲乙 丙丁，戊己庚辛', fp2)).toEqual({ kind: 'none', coverage: 0.25 });
    expect(detect('甲乙丙丁戊己庚辛子丑寅卯辰巳午未', fp2)).toEqual({ kind: 'match', coverage: 1 });
    const fp3 = tiny([{ text: '甲乙丙门戊' }]);
    expect(detect('甲乙丙門戊', fp3)).toEqual({ kind: 'match', coverage: 1 });
    expect(fingerprintFold(fp3)[0x9580]).toBe(0x95e8);
  });

  it('a paragraph without weight or samples counts for nothing; no such paragraph at all is none', () => {
    const fp2 = tiny([{ text: '甲乙丙丁戊' }, { text: '子丑寅卯辰', weight: 0 }, { text: '己庚辛壬癸', weight: Number.NaN }]);
    expect(detect('甲乙丙丁戊', fp2)).toEqual({ kind: 'match', coverage: 1 });
    const none = tiny([{ text: '甲乙丙', weight: 0 }]);
    expect(detect('甲乙丙', none)).toEqual({ kind: 'none', coverage: 0 });
    const empty = { ...tiny([]), paragraphs: [{ weight: 5, grams: [] }] };
    expect(detect('甲乙丙', empty)).toEqual({ kind: 'none', coverage: 0 });
    const oneEmpty = { ...tiny([{ text: '甲乙丙丁戊' }]) };
    oneEmpty.paragraphs = [...oneEmpty.paragraphs, { weight: 5, grams: [] }];
    expect(detect('甲乙丙丁戊', oneEmpty)).toEqual({ kind: 'match', coverage: 1 });
  });

  it('a gram two paragraphs share counts for the first only', () => {
    const fp2 = tiny([{ text: '甲乙丙丁' }, { text: '甲乙丙丁戊' }]);
    // The second paragraph's grams: 甲乙丙丁 (owned by the first) and 乙丙丁戊.
    expect(detect('甲乙丙丁', fp2).coverage).toBeCloseTo(4 / 9, 12);
    expect(detect('甲乙 乙丙丁戊', fp2).coverage).toBeCloseTo((5 * (1 / 2)) / 9, 12);
  });

  it('a broken fingerprint gives none, never an exception', () => {
    expect(detect('甲乙丙丁', { ...tiny([{ text: '甲乙丙丁' }]), paragraphs: null } as unknown as Fingerprint)).toEqual({
      kind: 'none',
      coverage: 0,
    });
    expect(detect('甲乙丙丁', { ...tiny([{ text: '甲乙丙丁' }]), anchors: null } as unknown as Fingerprint)).toEqual({
      kind: 'none',
      coverage: 0,
    });
  });
});
