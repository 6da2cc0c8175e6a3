/**
 * The background's work, one handler per message or browser event, so unit tests drive it with
 * WXT's fake browser and fake timers. `entrypoints/background/index.ts` only wires it up
 * (`registerBackground()`). Each handler is a plain async function: a new step (e.g. comparing
 * facts) is one more function here and one more line in `registerBackground`.
 */
import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { badgeColor, badgeText, titleFor } from './badge';
import { detectLang } from '@/utils/i18n';
import { getFingerprint } from './fingerprint-provider';
import { onMessage, sendMessage } from '@/utils/messages';
import type { SourceRef, TabState, Verdict, VerdictReport } from '@/utils/messages';
import { checkChangedFacts } from './changed-facts/check';
import { readHideNoise, watchHideNoise } from '@/utils/settings';
import { TabStates } from './tab-state';
import type { ChangedFactsResult } from '@/utils/changed-facts';
import { compared } from '@/utils/page-state';

export const DETECTOR_FILE: ScriptPublicPath = '/content-scripts/detector.js';
export const DETECTOR_CSS = '/content-scripts/detector.css';
export const OVERLAY_SCRIPT_FILE: ScriptPublicPath = '/content-scripts/overlay.js';
/** How long `detectInTab` waits for the injected detector's report before answering with what it has. */
export const DETECT_WAIT_MS = 5000;

/** Who sent a message: the parts of `runtime.MessageSender` the handlers read. */
export interface Sender {
  tab?: { id?: number };
  frameId?: number;
}

export type Background = ReturnType<typeof createBackground>;

// eslint-disable-next-line max-lines-per-function -- to be split into named steps (issue: no shipped function over 100 lines)
export function createBackground() {
  const tabs = new TabStates();
  /** Tabs whose page (or a frame of it) started loading since their last report: the next report is news, whatever it says. */
  const loading = new Set<number>();
  const waiters = new Map<number, Array<(state: TabState) => void>>();
  const stopWaiting = (tabId: number, resolve: (state: TabState) => void) => {
    const rest = (waiters.get(tabId) ?? []).filter((r) => r !== resolve);
    if (rest.length) waiters.set(tabId, rest);
    else waiters.delete(tabId);
  };

  /** `changedFacts`: what the changed-facts check found; any changed fact makes the badge `!`. */
  async function paint(tabId: number, verdict: Verdict | null, changedFacts?: ChangedFactsResult): Promise<void> {
    const changes = changedFacts && compared(changedFacts) ? changedFacts.changes.length : undefined;
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: badgeText(verdict, changes) }),
      browser.action.setBadgeBackgroundColor({ tabId, color: badgeColor(verdict, changes) }),
      browser.action.setTitle({ tabId, title: titleFor(verdict, changes, detectLang('')) }),
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

  /**
   * Opens or closes the overlay in a tab; true when it is now as asked. An open fails where the
   * overlay script cannot be loaded or does not answer; a close always succeeds (no script, no overlay).
   * `restore`: brought back after a reload, not asked for, so the page keeps focus.
   */
  async function setOverlay(tabId: number, open: boolean, restore = false): Promise<boolean> {
    if (open && !(await inject(tabId, OVERLAY_SCRIPT_FILE))) return false;
    const sent = restore ? sendMessage('restoreOverlay', undefined, tabId) : sendMessage('setOverlayOpen', open, tabId);
    const answered = await sent.then(
      () => true,
      () => false,
    );
    if (open && !answered) return false;
    await tabs.update(tabId, { overlayOpen: open });
    return true;
  }

  return {
    tabs,
    /** How many `detectInTab` calls wait for a report (in all tabs). */
    get waiting(): number {
      let n = 0;
      for (const list of waiters.values()) n += list.length;
      return n;
    },

    async reportVerdict(report: VerdictReport, sender: Sender): Promise<{ hideNoise: boolean }> {
      const tabId = sender.tab?.id;
      const hideNoise = await readHideNoise();
      if (tabId === undefined || sender.frameId) return { hideNoise }; // the badge follows the top frame only
      const { verdict, changedFacts } = checkChangedFacts(report); // the page text stays out of the tab state
      const before = await tabs.get(tabId);
      // A page that rewrote itself (a ticker, a comment box) with the same verdict and the same changes: stay quiet.
      if (!loading.delete(tabId) && !waiters.has(tabId) && sameReport(before, verdict, changedFacts)) return { hideNoise };
      const state = await tabs.update(tabId, { verdict, changedFacts, unreadable: false });
      await paint(tabId, verdict, changedFacts);
      for (const resolve of waiters.get(tabId) ?? []) resolve(state);
      waiters.delete(tabId);
      if (state.overlayOpen) {
        // The open overlay's header follows the verdict (late content, in-page navigation); after a
        // reload the overlay comes back where the article is.
        void sendMessage('tabStateChanged', state, tabId).catch(() => undefined);
        if (verdict.kind !== 'none') void setOverlay(tabId, true, true);
      }
      return { hideNoise };
    },

    /** The caption-noise switch takes effect at once in every open tab that holds the article. */
    async hideNoiseChanged(hide: boolean): Promise<void> {
      for (const tab of await browser.tabs.query({})) {
        const verdict = tab.id === undefined ? null : (await tabs.get(tab.id)).verdict;
        if (tab.id === undefined || !verdict || verdict.kind === 'none') continue;
        void sendMessage('setHideNoise', hide, tab.id).catch(() => undefined);
      }
    },

    getTabState: (tabId: number) => tabs.get(tabId),
    getOwnTabState: (sender: Sender): Promise<TabState> =>
      sender.tab?.id === undefined ? Promise.resolve({ verdict: null, overlayOpen: false }) : tabs.get(sender.tab.id),

    async detectInTab(tabId: number): Promise<TabState> {
      const known = await tabs.get(tabId);
      if (known.verdict) return known;
      let onReport: (state: TabState) => void = () => undefined;
      const reported = new Promise<TabState>((resolve) => (onReport = resolve));
      waiters.set(tabId, [...(waiters.get(tabId) ?? []), onReport]);
      let timer: ReturnType<typeof setTimeout> | undefined;
      try {
        if (!(await inject(tabId, DETECTOR_FILE, DETECTOR_CSS))) return await tabs.update(tabId, { unreadable: true });
        // No detector runs here by itself: a reload must forget this verdict (see tabUpdated).
        await tabs.update(tabId, { onDemand: true });
        const timeout = new Promise<TabState>((resolve) => (timer = setTimeout(() => resolve(tabs.get(tabId)), DETECT_WAIT_MS)));
        return await Promise.race([reported, timeout]);
      } finally {
        clearTimeout(timer);
        stopWaiting(tabId, onReport);
      }
    },

    openOverlay: (tabId: number, open: boolean) => setOverlay(tabId, open),

    async revealSource(tabId: number, ref: SourceRef): Promise<boolean> {
      if (!(await inject(tabId, OVERLAY_SCRIPT_FILE))) return false;
      return sendMessage('showSource', ref, tabId).catch(() => false);
    },

    /** A Text Fragment link to a fact's sentence as this page shows it; null when it is not on the page. */
    async linkToSource(tabId: number, ref: SourceRef): Promise<string | null> {
      if (!(await inject(tabId, OVERLAY_SCRIPT_FILE))) return null;
      return sendMessage('sourceLink', ref, tabId).catch(() => null);
    },

    async overlayChanged(open: boolean, sender: Sender): Promise<void> {
      if (sender.tab?.id !== undefined) await tabs.update(sender.tab.id, { overlayOpen: open });
    },

    async command(command: string, tab?: { id?: number }): Promise<void> {
      if (command !== 'toggle-overlay') return;
      const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (tabId === undefined) return;
      const state = await tabs.get(tabId);
      await setOverlay(tabId, !state.overlayOpen);
    },

    /**
     * A new document in the tab: its detector reports afresh; until then the icon shows nothing.
     * A reload keeps the URL, so Chrome sends "loading" without one — as it does when a frame in
     * the page loads. A host page's always-on detector reports again after a reload, so its verdict
     * stays until then; a tab checked on demand has no detector after a reload: forget its verdict.
     */
    async tabUpdated(tabId: number, change: { status?: string; url?: string }): Promise<void> {
      if (change.status !== 'loading') return;
      loading.add(tabId);
      if (change.url === undefined && !(await tabs.get(tabId)).onDemand) return;
      await tabs.update(tabId, { verdict: null, changedFacts: undefined, unreadable: false, onDemand: false });
      await paint(tabId, null);
    },

    async tabRemoved(tabId: number): Promise<void> {
      waiters.delete(tabId);
      loading.delete(tabId);
      await tabs.forget(tabId);
    },
  };
}

