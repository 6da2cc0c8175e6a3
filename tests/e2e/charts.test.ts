/// <reference types="chrome" />
/**
 * The timeline and the amounts as pictures, on the real build, wherever the summary is: the popup
 * (one named mark per dated entry, Tab then the arrow keys through them, a mark or a bar shows its
 * sentence on the page), the overlay on the article page, and the reader on screen and printed;
 * axe-clean in light and dark, in both languages; screenshots of both pictures in each.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { DEMO_ARTICLE_PATH } from '../../pipeline/hosts';
import type { ParsedArticle } from '../../utils/article/schema';
import { REPO_ROOT, launch } from '../../rig/harness';
import type { Harness } from '../../rig/harness';
import { eachTestLeavesNoErrors } from './clean';
import { axeViolations, overlayAxeViolations, OVERLAY_HOST } from './axe';

const article = JSON.parse(readFileSync(join(REPO_ROOT, 'assets/article.parsed.json'), 'utf8')) as ParsedArticle;
const HOST_TAG = OVERLAY_HOST;
/** The parsed copy lists the timeline in time order: an entry's number on the chart is its place there. */
const numberOf = (id: string) => article.timeline.findIndex((e) => e.id === id) + 1;
/** The key days' first entry (21 January, the announcement): the chart's tab stop. */
const firstKey = article.timeline.find((e) => e.date === '2025-01-21')!;
const usd = article.figures.filter((f) => f.unit === 'USD');

const sentenceText = (id: string) => {
  const s = article.sentences.find((x) => x.id === id)!;
  return s.join ? article.text.slice(s.start, s.join.start) + article.text.slice(s.join.end, s.end) : article.text.slice(s.start, s.end);
};
const squeeze = (s: string | null) => (s ?? '').replace(/\s+/g, '');

/** The text the page (or the reader) highlights as the chosen fact's sentence. */
function highlighted(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const h = CSS.highlights.get('stargate-source');
    return h ? [...h].map((r) => r.toString()).join('') : null;
  });
}

async function expectSentenceShown(page: Page, sentenceId: string) {
  await expect.poll(async () => squeeze(await highlighted(page)), { timeout: 10_000 }).toBe(squeeze(sentenceText(sentenceId)));
}

/** The left and right ends of the scale's gridline amounts and of the first bar's track: equal when the axis sits over the bars. */
const scaleEnds = (page: Page) =>
  page.evaluate(() => {
    const ends = (sel: string) => {
      const r = document.querySelector(sel)!.getBoundingClientRect();
      return [Math.round(r.left), Math.round(r.right)];
    };
    return { axis: ends('.sgb-amount-axis svg'), bar: ends('.sgb-amounts .sgb-bar-svg') };
  });

const activeMark = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-mark') ?? null);

/** Every mark: a button named "N. date: event, show in the text", numbered in time order. */
async function expectNamedMarks(root: Locator, lang: 'en' | 'zh') {
  const marks = root.locator('[data-mark]');
  expect(await marks.count()).toBe(article.timeline.length);
  for (const e of article.timeline) {
    const mark = root.getByRole('button', { name: new RegExp(`^${numberOf(e.id)}\\. `) });
    expect(await mark.count()).toBe(1);
    expect(await mark.getAttribute('data-mark')).toBe(e.id);
    expect(await mark.getAttribute('aria-label')).toContain(e.event[lang]);
  }
}

/** Calls the background as the popup does (an extension page may). */
async function callBackground(popup: Page, type: string, data: unknown): Promise<unknown> {
  const reply = await popup.evaluate(
    ({ type: t, data: d }) =>
      chrome.runtime.sendMessage<unknown, { res?: unknown; err?: unknown } | undefined>({ id: 1, type: t, data: d, timestamp: Date.now() }),
    { type, data },
  );
  if (reply?.err) throw new Error(`background ${type}: ${JSON.stringify(reply.err)}`);
  return reply?.res;
}

