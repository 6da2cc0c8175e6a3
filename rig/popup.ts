/**
 * Reaching the real action popup. Playwright never reports it as a page: it is not a tab, and
 * Chromium auto-attaches such a target only when a DevTools client connects after it exists.
 * So once chrome.action.openPopup() has shown it, a second Playwright client connects over CDP
 * and finds the popup among its pages: a full Playwright Page on the real popup document.
 */
import { chromium } from 'playwright-core';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export async function listPageTargets(browserSession: CDPSession): Promise<TargetInfo[]> {
  const { targetInfos } = await browserSession.send('Target.getTargets');
  return targetInfos.filter((t) => t.type === 'page');
}

/** Polls until a page target matching `isWanted` appears that is not among `known`. */
export async function waitForNewPageTarget(
  browserSession: CDPSession,
  isWanted: (url: string) => boolean,
  known: ReadonlySet<string>,
  timeoutMs: number,
): Promise<TargetInfo> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await listPageTargets(browserSession)).find((t) => isWanted(t.url) && !known.has(t.targetId));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no new page target appeared within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The browser's DevTools endpoint, which Chromium writes into the profile for --remote-debugging-port=0. */
export async function devToolsEndpoint(userDataDir: string): Promise<string> {
  const file = join(userDataDir, 'DevToolsActivePort');
  for (let attempt = 0; attempt < 100; attempt++) {
    const text = await readFile(file, 'utf8').catch(() => '');
    const [port, path] = text.split('\n');
    if (port && path) return `ws://127.0.0.1:${port}${path}`;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Chromium wrote no ${file}`);
}

/** A second client attached to an existing target; closing the Browser only disconnects. */
export async function connectToPageTarget(endpoint: string, targetId: string): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.connectOverCDP(endpoint);
  for (const page of browser.contexts().flatMap((c) => c.pages())) {
    const session = await page.context().newCDPSession(page);
    const { targetInfo } = await session.send('Target.getTargetInfo');
    await session.detach();
    if (targetInfo.targetId === targetId) return { browser, page };
  }
  await browser.close();
  throw new Error(`target ${targetId} not found over CDP`);
}
