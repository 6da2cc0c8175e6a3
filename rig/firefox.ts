/**
 * The Firefox end-to-end fixture: Debian's Firefox ESR driven over WebDriver BiDi (puppeteer-core),
 * the built .output/firefox-mv3 installed as a temporary add-on at a fixed moz-extension:// UUID,
 * and the test pages served over HTTPS under the real article hosts.
 *
 * Firefox has no --host-resolver-rules, so the profile sends every connection through a tiny local
 * proxy (manual proxy prefs): it tunnels CONNECT for a mapped host to the HTTPS server of
 * rig/server.ts and refuses everything else, which also records any request that would have left
 * the machine. The self-signed certificate is accepted through the BiDi session's
 * `acceptInsecureCerts` (Firefox then ignores certificate errors in that profile only).
 *
 *   const f = await launchFirefox();
 *   const page = await f.openPage(DEMO_ARTICLE_PATH);
 *   const popup = await f.extensionPage(`popup.html?tabId=${await f.tabIdOf(page.url())}`);
 *   await f.close();
 */
import puppeteer from 'puppeteer-core';
import type { Browser, Page } from 'puppeteer-core';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createServer, STATUS_CODES } from 'node:http';
import type { IncomingMessage } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';
import { join, resolve } from 'node:path';
import { DEMO_HOST } from '../pipeline/hosts';
import { mappedHosts, REPO_ROOT } from './harness';
import { startServer } from './server';
import { canAptInstall, isExecutable, onPath } from './executables';

/** The add-on's moz-extension:// host, fixed through `extensions.webextensions.uuids`. */
export const FIREFOX_ADDON_UUID = '5ca1ab1e-57a6-4a7e-b41e-f00dbaadf00d';

const FIREFOXES = ['firefox-esr', 'firefox'];
// fonts-noto-cjk: without a CJK font the article renders as boxes in screenshots.
const DEBIAN_PACKAGES = ['firefox-esr', 'fonts-noto-cjk', 'fontconfig'];

function locate(): string | undefined {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (!isExecutable(fromEnv)) throw new Error(`FIREFOX_PATH=${fromEnv} is not an executable file.`);
    return fromEnv;
  }
  return FIREFOXES.map(onPath).find(Boolean);
}

/**
 * Path of a Firefox executable, or undefined when there is none and none can be installed (the
 * Firefox tests then skip and say so). Installs Debian's firefox-esr when root on Debian, like
 * rig/chromium.ts does for Chromium.
 */
export function findFirefox(): string | undefined {
  let executable = locate();
  if (!executable && canAptInstall()) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const install = ['install', '-y', '--no-install-recommends', ...DEBIAN_PACKAGES];
    console.log(`[firefox] installing from Debian: apt-get update && apt-get ${install.join(' ')}`);
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    execFileSync('apt-get', install, { stdio: 'inherit', env });
    executable = locate();
  }
  return executable;
}

/** `Mozilla Firefox 153.8.0esr` → 153. */
export function firefoxMajorVersion(executable: string): { text: string; major: number } {
  const text = execFileSync(executable, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  return { text, major: Number(/(\d+)\.\d+/.exec(text)?.[1] ?? NaN) };
}

/** The Firefox build under test: $SGB_FIREFOX_DIR, else the default build output. */
export function firefoxExtensionDir(): string {
  const dir = resolve(REPO_ROOT, process.env.SGB_FIREFOX_DIR ?? '.output/firefox-mv3');
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${dir}: run \`npm run build:firefox\` or set SGB_FIREFOX_DIR.`);
  }
  return dir;
}

interface Tunnel {
  port: number;
  /** host:port of every connection refused because it would have left the machine. */
  refused: string[];
  close(): Promise<void>;
}

/** An HTTP proxy that tunnels CONNECT for the mapped hosts to `targetPort` on 127.0.0.1 and refuses the rest. */
async function startTunnel(hosts: readonly string[], targetPort: number): Promise<Tunnel> {
  const refused: string[] = [];
  const sockets = new Set<Socket>();
  const proxy = createServer((req, res) => {
    refused.push(req.headers.host ?? req.url ?? '(unknown)');
    res.writeHead(403).end();
  });
  proxy.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  proxy.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    const [host = '', port = '443'] = (req.url ?? '').split(':');
    if (!hosts.includes(host) || port !== '443') {
      refused.push(req.url ?? '(unknown)');
      client.end(`HTTP/1.1 403 ${STATUS_CODES[403]}\r\n\r\n`);
      return;
    }
    const upstream = connect(targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    const drop = () => {
      upstream.destroy();
      client.destroy();
    };
    upstream.on('error', drop);
    client.on('error', drop);
  });
  await new Promise<void>((ok, fail) => {
    proxy.once('error', fail);
    proxy.listen(0, '127.0.0.1', ok);
  });
  return {
    port: (proxy.address() as AddressInfo).port,
    refused,
    close: () =>
      new Promise<void>((ok) => {
        for (const socket of sockets) socket.destroy();
        proxy.close(() => ok());
      }),
  };
}

