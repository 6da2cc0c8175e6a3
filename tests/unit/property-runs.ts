/**
 * How many cases a fast-check property runs: the count its test chose, scaled by
 * `SGB_PROPERTY_SCALE` (default 1, at least 10 cases). `npm run mutate` runs a tenth: every
 * surviving mutant reruns each property that reaches it, which put the comparison's run at hours on
 * a 2-core machine. The mutation scores are for those smaller runs, so they can only be lower.
 */
export function propertyRuns(count: number): number {
  const scale = Number(process.env.SGB_PROPERTY_SCALE ?? 1);
  return Number.isFinite(scale) && scale > 0 ? Math.max(10, Math.round(count * scale)) : count;
}
