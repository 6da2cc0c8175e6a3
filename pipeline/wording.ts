/**
 * The one place the parser turns editorial wording (pipeline/curation.ts) into the text it
 * writes: the tense the Chinese marks (将 → future, 曾 → past) picks the verb form, and an
 * amount named in the wording is written by the UI's own formatter (`formatAmount`), so an
 * event reads "$270 million" exactly as the figures list does.
 */
import type { Bilingual, Tense } from '../utils/article/schema';
import type { AmountMatch } from '../utils/article/numbers';
import { formatAmount } from '../utils/i18n';

/** 将 (not the object marker 将之 / 将其, not 将军 / 将领), 即将, 将要 → future; 曾 / 曾经 → past. */
const FUTURE = /即将|将要|将(?![之其军领])/u;
const PAST = /曾/u;

/** Clause edges for tense: a marker governs its own clause only (、 lists do not end one). */
const CLAUSE_END = /[。!?\uFF01\uFF1F,\uFF0C;\uFF1B]/u;

/** The clause of `text` that leads up to `at` (from the last clause edge before it). */
export function clauseBefore(text: string, from: number, at: number): string {
  let i = at;
  while (i > from && !CLAUSE_END.test(text[i - 1] ?? '')) i--;
  return text.slice(i, at);
}

/** The tense the words mark, by the first marker found; undefined where they mark none. */
export function tenseOf(words: string): Tense | undefined {
  const f = FUTURE.exec(words);
  const p = PAST.exec(words);
  if (f && (!p || f.index < p.index)) return 'future';
  return p ? 'past' : undefined;
}

/**
 * Verb forms by tense. `plain` is the wording where the text marks no tense (narrated past in
 * events, present in what a figure measures).
 */
export const VERBS: Record<string, { future: string; past: string; plain: string }> = {
  invest: { future: 'will invest', past: 'had invested', plain: 'invest' },
  'put into': { future: 'will put into', past: 'had put into', plain: 'put into' },
  'each put into': { future: 'will each put into', past: 'had each put into', plain: 'each put into' },
  say: { future: 'will say', past: 'had said', plain: 'said' },
};

/** The Chinese tense word the wording carries: 将 / 曾, nothing where the text marks none. */
const ZH_TENSE: Record<Tense | 'plain', string> = { future: '将', past: '曾', plain: '' };

/**
 * Fills `<verb>` slots (en: a key of VERBS; zh: `<T>`) with the form for `tense`, and `{amount}`
 * slots with the amount of that text found nearby, written by `formatAmount`. Null when a slot
 * cannot be filled (a damaged copy lost the amount): the caller then uses generic wording, and
 * the golden test fails if one of our own notes goes unused.
 */
export function compose(
  template: Bilingual,
  tense: Tense | undefined,
  amounts: readonly AmountMatch[],
  options: { pastAsPlain?: boolean } = {},
): Bilingual | null {
  // `pastAsPlain`: wording told at the act's own time (a timeline event dated by its own words)
  // has no earlier "now" for 曾 to precede: "Trump said", not "had said". Chinese keeps 曾.
  const en = options.pastAsPlain && tense === 'past' ? undefined : tense;
  try {
    return { zh: fill(template.zh, 'zh', tense, amounts), en: fill(template.en, 'en', en, amounts) };
  } catch {
    return null;
  }
}

function fill(s: string, lang: 'zh' | 'en', tense: Tense | undefined, amounts: readonly AmountMatch[]): string {
  return s
    .replace(/<([^<>]+)>/gu, (_, key: string) => {
      if (lang === 'zh') {
        if (key !== 'T') throw new Error(`wording: unknown zh slot <${key}>`);
        return ZH_TENSE[tense ?? 'plain'];
      }
      const verb = VERBS[key];
      if (!verb) throw new Error(`wording: unknown verb <${key}>`);
      return verb[tense ?? 'plain'];
    })
    .replace(/\{([^{}]+)\}/gu, (_, words: string) => {
      const a = amounts.find((x) => x.text === words);
      if (!a) throw new Error(`wording: amount {${words}} not in the sentence`);
      return formatAmount(a.value, a.unit, lang);
    });
}
