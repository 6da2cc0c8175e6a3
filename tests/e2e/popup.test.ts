/**
 * The real action popup (chrome.action.openPopup, not popup.html in a tab) in both languages:
 * its first screen tells the story (verdict, key points with their amounts, the people), every
 * fact of the parsed copy follows below, every control says what it does, it works from the
 * keyboard, passes axe in both themes, and sends readers without the article to the bundled copy.
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
/** The popup's first screen: the most a popup shows before it scrolls. */
const FIRST_SCREEN = 600;

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

/** The sections below the first screen load after it: wait for them before counting facts. */
async function detailsLoaded(popup: Page) {
  await expect.poll(() => popup.locator('[data-entry]').count(), { timeout: 10_000 }).toBe(article.timeline.length);
}

async function expectEveryFact(popup: Page, lang: 'zh' | 'en') {
  await detailsLoaded(popup);
  await unfoldTimeline(popup);
  expect(await popup.locator('[data-actor]').count()).toBe(article.actors.length);
  expect(await popup.locator('[data-figure]').count()).toBe(article.figures.length);
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

/** What the first 600 px of the popup (scrolled to the top) hold: the verdict, the amounts, the people named. */
function firstScreen(popup: Page) {
  return popup.evaluate((limit) => {
    const inView = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.height > 0 && r.top >= 0 && r.bottom <= limit;
    };
    const people = new Set<string>();
    for (const el of document.querySelectorAll('[data-keypoint] [data-person]'))
      if (inView(el)) people.add(el.getAttribute('data-person')!);
    for (const el of document.querySelectorAll('.sgb-actor-name')) {
      const row = el.closest<HTMLElement>('[data-actor]')!;
      if (inView(el) && row.dataset.kind === 'person') people.add(row.dataset.actor!);
    }
    const state = document.querySelector('.sgb-state')!;
    return {
      verdict: inView(state) ? state.getAttribute('data-state') : null,
      tone: state.getAttribute('data-tone'),
      amounts: [...document.querySelectorAll('.sgb-amount')].filter(inView).map((el) => el.textContent),
      people: [...people],
      keyPoints: [...document.querySelectorAll('[data-keypoint]')].filter(inView).map((el) => el.getAttribute('data-keypoint')),
    };
  }, FIRST_SCREEN);
}

