/**
 * The background's work, one handler per message or browser event, so unit tests drive it with
 * WXT's fake browser and fake timers. `entrypoints/background/index.ts` only wires it up
 * (`registerBackground()`). Each handler is a plain async function: a new step (e.g. comparing
 * facts) is one more function here and one more line in `registerBackground`.
 */
import { browser } from 'wxt/browser';
import { badgeColor, badgeText, titleFor } from './badge';
import { detectLang } from '@/utils/i18n';
import { getFingerprint } from './fingerprint-provider';
import { onMessage, sendMessage } from '@/utils/messages';
import type { SourceRef, TabState, Verdict, VerdictReport } from '@/utils/messages';
import type { Fingerprint } from '@/utils/detect/coverage';
import { checkChangedFacts } from './changed-facts/check';
import { watchHideNoise } from '@/utils/settings';
import { TabStates } from './tab-state';
import type { ChangedFactsResult } from '@/utils/changed-facts';
import { compared } from '@/utils/page-state';
import { DETECTOR_CSS, DETECTOR_FILE, inject, nextTask, NoiseScripts, OVERLAY_SCRIPT_FILE } from './page-scripts';

export { DETECTOR_CSS, DETECTOR_FILE, NOISE_SCRIPT_FILE, OVERLAY_SCRIPT_FILE } from './page-scripts';
/** How long `detectInTab` waits for the injected detector's report before answering with what it has. */
export const DETECT_WAIT_MS = 5000;

/** Who sent a message: the parts of `runtime.MessageSender` the handlers read. */
export interface Sender {
  tab?: { id?: number };
  frameId?: number;
}

export type Background = ReturnType<typeof createBackground>;

/** `detectInTab` calls waiting for a tab's first report. */
class Waiters {
  private byTab = new Map<number, Array<(state: TabState) => void>>();

  get size(): number {
    let n = 0;
    for (const list of this.byTab.values()) n += list.length;
    return n;
  }

  add(tabId: number, resolve: (state: TabState) => void): void {
    this.byTab.set(tabId, [...(this.byTab.get(tabId) ?? []), resolve]);
  }

  remove(tabId: number, resolve: (state: TabState) => void): void {
    const rest = (this.byTab.get(tabId) ?? []).filter((r) => r !== resolve);
    if (rest.length) this.byTab.set(tabId, rest);
    else this.byTab.delete(tabId);
  }

  /** Answers everyone waiting for this tab. */
  settle(tabId: number, state: TabState): void {
    for (const resolve of this.byTab.get(tabId) ?? []) resolve(state);
    this.byTab.delete(tabId);
  }

  has(tabId: number): boolean {
    return this.byTab.has(tabId);
  }

  forget(tabId: number): void {
    this.byTab.delete(tabId);
  }
}

/** What every handler works on. */
interface Context {
  tabs: TabStates;
  waiters: Waiters;
  noise: NoiseScripts;
  /** Tabs whose page (or a frame of it) started loading since their last report: the next report is news, whatever it says. */
  loading: Set<number>;
}

const holds = (verdict: Verdict | null | undefined) => !!verdict && verdict.kind !== 'none';

/** `changedFacts`: what the changed-facts check found; any changed fact makes the badge `!`. */
async function paint(tabId: number, verdict: Verdict | null, changedFacts?: ChangedFactsResult): Promise<void> {
  const changes = changedFacts && compared(changedFacts) ? changedFacts.changes.length : undefined;
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: badgeText(verdict, changes) }),
    browser.action.setBadgeBackgroundColor({ tabId, color: badgeColor(verdict, changes) }),
    browser.action.setTitle({ tabId, title: titleFor(verdict, changes, detectLang('')) }),
  ]).catch(() => undefined); // the tab may have closed meanwhile
}

/**
 * Opens or closes the overlay in a tab; true when it is now as asked. An open fails where the
 * overlay script cannot be loaded or does not answer; a close always succeeds (no script, no overlay).
 * `restore`: brought back after a reload, not asked for, so the page keeps focus.
 */
