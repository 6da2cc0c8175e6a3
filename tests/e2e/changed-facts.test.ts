/// <reference types="chrome" />
/**
 * Did this copy change a fact? On the real build in Chromium, in English and Chinese:
 *  - the edited copies made by scripts/pages.ts — faithful ones (words beside facts, fuller names,
 *    numbers and dates rewritten, idioms, Traditional) keep `✓` and say "The whole article — no facts changed" in the status line; altered
 *    ones (a name, an amount twice, a hedge, a date and a relative time, Traditional) get `!` and
 *    list exactly their planted changes, the verdict line and the icon's title counting them;
 *  - reprints that change a figure, a name, a date, two figures of a Traditional copy, a figure of
 *    a partial copy, and the article twice with one copy altered; faithful ones likewise;
 *  - a page that changes its text after a full match is compared again; late content and in-page
 *    navigation recompute. Pages: tests/pages/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch } from '@/rig/harness';
import type { Harness } from '@/rig/harness';
import { VARIATIONS, pagePath } from '@/scripts/pages';
import { eachTestLeavesNoErrors } from './clean';
import { OVERLAY_HOST } from './axe';

const SOHU = 'www.sohu.com';
const HOST_TAG = OVERLAY_HOST;

interface Expected {
  name: string;
  path: string;
  host?: string;
  /** [original, page words, places] per changed fact, in the order the popup lists them. */
  changes: (readonly [string, string, number])[];
}

const generated = (family: 'faithful' | 'altered'): Expected[] =>
  VARIATIONS.filter((v) => v.family === family).map((v) => ({ name: v.name, path: pagePath(v), changes: [...(v.changes ?? [])] }));

const ALTERED: Expected[] = [
  { name: 'a changed figure', path: '/dy/article/changed-figure.html', changes: [['5000亿美元', '500亿美元', 1]] },
  { name: 'a changed name', path: '/dy/article/changed-name.html', changes: [['孙正义', '马云', 1]] },
  { name: 'a changed date', path: '/dy/article/changed-date.html', changes: [['21日', '23日', 1]] },
  {
    name: 'a Traditional copy with two changed figures',
    path: '/dy/article/traditional-two-changed-figures.html',
    changes: [
      ['100亿美元', '10億美元', 1],
      ['450亿美元', '4500億美元', 1],
    ],
  },
  {
    name: 'a partial copy with a changed figure',
    path: '/a/partial-changed-figure.html',
    host: SOHU,
    changes: [['190亿美元', '290亿美元', 1]],
  },
  {
    name: 'the article twice, one copy altered',
    path: '/dy/article/article-twice-one-altered.html',
    changes: [['5000亿美元', '500亿美元', 1]],
  },
  ...generated('altered'),
];

const FAITHFUL: { name: string; path: string; restore?: true }[] = [
  { name: 'the full reprint', path: '/dy/article/full-reprint.html' },
  { name: 'a Traditional reprint', path: '/dy/article/traditional-reprint.html' },
  { name: 'equal-value number formats and reworded phrases', path: '/dy/article/faithful-equal-values-reworded.html' },
  ...generated('faithful'),
  { name: 'the hostile page (20k nodes, poisoned prototypes, endless mutations)', path: '/dy/article/hostile-page.html', restore: true },
];

/** The changes section's items as [original, page words, places]. */
function listedChanges(root: Page, scope = ''): Promise<[string, string, number][]> {
  return root.locator(`${scope} .sgb-changes .sgb-change`).evaluateAll((items) =>
    items.map((li) => {
      const count = /\d+/.exec(li.querySelector('.sgb-change-count')?.textContent ?? '1')?.[0] ?? '1';
      return [
        li.querySelector('.sgb-change-original')?.textContent ?? '',
        li.querySelector('.sgb-change-page')?.textContent ?? '',
        Number(count),
      ] as [string, string, number];
    }),
  );
}

function highlighted(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const ranges = [...(CSS.highlights.get('stargate-source') ?? [])];
    return ranges.length ? ranges.map((r) => r.toString()).join('') : null;
  });
}

/** Replaces words in the page's text nodes, as a single-page site or a live correction would. */
function rewrite(page: Page, from: string, to: string): Promise<void> {
  return page.evaluate(
    ([a, b]) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.nodeValue?.includes(a!)) n.nodeValue = n.nodeValue.replace(a!, b!);
    },
    [from, to],
  );
}

async function shoot(popup: Page, path: string) {
  const height = await popup.evaluate(() => Math.min(innerHeight, document.documentElement.scrollHeight));
  await popup.screenshot({ path, clip: { x: 0, y: 0, width: 400, height } });
}

const facts = (n: number) => `${n} ${n === 1 ? 'fact' : 'facts'}`;

