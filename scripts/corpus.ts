/// <reference types="chrome" />
/**
 * `npm run corpus -- DIR`: the production build on every `*.html` (or `*.html.br`) page of DIR, in
 * one headless Chromium run. DIR is served on a mapped article host (https://www.163.com/dy/article/
 * corpus/…, where the detector runs by itself), as the e2e rig serves tests/pages/.
 *
 * One row per page: the verdict and coverage the detector reported to the background, the noise
 * elements marked (captions / counter / author), the size of the text, the timings of rig/measure.ts
 * (detection, the floor — reading the text — and Readability.parse, main-thread CPU) with detection ÷
 * floor and what detection adds to the floor ÷ Readability, whether the page is within the detection
 * budget, and any console error or network request of ours (from the extension's scripts; the page's
 * own failing resources are the page's). Then a summary.
 *
 * The detection budget holds on every page with at least 20 KB of text (UTF-8): detection ≤ 1.5× the
 * floor and (detection − floor) ≤ 5 % of Readability. Below that size the floor is a few microseconds
 * and no pass over the text comes near it. Exit status 1 when a held page misses it.
 *
 *   npm run corpus -- tests/pages/readability
 *   npm run corpus -- tests/pages/gne
 *   CORPUS_EXPECT=none npm run corpus -- DIR   # exit 1 also unless every page is none, with no error or request of ours
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launch } from '../rig/harness';
import {
  detectionBundle,
  HELD_FROM_BYTES,
  MAX_ADDED_OVER_READABILITY,
  MAX_DETECT_OVER_FLOOR,
  median,
  measurePage,
  readabilitySource,
} from '../rig/measure';

const MOUNT = '/dy/article/corpus/';

const SAMPLES = Number(process.env.CORPUS_SAMPLES ?? 7);
const SAMPLE_MS = Number(process.env.CORPUS_SAMPLE_MS ?? 15);
/** How long a page may take to load and report before its row says so. */
const PAGE_TIMEOUT_MS = 30_000;

interface Row {
  page: string;
  verdict: string;
  coverage: number;
  noise: Record<string, number>;
  bytes: number;
  detect: number;
  floor: number;
  readability: number;
  detectOverFloor: number;
  addedOverReadability: number;
  errors: string[];
  requests: string[];
}

const held = (r: Row) => r.bytes >= HELD_FROM_BYTES;
const withinBudget = (r: Row) => r.detectOverFloor <= MAX_DETECT_OVER_FLOOR && r.addedOverReadability <= MAX_ADDED_OVER_READABILITY;

const isOurs = (url: string | undefined, extensionId: string) => !!url && url.startsWith(`chrome-extension://${extensionId}/`);

