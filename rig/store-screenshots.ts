/**
 * The store screenshots (five 1280×800 PNGs), made from the production build in the e2e rig: the
 * real popup, overlay and reader page on the demo article served under its real host.
 * `npm run store:screenshots` writes them to docs/store/; an end-to-end test makes them into a
 * temporary folder, so a selector that stops matching fails the suite, not the next release.
 *
 * The action popup is its own small window; a store screenshot shows it as a reader sees it, over
 * the page it was opened on: both are captured for real and set together on one 1280×800 frame.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_ARTICLE_PATH } from '../pipeline/hosts';
import type { ParsedArticle } from '../utils/article/schema';
import { launch, REPO_ROOT } from './harness';
import type { Harness, LaunchOptions } from './harness';

export const STORE_SIZE = { width: 1280, height: 800 };
const POPUP_SIZE = { width: 400, height: 600 };
export const STORE_FILES = ['1-popup-en.png', '2-overlay-en.png', '3-reader-en.png', '4-partial-en.png', '5-overlay-zh-dark.png'] as const;

const PARTIAL = { path: '/a/partial-reprint.html', host: 'www.sohu.com' };
const OVERLAY = 'stargate-brief-overlay';

/** What the screenshots click, as the views mark it (shared with the tests that check these marks). */
export const SELECTORS = {
  overlayButton: '.popup-overlay-button',
  /** A figure's own button (its row also holds "Copy link"). */
  figureFact: (id: string) => `[data-figure="${id}"] button.sgb-fact`,
  firstScreen: '[data-keypoint]',
} as const;

async function withBrowser(options: LaunchOptions, run: (h: Harness) => Promise<void>): Promise<void> {
  const h = await launch({ ...options, viewport: STORE_SIZE });
  try {
    await run(h);
    if (h.consoleErrors.length > 0) throw new Error(`console errors:\n${h.consoleErrors.join('\n')}`);
  } finally {
    await h.close();
  }
}

/** A tab with the article, once the detector's verdict is on the icon (✓ on the article, NN% on a partial copy). */
async function articleTab(h: Harness, path = DEMO_ARTICLE_PATH, host?: string): Promise<{ page: Page; tabId: number }> {
  const page = await h.openPage(path, host);
  const tabId = await h.tabIdOf(page);
  const deadline = Date.now() + 15_000;
  while (!/^(✓|\d+%)$/.test(await h.badgeText(tabId))) {
    if (Date.now() > deadline) throw new Error(`no verdict on ${page.url()}`);
    await new Promise((resolve) => setTimeout(resolve, 100)); // polling the badge, as the harness does
  }
  return { page, tabId };
}

async function openOverlay(h: Harness, tabId: number, page: Page): Promise<void> {
  const popup = await h.openPopupPage(tabId);
  await popup.locator(SELECTORS.overlayButton).click();
  await page.bringToFront();
  await page.waitForFunction((tag) => {
    const panel = document.querySelector(tag)?.shadowRoot?.querySelector('.sgb-overlay');
    return !!panel && panel.getAnimations().every((a) => a.playState === 'finished');
  }, OVERLAY);
}

/**
 * The popup's pixels over the page it belongs to. Headless Chromium leaves the action popup's window
 * at 450×510, so the popup page is drawn for that tab at the size a desktop browser gives it
 * (400×600: its content is always taller, and scrolls inside).
 */
