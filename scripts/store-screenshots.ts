/**
 * `npm run store:screenshots`: the five 1280×800 store screenshots in docs/store/, made from the
 * production build in the e2e rig (rig/harness.ts): the real popup, overlay and reader page on the
 * demo article served under its real host. Needs `npm run build` first.
 *
 * The action popup is its own small window; a store screenshot shows it as a reader sees it, over
 * the page it was opened on: both are captured for real and set together on one 1280×800 frame.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_ARTICLE_PATH } from '../pipeline/hosts';
import type { ParsedArticle } from '../utils/article/schema';
import { launch, REPO_ROOT } from '../rig/harness';
import type { Harness, LaunchOptions } from '../rig/harness';

const SIZE = { width: 1280, height: 800 };
const OUT_DIR = join(REPO_ROOT, 'docs', 'store');
const PARTIAL = { path: '/a/partial-reprint.html', host: 'www.sohu.com' };
const OVERLAY = 'stargate-brief-overlay';
const article = JSON.parse(readFileSync(join(REPO_ROOT, 'assets/article.parsed.json'), 'utf8')) as ParsedArticle;

async function withBrowser(options: LaunchOptions, run: (h: Harness) => Promise<void>): Promise<void> {
  const h = await launch({ ...options, viewport: SIZE });
  try {
    await run(h);
    if (h.consoleErrors.length > 0) throw new Error(`console errors:\n${h.consoleErrors.join('\n')}`);
  } finally {
    await h.close();
  }
}

async function articleTab(h: Harness, path = DEMO_ARTICLE_PATH, host?: string): Promise<{ page: Page; tabId: number }> {
  const page = await h.openPage(path, host);
  const tabId = await h.tabIdOf(page);
  // The detector's verdict on the icon: ✓ on the article, NN% on a partial copy.
  for (const deadline = Date.now() + 15_000; !/^(✓|\d+%)$/.test(await h.badgeText(tabId)); ) {
    if (Date.now() > deadline) throw new Error(`no verdict on ${page.url()}`);
    await page.waitForTimeout(100);
  }
  return { page, tabId };
}

async function openOverlay(h: Harness, tabId: number, page: Page): Promise<void> {
  const popup = await h.openPopupPage(tabId);
  await popup.locator('button.sgb-button').first().click();
  await page.bringToFront();
  await page.waitForFunction((tag) => {
    const panel = document.querySelector(tag)?.shadowRoot?.querySelector('.sgb-overlay');
    return !!panel && panel.getAnimations().every((a) => a.playState === 'finished');
  }, OVERLAY);
}

/** The popup's own pixels (400 wide, as tall as its content up to 600) over the page it belongs to. */
async function popupOverPage(h: Harness, page: Page, file: string): Promise<void> {
  const backdrop = (await page.screenshot()).toString('base64');
  const popup = await h.openPopupViaAction(page);
  await popup.waitForFunction(() => !document.body.innerText.includes('Checking'));
  const height = await popup.evaluate(() => Math.min(600, document.documentElement.scrollHeight));
  const shot = (await popup.screenshot({ clip: { x: 0, y: 0, width: 400, height } })).toString('base64');
  const frame = await h.context.newPage();
  await frame.setViewportSize(SIZE);
  await frame.setContent(
    `<body style="margin:0;position:relative;width:${SIZE.width}px;height:${SIZE.height}px;overflow:hidden">
      <img src="data:image/png;base64,${backdrop}" style="position:absolute;inset:0;width:100%">
      <img src="data:image/png;base64,${shot}" style="position:absolute;top:8px;right:24px;width:400px;border-radius:8px;box-shadow:0 6px 24px rgba(0,0,0,.35)">
    </body>`,
  );
  await frame.waitForFunction(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0));
  await frame.screenshot({ path: file });
  await frame.close();
  await popup.close();
}

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  const out = (name: string) => join(OUT_DIR, name);
  const figure = article.figures.find((f) => f.text === '2.7亿美元') ?? article.figures[0]!;

  await withBrowser({ locale: 'en' }, async (h) => {
    // 1. The popup on the article page: the whole article found, the summary, the controls.
    const { page, tabId } = await articleTab(h);
    await popupOverPage(h, page, out('1-popup-en.png'));
    // 2. The overlay on the page, a figure's source sentence highlighted in the article.
    await openOverlay(h, tabId, page);
    await page.locator(`${OVERLAY} [data-figure="${figure.id}"] button.sgb-fact`).click();
    await page.waitForFunction(() => {
      const range = [...(CSS.highlights.get('stargate-source') ?? [])][0];
      if (!(range instanceof Range)) return false;
      const r = range.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
    await page.screenshot({ path: out('2-overlay-en.png') });
    // 3. The bundled copy: reader page with the summary beside the article, a sentence chosen.
    const reader = await h.extensionPage('reader.html');
    await reader.setViewportSize(SIZE);
    await reader.locator(`[data-figure="${figure.id}"] button`).click();
    await reader.waitForFunction((id) => {
      const r = document.getElementById(id)?.getBoundingClientRect();
      return !!r && r.top >= 0 && r.bottom <= innerHeight;
    }, figure.sentence);
    await reader.screenshot({ path: out('3-reader-en.png') });
    // 4. A partial reprint on another site: the popup says how much of the article is there.
    const partial = await articleTab(h, PARTIAL.path, PARTIAL.host);
    await popupOverPage(h, partial.page, out('4-partial-en.png'));
  });

  // 5. In Chinese and dark: the overlay on the article page.
  await withBrowser({ locale: 'zh-CN', colorScheme: 'dark' }, async (h) => {
    const { page, tabId } = await articleTab(h);
    await openOverlay(h, tabId, page);
    await page.screenshot({ path: out('5-overlay-zh-dark.png') });
  });
  console.log(`five 1280×800 screenshots in ${OUT_DIR}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
