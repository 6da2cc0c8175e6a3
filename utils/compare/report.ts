/**
 * Background side of the comparison: the detector sends the page text it already read with a
 * match/partial verdict (so the always-on script carries nothing more), and this compares it with
 * the bundled parsed copy. Wire as `comparisonFor(report)` in the `reportVerdict` handler.
 */
import { fold } from '@/assets/fingerprint.json';
import { article } from '../article/data';
import { foldTable, type FoldTable } from '../detect/normalise';
import type { Verdict, VerdictReport } from '../messages';
import { compareCopy } from './compare';
import type { Comparison } from './types';

let table: FoldTable | undefined;

/** The verdict without the text (what the tab state keeps), and the comparison on match/partial. */
export function comparisonFor(report: VerdictReport): { verdict: Verdict; comparison?: Comparison } {
  const verdict: Verdict = { kind: report.kind, coverage: report.coverage };
  if (report.kind === 'none' || typeof report.text !== 'string') return { verdict };
  table ??= foldTable(fold);
  return { verdict, comparison: compareCopy(report.text, article, table) };
}
