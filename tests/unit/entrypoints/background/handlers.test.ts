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

interface Pushed {
  tab: number;
  type: string;
  data: unknown;
  options: unknown;
}
/**
 * Pages' answers to the background's pushes, as Chrome gives them to @webext-core/messaging (through
 * the callback): each push is recorded; `answers(false)` makes the next one find no listener.
 */
function pagesListen() {
  const pushed: Pushed[] = [];
  let nextAnswers = true;
  const spy = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(((
    tab: number,
    message: { type: string; data: unknown },
    options: unknown,
    callback?: (reply: unknown) => void,
  ) => {
    const answered = nextAnswers;
    nextAnswers = true;
    if (answered) pushed.push({ tab, type: message.type, data: message.data, options });
    callback?.(answered ? { res: undefined } : undefined);
  }) as never);
  return { pushed, spy, answers: (yes: boolean) => (nextAnswers = yes) };
}

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

/** A script in the tab answers the background's messages (as @webext-core/messaging's listener would). */
function overlayAnswers(onTabMessage: (type: string, data: unknown) => unknown) {
  type Reply = (response: { res?: unknown }) => void;
  return vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(((
    _tabId: number,
    message: { type: string; data: unknown },
    ...rest: unknown[]
  ) => {
    const reply = rest.find((r): r is Reply => typeof r === 'function');
    reply?.({ res: onTabMessage(message.type, message.data) });
  }) as never);
}

/** The injected detector answers as the real one does: it reports its verdict once it has read the page (a task later). */
function detectorReports(bg: Background, verdict: Verdict): void {
  executeScript.mockImplementation(async ({ target, files }: { target: { tabId: number }; files: string[] }) => {
    if (files.includes('/content-scripts/detector.js')) setTimeout(() => void bg.reportVerdict(verdict, topFrameOf(target.tabId)));
    return [];
  });
}

