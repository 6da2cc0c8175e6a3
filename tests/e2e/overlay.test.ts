/// <reference types="chrome" />
/**
 * The overlay script end to end: a fact's sentence highlighted on the page (from the popup and from
 * the overlay), the overlay panel (opens, closes, no layout shift, accessible, screenshots), and
 * the noise switch. Runs against the built extension ($SGB_EXT_DIR) on the demo article page.

 *
 * The shipped manifest grants the article hosts (host_permissions = the content script's matches),
 * so the background can load the overlay script there without an activeTab grant, which automation
 * cannot give (chrome.action.openPopup() is no user gesture).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_ARTICLE_PATH } from '../../pipeline/hosts';
import type { ParsedArticle } from '../../utils/article/schema';
import { launch, REPO_ROOT } from '../../rig/harness';
import { readManifest } from './built';
import type { Harness } from '../../rig/harness';
import { eachTestLeavesNoErrors } from './clean';
import { overlayAxeViolations } from './axe';

const ARTICLE_PATH = process.env.SGB_OVERLAY_PAGE ?? DEMO_ARTICLE_PATH;
const HOST_TAG = 'stargate-brief-overlay';
const article = JSON.parse(readFileSync(join(REPO_ROOT, 'assets/article.parsed.json'), 'utf8')) as ParsedArticle;

/** Calls the background as the popup does (the popup page is an extension page: it may). */
async function callBackground<T>(popup: Page, type: string, data: unknown): Promise<T> {
  const reply = await popup.evaluate(
    ({ type: t, data: d }) =>
      chrome.runtime.sendMessage<unknown, { res?: unknown; err?: unknown } | undefined>({
        id: Math.floor(Math.random() * 1e6),
        type: t,
        data: d,
        timestamp: Date.now(),
      }),
    { type, data },
  );
  if (reply?.err) throw new Error(`background ${type}: ${JSON.stringify(reply.err)}`);
  return reply?.res as T;
}

/** The highlighted text, read in the page's main world (the registry is the document's, shared by all worlds). */
function highlighted(page: Page): Promise<string | null> {
  return page.evaluate((name) => {
    const h = CSS.highlights.get(name);
    return h ? [...h].map((r) => r.toString()).join('') : null;
  }, 'stargate-source');
}

async function waitForHighlight(page: Page, present: boolean): Promise<string | null> {
  await page.waitForFunction((want) => CSS.highlights.has('stargate-source') === want, present, { timeout: 5000 });
  return highlighted(page);
}

const overlayDialog = (page: Page) => page.locator(`${HOST_TAG} .sgb-overlay`);

function normalise(s: string): string {
  return s.replace(/\s+/g, '');
}

interface Layout {
  rects: Array<{ x: number; y: number; width: number; height: number } | null>;
  scrollWidth: number;
  scrollHeight: number;
}

/** Where the title, first and last paragraph sit, and the document's scroll size. */
function layout(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const paragraphs = [...document.querySelectorAll('p')].filter((p) => (p.textContent ?? '').trim().length > 20);
    const els = [document.querySelector('h1'), paragraphs[0], paragraphs[paragraphs.length - 1]];
    return {
      rects: els.map((el) => {
        if (!el) return null;
        const r = el.getBoundingClientRect();
        return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height };
      }),
      scrollWidth: document.documentElement.scrollWidth,
      scrollHeight: document.documentElement.scrollHeight,
    };
  });
}

async function openArticle(h: Harness): Promise<{ page: Page; tabId: number }> {
  const page = await h.openPage(ARTICLE_PATH);
  const tabId = await h.tabIdOf(page);
  await h.waitForBadge(tabId, '✓').catch(() => undefined); // the detector's verdict, if it gives one
  return { page, tabId };
}

async function openOverlay(h: Harness, tabId: number, page: Page): Promise<void> {
  const popup = await h.openPopupPage(tabId);
  await callBackground(popup, 'openOverlay', { tabId, open: true });
  await popup.close();
  await overlayDialog(page).waitFor({ state: 'visible' });
  // Let the entrance animation finish, so positions are final.
  await page.waitForFunction((tag) => {
    const panel = document.querySelector(tag)?.shadowRoot?.querySelector('.sgb-overlay');
    return !!panel && panel.getAnimations().every((a) => a.playState === 'finished');
  }, HOST_TAG);
}

