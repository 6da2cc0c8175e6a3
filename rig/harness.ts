/// <reference types="chrome" />
/**
 * The end-to-end fixture: Chromium with the built extension loaded, the test pages served over
 * HTTPS under the real article hosts (mapped to a local server, so `matches` never widens).
 *
 *   const h = await launch();
 *   const page = await h.openPage(DEMO_ARTICLE_PATH);
 *   await h.waitForBadge(await h.tabIdOf(page), '✓');
 *   await h.close();
 */
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page, Worker } from 'playwright-core';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ARTICLE_HOST_PATTERNS, DEMO_HOST } from '../pipeline/hosts';
import { findChromium } from './chromium';
import { REPO_ROOT, repoPath } from './repo';
import { connectToPageTarget, devToolsEndpoint, listPageTargets, waitForNewPageTarget } from './popup';
import { replayedErrors, watchExceptions } from './raw-session';
import { startServer } from './server';
import type { StaticServer } from './server';

export { REPO_ROOT };

/** A host on none of our lists: pages served there stand for "some other news site". */
export const NON_HOST = 'www.example-news.cn';

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker (always the live one, should Chromium restart it). */
  worker: Worker;
  /** 'https://www.163.com' — the mapped demo host. */
  origin: string;
  url(path: string, host?: string): string;
  openPage(path: string, host?: string): Promise<Page>;
  tabIdOf(page: Page): Promise<number>;
  badgeText(tabId: number): Promise<string>;
  actionTitle(tabId: number): Promise<string>;
  waitForBadge(tabId: number, expected: string, timeoutMs?: number): Promise<void>;
  /** The verdicts the detector in this tab's top frame reported to the background so far, oldest first. */
  reports(tabId: number): Promise<Array<{ kind: string; coverage: number }>>;
  /** Waits until the tab's detector has reported at least `count` verdicts; returns them all. */
  waitForReports(tabId: number, count: number, timeoutMs?: number): Promise<Array<{ kind: string; coverage: number }>>;
  openPopupViaAction(page: Page): Promise<Page>;
  openPopupPage(tabId: number): Promise<Page>;
  extensionPage(path: string): Promise<Page>;
  consoleErrors: string[];
  requests: string[];
  screenshotPath(name: string): string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  locale?: 'en' | 'zh-CN' | 'zh-TW' | 'zh-HK';
  colorScheme?: 'light' | 'dark';
  /** Extra hostnames to map to the test server (the article hosts and NON_HOST always are). */
  hosts?: string[];
  /** Headed browser for `npm start` on a desktop; tests stay headless. */
  headed?: boolean;
  /** Extra folders served under a URL prefix on every mapped host (see rig/server.ts). */
  mounts?: Record<string, string>;
  /** More Chromium switches (the toolbar screenshots: --force-device-scale-factor, --force-dark-mode). */
  extraArgs?: string[];
  /** Written to the profile's Default/Preferences before launch (the toolbar screenshots pin the icon). */
  preferences?: Record<string, unknown>;
  /** Page size of a headless browser (default 1280×900). */
  viewport?: { width: number; height: number };
  /** The unpacked extension to load (a chrome-mv3 folder; another build, as the bench's baseline); default extensionDir(). */
  extensionDir?: string;
}

/** Where the extension under test is built: $SGB_EXT_DIR, else the default build output. */
export const EXTENSION_DIR = repoPath(process.env.SGB_EXT_DIR ?? '.output/chrome-mv3');

/** The extension under test, checked to be built. */
export function extensionDir(dir = EXTENSION_DIR): string {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No built extension at ${dir} (manifest.json missing): run \`npm run build\` or set SGB_EXT_DIR.`);
  }
  return dir;
}

/** Every hostname the tests may visit: the demo host, each article host, the non-host site. */
export function mappedHosts(extra: readonly string[] = []): string[] {
  const articleHosts = ARTICLE_HOST_PATTERNS.map((pattern) => new URL(pattern.replace(/\*/g, '')).hostname);
  return [...new Set([DEMO_HOST, ...articleHosts, NON_HOST, ...extra])];
}

