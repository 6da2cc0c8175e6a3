/// <reference types="chrome" />
/**
 * `npm run bench`: what Stargate Brief costs, next to what the browser spends anyway, and the budget
 * table — each budget beside what this run measured, met or not.
 *
 * One headless Chromium with the production build:
 *  - per page (the demo article, the partial reprint, an altered reprint, ~1.5 MB of unrelated
 *    Chinese), main-thread CPU time (rig/measure.ts) of our detection (the content script's path),
 *    the floor (one read of `document.body.textContent`), Mozilla Readability's `parse()` and the
 *    background's comparison of the text;
 *  - `chrome.action.openPopup()` → summary rendered, next to the same for a blank extension page;
 *  - when the caption noise is hidden, from navigation start (rig/noise-timing.ts), on the demo
 *    article as served and with its pictures arriving 600 ms late, as from a CDN;
 *  - the gzipped size of every bundle, and the always-on and popup totals (rig/sizes.ts).
 *
 *   npm run bench                                   # print only
 *   npm run bench -- --write                        # and write the tables into docs/benchmark.md
 *   npm run bench -- --baseline=<chrome-mv3 dir>    # and time the noise of another build (e.g. main's) in turn with this one
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import type { CDPSession, Page } from 'playwright-core';
import { DEMO_ARTICLE_PATH } from '../pipeline/hosts';
import { extensionDir, launch, NON_HOST, type Harness } from '../rig/harness';
import { REPO_ROOT } from '../rig/repo';
import { listPageTargets, waitForNewPageTarget } from '../rig/popup';
import { attachRaw } from '../rig/raw-session';
import { findChromium } from '../rig/chromium';
import {
  detectionBundle,
  HELD_FROM_BYTES,
  MAX_ADDED_OVER_READABILITY,
  MAX_DETECT_OVER_FLOOR,
  measurePage,
  median,
  readabilitySource,
  type PageTimes,
} from '../rig/measure';
import { measureNoiseHidden, summariseNoise, type NoisePage, type NoiseTimes, type NoiseTiming } from '../rig/noise-timing';
import { ALWAYS_ON_BUDGET, bundleSizes, gzipSize, POPUP_BUDGET } from '../rig/sizes';

const { values: flags } = parseArgs({ options: { write: { type: 'boolean', default: false }, baseline: { type: 'string' } } });

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 15);
/** Each sample repeats the work for at least this long. */
const SAMPLE_MS = 40;
/** Fresh page loads per build for the noise timing. */
const NOISE_RUNS = Number(process.env.BENCH_NOISE_RUNS ?? 20);
/** The ~60% reprint on a Sohu template (tests/pages): a partial copy. */
const PARTIAL = { path: '/a/partial-reprint.html', host: 'www.sohu.com' };
/** A full reprint that changes one figure (tests/pages): the comparison's slow path. */
const ALTERED_PAGE = '/dy/article/changed-figure.html';
/** The popup has rendered its first screen (the verdict and the key points; the lists below load after it). */
const POPUP_READY = '[data-keypoint]';
/** Budgets that are times or ratios (sizes: rig/sizes.ts). */
const POPUP_OWN_COST_MS = 30;
const MAX_COMPARISON_OVER_DETECTION = 1;
const NOISE_PAGES: Array<[string, NoisePage]> = [
  ['article page', { path: DEMO_ARTICLE_PATH }],
  ['article page, pictures 600 ms late', { path: DEMO_ARTICLE_PATH, picturesMs: 600 }],
];

