/**
 * The background keeps each tab's verdict, paints it on the toolbar icon, and loads the on-demand
 * scripts (detector on pages we were invoked on, page script for the overlay and highlights).
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { actionTitleMessage, badgeColor, badgeText } from '@/utils/badge';
import { getFingerprint } from '@/utils/detect/fingerprint-provider';
import { comparisonFor } from '@/utils/compare/report';
import { onMessage, sendMessage } from '@/utils/messages';
import type { TabState, Verdict } from '@/utils/messages';
import { readHideNoise, watchHideNoise } from '@/utils/settings';
import { TabStates } from '@/utils/tab-state';

const DETECTOR_FILE: ScriptPublicPath = '/content-scripts/detector.js';
const DETECTOR_CSS = '/content-scripts/detector.css';
const PAGE_SCRIPT_FILE: ScriptPublicPath = '/content-scripts/page.js';
/** How long `detectInTab` waits for the injected detector's report before answering with what it has. */
const DETECT_WAIT_MS = 5000;

export default defineBackground(() => {
  const tabs = new TabStates();
  const waiters = new Map<number, Array<(state: TabState) => void>>();

  /** `changes`: facts the page's copy changes (the comparison); any make the badge `!`. */
  async function paint(tabId: number, verdict: Verdict | null, changes = 0): Promise<void> {
    const title = actionTitleMessage(verdict, changes);
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: badgeText(verdict, changes) }),
      browser.action.setBadgeBackgroundColor({ tabId, color: badgeColor(verdict, changes) }),
      browser.action.setTitle({ tabId, title: browser.i18n.getMessage(title.name, title.substitutions) }),
    ]).catch(() => undefined); // the tab may have closed meanwhile
  }

  async function inject(tabId: number, file: ScriptPublicPath, css?: string): Promise<boolean> {
    try {
      // The manifest adds the detector's stylesheet on the hosts; elsewhere it comes with the script.
      if (css) await browser.scripting.insertCSS({ target: { tabId }, files: [css] });
      await browser.scripting.executeScript({ target: { tabId }, files: [file] });
      return true;
    } catch {
      return false;
    }
  }

  /** `restore`: brought back after a reload, not asked for, so the page keeps focus. */
  async function setOverlay(tabId: number, open: boolean, restore = false): Promise<void> {
    if (open && !(await inject(tabId, PAGE_SCRIPT_FILE))) return;
    const sent = restore ? sendMessage('restoreOverlay', undefined, tabId) : sendMessage('setOverlayOpen', open, tabId);
    await sent.catch(() => undefined);
    await tabs.update(tabId, { overlayOpen: open });
  }

  onMessage('reportVerdict', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    const hideNoise = await readHideNoise();
    if (tabId === undefined || sender.frameId) return { hideNoise }; // the badge follows the top frame only
    const { verdict, comparison } = comparisonFor(data); // the page text stays out of the tab state
    const state = await tabs.update(tabId, { verdict, comparison, unreadable: false });
    await paint(tabId, verdict, comparison?.changes.length);
    for (const resolve of waiters.get(tabId) ?? []) resolve(state);
    waiters.delete(tabId);
    if (state.overlayOpen) {
      // The open overlay's header follows the verdict (late content, in-page navigation); after a
      // reload the overlay comes back where the article is.
      void sendMessage('tabStateChanged', state, tabId).catch(() => undefined);
      if (verdict.kind !== 'none') void setOverlay(tabId, true, true);
    }
    return { hideNoise };
  });

  // The caption-noise switch takes effect at once in every open tab that holds the article.
  watchHideNoise(async (hide) => {
    for (const tab of await browser.tabs.query({})) {
      const verdict = tab.id === undefined ? null : (await tabs.get(tab.id)).verdict;
      if (tab.id === undefined || !verdict || verdict.kind === 'none') continue;
      void sendMessage('setHideNoise', hide, tab.id).catch(() => undefined);
    }
  });

  // The detector carries only its pre-check anchors; the full fingerprint stays here until asked for.
  onMessage('getFingerprint', () => getFingerprint());

  onMessage('getTabState', ({ data: tabId }) => tabs.get(tabId));
  onMessage('getOwnTabState', ({ sender }) => (sender.tab?.id === undefined ? { verdict: null, overlayOpen: false } : tabs.get(sender.tab.id)));

  onMessage('detectInTab', async ({ data: tabId }) => {
    const known = await tabs.get(tabId);
    if (known.verdict) return known;
    const reported = new Promise<TabState>((resolve) => {
      waiters.set(tabId, [...(waiters.get(tabId) ?? []), resolve]);
    });
    if (!(await inject(tabId, DETECTOR_FILE, DETECTOR_CSS))) return tabs.update(tabId, { unreadable: true });
    const timeout = new Promise<TabState>((resolve) => setTimeout(() => resolve(tabs.get(tabId)), DETECT_WAIT_MS));
    return Promise.race([reported, timeout]);
  });

  onMessage('openOverlay', ({ data }) => setOverlay(data.tabId, data.open));

  onMessage('revealSource', async ({ data }) => {
    if (!(await inject(data.tabId, PAGE_SCRIPT_FILE))) return false;
    return sendMessage('showSource', data.ref, data.tabId).catch(() => false);
  });

  onMessage('overlayChanged', async ({ data: open, sender }) => {
    if (sender.tab?.id !== undefined) await tabs.update(sender.tab.id, { overlayOpen: open });
  });

  browser.commands?.onCommand.addListener(async (command, tab) => {
    if (command !== 'toggle-overlay') return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return;
    const state = await tabs.get(tabId);
    await setOverlay(tabId, !state.overlayOpen);
  });

  // A new document in the tab: its detector reports afresh; until then the icon shows nothing.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url !== undefined) {
      void tabs.update(tabId, { verdict: null, comparison: undefined, unreadable: false }).then(() => paint(tabId, null));
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    waiters.delete(tabId);
    void tabs.forget(tabId);
  });
});
