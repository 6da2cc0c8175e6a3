/** The rig itself: extension loaded, demo page served under the real host, the real popup reachable. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_HOST_PATTERNS, DEMO_ARTICLE_PATH, DEMO_HOST } from '../../pipeline/hosts';
import { launch } from '../../rig/harness';
import type { Harness } from '../../rig/harness';
import { readManifest } from './built';
import { eachTestLeavesNoErrors } from './clean';

describe('e2e rig', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });
  eachTestLeavesNoErrors(() => h);

  it('loads the extension and finds its service worker', () => {
    expect(h.extensionId).toMatch(/^[a-p]{32}$/);
    expect(h.worker.url()).toBe(`chrome-extension://${h.extensionId}/background.js`);
  });

  it('the built manifest looks only where the host list says', () => {
    const manifest = readManifest();
    const matches = (manifest.content_scripts ?? []).map((cs) => cs.matches ?? []);
    expect(matches).toContainEqual([...ARTICLE_HOST_PATTERNS]);
  });

  it('serves the demo page on the real host, in Chinese', async () => {
    const page = await h.openPage(DEMO_ARTICLE_PATH);
    expect(page.url()).toBe(`https://${DEMO_HOST}${DEMO_ARTICLE_PATH}`);
    expect(h.origin).toBe(`https://${DEMO_HOST}`);
    await expect(page.locator('h1').textContent()).resolves.toContain('马斯克为自己的嚣张付出了代价');
    // textContent, not innerText: the extension may hide the author card as noise.
    await expect(page.locator('body').textContent()).resolves.toContain('简介:环球大侦探,深挖国际小秘密');
    expect(await h.tabIdOf(page)).toBeGreaterThan(0);
    await page.screenshot({ path: h.screenshotPath('smoke-demo-page') });
  });

  it('opens the real popup through chrome.action.openPopup()', async () => {
    const page = await h.openPage(DEMO_ARTICLE_PATH);
    const popup = await h.openPopupViaAction(page);
    expect(popup.url()).toBe(`chrome-extension://${h.extensionId}/popup.html`);
    await expect.poll(async () => (await popup.locator('body').innerText()).trim()).not.toBe('');
    await popup.screenshot({ path: h.screenshotPath('smoke-popup') });
  });
});
