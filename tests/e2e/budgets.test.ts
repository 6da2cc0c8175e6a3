/**
 * Size budgets of the build the suite tests (sizes are deterministic, so a budget can be a test; times
 * stay in `npm run bench`). The always-on content scripts run on every page of the article hosts, so
 * they carry only what decides "is this the article": ≤ 4096 bytes gzipped, counted as rig/sizes.ts
 * counts them (every file the manifest's content_scripts declare, gzip -9).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALWAYS_ON_BUDGET, bundleSizes, gzipSize } from '../../rig/sizes';
import { CHROME_DIR, readManifest } from './built';

describe('size budgets of the built extension', () => {
  it(`the always-on content scripts (the detector and its one stylesheet) are at most ${ALWAYS_ON_BUDGET} bytes gzipped`, () => {
    const sizes = bundleSizes(CHROME_DIR);
    expect(sizes.alwaysOnFiles).toEqual(['content-scripts/detector.js', 'content-scripts/detector.css']);
    expect(sizes.alwaysOn).toBeLessThanOrEqual(ALWAYS_ON_BUDGET);
  });

  it('the noise finder is not always on: its script is built, injected on demand, and not in the manifest', () => {
    expect(existsSync(join(CHROME_DIR, 'content-scripts/noise.js'))).toBe(true);
    expect(JSON.stringify(readManifest().content_scripts)).not.toContain('noise');
    // Small next to the overlay script, which the noise script could have been part of.
    expect(gzipSize(CHROME_DIR, 'content-scripts/noise.js') * 5).toBeLessThan(gzipSize(CHROME_DIR, 'content-scripts/overlay.js'));
  });
});
