import type { ComponentChildren } from 'preact';
import type { Block, ParsedArticle, Sentence } from '@/utils/article/schema';
import type { Lang } from '@/utils/i18n';

/** Blocks shown as one element: a block the page broke off (`continues`) joins the next. */
export function groupBlocks(blocks: readonly Block[]): Block[][] {
  const groups: Block[][] = [];
  let current: Block[] = [];
  for (const block of blocks) {
    current.push(block);
    if (!block.continues) {
      groups.push(current);
      current = [];
    }
  }
  if (current.length) groups.push(current);
  return groups;
}

/**
 * The text of a group with every sentence in its own span (`id="s12"`), so a fact can point at
 * it. Text between blocks of a group (the page's break) is left out; gaps inside stay plain text.
 */
function sentenceNodes(article: ParsedArticle, group: Block[]): ComponentChildren[] {
  const { text } = article;
  const pieces = (s: { start: number; end: number }) =>
    group
      .map((b) => ({ start: Math.max(s.start, b.start), end: Math.min(s.end, b.end) }))
      .filter((p) => p.start < p.end)
      .map((p) => text.slice(p.start, p.end))
      .join('');
  const inGroup = (s: Sentence) => group.some((b) => s.start < b.end && s.end > b.start);
  const sentences = article.sentences.filter(inGroup).sort((a, b) => a.start - b.start);
  const nodes: ComponentChildren[] = [];
  let cursor = group[0]?.start ?? 0;
  for (const s of sentences) {
    const gap = pieces({ start: cursor, end: s.start });
    if (gap) nodes.push(gap);
    nodes.push(
      <span key={s.id} id={s.id} class="reader-sentence" tabIndex={-1}>
        {pieces(s)}
      </span>,
    );
    cursor = Math.max(cursor, s.end);
  }
  const tail = pieces({ start: cursor, end: group[group.length - 1]?.end ?? cursor });
  if (tail) nodes.push(tail);
  return nodes;
}

/** The clean article: title (in English with its gloss under it), byline, paragraphs and captions; the page's noise blocks left out. */
export function ArticleText({ article, lang }: { article: ParsedArticle; lang: Lang }) {
  const groups = groupBlocks(article.blocks).filter((g) => g[0]?.kind !== 'noise');
  return (
    <>
      {groups.map((group) => {
        const kind = group[0]!.kind;
        const key = group[0]!.start;
        const children = sentenceNodes(article, group);
        switch (kind) {
          case 'title':
            return (
              <header key={key} class="reader-head">
                <h1 class="reader-title">{children}</h1>
                {lang === 'en' && article.titleGloss && (
                  <p class="reader-gloss" lang="en">
                    {article.titleGloss}
                  </p>
                )}
              </header>
            );
          case 'byline':
            return (
              <p key={key} class="reader-byline">
                {children}
              </p>
            );
          case 'caption':
            return (
              <p key={key} class="reader-caption">
                {children}
              </p>
            );
          default:
            return <p key={key}>{children}</p>;
        }
      })}
    </>
  );
}
