/**
 * In-page timing shared by `npm run bench` and `npm run corpus`: our detection path (bundled from
 * the content script's own modules), the floor (one read of `document.body.textContent`) and
 * Mozilla Readability's `parse()` on a clone of the document, each the median over samples that
 * repeat the work for at least `sampleMs`, so coarse timers still give a per-run time.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from './harness';

export interface PageTimes {
  detect: number;
  floor: number;
  readability: number;
  verdict: string;
  chars: number;
  /** The background's comparison of the page text with the article (null where the page holds none of it). */
  compare: number | null;
  /** comparison ÷ detection, the median of back-to-back pairs (the two medians drift apart on a busy machine). */
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

/** The detection path as the content script runs it, bundled for the page's main world. */
export async function detectionBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `
        import { detect } from './utils/detect/coverage';
        import { getFingerprint } from './entrypoints/background/fingerprint-provider';
        import { compareCopy } from './entrypoints/background/changed-facts/compare';
        import { article } from './utils/article/data';
        import { foldTable } from './utils/detect/normalise';
        const fp = getFingerprint();
        const fold = foldTable(fp.fold);
        globalThis.__sgbDetect = () => detect(document.body.textContent ?? '', fp);
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

/** Times detection, the floor and Readability.parse on `page` (main world; the page is left as it was). */
export async function measurePage(page: Page, detection: string, readability: string, options: MeasureOptions): Promise<PageTimes> {
  // tsx keeps function names with an `__name` helper the page does not have.
  await page.evaluate('globalThis.__name = (fn) => fn');
  await page.evaluate(detection);
  await page.evaluate(readability);
  return page.evaluate(
    ({ samples, sampleMs }) => {
      type Fn = () => unknown;
      const g = globalThis as unknown as {
        __sgbDetect: () => { kind: string; coverage: number };
        __sgbCompare: (text: string) => { changes: unknown[] };
        __sgbReadability: new (doc: Document) => { parse(): unknown };
      };
      const perRun = (fn: Fn) => {
        let runs = 0;
        const t0 = performance.now();
        let t = t0;
        do {
          fn();
          runs++;
          t = performance.now();
        } while (t - t0 < sampleMs);
        return (t - t0) / runs;
      };
      const med = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]!;
      const series = (fn: Fn) => med(Array.from({ length: samples }, () => perRun(fn)));
      let sink = 0;
      const floor = series(() => (sink += (document.body?.textContent ?? '').length));
      const detect = series(() => (sink += g.__sgbDetect().coverage));
      const readability = series(() => new g.__sgbReadability(document.cloneNode(true) as Document).parse());
      const v = g.__sgbDetect();
      // The comparison runs only where the page holds (part of) the article, on the text already read.
      const text = document.body?.textContent ?? '';
      const compareRun = () => (sink += g.__sgbCompare(text).changes.length);
      const compare = v.kind === 'none' ? null : series(compareRun);
      const ratio =
        v.kind === 'none'
          ? null
          : med(Array.from({ length: samples }, () => perRun(compareRun) / perRun(() => (sink += g.__sgbDetect().coverage))));
      const changes = v.kind === 'none' ? 0 : g.__sgbCompare(text).changes.length;
      return {
        floor,
        detect,
        readability,
        verdict: `${v.kind} ${(v.coverage * 100).toFixed(0)}%`,
        chars: text.length + (sink > 0 ? 0 : 0),
        compare,
        ratio,
        changes,
      };
    },
    { samples: options.samples, sampleMs: options.sampleMs },
  );
}
