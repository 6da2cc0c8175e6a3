/**
 * The article the detector tests run against: the parsed copy when it exists, otherwise a tiny
 * adapter over assets/article.txt (one block per non-empty line, classified by shape).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Block, BlockKind } from '../../../utils/article/schema';
import { validateParsedArticle } from '../../../utils/article/schema';
import { buildFingerprint } from '../../../pipeline/fingerprint';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const PARSED_PATH = resolve(ROOT, 'assets/article.parsed.json');
export const FINGERPRINT_PATH = resolve(ROOT, 'assets/fingerprint.json');

export interface TestArticle {
  text: string;
  author: string;
  blocks: Block[];
}

function fromTxt(): TestArticle {
  const text = readFileSync(resolve(ROOT, 'assets/article.txt'), 'utf8');
  const author = '千金不及冰淇淋';
  const blocks: Block[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    if (!line.trim()) continue;
    let kind: BlockKind = 'paragraph';
    if (blocks.length === 0) kind = 'title';
    else if (/^\S+ \d{4}-\d{2}-\d{2}/.test(line)) kind = 'byline';
    else if (/\(资料图\)$/.test(line)) kind = 'caption';
    else if (/阅读/.test(line) || line === author || /^简介/.test(line)) kind = 'noise';
    blocks.push({ kind, start, end: start + line.length });
  }
  return { text, author, blocks };
}

function load(): TestArticle {
  if (!existsSync(PARSED_PATH)) return fromTxt();
  const result = validateParsedArticle(JSON.parse(readFileSync(PARSED_PATH, 'utf8')));
  if (!result.ok) throw new Error(result.issues.join('\n'));
  return result.article;
}

export const article = load();
export const fp = buildFingerprint(article);
export const blockText = (b: Block) => article.text.slice(b.start, b.end);
export const body = article.blocks.filter((b) => b.kind === 'paragraph').map(blockText);
export const captions = article.blocks.filter((b) => b.kind === 'caption').map(blockText);
export const title = blockText(article.blocks.find((b) => b.kind === 'title')!);
