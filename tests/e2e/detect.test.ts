/// <reference types="chrome" />
/**
 * The detector in a real Chromium: verdicts on reprints, partial copies and look-alikes, late and
 * SPA content, a hostile page, and the noise marking + hide setting. Pages: tests/pages/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import fingerprint from '../../assets/fingerprint.json';
import { detect } from '../../utils/detect/coverage';
import { EXPECTED_AUTHOR_CARDS, EXPECTED_CAPTIONS, EXPECTED_COUNTERS } from '@/entrypoints/noise.content/noise';
import { DEMO_ARTICLE_PATH } from '../../pipeline/hosts';
import { NON_HOST, launch } from '../../rig/harness';
import type { Harness } from '../../rig/harness';
import { eachTestLeavesNoErrors } from './clean';

const SOHU = 'www.sohu.com';
const kinds = (reports: Array<{ kind: string }>) => reports.map((r) => r.kind);

/** Noise marks per group, read with Document.prototype (which the hostile page leaves alone). */
function noiseCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    const els = document.querySelectorAll('[data-stargate-noise]');
    for (let i = 0; i < els.length; i++) {
      const group = els[i]!.getAttribute('data-stargate-noise') ?? '?';
      out[group] = (out[group] ?? 0) + 1;
    }
    return out;
  });
}
const hidesNoise = (page: Page) => page.evaluate(() => document.documentElement.hasAttribute('data-stargate-hide-noise'));
const firstNoiseDisplay = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector('[data-stargate-noise]');
    return el ? getComputedStyle(el).display : null;
  });

