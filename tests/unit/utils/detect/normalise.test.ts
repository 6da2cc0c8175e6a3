import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { foldTable, normalise } from '@/utils/detect/normalise';
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
