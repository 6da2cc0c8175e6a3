/**
 * Before the popup's first paint: which tab it is for and what the background already knows of
 * it, so the first render shows the verdict instead of "Checking this page…". The background
 * answers in a few milliseconds; should it take longer (a service worker waking up), the popup
 * paints "Checking…" after `FIRST_PAINT_WAIT_MS` and the answer follows.
 */
import { browser } from 'wxt/browser';
import type { TabState } from '@/utils/messages';
import { sendMessage } from '@/utils/messages';

export const FIRST_PAINT_WAIT_MS = 300;

/** What the popup knows of its tab: the id (null: none found) and the background's state of it (null: not asked or no answer). */
export interface KnownTab {
  tabId: number | null;
  tabState: TabState | null;
}

/** `?tabId=N` (tests, the detached popup page); otherwise the active tab of this window. */
export async function findTabId(param: number | null): Promise<number | null> {
  if (param !== null) return param;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function askBackground(tabIdParam: number | null): Promise<KnownTab> {
  const tabId = await findTabId(tabIdParam);
  if (tabId === null) return { tabId, tabState: null };
  return { tabId, tabState: await sendMessage('getTabState', tabId) };
}

/** The tab and its state if the background answers within `waitMs`; null otherwise (or on an error: the App asks again and says so). */
export function knownTab(tabIdParam: number | null, waitMs = FIRST_PAINT_WAIT_MS): Promise<KnownTab | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), waitMs)));
  return Promise.race([askBackground(tabIdParam).catch(() => null), late]).finally(() => clearTimeout(timer));
}
