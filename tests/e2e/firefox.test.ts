/**
 * The Firefox MV3 package: built from the same sources, declares its gecko id and that it collects
 * no data, passes `web-ext lint` with no errors and no unexplained warnings, and runs in a real
 * Firefox (Debian's ESR, over WebDriver BiDi): the detector hides the noise on the demo article,
 * the popup page shows the summary, the overlay opens, nothing logs an error (docs/firefox.md).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ARTICLE_PATH } from '../../utils/hosts';
import { EXPECTED_AUTHOR_CARDS, EXPECTED_CAPTIONS, EXPECTED_COUNTERS } from '@/entrypoints/noise.content/noise';
import { FIREFOX_ADDON_UUID, findFirefox, firefoxMajorVersion, launchFirefox } from '../../rig/firefox';
import type { FirefoxHarness } from '../../rig/firefox';
import { REPO_ROOT } from '../../rig/repo';
import { OUTPUT_DIR, readManifest } from './built';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}
interface LintReport {
  summary: { errors: number; warnings: number };
  errors: LintMessage[];
  warnings: LintMessage[];
}

/** Warnings we have looked at and explained in docs/firefox.md; anything else fails. */
const EXPLAINED_WARNINGS: Array<{ code: string; file: RegExp; why: string }> = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^(chunks\/[\w-]+|content-scripts\/overlay)\.js$/, // Preact's bundles: the UI chunk and the overlay script
    why: "Preact's renderer implements dangerouslySetInnerHTML; our code never uses it (an ESLint rule forbids it).",
  },
];

const FIREFOX_DIR = join(OUTPUT_DIR, 'firefox-mv3');
const FIREFOX = findFirefox();

beforeAll(() => {
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], {
    cwd: REPO_ROOT,
    env: { ...process.env, SGB_OUT_DIR: OUTPUT_DIR },
    stdio: 'pipe',
  });
}, 180_000);

describe('Firefox MV3 build', () => {
  let report: LintReport;

  beforeAll(() => {
    // web-ext exits non-zero on errors; we read its JSON either way.
    let out: string;
    try {
      out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', FIREFOX_DIR, '--output', 'json', '--no-config-discovery'], {
        cwd: REPO_ROOT,
        stdio: 'pipe',
      }).toString();
    } catch (e) {
      out = String((e as { stdout?: Buffer }).stdout ?? '');
    }
    report = JSON.parse(out.slice(out.indexOf('{'))) as LintReport;
  }, 180_000);

  it('declares its gecko id and that no data is collected', () => {
    const gecko = readManifest(FIREFOX_DIR).browser_specific_settings?.gecko;
    expect(gecko?.id).toMatch(/@/);
    expect(gecko?.data_collection_permissions?.required).toEqual(['none']);
  });

  it('carries the icons and declares the minimum versions that read data_collection_permissions', () => {
    const manifest = readManifest(FIREFOX_DIR);
    expect(Object.keys(manifest.icons as object)).toEqual(['16', '32', '48', '128']);
    const settings = manifest.browser_specific_settings as {
      gecko?: { strict_min_version?: string };
      gecko_android?: { strict_min_version?: string };
    };
    expect(Number.parseFloat(settings.gecko?.strict_min_version ?? '')).toBeGreaterThanOrEqual(140);
    expect(Number.parseFloat(settings.gecko_android?.strict_min_version ?? '')).toBeGreaterThanOrEqual(142);
  });

  it('passes web-ext lint with no errors', () => {
    expect(report.errors).toEqual([]);
  });

  it('has no warnings but the ones explained in docs/firefox.md', () => {
    const unexplained = report.warnings.filter((w) => !EXPLAINED_WARNINGS.some((x) => x.code === w.code && x.file.test(w.file ?? '')));
    expect(unexplained).toEqual([]);
  });
});

/** Computed `display` of every element the detector marked as noise, and whether the article text shows. */
function noiseDisplay(page: Page) {
  return page.evaluate(() => {
    const marked = [...document.querySelectorAll('[data-stargate-noise]')];
    const kinds: Record<string, number> = {};
    for (const el of marked) {
      const kind = el.getAttribute('data-stargate-noise') ?? '?';
      kinds[kind] = (kinds[kind] ?? 0) + 1;
    }
    return {
      kinds,
      hiddenAll: marked.length > 0 && marked.every((el) => getComputedStyle(el).display === 'none'),
      bodyShown: getComputedStyle(document.querySelector('p')!).display !== 'none',
    };
  });
}

