/**
 * What the popup weighs as it opens, gzipped (level 9): popup.html, the scripts and styles it names,
 * and every chunk those import statically; lazily imported chunks (`import("./x.js")`) load after
 * the first paint and do not count. The budget is 30 KB (tests/e2e/popup-size.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export const POPUP_BUDGET_GZ = 30 * 1024;

export function gzipSize(dir: string, file: string): number {
  return gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
}

/** The popup's files as it opens: the manifest's popup page, what it names, and their static imports. */
export function popupFiles(dir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { action?: { default_popup?: string } };
  const page = manifest.action?.default_popup ?? 'popup.html';
  const seen = new Set<string>([page]);
  const queue = [...readFileSync(join(dir, page), 'utf8').matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) =>
    m[1]!.replace(/^\//, ''),
  );
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const source = readFileSync(join(dir, file), 'utf8');
    // Static imports only: `import … from "./x.js"` and `import "./x.js"`, not `import("./x.js")`.
    for (const m of source.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g))
      queue.push(posix.normalize(posix.join(posix.dirname(file), m[1]!)));
  }
  return [...seen];
}

export function popupSize(dir: string): { bytes: number; files: Array<{ file: string; bytes: number }> } {
  const files = popupFiles(dir).map((file) => ({ file, bytes: gzipSize(dir, file) }));
  return { bytes: files.reduce((sum, f) => sum + f.bytes, 0), files };
}
