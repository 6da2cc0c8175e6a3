/// <reference types="chrome" />
/**
 * What users install is what is tested: `npm run zip` makes the Chrome and Firefox store packages
 * (into a folder of this run, never the main build's), each is unpacked the way a browser reads
 * it and loaded unpacked — in Chromium and in Firefox — and must do the essentials on the demo
 * article: detect it (badge ✓), hide the caption noise (computed styles), show the summary in the
 * popup, open the overlay from the popup, and log no error nor send anything off the machine.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page as ChromiumPage } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';
import { DEMO_ARTICLE_PATH } from '../../pipeline/hosts';
import { EXPECTED_AUTHOR_CARDS, EXPECTED_CAPTIONS, EXPECTED_COUNTERS } from '@/entrypoints/noise.content/noise';
import { launch } from '../../rig/harness';
import type { Harness } from '../../rig/harness';
import { findFirefox, launchFirefox } from '../../rig/firefox';
import type { FirefoxHarness } from '../../rig/firefox';
import { REPO_ROOT } from '../../rig/repo';
import { unpackZip } from '../../rig/unzip';
import type { BuiltManifest } from './built';
import { eachFirefoxTestLeavesNoErrors, eachTestLeavesNoErrors } from './clean';
import { noiseState, overlayShowsWholeArticle } from './page-checks';
import { skipWithout } from './required';

const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const NOISE = {
  kinds: { caption: EXPECTED_CAPTIONS, counter: EXPECTED_COUNTERS, author: EXPECTED_AUTHOR_CARDS },
  hiddenAll: true,
  bodyShown: true,
};
const SUMMARY_TEXTS = ['马斯克为自己的嚣张付出了代价', 'Elon Musk', '$500 billion'];
const SKIP_FIREFOX = skipWithout('firefox', findFirefox() !== undefined);

let workDir: string;
/** The unpacked packages: folders holding what each zip holds. */
const unpacked = { chrome: '', firefox: '' };
const zipFiles = { chrome: [] as string[], firefox: [] as string[] };

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'sgb-packages-'));
  const out = join(workDir, 'output');
  // The release command itself, into a folder of its own (SGB_OUT_DIR, wxt.config.ts).
  await promisify(execFile)('npm', ['run', 'zip'], { cwd: REPO_ROOT, env: { ...process.env, SGB_OUT_DIR: out } });
  for (const browser of ['chrome', 'firefox'] as const) {
    const zip = join(out, `${pkg.name}-${pkg.version}-${browser}-mv3.zip`);
    unpacked[browser] = join(workDir, `${browser}-mv3`);
    zipFiles[browser] = await unpackZip(zip, unpacked[browser]);
  }
}, 180_000);

afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

/** Every file the manifest names: background, content scripts and their styles, popup, icons, default locale. */
function filesNamedBy(manifest: BuiltManifest): string[] {
  const background = manifest.background as { service_worker?: string; scripts?: string[] } | undefined;
  const action = manifest.action as { default_popup?: string; default_icon?: Record<string, string> } | undefined;
  return [
    ...(background?.service_worker ? [background.service_worker] : []),
    ...(background?.scripts ?? []),
    ...(manifest.content_scripts ?? []).flatMap((cs) => [...(cs.js ?? []), ...(cs.css ?? [])]),
    ...(action?.default_popup ? [action.default_popup] : []),
    ...Object.values(action?.default_icon ?? {}),
    ...Object.values((manifest.icons as Record<string, string> | undefined) ?? {}),
    ...(manifest.default_locale ? [`_locales/${String(manifest.default_locale)}/messages.json`] : []),
  ];
}

