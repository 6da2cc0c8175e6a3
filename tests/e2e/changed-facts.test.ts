/// <reference types="chrome" />
/**
 * Is this copy faithful? On the real build in Chromium: reprints that change a figure, a name, a
 * date, two figures of a Traditional copy, a figure of a partial copy, and the article twice with
 * one copy altered get `!` and list exactly those changes in the popup and the overlay; faithful
 * copies (Traditional, equal-value number formats, reworded phrases) keep `✓` and say "No facts
 * changed". Late content and in-page navigation recompute it. Pages: tests/pages/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch } from '@/rig/harness';
import type { Harness } from '@/rig/harness';
import { eachTestLeavesNoErrors } from './clean';

const SOHU = 'www.sohu.com';
const HOST_TAG = 'stargate-brief-overlay';

interface Expected {
  name: string;
  path: string;
  host?: string;
  /** [original, page words] per changed fact, in text order. */
  changes: [string, string][];
}

const ALTERED: Expected[] = [
  { name: 'a changed figure', path: '/dy/article/changed-figure.html', changes: [['5000亿美元', '500亿美元']] },
  { name: 'a changed name', path: '/dy/article/changed-name.html', changes: [['孙正义', '马云']] },
  { name: 'a changed date', path: '/dy/article/changed-date.html', changes: [['21日', '23日']] },
  {
    name: 'a Traditional copy with two changed figures',
    path: '/dy/article/traditional-two-changed-figures.html',
    changes: [
      ['100亿美元', '10億美元'],
      ['450亿美元', '4500億美元'],
    ],
  },
  {
    name: 'a partial copy with a changed figure',
    path: '/a/partial-changed-figure.html',
    host: SOHU,
    changes: [['190亿美元', '290亿美元']],
  },
  {
    name: 'the article twice, one copy altered',
    path: '/dy/article/article-twice-one-altered.html',
    changes: [['5000亿美元', '500亿美元']],
  },
];

const FAITHFUL: { name: string; path: string; restore?: true }[] = [
  { name: 'the full reprint', path: '/dy/article/full-reprint.html' },
  { name: 'a Traditional reprint', path: '/dy/article/traditional-reprint.html' },
  { name: 'equal-value number formats and reworded phrases', path: '/dy/article/faithful-equal-values-reworded.html' },
  { name: 'the hostile page (20k nodes, poisoned prototypes, endless mutations)', path: '/dy/article/hostile-page.html', restore: true },
];

/** The changes section's items as [original, page words]. */
function listedChanges(root: Page, scope = ''): Promise<[string, string][]> {
  return root
    .locator(`${scope} .sgb-changes .sgb-change`)
    .evaluateAll((items) =>
      items.map(
        (li) =>
          [li.querySelector('.sgb-change-original')?.textContent ?? '', li.querySelector('.sgb-change-page')?.textContent ?? ''] as [
            string,
            string,
          ],
      ),
    );
}

function highlighted(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const ranges = [...(CSS.highlights.get('stargate-source') ?? [])];
    return ranges.length ? ranges.map((r) => r.toString()).join('') : null;
  });
}

