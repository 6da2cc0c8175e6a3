/**
 * Looking up a fact by reference and saying it in a few words, for the views that show facts
 * outside their own lists (the key points, a person's part). Views only: no rules beyond wording.
 */
import type { ArticleFacts, FactRef, Figure, TimelineEntry } from '@/utils/article/schema';
import type { Lang } from '@/utils/i18n';

export type FactOf = { kind: 'figure'; figure: Figure } | { kind: 'entry'; entry: TimelineEntry };

export function factOf(article: Pick<ArticleFacts, 'figures' | 'timeline'>, ref: FactRef): FactOf | null {
  if (ref.kind === 'figure') {
    const figure = article.figures.find((f) => f.id === ref.id);
    return figure ? { kind: 'figure', figure } : null;
  }
  const entry = article.timeline.find((e) => e.id === ref.id);
  return entry ? { kind: 'entry', entry } : null;
}

/** Who says so, as the UI names them: a figure's speaker, an event's source. */
export function sourceName(article: Pick<ArticleFacts, 'actors'>, fact: FactOf, lang: Lang): string | undefined {
  if (fact.kind === 'figure') {
    const id = fact.figure.speaker;
    return id ? (article.actors.find((a) => a.id === id)?.name[lang] ?? id) : undefined;
  }
  const at = fact.entry.attribution;
  if (!at) return undefined;
  return (at.actor ? article.actors.find((a) => a.id === at.actor)?.name[lang] : undefined) ?? at.name[lang];
}
