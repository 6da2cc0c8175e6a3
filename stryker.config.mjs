// @ts-check
/**
 * Mutation testing (StrykerJS with its vitest runner) over the pure modules: it breaks the code one
 * small change at a time and checks that some unit test fails. `npm run mutate` runs it group by
 * group (scripts/mutate.ts); `npx stryker run` runs every group at once.
 */

/** The modules under mutation, by group: `npm run mutate -- <group>` runs one. One line adds a folder. */
export const groups = {
  detect: ['utils/detect/**/*.ts'],
  pipeline: ['pipeline/{blocks,sentences,dates,actors,figures,timeline,wording}.ts'],
  numbers: ['utils/article/numbers.ts'],
  locate: ['utils/page/locate.ts'],
  share: ['utils/share/{markdown,json}.ts'],
  noise: ['entrypoints/noise.content/noise.ts'],
  'changed-facts': ['entrypoints/background/changed-facts/**/*.ts'],
};

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // The unit project alone (no browsers); only the test files that import a mutated module run.
  vitest: { configFile: 'vitest.mutate.config.ts', related: true },
  coverageAnalysis: 'perTest',
  // Mutants in code run at import (tables, patterns) re-run every test that imports the module: about half of the
  // mutants and four fifths of the time here. They are left out (reported as ignored), so a run fits in an hour.
  ignoreStatic: true,
  mutate: Object.values(groups).flat(),
  // Two cores: one test runner each.
  concurrency: 2,
  // A mutant that loops ends as a timeout (counted as detected). The machine is often busy and the
  // property tests run many cases, so the limit is generous: a slow run must not pass for a loop.
  timeoutMS: 60_000,
  timeoutFactor: 3,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  // Vitest does not type-check, so nothing needs `// @ts-nocheck`; Stryker's default would also write it into the
  // inline scripts of the generated test pages, which then no longer match their generator.
  disableTypeChecks: false,
  // What the unit tests never read stays out of each sandbox copy (they do read docs/share.md's example).
  ignorePatterns: ['.output*', 'reports', 'coverage', 'docs/store', 'tests/e2e', 'scripts/*screenshots*'],
};