async function main(): Promise<void> {
  const dir = resolve(process.argv[2] ?? '');
  if (!process.argv[2] || !existsSync(dir)) {
    console.error('usage: npm run corpus -- DIR   (a folder of *.html or *.html.br pages)');
    process.exit(2);
  }
  const names = [
    ...new Set(
      readdirSync(dir)
        .filter((f) => /\.html(\.br)?$/.test(f))
        .map((f) => f.replace(/\.br$/, '')),
    ),
  ].sort();
  const h = await launch({ mounts: { [MOUNT]: dir } });
  const ourErrors: string[] = [];
  const ourRequests: string[] = [];
  // Errors: those logged from the extension's own scripts (content scripts and the worker report
  // their own URL), and uncaught ones whose stack runs through them.
  h.context.on('console', (m) => {
    if (m.type() === 'error' && (isOurs(m.location().url, h.extensionId) || isOurs(m.worker()?.url(), h.extensionId)))
      ourErrors.push(`${m.location().url}: ${m.text()}`);
  });
  h.context.on('weberror', (e) => {
    if ((e.error().stack ?? '').includes(`chrome-extension://${h.extensionId}/`)) ourErrors.push(e.error().message);
  });
  h.context.on('request', (r) => {
    if (r.serviceWorker() || isOurs(r.url(), h.extensionId)) ourRequests.push(r.url());
  });
  const rows: Row[] = [];
  try {
    const [detection, readability] = await Promise.all([detectionBundle(), Promise.resolve(readabilitySource())]);
    for (const name of names) {
      const ourErrorsBefore = ourErrors.length;
      const ourRequestsBefore = ourRequests.length;
      const row: Row = {
        page: name,
        verdict: '?',
        coverage: 0,
        noise: {},
        bytes: 0,
        detect: NaN,
        floor: NaN,
        readability: NaN,
        detectOverFloor: NaN,
        addedOverReadability: NaN,
        errors: [],
        requests: [],
      };
      let page: Page | undefined;
      try {
        page = await h.context.newPage();
        // Requests the page makes on our behalf: any whose initiator is an extension script.
        const cdp = await h.context.newCDPSession(page);
        await cdp.send('Network.enable');
        cdp.on('Network.requestWillBeSent', (e) => {
          const frames = [e.initiator.url, ...(e.initiator.stack?.callFrames ?? []).map((f) => f.url)];
          if (frames.some((u) => isOurs(u, h.extensionId))) ourRequests.push(e.request.url);
        });
        // Not the load event: a page whose resources hang (all but ours fail at once) still gets its row.
        await page.goto(h.url(MOUNT + name), { waitUntil: 'domcontentloaded', timeout: PAGE_TIMEOUT_MS });
        const tab = await h.tabIdOf(page);
        const verdict = async () =>
          h.worker.evaluate(async (id) => {
            const { tabStates } = (await chrome.storage.session.get('tabStates')) as {
              tabStates?: Record<string, { verdict: { kind: string; coverage: number } | null }>;
            };
            return tabStates?.[id]?.verdict ?? null;
          }, tab);
        const deadline = Date.now() + PAGE_TIMEOUT_MS;
        while (!(await verdict()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
        const t = await measurePage(page, detection, readability, { samples: SAMPLES, sampleMs: SAMPLE_MS });
        Object.assign(row, {
          bytes: t.bytes,
          detect: t.detect,
          floor: t.floor,
          readability: t.readability,
          detectOverFloor: t.detectOverFloor,
          addedOverReadability: t.addedOverReadability,
        });
        const v = await verdict(); // after measuring: late content has had its chance
        row.verdict = v?.kind ?? 'unreported';
        row.coverage = v?.coverage ?? 0;
        row.noise = await page.evaluate(() => {
          const out: Record<string, number> = {};
          for (const el of document.querySelectorAll('[data-stargate-noise]'))
            out[el.getAttribute('data-stargate-noise')!] = (out[el.getAttribute('data-stargate-noise')!] ?? 0) + 1;
          return out;
        });
      } catch (error) {
        row.verdict = `failed: ${(error as Error).message.split('\n')[0]}`;
      } finally {
        await page?.close().catch(() => undefined);
      }
      row.errors = ourErrors.slice(ourErrorsBefore);
      row.requests = ourRequests.slice(ourRequestsBefore);
      rows.push(row);
      print(row, rows.length === 1);
    }
  } finally {
    await h.close();
  }
  summarise(rows);
  const expected = process.env.CORPUS_EXPECT;
  const misses = rows.filter((r) => held(r) && !withinBudget(r));
  const errors = rows.reduce((n, r) => n + r.errors.length + r.requests.length, 0);
  if (misses.length || (expected && (rows.some((r) => r.verdict !== expected) || errors))) process.exit(1);
}

function summarise(rows: Row[]): void {
  const kinds = rows.reduce<Record<string, number>>((acc, r) => ((acc[r.verdict] = (acc[r.verdict] ?? 0) + 1), acc), {});
  const errors = rows.reduce((s, r) => s + r.errors.length, 0);
  const requests = rows.reduce((s, r) => s + r.requests.length, 0);
  const timed = rows.filter((r) => Number.isFinite(r.detect));
  const med = (f: (r: Row) => number, of = timed) => median(of.map(f));
  const worst = (f: (r: Row) => number, of: Row[]) => of.reduce((a, b) => (f(b) > f(a) ? b : a));
  console.log(
    `\nsummary: ${rows.length} pages — ${Object.entries(kinds)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}; ${errors} console errors and ${requests} requests of ours; median detection ${fmt(med((r) => r.detect))} ms, ` +
      `÷ floor ${med((r) => r.detectOverFloor).toFixed(2)}×, (detection − floor) ÷ Readability ${pct(med((r) => r.addedOverReadability))}`,
  );
  const big = timed.filter(held);
  if (!big.length) return console.log(`no page with ${HELD_FROM_BYTES.toLocaleString('en')} bytes of text or more`);
  const w1 = worst((r) => r.detectOverFloor, big);
  const w2 = worst((r) => r.addedOverReadability, big);
  const misses = big.filter((r) => !withinBudget(r));
  console.log(
    `${big.length} pages with ≥ ${HELD_FROM_BYTES.toLocaleString('en')} bytes of text: median ÷ floor ${med((r) => r.detectOverFloor, big).toFixed(2)}×, ` +
      `worst ${w1.detectOverFloor.toFixed(2)}× (${w1.page}, ${fmt(w1.detect)} ms against a ${fmt(w1.floor)} ms floor); ` +
      `median (detection − floor) ÷ Readability ${pct(med((r) => r.addedOverReadability, big))}, worst ${pct(w2.addedOverReadability)} (${w2.page}); ` +
      (misses.length
        ? `budget (≤ ${MAX_DETECT_OVER_FLOOR}× and ≤ ${pct(MAX_ADDED_OVER_READABILITY)}) missed on ${misses.map((r) => r.page).join(', ')}`
        : `budget (≤ ${MAX_DETECT_OVER_FLOOR}× and ≤ ${pct(MAX_ADDED_OVER_READABILITY)}) met on every one`),
  );
}

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
const fmt = (x: number) => (!Number.isFinite(x) ? '—' : x < 1 ? x.toFixed(3) : x.toFixed(2));

function print(r: Row, header: boolean): void {
  if (header) {
    console.log(
      '| page | verdict | coverage | noise c/n/a | text KB | detection ms | floor ms | Readability.parse ms | det ÷ floor | (det − floor) ÷ Readability | budget | errors / requests of ours |',
    );
    console.log('| --- | --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |');
  }
  const noise = `${r.noise.caption ?? 0}/${r.noise.counter ?? 0}/${r.noise.author ?? 0}`;
  const ours = r.errors.length || r.requests.length ? [...r.errors, ...r.requests].join('; ') : '0 / 0';
  const budget = !Number.isFinite(r.detect) ? '—' : !held(r) ? 'small' : withinBudget(r) ? 'met' : 'MISSED';
  console.log(
    `| ${r.page} | ${r.verdict} | ${(r.coverage * 100).toFixed(0)}% | ${noise} | ${(r.bytes / 1000).toFixed(1)} | ${fmt(r.detect)} | ${fmt(r.floor)} | ${fmt(r.readability)} | ${r.detectOverFloor.toFixed(2)}× | ${pct(r.addedOverReadability)} | ${budget} | ${ours} |`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