/** Firefox's own background traffic (remote settings, telemetry, safe browsing), refused by the tunnel too. */
const FIREFOX_SERVICE_HOST = /(^|\.)(mozilla\.(com|net|org)|firefox\.com|mozilla\.cloud|mozaws\.net|dummy\.test)$/;

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

/** Puppeteer's WebDriver BiDi connection, for the commands its API does not offer. */
function bidiConnection(browser: Browser): BidiConnection {
  return (browser as unknown as { connection: BidiConnection }).connection;
}

/** The WebDriver BiDi browsing context id behind a puppeteer page (its main frame's id). */
function browsingContextId(page: Page): string {
  const id = (page.mainFrame() as unknown as { _id?: unknown })._id;
  if (typeof id !== 'string') throw new Error('puppeteer gave no BiDi browsing context id for the page');
  return id;
}

/**
 * Navigates `page` to `url` and resolves once the new document has loaded, as Firefox itself sees
 * it: BiDi `browsingContext.navigate` with `wait: "complete"` answers from the tab's own progress
 * listener in the parent process.
 *
 * Why not `page.goto` or a poll: Firefox's BiDi sends no events for documents of an add-on (bug
 * 1755014, "Filter out notifications for webextension contexts"). A tab going from about:blank to
 * moz-extension:// reports its navigation started and committed, a realm for a throwaway
 * about:blank in the extension process, and then nothing: no load, no realm for the add-on's
 * page until a command reaches it. So `goto` never settles, and a `waitForFunction` started
 * alongside runs in whichever document the tab has at that instant — the about:blank being left
 * or the throwaway one — and when that document is torn down under it, the evaluation either
 * ends without a completion value (Firefox then fails with "TypeError: right-hand side of 'in'
 * should be an object, got null" in #buildReturnValue) or, as we read the 30 s readyState hang, its
 * promise never settles and no further realm event restarts it (puppeteer issue #14314). Nothing here
 * evaluates in the tab before Firefox says the page has loaded.
 */
