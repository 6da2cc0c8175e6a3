/** The article the detector tests run against: the committed parsed copy, and its fingerprint. */
import { readFileSync } from 'node:fs';
import type { Block } from '@/utils/article/schema';
import { validateParsedArticle } from '@/utils/article/schema';
import { buildFingerprint } from '@/pipeline/fingerprint';
import { repoPath } from '@/rig/repo';

export const PARSED_PATH = repoPath('assets/article.parsed.json');
export const FINGERPRINT_PATH = repoPath('assets/fingerprint.json');

export interface TestArticle {
  text: string;
  author: string;
  blocks: Block[];
}

function load(): TestArticle {
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
