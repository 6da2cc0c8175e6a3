/**
 * Step 1: cut the page text into blocks (one per non-empty line) and say what each is.
 * The page is plain text: the title first, a byline "author YYYY-MM-DD hh:mm:ss", paragraphs,
 * image captions ending in (资料图), and page furniture at the end (read counter, the author's
 * name again, 简介: bio). A paragraph the page broke off mid-sentence gets `continues`.
 */
import type { Block } from '../utils/article/schema';

export interface Byline {
  author: string;
  /** ISO 8601 with +08:00 (the page shows Beijing time), or '' if absent. */
  published: string;
  /** Span of the date-time inside the text, for the timeline. */
  dateStart: number;
  dateEnd: number;
}

const BYLINE = /^(.+?)\s+(\d{4})-(\d{2})-(\d{2})(?:\s+(\d{2}):(\d{2})(?::(\d{2}))?)?$/u;
const CAPTION = /[(\uFF08]资料图[)\uFF09]$/u;
const READ_COUNTER = /^\d+\s*阅读[:\uFF1A]\s*[\d.万]+$/u;
const BIO = /^简介[:\uFF1A]/u;
/** Where a sentence may end; a block ending otherwise was broken off by the page. */
const SENTENCE_END = /[。!?\uFF01\uFF1F…”’」』)\uFF09]$/u;

/** Whether a block's text ends where a sentence may end (else the page broke it off, or the copy stops there). */
export function endsSentence(blockText: string): boolean {
  return SENTENCE_END.test(blockText);
}

export function parseByline(line: string, offset: number): Byline | null {
  const m = BYLINE.exec(line);
  if (!m) return null;
  const [, author = '', y, mo, d, h = '00', mi = '00', s = '00'] = m;
  const dateStart = offset + line.indexOf(`${y}-${mo}-${d}`);
  return { author: author.trim(), published: `${y}-${mo}-${d}T${h}:${mi}:${s}+08:00`, dateStart, dateEnd: offset + line.length };
}

export interface BlockResult {
  blocks: Block[];
  title: string;
  byline: Byline | null;
}

export function splitBlocks(text: string): BlockResult {
  const lines: { start: number; end: number; line: string }[] = [];
  const re = /[^\r\n]+/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const trimmed = m[0].trim();
    if (trimmed) lines.push({ start: m.index + lead, end: m.index + lead + trimmed.length, line: trimmed });
  }
  const blocks: Block[] = [];
  let title = '';
  let byline: Byline | null = null;
  lines.forEach(({ start, end, line }, i) => {
    let kind: Block['kind'] = 'paragraph';
    const parsedByline = i <= 2 && !byline ? parseByline(line, start) : null;
    if (i === 0 && !parsedByline) {
      kind = 'title';
      title = line;
    } else if (parsedByline) {
      kind = 'byline';
      byline = parsedByline;
    } else if (CAPTION.test(line)) kind = 'caption';
    else if (READ_COUNTER.test(line) || BIO.test(line) || (byline !== null && line === (byline as Byline).author)) kind = 'noise';
    blocks.push({ kind, start, end });
  });
  // A paragraph that stops without sentence-final punctuation goes on in the next paragraph.
  blocks.forEach((b, i) => {
    const next = blocks[i + 1];
    if (b.kind === 'paragraph' && next?.kind === 'paragraph' && !endsSentence(text.slice(b.start, b.end))) b.continues = true;
  });
  return { blocks, title, byline };
}
