/**
 * The story at a glance wherever the brief is: the overlay's controls named and drawn for what they
 * do, "Show in article" on every fact, the English gloss under the title, "About this brief", the
 * reader on screen and on paper, and the Traditional reader; with the screenshots a reviewer looks at
 * (the popup's first screen at 400×600, the overlay, the printed page, in both languages).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_ARTICLE_PATH } from '../../pipeline/hosts';
import type { ParsedArticle } from '../../utils/article/schema';
import { REPO_ROOT, launch } from '../../rig/harness';
import type { Harness } from '../../rig/harness';
import { eachTestLeavesNoErrors } from './clean';
import { axeViolations } from './axe';

const article = JSON.parse(readFileSync(join(REPO_ROOT, 'assets/article.parsed.json'), 'utf8')) as ParsedArticle;
const HOST = 'stargate-brief-overlay';

async function articlePage(h: Harness): Promise<{ page: Page; tabId: number }> {
  const page = await h.openPage(DEMO_ARTICLE_PATH);
  const tabId = await h.tabIdOf(page);
  await h.waitForBadge(tabId, '✓');
  return { page, tabId };
}

async function openOverlay(h: Harness, tabId: number, page: Page): Promise<void> {
  const popup = await h.openPopupPage(tabId);
  await popup.locator('.popup-overlay-button').click();
  await page.bringToFront();
  await page.waitForFunction((tag) => {
    const panel = document.querySelector(tag)?.shadowRoot?.querySelector('.sgb-overlay');
    return !!panel && panel.getAnimations().every((a) => a.playState === 'finished');
  }, HOST);
}

describe.each([
  {
    locale: 'en' as const,
    dock: 'Dock left',
    fold: 'Fold to edge',
    close: 'Close',
    cue: 'Show in article',
    about: 'About this brief',
    print: 'Key points',
  },
  { locale: 'zh-CN' as const, dock: '停靠左侧', fold: '收起', close: '关闭', cue: '定位原文', about: '关于本简报', print: '要点' },
])('the brief in $locale', ({ locale, dock, fold, close, cue, about, print }) => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch({ locale });
  });
  afterAll(async () => {
    await h?.close();
  });
  eachTestLeavesNoErrors(() => h);

  it('the popup’s first screen, 400×600 (screenshots in both schemes)', async () => {
    const { tabId } = await articlePage(h);
    const popup = await h.openPopupPage(tabId);
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.locator('[data-entry]').first().waitFor();
    await popup.screenshot({ path: h.screenshotPath(`first-screen-${locale}-light`) });
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.screenshot({ path: h.screenshotPath(`first-screen-${locale}-dark`) });
    await popup.close();
  });

  it('the overlay: dock, fold and close each named beside an icon drawn for it; every fact says "Show in article"', async () => {
    const { page, tabId } = await articlePage(h);
    await openOverlay(h, tabId, page);
    const panel = page.locator(`${HOST} .sgb-overlay`);
    const named = async (cls: string) => (await panel.locator(cls).innerText()).trim();
    expect(await named('.sgb-overlay-side')).toBe(dock);
    expect(await named('.sgb-overlay-collapse')).toBe(fold);
    expect(await named('.sgb-overlay-close')).toBe(close);
    // Docking shows a window with its side panel filled on that edge, not an arrow.
    const dockIcon = await panel.locator('.sgb-overlay-side svg path').evaluateAll((paths) => paths.map((p) => p.getAttribute('fill')));
    expect(dockIcon).toEqual(['none', 'currentColor']);
    // Every fact in the panel: the cue shows on hover.
    const facts = panel.locator('button.sgb-fact');
    expect(await panel.locator('.sgb-cue').count()).toBe(await facts.count());
    const first = panel.locator('[data-keypoint] button.sgb-fact').first();
    await first.hover();
    const shown = await first.evaluate((el) => {
      const cue = el.parentElement!.querySelector('.sgb-cue')!;
      return { text: cue.textContent, visibility: getComputedStyle(cue).visibility };
    });
    expect(shown).toEqual({ text: cue, visibility: 'visible' });
    // The whole brief: key points first, about this brief last, with where the original is.
    expect(await panel.locator('[data-keypoint]').count()).toBe(article.keyPoints.length);
    expect(await panel.getByRole('heading', { name: about }).count()).toBe(1);
    if (locale === 'en') expect(await panel.locator('.sgb-gloss').innerText()).toBe(article.titleGloss);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: h.screenshotPath(`brief-overlay-${locale}`) });
    // Folded: the tab's icon points out of the edge, and its name says it unfolds.
    await panel.locator('.sgb-overlay-collapse').click();
    const tab = page.locator(`${HOST} .sgb-overlay-tab`);
    expect(await tab.getAttribute('aria-label')).toBe(locale === 'en' ? 'Unfold Stargate Brief' : '展开星际之门简报');
    await tab.click();
    await page.close();
  });

  it('the reader: the key points, the gloss under the article’s title, About this brief linking the original text', async () => {
    const reader = await h.extensionPage('reader.html');
    await reader.locator('[data-keypoint]').first().waitFor();
    expect(await reader.locator('[data-keypoint]').count()).toBe(article.keyPoints.length);
    expect(await reader.locator('.reader-gloss').count()).toBe(locale === 'en' ? 1 : 0);
    const aboutSection = reader.getByRole('region', { name: about });
    expect(await aboutSection.innerText()).toContain(article.author);
    await aboutSection.getByRole('link').click();
    await expect.poll(() => reader.evaluate(() => location.hash)).toBe('#reader-article');
    expect(await axeViolations(reader)).toEqual([]);
  });

  it('printed: the reader keeps the key points, the people and About on paper, and drops the controls (screenshot)', async () => {
    const reader = await h.extensionPage('reader.html');
    await reader.locator('[data-keypoint]').first().waitFor();
    await reader.emulateMedia({ media: 'print' });
    await reader.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
    const paper = await reader.evaluate(() => {
      const shown = (el: Element | null) => !!el && getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().height > 0;
      return {
        keyPoints: shown(document.querySelector('.sgb-keypoints')),
        people: shown(document.querySelector('[data-actor]')),
        about: shown(document.querySelector('.sgb-about')),
        controls: [...document.querySelectorAll('.sgb-share, .sgb-copy-link, .sgb-cue')].filter(shown).length,
        heading: document.querySelector('.sgb-keypoints h4, .sgb-keypoints h3')?.textContent,
      };
    });
    expect(paper).toEqual({ keyPoints: true, people: true, about: true, controls: 0, heading: print });
    await reader.screenshot({ path: h.screenshotPath(`print-${locale}`), clip: { x: 0, y: 0, width: 794, height: 1123 } });
    const pdf = await reader.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('the reader in a zh-TW browser', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch({ locale: 'zh-TW' });
  });
  afterAll(async () => {
    await h?.close();
  });
  eachTestLeavesNoErrors(() => h);

  it('reads in Taiwan’s Traditional; the article column keeps the article’s own Simplified words', async () => {
    const reader = await h.extensionPage('reader.html');
    await reader.locator('[data-keypoint]').first().waitFor();
    expect(await reader.locator('html').getAttribute('lang')).toBe('zh-TW');
    expect(await reader.title()).toBe('星際之門簡報 · 內建副本');
    expect(await reader.getByRole('heading', { name: '關於本簡報' }).count()).toBe(1);
    expect(await reader.locator('[data-keypoint="f0"]').innerText()).toContain('三家企業將投向美國AI基礎設施的資金');
    expect(await reader.locator('#reader-article').getAttribute('lang')).toBe('zh-CN');
    expect(await reader.locator('h1').innerText()).toBe(article.title);
    await reader.screenshot({ path: h.screenshotPath('reader-zh-TW') });
    expect(await axeViolations(reader)).toEqual([]);
  });
});
