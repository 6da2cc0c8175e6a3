/**
 * The scripts the background puts into pages (host permission on the article hosts, activeTab
 * elsewhere, + scripting): the detector where none runs by itself, the noise script once a page
 * holds the article, the overlay script for the overlay and highlights.
 */
import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { sendMessage } from '@/utils/messages';
import { readHideNoise } from '@/utils/settings';

export const DETECTOR_FILE: ScriptPublicPath = '/content-scripts/detector.js';
/** The detector's stylesheet: the one rule that hides what the noise script marks. */
export const DETECTOR_CSS = '/content-scripts/detector.css';
export const NOISE_SCRIPT_FILE: ScriptPublicPath = '/content-scripts/noise.js';
export const OVERLAY_SCRIPT_FILE: ScriptPublicPath = '/content-scripts/overlay.js';

/** A tab, or one frame of it. */
export interface Where {
  tabId: number;
  frameId?: number;
}

/** Injects `file` (and `css` first, if given) into the tab or frame; false where the browser does not let us. */
export async function inject(where: Where, file: ScriptPublicPath, css?: string): Promise<boolean> {
  const target = where.frameId === undefined ? { tabId: where.tabId } : { tabId: where.tabId, frameIds: [where.frameId] };
  try {
    // The manifest adds the detector's stylesheet on the hosts; elsewhere it comes with the script.
    if (css) await browser.scripting.insertCSS({ target, files: [css] });
    await browser.scripting.executeScript({ target, files: [file] });
    return true;
  } catch {
    return false;
  }
}

/**
 * The page holds the article: load the noise script (a live copy bows out) and tell it the setting,
 * read after the injection so a switch flipped meanwhile is not undone.
 */
export async function showNoise(where: Where): Promise<void> {
  if (!(await inject(where, NOISE_SCRIPT_FILE))) return;
  const hide = await readHideNoise();
  await sendMessage('setHideNoise', hide, where).catch(() => undefined);
}

/** The page no longer holds the article: its noise script takes its marks away. */
export async function clearNoise(where: Where): Promise<void> {
  await sendMessage('clearNoise', undefined, where).catch(() => undefined);
}
