/**
 * In-page timing shared by `npm run bench` and `npm run corpus`: our detection path (bundled from
 * the content script's own modules: read `document.body.textContent`, pre-check with the bundled
 * anchors, `detect()` past it), the floor (one read of `document.body.textContent`), Mozilla
 * Readability's `parse()` on a clone of the document, and the background's comparison of the text.
 *
 * Times are the renderer main thread's CPU time (Chrome DevTools Protocol, `Performance.getMetrics`
 * → `ThreadTime`) over a batch of runs that lasts at least `sampleMs`, divided by the runs: on a
 * shared, busy machine wall-clock time mostly measures the other processes. Samples are taken in
 * turn (floor, detection, Readability, comparison, then again), and each ratio is the median of
 * the per-sample ratios, so a slower stretch of the machine weighs on both sides of it alike.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CDPSession, Page } from 'playwright-core';
import { REPO_ROOT } from './repo';

/**
 * The detection budget: on every page with at least this much text (UTF-8 bytes), detection ≤ 1.5×
 * the floor and (detection − floor) ≤ 5 % of Readability. Below it the floor is a few microseconds.
 */
export const HELD_FROM_BYTES = 20_000;
export const MAX_DETECT_OVER_FLOOR = 1.5;
export const MAX_ADDED_OVER_READABILITY = 0.05;

export interface PageTimes {
  verdict: string;
  /** The text detection reads: UTF-16 code units and UTF-8 bytes. */
  chars: number;
  bytes: number;
  /** Medians, ms of main-thread CPU per run. */
  detect: number;
  floor: number;
  readability: number;
  /** detection ÷ floor, the median of per-sample ratios. */
  detectOverFloor: number;
  /** (detection − floor) ÷ Readability: what detection adds to reading the text, the median of per-sample ratios. */
  addedOverReadability: number;
  /** The background's comparison of the page text with the article (null where the page holds none of it). */
  compare: number | null;
  /** comparison ÷ detection, the median of per-sample ratios. */
  ratio: number | null;
  changes: number;
}

export interface MeasureOptions {
  samples: number;
  sampleMs: number;
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** The detection path as the content script runs it, and the background's comparison, bundled for the page's main world. */
export async function detectionBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `
        import { anchors } from './assets/fingerprint.json';
        import { detect, precheck } from './utils/detect/coverage';
        import { getFingerprint } from './entrypoints/background/fingerprint-provider';
        import { compareCopy } from './entrypoints/background/changed-facts/compare';
        import { article } from './utils/article/data';
        import { foldTable } from './utils/detect/normalise';
        const fp = getFingerprint();
        const fold = foldTable(fp.fold);
        const NONE = { kind: 'none', coverage: 0 };
        // entrypoints/detector.content/index.ts: read, pre-check with the bundled anchors, detect past it.
        globalThis.__sgbDetect = () => {
          const text = document.body?.textContent ?? '';
          return precheck(text, anchors) ? detect(text, fp) : NONE;
        };
        // The background's comparison, on the text the detector sends with a match/partial verdict.
        globalThis.__sgbCompare = (text) => compareCopy(text, article, fold);`,
      resolveDir: REPO_ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'es2022',
    alias: { '@': REPO_ROOT },
  });
  return result.outputFiles[0]!.text;
}

export function readabilitySource(): string {
  const require = createRequire(import.meta.url);
  const file = require.resolve('@mozilla/readability/Readability.js');
  return `${readFileSync(file, 'utf8')}\n;globalThis.__sgbReadability = Readability;`;
}

type Work = 'noop' | 'floor' | 'detect' | 'readability' | 'compare';