async function setOverlay({ tabs }: Context, tabId: number, open: boolean, restore = false): Promise<boolean> {
  if (open && !(await inject({ tabId }, OVERLAY_SCRIPT_FILE))) return false;
  const sent = restore ? sendMessage('restoreOverlay', undefined, tabId) : sendMessage('setOverlayOpen', open, tabId);
  const answered = await sent.then(
    () => true,
    () => false,
  );
  if (open && !answered) return false;
  await tabs.update(tabId, { overlayOpen: open });
  return true;
}

/** The tab already shows this verdict and these changes (and was not unreadable). */
function sameReport(before: TabState, verdict: Verdict, changedFacts: TabState['changedFacts']): boolean {
  return !before.unreadable && JSON.stringify([before.verdict, before.changedFacts]) === JSON.stringify([verdict, changedFacts]);
}

/**
 * A top frame's verdict: the noise first (it is what the reader sees change, so it does not wait for
 * the comparison), then the comparison, the tab state and the badge.
 */
async function reportVerdict(ctx: Context, report: VerdictReport, sender: Sender): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.frameId) return; // the badge follows the top frame only
  if (holds(report)) {
    void ctx.noise.show(tabId);
    await nextTask(); // the noise message leaves before the comparison takes the thread
  } else if (holds((await ctx.tabs.get(tabId)).verdict)) void ctx.noise.clear(tabId); // in-page navigation away from the article
  const { verdict, changedFacts } = checkChangedFacts(report); // the page text stays out of the tab state
  const before = await ctx.tabs.get(tabId);
  // A page that rewrote itself (a ticker, a comment box) with the same verdict and the same changes: stay quiet.
  if (!ctx.loading.delete(tabId) && !ctx.waiters.has(tabId) && sameReport(before, verdict, changedFacts)) return;
  const state = await ctx.tabs.update(tabId, { verdict, changedFacts, unreadable: false });
  await paint(tabId, verdict, changedFacts);
  ctx.waiters.settle(tabId, state);
  if (state.overlayOpen) {
    // The open overlay's header follows the verdict (late content, in-page navigation); after a
    // reload the overlay comes back where the article is.
    void sendMessage('tabStateChanged', state, tabId).catch(() => undefined);
    if (verdict.kind !== 'none') void setOverlay(ctx, tabId, true, true);
  }
}

/** The caption-noise switch takes effect at once in every open tab that holds the article. */
async function hideNoiseChanged({ tabs, noise }: Context, hide: boolean): Promise<void> {
  const holding: number[] = [];
  for (const tab of await browser.tabs.query({})) if (tab.id !== undefined && holds((await tabs.get(tab.id)).verdict)) holding.push(tab.id);
  noise.settingChanged(hide, holding);
}

/** The detector passed the pre-check and asks for the fingerprint: the noise script loads meanwhile (top frame only). */
function fingerprintFor({ noise }: Context, sender: Sender): Fingerprint {
  if (sender.tab?.id !== undefined && !sender.frameId) void noise.prepare(sender.tab.id, true);
  return getFingerprint();
}

/** The popup on a page no detector runs on by itself: inject one (activeTab) and wait for its report. */
async function detectInTab({ tabs, waiters }: Context, tabId: number): Promise<TabState> {
  const known = await tabs.get(tabId);
  if (known.verdict) return known;
  let onReport: (state: TabState) => void = () => undefined;
  const reported = new Promise<TabState>((resolve) => (onReport = resolve));
  waiters.add(tabId, onReport);
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    if (!(await inject({ tabId }, DETECTOR_FILE, DETECTOR_CSS))) return await tabs.update(tabId, { unreadable: true });
    // No detector runs here by itself: a reload must forget this verdict (see tabUpdated).
    await tabs.update(tabId, { onDemand: true });
    const timeout = new Promise<TabState>((resolve) => (timer = setTimeout(() => resolve(tabs.get(tabId)), DETECT_WAIT_MS)));
    return await Promise.race([reported, timeout]);
  } finally {
    clearTimeout(timer);
    waiters.remove(tabId, onReport);
  }
}

