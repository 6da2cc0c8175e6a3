import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { foldCode, foldTable, normalise, normaliseCodes } from '@/utils/detect/normalise';
import { article, fp } from './fixture';

describe('normalise', () => {
  it('drops whitespace and punctuation of both widths, keeps CJK, letters and digits', () => {
    expect(normalise('“星际之门”项目(资料图)')).toBe('星际之门项目资料图');
    expect(normalise('“星際之門”項目（資料圖）\n\t ，。！？、；：')).toBe('星際之門項目資料圖');
    expect(normalise('  A b\u00a0c\u3000D  ')).toBe('abcd');
  });

  it('folds full-width ASCII to ASCII and lowercases', () => {
    expect(normalise('ＯｐｅｎＡＩ５０００亿')).toBe('openai5000亿');
    expect(normalise('OpenAI 5000 亿')).toBe('openai5000亿');
    expect(normalise('Ünïcode Straße')).toBe('ünïcodestraße');
  });

  it('drops emoji and other astral characters, never throws on lone surrogates', () => {
    expect(normalise('马斯克😀\ud800X')).toBe('马斯克x');
    expect(normalise('')).toBe('');
  });

  it('maps Traditional to Simplified with the fingerprint table (tw and hk)', () => {
    const fold = foldTable(fp.fold);
    const simplified = normalise(article.text, fold);
    for (const to of ['tw', 'hk', 't'] as const) {
      const traditional = OpenCC.Converter({ from: 'cn', to })(article.text);
      expect(traditional).not.toBe(article.text);
      expect(normalise(traditional, fold)).toBe(simplified);
    }
  });

  it('the fold table is small: only the article’s own characters', () => {
    const pairs = fp.fold.length / 2;
    expect(pairs).toBeGreaterThan(50);
    expect(pairs).toBeLessThan(400);
    const chars = new Set(article.text);
    for (let i = 1; i < fp.fold.length; i += 2) expect(chars.has(fp.fold[i]!)).toBe(true);
  });
});

describe('normalise, unit by unit', () => {
  it('keeps exactly a–z and 0–9 of ASCII (A–Z folded), nothing next to those ranges', () => {
    expect(normalise('`az{/09:AZ@[')).toBe('az09az');
    expect([0x2f, 0x30, 0x39, 0x3a, 0x40, 0x41, 0x5a, 0x5b, 0x60, 0x61, 0x7a, 0x7b].map((c) => foldCode(c, undefined))).toEqual([
      -1, 0x30, 0x39, -1, -1, 0x61, 0x7a, -1, -1, 0x61, 0x7a, -1,
    ]);
  });

  it('keeps letters and digits of other scripts, lowercased where that is one unit; drops symbols, surrogates and private use', () => {
    expect(normalise('éÉΣ٣ǅİ·—\ud7ff\ue000ＡªⅫ')).toBe('ééσ٣ǆİaªⅻ');
    expect([0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff].map((c) => foldCode(c, undefined))).toEqual([-1, -1, -1, -1, -1]);
    expect(foldCode(0x4e00, undefined)).toBe(0x4e00);
  });

  it('folds Traditional only with a table, and the same way every time (codes as built, then as remembered)', () => {
    const fold = foldTable('門门');
    expect([normalise('星際之門'), normalise('星際之門', fold), normalise('星際之門', fold)]).toEqual(['星際之門', '星際之门', '星際之门']);
    expect([...normaliseCodes('A 門。', fold)]).toEqual([0x61, 0x95e8]);
    expect([...normaliseCodes('A 門。')]).toEqual([0x61, 0x9580]);
  });
});