describe('faithfulness e2e (en)', () => {
  let h: Harness;
  eachTestLeavesNoErrors(() => h);
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  async function open(path: string, host?: string) {
    const page = await h.openPage(path, host);
    return { page, tab: await h.tabIdOf(page) };
  }

  it.each(ALTERED)('$name → badge !, the title and verdict line count it, the popup lists it', async ({ path, host, changes }) => {
    const { page, tab } = await open(path, host);
    await h.waitForBadge(tab, '!');
    const n = changes.length;
    const line = host
      ? new RegExp(`^Part of the article \\(about \\d+%\\) — ${facts(n)} changed$`)
      : `The whole article — ${facts(n)} changed`;
    const title = await h.actionTitle(tab);
    expect(title).toMatch(/^Stargate Brief: .* \(click to see which\)$/);
    if (typeof line === 'string') expect(title).toBe(`Stargate Brief: ${line} (click to see which)`);
    expect(await h.worker.evaluate((id) => chrome.action.getBadgeBackgroundColor({ tabId: id }), tab)).toEqual([0xb3, 0x26, 0x1e, 255]);
    const popup = await h.openPopupPage(tab);
    await popup.getByRole('heading', { name: 'Changes in this copy' }).waitFor();
    expect(await listedChanges(popup)).toEqual(changes);
    expect(await popup.locator('.sgb-changes-status').innerText()).toBe(`This copy changes ${facts(n)} of the article`);
    // The status line says it too, and is not green.
    const verdict = await popup.locator('.sgb-state').innerText();
    if (typeof line === 'string') expect(verdict).toBe(line);
    else expect(verdict).toMatch(line);
    expect(await popup.locator('.sgb-state').getAttribute('data-tone')).toBe('changed');
    await popup.close();
    await page.close();
  });

  it.each(FAITHFUL)('$name → badge ✓, "The whole article — no facts changed" in the status line', async ({ path, restore }) => {
    const { page, tab } = await open(path);
    // The hostile page holds its article back until told (and mutates endlessly: the re-check limiter's window may pass).
    if (restore) await page.evaluate(() => (window as unknown as { restoreArticle(): void }).restoreArticle());
    await h.waitForBadge(tab, '✓', restore ? 40_000 : undefined);
    expect(await h.actionTitle(tab)).toBe('Stargate Brief: The whole article — no facts changed (click for the summary)');
    const popup = await h.openPopupPage(tab);
    // One status line says it (green: whole and unchanged); "Changes in this copy" takes no room.
    await expect.poll(() => popup.locator('.sgb-state').innerText(), { timeout: 10_000 }).toBe('The whole article — no facts changed');
    expect(await popup.locator('.sgb-state').getAttribute('data-tone')).toBe('ok');
    expect(await popup.locator('.sgb-changes').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('the popup on a reworded faithful copy (screenshot)', async () => {
    const { page, tab } = await open('/dy/article/reworded-beside-facts.html');
    await h.waitForBadge(tab, '✓');
    const popup = await h.openPopupViaAction(page);
    // Faithful: the status line says so, and no "Changes in this copy" section takes room.
    await expect.poll(() => popup.locator('.sgb-state').innerText(), { timeout: 10_000 }).toBe('The whole article — no facts changed');
    expect(await popup.locator('.sgb-changes').count()).toBe(0);
    await shoot(popup, h.screenshotPath('faithfulness-reworded-en'));
    await popup.close().catch(() => undefined);
    await page.close();
  });

  it('the popup on an altered copy, one change among rewordings: the change shows its sentence on the page (screenshot)', async () => {
    const { page, tab } = await open('/dy/article/altered-name.html');
    await h.waitForBadge(tab, '!');
    const popup = await h.openPopupViaAction(page);
    await popup.getByRole('heading', { name: 'Changes in this copy' }).waitFor({ timeout: 10_000 });
    await shoot(popup, h.screenshotPath('faithfulness-altered-en'));
    await popup.locator('.sgb-change').first().getByRole('button', { name: 'Show on page' }).click();
    await expect.poll(() => highlighted(page)).toContain('马云');
    await popup.close().catch(() => undefined);
    await page.close();
  });

  it('the overlay on an altered copy lists the change and highlights its sentence (screenshot)', async () => {
    const { page, tab } = await open('/dy/article/changed-figure.html');
    await h.waitForBadge(tab, '!');
    const popup = await h.openPopupPage(tab);
    await popup.evaluate(
      (tabId) => chrome.runtime.sendMessage({ id: 1, type: 'openOverlay', data: { tabId, open: true }, timestamp: Date.now() }),
      tab,
    );
    await popup.close();
    const section = page.locator(`${HOST_TAG} .sgb-changes`);
    await section.waitFor({ state: 'visible' });
    expect(await listedChanges(page, HOST_TAG)).toEqual([['5000亿美元', '500亿美元', 1]]);
    expect(await page.locator(`${HOST_TAG} .sgb-state`).innerText()).toBe('The whole article — 1 fact changed');
    await section.getByRole('button', { name: 'Show on page' }).click();
    await expect.poll(() => highlighted(page)).toContain('500亿美元');
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: h.screenshotPath('faithfulness-overlay-en') });
    await page.close();
  });

  it('a page that changes its text after a full match is compared again: a reworded paragraph stays ✓, a changed figure gets !', async () => {
    const { page, tab } = await open('/dy/article/full-reprint.html');
    await h.waitForBadge(tab, '✓');
    const first = (await h.reports(tab)).length;
    // A single-page site swaps in another version of a paragraph: words beside its facts reworded.
    await rewrite(page, '此前,特朗普21日表示', '特朗普其实21日称');
    await h.waitForReports(tab, first + 1);
    // A live correction of another paragraph changes a figure: compared again, and only that is listed.
    await rewrite(page, '注资190亿美元', '注资290亿美元');
    await h.waitForBadge(tab, '!');
    const popup = await h.openPopupPage(tab);
    await popup.getByRole('heading', { name: 'Changes in this copy' }).waitFor();
    expect(await listedChanges(popup)).toEqual([['190亿美元', '290亿美元', 1]]);
    await popup.close();
    // Put right again: ✓.
    await rewrite(page, '注资290亿美元', '注资190亿美元');
    await h.waitForBadge(tab, '✓');
    await page.close();
  });

  it('late content: the partial copy mends its figure → the badge goes from ! to the share', async () => {
    const { page, tab } = await open('/a/partial-changed-figure.html', SOHU);
    await h.waitForBadge(tab, '!');
    // The page changes when the test says so: the altered figure is put right.
    await rewrite(page, '290亿美元', '190亿美元');
    await expect.poll(() => h.badgeText(tab), { timeout: 10_000 }).toMatch(/^\d+%$/);
    await page.close();
  });

  it('in-page navigation: pushState to a faithful text recomputes → ✓', async () => {
    const { page, tab } = await open('/dy/article/changed-figure.html');
    await h.waitForBadge(tab, '!');
    // One task: the text and the URL change together, as a single-page site navigates.
    await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode())
        if (n.nodeValue?.includes('投资500亿美元')) n.nodeValue = n.nodeValue.replace('投资500亿美元', '投资5000亿美元');
      history.pushState({}, '', '/dy/article/changed-figure-next.html');
    });
    await h.waitForBadge(tab, '✓');
    await page.close();
  });
});

