/**
 * `npm run parse`: assets/article.txt → assets/article.parsed.json (validated, 2-space JSON,
 * trailing newline). Exits non-zero with the issues if the result does not validate.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../pipeline/parse';
import { serializeParsedArticle } from '../pipeline/serialize';
import { validateParsedArticle } from '../utils/article/schema';

const root = fileURLToPath(new URL('..', import.meta.url));
const text = readFileSync(`${root}assets/article.txt`, 'utf8');
const parsed = parseArticle(text);
const result = validateParsedArticle(parsed);
if (!result.ok) {
  console.error('article.parsed.json would be invalid:\n' + result.issues.map((i) => `  - ${i}`).join('\n'));
  process.exit(1);
}
writeFileSync(`${root}assets/article.parsed.json`, serializeParsedArticle(parsed));
console.log(
  `wrote assets/article.parsed.json: ${parsed.sentences.length} sentences, ${parsed.actors.length} actors, ${parsed.figures.length} figures, ${parsed.timeline.length} timeline entries, ${parsed.claims.length} claims, ${parsed.warnings.length} warnings`,
);
