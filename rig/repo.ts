/** The repository's root, and files in it: the one path helper for tests, the rig and scripts. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '..');

/** An absolute path from a path relative to the repository's root. */
export const repoPath = (...parts: string[]): string => resolve(REPO_ROOT, ...parts);

export const readRepoFile = (path: string): string => readFileSync(repoPath(path), 'utf8');
