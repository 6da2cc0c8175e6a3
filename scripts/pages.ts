/**
 * `tsx scripts/pages.ts`: writes the NetEase-style test pages in tests/pages/dy/article/ — one
 * template (scripts/pages/template.ts) and, per page, the edits of the article's words and the
 * layout that make it what it is (scripts/pages/variations.ts). `--check` fails when a committed
 * page differs from what this would write (npm test runs it, tests/unit/scripts/pages.test.ts).
 * The demo page (JN5QSTARGATE0553.html) is a hand-made copy of the real page and not written here.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParsedArticle } from '../utils/article/schema';
import { netease } from './pages/template';
import { editedText, VARIATIONS, type Variation } from './pages/variations';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const article = JSON.parse(readFileSync(join(REPO_ROOT, 'assets/article.parsed.json'), 'utf8')) as ParsedArticle;

/** Where the pages live, and their URL path on the article host. */
export const PAGE_DIR = 'tests/pages/dy/article';
export const pagePath = (v: Variation) => `/dy/article/${v.name}.html`;

export function buildPage(v: Variation): string {
  return netease(v.slots(editedText(article, v.edits, v.script), article));
}

export { VARIATIONS };

function main(): void {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const v of VARIATIONS) {
    const file = join(REPO_ROOT, PAGE_DIR, `${v.name}.html`);
    const html = buildPage(v);
    if (check) {
      const same = existsSync(file) && readFileSync(file, 'utf8') === html;
      if (!same) stale++;
      console.log(`${same ? 'ok   ' : 'STALE'} ${v.name}`);
      continue;
    }
    writeFileSync(file, html);
    console.log(`${v.name}: ${v.family}, ${v.edits.length} edits`);
  }
  if (stale) process.exit(1);
}

if (process.argv[1] && /pages\.ts$/.test(process.argv[1])) main();