async function navigateAndWaitForLoad(browser: Browser, page: Page, url: string, timeoutMs = 30_000): Promise<void> {
  const navigated = bidiConnection(browser).send('browsingContext.navigate', { context: browsingContextId(page), url, wait: 'complete' });
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${url} did not finish loading within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const { result } = (await Promise.race([navigated, timedOut])) as { result: { url?: string } };
    if (result.url !== url) throw new Error(`navigating to ${url} ended at ${result.url ?? 'nothing'}`);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Evaluates `expression` in the browser window's chrome (privileged) scope, which
 * --remote-allow-system-access opens to WebDriver BiDi; the expression yields JSON text.
 */
async function chromeEvaluate<T>(browser: Browser, expression: string): Promise<T> {
  const connection = bidiConnection(browser);
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as {
    contexts: Array<{ context: string }>;
  };
  const context = tree.contexts[0]?.context;
  if (!context) throw new Error('no chrome browsing context over BiDi');
  const evaluated = (await connection.send('script.evaluate', { expression, target: { context }, awaitPromise: false })).result as {
    type: string;
    result?: { value?: string };
    exceptionDetails?: { text?: string };
  };
  if (evaluated.type !== 'success' || typeof evaluated.result?.value !== 'string') {
    throw new Error(`chrome-scope evaluation failed: ${evaluated.exceptionDetails?.text ?? evaluated.type}`);
  }
  return JSON.parse(evaluated.result.value) as T;
}

/**
 * A chrome-scope expression listing the errors in Firefox's console service (script errors) and
 * console API storage (console.error) that come from the add-on or from a page under `sources`.
 */
function consoleServiceErrors(addonId: string, sources: readonly string[]): string {
  return `(() => {
    const sources = ${JSON.stringify(sources)};
    const ours = (url) => typeof url === 'string' && sources.some((s) => url === s || url.startsWith(s + '/'));
    const out = [];
    for (const message of Services.console.getMessageArray() ?? []) {
      if (!(message instanceof Ci.nsIScriptError)) continue;
      const notError = Ci.nsIScriptError.warningFlag | Ci.nsIScriptError.infoFlag;
      if (message.flags & notError || !ours(message.sourceName)) continue;
      out.push(message.sourceName + ':' + message.lineNumber + ': ' + message.errorMessage);
    }
    const storage = Cc['@mozilla.org/consoleAPI-storage;1'].getService(Ci.nsIConsoleAPIStorage);
    for (const event of storage.getEvents()) {
      if (event.level !== 'error' || !(event.addonId === ${JSON.stringify(addonId)} || ours(event.filename))) continue;
      out.push(event.filename + ': console.error ' + (event.arguments ?? []).map((a) => String(a)).join(' '));
    }
    return JSON.stringify(out);
  })()`;
}

/**
 * Chrome-scope expressions for the system clipboard as Firefox holds it (headless Firefox keeps its
 * own): what a user would paste after pressing a copy button. Reading it from the page instead
 * would need the clipboardRead permission the add-on does not have.
 */
const READ_CLIPBOARD = `(() => {
  const transferable = Cc['@mozilla.org/widget/transferable;1'].createInstance(Ci.nsITransferable);
  transferable.init(null);
  transferable.addDataFlavor('text/plain');
  Services.clipboard.getData(transferable, Services.clipboard.kGlobalClipboard);
  const data = {};
  try {
    transferable.getTransferData('text/plain', data);
  } catch {
    return JSON.stringify('');
  }
  return JSON.stringify(data.value.QueryInterface(Ci.nsISupportsString).data);
})()`;

const writeClipboard = (text: string) => `(() => {
  Cc['@mozilla.org/widget/clipboardhelper;1'].getService(Ci.nsIClipboardHelper).copyString(${JSON.stringify(text)});
  return JSON.stringify(true);
})()`;

export interface FirefoxHarness {
  browser: Browser;
  /** `moz-extension://<FIREFOX_ADDON_UUID>` */
  extensionOrigin: string;
  addonId: string;
  url(path: string, host?: string): string;
  openPage(path: string, host?: string): Promise<Page>;
  /** An extension page (popup.html, reader.html) in a tab. */
  extensionPage(path: string): Promise<Page>;
  /** The tabs.Tab id of the (only) tab showing `url`, asked of the add-on itself. */
  tabIdOf(url: string): Promise<number>;
  /**
   * Every console error and uncaught exception so far of the add-on (background, content scripts,
   * its pages) and of the pages on the mapped hosts, read from Firefox's console service.
   */
  consoleErrors(): Promise<string[]>;
  /** Connections refused because they would have left the machine (Firefox's own services aside). */
  requests(): string[];
  /** The text on the clipboard, as a user would paste it. */
  clipboardText(): Promise<string>;
  /** Puts `text` on the clipboard (a test clears it before a copy it then waits for). */
  setClipboardText(text: string): Promise<void>;
  /** A fresh folder of this launch where every download is saved without asking (removed on close). */
  downloadDir: string;
  screenshotPath(name: string): string;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  locale?: 'en' | 'zh-CN';
  /** Only the tests' Firefox is headless; a headed one serves for looking. */
  headed?: boolean;
  /** The built add-on (a firefox-mv3 folder); default firefoxExtensionDir(). */
  extensionDir?: string;
}

export async function launchFirefox(options: FirefoxLaunchOptions = {}): Promise<FirefoxHarness> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('No Firefox found. Install one (Debian: `apt-get install firefox-esr`) or set FIREFOX_PATH.');
  const extDir = options.extensionDir ?? firefoxExtensionDir();
  const manifest = JSON.parse(readFileSync(join(extDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const addonId = manifest.browser_specific_settings?.gecko?.id;
  if (!addonId) throw new Error(`${extDir}/manifest.json has no gecko id`);
  const locale = options.locale ?? 'en';
  const hosts = mappedHosts();
  const server = await startServer({ hostnames: hosts });
  const tunnel = await startTunnel(hosts, server.port).catch(async (error: unknown) => {
    await server.close();
    throw error;
  });

  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: !options.headed,
      acceptInsecureCerts: true,
      // WebDriver BiDi only navigates to http(s), file, blob and about:blank unless system access is
      // allowed; the popup and reader pages are moz-extension:// URLs.
      args: ['--remote-allow-system-access'],
      defaultViewport: { width: 1280, height: 900 },
      extraPrefsFirefox: {
        // Every connection goes through the tunnel: mapped hosts reach the local server, the rest is refused.
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': tunnel.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': tunnel.port,
        'network.proxy.share_proxy_settings': false,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        'network.dns.disablePrefetch': true,
        'network.http.http3.enable': false,
        // A fixed moz-extension:// host for the add-on, so tests can open its pages by URL.
        'extensions.webextensions.uuids': JSON.stringify({ [addonId]: FIREFOX_ADDON_UUID }),
        'intl.locale.requested': locale === 'zh-CN' ? 'zh-CN' : 'en-US',
        'intl.accept_languages': locale === 'zh-CN' ? 'zh-CN, zh, en' : 'en-US, en',
      },
    });
  } catch (error) {
    await Promise.all([tunnel.close(), server.close()]);
    throw error;
  }

  // Page errors arrive over BiDi; extension pages and the background page do not report there, so
  // closing checks also read Firefox's console service (see consoleErrors()).
  const pageErrors: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error instanceof Error ? error.message : String(error)}`));
  };

  let installed: string;
  try {
    installed = await browser.installExtension(extDir);
  } catch (error) {
    await browser.close();
    await Promise.all([tunnel.close(), server.close()]);
    throw error;
  }
  // Downloads go to a folder of this run, without a dialog (BiDi browser.setDownloadBehavior).
  const downloadDir = await mkdtemp(join(tmpdir(), 'sgb-firefox-downloads-'));
  try {
    await bidiConnection(browser).send('browser.setDownloadBehavior', {
      downloadBehavior: { type: 'allowed', destinationFolder: downloadDir },
    });
  } catch (error) {
    await browser.close();
    await Promise.all([tunnel.close(), server.close(), rm(downloadDir, { recursive: true, force: true })]);
    throw error;
  }
  const extensionOrigin = `moz-extension://${FIREFOX_ADDON_UUID}`;
  const url = (path: string, host?: string) => `https://${host ?? DEMO_HOST}${path.startsWith('/') ? path : `/${path}`}`;

  async function newPage(): Promise<Page> {
    const page = await browser.newPage();
    watch(page);
    return page;
  }

  const harness: FirefoxHarness = {
    browser,
    extensionOrigin,
    addonId: installed,
    url,
    async openPage(path, host) {
      const page = await newPage();
      const response = await page.goto(url(path, host), { waitUntil: 'load' });
      if (!response?.ok()) throw new Error(`${url(path, host)} answered ${response?.status() ?? 'nothing'}`);
      return page;
    },
    async extensionPage(path) {
      const page = await newPage();
      const target = `${extensionOrigin}/${path.replace(/^\//, '')}`;
      await navigateAndWaitForLoad(browser, page, target);
      // Loaded: from here the tab has one document, and every evaluation reaches it. This first
      // one also makes Firefox announce the page's realm, so no later wait is restarted by it.
      const href = await page.evaluate(() => location.href);
      if (href !== target) throw new Error(`${target} opened as ${href}`);
      return page;
    },
    async tabIdOf(pageUrl) {
      // Extension pages have the tabs API; a throwaway one asks it and closes.
      const helper = await harness.extensionPage('reader.html');
      try {
        const ids = await helper.evaluate(async (wanted) => {
          const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } })
            .browser;
          return (await api.tabs.query({})).filter((t) => t.url === wanted).map((t) => t.id ?? -1);
        }, pageUrl);
        if (ids.length !== 1) throw new Error(`expected one tab at ${pageUrl}, found ${ids.length}`);
        return ids[0]!;
      } finally {
        await helper.close();
      }
    },
    async consoleErrors() {
      const sources = [extensionOrigin, ...hosts.map((host) => `https://${host}`)];
      const logged = await chromeEvaluate<string[]>(browser, consoleServiceErrors(installed, sources));
      return [...new Set([...pageErrors, ...logged])];
    },
    requests: () => tunnel.refused.filter((target) => !FIREFOX_SERVICE_HOST.test(target.replace(/:\d+$/, ''))),
    clipboardText: () => chromeEvaluate<string>(browser, READ_CLIPBOARD),
    async setClipboardText(text) {
      await chromeEvaluate<boolean>(browser, writeClipboard(text));
    },
    downloadDir,
    screenshotPath(name) {
      const dir = join(REPO_ROOT, '.output', 'screenshots');
      mkdirSync(dir, { recursive: true });
      return join(dir, `${name}.png`);
    },
    async close() {
      await browser.close().catch(() => {});
      await Promise.all([tunnel.close(), server.close(), rm(downloadDir, { recursive: true, force: true })]);
    },
  };
  return harness;
}