describe('background handlers', () => {
  it('a report sets the tab state and the badge; a subframe report changes nothing', async () => {
    const bg = createBackground();
    const tabId = await newTab();
    await bg.reportVerdict({ kind: 'partial', coverage: 0.62 }, { tab: { id: tabId }, frameId: 3 });
    expect((await bg.getTabState(tabId)).verdict).toBeNull();
    await bg.reportVerdict(MATCH, topFrameOf(tabId));
    expect((await bg.getTabState(tabId)).verdict).toEqual(MATCH);
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('✓');
    expect(await fakeBrowser.action.getTitle({ tabId })).toMatch(/^Stargate Brief: This page has the whole article/);
  });

  it('a page that rewrites itself with the same verdict and changes is quiet; after a (re)load the report is news again', async () => {
    const bg = createBackground();
    const tabId = await newTab();
    const report = { ...MATCH, text: '与原文无关的文字' };
    const setText = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    await bg.reportVerdict(report, topFrameOf(tabId));
    expect(setText).toHaveBeenCalledTimes(1);
    // The detector re-sends after a ticker moved: same verdict, same comparison, nothing repainted.
    await bg.reportVerdict({ ...report, text: '与原文无关的文字 1' }, topFrameOf(tabId));
    expect(setText).toHaveBeenCalledTimes(1);
    // A reload (no new URL): the next report goes through, as after-reload work (the overlay) needs.
    await bg.tabUpdated(tabId, { status: 'loading' });
    await bg.reportVerdict(report, topFrameOf(tabId));
    expect(setText).toHaveBeenCalledTimes(2);
    // Another verdict always does.
    await bg.reportVerdict({ kind: 'partial', coverage: 0.5 }, topFrameOf(tabId));
    expect(setText).toHaveBeenCalledTimes(3);
  });

  it('a match or partial report loads the noise script into that frame and then tells it the setting; none after it clears it', async () => {
    const bg = createBackground();
    const tabId = await newTab('https://www.163.com/dy/article/x.html');
    const { pushed, spy } = pagesListen();
    await fakeBrowser.storage.local.set({ hideNoise: false });
    await bg.reportVerdict({ kind: 'partial', coverage: 0.6 }, topFrameOf(tabId));
    await expect.poll(() => pushed.length).toBe(1);
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId, frameIds: [0] },
      files: ['/content-scripts/noise.js'],
      injectImmediately: true,
    });
    expect(pushed[0]).toEqual({ tab: tabId, type: 'setHideNoise', data: false, options: { frameId: 0 } });
    expect(executeScript.mock.invocationCallOrder[0]).toBeLessThan(spy.mock.invocationCallOrder[0]!);
    // The page left the article (in-page navigation): its marks go.
    await bg.reportVerdict({ kind: 'none', coverage: 0 }, topFrameOf(tabId));
    await expect.poll(() => pushed.length).toBe(2);
    expect(pushed[1]!.type).toBe('clearNoise');
    // A page that never held it is left alone.
    await bg.reportVerdict({ kind: 'none', coverage: 0 }, topFrameOf(tabId));
    expect(executeScript).toHaveBeenCalledTimes(1);
    expect(pushed).toHaveLength(2);
  });

  it('a top frame past the pre-check (asking for the fingerprint) gets the noise script before its verdict; a subframe does not', async () => {
    const bg = createBackground();
    const tabId = await newTab('https://www.163.com/dy/article/x.html');
    const { pushed, answers } = pagesListen();
    const told = () => pushed.map((p) => p.data);
    bg.getFingerprint({ tab: { id: tabId }, frameId: 2 });
    expect(executeScript).not.toHaveBeenCalled();
    expect(bg.getFingerprint(topFrameOf(tabId)).paragraphs.length).toBeGreaterThan(0);
    expect(executeScript).not.toHaveBeenCalled(); // the answer leaves first, so the page is not kept waiting for it
    await expect.poll(() => executeScript.mock.calls.length).toBe(1);
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId, frameIds: [0] },
      files: ['/content-scripts/noise.js'],
      injectImmediately: true,
    });
    expect(told()).toEqual([]); // loaded, not told: the page may not hold the article
    await bg.reportVerdict(MATCH, topFrameOf(tabId));
    await expect.poll(told).toEqual([true]);
    expect(executeScript).toHaveBeenCalledTimes(1); // not loaded twice
    // The page was replaced (nothing answers): loaded again, then told.
    answers(false);
    await bg.reportVerdict(MATCH, topFrameOf(tabId));
    await expect.poll(() => executeScript.mock.calls.length).toBe(2);
    await expect.poll(told).toEqual([true, true]);
  });

  it('the noise switch is pushed to every tab holding the article, and only there', async () => {
    const bg = createBackground();
    const [a, b] = [await newTab(), await newTab()];
    const { pushed: all } = pagesListen();
    const pushed = () => all.filter((p) => p.type === 'setHideNoise').map((p) => p.tab);
    await bg.reportVerdict(MATCH, topFrameOf(a));
    await bg.reportVerdict({ kind: 'none', coverage: 0 }, topFrameOf(b));
    await expect.poll(pushed).toEqual([a]); // the setting right after injecting
    await bg.hideNoiseChanged(false);
    await expect.poll(pushed).toEqual([a, a]);
    expect(all.at(-1)!.data).toBe(false);
  });

  it('detectInTab injects the detector and answers with its report', async () => {
    const bg = createBackground();
    const tabId = await newTab();
    detectorReports(bg, MATCH);
    expect(await bg.detectInTab(tabId)).toEqual({ verdict: MATCH, overlayOpen: false, onDemand: true });
    const detectorInjections = () => executeScript.mock.calls.filter(([o]) => o.files.includes('/content-scripts/detector.js')).length;
    expect(detectorInjections()).toBe(1);
    expect(bg.waiting).toBe(0);
    // Known now: no second injection.
    expect((await bg.detectInTab(tabId)).verdict).toEqual(MATCH);
    expect(detectorInjections()).toBe(1);
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
    expect(executeScript.mock.calls.filter(([o]) => o.files.includes('/content-scripts/detector.js'))).toHaveLength(2);
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
    const bg = createBackground();
    const [tabId, other] = [await newTab(), await newTab()];
    await bg.reportVerdict(MATCH, topFrameOf(tabId));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }); // after the report: it waits a task before comparing
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
    const opened: boolean[] = [];
    // The injected overlay script answers (the fake browser delivers no tab messages: stand in for it).
    const overlayScript = overlayAnswers((type, data) => type === 'setOverlayOpen' && opened.push(data as boolean));
    try {
      expect(await bg.openOverlay(tabId, true)).toBe(true);
      expect(executeScript).toHaveBeenCalledWith({ target: { tabId }, files: ['/content-scripts/overlay.js'] });
      expect(opened).toEqual([true]);
      expect((await bg.getTabState(tabId)).overlayOpen).toBe(true);
      await bg.command('toggle-overlay', { id: tabId });
      expect(opened).toEqual([true, false]);
      expect((await bg.getTabState(tabId)).overlayOpen).toBe(false);
    } finally {
      overlayScript.mockRestore();
    }
    await bg.overlayChanged(true, topFrameOf(tabId));
    expect((await bg.getOwnTabState(topFrameOf(tabId))).overlayOpen).toBe(true);
    expect(await bg.getOwnTabState({})).toEqual({ verdict: null, overlayOpen: false });
  });

  it('openOverlay answers false, and keeps the overlay closed, where the script cannot go or does not answer', async () => {
    const bg = createBackground();
    const tabId = await newTab();
    executeScript.mockRejectedValueOnce(new Error('Cannot access contents of the page'));
    expect(await bg.openOverlay(tabId, true)).toBe(false);
    expect((await bg.getTabState(tabId)).overlayOpen).toBe(false);
    // Injected, but nothing listens (the script failed as it started).
    expect(await bg.openOverlay(tabId, true)).toBe(false);
    expect((await bg.getTabState(tabId)).overlayOpen).toBe(false);
    // Closing needs no script: it always succeeds.
    expect(await bg.openOverlay(tabId, false)).toBe(true);
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
