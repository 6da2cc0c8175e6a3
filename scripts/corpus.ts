/// <reference types="chrome" />
/**
 * `npm run corpus -- DIR`: the production build on every `*.html` (or `*.html.br`) page of DIR, in
 * one headless Chromium run. DIR is served on a mapped article host (https://www.163.com/dy/article/
 * corpus/…, where the detector runs by itself), as the e2e rig serves tests/pages/.
 *
 * One row per page: the verdict and coverage the detector reported to the background, the noise
 * elements it marked (captions / counter / author), the timings of rig/measure.ts (detection,
 * floor, Readability.parse and the two ratios), and any console error or network request of ours
 * (from the extension's scripts; the page's own failing resources are the page's). Then a summary.
 *
 *   npm run build && npm run corpus -- tests/pages/readability
 *   CORPUS_EXPECT=none npm run corpus -- DIR   # exit 1 unless every page is none, with no error or request of ours
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launch } from '../rig/harness';
import { detectionBundle, median, measurePage, readabilitySource } from '../rig/measure';

const MOUNT = '/dy/article/corpus/';
const SAMPLES = Number(process.env.CORPUS_SAMPLES ?? 5);
const SAMPLE_MS = Number(process.env.CORPUS_SAMPLE_MS ?? 10);
/** How long a page may take to load and report before its row says so. */
const PAGE_TIMEOUT_MS = 30_000;

interface Row {
  page: string;
  verdict: string;
  coverage: number;
  noise: Record<string, number>;
  detect: number;
  floor: number;
  readability: number;
  errors: string[];
  requests: string[];
}

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
        detect: NaN,
        floor: NaN,
        readability: NaN,
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
        await page.goto(h.url(MOUNT + name), { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
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
        Object.assign(row, { detect: t.detect, floor: t.floor, readability: t.readability });
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
  const kinds = rows.reduce<Record<string, number>>((acc, r) => ((acc[r.verdict] = (acc[r.verdict] ?? 0) + 1), acc), {});
  const errors = rows.reduce((s, r) => s + r.errors.length, 0);
  const requests = rows.reduce((s, r) => s + r.requests.length, 0);
  const ratio = (f: (r: Row) => number) => median(rows.filter((r) => Number.isFinite(f(r))).map(f));
  console.log(
    `\nsummary: ${rows.length} pages — ${Object.entries(kinds)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}; ` +
      `${errors} console errors and ${requests} requests of ours; median detection ${fmt(ratio((r) => r.detect))} ms, ` +
      `÷ floor ${ratio((r) => r.detect / r.floor).toFixed(2)}×, ÷ Readability ${(ratio((r) => r.detect / r.readability) * 100).toFixed(2)}% ` +
      `(worst ${Math.max(...rows.filter((r) => Number.isFinite(r.detect)).map((r) => (r.detect / r.readability) * 100)).toFixed(2)}%)`,
  );
  const expected = process.env.CORPUS_EXPECT;
  if (expected && (rows.some((r) => r.verdict !== expected) || errors || requests)) process.exit(1);
}

const fmt = (x: number) => (!Number.isFinite(x) ? '—' : x < 1 ? x.toFixed(3) : x.toFixed(2));

function print(r: Row, header: boolean): void {
  if (header) {
    console.log(
      '| page | verdict | coverage | noise c/n/a | detection ms | floor ms | Readability.parse ms | det ÷ floor | det ÷ Readability | errors / requests of ours |',
    );
    console.log('| --- | --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | --- |');
  }
  const noise = `${r.noise.caption ?? 0}/${r.noise.counter ?? 0}/${r.noise.author ?? 0}`;
  const ours = r.errors.length || r.requests.length ? [...r.errors, ...r.requests].join('; ') : '0 / 0';
  console.log(
    `| ${r.page} | ${r.verdict} | ${(r.coverage * 100).toFixed(0)}% | ${noise} | ${fmt(r.detect)} | ${fmt(r.floor)} | ${fmt(r.readability)} | ${(r.detect / r.floor).toFixed(2)}× | ${((r.detect / r.readability) * 100).toFixed(2)}% | ${ours} |`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
