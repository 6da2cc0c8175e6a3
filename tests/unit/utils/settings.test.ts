import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  coerceOverlayPlacement,
  hideNoiseItem,
  overlayPlacementItem,
  readHideNoise,
  readOverlayPlacement,
  watchHideNoise,
  writeOverlayPlacement,
} from '@/utils/settings';

describe('hideNoise setting', () => {
  it('defaults to hidden when nothing is stored', async () => {
    expect(await readHideNoise()).toBe(true);
  });

  it('keeps what the user chose', async () => {
    await hideNoiseItem.setValue(false);
    expect(await readHideNoise()).toBe(false);
  });

  it('falls back to the default on a corrupt value and leaves it in place until the user chooses', async () => {
    await fakeBrowser.storage.local.set({ hideNoise: 'yes please' });
    expect(await readHideNoise()).toBe(true);
    expect((await fakeBrowser.storage.local.get('hideNoise')).hideNoise).toBe('yes please');
  });

  it('keeps a value stored before versioning (no metadata) across an update', async () => {
    await fakeBrowser.storage.local.set({ hideNoise: false });
    await hideNoiseItem.migrate();
    expect(await readHideNoise()).toBe(false);
    expect((await fakeBrowser.storage.local.get('hideNoise')).hideNoise).toBe(false);
  });

  it('tells watchers the coerced value', async () => {
    const seen: boolean[] = [];
    const stop = watchHideNoise((v) => seen.push(v));
    await hideNoiseItem.setValue(false);
    await fakeBrowser.storage.local.set({ hideNoise: 42 });
    stop();
    expect(seen).toEqual([false, true]);
  });
});

describe('overlay placement setting', () => {
  it('defaults to the right side, unfolded', async () => {
    expect(await readOverlayPlacement()).toEqual({ side: 'right', collapsed: false });
  });

  it('keeps what the reader chose', async () => {
    await writeOverlayPlacement({ side: 'left', collapsed: true });
    expect(await readOverlayPlacement()).toEqual({ side: 'left', collapsed: true });
    expect(await overlayPlacementItem.getValue()).toEqual({ side: 'left', collapsed: true });
  });

  it('falls back to the default on a corrupt value and leaves it in place until the reader chooses', async () => {
    for (const corrupt of ['left', 42, [], { side: 'top', collapsed: false }, { side: 'left', collapsed: 'yes' }, { side: 'left' }]) {
      await fakeBrowser.storage.local.set({ overlayPlacement: corrupt });
      expect(await readOverlayPlacement(), JSON.stringify(corrupt)).toEqual({ side: 'right', collapsed: false });
      expect((await fakeBrowser.storage.local.get('overlayPlacement')).overlayPlacement).toEqual(corrupt);
    }
    await writeOverlayPlacement({ side: 'left', collapsed: false });
    expect(await readOverlayPlacement()).toEqual({ side: 'left', collapsed: false });
  });

  it('coerces without sharing the default object', () => {
    const a = coerceOverlayPlacement(undefined);
    a.side = 'left';
    expect(coerceOverlayPlacement(undefined).side).toBe('right');
  });
});
