/// <reference types="chrome" />
/**
 * Sharing on the real build: Copy as Markdown, Download JSON and "copy link" in the popup
 * and the reader; then every copied sentence link opened in a FRESH Chromium WITHOUT the extension,
 * where the browser's own Text Fragment support must scroll to the sentence and mark it — also the
 * sentence the host splits over two paragraphs (…甚至让他长期 / “美国总理”,…).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { Lexer } from 'marked';
import type { Tokens } from 'marked';
import * as v from 'valibot';
import { DEMO_ARTICLE_PATH } from '../../pipeline/hosts';
import type { ParsedArticle } from '../../utils/article/schema';
import { FactsExportSchema } from '@/pipeline/share-schema';
import { REPO_ROOT, launch, mappedHosts } from '../../rig/harness';
import type { Harness } from '../../rig/harness';
import { eachTestLeavesNoErrors } from './clean';
import { findChromium } from '../../rig/chromium';
import { startServer } from '../../rig/server';
import type { StaticServer } from '../../rig/server';
import { axeViolations } from './axe';
import { groupTimeline } from '../../utils/article/order';
import { keyDays } from '../../utils/article/when';
import { formatDayRange } from '../../utils/i18n';
import { chartT } from '../../utils/i18n-details';

const article = JSON.parse(readFileSync(join(REPO_ROOT, 'assets/article.parsed.json'), 'utf8')) as ParsedArticle;
const joined = article.sentences.find((s) => s.join)!;
/** The timeline's groups as the views title them (English), with their sizes. */
const timelineGroups = groupTimeline(article.timeline).map((g) => {
  const c = chartT('en');
  const n = g.entries.length;
  const title = {
    key: () => c.keyDays(formatDayRange(keyDays(article.timeline)!, 'en')),
    before: () => c.background(n),
    after: () => c.afterwards(n),
    all: () => '',
  }[g.kind]();
  return { title, size: n };
});
/** A figure's sentence inside one paragraph: 2.7亿美元 is in the same paragraph as the split sentence's first half. */
const single = article.sentences.find((s) => s.id === article.figures.find((f) => f.text.includes('2.7亿'))!.sentence)!;

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** Chooses one of the Share control's actions (Copy as Markdown, Download JSON): it opens the menu first. */
async function shareAction(page: Page, name: string) {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await page.getByRole('button', { name }).click();
}

/** Waits until the page's status line says `text` (the clipboard write has finished then). */
async function waitForStatus(page: Page, selector: string, text: string) {
  await expect.poll(() => page.locator(selector).innerText(), { timeout: 10_000 }).toBe(text);
}

