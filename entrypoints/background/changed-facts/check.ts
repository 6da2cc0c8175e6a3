/**
 * Background side of the comparison: the detector sends the page text it already read with a
 * match/partial verdict (so the always-on script carries nothing more), and this compares it with
 * the bundled parsed copy. Wire as `comparisonFor(report)` in the `reportVerdict` handler.
 */
import { fold } from '@/assets/fingerprint.json';
import { article } from '@/utils/article/data';
import { foldTable, type FoldTable } from '@/utils/detect/normalise';
import type { Verdict, VerdictReport } from '@/utils/messages';
import lexicon from '@/assets/lexicon.json';
import { compareCopy } from './compare';
import type { OtherNames } from './prepare';
import type { ChangedFactsResult } from '@/utils/changed-facts';

let table: FoldTable | undefined;

/** Every name the curated lexicon knows for each actor (川普, 唐纳德·特朗普): a reprint may use one the article does not. */
export const LEXICON_NAMES: OtherNames = Object.fromEntries(lexicon.actors.map((a) => [a.id, [a.zh, ...a.aliases]]));

/** The verdict without the text (what the tab state keeps), and the changed-facts check on match/partial. */
export function checkChangedFacts(report: VerdictReport): { verdict: Verdict; changedFacts?: ChangedFactsResult } {
  const verdict: Verdict = { kind: report.kind, coverage: report.coverage };
  if (report.kind === 'none' || typeof report.text !== 'string') return { verdict };
  table ??= foldTable(fold);
  return { verdict, changedFacts: compareCopy(report.text, article, table, LEXICON_NAMES) };
}
