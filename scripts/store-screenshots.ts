/**
 * `npm run store:screenshots`: the five 1280×800 store screenshots in docs/store/, made from the
 * production build (rig/store-screenshots.ts; an end-to-end test runs the same into a temporary
 * folder). Needs `npm run build` first.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../rig/harness';
import { makeStoreScreenshots } from '../rig/store-screenshots';

const OUT_DIR = join(REPO_ROOT, 'docs', 'store');

mkdirSync(OUT_DIR, { recursive: true });
makeStoreScreenshots(OUT_DIR).then(
  (files) => console.log(`${files.length} 1280×800 screenshots in ${OUT_DIR}`),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
