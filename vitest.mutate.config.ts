/**
 * What mutation testing runs (stryker.config.mjs): the unit project alone, without the e2e project
 * (a real build in real browsers) and without the run summary reporter.
 */
import { defineConfig } from 'vitest/config';
import { plugins, unitProject } from './vitest.config';

export default defineConfig({ plugins: plugins(), test: unitProject });
