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

/** Resolves once the messages and microtasks already queued have run (the next task). */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A tab, or one frame of it. */
export interface Where {
  tabId: number;
  frameId?: number;
}

/**
 * Injects `file` (and `css` first, if given) into the tab or frame; false where the browser does not let us.
 * `immediately`: into a page still loading too, not once it is idle (which waits for its pictures).
 */
export async function inject(where: Where, file: ScriptPublicPath, css?: string, immediately = false): Promise<boolean> {
  const target = where.frameId === undefined ? { tabId: where.tabId } : { tabId: where.tabId, frameIds: [where.frameId] };
  try {
    // The manifest adds the detector's stylesheet on the hosts; elsewhere it comes with the script.
    if (css) await browser.scripting.insertCSS({ target, files: [css] });
    await browser.scripting.executeScript({ target, files: [file], ...(immediately && { injectImmediately: true }) });
    return true;
  } catch {
    return false;
  }
}

/**
 * The noise script in each tab's top frame, and the hide-noise setting it is told. It is loaded as
 * soon as the page's detector passes the pre-check (it asks for the fingerprint then), so it is
 * parsed while detection runs; a match or partial verdict then only has to tell it the setting —
 * kept here, so no storage read sits between the verdict and the hidden noise.
 */
export class NoiseScripts {
  /** Per tab: the latest injection into its top frame (true once it ran). */
  private ready = new Map<number, Promise<boolean>>();
  private setting: Promise<boolean> | undefined;

  /**
   * The top frame passed the pre-check: load the noise script (a live copy bows out), even while the page still
   * loads. `afterReply`: once the answer being sent has gone, so the page gets the fingerprint before it parses this.
   */
  prepare(tabId: number, afterReply = false): Promise<boolean> {
    const injected = (afterReply ? nextTask() : Promise.resolve()).then(() =>
      inject({ tabId, frameId: 0 }, NOISE_SCRIPT_FILE, undefined, true),
    );
    this.ready.set(tabId, injected);
    return injected;
  }

  /** The top frame holds the article: mark its noise and hide or show it as the setting says. */
  async show(tabId: number): Promise<void> {
    if ((await (this.ready.get(tabId) ?? this.prepare(tabId))) && (await this.tell(tabId))) return;
    // No copy answered (the page was replaced since): load it again.
    if (await this.prepare(tabId)) await this.tell(tabId);
  }

  /** The top frame no longer holds the article (in-page navigation): its marks go. */
  async clear(tabId: number): Promise<void> {
    await sendMessage('clearNoise', undefined, { tabId, frameId: 0 }).catch(() => undefined);
  }

  /** The reader flipped the switch; `tabIds`: the tabs holding the article, told at once. */
  settingChanged(hide: boolean, tabIds: number[]): void {
    this.setting = Promise.resolve(hide);
    for (const tabId of tabIds) void this.tell(tabId);
  }

  forget(tabId: number): void {
    this.ready.delete(tabId);
  }

  private async tell(tabId: number): Promise<boolean> {
    const hide = await (this.setting ??= readHideNoise());
    return sendMessage('setHideNoise', hide, { tabId, frameId: 0 }).then(
      () => true,
      () => false,
    );
  }
}
