// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import fp from '@/assets/fingerprint.json';
import { foldTable, foldUnit, PUNCTUATION } from '@/utils/text/fold';
import { isSkippedElement, OVERLAY_HOST_TAG } from '@/utils/text/skip';
import { foldCode, normalise } from '@/utils/detect/normalise';
import { normaliseCodePoint, normaliseText } from '@/utils/page/locate';

const fold = foldTable(fp.fold);
const TRADITIONAL = [...fp.fold].filter((_, i) => i % 2 === 0);

describe('the shared fold', () => {
  it('folds width, case and script, and leaves everything else to the caller', () => {
    expect(String.fromCharCode(foldUnit('Ａ'.charCodeAt(0), fold))).toBe('a');
    expect(String.fromCharCode(foldUnit('，'.charCodeAt(0), fold))).toBe(',');
    expect(String.fromCharCode(foldUnit('門'.charCodeAt(0), fold))).toBe('门');
    expect(String.fromCharCode(foldUnit('門'.charCodeAt(0), undefined))).toBe('門');
    expect(foldUnit('“'.charCodeAt(0), fold)).toBe('“'.charCodeAt(0));
  });

  it('detection and locating fold every ASCII, full-width and Traditional character alike; they differ only in what they keep', () => {
    const units = [
      ...Array.from({ length: 0x5f }, (_, i) => 0x20 + i),
      ...Array.from({ length: 0x5e }, (_, i) => 0xff01 + i),
      ...TRADITIONAL.map((ch) => ch.charCodeAt(0)),
    ];
    expect(units.length).toBeGreaterThan(0x5f + 0x5e + 50);
    let kept = 0;
    for (const c of units) {
      const ch = String.fromCharCode(c);
      const detected = foldCode(c, fold);
      const located = normaliseCodePoint(ch);
      if (detected >= 0) {
        kept++;
        expect(located, ch).toBe(String.fromCharCode(detected));
      } else {
        // Detection drops it: punctuation or whitespace, which locating keeps (folded) or drops as invisible.
        expect(/[\p{L}\p{N}]/u.test(located), ch).toBe(false);
      }
    }
    expect(kept).toBeGreaterThan(62 * 2);
  });

  it('the typographic table folds punctuation only: detection drops every key and value', () => {
    for (const [from, to] of Object.entries(PUNCTUATION)) {
      expect(normalise(from + to, fold)).toBe('');
      expect(normaliseText(from)).toBe(to);
    }
  });

  it('one skip list: code, styles, form controls, drawings and our own host', () => {
    for (const tag of ['script', 'style', 'noscript', 'template', 'textarea', 'select', 'option', OVERLAY_HOST_TAG.toLowerCase()]) {
      expect(isSkippedElement(document.createElement(tag)), tag).toBe(true);
    }
    expect(isSkippedElement(document.createElementNS('http://www.w3.org/2000/svg', 'svg'))).toBe(true);
    expect(isSkippedElement(document.createElementNS('http://www.w3.org/1998/Math/MathML', 'math'))).toBe(true);
    for (const tag of ['p', 'div', 'span', 'figcaption', 'h1']) expect(isSkippedElement(document.createElement(tag)), tag).toBe(false);
  });
});