/** Waits until the highlighted sentence has scrolled into the viewport (smooth scrolling takes a moment). */
function waitForHighlightInView(page: Page): Promise<unknown> {
  return page.waitForFunction(() => {
    const range = [...(CSS.highlights.get('stargate-source') ?? [])][0];
    if (!(range instanceof Range)) return false;
    const r = range.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  });
}

/** Waits until the page's scroll position holds still from one frame to the next. */
function waitForScrollToSettle(page: Page): Promise<unknown> {
  return page.waitForFunction(
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

const overlayTab = (page: Page) => page.locator(`${HOST_TAG} .sgb-overlay-tab`);

/** What has focus: 'page' (an element of the page or its body), or the class of the control inside our shadow root. */
function focusOwner(page: Page): Promise<string> {
  return page.evaluate((tag) => {
    const active = document.activeElement;
    if (active?.localName !== tag) return 'page';
    const inner = active.shadowRoot?.activeElement;
    return inner ? `overlay:${inner.className}` : 'overlay';
  }, HOST_TAG);
}

/** Until the overlay's entrance animation is over (positions are final). */
function overlaySettled(page: Page): Promise<unknown> {
  return page.waitForFunction((tag) => {
    const root = document.querySelector(tag)?.shadowRoot;
    const el = root?.querySelector('.sgb-overlay, .sgb-overlay-tab');
    return !!el && el.getAnimations().every((a) => a.playState === 'finished');
  }, HOST_TAG);
}

/** The stored placement, read and reset through the popup page (an extension page may use storage). */
async function storedPlacement(h: Harness, tabId: number, reset = false): Promise<unknown> {
  const popup = await h.openPopupPage(tabId);
  try {
    return await popup.evaluate(async (clear) => {
      const value = (await chrome.storage.local.get('overlayPlacement')).overlayPlacement;
      if (clear) await chrome.storage.local.remove('overlayPlacement');
      return value ?? null;
    }, reset);
  } finally {
    await popup.close();
  }
}

describe('overlay script', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });
  eachTestLeavesNoErrors(() => h);

  it('is injected on demand only: not listed in the shipped manifest', () => {
    const manifest = readManifest();
    const scripts = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
    expect(scripts).not.toContain('content-scripts/overlay.js');
    // Its styles travel inside the script: nothing of ours is web-accessible to pages.
    expect(JSON.stringify(manifest.web_accessible_resources ?? [])).not.toContain('page');
  });

  it('highlights a figure’s sentence chosen in the popup, and Escape clears it', async () => {
    const { page, tabId } = await openArticle(h);
    const figure = article.figures.find((f) => f.text === '100亿美元') ?? article.figures[0]!;
    const popup = await h.openPopupViaAction(page);
    await popup.locator(`[data-figure="${figure.id}"] button.sgb-fact`).click();
    const text = await waitForHighlight(page, true);
    expect(text).toContain(figure.text);
    const sentence = article.sentences.find((s) => s.id === figure.sentence)!;
    expect(normalise(text ?? '')).toBe(normalise(article.text.slice(sentence.start, sentence.end)));
    await popup.close().catch(() => undefined);
    // The sentence was scrolled into view; the highlight's style is an adopted sheet, no new element.
    await waitForHighlightInView(page);
    expect(await page.locator('style[data-stargate-brief]').count()).toBe(0);
    expect(
      await page.evaluate(() =>
        document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('::highlight(stargate-source)'))),
      ),
    ).toBe(true);
    await page.keyboard.press('Escape');
    expect(await waitForHighlight(page, false)).toBeNull();
    expect(tabId).toBeGreaterThan(0);
    await page.close();
  });

  it('finds the sentence the page splits across two paragraphs, and a re-injection leaves the open panel alone', async () => {
    const { page, tabId } = await openArticle(h);
    await openOverlay(h, tabId, page);
    const joined = article.sentences.find((s) => s.join);
    expect(joined).toBeDefined();
    const popup = await h.openPopupPage(tabId);
    // revealSource injects the overlay script again before it asks: the live copy answers.
    const found = await callBackground<boolean>(popup, 'revealSource', { tabId, ref: { start: joined!.start, end: joined!.end } });
    expect(found).toBe(true);
    const text = await waitForHighlight(page, true);
    expect(normalise(text ?? '')).toBe(normalise(article.text.slice(joined!.start, joined!.end)));
    expect(await page.locator(HOST_TAG).count()).toBe(1);
    expect(await overlayDialog(page).isVisible()).toBe(true);
    await popup.close();
    await page.close();
  });

  it('finds sentences on a Traditional-script reprint and on a page whose text arrives late', async () => {
    const figure = article.figures.find((f) => f.text === '2.7亿美元') ?? article.figures[0]!;
    const sentence = article.sentences.find((s) => s.id === figure.sentence)!;
    for (const [path, expected] of [
      ['/dy/article/traditional-reprint.html', '2.7億美元'],
      ['/dy/article/late-article.html', '2.7亿美元'],
    ] as const) {
      const page = await h.openPage(path);
      const tabId = await h.tabIdOf(page);
      // The late page: the script is in (and has indexed the page) before the text arrives,
      // which happens when we say so.
      if (path.includes('late-article')) {
        await openOverlay(h, tabId, page);
        expect(await page.evaluate((t) => (document.body.textContent ?? '').includes(t), expected)).toBe(false);
        await page.evaluate(() => (window as unknown as { showLateArticle(): void }).showLateArticle());
      }
      await page.waitForFunction((t) => (document.body.textContent ?? '').includes(t), expected, { timeout: 10_000 });
      if (path.includes('late-article')) {
        // The open panel's header follows: the article has arrived.
        await page.locator(`${HOST_TAG} .sgb-overlay .sgb-state[data-state="match"]`).waitFor();
      }
      const popup = await h.openPopupPage(tabId);
      expect(await callBackground<boolean>(popup, 'revealSource', { tabId, ref: { start: sentence.start, end: sentence.end } })).toBe(true);
      expect(await waitForHighlight(page, true)).toContain(expected);
      await popup.close();
      await page.close();
    }
  });

  it('opens the overlay without moving the page; Escape and the close button close it', async () => {
    const { page, tabId } = await openArticle(h);
    await page.evaluate(() => scrollTo(0, 0));
    const before = await layout(page);
    // A reader whose focus is on a link in the page gets it back when the panel closes.
    const linkHasFocus = () =>
      page.evaluate(() => document.activeElement !== null && document.activeElement === document.querySelector('a[href]'));
    await page.evaluate(() => document.querySelector<HTMLElement>('a[href]')?.focus({ preventScroll: true }));
    expect(await linkHasFocus()).toBe(true);
    await openOverlay(h, tabId, page);
    const dialog = overlayDialog(page);
    await expect(dialog.getAttribute('role')).resolves.toBe('dialog');
    await expect(dialog.getAttribute('aria-modal')).resolves.toBe('false');
    expect(await dialog.getAttribute('aria-label')).toBeTruthy();
    // Focus moved into the panel.
    expect(await page.evaluate((tag) => document.activeElement?.localName === tag, HOST_TAG)).toBe(true);
    expect(await layout(page)).toEqual(before);
    // The panel sits on the right edge, full height, above the page.
    const box = await dialog.boundingBox();
    const viewport = page.viewportSize()!;
    expect(box && Math.round(box.x + box.width)).toBe(viewport.width);
    expect(box && Math.round(box.height)).toBe(viewport.height);

    // Escape with focus in the panel; focus goes back where it was, and the background hears of it.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    const popup = await h.openPopupPage(tabId);
    await expect.poll(async () => (await callBackground<{ overlayOpen: boolean }>(popup, 'getTabState', tabId)).overlayOpen).toBe(false);
    await popup.close();
    expect(await layout(page)).toEqual(before);
    expect(await linkHasFocus()).toBe(true);

    // Close button.
    await openOverlay(h, tabId, page);
    await page.locator(`${HOST_TAG} .sgb-overlay-close`).click();
    await dialog.waitFor({ state: 'detached' });

    // Escape with focus in the page.
    await openOverlay(h, tabId, page);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.locator('h1').click();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await layout(page)).toEqual(before);
    expect(await page.locator(HOST_TAG).count()).toBe(0);
    await page.close();
  });

  it('keeps the reader’s text size when the page sets its own root font size', async () => {
    const factHeight = async (rootFontSize: string | null) => {
      const { page, tabId } = await openArticle(h);
      if (rootFontSize) await page.evaluate((size) => (document.documentElement.style.fontSize = size), rootFontSize);
      await openOverlay(h, tabId, page);
      const box = await page.locator(`${HOST_TAG} .sgb-figure button.sgb-fact`).first().boundingBox();
      await page.close();
      return box?.height ?? 0;
    };
    const normal = await factHeight(null);
    expect(normal).toBeGreaterThan(20);
    // lib-flexible style mobile pages set a huge root size; some desktop pages a tiny one.
    expect(Math.abs((await factHeight('50px')) - normal)).toBeLessThan(2);
    expect(Math.abs((await factHeight('62.5%')) - normal)).toBeLessThan(2);
  });

  it('highlights the sentence of a fact chosen in the overlay, and clears it on close', async () => {
    const { page, tabId } = await openArticle(h);
    await openOverlay(h, tabId, page);
    const figure = article.figures.find((f) => f.text === '2.7亿美元') ?? article.figures[0]!;
    await page.locator(`${HOST_TAG} [data-figure="${figure.id}"] button.sgb-fact`).click();
    expect(await waitForHighlight(page, true)).toContain(figure.text);
    // The panel stays open and keeps focus on the fact.
    expect(await overlayDialog(page).isVisible()).toBe(true);
    // Another fact replaces the highlight.
    const other = article.figures.find((f) => f.text === '450亿美元') ?? article.figures[1]!;
    await page.locator(`${HOST_TAG} [data-figure="${other.id}"] button.sgb-fact`).click();
    await page.waitForFunction((t) => [...(CSS.highlights.get('stargate-source') ?? [])].some((r) => r.toString().includes(t)), other.text);
    await page.locator(`${HOST_TAG} .sgb-overlay-close`).click();
    expect(await waitForHighlight(page, false)).toBeNull();
    await page.close();
  });

  it('hides captions and the footer by default; the switch shows them at once and the choice survives a reload', async () => {
    const { page, tabId } = await openArticle(h);
    const noiseDisplay = () =>
      page.evaluate(() => {
        const noise = [...document.querySelectorAll('[data-stargate-noise]')];
        const captions = [...document.querySelectorAll('body *')].filter(
          (el) => el.children.length === 0 && /\(资料图\)|（资料图）/.test(el.textContent ?? ''),
        );
        const footer = [...document.querySelectorAll('body *')].filter(
          (el) => el.children.length === 0 && /阅读[:：]\s*\d|简介[:：]/.test(el.textContent ?? ''),
        );
        const hidden = (el: Element) => {
          for (let e: Element | null = el; e; e = e.parentElement) if (getComputedStyle(e).display === 'none') return true;
          return false;
        };
        return { marked: noise.length, captions: captions.map(hidden), footer: footer.map(hidden) };
      });
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-stargate-hide-noise'), undefined, { timeout: 10_000 });
    const initial = await noiseDisplay();
    expect(initial.captions).toHaveLength(5);
    expect(initial.captions.every(Boolean)).toBe(true);
    expect(initial.footer.length).toBeGreaterThanOrEqual(2);
    expect(initial.footer.every(Boolean)).toBe(true);

    await openOverlay(h, tabId, page);
    const toggle = page.locator(`${HOST_TAG} .sgb-overlay input[role="switch"]`);
    expect(await toggle.isChecked()).toBe(true);
    await page.locator(`${HOST_TAG} .sgb-overlay .sgb-switch-label`).click(); // the visible switch
    await page.waitForFunction(() => !document.documentElement.hasAttribute('data-stargate-hide-noise'));
    const shown = await noiseDisplay();
    expect(shown.captions.some(Boolean) || shown.footer.some(Boolean)).toBe(false);

    await page.reload({ waitUntil: 'load' });
    // The new document's detector has marked the noise, and with it applied the setting it was sent.
    await page.waitForFunction(() => document.querySelectorAll('[data-stargate-noise]').length > 0, undefined, { timeout: 10_000 });
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-stargate-hide-noise'))).toBe(false);
    const afterReload = await noiseDisplay();
    expect(afterReload.captions.some(Boolean)).toBe(false);

    // And back: hidden again, at once.
    if (
      !(await overlayDialog(page)
        .isVisible()
        .catch(() => false))
    )
      await openOverlay(h, tabId, page);
    await page.locator(`${HOST_TAG} .sgb-overlay .sgb-switch-label`).click();
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-stargate-hide-noise'));
    expect((await noiseDisplay()).captions.every(Boolean)).toBe(true);
    await page.close();
  });

  it('moves to the left side and folds to a slim tab without moving the page, and remembers the choice', async () => {
    const { page, tabId } = await openArticle(h);
    try {
      await page.evaluate(() => scrollTo(0, 0));
      const before = await layout(page);
      const viewport = page.viewportSize()!;
      await openOverlay(h, tabId, page);
      const dialog = overlayDialog(page);

      // To the left edge: full height, flush left, focus stays on the control the reader used.
      await page.locator(`${HOST_TAG} .sgb-overlay-side`).click();
      await expect.poll(async () => Math.round((await dialog.boundingBox())?.x ?? -1)).toBe(0);
      await overlaySettled(page);
      const left = (await dialog.boundingBox())!;
      expect(Math.round(left.height)).toBe(viewport.height);
      expect(left.width).toBeLessThan(viewport.width / 2);
      expect(await focusOwner(page)).toContain('sgb-overlay-side');
      expect(await layout(page)).toEqual(before);
      expect(await overlayAxeViolations(page)).toEqual([]);
      await page.screenshot({ path: h.screenshotPath('overlay-left') });
      await expect.poll(() => storedPlacement(h, tabId)).toEqual({ side: 'left', collapsed: false });

      // Folded: a slim tab on that edge, focus on it, the page still where it was.
      await page.locator(`${HOST_TAG} .sgb-overlay-collapse`).click();
      await dialog.waitFor({ state: 'detached' });
      await overlayTab(page).waitFor({ state: 'visible' });
      await overlaySettled(page);
      const tab = (await overlayTab(page).boundingBox())!;
      expect(Math.round(tab.x)).toBe(0);
      expect(tab.width).toBeLessThanOrEqual(40);
      expect(tab.height).toBeLessThan(viewport.height);
      expect(await focusOwner(page)).toContain('sgb-overlay-tab');
      expect(await overlayTab(page).getAttribute('aria-expanded')).toBe('false');
      expect(await layout(page)).toEqual(before);
      expect(await overlayAxeViolations(page, '.sgb-overlay-tab')).toEqual([]);
      await page.screenshot({ path: h.screenshotPath('overlay-collapsed') });
      await expect.poll(() => storedPlacement(h, tabId)).toEqual({ side: 'left', collapsed: true });

      // Remembered across a reload: back folded on the left, and the page keeps focus.
      await page.reload({ waitUntil: 'load' });
      await overlayTab(page).waitFor({ state: 'visible', timeout: 15_000 });
      await overlaySettled(page);
      expect(Math.round((await overlayTab(page).boundingBox())!.x)).toBe(0);
      expect(await focusOwner(page)).toBe('page');

      // The tab unfolds the panel on the left, with focus in it; the reader's choice is kept.
      await overlayTab(page).click();
      await dialog.waitFor({ state: 'visible' });
      await overlaySettled(page);
      expect(Math.round((await dialog.boundingBox())!.x)).toBe(0);
      expect(await focusOwner(page)).toMatch(/^overlay/);
      await expect.poll(() => storedPlacement(h, tabId)).toEqual({ side: 'left', collapsed: false });

      // Escape on the tab closes the overlay too.
      await page.locator(`${HOST_TAG} .sgb-overlay-collapse`).click();
      await overlayTab(page).waitFor({ state: 'visible' });
      await page.keyboard.press('Escape');
      await overlayTab(page).waitFor({ state: 'detached' });
      expect(await layout(page)).toEqual(before);
    } finally {
      await storedPlacement(h, tabId, true); // the next test starts from the default placement
      await page.close();
    }
  });

  it('brings the overlay back after a reload without taking focus from the page', async () => {
    const { page, tabId } = await openArticle(h);
    await openOverlay(h, tabId, page);
    // Opened by the reader: focus moved in.
    expect(await focusOwner(page)).toMatch(/^overlay/);
    await page.reload({ waitUntil: 'load' });
    await overlayDialog(page).waitFor({ state: 'visible', timeout: 15_000 });
    await overlaySettled(page);
    expect(await focusOwner(page)).toBe('page');
    // The reader can still go on in the page: a link takes focus and keeps it.
    await page.evaluate(() => document.querySelector<HTMLElement>('a[href]')?.focus());
    expect(await focusOwner(page)).toBe('page');
    await page.close();
  });

  it('has no axe violations in the overlay', async () => {
    const { page, tabId } = await openArticle(h);
    await openOverlay(h, tabId, page);
    expect(await overlayAxeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('overlay sharing', () => {
  // A browser of its own: Playwright keeps a readable file only for the first download of a context.
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });
  eachTestLeavesNoErrors(() => h);

  it('downloads the JSON from the overlay with the verdict as the background holds it, coverage included', async () => {
    // A reprint that holds 99.7% of the article's text: a match whose coverage is not 1.
    const page = await h.openPage('/dy/article/changed-figure.html');
    const tabId = await h.tabIdOf(page);
    await h.waitForBadge(tabId, '!');
    const report = (await h.waitForReports(tabId, 1)).at(-1)!;
    expect(report.kind).toBe('match');
    expect(report.coverage).toBeLessThan(1);
    await openOverlay(h, tabId, page);
    await page.locator(`${HOST_TAG} .sgb-overlay`).getByRole('button', { name: 'Share', exact: true }).click();
    const button = page.locator(`${HOST_TAG} .sgb-overlay`).getByRole('button', { name: 'Download JSON' });
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(await download.failure()).toBeNull();
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const doc = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { page: { verdict: unknown } };
    expect(doc.page.verdict).toEqual({ kind: 'match', coverage: report.coverage });
    await page.close();
  });
});

describe('overlay screenshots', () => {
  for (const locale of ['en', 'zh-CN'] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`${locale} ${colorScheme}`, async () => {
        const h = await launch({ locale, colorScheme });
        try {
          const { page, tabId } = await openArticle(h);
          await openOverlay(h, tabId, page);
          // Highlight from the popup, so the panel shows its top: header, page state, noise switch.
          const figure = article.figures.find((f) => f.text === '100亿美元') ?? article.figures[0]!;
          const sentence = article.sentences.find((s) => s.id === figure.sentence)!;
          const popup = await h.openPopupPage(tabId);
          await callBackground(popup, 'revealSource', { tabId, ref: { start: sentence.start, end: sentence.end } });
          await popup.close();
          await waitForHighlight(page, true);
          await waitForHighlightInView(page);
          await waitForScrollToSettle(page); // the smooth scroll's last frames
          await page.screenshot({ path: h.screenshotPath(`overlay-${locale}-${colorScheme}`) });
          // Contrast and names hold in every language and scheme, not just the first.
          expect(await overlayAxeViolations(page)).toEqual([]);

          // Who says what, open in the panel: Altman's rebuttal leads to its sentence on the page.
          const section = page.locator(`${HOST_TAG} section`).filter({ has: page.locator('[data-claim]') });
          expect(await section.getByRole('heading', { level: 3 }).first().innerText()).toBe(
            locale === 'en' ? 'Who says what' : '谁说了什么',
          );
          const rebuttal = article.claims.find((c) => c.stance === 'rebuts')!;
          const item = page.locator(`${HOST_TAG} [data-claim="${rebuttal.id}"]`);
          await item.evaluate((el) => el.closest('[data-source]')!.scrollIntoView());
          await item.locator('button.sgb-fact').click();
          const said = article.sentences.find((x) => x.id === rebuttal.sentence)!;
          await page.waitForFunction(
            (t) => [...(CSS.highlights.get('stargate-source') ?? [])].some((r) => r.toString().includes(t)),
            '搞错了',
          );
          expect(normalise((await highlighted(page)) ?? '')).toBe(normalise(article.text.slice(said.start, said.end)));
          await waitForHighlightInView(page);
          await waitForScrollToSettle(page);
          await page.screenshot({ path: h.screenshotPath(`overlay-${locale}-${colorScheme}-claims`) });
          expect(await overlayAxeViolations(page)).toEqual([]);
          expect(h.consoleErrors).toEqual([]);
        } finally {
          await h.close();
        }
      });
    }
  }
});
