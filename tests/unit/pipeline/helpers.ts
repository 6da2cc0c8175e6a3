/** Files of the repository (the one root-path helper lives in rig/repo.ts), and what every parse must hold. */
import { expect } from 'vitest';
import type { ParsedArticle } from '@/utils/article/schema';

export { readRepoFile } from '@/rig/repo';

/**
 * What a parse holds whatever the text: no internal error (a crash the parser caught and turned
 * into an empty article), one block per non-blank line with exactly that line's words, and every
 * visible character of running text (all but page furniture) inside a sentence. An empty article
 * fails this for any non-blank text, so a parser that broke cannot pass for one that found nothing.
 */
export function expectParsedWhole(text: string, parsed: ParsedArticle): void {
  // Property tests call this thousands of times: `expect` runs only where a check fails, for its message.
  const same = <T>(actual: T, expected: T) => JSON.stringify(actual) === JSON.stringify(expected) || expect(actual).toEqual(expected);
  same(
    parsed.warnings.filter((w) => w.code === 'internal-error'),
    [],
  );
  const lines = text
    .split(/[\r\n]+/u)
    .map((l) => l.trim())
    .filter(Boolean);
  same(
    parsed.blocks.map((b) => text.slice(b.start, b.end)),
    lines,
  );
  const inSentence = new Uint8Array(text.length);
  for (const s of parsed.sentences)
    for (let i = s.start; i < s.end; i++) if (!s.join || i < s.join.start || i >= s.join.end) inSentence[i] = 1;
  const outside: string[] = [];
  for (const b of parsed.blocks) {
    if (b.kind === 'noise') continue;
    for (let i = b.start; i < b.end; i++) if (!inSentence[i] && /\S/u.test(text[i]!)) outside.push(`${i}:${text[i]}`);
  }
  same(outside, []);
}