describe.each(['chrome', 'firefox'] as const)('the %s zip', (browser) => {
  it('holds a manifest of this version and every file it names, and nothing of the sources or the rig', () => {
    const manifest = JSON.parse(readFileSync(join(unpacked[browser], 'manifest.json'), 'utf8')) as BuiltManifest;
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.version).toBe(pkg.version);
    const named = filesNamedBy(manifest);
    expect(named.length).toBeGreaterThan(5);
    expect(named.filter((file) => !existsSync(join(unpacked[browser], file)))).toEqual([]);
    expect(zipFiles[browser].filter((file) => /\.(ts|tsx|map)$|^(tests|rig|node_modules)\//.test(file))).toEqual([]);
    if (browser === 'firefox') expect(manifest.browser_specific_settings?.gecko?.id).toMatch(/@/);
  });
});

describe('the Chrome package, unpacked, in Chromium', () => {
  let h: Harness;
  let page: ChromiumPage;
  let tabId: number;

  beforeAll(async () => {
    h = await launch({ extensionDir: unpacked.chrome });
    page = await h.openPage(DEMO_ARTICLE_PATH);
    tabId = await h.tabIdOf(page);
  });
  afterAll(async () => {
    await h?.close();
  });
  eachTestLeavesNoErrors(() => h);

  it('runs the unpacked package', async () => {
    expect(await h.worker.evaluate(() => chrome.runtime.getManifest().version)).toBe(pkg.version);
  });

  it('detects the article: badge ✓ and its title', async () => {
    await h.waitForBadge(tabId, '✓');
    expect(await h.actionTitle(tabId)).toMatch(/whole article/i);
  });

  it('hides the caption noise and keeps the article text (computed styles)', async () => {
    await expect.poll(() => page.evaluate(noiseState), { timeout: 20_000 }).toEqual(NOISE);
  });

  it('shows the summary in the real popup and opens the overlay from it', async () => {
    const popup = await h.openPopupViaAction(page);
    await popup.locator('.sgb-state[data-state="match"]').waitFor({ timeout: 20_000 });
    const text = await popup.locator('body').innerText();
    for (const expected of SUMMARY_TEXTS) expect(text).toContain(expected);
    // The figures load just after the first screen (a lazy chunk).
    await expect.poll(() => popup.locator('[data-figure]').count(), { timeout: 20_000 }).toBeGreaterThan(3);
    // The popup closes itself once the overlay is open, which may end the click's own wait.
    await popup
      .getByRole('button', { name: 'Show the full brief on the page' })
      .click()
      .catch((error: unknown) => {
        if (!popup.isClosed()) throw error;
      });
    await expect.poll(() => page.evaluate(overlayShowsWholeArticle), { timeout: 20_000 }).toBe(true);
  });
});

describe.skipIf(SKIP_FIREFOX)('the Firefox package, unpacked, in Firefox', () => {
  let f: FirefoxHarness;
  let page: FirefoxPage;
  let tabId: number;

  beforeAll(async () => {
    f = await launchFirefox({ extensionDir: unpacked.firefox });
    page = await f.openPage(DEMO_ARTICLE_PATH);
    tabId = await f.tabIdOf(page.url());
  });
  afterAll(async () => {
    await f?.close();
  });
  eachFirefoxTestLeavesNoErrors(() => f);

  /** Asks the add-on in one of its own pages (Firefox's background page is out of BiDi's reach). */
  async function askAddon<T>(ask: (tabId: number) => Promise<T>): Promise<T> {
    const helper = await f.extensionPage('reader.html');
    try {
      return await helper.evaluate(ask, tabId);
    } finally {
      await helper.close();
    }
  }

  it('runs the unpacked package', async () => {
    const manifest = JSON.parse(readFileSync(join(unpacked.firefox, 'manifest.json'), 'utf8')) as BuiltManifest;
    expect(f.addonId).toBe(manifest.browser_specific_settings?.gecko?.id);
    expect(await askAddon(async () => chrome.runtime.getManifest().version)).toBe(pkg.version);
  });

  it('detects the article: badge ✓ and its title', async () => {
    const action = (id: number) => Promise.all([chrome.action.getBadgeText({ tabId: id }), chrome.action.getTitle({ tabId: id })]);
    await expect.poll(async () => (await askAddon(action))[0], { timeout: 20_000 }).toBe('✓');
    expect((await askAddon(action))[1]).toMatch(/whole article/i);
  });

  it('hides the caption noise and keeps the article text (computed styles)', async () => {
    await expect.poll(() => page.evaluate(noiseState), { timeout: 20_000 }).toEqual(NOISE);
  });

  it('shows the summary in the popup page and opens the overlay from it', async () => {
    const popup = await f.extensionPage(`popup.html?tabId=${tabId}`);
    await popup.waitForSelector('.sgb-state[data-state="match"]', { timeout: 20_000 });
    const text = await popup.evaluate(() => document.body.innerText);
    for (const expected of SUMMARY_TEXTS) expect(text).toContain(expected);
    await expect.poll(() => popup.$$eval('[data-figure]', (els) => els.length), { timeout: 20_000 }).toBeGreaterThan(3);
    await popup.waitForSelector('::-p-text(Show the full brief on the page)');
    // Clicked inside the page: the evaluation ends with the click, before the popup closes itself
    // once the overlay is open (Firefox's BiDi does not report an add-on page closing).
    await popup.evaluate(() =>
      [...document.querySelectorAll('button')].find((b) => b.textContent === 'Show the full brief on the page')!.click(),
    );
    await expect.poll(() => page.evaluate(overlayShowsWholeArticle), { timeout: 20_000 }).toBe(true);
  });
});