describe('faithfulness e2e (zh)', () => {
  let h: Harness;
  eachTestLeavesNoErrors(() => h);
  beforeAll(async () => {
    h = await launch({ locale: 'zh-CN' });
  });
  afterAll(async () => {
    await h?.close();
  });

  it.each(generated('altered'))(
    '$name: zh title, verdict line and section, the page words as the page has them',
    async ({ path, changes }) => {
      const page = await h.openPage(path);
      const tab = await h.tabIdOf(page);
      await h.waitForBadge(tab, '!');
      const line = `全文 — ${changes.length} 处事实改动`;
      expect(await h.actionTitle(tab)).toBe(`星际之门简报:${line}(点击查看改动)`);
      const popup = await h.openPopupPage(tab);
      await popup.getByRole('heading', { name: '此版本的改动' }).waitFor({ timeout: 10_000 });
      expect(await listedChanges(popup)).toEqual(changes);
      expect(await popup.locator('.sgb-state').innerText()).toBe(line);
      expect(await popup.locator('.sgb-changes-status').innerText()).toBe(`此版本改动了原文的 ${changes.length} 处事实`);
      await popup.close();
      await page.close();
    },
  );

  it.each(generated('faithful'))('$name: 全文 — 事实没有改动', async ({ path }) => {
    const page = await h.openPage(path);
    const tab = await h.tabIdOf(page);
    await h.waitForBadge(tab, '✓');
    expect(await h.actionTitle(tab)).toBe('星际之门简报:全文 — 事实没有改动(点击查看摘要)');
    const popup = await h.openPopupPage(tab);
    await expect.poll(() => popup.locator('.sgb-state').innerText(), { timeout: 10_000 }).toBe('全文 — 事实没有改动');
    expect(await popup.locator('.sgb-changes').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('screenshots: a reworded faithful copy and an altered one with one change among rewordings', async () => {
    for (const [path, badge, name, status] of [
      ['/dy/article/reworded-fuller-names.html', '✓', 'faithfulness-reworded-zh', '全文 — 事实没有改动'],
      ['/dy/article/altered-hedge.html', '!', 'faithfulness-altered-zh', '全文 — 1 处事实改动'],
    ] as const) {
      const page = await h.openPage(path);
      await h.waitForBadge(await h.tabIdOf(page), badge);
      const popup = await h.openPopupViaAction(page);
      await expect.poll(() => popup.locator('.sgb-state').innerText(), { timeout: 10_000 }).toBe(status);
      // The section lists changes only where there are some.
      expect(await popup.getByRole('heading', { name: '此版本的改动' }).count()).toBe(badge === '!' ? 1 : 0);
      await shoot(popup, h.screenshotPath(name));
      await popup.close().catch(() => undefined);
      await page.close();
    }
  });
});