describe.each([
  {
    locale: 'en' as const,
    lang: 'en' as const,
    whole: 'The whole article — no facts changed',
    none: 'The article is not on this page',
    bundled: 'Open the bundled copy',
    overlay: 'Show the full brief on the page',
    share: 'Share',
    cue: 'Show in article',
    copyLink: 'Copy link',
    noise: 'Hide file-photo captions (资料图)',
  },
  {
    locale: 'zh-CN' as const,
    lang: 'zh' as const,
    whole: '全文 — 事实没有改动',
    none: '本页没有这篇文章',
    bundled: '打开内置副本',
    overlay: '在页面上显示完整简报',
    share: '分享',
    cue: '定位原文',
    copyLink: '复制链接',
    noise: '隐藏“资料图”图片说明',
  },
])('the popup in $locale', ({ locale, lang, whole, none, bundled, overlay, share, cue, copyLink, noise }) => {
  let h: Harness;
  const tops: number[] = [];
  beforeAll(async () => {
    h = await launch({ locale });
  });
  afterAll(async () => {
    await h?.close();
  });
  eachTestLeavesNoErrors(() => h);

  it('on the article page: the first screen holds the verdict, the key points, at least three amounts and three people', async () => {
    const page = await h.openPage(DEMO_ARTICLE_PATH);
    const popup = await h.openPopupViaAction(page);
    await expect.poll(() => popup.locator('.sgb-state').innerText(), { timeout: 10_000 }).toBe(whole);
    expect(await popup.locator('html').getAttribute('lang')).toBe(lang === 'zh' ? 'zh-CN' : 'en');
    expect(await popup.locator('h1').innerText()).toBe(article.title);
    await detailsLoaded(popup); // measured with everything below in place: nothing above it moves
    const seen = await firstScreen(popup);
    expect(seen.verdict).toBe('match');
    expect(seen.tone).toBe('ok'); // green: the whole article, no fact changed
    expect(seen.amounts.length).toBeGreaterThanOrEqual(3);
    expect(seen.people.length).toBeGreaterThanOrEqual(3);
    expect(seen.keyPoints.sort()).toEqual(article.keyPoints.map((k) => k.id).sort());
    // For this article: the $500 billion, Musk's challenge and its amount, Altman's rebuttal.
    expect(seen.amounts).toEqual(
      expect.arrayContaining(lang === 'en' ? ['$500 billion', 'well below $10 billion'] : ['5000亿美元', '远低于100亿美元']),
    );
    expect(seen.people).toEqual(expect.arrayContaining(['musk', 'altman']));
    expect(seen.keyPoints).toEqual(expect.arrayContaining(['f0', 'f3', 't15', 't16']));
    // "Changes in this copy" takes no room on the original page: the status line says it.
    expect(await popup.locator('.sgb-changes').count()).toBe(0);
    tops.push(await popup.evaluate(() => document.querySelector('.sgb-keypoints')!.getBoundingClientRect().top));
    await shoot(popup, h.screenshotPath(`popup-${locale}-light`));
    await popup.emulateMedia({ colorScheme: 'dark' });
    await shoot(popup, h.screenshotPath(`popup-${locale}-dark`));
    expect(await axeViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'light' });
    expect(await axeViolations(popup)).toEqual([]);
  });

  it('shows every fact of the parsed copy below the first screen, and fits the popup', async () => {
    const page = await h.openPage(DEMO_ARTICLE_PATH);
    const popup = await h.openPopupViaAction(page);
    await expectEveryFact(popup, lang);
    const amounts = await popup.locator('[data-figure] .sgb-amount').allInnerTexts();
    expect(amounts).toEqual(
      expect.arrayContaining(
        lang === 'en'
          ? ['$500 billion', '$270 million', 'well below $10 billion', '2 trillion (currency not stated)', '$19 billion each']
          : ['5000亿美元', '2.7亿美元', '远低于100亿美元', '2万亿(未注明币种)', '各190亿美元'],
      ),
    );
    // Fits the popup: 400px wide, at most 600px tall, nothing wider than the popup; the right
    // margin (the scrollbar's gutter in it) equals the left.
    const size = await popup.evaluate(() => {
      const summary = document.querySelector('.sgb-summary')!.getBoundingClientRect();
      const main = document.querySelector<HTMLElement>('.popup')!;
      return {
        width: document.body.getBoundingClientRect().width,
        overflow: document.body.scrollWidth - document.body.clientWidth,
        height: document.documentElement.scrollHeight,
        inner: main.scrollHeight,
        left: summary.left,
        right: main.getBoundingClientRect().right - summary.right,
      };
    });
    expect(size.width).toBe(400);
    expect(size.overflow).toBeLessThanOrEqual(0);
    expect(size.height).toBeLessThanOrEqual(600);
    expect(size.inner).toBeGreaterThan(600); // the summary scrolls inside
    expect(Math.abs(size.right - size.left)).toBeLessThanOrEqual(1);
    await popup.emulateMedia({ colorScheme: 'dark' });
    for (const part of ['figures', 'timeline'] as const) {
      await popup
        .locator(`[data-${part === 'figures' ? 'figure' : 'entry'}]`)
        .first()
        .evaluate((el) => el.closest('section')!.scrollIntoView());
      await shoot(popup, h.screenshotPath(`popup-${locale}-dark-${part}`));
    }
    await popup.emulateMedia({ colorScheme: 'light' });
  });

  it('a key point leads to its sentence on the page', async () => {
    const page = await h.openPage(DEMO_ARTICLE_PATH);
    const popup = await h.openPopupViaAction(page);
    const point = article.keyPoints.find((k) => k.id === 'f3')!;
    await popup.locator(`[data-keypoint="${point.id}"] button.sgb-fact`).click();
    const sentence = article.sentences.find((s) => s.id === point.sentence)!;
    await expect.poll(() => highlighted(page), { timeout: 10_000 }).toBe(article.text.slice(sentence.start, sentence.end));
  });

  it('names every control for what it does: the full brief, file-photo captions, one Share, "Show in article" and "Copy link" on every fact', async () => {
    const page = await h.openPage(DEMO_ARTICLE_PATH);
    const popup = await h.openPopupViaAction(page);
    await expect.poll(() => popup.getByRole('button', { name: overlay }).count(), { timeout: 10_000 }).toBe(1);
    expect(await popup.getByRole('switch', { name: noise }).count()).toBe(1);
    // Sharing behind one control: its two actions appear when it opens.
    const toggle = popup.getByRole('button', { name: share, exact: true });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await popup.locator('[data-share]:visible').count()).toBe(0);
    await toggle.click();
    expect(await popup.locator('[data-share]:visible').count()).toBe(2);
    await popup.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    // The cue and "Copy link" show on hover, and on focus, on every fact (key points, people, lists below).
    await detailsLoaded(popup);
    const cueShown = (fact: string) =>
      popup.locator(fact).evaluate((el) => {
        const row = el.closest('.sgb-fact-row')!;
        const style = (sel: string) => getComputedStyle(row.querySelector(sel)!);
        return {
          cue: style('.sgb-cue').visibility === 'visible' && style('.sgb-fact-actions').opacity === '1',
          cueText: row.querySelector('.sgb-cue')!.textContent,
          link: row.querySelector('.sgb-copy-link')!.textContent,
        };
      });
    for (const fact of ['[data-keypoint="f0"] button.sgb-fact', '[data-actor="musk"] .sgb-part', '[data-entry] button.sgb-fact >> nth=0']) {
      expect((await cueShown(fact)).cue).toBe(false);
      await popup.locator(fact).hover();
      expect(await cueShown(fact)).toEqual({ cue: true, cueText: cue, link: copyLink });
      await popup.mouse.move(0, 0);
      await popup.keyboard.press('Shift'); // from here on the reader uses the keyboard: focus shows
      await popup.locator(fact).focus();
      expect((await cueShown(fact)).cue).toBe(true);
    }
    const facts = await popup.locator('button.sgb-fact').count();
    expect(await popup.locator('.sgb-fact-row .sgb-cue').count()).toBe(facts);
    expect(await popup.locator('.sgb-fact-row .sgb-copy-link').count()).toBe(facts);
  });

  it('is operable from the keyboard: overlay button, Share, switch, then the key points, with a visible focus ring', async () => {
    const page = await h.openPage(DEMO_ARTICLE_PATH);
    const popup = await h.openPopupViaAction(page);
    await expect.poll(() => popup.getByRole('button', { name: overlay }).count(), { timeout: 10_000 }).toBe(1);
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe(overlay);
    expect(await popup.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('false'); // Share
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('switch');
    const before = await popup.getByRole('switch').isChecked();
    await popup.keyboard.press('Space');
    await expect.poll(() => popup.getByRole('switch').isChecked()).toBe(!before);
    await popup.keyboard.press('Space'); // put the setting back
    // Then the key points in the article's order, each followed by its "Copy link".
    const first = [...article.keyPoints].sort((a, b) => Number(a.sentence.slice(1)) - Number(b.sentence.slice(1)))[0]!;
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.closest('[data-keypoint]')?.getAttribute('data-keypoint'))).toBe(first.id);
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.classList.contains('sgb-copy-link'))).toBe(true);
  });

  it("timeline: the headline's claim is marked, reported events say who says so", async () => {
    const page = await h.openPage(DEMO_ARTICLE_PATH);
    const popup = await h.openPopupViaAction(page);
    await expect.poll(() => popup.locator('.sgb-state').innerText(), { timeout: 10_000 }).toBe(whole);
    await detailsLoaded(popup);
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
      .toMatch(lang === 'en' ? /Part of the article/ : /部分内容/);
    expect(await popup.locator('.sgb-state').getAttribute('data-tone')).not.toBe('ok');
    await detailsLoaded(popup);
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

  it('on a page without the article: says so plainly and opens the bundled copy', async () => {
    const page = await h.openPage(OTHER_ARTICLE_PATH);
    const popup = await h.openPopupViaAction(page);
    await expect.poll(() => popup.locator('.sgb-state').innerText(), { timeout: 10_000 }).toBe(none);
    expect(await popup.getByRole('button', { name: bundled }).count()).toBe(1);
    expect(await popup.locator('.sgb-notice').count()).toBe(1);
    expect(await popup.getByRole('button', { name: overlay }).count()).toBe(0);
    await expectEveryFact(popup, lang);
    tops.push(await popup.evaluate(() => document.querySelector('.sgb-keypoints')!.getBoundingClientRect().top));
    expect(new Set(tops).size).toBe(1); // the controls' room is reserved: no jump either way
    await popup.evaluate(() => document.querySelector('.popup')!.scrollTo(0, 0));
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

  it('first paints the verdict the background holds: no "Checking" state when the answer is known', async () => {
    const page = await h.openPage(DEMO_ARTICLE_PATH);
    const tabId = await h.tabIdOf(page);
    await h.waitForBadge(tabId, '✓');
    // The popup page in a tab, with a recorder installed before any of its scripts run: every
    // state the status line ever shows, from the first render on.
    const popup = await h.context.newPage();
    await popup.addInitScript(() => {
      const seen: string[] = [];
      (globalThis as typeof globalThis & { __states?: string[] }).__states = seen;
      const note = () => {
        const state = document.querySelector('.sgb-state')?.getAttribute('data-state');
        if (state && seen.at(-1) !== state) seen.push(state);
      };
      new MutationObserver(note).observe(document, { subtree: true, childList: true, attributes: true });
    });
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
    await popup.locator('[data-keypoint]').first().waitFor();
    expect(await popup.evaluate(() => (globalThis as typeof globalThis & { __states?: string[] }).__states)).toEqual(['match']);
    await popup.close();
  });

  it('at 200% zoom fits the largest popup Chrome allows (800px) and only wraps', async () => {
    const page = await h.openPage(DEMO_ARTICLE_PATH);
    const popup = await h.openPopupPage(await h.tabIdOf(page));
    await popup.setViewportSize({ width: 800, height: 600 });
    await popup.evaluate(() => {
      document.documentElement.style.zoom = '2';
    });
    await detailsLoaded(popup);
    const overflow = await popup.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await popup.screenshot({ path: h.screenshotPath(`popup-${locale}-zoom200`) });
    await popup.close();
  });
});

/** What both Traditional variants show: the strings, the copy's own wording, the article's words as written. */
async function expectTraditional(popup: Page, { tag, noise }: { tag: string; noise: string }) {
  await expect.poll(() => popup.locator('.sgb-state').innerText(), { timeout: 10_000 }).toBe('全文 — 事實沒有改動');
  expect(await popup.locator('html').getAttribute('lang')).toBe(tag);
  expect(await popup.title()).toBe('星際之門簡報');
  expect(await popup.getByRole('switch', { name: noise }).count()).toBe(1);
  expect(await popup.locator('[data-keypoint="f0"]').innerText()).toContain('三家企業將投向美國AI基礎設施的資金');
  expect(await popup.locator('[data-keypoint="f0"] .sgb-amount').innerText()).toBe('5000億美元');
  // The title is the article's: Simplified, marked as such.
  expect(await popup.locator('h1').innerText()).toBe(article.title);
  expect(await popup.locator('h1 [lang="zh-CN"]').count()).toBe(1);
  await detailsLoaded(popup);
  expect(await popup.locator('[data-actor="musk"] .sgb-name').innerText()).toBe('馬斯克');
  expect(await axeViolations(popup)).toEqual([]);
}

describe('the popup in Traditional Chinese', () => {
  let h: Harness;
  afterAll(async () => {
    await h?.close();
  });
  eachTestLeavesNoErrors(() => h);

  it('a zh-TW browser: Taiwan’s Traditional everywhere, the toolbar title too', async () => {
    h = await launch({ locale: 'zh-TW' });
    const page = await h.openPage(DEMO_ARTICLE_PATH);
    const tabId = await h.tabIdOf(page);
    await h.waitForBadge(tabId, '✓');
    expect(await h.actionTitle(tabId)).toBe('星際之門簡報:全文 — 事實沒有改動(點選檢視摘要)');
    const popup = await h.openPopupViaAction(page);
    await expectTraditional(popup, { tag: 'zh-TW', noise: '隱藏「資料圖」圖片說明' });
    expect(await popup.getByRole('button', { name: '在頁面上顯示完整簡報' }).count()).toBe(1);
    await shoot(popup, h.screenshotPath('popup-zh-TW'));
    await h.close();
  });

  it('zh-HK: Hong Kong’s Traditional (説, 鏈接); the toolbar title in the browser’s UI language', async () => {
    // Chromium on Linux has no Hong Kong UI (it falls back to Taiwan's): the toolbar title, one
    // status line with the popup's, follows that UI language, and the popup page takes ?lang=zh-HK
    // as a zh-HK browser gives it.
    h = await launch({ locale: 'zh-HK' });
    const page = await h.openPage(DEMO_ARTICLE_PATH);
    const tabId = await h.tabIdOf(page);
    await h.waitForBadge(tabId, '✓');
    expect(await h.actionTitle(tabId)).toBe('星際之門簡報:全文 — 事實沒有改動(點選檢視摘要)');
    const popup = await h.extensionPage(`popup.html?tabId=${tabId}&lang=zh-HK`);
    await expectTraditional(popup, { tag: 'zh-HK', noise: '隱藏「資料圖」圖片説明' });
    expect(await popup.locator('.sgb-copy-link').first().innerText()).toBe('複製鏈接');
    await popup.close();
    await h.close();
  });
});
