/**
 * Step 4: figures. Every amount, share and duration in the running text (title, paragraphs,
 * captions; never the byline or page furniture such as `0 阅读:141`), in text order.
 */
import type { Block, Figure, Sentence } from '../utils/article/schema';
import { findAmounts, type AmountMatch } from '../utils/article/numbers';
import { sentenceAt } from './sentences';
import { FIGURE_NOTES } from './curation';
import { clauseBefore, compose, tenseOf } from './wording';

const FIGURE_KINDS = new Set<Block['kind']>(['title', 'paragraph', 'caption']);

const GENERIC_MEASURES: Record<AmountMatch['kind'], Figure['measures']> = {
  money: { zh: '金额', en: 'amount of money' },
  magnitude: { zh: '数额', en: 'amount' },
  share: { zh: '比例', en: 'share' },
  duration: { zh: '时长', en: 'length of time' },
};

export function buildFigures(text: string, blocks: Block[], sentences: Sentence[]): Figure[] {
  const figures: Figure[] = [];
  const usedNotes = new Set<number>();
  for (const block of blocks) {
    if (!FIGURE_KINDS.has(block.kind)) continue;
    const amounts = findAmounts(text, block.start, block.end);
    for (const a of amounts) {
      const sentence = sentenceAt(sentences, a.start);
      if (!sentence) continue;
      // 三家企业将投资5000亿美元: the clause leading to the amount marks its tense.
      const tense = tenseOf(clauseBefore(text, sentence.start, a.start));
      const sentenceText = text.slice(sentence.start, sentence.end);
      const noteIndex = FIGURE_NOTES.findIndex((n, i) => !usedNotes.has(i) && n.text === a.text && sentenceText.includes(n.near));
      const note = FIGURE_NOTES[noteIndex];
      if (note) usedNotes.add(noteIndex);
      const figure: Figure = {
        id: `f${figures.length}`,
        start: a.start,
        end: a.end,
        text: a.text,
        value: a.value,
        unit: a.unit,
        ...(a.qualifier ? { qualifier: a.qualifier } : {}),
        measures: (note ? compose(note.measures, tense, amounts) : null) ?? GENERIC_MEASURES[a.kind],
        ...(note?.speaker ? { speaker: note.speaker } : {}),
        ...(tense ? { tense } : {}),
        sentence: sentence.id,
      };
      figures.push(figure);
    }
  }
  return figures;
}
