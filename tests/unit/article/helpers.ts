import { readFileSync } from 'node:fs';

/** Files of the repository, read relative to this folder (tests/unit/article). */
export function readRepoFile(path: string): string {
  return readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
}
