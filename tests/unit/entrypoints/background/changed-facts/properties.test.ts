/**
 * Properties of the changed-facts check over edits of the article as copy editors make them
 * (scripts/pages/edits.ts): faithful edits beside random facts — a word inserted, deleted or
 * replaced next to a name, an amount or a date, a name's fuller or titled form, a number or date
 * written another way, an idiom reworded, in Simplified or Traditional script — are never a
 * change; one real change of each kind among random faithful edits is exactly that change, with
 * the smallest differing words. Every case also asserts what was compared (every body sentence
 * found), so a comparison that fails or throws can never pass as "no change".
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { compareCopy } from '@/entrypoints/background/changed-facts/compare';
import { OTHER_FIGURES, applyEdits, type Edit } from '@/scripts/pages/edits';
import { article, fold, names } from './fixture';
import { FAITHFUL, KINDS, OPS, T, edits, facts, faithfulEdit } from './operators';
import { propertyRuns } from '../../../property-runs';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const compare = (page: string) => compareCopy(page, article, fold, names);
const briefly = (page: string) => compare(page).changes.map((c) => [c.kind, c.original, c.page]);
const NUM_RUNS = Number(process.env.SGB_PROPERTY_RUNS ?? propertyRuns(80));

/** What was compared: every body sentence of the article found on the page. */
function expectWholeArticleCompared(page: string): void {
  const r = compare(page);
  expect(r.total).toBeGreaterThan(40);
  expect(r.found).toBe(r.total);
}

describe('faithful edits beside the facts are never a change', () => {
  it.each(OPS)('%s alone, on its own', (op) => {
    // The operator applied beside every fact of the article at once.
    const all = facts.map((_, f) => FAITHFUL[op]!(f, f, f + 1)).filter((e): e is Edit => !!e);
    const page = applyEdits(T, all);
    expect(page).not.toBe(T);
    expect(briefly(page)).toEqual([]);
    expectWholeArticleCompared(page);
  });

  it('any mix of them, in Simplified or Traditional script', () => {
    fc.assert(
      fc.property(fc.array(faithfulEdit, { minLength: 1, maxLength: 30 }), fc.boolean(), (list, traditional) => {
        const edited = applyEdits(T, edits(list));
        const page = traditional ? toTraditional(edited) : edited;
        const r = compare(page);
        expect(r.changes.map((c) => [c.kind, c.original, c.page])).toEqual([]);
        expect(r.total).toBeGreaterThan(40);
        expect(r.found).toBe(r.total);
      }),
      { numRuns: NUM_RUNS },
    );
  }, 120_000);
});

describe('one real change among faithful edits is exactly that change, in the smallest words', () => {
  it.each(Object.keys(KINDS))(
    '%s',
    (kind) => {
      fc.assert(
        fc.property(fc.nat(), fc.nat(), fc.array(faithfulEdit, { maxLength: 20 }), fc.boolean(), (n, k, list, traditional) => {
          const planted = KINDS[kind]!(n, k)!;
          const edited = applyEdits(T, [planted.edit, ...edits(list, [planted.edit.start, planted.edit.end])]);
          const page = traditional ? toTraditional(edited) : edited;
          const [changeKind, original, words] = planted.expected;
          const r = compare(page);
          expect(r.changes.map((c) => [c.kind, c.original, c.page, c.count])).toEqual([
            [changeKind, original, traditional ? toTraditional(words) : words, 1],
          ]);
          expect(r.found).toBe(r.total);
        }),
        { numRuns: NUM_RUNS },
      );
    },
    120_000,
  );
});

describe('the facts the check knows', () => {
  it('every fact of each kind is there to be edited', () => {
    const kinds = (k: string) => facts.filter((f) => f.reading.kind === k).map((f) => f.original);
    expect(new Set(kinds('figure'))).toEqual(new Set(Object.keys(OTHER_FIGURES).filter((x) => x !== '10年')));
    expect(kinds('date')).toEqual(['22日', '21日', '22日']);
    expect(new Set(kinds('time'))).toEqual(new Set(['仅几小时', '上个月', '一上任', '16年后', '上台后', '过去10年']));
    expect(kinds('actor').length).toBeGreaterThan(100);
  });
});
