/**
 * `parseArticle(text)`: the whole pipeline, as named steps. Pure, no DOM, and it never
 * throws: empty text, another article or random bytes give an empty or partial result whose
 * `warnings` say what was missing.
 */
import { FORMAT_VERSION, type ParsedArticle, type ParseWarning } from '../utils/article/schema';
import { endsSentence, splitBlocks } from './blocks';
import { splitSentences } from './sentences';
import { buildActors } from './actors';
import { buildFigures } from './figures';
import { buildTimeline } from './timeline';
import { buildClaims } from './claims';
import { bundledLexicon, type Lexicon } from './lexicon';
import type { YMD } from './dates';
import { pickKeyPoints, pickParts, rankFacts } from './salience';
import { ARTICLE_NOTES } from './curation';

function emptyArticle(text: string, warnings: ParseWarning[]): ParsedArticle {
  return {
    format: FORMAT_VERSION,
    text,
    title: '',
    author: '',
    published: '',
    blocks: [],
    sentences: [],
    actors: [],
    figures: [],
    timeline: [],
    claims: [],
    keyPoints: [],
    warnings,
  };
}

export function parseArticle(text: string, lexicon: Lexicon = bundledLexicon.lexicon): ParsedArticle {
  const input = typeof text === 'string' ? text : '';
  const warnings: ParseWarning[] = bundledLexicon.issues.map((message) => ({ code: 'lexicon-invalid', message }));
  try {
    if (input.trim() === '') return emptyArticle(input, [...warnings, { code: 'empty-text', message: 'The text is empty.' }]);

    const { blocks, title, byline } = splitBlocks(input);
    if (!title) warnings.push({ code: 'no-title', message: 'No title line before the byline.' });
    if (!byline)
      warnings.push({
        code: 'no-byline',
        message: 'No byline "author YYYY-MM-DD hh:mm:ss"; dates cannot be resolved against publication.',
      });
    if (!blocks.some((b) => b.kind === 'paragraph')) warnings.push({ code: 'no-paragraphs', message: 'No paragraphs found.' });
    // A copy cut short (a truncated reprint, a broken download) stops mid-sentence: its facts are only those it still holds.
    const last = blocks.findLast((b) => b.kind === 'paragraph');
    if (last && !endsSentence(input.slice(last.start, last.end)))
      warnings.push({
        code: 'truncated',
        message: `The last paragraph stops mid-sentence ("…${input.slice(Math.max(last.start, last.end - 12), last.end)}"): the copy may be cut short.`,
      });

    const sentences = splitSentences(input, blocks);
    // The byline and page furniture are text too, but their names are not the story's actors.
    const storyBlocks = blocks.filter((b) => b.kind === 'title' || b.kind === 'paragraph' || b.kind === 'caption');
    const actors = buildActors(input, storyBlocks, lexicon);
    if (actors.length === 0)
      warnings.push({ code: 'no-actors', message: 'No actor from the lexicon is mentioned: probably not the bundled article.' });

    const actorIds = new Set(actors.map((a) => a.id));
    const figures = buildFigures(input, blocks, sentences).map((f) => {
      if (f.speaker === undefined || actorIds.has(f.speaker)) return f;
      const { speaker: _drop, ...rest } = f;
      return rest;
    });

    const m = byline ? /^(\d{4})-(\d{2})-(\d{2})/.exec(byline.published) : null;
    const published: YMD | null = m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
    const timeline = buildTimeline(input, blocks, sentences, actors, lexicon, published, warnings);
    const claims = buildClaims(input, blocks, sentences, actors, timeline, lexicon);

    const copy = { text: input, blocks, sentences, actors, figures, timeline };
    const ranked = rankFacts(copy);
    const parts = pickParts(copy, ranked);
    const note = ARTICLE_NOTES.find((n) => n.title === title);
    return {
      format: FORMAT_VERSION,
      text: input,
      title,
      author: byline?.author ?? '',
      published: byline?.published ?? '',
      ...(note ? { titleGloss: note.titleGloss, source: note.source } : {}),
      blocks,
      sentences,
      actors: actors.map((a) => {
        const part = parts.get(a.id);
        return part ? { ...a, part } : a;
      }),
      figures,
      timeline,
      claims,
      keyPoints: pickKeyPoints(copy, ranked),
      warnings,
    };
  } catch (err) {
    return emptyArticle(input, [...warnings, { code: 'internal-error', message: err instanceof Error ? err.message : String(err) }]);
  }
}