/** ~1.5 MB of unrelated Chinese prose, deterministic (a seeded generator over a word list). */
function unrelatedChineseHtml(targetBytes = 1_500_000): string {
  const words =
    '经济 发展 城市 交通 教育 文化 农业 科技 环境 健康 旅游 市场 企业 社区 服务 建设 改革 政策 人民 生活 学校 医院 铁路 公路 河流 山区 春天 秋季 工厂 产品 质量 数据 历史 传统 艺术 音乐 体育 比赛 运动员 记者 观众 节目 研究 报告 调查 计划 项目 资金 投资 消费 价格 收入 家庭 儿童 老人 青年 志愿者 活动 会议 代表 委员 地方 政府 部门 工作 任务 目标 成果 问题 措施 方案 标准 制度 管理 安全 生产 能源 水利 气候 天气 降雨 温度 森林 草原 湖泊 海洋 渔业 港口 机场 航班 乘客 快递 网络 手机 平台 用户 内容 视频 图书 博物馆 展览 书法 绘画 戏曲 电影 演员 导演'.split(
      ' ',
    );
  let seed = 20250202;
  const rand = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
  const paragraphs: string[] = [];
  let size = 0;
  while (size < targetBytes) {
    let p = '';
    const n = 40 + Math.floor(rand() * 60);
    for (let i = 0; i < n; i++) p += words[Math.floor(rand() * words.length)]! + (rand() < 0.12 ? (rand() < 0.5 ? ',' : '。') : '');
    p += '。';
    paragraphs.push(`<p>${p}</p>`);
    size += Buffer.byteLength(p);
  }
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>地方新闻汇编</title></head><body><main><h1>地方新闻汇编</h1>${paragraphs.join('')}</main></body></html>`;
}

/** A built file's name without Vite's content hash (chunks/popup-ByJD3770.js → chunks/popup.js), so the docs never go stale. */
const unhashed = (file: string) => file.replace(/-[\w-]{8}(\.(?:js|css))$/, '$1');
const ms = (x: number) => (x < 1 ? x.toFixed(3) : x.toFixed(2));
const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
const yes = (ok: boolean) => (ok ? 'yes' : '**no**');

const BENCH_DOC = join(REPO_ROOT, 'docs/benchmark.md');
const RUN_START = '<!-- latest run: written by npm run bench -- --write -->';
const RUN_END = '<!-- end of latest run -->';

/** Replaces the latest-run section of docs/benchmark.md (between its two markers) with this run's tables. */
function writeLatestRun(lines: string[]): void {
  const doc = readFileSync(BENCH_DOC, 'utf8');
  const from = doc.indexOf(RUN_START);
  const to = doc.indexOf(RUN_END);
  if (from < 0 || to < from) throw new Error(`${BENCH_DOC} has lost its latest-run markers`);
  writeFileSync(BENCH_DOC, `${doc.slice(0, from + RUN_START.length)}\n${lines.join('\n').trim()}\n${doc.slice(to)}`);
  console.log(`\nwrote ${relative(REPO_ROOT, BENCH_DOC)}`);
}

/** Waits until `expression` is true in a target we only know by id (the action popup is not a Playwright page). */
/** Polls the target until `expression` holds; returns the page's own clock then (ms from its navigation start). */
async function pollTarget(session: CDPSession, targetId: string, expression: string, timeoutMs = 10_000): Promise<number> {
  const raw = await attachRaw(session, targetId);
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      const reply = (await raw.send('Runtime.evaluate', {
        expression: `(${expression}) ? performance.now() : false`,
        returnByValue: true,
      })) as { result?: { value?: unknown } } | undefined;
      if (typeof reply?.result?.value === 'number') return reply.result.value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${expression}`);
      await new Promise((r) => setTimeout(r, 2));
    }
  } finally {
    await raw.detach();
  }
}

/** Detection, the floor, Readability and the comparison on each page. */
async function measurePages(harness: Harness): Promise<Array<[string, PageTimes]>> {
  const [detection, readability] = [await detectionBundle(), readabilitySource()];
  const measure = (page: Page) => measurePage(page, detection, readability, { samples: SAMPLES, sampleMs: SAMPLE_MS });
  const rows: Array<[string, PageTimes]> = [];
  rows.push(['article page (demo)', await measure(await harness.openPage(DEMO_ARTICLE_PATH))]);
  rows.push(['partial reprint', await measure(await harness.openPage(PARTIAL.path, PARTIAL.host))]);
  rows.push(['altered reprint (one figure)', await measure(await harness.openPage(ALTERED_PAGE))]);
  const large = await harness.openPage('/', NON_HOST).catch(() => harness.context.newPage());
  await large.setContent(unrelatedChineseHtml());
  rows.push(['1.5 MB unrelated Chinese', await measure(large)]);
  return rows;
}

