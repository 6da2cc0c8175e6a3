/**
 * `npm run store:screenshots` runs here into a temporary folder (rig/store-screenshots.ts, the same
 * code): a selector that stops matching fails the suite instead of the next store update.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { STORE_FILES, STORE_SIZE, makeStoreScreenshots } from '../../rig/store-screenshots';

describe('the store screenshots', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sgb-store-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('are made, all five at 1280×800, without a console error', { timeout: 180_000 }, async () => {
    const files = await makeStoreScreenshots(dir);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual([...STORE_FILES]);
    for (const file of files) {
      const { width, height } = await sharp(file).metadata();
      expect({ file, width, height }).toEqual({ file, ...STORE_SIZE });
    }
  });
});
