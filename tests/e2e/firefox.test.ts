/**
 * The Firefox MV3 package: built from the same sources, declares its gecko id and that it collects
 * no data, passes `web-ext lint` with no errors and no unexplained warnings, and runs in a real
 * Firefox (Debian's ESR, over WebDriver BiDi): the detector hides the noise on the demo article,
 * the popup page shows the summary, the overlay opens, the share buttons copy Markdown and sentence
 * links and download JSON, nothing logs an error (docs/firefox.md).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { Lexer } from 'marked';
import type { Tokens } from 'marked';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ARTICLE_PATH } from '../../pipeline/hosts';
import { EXPECTED_AUTHOR_CARDS, EXPECTED_CAPTIONS, EXPECTED_COUNTERS } from '@/entrypoints/noise.content/noise';
import type { ParsedArticle } from '../../utils/article/schema';
import { FactsExportSchema } from '@/pipeline/share-schema';
import { groupTimeline } from '../../utils/article/order';
import { FIREFOX_ADDON_UUID, findFirefox, firefoxMajorVersion, launchFirefox } from '../../rig/firefox';
import type { FirefoxHarness } from '../../rig/firefox';
import { REPO_ROOT } from '../../rig/repo';
import { OUTPUT_DIR, readManifest } from './built';
import { eachFirefoxTestLeavesNoErrors } from './clean';
import { noiseState, overlayShowsWholeArticle } from './page-checks';
import { skipWithout } from './required';

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
const SKIP_FIREFOX = skipWithout('firefox', FIREFOX !== undefined);
/** The demo article's noise as the detector leaves it: every piece marked and hidden, the text shown. */
const NOISE = {
  kinds: { caption: EXPECTED_CAPTIONS, counter: EXPECTED_COUNTERS, author: EXPECTED_AUTHOR_CARDS },
  hiddenAll: true,
  bodyShown: true,
};

const article = JSON.parse(readFileSync(join(REPO_ROOT, 'assets/article.parsed.json'), 'utf8')) as ParsedArticle;
/** A figure's sentence inside one paragraph (the one share.test.ts links in Chromium). */
const single = article.sentences.find((s) => s.id === article.figures.find((f) => f.text.includes('2.7亿'))!.sentence)!;

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

