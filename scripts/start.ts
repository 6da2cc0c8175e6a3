/**
 * `npm start`: build the extension, serve the demo article under its real host, open Chromium on it.
 *   With a display (and not CI, no --headless): a visible browser that stays open until Ctrl-C.
 *   Without one: headless screenshots of the page and of the real popup, then exit.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_ARTICLE_PATH } from '../pipeline/hosts';
import { launch, REPO_ROOT } from '../rig/harness';
import type { Harness } from '../rig/harness';

function hasDisplay(): boolean {
  const display = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  return display && !process.env.CI && !process.argv.includes('--headless');
}

function build(): void {
  console.log('Building the extension (wxt build)…');
  const result = spawnSync('npx', ['wxt', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  // The harness loads $SGB_EXT_DIR; follow $SGB_OUT_DIR when the build went elsewhere.
  process.env.SGB_EXT_DIR ??= join(process.env.SGB_OUT_DIR ?? '.output', 'chrome-mv3');
}

async function runHeaded(h: Harness): Promise<void> {
  await h.openPage(DEMO_ARTICLE_PATH);
  console.log(`\nChromium is open on ${h.url(DEMO_ARTICLE_PATH)} (served locally, mapped to the real host).`);
  console.log('Click the Stargate Brief toolbar icon (puzzle menu → pin it). Ctrl-C or close the window to quit.');
  await new Promise<void>((done) => {
    process.once('SIGINT', () => done());
    h.context.once('close', () => done());
  });
}

async function runHeadless(h: Harness): Promise<void> {
  const outDir = join(REPO_ROOT, '.output', 'demo');
  mkdirSync(outDir, { recursive: true });
  const page = await h.openPage(DEMO_ARTICLE_PATH);
  const pagePng = join(outDir, 'page.png');
  await page.screenshot({ path: pagePng });
  const popup = await h.openPopupViaAction(page);
  await popup.waitForTimeout(500); // let the popup paint its answer for the tab
  const popupPng = join(outDir, 'popup.png');
  await popup.screenshot({ path: popupPng });
  console.log(`\nNo display: ran headless on ${h.url(DEMO_ARTICLE_PATH)}.`);
  console.log(`  article page: ${pagePng}`);
  console.log(`  popup:        ${popupPng}`);
  if (h.consoleErrors.length > 0) console.warn(`Console errors:\n  ${h.consoleErrors.join('\n  ')}`);
}

async function main(): Promise<void> {
  build();
  const headed = hasDisplay();
  const h = await launch({ headed });
  try {
    await (headed ? runHeaded(h) : runHeadless(h));
  } finally {
    await h.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
