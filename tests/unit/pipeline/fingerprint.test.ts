import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ANCHOR_LENGTH, buildFingerprint, fingerprintFileFrom, serialiseFingerprint, MIN_SAMPLES } from '@/pipeline/fingerprint';
import { anchorKeys, GRAM, SAMPLE_MOD, forEachGram, scanByte, type Fingerprint } from '@/utils/detect/coverage';
import { getFingerprint } from '@/entrypoints/background/fingerprint-provider';
import { FINGERPRINT_PATH, PARSED_PATH, article, body, fp } from '@/tests/unit/utils/detect/fixture';

describe('fingerprint', () => {
  it('the committed file equals a fresh generation, byte for byte', () => {
    expect(readFileSync(FINGERPRINT_PATH, 'utf8')).toBe(fingerprintFileFrom(readFileSync(PARSED_PATH, 'utf8')));
  });

  it('is deterministic: independent copies of the parsed copy give the same bytes, and it leaves its input untouched', () => {
    const [a, b] = [structuredClone(article), structuredClone(article)];
    const before = JSON.stringify(a);
    const first = serialiseFingerprint(buildFingerprint(a));
    expect(JSON.stringify(a)).toBe(before);
    expect(serialiseFingerprint(buildFingerprint(b))).toBe(first);
    // The bytes follow the text: the same article with one paragraph's words changed gives others.
    const p = article.blocks.find((x) => x.kind === 'paragraph')!;
    const changed = { ...b, text: b.text.slice(0, p.start) + '某'.repeat(p.end - p.start) + b.text.slice(p.end) };
    expect(serialiseFingerprint(buildFingerprint(changed))).not.toBe(first);
  });

  it('rejects an invalid parsed copy', () => {
    expect(() => fingerprintFileFrom(JSON.stringify({ format: 1, text: 'x' }))).toThrow(/invalid/);
  });

  it('one entry per body paragraph, weighted by length, a few hundred samples at most', () => {
    expect(fp.gram).toBe(GRAM);
    expect(fp.paragraphs).toHaveLength(body.length);
    const samples = fp.paragraphs.reduce((n, p) => n + p.grams.length, 0);
    expect(samples).toBeGreaterThan(100);
    expect(samples).toBeLessThan(400);
    for (const p of fp.paragraphs) {
      expect(p.weight).toBeGreaterThan(GRAM);
      expect(p.grams.length).toBeGreaterThanOrEqual(MIN_SAMPLES);
      expect(new Set(p.grams).size).toBe(p.grams.length);
      expect(p.grams).toEqual([...p.grams].sort((a, b) => a - b));
    }
  });

  it('samples are content-defined (hash ≡ 0 mod m), topped up only for short paragraphs', () => {
    for (const p of fp.paragraphs) {
      const modular = p.grams.filter((h) => h % SAMPLE_MOD === 0).length;
      if (modular < p.grams.length) expect(p.grams.length).toBe(MIN_SAMPLES);
    }
  });

  it('every sampled gram occurs in its paragraph', () => {
    const all = new Set<number>();
    forEachGram(
      body
        .join('')
        .replace(/[\s\p{P}]/gu, '')
        .toLowerCase(),
      GRAM,
      (h) => all.add(h),
    );
    const missing = fp.paragraphs.flatMap((p) => p.grams).filter((h) => !all.has(h));
    expect(missing.length).toBeLessThan(3); // only grams spanning removed symbols may differ
  });

  it('anchors: raw CJK grams, at least one per paragraph, in both scripts, around a few shared key characters', () => {
    expect(fp.anchors.length).toBeGreaterThanOrEqual(body.length);
    expect(fp.anchors.length).toBeLessThanOrEqual(body.length * 4);
    for (const a of fp.anchors) expect(a).toMatch(new RegExp(`^[\\u4e00-\\u9fff]{${ANCHOR_LENGTH}}$`));
    for (const p of body) expect(fp.anchors.some((a) => p.includes(a))).toBe(true);
    // The pre-check scans the page once per key: a few characters, none of them found in ASCII text, hold every anchor.
    const keys = anchorKeys(fp.anchors);
    expect(keys.length).toBeLessThanOrEqual(4);
    for (const k of keys) expect(scanByte(k)).toBeGreaterThanOrEqual(0x80);
  });

  it('noise strings: 5 captions, the read counter, the author card', () => {
    expect(fp.noise.captions).toHaveLength(5);
    expect(fp.noise.captions[0]).toBe('星际之门项目资料图');
    expect(fp.noise.counter).toEqual(['0阅读141']);
    expect(fp.noise.authorName).toBe('千金不及冰淇淋');
    expect(fp.noise.authorBio).toBe('简介环球大侦探深挖国际小秘密');
  });

  it('the background provider serves what the parsed copy gives today', () => {
    const served: Fingerprint = getFingerprint();
    expect(serialiseFingerprint(served)).toBe(serialiseFingerprint(buildFingerprint(article)));
    expect(served.paragraphs.length).toBe(body.length);
  });
});