/**
 * A new document in the tab: its detector reports afresh; until then the icon shows nothing.
 * A reload keeps the URL, so Chrome sends "loading" without one — as it does when a frame in
 * the page loads. A host page's always-on detector reports again after a reload, so its verdict
 * stays until then; a tab checked on demand has no detector after a reload: forget its verdict.
 */
async function tabUpdated({ tabs, loading }: Context, tabId: number, change: { status?: string; url?: string }): Promise<void> {
  if (change.status !== 'loading') return;
  loading.add(tabId);
  if (change.url === undefined && !(await tabs.get(tabId)).onDemand) return;
  await tabs.update(tabId, { verdict: null, changedFacts: undefined, unreadable: false, onDemand: false });
  await paint(tabId, null);
}

/** Shows a fact's sentence on the page, through the overlay script. */
async function revealSource(tabId: number, ref: SourceRef): Promise<boolean> {
  if (!(await inject({ tabId }, OVERLAY_SCRIPT_FILE))) return false;
  return sendMessage('showSource', ref, tabId).catch(() => false);
}

/** A Text Fragment link to a fact's sentence as this page shows it; null when it is not on the page. */
async function linkToSource(tabId: number, ref: SourceRef): Promise<string | null> {
  if (!(await inject({ tabId }, OVERLAY_SCRIPT_FILE))) return null;
  return sendMessage('sourceLink', ref, tabId).catch(() => null);
}

async function toggleOverlayCommand(ctx: Context, command: string, tab?: { id?: number }): Promise<void> {
  if (command !== 'toggle-overlay') return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  const state = await ctx.tabs.get(tabId);
  await setOverlay(ctx, tabId, !state.overlayOpen);
}

/** The background's handlers over one tab-state store (unit tests drive each one). */
export function createBackground() {
  const ctx: Context = { tabs: new TabStates(), waiters: new Waiters(), noise: new NoiseScripts(), loading: new Set() };
  return {
    tabs: ctx.tabs,
    /** How many `detectInTab` calls wait for a report (in all tabs). */
    get waiting(): number {
      return ctx.waiters.size;
    },
    reportVerdict: (report: VerdictReport, sender: Sender) => reportVerdict(ctx, report, sender),
    getFingerprint: (sender: Sender) => fingerprintFor(ctx, sender),
    hideNoiseChanged: (hide: boolean) => hideNoiseChanged(ctx, hide),
    getTabState: (tabId: number) => ctx.tabs.get(tabId),
    getOwnTabState: (sender: Sender): Promise<TabState> =>
      sender.tab?.id === undefined ? Promise.resolve({ verdict: null, overlayOpen: false }) : ctx.tabs.get(sender.tab.id),
    detectInTab: (tabId: number) => detectInTab(ctx, tabId),
    openOverlay: (tabId: number, open: boolean) => setOverlay(ctx, tabId, open),
    revealSource,
    linkToSource,
    async overlayChanged(open: boolean, sender: Sender): Promise<void> {
      if (sender.tab?.id !== undefined) await ctx.tabs.update(sender.tab.id, { overlayOpen: open });
    },
    command: (command: string, tab?: { id?: number }) => toggleOverlayCommand(ctx, command, tab),
    tabUpdated: (tabId: number, change: { status?: string; url?: string }) => tabUpdated(ctx, tabId, change),
    async tabRemoved(tabId: number): Promise<void> {
      ctx.waiters.forget(tabId);
      ctx.noise.forget(tabId);
      ctx.loading.delete(tabId);
      await ctx.tabs.forget(tabId);
    },
  };
}

/** Wires each handler to its message or browser event. */
export function registerBackground(bg: Background = createBackground()): Background {
  onMessage('reportVerdict', ({ data, sender }) => bg.reportVerdict(data, sender));
  onMessage('getFingerprint', ({ sender }) => bg.getFingerprint(sender)); // the full fingerprint stays here until asked for
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
