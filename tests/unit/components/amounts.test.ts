/**
 * The amounts chart's rules: the money of the bundled copy on one logarithmic scale (2.7亿 to
 * 5000亿), the amount without a currency apart, how each amount stands, and a scale that keeps
 * order for any amounts.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { article } from '@/utils/article/data';
import type { Figure } from '@/utils/article/schema';
import { amountScale, amountStatus, boundOf, groupFigures } from '@/components/amounts';
import { scaleAmount } from '@/components/chart-format';

const byText = (text: string) => article.figures.filter((f) => f.text === text);

describe('the bundled copy’s figures', () => {
  const { scales, noCurrency, other } = groupFigures(article.figures);

  it('puts the dollar amounts on one logarithmic scale, largest first; 2万亿 apart; shares and years after', () => {
    expect(scales).toHaveLength(1);
    const [usd] = scales;
    expect(usd!.currency).toBe('USD');
    expect(usd!.kind).toBe('log');
    expect(usd!.figures.map((f) => f.text)).toEqual([
      '5000亿美元',
      '5000亿美元',
      '2000亿美元',
      '1000亿美元',
      '450亿美元',
      '190亿美元',
      '100亿美元',
      '2.7亿美元',
    ]);
    expect(usd!.ticks).toEqual([1e8, 1e9, 1e10, 1e11, 1e12]);
    expect(usd!.ticks.map((v) => scaleAmount(v, 'USD', 'en'))).toEqual(['$100M', '$1B', '$10B', '$100B', '$1T']);
    expect(usd!.ticks.map((v) => scaleAmount(v, 'USD', 'zh'))).toEqual(['1亿', '10亿', '100亿', '1000亿', '1万亿']);
    expect(noCurrency.map((f) => f.text)).toEqual(['2万亿']);
    expect(other.map((f) => f.text)).toEqual(['40%', '16年', '10年']);
    // Every figure once.
    expect([...usd!.figures, ...noCurrency, ...other].map((f) => f.id).sort()).toEqual(article.figures.map((f) => f.id).sort());
  });

  it('sets Musk’s "well below $10 billion" against the $500 billion announcement and Altman’s $19 billion each', () => {
    const at = scales[0]!.at;
    const [musk] = byText('100亿美元');
    const [announced] = byText('5000亿美元');
    const [altman] = byText('190亿美元');
    expect(boundOf(musk!)).toBe('below');
    expect(at(musk!.value)).toBeCloseTo(0.5);
    expect(at(announced!.value)).toBeCloseTo(0.925, 3);
    expect(at(altman!.value)).toBeGreaterThan(at(musk!.value));
    expect(boundOf(altman!)).toBe('exact'); // "each" counts, it does not hedge
    expect([musk, announced, altman].map((f) => amountStatus(f!))).toEqual(['claimed', 'planned', 'planned']);
    expect(amountStatus(byText('2000亿美元')[0]!)).toBe('earlier');
    expect(amountStatus(byText('1000亿美元')[0]!)).toBe('reported');
  });
});

const usd = (value: number, i: number): Figure => ({
  id: `f${i}`,
  start: i,
  end: i + 1,
  text: String(value),
  value,
  unit: 'USD',
  measures: { zh: '', en: '' },
  sentence: 's0',
});

describe('any amounts', () => {
  const anyValues = fc.array(fc.double({ min: 1, max: 1e15, noNaN: true }), { minLength: 1, maxLength: 12 });

  it('keep their order on the scale, inside its ends, which are gridlines', () => {
    fc.assert(
      fc.property(anyValues, (values) => {
        const scale = amountScale('USD', values.map(usd));
        const sorted = scale.figures.map((f) => f.value);
        expect(sorted).toEqual([...values].sort((a, b) => b - a));
        for (const [i, v] of sorted.entries()) {
          expect(scale.at(v)).toBeGreaterThanOrEqual(-1e-9);
          expect(scale.at(v)).toBeLessThanOrEqual(1 + 1e-9);
          // Monotonic (never reversed; amounts equal to 15 digits may share a place).
          if (i > 0) expect(scale.at(v)).toBeLessThanOrEqual(scale.at(sorted[i - 1]!));
          if (i > 0 && sorted[i - 1]! / v > 1.000001) expect(scale.at(v)).toBeLessThan(scale.at(sorted[i - 1]!));
        }
        expect(scale.at(scale.ticks[0]!)).toBeCloseTo(0);
        expect(scale.at(scale.ticks.at(-1)!)).toBeCloseTo(1);
        // Logarithmic exactly where the amounts span a hundredfold.
        expect(scale.kind).toBe(Math.max(...values) / Math.min(...values) >= 100 ? 'log' : 'linear');
      }),
    );
  });

  it('reads qualifiers as bounds: below, above, about', () => {
    const q = (en: NonNullable<Figure['qualifier']>['en']) => boundOf({ qualifier: { zh: '', en } });
    expect(['well below', 'below', 'at most'].map((x) => q(x as 'below'))).toEqual(['below', 'below', 'below']);
    expect(['over', 'more than', 'at least'].map((x) => q(x as 'over'))).toEqual(['above', 'above', 'above']);
    expect([q('about'), q('nearly'), q('each'), boundOf({})]).toEqual(['about', 'about', 'exact', 'exact']);
  });
});
