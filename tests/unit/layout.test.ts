/**
 * The layout rule a path promises (docs/architecture.md): a file under utils/ is shared — two or
 * more contexts reach it (the build counts as one context) — and nothing shipped is orphaned.
 * Read from the sources' own import statements, so a move that leaves a one-context file in
 * utils/ fails here rather than in review.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { REPO_ROOT } from '@/rig/repo';

const SOURCE = /\.(ts|tsx)$/;

function filesUnder(dir: string): string[] {
  const abs = join(REPO_ROOT, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(REPO_ROOT, path)).isDirectory() ? filesUnder(path) : SOURCE.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The repository files a module imports (type-only imports included: a shared type is shared code). */
function importsOf(file: string): string[] {
  const text = readFileSync(join(REPO_ROOT, file), 'utf8');
  const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
  return specs.flatMap((spec) => {
    const bare = spec.replace(/\?.*$/, '');
    const base = bare.startsWith('@/') ? bare.slice(2) : bare.startsWith('.') ? normalize(join(dirname(file), bare)) : null;
    if (base === null) return [];
    const hit = ['', '.ts', '.tsx', '/index.ts', '/index.tsx']
      .map((ext) => base + ext)
      .find((p) => SOURCE.test(p) && existsSync(join(REPO_ROOT, p)));
    return hit ? [relative('.', hit)] : [];
  });
}

/** Every file a context reaches through imports. */
function reach(roots: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...importsOf(file));
  }
  return seen;
}

const contexts = readdirSync(join(REPO_ROOT, 'entrypoints')).map((name) => ({ name, roots: filesUnder(join('entrypoints', name)) }));
contexts.push({ name: 'build', roots: [...filesUnder('pipeline'), 'wxt.config.ts'] });
const reached = contexts.map(({ name, roots }) => ({ name, files: reach(roots) }));
const usersOf = (file: string) => reached.filter((c) => c.files.has(file)).map((c) => c.name);

describe('layout', () => {
  it('finds every context and what it reaches', () => {
    expect(contexts.map((c) => c.name)).toEqual(
      expect.arrayContaining(['background', 'detector.content', 'overlay.content', 'popup', 'reader', 'build']),
    );
    for (const c of reached) expect(c.files.size, c.name).toBeGreaterThan(1);
  });

  it('keeps in utils/ only what two or more contexts use', () => {
    const single = filesUnder('utils')
      .map((file) => ({ file, users: usersOf(file) }))
      .filter(({ users }) => users.length < 2);
    expect(single).toEqual([]);
  });

  it('ships no component that no context uses', () => {
    const unused = filesUnder('components').filter((file) => usersOf(file).length === 0);
    expect(unused).toEqual([]);
  });
});
