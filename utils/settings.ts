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

/** Where the overlay panel sits and whether it is folded to a slim tab (the page's own sidebar may be under it). */
export interface OverlayPlacement {
  side: 'left' | 'right';
  collapsed: boolean;
}

export const DEFAULT_OVERLAY_PLACEMENT: Readonly<OverlayPlacement> = { side: 'right', collapsed: false };

export const overlayPlacementItem = storage.defineItem<OverlayPlacement>('local:overlayPlacement', {
  fallback: DEFAULT_OVERLAY_PLACEMENT,
  version: 1,
});

/** A stored placement if it is one, else the default (the stored value stays until the user moves the panel). */
export function coerceOverlayPlacement(stored: unknown): OverlayPlacement {
  if (typeof stored !== 'object' || stored === null) return { ...DEFAULT_OVERLAY_PLACEMENT };
  const { side, collapsed } = stored as Record<string, unknown>;
  if ((side !== 'left' && side !== 'right') || typeof collapsed !== 'boolean') return { ...DEFAULT_OVERLAY_PLACEMENT };
  return { side, collapsed };
}

export async function readOverlayPlacement(): Promise<OverlayPlacement> {
  try {
    return coerceOverlayPlacement(await overlayPlacementItem.getValue());
  } catch {
    return { ...DEFAULT_OVERLAY_PLACEMENT };
  }
}

export async function writeOverlayPlacement(placement: OverlayPlacement): Promise<void> {
  await overlayPlacementItem.setValue({ side: placement.side, collapsed: placement.collapsed });
}
