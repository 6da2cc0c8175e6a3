/**
 * The background's handlers with WXT's fake browser and fake timers (scripting, i18n and commands,
 * which the fake does not implement, are stubbed), and `background.main()` wiring them up, as
 * WXT's unit-testing example tests it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background/index';
import { createBackground, DETECT_WAIT_MS, type Background } from '@/entrypoints/background/handlers';
import type { TabState, Verdict } from '@/utils/messages';

const MATCH: Verdict = { kind: 'match', coverage: 0.97 };
const topFrameOf = (tabId: number) => ({ tab: { id: tabId }, frameId: 0 });

let executeScript: ReturnType<typeof vi.fn>;
beforeEach(() => {
  executeScript = vi.fn(async () => []);
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(executeScript as never);
  vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockResolvedValue(undefined as never);
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((name: string) => name) as never);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

async function newTab(url = 'https://example.org/a.html'): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  return tab.id!;
}

/** The injected detector answers as the real one does: it reports its verdict. */
function detectorReports(bg: Background, verdict: Verdict): void {
  executeScript.mockImplementation(async ({ target }: { target: { tabId: number } }) => {
    void bg.reportVerdict(verdict, topFrameOf(target.tabId));
    return [];
  });
}

describe('background handlers', () => {
  it('a report sets the tab state and the badge; a subframe report changes nothing', async () => {
    const bg = createBackground();
    const tabId = await newTab();
    await bg.reportVerdict({ kind: 'partial', coverage: 0.62 }, { tab: { id: tabId }, frameId: 3 });
    expect((await bg.getTabState(tabId)).verdict).toBeNull();
    expect(await bg.reportVerdict(MATCH, topFrameOf(tabId))).toEqual({ hideNoise: true });
    expect((await bg.getTabState(tabId)).verdict).toEqual(MATCH);
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('✓');
    expect(await fakeBrowser.action.getTitle({ tabId })).toBe('actionTitleMatch');
  });

  it('detectInTab injects the detector and answers with its report', async () => {
    const bg = createBackground();
    const tabId = await newTab();
    detectorReports(bg, MATCH);
    expect(await bg.detectInTab(tabId)).toEqual({ verdict: MATCH, overlayOpen: false, onDemand: true });
    expect(executeScript).toHaveBeenCalledTimes(1);
    expect(bg.waiting).toBe(0);
    // Known now: no second injection.
    expect((await bg.detectInTab(tabId)).verdict).toEqual(MATCH);
    expect(executeScript).toHaveBeenCalledTimes(1);
  });

  it('detectInTab on a page the browser will not let us read: unreadable, and nothing left waiting', async () => {
    const bg = createBackground();
    const tabId = await newTab('chrome://settings/');
    executeScript.mockRejectedValue(new Error('Cannot access a chrome:// URL'));
    expect(await bg.detectInTab(tabId)).toEqual<TabState>({ verdict: null, overlayOpen: false, unreadable: true });
    expect(bg.waiting).toBe(0);
  });

  it('detectInTab gives up after DETECT_WAIT_MS when the detector never reports, and leaves nothing waiting', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const bg = createBackground();
    const tabId = await newTab();
    const answer = bg.detectInTab(tabId);
    await vi.advanceTimersByTimeAsync(DETECT_WAIT_MS);
    expect(await answer).toEqual({ verdict: null, overlayOpen: false, onDemand: true });
    expect(bg.waiting).toBe(0);
  });

  it('a same-URL reload of a tab checked through activeTab forgets its verdict (no detector runs there by itself)', async () => {
    const bg = createBackground();
    const tabId = await newTab();
    detectorReports(bg, MATCH);
    await bg.detectInTab(tabId);
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('✓');
    await bg.tabUpdated(tabId, { status: 'loading' }); // reload: Chrome sends no url when it did not change
    expect((await bg.getTabState(tabId)).verdict).toBeNull();
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('');
    // Asked again, it looks again.
    await bg.detectInTab(tabId);
    expect(executeScript).toHaveBeenCalledTimes(2);
  });

  it('on a host page a "loading" without a new URL (a frame loading) keeps the always-on detector’s verdict', async () => {
    const bg = createBackground();
    const tabId = await newTab('https://www.163.com/dy/article/x.html');
    await bg.reportVerdict(MATCH, topFrameOf(tabId));
    await bg.tabUpdated(tabId, { status: 'loading' });
    expect((await bg.getTabState(tabId)).verdict).toEqual(MATCH);
    await bg.tabUpdated(tabId, { status: 'loading', url: 'https://www.163.com/dy/article/y.html' });
    expect((await bg.getTabState(tabId)).verdict).toBeNull();
  });

  it('a closed tab is forgotten, waiters included', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const bg = createBackground();
    const [tabId, other] = [await newTab(), await newTab()];
    await bg.reportVerdict(MATCH, topFrameOf(tabId));
    // A popup waits for the detector in another tab, which is closed before it reports.
    const answer = bg.detectInTab(other);
    await vi.waitFor(() => expect(bg.waiting).toBe(1), { timeout: 10_000 });
    await bg.tabRemoved(tabId);
    expect((await bg.getTabState(tabId)).verdict).toBeNull();
    expect(bg.waiting).toBe(1); // closing one tab leaves another tab's waiter alone
    await bg.tabRemoved(other);
    expect(bg.waiting).toBe(0);
    // The popup's question still gets its answer at the time limit: nothing known about a closed tab.
    await vi.advanceTimersByTimeAsync(DETECT_WAIT_MS);
    expect(await answer).toEqual<TabState>({ verdict: null, overlayOpen: false });
  });

  it('the overlay: injected, told to open, and the state kept per tab', async () => {
    const bg = createBackground();
    const tabId = await newTab();
    await bg.openOverlay(tabId, true);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId }, files: ['/content-scripts/overlay.js'] });
    expect((await bg.getTabState(tabId)).overlayOpen).toBe(true);
    await bg.command('toggle-overlay', { id: tabId });
    expect((await bg.getTabState(tabId)).overlayOpen).toBe(false);
    await bg.overlayChanged(true, topFrameOf(tabId));
    expect((await bg.getOwnTabState(topFrameOf(tabId))).overlayOpen).toBe(true);
    expect(await bg.getOwnTabState({})).toEqual({ verdict: null, overlayOpen: false });
  });

  it('revealSource is false where the overlay script cannot go', async () => {
    const bg = createBackground();
    const tabId = await newTab();
    executeScript.mockRejectedValue(new Error('no access'));
    expect(await bg.revealSource(tabId, { start: 0, end: 5 })).toBe(false);
  });
});

describe('background.main()', () => {
  it('wires the handlers to the browser: a navigation clears the tab’s verdict, a closed tab is forgotten', async () => {
    const onCommand = vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
    const [a, b] = [await newTab(), await newTab()];
    const stored = () => fakeBrowser.storage.session.get('tabStates').then((r) => r.tabStates as Record<string, TabState>);
    await fakeBrowser.storage.session.set({
      tabStates: { [a]: { verdict: MATCH, overlayOpen: false }, [b]: { verdict: MATCH, overlayOpen: true } },
    });
    background.main();
    expect(onCommand).toHaveBeenCalledTimes(1);
    await fakeBrowser.tabs.update(a, { url: 'https://example.org/b.html', status: 'loading' } as never);
    await expect.poll(async () => (await stored())[a]?.verdict).toBeNull();
    expect(await fakeBrowser.action.getBadgeText({ tabId: a })).toBe('');
    expect((await stored())[b]).toEqual({ verdict: MATCH, overlayOpen: true });
    await fakeBrowser.tabs.onRemoved.trigger(b, { isWindowClosing: false, windowId: 1 });
    await expect.poll(async () => b in (await stored())).toBe(false);
  });
});