describe('detector e2e', () => {
  let h: Harness;
  const dialogs: string[] = [];
  beforeAll(async () => {
    h = await launch();
    h.context.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  });
  afterAll(async () => {
    await h?.close();
  });
  eachTestLeavesNoErrors(() => h);

  async function open(path: string, host?: string): Promise<{ page: Page; tab: number }> {
    const page = await h.openPage(path, host);
    return { page, tab: await h.tabIdOf(page) };
  }

  it('the demo page → ✓, noise marked (5 captions, 1 counter, 1 author card) and hidden by default', async () => {
    const { page, tab } = await open(DEMO_ARTICLE_PATH);
    await h.waitForBadge(tab, '✓');
    await expect
      .poll(() => noiseCounts(page))
      .toEqual({ caption: EXPECTED_CAPTIONS, counter: EXPECTED_COUNTERS, author: EXPECTED_AUTHOR_CARDS });
    await expect.poll(() => hidesNoise(page)).toBe(true);
    expect(await firstNoiseDisplay(page)).toBe('none');
  });

  it('full reprint in the NetEase template → ✓, and the hide setting applies at once in every tab', async () => {
    const a = await open('/dy/article/full-reprint.html');
    const b = await open(DEMO_ARTICLE_PATH);
    await h.waitForBadge(a.tab, '✓');
    await h.waitForBadge(b.tab, '✓');
    expect(await noiseCounts(a.page)).toEqual({ caption: 5, counter: 1, author: 1 });
    await expect.poll(() => hidesNoise(a.page)).toBe(true);
    await h.worker.evaluate(() => chrome.storage.local.set({ hideNoise: false }));
    await expect.poll(() => hidesNoise(a.page)).toBe(false);
    await expect.poll(() => hidesNoise(b.page)).toBe(false);
    expect(await firstNoiseDisplay(a.page)).not.toBe('none');
    await h.worker.evaluate(() => chrome.storage.local.set({ hideNoise: true }));
    await expect.poll(() => hidesNoise(a.page)).toBe(true);
    await expect.poll(() => hidesNoise(b.page)).toBe(true);
    expect(await firstNoiseDisplay(a.page)).toBe('none');
    await a.page.screenshot({ path: h.screenshotPath('detect-full-reprint') });
  });

  it('partial reprint (~60 %, Sohu template) → NN% as computed from the page text', async () => {
    const { page, tab } = await open('/a/partial-reprint.html', SOHU);
    const text = await page.evaluate(() => document.body.textContent ?? '');
    const expected = detect(text, fingerprint);
    expect(expected.kind).toBe('partial');
    expect(expected.coverage).toBeGreaterThan(0.5);
    expect(expected.coverage).toBeLessThan(0.7);
    await h.waitForBadge(tab, `${Math.floor(expected.coverage * 100)}%`);
    expect((await noiseCounts(page)).caption).toBe(3);
  });

  it.each([
    ['Traditional Chinese reprint', '/dy/article/traditional-reprint.html', undefined],
    ['full-width punctuation, spaces, hard-wrapped source', '/a/hard-wrapped-reprint.html', SOHU],
    ['paragraphs reordered, captions removed', '/dy/article/reordered-no-captions.html', undefined],
  ])('%s → ✓', async (_name, path, host) => {
    const { tab } = await open(path, host);
    await h.waitForBadge(tab, '✓');
  });

  it('the Traditional reprint has its captions and author card marked too', async () => {
    const { page, tab } = await open('/dy/article/traditional-reprint.html');
    await h.waitForBadge(tab, '✓');
    await expect.poll(() => noiseCounts(page)).toEqual({ caption: 5, counter: 1, author: 1 });
  });

  it.each([
    ['quote-only commentary', '/dy/article/quote-only-commentary.html', undefined],
    ['same story, other article', '/a/same-story-other-article.html', SOHU],
    ['same author, same template, other topic', '/dy/article/same-author-other-topic.html', undefined],
  ])('%s → no badge, nothing marked', async (_name, path, host) => {
    const { page, tab } = await open(path, host);
    // The detector has spoken (its first check always reports): none.
    expect(kinds(await h.waitForReports(tab, 1))).toEqual(['none']);
    expect(await h.badgeText(tab)).toBe('');
    expect(await noiseCounts(page)).toEqual({});
    expect(await hidesNoise(page)).toBe(false);
  });

  it('late content (article inserted after the first check) → none, then ✓', async () => {
    const { page, tab } = await open('/dy/article/late-article.html');
    expect(kinds(await h.waitForReports(tab, 1))).toEqual(['none']);
    expect(await h.badgeText(tab)).toBe('');
    await page.evaluate(() => (window as unknown as { showLateArticle(): void }).showLateArticle());
    await h.waitForBadge(tab, '✓', 8000);
  });

  it('SPA: pushState to the article → ✓, back to the list → no badge', async () => {
    const { page, tab } = await open('/dy/article/spa-list.html');
    expect(kinds(await h.waitForReports(tab, 1))).toEqual(['none']);
    expect(await h.badgeText(tab)).toBe('');
    await page.click('#open-article');
    expect(page.url()).toContain('/dy/article/spa-article.html');
    await h.waitForBadge(tab, '✓', 8000);
    await page.click('#back');
    await h.waitForBadge(tab, '', 8000);
    await page.goForward();
    await h.waitForBadge(tab, '✓', 8000);
  });

  it('hostile page (20k nodes, poisoned prototypes, article removed and re-added, endless mutations) → ✓', async () => {
    const { page, tab } = await open('/dy/article/hostile-page.html');
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeGreaterThan(15_000);
    // Without its article the page is none; the article comes back while the ticker keeps mutating.
    expect(kinds(await h.waitForReports(tab, 1))).toEqual(['none']);
    await page.evaluate(() => (window as unknown as { restoreArticle(): void }).restoreArticle());
    // The ticker may have used up the re-check budget (20 per 30 s): the trailing check still comes.
    await h.waitForBadge(tab, '✓', 40_000);
    await expect.poll(() => noiseCounts(page)).toEqual({ caption: 5, counter: 1, author: 1 });
    // The markup-like caption stayed text: no element was made of it.
    expect(await page.evaluate(() => document.querySelectorAll('img[onerror]').length)).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('a page on no host list: nothing runs by itself, nothing is marked', async () => {
    const { page, tab } = await open('/dy/article/full-reprint.html', NON_HOST);
    // Content scripts run at document_end, before the load event: let the page's renderer go idle once after it.
    await page.evaluate(() => new Promise((done) => requestIdleCallback(() => done(undefined))));
    expect(await h.reports(tab)).toEqual([]);
    expect(await h.badgeText(tab)).toBe('');
    expect(await noiseCounts(page)).toEqual({});
  });

  it('injected again on top of the always-on detector (as the background does): the new run takes over, one set of marks', async () => {
    const { page, tab } = await open('/dy/article/full-reprint.html');
    await h.waitForBadge(tab, '✓');
    const inject = () =>
      h.worker.evaluate(
        (id) =>
          chrome.scripting.executeScript({ target: { tabId: id }, files: ['content-scripts/detector.js'] }).then(
            () => 'ok',
            (e: Error) => e.message,
          ),
        tab,
      );
    // Each injected run checks at once and reports: wait for its report, not for time to pass.
    const before = (await h.reports(tab)).length;
    expect(await inject()).toBe('ok');
    await h.waitForReports(tab, before + 1);
    expect(await inject()).toBe('ok');
    const reports = await h.waitForReports(tab, before + 2);
    expect(kinds(reports.slice(before))).toEqual(['match', 'match']);
    expect(await h.badgeText(tab)).toBe('✓');
    expect(await noiseCounts(page)).toEqual({ caption: 5, counter: 1, author: 1 });
    await expect.poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-stargate-hide-noise'))).toBe(true);
  });
});
