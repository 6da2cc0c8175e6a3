/**
 * What comparing a page's copy with the bundled parsed copy yields: the facts the page changes
 * and the passages it lacks. Plain data (it travels in messages and lives in session storage),
 * with a sanitiser for what comes back from storage.
 */

/** `qualifier`: the hedge on a figure (远低于, 约, 各), compared apart from its value. */
export type FactKind = 'figure' | 'qualifier' | 'actor' | 'date';

export interface FactChange {
  kind: FactKind;
  /** The fact in the parsed copy: figure id (`f3`), actor id (`son`) or timeline id (`t13`). */
  id: string;
  /** What the fact is, in both UI languages (e.g. what a figure measures, an actor's name). */
  what: { zh: string; en: string };
  /** The article's words, exactly as the parsed copy has them (e.g. `5000亿美元`). */
  original: string;
  /** This page's words at that place, exactly as the page has them; '' where the page drops the fact. */
  page: string;
  /** Places the page makes this same change (an amount altered wherever it stands is one item). */
  count: number;
  /** The article's sentence holding the fact (id and span in the parsed copy's text). */
  sentence: { id: string; start: number; end: number };
  /** The page's own text of that sentence, so it can be found and highlighted on the page. */
  pageSentence: string;
}

export interface MissingPassage {
  /** Span in the parsed copy's text: consecutive body sentences the page does not hold. */
  start: number;
  end: number;
  /** First sentence's id (the reader page opens there). */
  sentenceId: string;
  sentences: number;
  /** The passage's first words, for the list (the popup bundles no article text). */
  excerpt: string;
}

export interface ChangedFactsResult {
  changes: FactChange[];
  missing: MissingPassage[];
  /** Body sentences found on the page (exactly or aligned), of `total`. */
  found: number;
  total: number;
}

const KINDS: readonly string[] = ['figure', 'qualifier', 'actor', 'date'];
/** Caps on what is kept from storage or a message: a corrupt value must never blow up the UI. */
const MAX_ITEMS = 500;
const MAX_TEXT = 2000;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isText = (x: unknown): x is string => typeof x === 'string' && x.length <= MAX_TEXT;
const isOffset = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

function isChange(x: unknown): x is FactChange {
  if (
    !isObject(x) ||
    !KINDS.includes(x.kind as string) ||
    !isText(x.id) ||
    !isText(x.original) ||
    !isText(x.page) ||
    !isText(x.pageSentence)
  )
    return false;
  const { what, sentence } = x;
  return (
    // A change kept before changes were counted has none (read as 1).
    (x.count === undefined || (isOffset(x.count) && x.count >= 1)) &&
    isObject(what) &&
    isText(what.zh) &&
    isText(what.en) &&
    isObject(sentence) &&
    isText(sentence.id) &&
    isOffset(sentence.start) &&
    isOffset(sentence.end)
  );
}

function isMissing(x: unknown): x is MissingPassage {
  return isObject(x) && isOffset(x.start) && isOffset(x.end) && isText(x.sentenceId) && isOffset(x.sentences) && isText(x.excerpt);
}

/** The comparison if `raw` is a well-formed one, else undefined. */
export function sanitizeChangedFacts(raw: unknown): ChangedFactsResult | undefined {
  if (!isObject(raw) || !Array.isArray(raw.changes) || !Array.isArray(raw.missing) || !isOffset(raw.found) || !isOffset(raw.total))
    return undefined;
  if (raw.changes.length > MAX_ITEMS || raw.missing.length > MAX_ITEMS) return undefined;
  if (!raw.changes.every(isChange) || !raw.missing.every(isMissing)) return undefined;
  const changes = (raw.changes as FactChange[]).map((c) => ({ ...c, count: c.count ?? 1 }));
  return { changes, missing: raw.missing, found: raw.found, total: raw.total };
}