describe.each([
  { locale: 'en' as const, lang: 'en' as const },
  { locale: 'zh-CN' as const, lang: 'zh' as const },
])('the timeline and amounts charts in $locale', ({ locale, lang }) => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch({ locale });
  });
  afterAll(async () => {
    await h?.close();
  });
  eachTestLeavesNoErrors(() => h);

  async function popupOnArticle(): Promise<{ page: Page; popup: Page }> {
    const page = await h.openPage(DEMO_ARTICLE_PATH);
    const popup = await h.openPopupViaAction(page);
    await popup.locator('.sgb-state[data-state="match"]').waitFor({ timeout: 10_000 });
    return { page, popup };
  }

  it('popup: one named mark per dated entry; Tab reaches the chart, the arrows move through it, Enter shows the sentence on the page', async () => {
    const { page, popup } = await popupOnArticle();
    const chart = popup.locator('.sgb-tl-chart');
    await expectNamedMarks(chart, lang);
    // The chart is one tab stop, after the figures: from their last control, Tab lands on the key days' first mark.
    await popup.locator('section:has([data-figure]) button').last().focus();
    await popup.keyboard.press('Tab');
    expect(await activeMark(popup)).toBe(firstKey.id);
    const ring = await popup.evaluate(() => getComputedStyle(document.activeElement!.querySelector('.sgb-tl-ring')!).stroke);
    expect(ring).not.toBe('none'); // the focus ring shows
    await popup.keyboard.press('ArrowRight');
    const next = article.timeline[numberOf(firstKey.id)]!; // the next in time
    expect(await activeMark(popup)).toBe(next.id);
    // Focus shows the entry under the chart.
    await expect.poll(() => popup.locator('.sgb-tl-detail').getAttribute('data-detail')).toBe(next.id);
    expect(await popup.locator('.sgb-tl-detail').innerText()).toContain(next.event[lang]);
    await popup.keyboard.press('Enter');
    await expectSentenceShown(page, next.sentence);
    // End, then Home: the last and the first entry in time.
    await popup.keyboard.press('End');
    expect(await activeMark(popup)).toBe(article.timeline.at(-1)!.id);
    await popup.keyboard.press('Home');
    expect(await activeMark(popup)).toBe(article.timeline[0]!.id);
    // One more Tab leaves the chart for the list, which opens with the key days.
    await popup.keyboard.press('Tab');
    expect(await activeMark(popup)).toBeNull();
    expect(await popup.evaluate(() => document.activeElement?.closest('[data-entry]')?.getAttribute('data-entry'))).toBe(firstKey.id);
    // A click on a mark does the same: the headline's claim shows the headline.
    const claim = article.timeline.find((e) => e.kind === 'headline-claim')!;
    await chart.locator(`[data-mark="${claim.id}"]`).click();
    await expectSentenceShown(page, claim.sentence);
    await page.close();
  });

  it('popup: every amount of money on one scale, labelled; each bar shows its sentence on the page', async () => {
    const { page, popup } = await popupOnArticle();
    const chart = popup.locator('.sgb-amounts');
    expect(await chart.locator('[data-figure]').count()).toBe(usd.length);
    expect(await chart.locator('.sgb-amount-axis text').allTextContents()).toEqual(
      lang === 'en' ? ['$100M', '$1B', '$10B', '$100B', '$1T'] : ['1亿', '10亿', '100亿', '1000亿', '1万亿'],
    );
    const ends = await scaleEnds(popup);
    expect(ends.axis).toEqual(ends.bar);
    // Largest first; each bar's row says what it measures and who says so.
    const widths: number[] = [];
    for (const row of await chart.locator('[data-figure]').all()) {
      const id = await row.getAttribute('data-figure');
      const f = article.figures.find((x) => x.id === id)!;
      const text = (await row.innerText()).replace(/\s+/g, ' ');
      expect(text).toContain(f.measures[lang].replace(/\s+/g, ' '));
      const speaker = f.speaker
        ? article.actors.find((a) => a.id === f.speaker)!.name[lang]
        : lang === 'en'
          ? 'no source named'
          : '未注明来源';
      expect(text).toContain(speaker);
      widths.push((await row.locator('.sgb-bar').boundingBox())!.width);
    }
    expect(widths).toEqual([...widths].sort((a, b) => b - a));
    // Musk's "well below $10 billion" is an open bar ending halfway (10^10 on 10^8…10^12), short of Altman's $19 billion each.
    const musk = chart.locator('[data-bound="below"]');
    const altman = chart.locator(`[data-figure="${usd.find((f) => f.text === '190亿美元')!.id}"]`);
    const track = (await musk.locator('.sgb-bar-svg').boundingBox())!;
    const muskBar = (await musk.locator('.sgb-bar').boundingBox())!;
    expect(muskBar.width / track.width).toBeCloseTo(0.5, 1);
    expect((await altman.locator('.sgb-bar').boundingBox())!.width).toBeGreaterThan(muskBar.width);
    // The amount without a currency stands apart, with no bar.
    const bare = article.figures.find((f) => f.unit === null)!;
    expect(await chart.locator(`[data-figure="${bare.id}"]`).count()).toBe(0);
    expect(await popup.locator(`[data-figure="${bare.id}"] .sgb-bar`).count()).toBe(0);
    // A click on a bar shows its sentence on the page.
    for (const f of [usd.find((x) => x.text === '100亿美元')!, usd[0]!]) {
      await chart.locator(`[data-figure="${f.id}"] .sgb-bar-svg`).click();
      await expectSentenceShown(page, f.sentence);
    }
    await page.close();
  });

  it('popup: both pictures in light and dark, axe-clean (screenshots)', async () => {
    const { page, popup } = await popupOnArticle();
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      for (const [part, selector] of [
        ['amounts', '.sgb-amounts'],
        ['timeline', '.sgb-tl-chart'],
      ] as const) {
        await popup.locator(selector).evaluate((el) => el.scrollIntoView());
        await popup.screenshot({
          path: h.screenshotPath(`charts-popup-${locale}-${scheme}-${part}`),
          clip: { x: 0, y: 0, width: 400, height: 600 },
        });
      }
      expect(await axeViolations(popup)).toEqual([]);
    }
    await popup.emulateMedia({ colorScheme: 'light' });
    await page.close();
  });

  it('overlay: the pictures on the article page; a mark shows its sentence; axe-clean in light and dark (screenshots)', async () => {
    const page = await h.openPage(DEMO_ARTICLE_PATH);
    const tabId = await h.tabIdOf(page);
    await h.waitForBadge(tabId, '✓');
    const popup = await h.openPopupPage(tabId);
    await callBackground(popup, 'openOverlay', { tabId, open: true });
    await popup.close();
    const panel = page.locator(`${HOST_TAG} .sgb-overlay`);
    await panel.waitFor({ state: 'visible' });
    await expectNamedMarks(panel.locator('.sgb-tl-chart'), lang);
    expect(await panel.locator('.sgb-amounts [data-figure]').count()).toBe(usd.length);
    const mark = panel.locator(`[data-mark="${firstKey.id}"]`);
    await mark.click();
    await expectSentenceShown(page, firstKey.sentence);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const part of ['amounts', 'tl-chart'] as const) {
        await panel.locator(`.sgb-${part}`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
        await page.screenshot({ path: h.screenshotPath(`charts-overlay-${locale}-${scheme}-${part.replace('tl-chart', 'timeline')}`) });
      }
      expect(await overlayAxeViolations(page)).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.close();
  });

  it('reader: a mark highlights its sentence; printed, both pictures stay and the folded groups print open (screenshots)', async () => {
    const reader = await h.extensionPage('reader.html');
    await reader.locator(`[data-mark="${firstKey.id}"]`).click();
    await expectSentenceShown(reader, firstKey.sentence);
    expect(await axeViolations(reader)).toEqual([]);
    await reader.keyboard.press('Escape');
    await reader.emulateMedia({ media: 'print' });
    const printed = await reader.evaluate(() => {
      const height = (sel: string) => document.querySelector(sel)?.getBoundingClientRect().height ?? 0;
      const folded = document.querySelector('details.sgb-tl-group:not([open]) [data-entry]');
      return {
        timeline: height('.sgb-tl-chart svg'),
        bars: [...document.querySelectorAll('.sgb-amounts .sgb-bar')].filter((b) => b.getBoundingClientRect().width > 0).length,
        folded: folded?.getBoundingClientRect().height ?? 0,
        detail: getComputedStyle(document.querySelector('.sgb-tl-detail')!).display,
      };
    });
    expect(printed.timeline).toBeGreaterThan(150);
    expect(printed.bars).toBe(usd.length);
    expect(printed.folded).toBeGreaterThan(0);
    expect(printed.detail).toBe('none');
    // Printing hides the copy links: the gridline amounts still sit over the bars.
    const ends = await scaleEnds(reader);
    expect(ends.axis).toEqual(ends.bar);
    await reader.setViewportSize({ width: 794, height: 1123 }); // an A4 page's width at 96 dpi
    for (const part of ['amounts', 'tl-chart'] as const) {
      await reader.locator(`.sgb-${part}`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await reader.screenshot({ path: h.screenshotPath(`charts-print-${locale}-${part.replace('tl-chart', 'timeline')}`) });
    }
    await reader.close();
  });
});
