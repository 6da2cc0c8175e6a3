/// <reference types="chrome" />
/**
 * The article on markup we did not write (scripts/reprints.ts: real pages of Readability's corpus
 * with the article put in, plus a BBS repost), in Chromium with the real build: the badge; every
 * noise item not rendered by default and rendered after the switch; 举报 / 关注 and every body
 * paragraph always rendered; every fact's sentence highlighted on the page. And the Chinese pages
 * of Readability's corpus stay `none`. Screenshots: .output/screenshots/real-<page>-{hidden,shown}.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ParsedArticle } from '../../utils/article/schema';
import { launch, REPO_ROOT } from '../../rig/harness';
import type { Harness } from '../../rig/harness';
import { REPRINTS } from '../../scripts/reprints';
import fingerprint from '../../assets/fingerprint.json';
import { foldTable, normalise } from '../../utils/detect/normalise';

const article = JSON.parse(readFileSync(join(REPO_ROOT, 'assets/article.parsed.json'), 'utf8')) as ParsedArticle;
const text = (b: { start: number; end: number }) => article.text.slice(b.start, b.end);
const fold = foldTable(fingerprint.fold);
/** Normalised as the detector does (Traditional folded to the article's Simplified). */
const n = (s: string) => normalise(s, fold);
const captions = article.blocks.filter((b) => b.kind === 'caption').map(text);
const paragraphs = article.blocks.filter((b) => b.kind === 'paragraph').map(text);
const BIO = '简介环球大侦探深挖国际小秘密';

/** Scrolls the paragraph before the second caption (ends with “…40%的股权…投入450亿美元。”) to the top, for screenshots. */
const scrollToCaption = (page: Page) =>
  page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      if (/450[億亿]美元/.test(t.nodeValue ?? '')) return t.parentElement?.scrollIntoView({ block: 'start' });
    }
  });

/** What a reader sees: the body's rendered text (innerText leaves out what is not rendered). */
const rendered = (page: Page) => page.evaluate(() => document.body.innerText);