describe('share and export in the popup (en)', () => {
  let h: Harness;
  eachTestLeavesNoErrors(() => h);
  let pageUrl: string;
  let popup: Page;
  let tabIdOfPage: number;
  const links = new Map<string, string>();

  beforeAll(async () => {
    h = await launch({ locale: 'en' });
    // Reading the clipboard back needs the permission (writing it is the popup's own business: it has none).
    await h.context.grantPermissions(['clipboard-read']);
    const page = await h.openPage(DEMO_ARTICLE_PATH);
    pageUrl = page.url();
    const tabId = await h.tabIdOf(page);
    tabIdOfPage = tabId;
    await h.waitForBadge(tabId, '✓');
    popup = await h.openPopupPage(tabId);
    await popup.locator('.sgb-state[data-state="match"]').waitFor({ timeout: 10_000 });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('copies the fact sheet as Markdown that parses into the expected headings and lists', async () => {
    await shareAction(popup, 'Copy as Markdown');
    await waitForStatus(popup, '.popup-message', 'Summary copied as Markdown.');
    const tokens = new Lexer({ gfm: true }).lex(await clipboard(popup));
    const headings = tokens.filter((x): x is Tokens.Heading => x.type === 'heading').map((x) => x.text);
    // The timeline in the views' groups (the key days first, then the background, then what came after), then who says what.
    expect(headings).toEqual([
      article.title,
      'People and organisations',
      'People',
      'Organisations',
      'Figures',
      'Timeline',
      ...timelineGroups.map((g) => g.title),
      // Who says what, one heading per source, in the popup's order.
      'Who says what',
      'Axios',
      'Donald Trump (特朗普)',
      'Masayoshi Son (孙正义)',
      'Elon Musk (马斯克)',
      'Sam Altman (奥特曼)',
      'Maggie Haberman (哈伯曼)',
      'Democrats (US Democratic Party) (民主党)',
      'Steve Bannon (班农)',
      "Trump's inner circle (特朗普核心圈子)",
      'A report (not named)',
      'An analysis (not named)',
      "The author's own view",
      'Told by the author, no source given',
    ]);
    const lists = tokens.filter((x): x is Tokens.List => x.type === 'list');
    const afterTimeline = 4 + timelineGroups.length;
    expect(lists.map((l) => l.items.length).slice(3, afterTimeline)).toEqual([
      article.figures.length,
      ...timelineGroups.map((g) => g.size),
    ]);
    expect(lists.slice(4, afterTimeline).reduce((n, l) => n + l.items.length, 0)).toBe(article.timeline.length);
    expect(lists.slice(afterTimeline).reduce((n, l) => n + l.items.length, 0)).toBe(article.claims.length);
    expect(lists[0]!.items[2]!.text).toContain(pageUrl);
    // Every figure quotes its Chinese source sentence.
    for (const item of lists[3]!.items)
      expect(item.tokens.some((x) => x.type === 'blockquote' && /[\u4e00-\u9fff]/.test(x.text))).toBe(true);
  });

  it('downloads the facts as JSON that the export schema accepts, with the page and its verdict', async () => {
    const [download] = await Promise.all([popup.waitForEvent('download'), shareAction(popup, 'Download JSON')]);
    expect(download.suggestedFilename()).toBe('stargate-brief-facts.json');
    expect(await download.failure()).toBeNull();
    const file = await download.path();
    const doc = v.parse(FactsExportSchema, JSON.parse(readFileSync(file, 'utf8')));
    expect(doc.page).toEqual({ kind: 'page', url: pageUrl, verdict: { kind: 'match', coverage: 1 } });
    expect(doc.facts.figures).toEqual(article.figures);
    expect(doc.facts.claims).toEqual(article.claims);
  });

  it('copies a Text Fragment link per fact, made from the page as it shows the sentence', async () => {
    // An empty clipboard first, so the wait below is for this copy.
    await popup.evaluate(() => navigator.clipboard.writeText(''));
    await popup.locator(`[data-link="${single.id}"]`).first().click();
    await expect.poll(() => clipboard(popup), { timeout: 10_000 }).not.toBe('');
    const link = await clipboard(popup);
    expect(link.startsWith(`${pageUrl}#:~:text=`)).toBe(true);
    await waitForStatus(popup, '.popup-message', 'Link copied.');
    links.set(single.id, link);
  });

  it('links the sentence the host split over two paragraphs as a start,end range', async () => {
    // Ask the background the way the popup's "copy link" does (background → overlay script), in the
    // protocol's own message format, so the test holds whichever facts cite this sentence.
    const ref = { start: joined.start, end: joined.end };
    const link = await popup.evaluate(
      ([tabId, r]) =>
        chrome.runtime.sendMessage({ id: 1, type: 'linkToSource', data: { tabId, ref: r }, timestamp: Date.now() }) as Promise<{
          res: string | null;
        }>,
      [tabIdOfPage, ref] as const,
    );
    expect(link.res?.startsWith(`${pageUrl}#:~:text=`)).toBe(true);
    const [start, end] = link.res!.split(':~:text=')[1]!.split(',').map(decodeURIComponent);
    expect(start!.endsWith('甚至让他长期')).toBe(true);
    expect(end!.startsWith('“美国总理”')).toBe(true);
    links.set(joined.id, link.res!);
  });

  it('shows the share controls in the real popup, and axe finds nothing', async () => {
    const page = await h.openPage(DEMO_ARTICLE_PATH);
    const real = await h.openPopupViaAction(page);
    await expect.poll(() => real.locator('.sgb-state').getAttribute('data-state'), { timeout: 10_000 }).toBe('match');
    // One Share control; its two actions show once it is open.
    expect(await real.getByRole('group', { name: 'Share' }).count()).toBe(0);
    await real.getByRole('button', { name: 'Share', exact: true }).click();
    expect(await real.getByRole('group', { name: 'Share' }).getByRole('button').count()).toBe(2);
    await real.keyboard.press('Escape');
    await real.locator('[data-entry]').first().waitFor(); // the sections below the first screen
    const factsWithLinks = await real.locator('.sgb-fact-row').count();
    expect(await real.locator('.sgb-copy-link').count()).toBe(factsWithLinks);
    expect(await axeViolations(real)).toEqual([]);
    const height = await real.evaluate(() => Math.min(innerHeight, document.documentElement.scrollHeight));
    await real.screenshot({ path: h.screenshotPath('share-popup-en'), clip: { x: 0, y: 0, width: 400, height } });
    await real
      .locator('[data-figure]')
      .first()
      .evaluate((el) => el.closest('section')!.scrollIntoView());
    await real.screenshot({ path: h.screenshotPath('share-popup-en-figures'), clip: { x: 0, y: 0, width: 400, height } });
  });

  it('in the reader: copies the #sN link of the bundled copy and downloads the JSON', async () => {
    const reader = await h.extensionPage('reader.html?lang=en');
    await reader.evaluate(() => navigator.clipboard.writeText(''));
    await reader.locator(`[data-link="${single.id}"]`).first().click();
    await expect.poll(() => clipboard(reader), { timeout: 10_000 }).toBe(`chrome-extension://${h.extensionId}/reader.html#${single.id}`);
    const [download] = await Promise.all([reader.waitForEvent('download'), shareAction(reader, 'Download JSON')]);
    // The file's content and schema are checked on the popup's download above and in the unit
    // tests (the bundled variant too); a second download in one Playwright context leaves no
    // artifact file to read back, so here only that the download started and did not fail.
    expect(download.suggestedFilename()).toBe('stargate-brief-facts.json');
    expect(await download.failure()).toBeNull();
    expect(await axeViolations(reader)).toEqual([]);
    // The copied link opens the reader at that sentence, highlighted.
    const opened = await h.extensionPage(`reader.html#${single.id}`);
    await expect
      .poll(
        () =>
          opened.evaluate(
            (id) =>
              document.getElementById(id)?.classList.contains('is-source') ||
              (CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.has('stargate-source') === true,
            single.id,
          ),
        { timeout: 10_000 },
      )
      .toBe(true);
  });

  it('prints the reader as a fact sheet: no controls, both columns whole, a PDF from headless Chromium', async () => {
    const reader = await h.extensionPage('reader.html?lang=en');
    await reader.locator('[data-link]').first().waitFor();
    await reader.emulateMedia({ media: 'print' });
    const printed = await reader.evaluate(() => {
      const shown = (el: Element) => getComputedStyle(el).display !== 'none';
      const summary = document.querySelector('.reader-summary')!;
      const article = document.querySelector('.reader-article')!;
      // A date's basis sits in the folded background: printed, the fold is open.
      const basis = document.querySelector('details.sgb-tl-group:not([open]) .sgb-basis')!;
      return {
        controls: [...document.querySelectorAll('.sgb-share, .sgb-copy-link, .reader-skip, .sgb-tl-detail')].filter(shown).length,
        clipped: summary.scrollHeight - summary.clientHeight,
        overflow: getComputedStyle(summary).overflowY,
        columns: [article.getBoundingClientRect(), summary.getBoundingClientRect()].map((r) => ({ left: r.left, width: r.width })),
        basisHeight: basis.getBoundingClientRect().height,
      };
    });
    expect(printed.controls).toBe(0);
    expect(printed.clipped).toBeLessThanOrEqual(0);
    expect(printed.overflow).toBe('visible');
    // Side by side, the summary to the right of the article, each wide enough to read.
    expect(printed.columns[1]!.left).toBeGreaterThan(printed.columns[0]!.left + printed.columns[0]!.width - 1);
    expect(Math.min(printed.columns[0]!.width, printed.columns[1]!.width)).toBeGreaterThan(200);
    expect(printed.basisHeight).toBeGreaterThan(0);
    const pdf = await reader.pdf({
      path: h.screenshotPath('reader-print').replace(/\.png$/, '.pdf'),
      printBackground: true,
      preferCSSPageSize: true,
    });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
  });

  describe('opened in a fresh Chromium without the extension', () => {
    let server: StaticServer;
    let browser: Browser;
    beforeAll(async () => {
      const hosts = mappedHosts();
      server = await startServer({ hostnames: hosts });
      const rules = [...hosts.map((host) => `MAP ${host} 127.0.0.1:${server.port}`), 'MAP * ~NOTFOUND'].join(', ');
      browser = await chromium.launch({
        executablePath: await findChromium(),
        headless: true,
        args: [
          `--host-resolver-rules=${rules}`,
          `--ignore-certificate-errors-spki-list=${server.spkiSha256}`,
          '--no-sandbox',
          '--disable-gpu',
        ],
      });
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it.each([
      ['a sentence inside one paragraph', () => single],
      ['the sentence the host splits over two paragraphs', () => joined],
    ])('scrolls %s into view and marks it', async (name, sentenceOf) => {
      const sentence = sentenceOf();
      const link = links.get(sentence.id);
      expect(link, 'the popup test copied this link').toBeDefined();
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ignoreHTTPSErrors: true });
      const page = await context.newPage();
      await page.goto(link!);
      // The paragraphs holding the sentence (two for the split one), found by their own words.
      const words = sentence.join
        ? [
            article.text.slice(sentence.start, sentence.join.start).slice(-6),
            article.text.slice(sentence.join.end, sentence.end).slice(0, 6),
          ]
        : [article.text.slice(sentence.start, sentence.start + 8)];
      const inView = () =>
        page.evaluate((ws) => {
          const ps = [...document.querySelectorAll('p')].filter((p) => ws.some((w) => p.textContent!.includes(w)));
          return (
            ps.length === ws.length &&
            window.scrollY > 0 &&
            ps.every((p) => {
              const r = p.getBoundingClientRect();
              return r.bottom > 0 && r.top < innerHeight;
            })
          );
        }, words);
      await expect.poll(inView, { timeout: 10_000 }).toBe(true);
      await page.screenshot({ path: h.screenshotPath(`share-fragment-${sentence.id}-native`) });
      // The browser's mark (::target-text), made visible in one probe colour, covers text in each paragraph.
      await page.addStyleTag({
        content: '::target-text { background-color: rgb(255, 0, 255) !important; color: rgb(0, 0, 0) !important; }',
      });
      const boxes = await page.evaluate(
        (ws) =>
          [...document.querySelectorAll('p')]
            .filter((p) => ws.some((w) => p.textContent!.includes(w)))
            .map((p) => {
              const r = p.getBoundingClientRect();
              return { x: r.x, y: Math.max(0, r.y), width: r.width, height: Math.min(r.bottom, innerHeight) - Math.max(0, r.y) };
            }),
        words,
      );
      for (const box of boxes) {
        await expect.poll(async () => magentaPixels(page, await page.screenshot({ clip: box })), { timeout: 10_000 }).toBeGreaterThan(200);
      }
      // Outside the sentence nothing is marked: the other paragraphs of the page show no probe colour.
      const other = await page.locator('p', { hasText: '究其原因' }).boundingBox();
      if (other && other.y >= 0 && other.y + other.height <= 900)
        expect(await magentaPixels(page, await page.screenshot({ clip: other }))).toBe(0);
      await page.screenshot({ path: h.screenshotPath(`share-fragment-${sentence.id}`) });
      await context.close();
    });
  });
});

/** Counts pixels of the probe colour in a PNG, decoded by the browser itself (no image library). */
async function magentaPixels(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, img.width, img.height).data;
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! > 230 && data[i + 1]! < 40 && data[i + 2]! > 230) n++;
    return n;
  }, png.toString('base64'));
}
