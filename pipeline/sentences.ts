/**
 * Step 2: sentences with offsets. A sentence ends at 。!?！？… and keeps the closing quotes or
 * brackets right after it (…称为‘马斯克总统’。” stays whole). A block marked `continues`
 * carries its last sentence over into the next block; that sentence records the `join`.
 */
import type { Block, Sentence } from '../utils/article/schema';

const TERMINATOR = /[。!?\uFF01\uFF1F]|…+/gu;
const CLOSERS = /^[”’」』)\uFF09]*/u;

/** Which blocks carry running text (the byline too, so the publication date has a sentence). */
const SENTENCE_KINDS = new Set<Block['kind']>(['title', 'byline', 'paragraph', 'caption']);

function pieces(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const body = text.slice(start, end);
  let from = 0;
  TERMINATOR.lastIndex = 0;
  for (let m = TERMINATOR.exec(body); m; m = TERMINATOR.exec(body)) {
    let stop = m.index + m[0].length;
    stop += CLOSERS.exec(body.slice(stop))?.[0].length ?? 0;
    TERMINATOR.lastIndex = stop;
    out.push({ start: from, end: stop });
    from = stop;
  }
  if (from < body.length) out.push({ start: from, end: body.length });
  return out
    .map((p) => {
      const raw = body.slice(p.start, p.end);
      const lead = raw.length - raw.trimStart().length;
      return { start: start + p.start + lead, end: start + p.start + raw.trimEnd().length };
    })
    .filter((p) => p.end > p.start);
}

export function splitSentences(text: string, blocks: Block[]): Sentence[] {
  const sentences: Sentence[] = [];
  let carry: Sentence | null = null;
  blocks.forEach((block, bi) => {
    if (!SENTENCE_KINDS.has(block.kind)) return;
    const parts = pieces(text, block.start, block.end);
    parts.forEach((p, pi) => {
      if (carry && pi === 0) {
        // The broken-off sentence goes on here: one sentence across the page break.
        carry.join = { start: carry.end, end: p.start };
        carry.end = p.end;
        carry.blocks.push(bi);
        sentences.push(carry);
        carry = null;
        return;
      }
      const s: Sentence = { id: '', start: p.start, end: p.end, blocks: [bi] };
      if (block.continues && pi === parts.length - 1) carry = s;
      else sentences.push(s);
    });
  });
  if (carry) sentences.push(carry);
  sentences.forEach((s, i) => (s.id = `s${i}`));
  return sentences;
}

/** The sentence containing `offset` (binary search over the ordered sentences). */
export function sentenceAt(sentences: Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (!s) break;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
