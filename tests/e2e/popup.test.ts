/**
 * The real action popup (chrome.action.openPopup, not popup.html in a tab) in both languages:
 * it shows every fact of the parsed copy, says what the tab holds, works from the keyboard,
 * passes axe, and sends readers without the article to the bundled copy.
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
/** Same host, another article by the same author: the detector says "none" there. */
const OTHER_ARTICLE_PATH = '/dy/article/same-author-other-topic.html';

async function textOf(page: Page, selector: string): Promise<string> {
  return (await page.locator(selector).innerText()).replace(/\s+/g, ' ');
}

/**
 * Headless Chromium leaves the action popup window at 450×510 instead of fitting it to the page
 * as a desktop browser does (400 wide, up to 600 tall); the screenshot shows the popup's own width.
 */
async function shoot(popup: Page, path: string) {
  const height = await popup.evaluate(() => Math.min(innerHeight, document.documentElement.scrollHeight));
  await popup.screenshot({ path, clip: { x: 0, y: 0, width: 400, height } });
}

/** Unfolds the timeline's background and outlook, as a reader does to see them (the key days are open). */
async function unfoldTimeline(popup: Page) {
  for (const group of await popup.locator('details.sgb-tl-group').all()) {
    if ((await group.getAttribute('open')) === null) await group.locator('summary').click();
    await expect.poll(() => group.getAttribute('open')).not.toBeNull();
  }
  await popup.evaluate(() => document.querySelector('.popup')!.scrollTo(0, 0)); // the clicks scrolled down to the folds
}

async function expectEveryFact(popup: Page, lang: 'zh' | 'en') {
  await unfoldTimeline(popup);
  expect(await popup.locator('[data-actor]').count()).toBe(article.actors.length);
  expect(await popup.locator('[data-figure]').count()).toBe(article.figures.length);
  expect(await popup.locator('[data-entry]').count()).toBe(article.timeline.length);
  for (const actor of article.actors) {
    const text = await textOf(popup, `[data-actor="${actor.id}"]`);
    expect(text).toContain(actor.name.zh);
    expect(text).toContain(actor.name.en);
    if (actor.role) expect(text).toContain(actor.role[lang]);
    // A name that takes more than the text gives says so (folded under "About this name").
    if (actor.basis) expect(text).toContain(lang === 'en' ? 'About this name' : '名字依据');
  }
  for (const figure of article.figures) {
    expect(await textOf(popup, `[data-figure="${figure.id}"]`)).toContain(figure.measures[lang].replace(/\s+/g, ' '));
  }
  for (const entry of article.timeline) {
    expect(await textOf(popup, `[data-entry="${entry.id}"]`)).toContain(entry.event[lang].replace(/\s+/g, ' '));
  }
  // Who says what: every claim, in its words (the author's narration is folded, so its text is read from the DOM).
  expect(await popup.locator('[data-claim]').count()).toBe(article.claims.length);
  const says = await popup.locator('[data-claim] .sgb-says').evaluateAll((els) => els.map((el) => el.textContent ?? ''));
  for (const claim of article.claims)
    expect(
      says.some((t) => t.includes(claim.says[lang])),
      claim.id,
    ).toBe(true);
}

/** The text the page highlights (the Custom Highlight API's registry is the document's, shared by all worlds). */
function highlighted(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const h = CSS.highlights.get('stargate-source');
    return h ? [...h].map((r) => r.toString()).join('') : null;
  });
}

/** Who says what's sources, as their headings read, in order: people and outlets, a named group, unnamed reports, the author. */
const SOURCES = {
  en: [
    'Axios · 1',
    'Donald Trump 特朗普 · 2',
    'Masayoshi Son 孙正义 · 2',
    'Elon Musk 马斯克 · 2',
    'Sam Altman 奥特曼 · 3',
    'Maggie Haberman 哈伯曼 · 4',
    'Democrats (US Democratic Party) 民主党 · 1',
    'Steve Bannon 班农 · 1',
    "Trump's inner circle 特朗普核心圈子 · 1",
    'A report (not named) · 1',
    'An analysis (not named) · 1',
    "The author's own view · 31",
    'Told by the author, no source given · 9',
  ],
  zh: [
    'Axios · 1',
    '特朗普 Donald Trump · 2',
    '孙正义 Masayoshi Son · 2',
    '马斯克 Elon Musk · 2',
    '奥特曼 Sam Altman · 3',
    '哈伯曼 Maggie Haberman · 4',
    '民主党 Democrats (US Democratic Party) · 1',
    '班农 Steve Bannon · 1',
    "特朗普核心圈子 Trump's inner circle · 1",
    '报道(未具名) · 1',
    '分析(未具名) · 1',
    '作者观点 · 31',
    '作者叙述(未注明来源) · 9',
  ],
};

