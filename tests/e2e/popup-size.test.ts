/**
 * The popup as it opens stays within its 30 KB gzipped budget, measured on the production build
 * (deterministic: a size, not a time). What its first screen does not show loads after it.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_DIR } from './built';
import { POPUP_BUDGET_GZ, popupFiles, popupSize } from '../../rig/sizes';

describe('the popup as it opens', () => {
  it(`is at most ${POPUP_BUDGET_GZ} bytes gzipped`, () => {
    const { bytes, files } = popupSize(CHROME_DIR);
    expect(files.map((f) => f.file)).toContain('popup.html');
    expect(bytes, JSON.stringify(files)).toBeLessThanOrEqual(POPUP_BUDGET_GZ);
  });

  it('loads the figures, the timeline and the full facts only after its first paint', () => {
    const opening = popupFiles(CHROME_DIR).filter((f) => f.endsWith('.js'));
    const source = opening.map((f) => readFileSync(join(CHROME_DIR, f), 'utf8')).join('\n');
    // The first screen has the key points and the people; the lists below come in a lazy chunk.
    expect(source.includes('data-keypoint')).toBe(true);
    expect(source.includes('data-figure')).toBe(false);
    expect(source.includes('data-entry')).toBe(false);
    expect(/import\(["'`][^"'`]*details[^"'`]*\.js["'`]\)/.test(source)).toBe(true);
  });
});
