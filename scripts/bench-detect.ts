/**
 * How detection time scales with page size (Node, same code as the content script).
 *   tsx scripts/bench-detect.ts
 * For each size: an unrelated page (rejected by the anchor pre-check) and a page that holds the
 * article somewhere (full path: normalise + rolling hash + lookups). Median of several runs.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { detect, type Fingerprint } from '../utils/detect/coverage';
import { normalise } from '../utils/detect/normalise';

const fp = JSON.parse(readFileSync(fileURLToPath(new URL('../assets/fingerprint.json', import.meta.url)), 'utf8')) as Fingerprint;
const article = readFileSync(fileURLToPath(new URL('../assets/article.txt', import.meta.url)), 'utf8');

/** Deterministic news-like filler: CJK with punctuation, digits, some Latin and whitespace. */
function filler(chars: number, seed = 1): string {
  let s = seed;
  const rnd = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const parts: string[] = [];
  let n = 0;
  while (n < chars) {
    const r = rnd();
    const piece =
      r < 0.06
        ? ','
        : r < 0.08
          ? '。\n'
          : r < 0.1
            ? ` ${Math.floor(rnd() * 10000)} `
            : r < 0.11
              ? ' AI '
              : String.fromCharCode(0x4e00 + Math.floor(rnd() * 0x4000));
    parts.push(piece);
    n += piece.length;
  }
  return parts.join('').slice(0, chars);
}

function time(fn: () => unknown, runs: number): number {
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    t.push(performance.now() - start);
  }
  return t.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

const sizes = [10_000, 100_000, 1_000_000, 5_000_000];
console.log('chars      UTF-8 MB  pre-check only (ms)  full detect (ms)  full ms/MB  verdict');
for (const size of sizes) {
  const unrelated = filler(size);
  const half = filler(Math.max(0, (size - article.length) / 2), 7);
  const holding = (half + article + half).slice(0, Math.max(size, article.length));
  const mb = Buffer.byteLength(holding, 'utf8') / 1e6;
  const runs = size >= 1_000_000 ? 5 : 21;
  detect(holding, fp); // warm up
  const pre = time(() => detect(unrelated, fp), runs);
  const full = time(() => detect(holding, fp), runs);
  const verdict = detect(holding, fp);
  console.log(
    `${String(size).padEnd(10)} ${mb.toFixed(2).padStart(8)}  ${pre.toFixed(2).padStart(19)}  ${full.toFixed(2).padStart(16)}  ${(full / mb).toFixed(1).padStart(10)}  ${verdict.kind} ${verdict.coverage.toFixed(3)}`,
  );
}
const big = filler(5_000_000);
console.log(`normalise alone, 5M chars: ${time(() => normalise(big), 5).toFixed(1)} ms`);