describe.skipIf(!FIREFOX)('the Firefox build in Firefox', () => {
  let f: FirefoxHarness;
  let page: Page;
  let tabId: number;

  beforeAll(async () => {
    f = await launchFirefox({ extensionDir: FIREFOX_DIR });
    page = await f.openPage(DEMO_ARTICLE_PATH);
  });
  afterAll(async () => {
    await f?.close();
  });

  it('runs on a Firefox no older than the manifest allows', () => {
    const { text, major } = firefoxMajorVersion(FIREFOX!);
    const minimum = readManifest(FIREFOX_DIR).browser_specific_settings?.gecko as { strict_min_version?: string } | undefined;
    expect(major, text).toBeGreaterThanOrEqual(Number.parseInt(minimum?.strict_min_version ?? 'NaN', 10));
    expect(f.addonId).toBe(readManifest(FIREFOX_DIR).browser_specific_settings?.gecko?.id);
  });

  it('finds the article on the mapped host and hides its noise (computed styles)', async () => {
    expect(page.url()).toBe(f.url(DEMO_ARTICLE_PATH));
    await expect
      .poll(() => noiseDisplay(page), { timeout: 20_000 })
      .toEqual({
        kinds: { caption: EXPECTED_CAPTIONS, counter: EXPECTED_COUNTERS, author: EXPECTED_AUTHOR_CARDS },
        hiddenAll: true,
        bodyShown: true,
      });
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-stargate-hide-noise'))).toBe(true);
    await page.screenshot({ path: f.screenshotPath('firefox-article') });
  });

  it('shows the summary in the popup page at the fixed moz-extension:// UUID', async () => {
    tabId = await f.tabIdOf(page.url());
    const popup = await f.extensionPage(`popup.html?tabId=${tabId}`);
    expect(await popup.evaluate(() => location.href)).toBe(`moz-extension://${FIREFOX_ADDON_UUID}/popup.html?tabId=${tabId}`);
    await popup.waitForFunction(() => document.body.innerText.includes('This page has the whole article'), { timeout: 20_000 });
    const text = await popup.evaluate(() => document.body.innerText);
    expect(text).toContain('马斯克为自己的嚣张付出了代价');
    expect(text).toContain('Elon Musk');
    expect(text).toContain('$500 billion');
    expect(await popup.$$eval('[data-actor]', (els) => els.length)).toBeGreaterThan(3);
    expect(await popup.$$eval('[data-figure]', (els) => els.length)).toBeGreaterThan(3);
    expect(await popup.$$eval('[data-entry]', (els) => els.length)).toBeGreaterThan(3);
    // The toolbar icon's badge and title, as the background set them for the tab.
    const action = await popup.evaluate(async (id: number) => {
      const api = (
        globalThis as unknown as { browser: { action: { getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string> } } }
      ).browser;
      return { badge: await api.action.getBadgeText({ tabId: id }), title: await api.action.getTitle({ tabId: id }) };
    }, tabId);
    expect(action.badge).toBe('✓');
    expect(action.title).toMatch(/whole article/i);
    await popup.setViewport({ width: 400, height: 800 });
    await popup.screenshot({ path: f.screenshotPath('firefox-popup') });
    await popup.close();
  });

  it('opens the overlay on the page from the popup', async () => {
    const popup = await f.extensionPage(`popup.html?tabId=${tabId}`);
    await popup.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent === 'Open overlay on page'), {
      timeout: 20_000,
    });
    // The popup closes itself once the overlay is open; a closed tab ends the click's evaluation.
    await popup
      .evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Open overlay on page')!.click())
      .catch(() => undefined);
    await page.bringToFront();
    await page.waitForFunction(
      () => {
        const panel = document.querySelector('stargate-brief-overlay')?.shadowRoot?.querySelector('.sgb-overlay');
        return (
          panel instanceof HTMLElement &&
          panel.getBoundingClientRect().width > 0 &&
          (panel.textContent ?? '').includes('This page has the whole article')
        );
      },
      { timeout: 20_000 },
    );
    await page.screenshot({ path: f.screenshotPath('firefox-overlay') });
  });

  it('logged no errors and sent nothing off the machine', async () => {
    expect(await f.consoleErrors()).toEqual([]);
    expect(f.requests()).toEqual([]);
  });
});
