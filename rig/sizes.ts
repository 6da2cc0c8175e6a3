/**
 * Sizes of a built extension, gzip level 9 (node's zlib), counted as the team's size budgets count
 * them (docs/benchmark.md): the always-on content scripts are every file the manifest's
 * `content_scripts` declare (scripts and stylesheets); the popup as it opens is `popup.html`, the
 * scripts and styles it names and every chunk they import statically (not what they load lazily).
 * Deterministic, so the always-on budget is a test (tests/e2e/budgets.test.ts) and the bench prints both.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Budgets, gzipped bytes. */
export const ALWAYS_ON_BUDGET = 4096;
export const POPUP_BUDGET = 30720;

export const gzipSize = (dir: string, file: string): number => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;

interface Manifest {
  content_scripts?: Array<{ js?: string[]; css?: string[] }>;
  action?: { default_popup?: string };
}
const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

/** The files the browser loads into every page the manifest's content scripts match. */
export function alwaysOnFiles(dir: string): string[] {
  return (manifestOf(dir).content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]);
}

/** An HTML entry and what it loads as it opens: its scripts and styles and, recursively, their static imports. */
export function pageFiles(dir: string, html: string): string[] {
  const seen = new Set<string>([html]);
  const queue = [...readFileSync(join(dir, html), 'utf8').matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) =>
    m[1]!.replace(/^\//, ''),
  );
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    // Static imports only (`import … from "./x.js"`, `import "./x.js"`), not `import("./x.js")`.
    for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g))
      queue.push(posix.normalize(posix.join(dirname(file), m[1]!)));
  }
  return [...seen];
}

export interface BundleSizes {
  alwaysOn: number;
  alwaysOnFiles: string[];
  popup: number;
  popupFiles: string[];
}

export function bundleSizes(dir: string): BundleSizes {
  const sum = (files: string[]) => files.reduce((n, f) => n + gzipSize(dir, f), 0);
  const always = alwaysOnFiles(dir);
  const popup = pageFiles(dir, manifestOf(dir).action?.default_popup ?? 'popup.html');
  return { alwaysOn: sum(always), alwaysOnFiles: always, popup: sum(popup), popupFiles: popup };
}