interface PopupTimes {
  popup: number[];
  blank: number[];
  /** The same opens by the page's own clock, from its navigation start: the window's opening left out. */
  popupInPage: number[];
  blankInPage: number[];
}

/** openPopup() → summary rendered, next to openPopup() → a blank extension page (no script), in turn. */
async function measurePopup(harness: Harness): Promise<PopupTimes> {
  const article = await harness.openPage(DEMO_ARTICLE_PATH);
  await harness.waitForBadge(await harness.tabIdOf(article), '✓');
  const session = await harness.context.browser()!.newBrowserCDPSession();
  const ext = `chrome-extension://${harness.extensionId}/`;
  const timeOpen = async (popupPath: string, ready: string) => {
    await harness.worker.evaluate((p) => chrome.action.setPopup({ popup: p }), popupPath);
    await article.bringToFront();
    const known = new Set((await listPageTargets(session)).map((t) => t.targetId));
    const t0 = performance.now();
    await harness.worker.evaluate(() => chrome.action.openPopup());
    const target = await waitForNewPageTarget(session, (u) => u.startsWith(ext + popupPath), known, 10_000);
    const inPage = await pollTarget(session, target.targetId, ready);
    const elapsed = performance.now() - t0;
    await session.send('Target.closeTarget', { targetId: target.targetId });
    return { elapsed, inPage };
  };
  // The blank page: the smallest static file the build ships, shown as plain text (no script, and
  // not JSON, which Chromium would hand to its JSON viewer).
  const BLANK = 'content-scripts/detector.css';
  const times: PopupTimes = { popup: [], blank: [], popupInPage: [], blankInPage: [] };
  // One untimed round first: the first popup window of a run pays for creating the bubble.
  await timeOpen(BLANK, `document.readyState === 'complete'`);
  await timeOpen('popup.html', `!!document.querySelector('${POPUP_READY}')`);
  for (let i = 0; i < SAMPLES; i++) {
    const blank = await timeOpen(BLANK, `document.readyState === 'complete'`);
    const popup = await timeOpen('popup.html', `document.readyState === 'complete' && !!document.querySelector('${POPUP_READY}')`);
    times.blank.push(blank.elapsed);
    times.popup.push(popup.elapsed);
    times.blankInPage.push(blank.inPage);
    times.popupInPage.push(popup.inPage);
  }
  await harness.worker.evaluate(() => chrome.action.setPopup({ popup: 'popup.html' }));
  return times;
}

/** Fresh loads per browser before the other build takes its turn. */
const NOISE_BLOCK = 5;

/**
 * When the noise is hidden on each noise page, for this build (and the baseline build, in turns with it). One
 * browser at a time: a second one alive beside it, even idle, skewed the timings here. The builds take turns in
 * blocks of fresh loads, each round starting with the other build.
 */
async function measureNoise(baselineDir: string | undefined): Promise<Array<[string, NoiseTiming[]]>> {
  const builds = baselineDir ? [undefined, baselineDir] : [undefined];
  const runs = new Map<string, NoiseTimes[][]>(NOISE_PAGES.map(([name]) => [name, builds.map(() => [])]));
  for (let round = 0; round < Math.ceil(NOISE_RUNS / NOISE_BLOCK); round++) {
    for (const dir of round % 2 ? [...builds].reverse() : builds) {
      const browser = await launch({ extensionDir: dir });
      try {
        for (const [name, where] of NOISE_PAGES) {
          const [timing] = await measureNoiseHidden([browser], where, NOISE_BLOCK);
          runs.get(name)![builds.indexOf(dir)]!.push(...timing!.runs);
        }
      } finally {
        await browser.close();
      }
    }
  }
  return NOISE_PAGES.map(([name]) => [name, runs.get(name)!.map(summariseNoise)]);
}

interface Results {
  pages: Array<[string, PageTimes]>;
  popup: PopupTimes;
  noise: Array<[string, NoiseTiming[]]>;
}