/** Where the summary's first section starts: the same whatever the verdict, so nothing jumps. */
const sectionTop = (popup: Page) => popup.evaluate(() => document.querySelector('.sgb-section')!.getBoundingClientRect().top);

describe.each([
  {
    locale: 'en' as const,
    lang: 'en' as const,
    whole: 'This page has the whole article',
    none: 'The article is not on this page',
    bundled: 'Open the bundled copy',
    overlay: 'Open overlay on page',
  },
  {
    locale: 'zh-CN' as const,
    lang: 'zh' as const,
    whole: '本页是这篇文章的全文',
    none: '本页没有这篇文章',
    bundled: '打开内置副本',
    overlay: '在页面上打开摘要',
  },
])('the popup in $locale', ({ locale, lang, whole, none, bundled, overlay }) => {
  let h: Harness;
  const tops: number[] = [];
  beforeAll(async () => {
    h = await launch({ locale });
  });
  afterAll(async () => {
    await h?.close();
  });
  eachTestLeavesNoErrors(() => h);

  it('on the article page: says the tab holds the whole article and shows every fact of the parsed copy', async () => {
    const page = await h.openPage(DEMO_ARTICLE_PATH);
    const popup = await h.openPopupViaAction(page);
    await expect.poll(() => popup.locator('.sgb-state').innerText(), { timeout: 10_000 }).toBe(whole);
    expect(await popup.locator('html').getAttribute('lang')).toBe(lang === 'zh' ? 'zh-CN' : 'en');
    expect(await popup.locator('h1').innerText()).toBe(article.title);
    await expectEveryFact(popup, lang);
    tops.push(await sectionTop(popup));

    if (lang === 'en') {
      // Amounts readable at the right scale: 2.7亿 is 270 million, not 2.7 billion.
      const amounts = await popup.locator('.sgb-amount').allInnerTexts();
      expect(amounts).toEqual(
        expect.arrayContaining([
          '$500 billion',
          '$270 million',
          'well below $10 billion',
          '2 trillion (currency not stated)',
          '$19 billion each',
        ]),
      );
    } else {
      const amounts = await popup.locator('.sgb-amount').allInnerTexts();
      expect(amounts).toEqual(expect.arrayContaining(['5000亿美元', '2.7亿美元', '远低于100亿美元', '2万亿(未注明币种)', '各190亿美元']));
    }
    await expect.poll(() => popup.getByRole('button', { name: overlay }).count()).toBe(1);
    expect(await popup.getByRole('switch').count()).toBe(1);

    // Fits the popup: 400px wide, at most 600px tall, nothing wider than the popup.
    const size = await popup.evaluate(() => ({
      width: document.body.getBoundingClientRect().width,
      overflow: document.body.scrollWidth - document.body.clientWidth,
      height: document.documentElement.scrollHeight,
      inner: document.querySelector('.popup')!.scrollHeight,
    }));
    expect(size.width).toBe(400);
    expect(size.overflow).toBeLessThanOrEqual(0);
    expect(size.height).toBeLessThanOrEqual(600);
    expect(size.inner).toBeGreaterThan(600); // the summary scrolls inside

    await shoot(popup, h.screenshotPath(`popup-${locale}-light`));
    await popup.emulateMedia({ colorScheme: 'dark' });
    await shoot(popup, h.screenshotPath(`popup-${locale}-dark`));
    // Further down the same popup: the figures and the timeline.
    for (const part of ['figures', 'timeline'] as const) {
      await popup
        .locator(`[data-${part === 'figures' ? 'figure' : 'entry'}]`)
        .first()
        .evaluate((el) => el.closest('section')!.scrollIntoView());
      await shoot(popup, h.screenshotPath(`popup-${locale}-dark-${part}`));
    }
    await popup.evaluate(() => document.querySelector('.popup')!.scrollTo(0, 0));
    expect(await axeViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'light' });
    expect(await axeViolations(popup)).toEqual([]);
  });

  it("timeline: the headline's claim is marked, reported events say who says so", async () => {
    const page = await h.openPage(DEMO_ARTICLE_PATH);
    const popup = await h.openPopupViaAction(page);
    await expect.poll(() => popup.locator('.sgb-state').innerText(), { timeout: 10_000 }).toBe(whole);
    await unfoldTimeline(popup);
    const claim = article.timeline.find((e) => e.kind === 'headline-claim')!;
    expect(await textOf(popup, `[data-entry="${claim.id}"] .sgb-date`)).toContain(lang === 'en' ? "headline's claim" : '标题说法');
    for (const e of article.timeline) {
      const speaker = popup.locator(`[data-entry="${e.id}"] .sgb-speaker`);
      if (!e.attribution) {
        expect(await speaker.count()).toBe(0);
        continue;
      }
      const name = e.attribution.actor ? article.actors.find((a) => a.id === e.attribution!.actor)!.name : e.attribution.name;
      expect(await speaker.innerText()).toBe(lang === 'en' ? `according to ${name.en}` : `据${name.zh}`);
    }
    // Screenshots of the timeline from the inauguration on (the claim, Haberman, Axios, foreign media).
    const first = article.timeline.find((e) => e.date.startsWith('2025-01'))!;
    await popup.locator(`[data-entry="${first.id}"]`).evaluate((el) => el.scrollIntoView());
    await shoot(popup, h.screenshotPath(`popup-${locale}-timeline`));
    const later = article.timeline.find((e) => e.text === '仅几小时')!;
    await popup.locator(`[data-entry="${later.id}"]`).evaluate((el) => el.scrollIntoView());
    await shoot(popup, h.screenshotPath(`popup-${locale}-timeline-2`));
  });

  it('who says what: lists the sources in order, and a claim leads to its sentence on the page', async () => {
    const page = await h.openPage(DEMO_ARTICLE_PATH);
    const popup = await h.openPopupViaAction(page);
    await expect.poll(() => popup.locator('.sgb-state').innerText(), { timeout: 10_000 }).toBe(whole);
    const section = popup.getByRole('region', { name: lang === 'en' ? 'Who says what' : '谁说了什么' });
    const sources = (await section.locator('.sgb-said-source').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(sources).toEqual(SOURCES[lang]);
    await section.evaluate((el) => el.scrollIntoView());
    await shoot(popup, h.screenshotPath(`popup-${locale}-claims`));

    // Musk's challenge: "the companies taking part have no money", said after 拆台 → questions.
    const musk = article.claims.find((c) => 'actor' in c.source && c.source.actor === 'musk' && c.stance === 'questions')!;
    const item = popup.locator(`[data-claim="${musk.id}"]`);
    expect(await item.locator('.sgb-stance').innerText()).toBe(lang === 'en' ? 'questions' : '质疑');
    await item.locator('button.sgb-fact').click();
    await page.waitForFunction(() => CSS.highlights.has('stargate-source'), undefined, { timeout: 5000 });
    const sentence = article.sentences.find((x) => x.id === musk.sentence)!;
    expect((await highlighted(page))?.replace(/\s+/g, '')).toBe(article.text.slice(sentence.start, sentence.end).replace(/\s+/g, ''));

    // The author's narration unfolds; the whole section is accessible in both schemes, and so is the
    // headline's claim, with what the body offers for it.
    await popup.locator('[data-source="author-narration"] > summary').click();
    await popup.locator('[data-source="author-view"]').evaluate((el) => el.scrollIntoView());
    await shoot(popup, h.screenshotPath(`popup-${locale}-claims-author`));
    const headline = article.claims.find((c) => c.headline && c.stance === 'claims')!;
    expect(await textOf(popup, `[data-claim="${headline.id}"] .sgb-said-note`)).toBe(headline.headline![lang]);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'dark' });
    await shoot(popup, h.screenshotPath(`popup-${locale}-claims-author-dark`));
    expect(await axeViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'light' });
  });

  it('choosing a fact the page does not hold: a brief note comes and goes, focus stays', async () => {
    // A partial reprint (Sohu template) that stops before the last paragraphs: the sentence of
    // the last figure ("过去10年发电量…") is not on it, so the overlay script answers false.
    const page = await h.openPage('/a/partial-reprint.html', 'www.sohu.com');
    const popup = await h.openPopupViaAction(page);
    await expect
      .poll(() => popup.locator('.sgb-state').innerText(), { timeout: 10_000 })
      .toMatch(lang === 'en' ? /part of the article/ : /部分内容/);
    const missing = article.figures.at(-1)!;
    const fact = popup.locator(`[data-figure="${missing.id}"] button.sgb-fact`);
    await fact.focus();
    await popup.keyboard.press('Enter');
    const note = popup
      .getByRole('status')
      .filter({ hasText: lang === 'en' ? 'That sentence was not found on this page.' : '在本页上没有找到这句话。' });
    await expect.poll(() => note.count(), { timeout: 5_000 }).toBe(1);
    // Non-blocking: focus stays on the fact, and the note goes by itself.
    expect(await popup.evaluate(() => document.activeElement?.closest('[data-figure]') !== null)).toBe(true);
    await expect.poll(() => popup.locator('.popup-message').innerText(), { timeout: 8_000 }).toBe('');
  });

  it('is operable from the keyboard: overlay button, switch, share controls, then the facts, with a visible focus ring', async () => {
    const page = await h.openPage(DEMO_ARTICLE_PATH);
    const popup = await h.openPopupViaAction(page);
    await expect.poll(() => popup.getByRole('button', { name: overlay }).count(), { timeout: 10_000 }).toBe(1);
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe(overlay);
    const ring = await popup.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(ring).toBe('solid');
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('switch');
    const before = await popup.getByRole('switch').isChecked();
    await popup.keyboard.press('Space');
    await expect.poll(() => popup.getByRole('switch').isChecked()).toBe(!before);
    await popup.keyboard.press('Space'); // put the setting back
    // Then the share controls (Copy as Markdown, Download JSON), then the first fact and its "copy link".
    for (const share of ['markdown', 'json']) {
      await popup.keyboard.press('Tab');
      expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-share'))).toBe(share);
    }
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.closest('[data-actor]')?.getAttribute('data-actor'))).toBe('trump');
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      lang === 'en' ? 'Copy link to this sentence' : '复制这句话的链接',
    );
  });

  it('on a page without the article: says so plainly and opens the bundled copy', async () => {
    const page = await h.openPage(OTHER_ARTICLE_PATH);
    const popup = await h.openPopupViaAction(page);
    await expect.poll(() => popup.locator('.sgb-state').innerText(), { timeout: 10_000 }).toBe(none);
    expect(await popup.locator('.sgb-notice').getByRole('button', { name: bundled }).count()).toBe(1);
    expect(await popup.getByRole('button', { name: overlay }).count()).toBe(0);
    await expectEveryFact(popup, lang);
    tops.push(await sectionTop(popup));
    expect(new Set(tops).size).toBe(1); // the controls' room is reserved: no jump either way
    await shoot(popup, h.screenshotPath(`popup-${locale}-not-here`));
    await popup.emulateMedia({ colorScheme: 'dark' });
    await shoot(popup, h.screenshotPath(`popup-${locale}-not-here-dark`));
    await popup.emulateMedia({ colorScheme: 'light' });
    expect(await axeViolations(popup)).toEqual([]);

    const opened = h.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/reader.html'), timeout: 10_000 });
    await popup.getByRole('button', { name: bundled }).click();
    const reader = await opened;
    expect(reader.url()).toBe(`chrome-extension://${h.extensionId}/reader.html`);
    await reader.waitForLoadState('load');
    expect(await reader.locator('h1').innerText()).toBe(article.title);
  });

  it('at 200% zoom fits the largest popup Chrome allows (800px) and only wraps', async () => {
    const page = await h.openPage(DEMO_ARTICLE_PATH);
    const popup = await h.openPopupPage(await h.tabIdOf(page));
    await popup.setViewportSize({ width: 800, height: 600 });
    await popup.evaluate(() => {
      document.documentElement.style.zoom = '2';
    });
    await expect.poll(() => popup.locator('[data-figure]').count()).toBe(article.figures.length);
    const overflow = await popup.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await popup.screenshot({ path: h.screenshotPath(`popup-${locale}-zoom200`) });
    await popup.close();
  });
});
