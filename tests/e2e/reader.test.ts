/**
 * The bundled copy as an extension page: the clean article with every sentence addressable, the
 * same summary beside it, a chosen fact highlighted in the text, axe-clean in both languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ParsedArticle } from '../../utils/article/schema';
import { REPO_ROOT, launch } from '../../rig/harness';
import type { Harness } from '../../rig/harness';
import { eachTestLeavesNoErrors } from './clean';
import { axeViolations } from './axe';

const article = JSON.parse(readFileSync(join(REPO_ROOT, 'assets/article.parsed.json'), 'utf8')) as ParsedArticle;

/** The text the page highlights, by the Custom Highlight API or, failing that, the class. */
function highlighted(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    const hl = registry?.get('stargate-source');
    if (hl) return [...hl].map((r) => r.toString()).join('');
    return document.querySelector('.is-source')?.textContent ?? null;
  });
}

const sentenceText = (id: string) => {
  const s = article.sentences.find((x) => x.id === id)!;
  return s.join ? article.text.slice(s.start, s.join.start) + article.text.slice(s.join.end, s.end) : article.text.slice(s.start, s.end);
};

describe.each([
  { locale: 'en' as const, summary: 'Article summary', hint: 'Press Esc to clear the highlight' },
  { locale: 'zh-CN' as const, summary: '文章摘要', hint: '按 Esc 清除高亮' },
])('the reader page in $locale', ({ locale, summary, hint }) => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch({ locale });
  });
  afterAll(async () => {
    await h?.close();
  });
  eachTestLeavesNoErrors(() => h);

  it('shows the clean article, every sentence in its own span, and the summary beside it', async () => {
    const page = await h.extensionPage('reader.html');
    expect(await page.locator('h1').innerText()).toBe(article.title);
    const shownBlocks = new Set(article.blocks.flatMap((b, i) => (b.kind === 'noise' ? [] : [i])));
    const shown = article.sentences.filter((s) => s.blocks.some((b) => shownBlocks.has(b)));
    expect(await page.locator('.reader-sentence').count()).toBe(shown.length);
    expect(await page.locator('#reader-article').innerText()).not.toContain('阅读:141');
    expect(await page.getByRole('complementary', { name: summary }).count()).toBe(1);
    expect(await page.locator('[data-figure]').count()).toBe(article.figures.length);
    expect(await page.locator('[data-entry]').count()).toBe(article.timeline.length);
    expect(await page.locator('[data-actor]').count()).toBe(article.actors.length);

    // Two columns on a wide window: the summary sits to the right of the article.
    const [main, aside] = await Promise.all([page.locator('#reader-article').boundingBox(), page.locator('#reader-summary').boundingBox()]);
    expect(aside!.x).toBeGreaterThan(main!.x + main!.width - 1);
    await page.screenshot({ path: h.screenshotPath(`reader-${locale}-light`) });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('highlights the sentence of a chosen fact, replaces it on the next choice, and clears it on Escape', async () => {
    const page = await h.extensionPage('reader.html');
    const figure = article.figures.find((f) => f.text === '2.7亿美元')!;
    await page.locator(`[data-figure="${figure.id}"] button.sgb-fact`).click();
    await expect.poll(() => highlighted(page)).toBe(sentenceText(figure.sentence));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(figure.sentence);
    expect(await page.locator('.reader-hint').innerText()).toBe(hint);
    // The sentence is scrolled into view (smoothly, so wait for it to arrive).
    await expect
      .poll(async () => {
        const box = await page.locator(`#${figure.sentence}`).boundingBox();
        return box !== null && box.y >= 0 && box.y + box.height <= 900;
      })
      .toBe(true);
    await page.screenshot({ path: h.screenshotPath(`reader-${locale}-highlight`) });

    const entry = article.timeline[13]!;
    await page.locator(`[data-entry="${entry.id}"] button.sgb-fact`).click();
    await expect.poll(() => highlighted(page)).toBe(sentenceText(entry.sentence));

    await page.keyboard.press('Escape');
    await expect.poll(() => highlighted(page)).toBeFalsy();
    // Focus returns to the fact that was chosen.
    expect(await page.evaluate(() => document.activeElement?.closest('[data-entry]')?.getAttribute('data-entry'))).toBe(entry.id);
  });

  it('lists who says what beside the text, and a claim highlights its sentence', async () => {
    const page = await h.extensionPage('reader.html');
    expect(await page.locator('[data-claim]').count()).toBe(article.claims.length);
    // Bannon's criticism, and the author's own view that the page broke over two paragraphs.
    const bannon = article.claims.find((c) => 'actor' in c.source && c.source.actor === 'bannon')!;
    const broken = article.claims.find((c) => article.sentences.find((x) => x.id === c.sentence)!.join)!;
    for (const claim of [bannon, broken]) {
      await page.locator(`[data-claim="${claim.id}"] button.sgb-fact`).click();
      await expect.poll(() => highlighted(page)).toBe(sentenceText(claim.sentence));
    }
    await page.locator(`[data-claim="${bannon.id}"]`).evaluate((el) => el.scrollIntoView());
    await page.screenshot({ path: h.screenshotPath(`reader-${locale}-claims`) });
  });

  it('opens at the sentence the popup links to (#sN), joined sentences included', async () => {
    const joined = article.sentences.find((s) => s.join) ?? article.sentences[5]!;
    const page = await h.extensionPage(`reader.html#${joined.id}`);
    await expect.poll(() => highlighted(page)).toBe(sentenceText(joined.id));
  });

  it('in the dark scheme and on a narrow window: stacked, readable, axe-clean', async () => {
    const page = await h.extensionPage('reader.html');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: h.screenshotPath(`reader-${locale}-dark`) });
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 480, height: 900 });
    const [main, aside] = await Promise.all([page.locator('#reader-article').boundingBox(), page.locator('#reader-summary').boundingBox()]);
    expect(aside!.y).toBeGreaterThan(main!.y + main!.height - 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(480);
    await page.screenshot({ path: h.screenshotPath(`reader-${locale}-narrow-dark`) });
    // 320 CSS px: a 1280px window at 400% zoom (WCAG reflow): still no sideways scrolling.
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  it('works offline', async () => {
    await h.context.setOffline(true);
    const page = await h.extensionPage('reader.html');
    expect(await page.locator('[data-figure]').count()).toBe(article.figures.length);
    await h.context.setOffline(false);
  });
});