function pageTables(out: (line: string) => void, { pages }: Results): void {
  out(
    '| page | text | verdict | detection | floor (textContent) | Readability.parse | detection ÷ floor | (detection − floor) ÷ Readability |',
  );
  out('| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, t] of pages) {
    out(
      `| ${name} | ${(t.bytes / 1000).toFixed(1)} KB | ${t.verdict} | ${ms(t.detect)} | ${ms(t.floor)} | ${ms(t.readability)} | ${t.detectOverFloor.toFixed(2)}× | ${pct(t.addedOverReadability)} |`,
    );
  }
  out('\n| page | changed facts | comparison | detection | comparison ÷ detection |\n| --- | ---: | ---: | ---: | ---: |');
  for (const [name, t] of pages) {
    if (t.compare === null) out(`| ${name} | — | not run (no article) | ${ms(t.detect)} | — |`);
    else out(`| ${name} | ${t.changes} | ${ms(t.compare)} | ${ms(t.detect)} | ${t.ratio!.toFixed(2)}× |`);
  }
}

function popupTable(out: (line: string) => void, { popup }: Results): void {
  // Popup windows open in two speeds on this machine (about 100 and about 290 ms, whatever the
  // page): the fastest run is the steadiest figure, the median and slowest show the spread.
  const spread = (xs: number[]) => [Math.min(...xs), median(xs), Math.max(...xs)].map((x) => x.toFixed(1)).join(' | ');
  out(`\n| open | fastest ms | median ms | slowest ms |\n| --- | ---: | ---: | ---: |`);
  out(`| openPopup() → summary rendered | ${spread(popup.popup)} |`);
  out(`| openPopup() → blank extension page | ${spread(popup.blank)} |`);
  out(
    `| difference (our popup's own cost) | ${(Math.min(...popup.popup) - Math.min(...popup.blank)).toFixed(1)} | ${(median(popup.popup) - median(popup.blank)).toFixed(1)} | |`,
  );
  // The page's own clock leaves the window's opening (the two speeds) out.
  out(`| in the page: navigation start → summary rendered | ${spread(popup.popupInPage)} |`);
  out(`| in the page: navigation start → blank page loaded | ${spread(popup.blankInPage)} |`);
  out(
    `| difference in the page | ${(Math.min(...popup.popupInPage) - Math.min(...popup.blankInPage)).toFixed(1)} | ${(median(popup.popupInPage) - median(popup.blankInPage)).toFixed(1)} | |`,
  );
}

function noiseTable(out: (line: string) => void, { noise }: Results): void {
  out(
    `\n| caption noise hidden (ms from navigation start, median of fresh loads) | build | hidden at | first paint | DOMContentLoaded | visible for (hidden − first paint) | hidden before first paint | shown again after hidden |`,
  );
  out('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, timings] of noise) {
    timings.forEach((t, i) => {
      const build = i === 0 ? 'this build' : 'baseline build';
      out(
        `| ${name} | ${build} | ${t.hiddenAt.toFixed(1)} | ${t.firstPaint.toFixed(1)} | ${t.domContentLoaded.toFixed(1)} | ${t.visibleFor.toFixed(1)} | ${t.beforeFirstPaint} of ${t.runs.length} | ${t.flashes} |`,
      );
    });
  }
}

function sizeTable(out: (line: string) => void, dir: string): void {
  const gz = (file: string) => gzipSize(dir, file);
  const files = (d: string): string[] =>
    readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? files(join(d, f)) : [join(d, f)]));
  out('\n| bundle | bytes | gzipped |\n| --- | ---: | ---: |');
  for (const f of files(dir).filter((f) => /\.(js|css|json|html)$/.test(f) && !f.includes('_locales'))) {
    const file = relative(dir, f);
    out(`| ${unhashed(file)} | ${statSync(f).size.toLocaleString('en')} | ${gz(file).toLocaleString('en')} |`);
  }
}

