/**
 * User settings: one typed, versioned storage item each. Reads go through `read…` helpers that
 * validate what is stored, so a corrupt or foreign value falls back to the default instead of
 * leaking into the UI (and is never overwritten until the user changes the setting).
 */
import { storage } from 'wxt/utils/storage';

/** Whether the page's caption noise ((资料图) captions, read counter, author card) is hidden. Default: hidden. */
export const hideNoiseItem = storage.defineItem<boolean>('local:hideNoise', {
  fallback: true,
  version: 1,
});

export function coerceHideNoise(stored: unknown): boolean {
  return typeof stored === 'boolean' ? stored : hideNoiseItem.fallback;
}

export async function readHideNoise(): Promise<boolean> {
  try {
    return coerceHideNoise(await hideNoiseItem.getValue());
  } catch {
    return hideNoiseItem.fallback;
  }
}

export function watchHideNoise(onChange: (hide: boolean) => void): () => void {
  return hideNoiseItem.watch((value) => onChange(coerceHideNoise(value)));
}