describe.skipIf(SKIP_FIREFOX)('the Firefox build in Firefox', () => {
  let f: FirefoxHarness;
  let page: Page;
  let tabId: number;

  beforeAll(async () => {
    f = await launchFirefox({ extensionDir: FIREFOX_DIR });
    page = await f.openPage(DEMO_ARTICLE_PATH);
    tabId = await f.tabIdOf(page.url());
  });
  afterAll(async () => {
    await f?.close();
  });
  eachFirefoxTestLeavesNoErrors(() => f);

  it('runs on a Firefox no older than the manifest allows', () => {
    const { text, major } = firefoxMajorVersion(FIREFOX!);
    const minimum = readManifest(FIREFOX_DIR).browser_specific_settings?.gecko as { strict_min_version?: string } | undefined;
    expect(major, text).toBeGreaterThanOrEqual(Number.parseInt(minimum?.strict_min_version ?? 'NaN', 10));
    expect(f.addonId).toBe(readManifest(FIREFOX_DIR).browser_specific_settings?.gecko?.id);
  });

  it('finds the article on the mapped host and hides its noise (computed styles)', async () => {
    expect(page.url()).toBe(f.url(DEMO_ARTICLE_PATH));
    await expect.poll(() => page.evaluate(noiseState), { timeout: 20_000 }).toEqual(NOISE);
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-stargate-hide-noise'))).toBe(true);
    await page.screenshot({ path: f.screenshotPath('firefox-article') });
  });

  it('shows the summary in the popup page at the fixed moz-extension:// UUID', async () => {
    const popup = await f.extensionPage(`popup.html?tabId=${tabId}`);
    expect(await popup.evaluate(() => location.href)).toBe(`moz-extension://${FIREFOX_ADDON_UUID}/popup.html?tabId=${tabId}`);
    await popup.waitForFunction(() => document.querySelector('.sgb-state')?.getAttribute('data-state') === 'match', { timeout: 20_000 });
    // The figures and the timeline load after the first screen.
    await popup.waitForFunction(() => document.querySelectorAll('[data-entry]').length > 3, { timeout: 20_000 });
    const text = await popup.evaluate(() => document.body.innerText);
    expect(text).toContain('The whole article — no facts changed');
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
    const name = 'Show the full brief on the page';
    await popup.waitForFunction(
      (n) => [...document.querySelectorAll('button')].some((b) => b.textContent === n),
      { timeout: 20_000 },
      name,
    );
    // The popup closes itself once the overlay is open; a closed tab ends the click's evaluation.
    await popup
      .evaluate((n) => [...document.querySelectorAll('button')].find((b) => b.textContent === n)!.click(), name)
      .catch(() => undefined);
    await page.bringToFront();
    await page.waitForFunction(overlayShowsWholeArticle, { timeout: 20_000 });
    await page.screenshot({ path: f.screenshotPath('firefox-overlay') });
  });

  describe('sharing from the popup page', () => {
    const marker = 'cleared by the test';
    let popup: Page;

    beforeAll(async () => {
      popup = await f.extensionPage(`popup.html?tabId=${tabId}`);
      await popup.waitForSelector('.sgb-state[data-state="match"]', { timeout: 20_000 });
    });
    afterAll(async () => {
      await popup?.close();
    });

    /** Clicks like a user (the clipboard wants the click's activation) and waits for the status line to say `status`. */
    async function press(selector: string, status: string): Promise<void> {
      // The actions sit behind the one Share control: open it first (it closes after an action).
      if ((await popup.$eval('.sgb-share-toggle', (el) => el.getAttribute('aria-expanded'))) !== 'true')
        await popup.click('.sgb-share-toggle');
      await popup.waitForSelector(`${selector}:not([hidden] *)`, { visible: true });
      await popup.click(selector);
      await expect.poll(() => popup.$eval('.popup-message', (el) => el.textContent), { timeout: 10_000 }).toBe(status);
    }

    it('copies the summary as Markdown that parses into the expected headings and lists', async () => {
      await f.setClipboardText(marker);
      await press('[data-share="markdown"]', 'Summary copied as Markdown.');
      const copied = await f.clipboardText();
      expect(copied).not.toBe(marker);
      const tokens = new Lexer({ gfm: true }).lex(copied);
      const headings = tokens.filter((x): x is Tokens.Heading => x.type === 'heading').map((x) => x.text);
      // The sections in order: the timeline in its groups (the Chromium share test pins their titles), then Who says
      // what with one heading per source.
      const groups = groupTimeline(article.timeline);
      expect(headings.slice(0, 6)).toEqual([article.title, 'People and organisations', 'People', 'Organisations', 'Figures', 'Timeline']);
      expect(headings[6 + groups.length]).toBe('Who says what');
      const lists = tokens.filter((x): x is Tokens.List => x.type === 'list');
      const afterTimeline = 4 + groups.length;
      expect(lists.map((l) => l.items.length).slice(3, afterTimeline)).toEqual([
        article.figures.length,
        ...groups.map((g) => g.entries.length),
      ]);
      expect(lists.slice(afterTimeline).reduce((n, l) => n + l.items.length, 0)).toBe(article.claims.length);
      expect(lists[0]!.items[2]!.text).toContain(page.url());
    });

    it('downloads the facts as JSON that the export schema accepts, with the page and its verdict', async () => {
      const file = join(f.downloadDir, 'stargate-brief-facts.json');
      expect(existsSync(file)).toBe(false);
      await press('[data-share="json"]', 'JSON file downloaded.');
      // Firefox writes a .part file beside the target and renames it when done: the file is there,
      // no .part is left, and it reads as JSON.
      const finished = (): unknown => {
        if (!existsSync(file) || readdirSync(f.downloadDir).some((name) => name.endsWith('.part'))) return undefined;
        try {
          return JSON.parse(readFileSync(file, 'utf8')) as unknown;
        } catch {
          return undefined;
        }
      };
      await expect.poll(finished, { timeout: 20_000 }).toBeDefined();
      const doc = v.parse(FactsExportSchema, finished());
      expect(doc.page).toEqual({ kind: 'page', url: page.url(), verdict: { kind: 'match', coverage: 1 } });
      expect(doc.facts.figures).toEqual(article.figures);
    });

    it('copies a Text Fragment link to a fact’s sentence, which Firefox opens at that sentence', async () => {
      await f.setClipboardText(marker);
      await press(`[data-link="${single.id}"]`, 'Link copied.');
      const link = await f.clipboardText();
      expect(link.startsWith(`${page.url()}#:~:text=`)).toBe(true);
      const words = (text: string) => text.replace(/\s+/g, '');
      const [start] = link.split('#:~:text=')[1]!.split(',').map(decodeURIComponent);
      expect(words(article.text.slice(single.start, single.end))).toContain(words(start!));
      // Opened like any link, Firefox's own Text Fragment support scrolls the sentence into view.
      const opened = await f.openPage(link.slice(f.url('/').length - 1));
      const firstWords = article.text.slice(single.start, single.start + 8);
      await expect
        .poll(
          () =>
            opened.evaluate((w) => {
              const p = [...document.querySelectorAll('p')].find((el) => (el.textContent ?? '').includes(w));
              const r = p?.getBoundingClientRect();
              return !!r && scrollY > 0 && r.bottom > 0 && r.top < innerHeight;
            }, firstWords),
          { timeout: 20_000 },
        )
        .toBe(true);
      await opened.screenshot({ path: f.screenshotPath('firefox-share-fragment') });
      // The detector recognises the page opened from the link too. Closing the tab before its answer
      // arrived would make Firefox log "Promise rejected after context unloaded" against detector.js.
      await expect.poll(() => opened.evaluate(noiseState), { timeout: 20_000 }).toEqual(NOISE);
      await opened.close();
    });
  });

  it('logged no errors and sent nothing off the machine', async () => {
    expect(await f.consoleErrors()).toEqual([]);
    expect(f.requests()).toEqual([]);
  });
});