/** Installs the timed work in the page: `__sgbRun(name, n)` runs it n times; `__sgbRunsFor(name, ms)` counts the runs that fill ms. */
function installWork(): void {
  type Fn = () => unknown;
  const g = globalThis as unknown as {
    __sgbDetect: () => { kind: string; coverage: number };
    __sgbCompare: (text: string) => { changes: unknown[] };
    __sgbReadability: new (doc: Document) => { parse(): unknown };
    __sgbText: string;
    __sgbWork: Record<string, Fn>;
    __sgbRun: (name: string, n: number) => number;
    __sgbRunsFor: (name: string, ms: number) => number;
    __sgbSink: number;
  };
  g.__sgbText = document.body?.textContent ?? '';
  g.__sgbWork = {
    noop: () => 0,
    floor: () => (document.body?.textContent ?? '').length,
    detect: () => g.__sgbDetect().coverage,
    readability: () => new g.__sgbReadability(document.cloneNode(true) as Document).parse(),
    compare: () => g.__sgbCompare(g.__sgbText).changes.length,
  };
  g.__sgbSink = 0;
  g.__sgbRun = (name, n) => {
    const fn = g.__sgbWork[name]!;
    for (let i = 0; i < n; i++) g.__sgbSink += fn() ? 1 : 0;
    return n;
  };
  g.__sgbRunsFor = (name, ms) => {
    const fn = g.__sgbWork[name]!;
    let runs = 0;
    const t0 = performance.now();
    do {
      g.__sgbSink += fn() ? 1 : 0;
      runs++;
    } while (performance.now() - t0 < ms);
    return runs;
  };
}

/** Main-thread CPU time of the page's renderer, ms. */
async function threadTime(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'ThreadTime')!.value * 1000;
}

/** Times detection, the floor, Readability.parse and (where the article is) the comparison on `page` (main world; the page is left as it was). */
export async function measurePage(page: Page, detection: string, readability: string, options: MeasureOptions): Promise<PageTimes> {
  // tsx keeps function names with an `__name` helper the page does not have.
  await page.evaluate('globalThis.__name = (fn) => fn');
  await page.evaluate(detection);
  await page.evaluate(readability);
  await page.evaluate(`(${installWork.toString()})()`);
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    /** CPU ms per run of `work`, over `runs` runs (less what one evaluation costs by itself). */
    const batch = async (work: Work, runs: number) => {
      const t0 = await threadTime(cdp);
      await page.evaluate(([w, n]) => (globalThis as unknown as { __sgbRun: (w: string, n: number) => number }).__sgbRun(w, n), [
        work,
        runs,
      ] as const);
      return (await threadTime(cdp)) - t0;
    };
    const overheads: number[] = [];
    for (let i = 0; i < 5; i++) overheads.push(await batch('noop', 1));
    const overhead = median(overheads);
    const perRun = async (work: Work, runs: number) => Math.max(0, (await batch(work, runs)) - overhead) / runs;
    const runsFor = (work: Work) =>
      page.evaluate(([w, ms]) => (globalThis as unknown as { __sgbRunsFor: (w: string, ms: number) => number }).__sgbRunsFor(w, ms), [
        work,
        options.sampleMs,
      ] as const);

    const v = (await page.evaluate(() =>
      (globalThis as unknown as { __sgbDetect: () => { kind: string; coverage: number } }).__sgbDetect(),
    )) as {
      kind: string;
      coverage: number;
    };
    const holds = v.kind !== 'none';
    const works: Work[] = ['floor', 'detect', 'readability', ...(holds ? (['compare'] as const) : [])];
    const runs = new Map<Work, number>();
    for (const w of works) runs.set(w, await runsFor(w)); // also warms each one up
    const samples = new Map<Work, number[]>(works.map((w) => [w, []]));
    for (let i = 0; i < options.samples; i++) for (const w of works) samples.get(w)!.push(await perRun(w, runs.get(w)!));

    const s = (w: Work) => samples.get(w)!;
    const each = (f: (i: number) => number) => median(s('floor').map((_, i) => f(i)));
    const { chars, bytes, changes } = await page.evaluate((compared) => {
      const g = globalThis as unknown as { __sgbText: string; __sgbCompare: (t: string) => { changes: unknown[] } };
      const changes = compared ? g.__sgbCompare(g.__sgbText).changes.length : 0;
      return { chars: g.__sgbText.length, bytes: new TextEncoder().encode(g.__sgbText).length, changes };
    }, holds);
    return {
      verdict: `${v.kind} ${(v.coverage * 100).toFixed(0)}%`,
      chars,
      bytes,
      floor: median(s('floor')),
      detect: median(s('detect')),
      readability: median(s('readability')),
      detectOverFloor: each((i) => s('detect')[i]! / s('floor')[i]!),
      addedOverReadability: each((i) => (s('detect')[i]! - s('floor')[i]!) / s('readability')[i]!),
      compare: holds ? median(s('compare')) : null,
      ratio: holds ? each((i) => s('compare')[i]! / s('detect')[i]!) : null,
      changes,
    };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
