/**
 * When the caption noise is hidden, from navigation start: `npm run bench` loads a page holding the
 * article in a fresh tab, again and again, with a main-world observer installed before the page's own
 * scripts (Playwright's init script). The observer notes, on every DOM mutation and attribute change,
 * the first moment at which the page has noise marks, `html[data-stargate-hide-noise]` is set and
 * every marked element's computed `display` is `none` (the next frame paints it so). Beside it: the
 * page's first contentful paint and DOMContentLoaded, so a reader's view is clear — the noise is
 * visible from the first paint until it is hidden, and never again after.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { pageFile } from './server';
import type { Harness } from './harness';
import { median } from './measure';

export interface NoiseTimes {
  /** ms from navigation start until every noise mark is hidden. */
  hiddenAt: number;
  /** ms from navigation start to the first contentful paint. */
  firstPaint: number;
  domContentLoaded: number;
  /** How many times the noise went from hidden back to shown before the run ended (a flash): 0. */
  reshown: number;
}

interface Recorded {
  hiddenAt: number | null;
  firstPaint: number | null;
  domContentLoaded: number | null;
  reshown: number;
}

/** Runs in the page's main world before its scripts. */
function observeNoise(): void {
  const rec: Recorded = { hiddenAt: null, firstPaint: null, domContentLoaded: null, reshown: 0 };
  (globalThis as unknown as { __sgbNoiseTimes: Recorded }).__sgbNoiseTimes = rec;
  let hidden = false;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') rec.firstPaint = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  document.addEventListener('DOMContentLoaded', () => (rec.domContentLoaded = performance.now()));
  const allHidden = () => {
    if (!document.documentElement?.hasAttribute('data-stargate-hide-noise')) return false;
    const marked = document.querySelectorAll('[data-stargate-noise]');
    if (marked.length === 0) return false;
    for (const el of marked) if (getComputedStyle(el).display !== 'none') return false;
    return true;
  };
  new MutationObserver(() => {
    const now = allHidden();
    if (now && rec.hiddenAt === null) rec.hiddenAt = performance.now();
    if (hidden && !now) rec.reshown++;
    hidden = now;
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}

/** The observer as an init script (tsx keeps function names with an `__name` helper the page does not have). */
export const observeNoiseSource = () => `globalThis.__name ??= (fn) => fn; (${observeNoise.toString()})();`;

/** A 1×1 transparent PNG: the pictures of a page whose pictures are still loading. */
const PICTURE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

/** Where the page is loaded from and how: `picturesMs` gives it five pictures that arrive that late (as from a CDN). */
export interface NoisePage {
  path: string;
  host?: string;
  picturesMs?: number;
}

/** The page (a plain file under tests/pages) with five pictures added before `</body>`, served `ms` late: its load event waits for them. */
async function withSlowPictures(page: Page, url: string, path: string, ms: number): Promise<void> {
  const pictures = [1, 2, 3, 4, 5].map((i) => `<img src="/sgb-picture-${i}.png" width="1" height="1" alt="">`).join('');
  const html = readFileSync(pageFile(path), 'utf8').replace('</body>', `${pictures}</body>`);
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await page.route('**/sgb-picture-*.png', async (route) => {
    await new Promise((done) => setTimeout(done, ms));
    await route.fulfill({ status: 200, contentType: 'image/png', body: PICTURE });
  });
}

/** One fresh load of the page: the times of this run (throws if the noise is not hidden within `timeoutMs`). */
async function oneRun(h: Harness, where: NoisePage, timeoutMs: number): Promise<NoiseTimes> {
  const page: Page = await h.context.newPage();
  const url = h.url(where.path, where.host);
  try {
    if (where.picturesMs) await withSlowPictures(page, url, where.path, where.picturesMs);
    await page.addInitScript(observeNoiseSource());
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(
      () => (globalThis as unknown as { __sgbNoiseTimes: Recorded }).__sgbNoiseTimes.hiddenAt !== null,
      undefined,
      {
        timeout: timeoutMs,
      },
    );
    const r = await page.evaluate(() => (globalThis as unknown as { __sgbNoiseTimes: Recorded }).__sgbNoiseTimes);
    return { hiddenAt: r.hiddenAt!, firstPaint: r.firstPaint ?? NaN, domContentLoaded: r.domContentLoaded ?? NaN, reshown: r.reshown };
  } finally {
    await page.close();
  }
}

export interface NoiseTiming {
  runs: NoiseTimes[];
  /** Medians over the runs. */
  hiddenAt: number;
  firstPaint: number;
  domContentLoaded: number;
  /** How long the noise could be seen: the median over runs of hidden − first paint (≤ 0 when hidden before it). */
  visibleFor: number;
  /** Runs in which the noise was hidden before the page's first contentful paint (never seen). */
  beforeFirstPaint: number;
  /** Runs in which the noise showed again after it was hidden. */
  flashes: number;
}

export function summariseNoise(all: NoiseTimes[]): NoiseTiming {
  const painted = all.filter((r) => Number.isFinite(r.firstPaint));
  return {
    runs: all,
    hiddenAt: median(all.map((r) => r.hiddenAt)),
    firstPaint: median(painted.map((r) => r.firstPaint)),
    domContentLoaded: median(all.map((r) => r.domContentLoaded)),
    visibleFor: median(painted.map((r) => r.hiddenAt - r.firstPaint)),
    beforeFirstPaint: all.filter((r) => r.hiddenAt < r.firstPaint).length,
    flashes: all.filter((r) => r.reshown > 0).length,
  };
}

/**
 * `runs` fresh loads of `path` in each browser (each with its own build), taken in turn — one load
 * in each, then again, each round starting with the next browser — so a busy machine slows them
 * alike (after one untimed load each, so every service worker is up).
 */
export async function measureNoiseHidden(browsers: Harness[], where: NoisePage, runs = 15, timeoutMs = 20_000): Promise<NoiseTiming[]> {
  for (const h of browsers) await oneRun(h, where, timeoutMs);
  const all: NoiseTimes[][] = browsers.map(() => []);
  for (let i = 0; i < runs; i++) {
    // Each round starts with another browser, so none is always first after a pause.
    for (let j = 0; j < browsers.length; j++) {
      const k = (i + j) % browsers.length;
      all[k]!.push(await oneRun(browsers[k]!, where, timeoutMs));
    }
  }
  return all.map(summariseNoise);
}
