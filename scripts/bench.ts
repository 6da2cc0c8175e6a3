/// <reference types="chrome" />
/**
 * `npm run bench`: what Stargate Brief costs a page, next to what the browser spends anyway.
 *
 * One headless Chromium run with the production build. For each page, medians over repeated runs of
 *  - detection: the content script's own path (read the body's text once, `detect()` with the
 *    bundled fingerprint), bundled from the same modules;
 *  - the floor: one read of `document.body.textContent`;
 *  - Mozilla Readability's `parse()` on a clone of the document (what a reader-mode or summary
 *    extension spends);
 * then the time from `chrome.action.openPopup()` to the summary rendered, next to the same for a
 * blank extension page, and the gzipped size of every bundle. Ratios, not absolute times, are the
 * claim: the machines are shared and noisy.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CDPSession, Page } from 'playwright-core';
import { DEMO_ARTICLE_PATH } from '../pipeline/hosts';
import { launch, NON_HOST } from '../rig/harness';
import { REPO_ROOT } from '../rig/repo';
import { listPageTargets, waitForNewPageTarget } from '../rig/popup';
import { attachRaw } from '../rig/raw-session';
import { extensionDir } from '../rig/harness';
import { findChromium } from '../rig/chromium';
import { detectionBundle, measurePage, median, readabilitySource, type PageTimes } from '../rig/measure';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 15);
/** Each sample repeats the work for at least this long, so coarse timers still give a per-run time. */
const SAMPLE_MS = 40;
/** The ~60% reprint on a Sohu template (tests/pages): a partial copy. */
const PARTIAL = { path: '/a/partial-reprint.html', host: 'www.sohu.com' };
/** A full reprint that changes one figure (tests/pages): the comparison's slow path. */
const ALTERED_PAGE = '/dy/article/changed-figure.html';
/** The popup has rendered its first screen (the verdict and the key points; the lists below load after it). */
const POPUP_READY = '[data-keypoint]';

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

const BENCH_DOC = join(REPO_ROOT, 'docs/benchmark.md');
const RUN_START = '<!-- latest run: written by npm run bench -->';
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

/** An HTML entry and everything it loads: its scripts and styles and, recursively, their static imports. */
function pageFiles(dir: string, html: string): string[] {
  const seen = new Set<string>([html]);
  const queue = [...readFileSync(join(dir, html), 'utf8').matchAll(/(?:src|href)="\/([^"]+)"/g)].map((m) => m[1]!);
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/(?:from|import)\s*"\.\/([^"]+)"/g)) queue.push(join(file, '..', m[1]!));
  }
  return [...seen];
}

const measure = (page: Page, detection: string, readability: string): Promise<PageTimes> =>
  measurePage(page, detection, readability, { samples: SAMPLES, sampleMs: SAMPLE_MS });