describe('real host templates', () => {
  let h: Harness;
  const ours: string[] = [];
  beforeAll(async () => {
    h = await launch({ mounts: { '/dy/article/corpus/': join(REPO_ROOT, 'tests/pages/readability') } });
    h.context.on('request', (r) => {
      if (r.serviceWorker()) ours.push(r.url());
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  describe.each(Object.entries(REPRINTS))('%s', (name, r) => {
    it('badge right; noise not rendered by default and rendered after the switch; controls and body always; every fact highlighted', async () => {
      const page = await h.openPage(r.path, r.host);
      const tab = await h.tabIdOf(page);
      if (r.full) await h.waitForBadge(tab, '✓');
      else await expect.poll(() => h.badgeText(tab), { timeout: 10_000 }).toMatch(/^\d+%$/);
      const onPage = n(await page.evaluate(() => document.body.textContent ?? ''));
      const myCaptions = captions.filter((c) => onPage.includes(n(c)));
      const myParagraphs = paragraphs.filter((p) => onPage.includes(n(p)));
      expect(myCaptions.length).toBeGreaterThan(r.full ? 4 : 1);
      expect(myParagraphs.length).toBe(r.full ? paragraphs.length : 8);

      // Hidden by default: no caption, counter or author card is rendered; every marked element fails checkVisibility.
      const hiddenState = async () => {
        const seen = n(await rendered(page));
        return {
          captions: myCaptions.filter((c) => seen.includes(n(c))).length,
          counter: /\d阅读\d/.test(seen),
          bio: seen.includes(BIO),
        };
      };
      await expect.poll(hiddenState, { timeout: 10_000 }).toEqual({ captions: 0, counter: false, bio: false });
      expect(
        await page.evaluate(() => [...document.querySelectorAll('[data-stargate-noise]')].filter((el) => el.checkVisibility()).length),
      ).toBe(0);
      const hidden = n(await rendered(page));
      for (const p of myParagraphs) expect(hidden, `${name}: a body paragraph is not rendered`).toContain(n(p));
      expect(hidden).not.toContain('图片来源视觉中国');
      await scrollToCaption(page);
      await page.screenshot({ path: h.screenshotPath(`real-${name}-hidden`) });

      // Shown: everything is rendered again, our wrappers are gone, the text is as the page wrote it.
      const textBefore = await page.evaluate(() => document.body.textContent);
      await h.worker.evaluate(() => chrome.storage.local.set({ hideNoise: false }));
      await expect.poll(hiddenState, { timeout: 10_000 }).toEqual({ captions: myCaptions.length, counter: true, bio: r.full });
      expect(await page.evaluate(() => document.querySelectorAll('sgb-noise').length)).toBe(0);
      const shown = n(await rendered(page));
      for (const control of ['举报', '关注', '纠错', '分享', '回复']) {
        expect(hidden.split(control).length, `${name}: ${control} hidden`).toBe(shown.split(control).length);
      }
      expect(await page.evaluate(() => document.body.textContent)).toBe(textBefore);
      await scrollToCaption(page);
      await page.screenshot({ path: h.screenshotPath(`real-${name}-shown`) });
      await h.worker.evaluate(() => chrome.storage.local.set({ hideNoise: true }));
      await expect.poll(hiddenState, { timeout: 10_000 }).toEqual({ captions: 0, counter: false, bio: false });

      // Every fact's sentence (figures and timeline) whose paragraph is on the page is highlighted there.
      const ext = await h.extensionPage(`popup.html?tabId=${tab}`);
      const sentenceIds = new Set([...article.figures.map((f) => f.sentence), ...article.timeline.map((t) => t.sentence)]);
      const sentences = article.sentences.filter(
        (s) => sentenceIds.has(s.id) && s.blocks.every((b) => onPage.includes(n(text(article.blocks[b]!)))),
      );
      expect(sentences.length).toBeGreaterThan(r.full ? 15 : 8);
      const missed: string[] = [];
      for (const s of sentences) {
        const shown = await ext.evaluate(
          (ref) =>
            chrome.runtime.sendMessage<unknown, { res?: boolean } | undefined>({
              id: Math.floor(Math.random() * 1e6),
              type: 'revealSource',
              data: ref,
              timestamp: Date.now(),
            }),
          { tabId: tab, ref: { start: s.start, end: s.end } },
        );
        const lit = await page.evaluate(() => [...(CSS.highlights.get('stargate-source') ?? [])].map((range) => range.toString()).join(''));
        if (shown?.res !== true || n(lit) !== n(article.text.slice(s.start, s.end))) missed.push(s.id);
      }
      expect(missed, `${name}: sentences not highlighted`).toEqual([]);
      await ext.close();
      await page.close();
      expect(h.consoleErrors.filter((e) => e.includes('chrome-extension://'))).toEqual([]);
      expect(ours).toEqual([]);
    }, 120_000);
  });

  it.each(['qq', 'gmw', 'youth', 'pixnet'])('Readability page %s (a real news page on another subject) stays none', async (name) => {
    const page = await h.openPage(`/dy/article/corpus/${name}.html`);
    const tab = await h.tabIdOf(page);
    const verdict = () =>
      h.worker.evaluate(async (id) => {
        const { tabStates } = (await chrome.storage.session.get('tabStates')) as {
          tabStates?: Record<string, { verdict: { kind: string } | null }>;
        };
        return tabStates?.[id]?.verdict?.kind ?? null;
      }, tab);
    await expect.poll(verdict, { timeout: 10_000 }).toBe('none');
    expect(await h.badgeText(tab)).toBe('');
    expect(await page.evaluate(() => document.querySelectorAll('[data-stargate-noise], sgb-noise').length)).toBe(0);
    await page.close();
  });
});
