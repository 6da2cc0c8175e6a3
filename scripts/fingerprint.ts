/**
 * Writes assets/fingerprint.json (the detector's fingerprint) from assets/article.parsed.json.
 * Run after the parser: `tsx scripts/parse.ts && tsx scripts/fingerprint.ts` (npm run parse).
 * `--check` exits 1 when the committed file differs from a fresh generation.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fingerprintFileFrom } from '../pipeline/fingerprint';

const parsedPath = fileURLToPath(new URL('../assets/article.parsed.json', import.meta.url));
const outPath = fileURLToPath(new URL('../assets/fingerprint.json', import.meta.url));

const fresh = fingerprintFileFrom(readFileSync(parsedPath, 'utf8'));
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(outPath, 'utf8');
  } catch {
    // missing: differs
  }
  if (current !== fresh) {
    console.error('assets/fingerprint.json is stale: run `tsx scripts/fingerprint.ts`.');
    process.exit(1);
  }
  console.log('assets/fingerprint.json is up to date.');
} else {
  writeFileSync(outPath, fresh);
  const fp = JSON.parse(fresh) as { paragraphs: { grams: number[] }[]; anchors: string[]; fold: string };
  const grams = fp.paragraphs.reduce((n, p) => n + p.grams.length, 0);
  console.log(
    `wrote assets/fingerprint.json: ${fp.paragraphs.length} paragraphs, ${grams} sampled grams, ${fp.anchors.length} anchors, ${fp.fold.length / 2} fold pairs, ${fresh.length} bytes`,
  );
}