/** Waits until `expression` is true in a target we only know by id (the action popup is not a Playwright page). */
async function pollTarget(session: CDPSession, targetId: string, expression: string, timeoutMs = 10_000): Promise<void> {
  const raw = await attachRaw(session, targetId);
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      const reply = (await raw.send('Runtime.evaluate', { expression, returnByValue: true })) as
        | { result?: { value?: unknown } }
        | undefined;
      if (reply?.result?.value === true) return;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${expression}`);
      await new Promise((r) => setTimeout(r, 2));
    }
  } finally {
    await raw.detach();
  }
}

async function main(): Promise<void> {
  const harness = await launch();
  try {
    const [detection, readability] = await Promise.all([detectionBundle(), Promise.resolve(readabilitySource())]);
    const rows: Array<[string, PageTimes]> = [];

    const article = await harness.openPage(DEMO_ARTICLE_PATH);
    rows.push(['article page (demo)', await measure(article, detection, readability)]);
    const partial = await harness.openPage(PARTIAL.path, PARTIAL.host);
    rows.push(['partial reprint', await measure(partial, detection, readability)]);
    const altered = await harness.openPage(ALTERED_PAGE);
    rows.push(['altered reprint (one figure)', await measure(altered, detection, readability)]);
    const large = await harness.openPage('/', NON_HOST).catch(() => harness.context.newPage());
    await large.setContent(unrelatedChineseHtml());
    rows.push(['1.5 MB unrelated Chinese', await measure(large, detection, readability)]);

    // Popup: openPopup() → summary rendered, next to openPopup() → a blank extension page (no script).
    const session = await harness.context.browser()!.newBrowserCDPSession();
    const ext = `chrome-extension://${harness.extensionId}/`;
    const timeOpen = async (popupPath: string, ready: string) => {
      await harness.worker.evaluate((p) => chrome.action.setPopup({ popup: p }), popupPath);
      await article.bringToFront();
      const known = new Set((await listPageTargets(session)).map((t) => t.targetId));
      const t0 = performance.now();
      await harness.worker.evaluate(() => chrome.action.openPopup());
      const target = await waitForNewPageTarget(session, (u) => u.startsWith(ext + popupPath), known, 10_000);
      await pollTarget(session, target.targetId, ready);
      const elapsed = performance.now() - t0;
      await session.send('Target.closeTarget', { targetId: target.targetId });
      return elapsed;
    };
    // The blank page: the smallest static file the build ships, shown as plain text (no script, and
    // not JSON, which Chromium would hand to its JSON viewer).
    const BLANK = 'content-scripts/detector.css';
    const popupTimes: number[] = [];
    const blankTimes: number[] = [];
    // One untimed round first: the first popup window of a run pays for creating the bubble.
    await timeOpen(BLANK, `document.readyState === 'complete'`);
    await timeOpen('popup.html', `!!document.querySelector('${POPUP_READY}')`);
    for (let i = 0; i < SAMPLES; i++) {
      blankTimes.push(await timeOpen(BLANK, `document.readyState === 'complete'`));
      popupTimes.push(await timeOpen('popup.html', `document.readyState === 'complete' && !!document.querySelector('${POPUP_READY}')`));
    }
    await harness.worker.evaluate(() => chrome.action.setPopup({ popup: 'popup.html' }));

    const lines: string[] = [];
    /** Prints a line and keeps it for docs/benchmark.md. */
    const out = (line: string) => {
      console.log(line);
      lines.push(line);
    };
    const ms = (x: number) => (x < 1 ? x.toFixed(3) : x.toFixed(2));
    out(`\nStargate Brief bench — ${new Date().toISOString()}, ${SAMPLES} samples, medians (ms)\n`);
    out(
      '| page | text chars | verdict | detection | floor (textContent) | Readability.parse | detection ÷ floor | detection ÷ Readability |',
    );
    out('| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |');
    for (const [name, t] of rows) {
      out(
        `| ${name} | ${t.chars.toLocaleString('en')} | ${t.verdict} | ${ms(t.detect)} | ${ms(t.floor)} | ${ms(t.readability)} | ${(t.detect / t.floor).toFixed(2)}× | ${((t.detect / t.readability) * 100).toFixed(2)}% |`,
      );
    }
    out(
      '\n| page | changed facts | comparison | detection | comparison ÷ detection (median of back-to-back pairs) |\n| --- | ---: | ---: | ---: | ---: |',
    );
    for (const [name, t] of rows) {
      if (t.compare === null) out(`| ${name} | — | not run (no article) | ${ms(t.detect)} | — |`);
      else out(`| ${name} | ${t.changes} | ${ms(t.compare)} | ${ms(t.detect)} | ${(t.ratio ?? t.compare / t.detect).toFixed(2)}× |`);
    }
    // Popup windows open in two speeds on this machine (about 100 and about 290 ms, whatever the
    // page): the fastest run is the steadiest figure, the median and slowest show the spread.
    const spread = (xs: number[]) => [Math.min(...xs), median(xs), Math.max(...xs)].map((x) => x.toFixed(1)).join(' | ');
    out(`\n| open | fastest ms | median ms | slowest ms |\n| --- | ---: | ---: | ---: |`);
    out(`| openPopup() → summary rendered | ${spread(popupTimes)} |`);
    out(`| openPopup() → blank extension page | ${spread(blankTimes)} |`);
    out(
      `| difference (our popup's own cost) | ${(Math.min(...popupTimes) - Math.min(...blankTimes)).toFixed(1)} | ${(median(popupTimes) - median(blankTimes)).toFixed(1)} | |`,
    );

    const dir = extensionDir();
    const gz = (file: string) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
    const files = (d: string): string[] =>
      readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? files(join(d, f)) : [join(d, f)]));
    out('\n| bundle | bytes | gzipped |\n| --- | ---: | ---: |');
    for (const f of files(dir).filter((f) => /\.(js|css|json|html)$/.test(f) && !f.includes('_locales'))) {
      const file = relative(dir, f);
      out(`| ${unhashed(file)} | ${statSync(f).size.toLocaleString('en')} | ${gz(file).toLocaleString('en')} |`);
    }
    const popupFiles = pageFiles(dir, 'popup.html');
    const popupSize = popupFiles.reduce((sum, f) => sum + gz(f), 0);
    const detector = gz('content-scripts/detector.js');
    const [articleRow] = rows;
    const worst = Math.max(...rows.map(([, t]) => t.detect / t.floor));
    out('\n| target | measured | met |\n| --- | ---: | --- |');
    out(`| detection ≤ 2× the floor on every page | worst ${worst.toFixed(2)}× | ${worst <= 2 ? 'yes' : 'no'} |`);
    const share = articleRow![1].detect / articleRow![1].readability;
    out(`| detection ≤ 5% of Readability on the article page | ${(share * 100).toFixed(2)}% | ${share <= 0.05 ? 'yes' : 'no'} |`);
    out(`| always-on content script < 6 KB gzipped | ${(detector / 1024).toFixed(2)} KB | ${detector < 6 * 1024 ? 'yes' : 'no'} |`);
    out(
      `| popup with its data < 30 KB gzipped (${popupFiles.map(unhashed).join(', ')}) | ${(popupSize / 1024).toFixed(2)} KB | ${popupSize < 30 * 1024 ? 'yes' : 'no'} |`,
    );
    out(
      `\nChromium ${execFileSync(await findChromium(), ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] })
        .toString()
        .trim()}, Node ${process.version}`,
    );
    writeLatestRun(lines);
  } finally {
    await harness.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
