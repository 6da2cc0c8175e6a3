/**
 * The amounts chart's rules, apart from the DOM: which figures go on a scale, the scale itself,
 * and how each amount stands (a bound, a plan, a claim). Pure, so it is tested apart.
 */
import type { Figure } from '@/utils/article/schema';
import type { AmountStatus } from '@/utils/i18n-details';

export type Currency = 'USD' | 'CNY';

/** What the qualifier makes of the number: the amount itself, an upper or lower bound, or a round figure. */
export type Bound = 'exact' | 'below' | 'above' | 'about';

const BOUNDS: Partial<Record<NonNullable<Figure['qualifier']>['en'], Bound>> = {
  'well below': 'below',
  below: 'below',
  'at most': 'below',
  over: 'above',
  'more than': 'above',
  'at least': 'above',
  about: 'about',
  nearly: 'about',
};

export function boundOf(figure: Pick<Figure, 'qualifier'>): Bound {
  return (figure.qualifier && BOUNDS[figure.qualifier.en]) ?? 'exact';
}

/** How the amount stands, from what the text marks: a plan (将), something said before (曾), a claim (someone says it), or reported. */
export function amountStatus(figure: Pick<Figure, 'tense' | 'speaker'>): AmountStatus {
  if (figure.tense === 'future') return 'planned';
  if (figure.tense === 'past') return 'earlier';
  return figure.speaker ? 'claimed' : 'reported';
}

export interface AmountScale {
  currency: Currency;
  /** Logarithmic where the amounts span a hundredfold or more, else linear from zero. */
  kind: 'log' | 'linear';
  /** Gridline amounts, smallest first: the first sits at the left edge, the last at the right. */
  ticks: number[];
  /** Where an amount sits, 0 (left edge) to 1 (right edge). */
  at(value: number): number;
  /** The figures on the scale, largest first (equal amounts in text order). */
  figures: Figure[];
}

/** The smallest 1, 2 or 5 × 10^k at least `value`. */
function niceCeil(value: number): number {
  const p = 10 ** Math.floor(Math.log10(value));
  return ([1, 2, 5, 10].find((m) => m * p >= value * (1 - 1e-12)) ?? 10) * p;
}

export function amountScale(currency: Currency, figures: readonly Figure[]): AmountScale {
  const sorted = [...figures].sort((a, b) => b.value - a.value || a.start - b.start);
  const values = sorted.map((f) => f.value);
  const max = Math.max(...values);
  const min = Math.min(...values);
  if (max / min >= 100) {
    const lo = Math.floor(Math.log10(min));
    const hi = Math.max(Math.ceil(Math.log10(max)), lo + 1);
    const ticks = Array.from({ length: hi - lo + 1 }, (_, i) => 10 ** (lo + i));
    return { currency, kind: 'log', ticks, at: (v) => (Math.log10(v) - lo) / (hi - lo), figures: sorted };
  }
  const top = niceCeil(max);
  const step = niceCeil(top / 4);
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
  return { currency, kind: 'linear', ticks, at: (v) => v / ticks.at(-1)!, figures: sorted };
}

export interface FigureGroups {
  /** One scale per currency (amounts in different currencies never share one). */
  scales: AmountScale[];
  /** Amounts the text gives no currency for (2万亿): apart, on no scale. */
  noCurrency: Figure[];
  /** Shares, durations and the like, in text order. */
  other: Figure[];
}

/** Splits the figures for the Figures section: money on scales, money without a currency, the rest. */
export function groupFigures(figures: readonly Figure[]): FigureGroups {
  const inText = [...figures].sort((a, b) => a.start - b.start);
  const money = (c: Currency) => inText.filter((f) => f.unit === c && f.value > 0);
  const scales = (['USD', 'CNY'] as const).filter((c) => money(c).length).map((c) => amountScale(c, money(c)));
  // A bare amount the size of money (万 and up): a number with no unit at all is just a number.
  const noCurrency = inText.filter((f) => f.unit === null && f.value >= 1e4);
  return {
    scales,
    noCurrency,
    other: inText.filter((f) => !scales.some((s) => s.figures.includes(f)) && !noCurrency.includes(f)),
  };
}
