/**
 * Size budgets of the build the suite tests (sizes are deterministic, so a budget can be a test; times
 * stay in `npm run bench`). The always-on content scripts run on every page of the article hosts, so
 * they carry only what decides "is this the article": ≤ 4096 bytes gzipped, counted as rig/sizes.ts
 * counts them (every file the manifest's content_scripts declare, gzip -9). The popup as it opens
 * (popup.html, what it names and their static imports) stays within 30 KB gzipped: what its first
 * screen does not show loads after it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALWAYS_ON_BUDGET, bundleSizes, gzipSize, POPUP_BUDGET } from '../../rig/sizes';
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

  it(`the popup as it opens is at most ${POPUP_BUDGET} bytes gzipped`, () => {
    const sizes = bundleSizes(CHROME_DIR);
    expect(sizes.popupFiles).toContain('popup.html');
    expect(sizes.popup, sizes.popupFiles.join(' + ')).toBeLessThanOrEqual(POPUP_BUDGET);
  });

  it('the popup loads the figures, the timeline and the full facts only after its first paint', () => {
    const opening = bundleSizes(CHROME_DIR).popupFiles.filter((f) => f.endsWith('.js'));
    const source = opening.map((f) => readFileSync(join(CHROME_DIR, f), 'utf8')).join('\n');
    // The first screen has the key points and the people; the lists below come in a lazy chunk.
    expect(source.includes('data-keypoint')).toBe(true);
    expect(source.includes('data-figure')).toBe(false);
    expect(source.includes('data-entry')).toBe(false);
    expect(/import\(["'`][^"'`]*details[^"'`]*\.js["'`]\)/.test(source)).toBe(true);
  });
});