async function popupOverPage(h: Harness, page: Page, tabId: number, file: string): Promise<void> {
  const backdrop = (await page.screenshot()).toString('base64');
  const popup = await h.openPopupPage(tabId);
  await popup.setViewportSize(POPUP_SIZE);
  await popup.locator(SELECTORS.firstScreen).first().waitFor();
  await popup.waitForFunction(() => document.querySelector('.sgb-state')?.getAttribute('data-state') !== 'checking');
  await popup.locator('[data-entry]').first().waitFor(); // the sections below, loaded after the first paint
  const shot = (await popup.screenshot({ clip: { x: 0, y: 0, ...POPUP_SIZE } })).toString('base64');
  await page.bringToFront();
  const frame = await h.context.newPage();
  await frame.setViewportSize(STORE_SIZE);
  await frame.setContent(
    `<body style="margin:0;position:relative;width:${STORE_SIZE.width}px;height:${STORE_SIZE.height}px;overflow:hidden">
      <img src="data:image/png;base64,${backdrop}" style="position:absolute;inset:0;width:100%">
      <img src="data:image/png;base64,${shot}" style="position:absolute;top:8px;right:24px;width:400px;border-radius:8px;box-shadow:0 6px 24px rgba(0,0,0,.35)">
    </body>`,
  );
  await frame.waitForFunction(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0));
  await frame.screenshot({ path: file });
  await frame.close();
  await popup.close();
}

/** Waits until the highlighted sentence is inside the window and the smooth scroll to it has stopped. */
async function highlightInView(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const range = [...(CSS.highlights.get('stargate-source') ?? [])][0];
    if (!(range instanceof Range)) return false;
    const r = range.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  });
  await scrollSettled(page);
}

/** Waits for a smooth scroll's last frames: the same scroll position two animation frames running. */
async function scrollSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const w = window as typeof window & { __sgbLastScrollY?: number };
      const still = w.__sgbLastScrollY === scrollY;
      w.__sgbLastScrollY = scrollY;
      return still;
    },
    undefined,
    { polling: 'raf' },
  );
}

/** Makes the five screenshots into `outDir` (docs/store for the store, a temporary folder for the test). */
export async function makeStoreScreenshots(outDir: string): Promise<string[]> {
  const article = JSON.parse(readFileSync(join(REPO_ROOT, 'assets/article.parsed.json'), 'utf8')) as ParsedArticle;
  const out = (name: (typeof STORE_FILES)[number]) => join(outDir, name);
  const figure = article.figures.find((f) => f.text === '2.7亿美元') ?? article.figures[0]!;

  await withBrowser({ locale: 'en' }, async (h) => {
    // 1. The popup on the article page: the verdict, the key points, the people.
    const { page, tabId } = await articleTab(h);
    await popupOverPage(h, page, tabId, out('1-popup-en.png'));
    // 2. The full brief on the page, a figure's source sentence highlighted in the article.
    await openOverlay(h, tabId, page);
    await page.locator(`${OVERLAY} ${SELECTORS.figureFact(figure.id)}`).click();
    await page.mouse.move(0, 0); // the fact chosen, the pointer gone: no hover cue over it
    await highlightInView(page);
    await page.screenshot({ path: out('2-overlay-en.png') });
    // 3. The bundled copy: reader page with the summary beside the article, a sentence chosen.
    const reader = await h.extensionPage('reader.html');
    await reader.setViewportSize(STORE_SIZE);
    await reader.locator(SELECTORS.figureFact(figure.id)).click();
    await reader.mouse.move(0, 0);
    await reader.waitForFunction((id) => {
      const r = document.getElementById(id)?.getBoundingClientRect();
      return !!r && r.top >= 0 && r.bottom <= innerHeight;
    }, figure.sentence);
    await scrollSettled(reader);
    await reader.screenshot({ path: out('3-reader-en.png') });
    // 4. A partial reprint on another site: the popup says how much of the article is there.
    const partial = await articleTab(h, PARTIAL.path, PARTIAL.host);
    await popupOverPage(h, partial.page, partial.tabId, out('4-partial-en.png'));
  });

  // 5. In Chinese and dark: the full brief on the article page.
  await withBrowser({ locale: 'zh-CN', colorScheme: 'dark' }, async (h) => {
    const { page, tabId } = await articleTab(h);
    await openOverlay(h, tabId, page);
    await page.screenshot({ path: out('5-overlay-zh-dark.png') });
  });
  return STORE_FILES.map(out);
}
