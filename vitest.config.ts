import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { articleFactsPlugin } from './pipeline/facts-plugin';
import { hantStringsPlugin } from './pipeline/hant';

/** The same build-time projections as the extension's build (wxt.config.ts), so tests import what ships. */
export const plugins = () => [
  WxtVitest(),
  preact(),
  articleFactsPlugin(resolve(import.meta.dirname, 'assets/article.parsed.json')),
  hantStringsPlugin(import.meta.dirname),
];

/** The unit project: also what mutation testing runs (vitest.mutate.config.ts). */
export const unitProject = {
  name: 'unit',
  include: ['tests/unit/**/*.test.{ts,tsx}'],
  environment: 'node',
  setupFiles: ['tests/unit/setup.ts'],
  // Property tests and the 5 MB page run thousands of cases: on a busy 2-core machine they
  // need more than the default 5 s (a timeout, not a retry: a failure still fails).
  testTimeout: 30_000,
  // A condition awaited (expect.poll) may take seconds when the machine is busy: wait for it, up to 10 s.
  expect: { poll: { timeout: 10_000 } },
};

export default defineConfig({
  plugins: plugins(),
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      { extends: true, test: unitProject },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
