import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { articleFactsPlugin } from './pipeline/facts-plugin';
import { hantStringsPlugin } from './pipeline/hant';

export default defineConfig({
  // The same build-time projections as the extension's build (wxt.config.ts), so tests import what ships.
  plugins: [
    WxtVitest(),
    preact(),
    articleFactsPlugin(resolve(import.meta.dirname, 'assets/article.parsed.json')),
    hantStringsPlugin(import.meta.dirname),
  ],
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          setupFiles: ['tests/unit/setup.ts'],
          // Property tests and the 5 MB page run thousands of cases: on a busy 2-core machine they
          // need more than the default 5 s (a timeout, not a retry: a failure still fails).
          testTimeout: 30_000,
        },
      },
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