/** The tab already shows this verdict and these changes (and was not unreadable). */
function sameReport(before: TabState, verdict: Verdict, changedFacts: TabState['changedFacts']): boolean {
  return !before.unreadable && JSON.stringify([before.verdict, before.changedFacts]) === JSON.stringify([verdict, changedFacts]);
}

/** Wires each handler to its message or browser event. */
export function registerBackground(bg: Background = createBackground()): Background {
  onMessage('reportVerdict', ({ data, sender }) => bg.reportVerdict(data, sender));
  onMessage('getFingerprint', () => getFingerprint()); // the full fingerprint stays here until asked for
  onMessage('getTabState', ({ data }) => bg.getTabState(data));
  onMessage('getOwnTabState', ({ sender }) => bg.getOwnTabState(sender));
  onMessage('detectInTab', ({ data }) => bg.detectInTab(data));
  onMessage('openOverlay', ({ data }) => bg.openOverlay(data.tabId, data.open));
  onMessage('revealSource', ({ data }) => bg.revealSource(data.tabId, data.ref));
  onMessage('linkToSource', ({ data }) => bg.linkToSource(data.tabId, data.ref));
  onMessage('overlayChanged', ({ data, sender }) => bg.overlayChanged(data, sender));
  watchHideNoise((hide) => void bg.hideNoiseChanged(hide));
  browser.commands?.onCommand.addListener((command, tab) => void bg.command(command, tab));
  browser.tabs.onUpdated.addListener((tabId, change) => void bg.tabUpdated(tabId, change));
  browser.tabs.onRemoved.addListener((tabId) => void bg.tabRemoved(tabId));
  return bg;
}
