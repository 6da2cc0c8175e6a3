/**
 * `npm run mutate`: mutation testing of the pure modules, one group (stryker.config.mjs `groups`) at
 * a time, so a slow full run can be split on a 2-core machine.
 *
 *   npm run mutate                             every group, one after the other
 *   npm run mutate -- detect share             the named groups
 *   npm run mutate -- --mutate 'utils/page/**' any glob (repeat --mutate for more; braces work)
 *
 * Each run writes reports/mutation/<group>/ (HTML and JSON, ignored by git); the end prints killed,
 * survived, no coverage and timeout per folder, and the score (killed + timeout over all that ran).
 * The property tests run a tenth of their cases (SGB_PROPERTY_SCALE=0.1 unless set: tests/unit/property-runs.ts).
 */
import { relative, dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Stryker } from '@stryker-mutator/core';
import { REPO_ROOT, repoPath } from '../rig/repo';

interface Tally {
  killed: number;
  survived: number;
  noCoverage: number;
  timeout: number;
  other: number;
}

// Set before Stryker starts its test runners, which inherit it.
process.env.SGB_PROPERTY_SCALE ??= '0.1';

const { values, positionals } = parseArgs({ options: { mutate: { type: 'string', multiple: true } }, allowPositionals: true });

// Stryker reads the same file; a JS module, so loaded by path (TypeScript sees no declarations for it).
const config: unknown = await import(pathToFileURL(repoPath('stryker.config.mjs')).href);
const known = (config as { groups: Record<string, string[]> }).groups;
const unknown = positionals.filter((name) => !(name in known));
if (unknown.length) {
  console.error(`unknown group ${unknown.join(', ')}; the groups: ${Object.keys(known).join(', ')}`);
  process.exit(2);
}
const runs: [string, string[]][] = values.mutate
  ? [['custom', values.mutate]]
  : (positionals.length ? positionals : Object.keys(known)).map((name) => [name, known[name]!]);

const byFolder = new Map<string, Tally>();
const count = (folder: string, status: string | undefined) => {
  const t = byFolder.get(folder) ?? { killed: 0, survived: 0, noCoverage: 0, timeout: 0, other: 0 };
  if (status === 'Killed') t.killed++;
  else if (status === 'Survived') t.survived++;
  else if (status === 'NoCoverage') t.noCoverage++;
  else if (status === 'Timeout') t.timeout++;
  else t.other++; // compile or runtime errors, ignored: not part of the score
  byFolder.set(folder, t);
};

for (const [name, mutate] of runs) {
  console.log(`\n== ${name}: ${mutate.join(' ')} (property cases × ${process.env.SGB_PROPERTY_SCALE})`);
  const results = await new Stryker({
    mutate,
    htmlReporter: { fileName: `reports/mutation/${name}/index.html` },
    jsonReporter: { fileName: `reports/mutation/${name}/mutation.json` },
  }).runMutationTest();
  for (const r of results) count(dirname(relative(REPO_ROOT, r.fileName)), r.status);
}

const score = (t: Tally) => (100 * (t.killed + t.timeout)) / (t.killed + t.timeout + t.survived + t.noCoverage || 1);
console.log('\n| folder | killed | survived | no coverage | timeout | score |\n| --- | --: | --: | --: | --: | --: |');
for (const [folder, t] of [...byFolder].sort(([a], [b]) => a.localeCompare(b)))
  console.log(`| ${folder} | ${t.killed} | ${t.survived} | ${t.noCoverage} | ${t.timeout} | ${score(t).toFixed(1)} % |`);