function budgetTable(out: (line: string) => void, r: Results, dir: string): void {
  const sizes = bundleSizes(dir);
  const page = (name: string) => r.pages.find(([n]) => n.startsWith(name))![1];
  const ownFastest = Math.min(...r.popup.popup) - Math.min(...r.popup.blank);
  const ownMedian = median(r.popup.popup) - median(r.popup.blank);
  out('\n| budget | limit | measured | met |\n| --- | ---: | ---: | --- |');
  out(
    `| always-on content scripts, gzipped (${sizes.alwaysOnFiles.join(' + ')}) | ≤ ${ALWAYS_ON_BUDGET.toLocaleString('en')} B | ${sizes.alwaysOn.toLocaleString('en')} B | ${yes(sizes.alwaysOn <= ALWAYS_ON_BUDGET)} |`,
  );
  out(
    `| popup as it opens, gzipped (${sizes.popupFiles.map(unhashed).join(' + ')}) | ≤ ${POPUP_BUDGET.toLocaleString('en')} B | ${sizes.popup.toLocaleString('en')} B | ${yes(sizes.popup <= POPUP_BUDGET)} |`,
  );
  out(
    `| popup's own cost: fastest open minus fastest blank page (median beside it) | ≤ ${POPUP_OWN_COST_MS} ms | ${ownFastest.toFixed(1)} ms (median ${ownMedian.toFixed(1)} ms) | ${yes(ownFastest <= POPUP_OWN_COST_MS)} |`,
  );
  const inPageFastest = Math.min(...r.popup.popupInPage) - Math.min(...r.popup.blankInPage);
  const inPageMedian = median(r.popup.popupInPage) - median(r.popup.blankInPage);
  out(
    `| popup's own cost by the page's own clock (the window's opening left out): fastest minus fastest (median beside it) | ≤ ${POPUP_OWN_COST_MS} ms | ${inPageFastest.toFixed(1)} ms (median ${inPageMedian.toFixed(1)} ms) | ${yes(inPageFastest <= POPUP_OWN_COST_MS)} |`,
  );
  for (const name of ['article page', 'partial reprint']) {
    const ratio = page(name).ratio!;
    out(
      `| comparison ÷ detection, ${name} | ≤ ${MAX_COMPARISON_OVER_DETECTION}× | ${ratio.toFixed(2)}× | ${yes(ratio <= MAX_COMPARISON_OVER_DETECTION)} |`,
    );
  }
  for (const [name, t] of r.pages.filter(([, t]) => t.bytes >= HELD_FROM_BYTES)) {
    const ok = t.detectOverFloor <= MAX_DETECT_OVER_FLOOR && t.addedOverReadability <= MAX_ADDED_OVER_READABILITY;
    out(
      `| detection on a page with ≥ 20 KB of text (${name}): ÷ floor; (− floor) ÷ Readability | ≤ ${MAX_DETECT_OVER_FLOOR}×; ≤ ${pct(MAX_ADDED_OVER_READABILITY)} | ${t.detectOverFloor.toFixed(2)}×; ${pct(t.addedOverReadability)} | ${yes(ok)} |`,
    );
  }
  for (const [name, [ours, base]] of r.noise) {
    const measured = `${ours!.hiddenAt.toFixed(1)} ms${base ? ` (baseline ${base.hiddenAt.toFixed(1)} ms)` : ''}`;
    const met = base ? yes(ours!.hiddenAt <= base.hiddenAt) : 'run with --baseline';
    out(`| caption noise hidden, ${name}: median ms from navigation start | ≤ baseline build's | ${measured} | ${met} |`);
    out(
      `| caption noise shown again once hidden (a flash), ${name} | 0 loads | ${ours!.flashes} of ${ours!.runs.length} | ${yes(ours!.flashes === 0)} |`,
    );
  }
}

async function main(): Promise<void> {
  const dir = extensionDir();
  const harness = await launch();
  let results: Results;
  try {
    results = { pages: await measurePages(harness), popup: await measurePopup(harness), noise: [] };
  } finally {
    await harness.close();
  }
  results.noise = await measureNoise(flags.baseline);
  const lines: string[] = [];
  /** Prints a line and keeps it for docs/benchmark.md. */
  const out = (line: string) => {
    console.log(line);
    lines.push(line);
  };
  out(`\nStargate Brief bench — ${new Date().toISOString()}, ${SAMPLES} samples, medians (ms of main-thread CPU unless said)\n`);
  pageTables(out, results);
  popupTable(out, results);
  noiseTable(out, results);
  sizeTable(out, dir);
  budgetTable(out, results, dir);
  const chromium = execFileSync(await findChromium(), ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] })
    .toString()
    .trim();
  out(`\n${chromium}, Node ${process.version}`);
  if (flags.write) writeLatestRun(lines);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