async function shoot(popup: Page, path: string) {
  const height = await popup.evaluate(() => Math.min(innerHeight, document.documentElement.scrollHeight));
  await popup.screenshot({ path, clip: { x: 0, y: 0, width: 400, height } });
}

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

  it.each(ALTERED)('$name → badge !, the title counts it, the popup lists it', async ({ path, host, changes }) => {
    const { page, tab } = await open(path, host);
    await h.waitForBadge(tab, '!');
    const n = changes.length;
    expect(await h.actionTitle(tab)).toBe(
      `Stargate Brief: this copy changes ${n} ${n === 1 ? 'fact' : 'facts'} of the article — click to see which`,
    );
    expect(await h.worker.evaluate((id) => chrome.action.getBadgeBackgroundColor({ tabId: id }), tab)).toEqual([0xb3, 0x26, 0x1e, 255]);
    const popup = await h.openPopupPage(tab);
    await popup.getByRole('heading', { name: 'Changes in this copy' }).waitFor();
    expect(await listedChanges(popup)).toEqual(changes);
    expect(await popup.locator('.sgb-changes-status').innerText()).toBe(
      `This copy changes ${n} ${n === 1 ? 'fact' : 'facts'} of the article`,
    );
    // The status line says it too, and is not green.
    expect(await popup.locator('.sgb-state').innerText()).toMatch(new RegExp(`— ${n} ${n === 1 ? 'fact' : 'facts'} changed$`));
    expect(await popup.locator('.sgb-state').getAttribute('data-tone')).toBe('changed');
    await popup.close();
    await page.close();
  });

  it.each(FAITHFUL)('$name → badge ✓, "No facts changed"', async ({ path, restore }) => {
    const { page, tab } = await open(path);
    // The hostile page holds its article back until told (and mutates endlessly: the re-check limiter's window may pass).
    if (restore) await page.evaluate(() => (window as unknown as { restoreArticle(): void }).restoreArticle());
    await h.waitForBadge(tab, '✓', restore ? 40_000 : undefined);
    const popup = await h.openPopupPage(tab);
    // One status line says it (green: whole and unchanged); "Changes in this copy" takes no room.
    await expect.poll(() => popup.locator('.sgb-state').innerText(), { timeout: 10_000 }).toBe('The whole article — no facts changed');
    expect(await popup.locator('.sgb-state').getAttribute('data-tone')).toBe('ok');
    expect(await popup.locator('.sgb-changes').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('the popup on an altered copy: the change shows its sentence on the page (screenshot)', async () => {
    const { page, tab } = await open('/dy/article/traditional-two-changed-figures.html');
    await h.waitForBadge(tab, '!');
    const popup = await h.openPopupViaAction(page);
    await popup.getByRole('heading', { name: 'Changes in this copy' }).waitFor({ timeout: 10_000 });
    await popup.locator('.sgb-changes').scrollIntoViewIfNeeded();
    await shoot(popup, h.screenshotPath('faithfulness-popup-en'));
    await popup.locator('.sgb-change').first().getByRole('button', { name: 'Show on page' }).click();
    await expect.poll(() => highlighted(page)).toContain('10億美元');
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
    expect(await listedChanges(page, HOST_TAG)).toEqual([['5000亿美元', '500亿美元']]);
    await section.getByRole('button', { name: 'Show on page' }).click();
    await expect.poll(() => highlighted(page)).toContain('500亿美元');
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: h.screenshotPath('faithfulness-overlay-en') });
    await page.close();
  });

  it('late content: the partial copy mends its figure → the badge goes from ! to the share', async () => {
    const { page, tab } = await open('/a/partial-changed-figure.html', SOHU);
    await h.waitForBadge(tab, '!');
    // The page changes when the test says so: the altered figure is put right.
    await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode())
        if (n.nodeValue?.includes('290亿美元')) n.nodeValue = n.nodeValue.replace('290亿美元', '190亿美元');
    });
    await expect.poll(() => h.badgeText(tab), { timeout: 10_000 }).toMatch(/^\d+%$/);
    await page.close();
  });

  it('in-page navigation: pushState to a faithful text recomputes → ✓', async () => {
    const { page, tab } = await open('/dy/article/changed-figure.html');
    await h.waitForBadge(tab, '!');
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

  it('an altered copy: zh title and section, the Traditional page words as the page has them (screenshot)', async () => {
    const page = await h.openPage('/dy/article/traditional-two-changed-figures.html');
    const tab = await h.tabIdOf(page);
    await h.waitForBadge(tab, '!');
    expect(await h.actionTitle(tab)).toBe('星际之门简报:此版本改动了原文的 2 处事实——点击查看');
    const popup = await h.openPopupViaAction(page);
    await popup.getByRole('heading', { name: '此版本的改动' }).waitFor({ timeout: 10_000 });
    expect(await listedChanges(popup)).toEqual([
      ['100亿美元', '10億美元'],
      ['450亿美元', '4500億美元'],
    ]);
    await popup.locator('.sgb-changes').scrollIntoViewIfNeeded();
    await shoot(popup, h.screenshotPath('faithfulness-popup-zh'));
    await popup.close().catch(() => undefined);
    await page.close();
  });

  it('a faithful copy: 全文 — 事实没有改动, in the status line', async () => {
    const page = await h.openPage('/dy/article/faithful-equal-values-reworded.html');
    const tab = await h.tabIdOf(page);
    await h.waitForBadge(tab, '✓');
    const popup = await h.openPopupPage(tab);
    await expect.poll(() => popup.locator('.sgb-state').innerText(), { timeout: 10_000 }).toBe('全文 — 事实没有改动');
    expect(await popup.locator('.sgb-changes').count()).toBe(0);
    await popup.close();
    await page.close();
  });
});
