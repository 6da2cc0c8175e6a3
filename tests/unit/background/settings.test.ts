import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hideNoiseItem, readHideNoise, watchHideNoise } from '@/utils/settings';

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