function chromiumArgs(extDir: string, server: StaticServer, hosts: string[], locale: string): string[] {
  // Every mapped host goes to our server's port; everything else fails at once instead of
  // waiting on DNS in a sandbox with no network.
  const rules = [...hosts.map((host) => `MAP ${host} 127.0.0.1:${server.port}`), 'MAP * ~NOTFOUND'].join(', ');
  return [
    `--disable-extensions-except=${extDir}`,
    `--load-extension=${extDir}`,
    `--host-resolver-rules=${rules}`,
    // Trust exactly our throwaway certificate, so no interstitial and no "Not secure" in headed mode.
    `--ignore-certificate-errors-spki-list=${server.spkiSha256}`,
    '--no-sandbox', // CI runs as root
    // A second CDP client is how we reach the action popup (see popup.ts); port 0 = any free port.
    '--remote-debugging-port=0',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--lang=${locale}`,
  ];
}

export async function launch(options: LaunchOptions = {}): Promise<Harness> {
  const locale = options.locale ?? 'en';
  const colorScheme = options.colorScheme ?? 'light';
  const extDir = extensionDir(options.extensionDir ? repoPath(options.extensionDir) : undefined);
  const hosts = mappedHosts(options.hosts);
  const [executablePath, server, userDataDir] = await Promise.all([
    findChromium(),
    startServer({ hostnames: hosts, mounts: options.mounts }),
    mkdtemp(join(tmpdir(), 'sgb-chromium-')),
  ]);
  if (options.preferences) {
    mkdirSync(join(userDataDir, 'Default'), { recursive: true });
    writeFileSync(join(userDataDir, 'Default', 'Preferences'), JSON.stringify(options.preferences));
  }

  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      // Playwright's --headless is Chromium's new headless (a full browser), which runs extensions.
      headless: !options.headed,
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [...chromiumArgs(extDir, server, hosts, locale), ...(options.extraArgs ?? [])],
      // On Linux Chromium takes its UI language (chrome.i18n) from the environment, not from --lang.
      env: { ...process.env, LANGUAGE: locale.replace('-', '_'), LANG: `${locale.replace('-', '_')}.UTF-8` },
      ignoreHTTPSErrors: true,
      locale,
      colorScheme,
      // Headed, the page follows the window; headless, a fixed size keeps screenshots comparable.
      viewport: options.headed ? null : (options.viewport ?? { width: 1280, height: 900 }),
    });
  } catch (error) {
    await server.close();
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }

  const consoleErrors: string[] = [];
  const requests: string[] = [];
  const isOurs = (url: string) => {
    const { protocol, hostname } = new URL(url);
    return ['chrome-extension:', 'data:', 'blob:', 'about:'].includes(protocol) || hosts.includes(hostname);
  };
  const noteRequest = (url: string) => {
    if (!isOurs(url)) requests.push(url);
  };
  context.on('console', (message) => {
    if (message.type() === 'error')
      consoleErrors.push(`${message.location().url || message.worker()?.url() || '(unknown)'}: ${message.text()}`);
  });
  context.on('weberror', (error) => consoleErrors.push(`${error.page()?.url() ?? '(worker)'}: ${error.error().message}`));
  context.on('request', (request) => noteRequest(request.url()));

  const browser = context.browser();
  if (!browser) throw new Error('Playwright gave no Browser for the persistent context');
  const browserSession = await browser.newBrowserCDPSession();

  /** Playwright reports the worker's console but not its uncaught errors: watch every worker target. */
  const watchedWorkers = new Set<string>();
  async function watchWorkerExceptions(): Promise<void> {
    const { targetInfos } = await browserSession.send('Target.getTargets');
    for (const t of targetInfos) {
      if (t.type !== 'service_worker' || !t.url.startsWith('chrome-extension://') || watchedWorkers.has(t.targetId)) continue;
      watchedWorkers.add(t.targetId);
      await watchExceptions(browserSession, t.targetId, (text) => consoleErrors.push(`${t.url}: ${text}`));
    }
  }

  /**
   * Records every verdict report in the worker (a listener of ours beside the background's; it
   * answers nothing), so a test can wait for "the detector has spoken" instead of sleeping.
   */
  const recordReports = (w: Worker) =>
    w.evaluate(() => {
      const g = globalThis as typeof globalThis & { __sgbReports?: Record<number, unknown[]> };
      if (g.__sgbReports) return;
      g.__sgbReports = {};
      chrome.runtime.onMessage.addListener((message: { type?: string; data?: unknown }, sender) => {
        if (message?.type !== 'reportVerdict' || sender.tab?.id === undefined || sender.frameId) return;
        (g.__sgbReports![sender.tab.id] ??= []).push(message.data);
      });
    });

  const extensionWorker = (w: Worker) => w.url().startsWith('chrome-extension://');
  let worker =
    context.serviceWorkers().find(extensionWorker) ??
    (await context.waitForEvent('serviceworker', { predicate: extensionWorker, timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  await watchWorkerExceptions();
  await recordReports(worker);
  context.on('serviceworker', (w) => {
    if (!w.url().startsWith(`chrome-extension://${extensionId}/`)) return;
    worker = w;
    void recordReports(w).catch(() => undefined);
    void watchWorkerExceptions().catch(() => undefined);
  });

  const tabIds = new WeakMap<Page, number>();
  const allTabIds = () => worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id ?? -1));

  /** A new tab whose chrome.tabs id is known: the one id that was not there before. */
  async function newTrackedPage(): Promise<Page> {
    const before = new Set(await allTabIds());
    const page = await context.newPage();
    const added = (await allTabIds()).filter((id) => !before.has(id));
    if (added.length === 1) tabIds.set(page, added[0]!);
    return page;
  }

  const extensionUrl = (path: string) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;
  const url = (path: string, host?: string) => `https://${host ?? DEMO_HOST}${path.startsWith('/') ? path : `/${path}`}`;
  const popupClients: Browser[] = [];

  /** Errors and requests of a page that lives on a second CDP client (the popup). */
  async function watchForeignPage(page: Page, targetId: string): Promise<void> {
    const seen = new Set<string>();
    const note = (text: string) => {
      seen.add(text);
      consoleErrors.push(`${page.url()}: ${text}`);
    };
    page.on('console', (message) => {
      if (message.type() === 'error') note(message.text());
    });
    page.on('pageerror', (error) => note(error.message));
    page.on('request', (request) => noteRequest(request.url()));
    // What it logged and fetched before we were attached.
    for (const text of await replayedErrors(browserSession, targetId)) {
      if (!seen.has(text)) consoleErrors.push(`${page.url()}: ${text}`);
    }
    const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    fetched.forEach(noteRequest);
  }

  /** An extension page in a tab. Context emulation does not reach chrome-extension:// tabs: set it here. */
  async function openExtensionTab(path: string): Promise<Page> {
    const page = await newTrackedPage();
    await page.emulateMedia({ colorScheme });
    await page.goto(extensionUrl(path), { waitUntil: 'load' });
    return page;
  }

  const harness: Harness = {
    context,
    extensionId,
    get worker() {
      return worker;
    },
    origin: `https://${DEMO_HOST}`,
    url,
    async openPage(path, host) {
      const page = await newTrackedPage();
      const response = await page.goto(url(path, host), { waitUntil: 'load' });
      if (!response?.ok()) throw new Error(`${url(path, host)} answered ${response?.status() ?? 'nothing'}`);
      return page;
    },
    async tabIdOf(page) {
      const known = tabIds.get(page);
      if (known !== undefined) return known;
      // A page we did not open: it is the active tab once brought to front.
      await page.bringToFront();
      const [active] = await worker.evaluate(() => chrome.tabs.query({ active: true, lastFocusedWindow: true }));
      if (active?.id === undefined) throw new Error(`no tab id found for ${page.url()}`);
      tabIds.set(page, active.id);
      return active.id;
    },
    badgeText: (tabId) => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
    actionTitle: (tabId) => worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId),
    async waitForBadge(tabId, expected, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      let last = await harness.badgeText(tabId);
      while (last !== expected && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
        last = await harness.badgeText(tabId);
      }
      if (last !== expected) {
        throw new Error(
          `badge of tab ${tabId}: expected ${JSON.stringify(expected)}, last saw ${JSON.stringify(last)} after ${timeoutMs} ms`,
        );
      }
    },
    reports: (tabId) =>
      worker.evaluate(
        (id) =>
          (
            (globalThis as typeof globalThis & { __sgbReports?: Record<number, Array<{ kind: string; coverage: number }>> }).__sgbReports?.[
              id
            ] ?? []
          ).slice(),
        tabId,
      ),
    async waitForReports(tabId, count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      let seen = await harness.reports(tabId);
      while (seen.length < count && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
        seen = await harness.reports(tabId);
      }
      if (seen.length < count)
        throw new Error(`tab ${tabId}: expected ${count} verdict reports, saw ${JSON.stringify(seen)} after ${timeoutMs} ms`);
      return seen;
    },
    async openPopupViaAction(page) {
      // openPopup() opens on the focused window's active tab: make it this page's tab.
      await page.bringToFront();
      const popupUrl = extensionUrl('popup.html');
      const isPopup = (u: string) => u === popupUrl || u.startsWith(`${popupUrl}#`);
      const known = new Set((await listPageTargets(browserSession)).map((t) => t.targetId));
      await worker.evaluate(() => chrome.action.openPopup());
      const target = await waitForNewPageTarget(browserSession, isPopup, known, 10_000);
      const { browser: client, page: popup } = await connectToPageTarget(await devToolsEndpoint(userDataDir), target.targetId);
      popupClients.push(client);
      await popup.waitForLoadState('load');
      // The second client has no context options: the scheme applies from here (CSS and matchMedia follow live).
      await popup.emulateMedia({ colorScheme });
      await watchForeignPage(popup, target.targetId);
      return popup;
    },
    openPopupPage: (tabId) => openExtensionTab(`popup.html?tabId=${tabId}`),
    extensionPage: (path) => openExtensionTab(path),
    consoleErrors,
    requests,
    screenshotPath(name) {
      const dir = join(REPO_ROOT, '.output', 'screenshots');
      mkdirSync(dir, { recursive: true });
      return join(dir, `${name}.png`);
    },
    async close() {
      for (const client of popupClients) await client.close().catch(() => {}); // disconnects only
      await context.close().catch(() => {});
      await server.close();
      await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
  return harness;
}
