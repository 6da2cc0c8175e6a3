/**
 * The fact sheet as Markdown (Copy as Markdown): title, author, publication time and where it was
 * read, then people and organisations, figures and the timeline in the UI language, each fact
 * followed by its source sentence quoted in Chinese. Pure: the caller writes it to the clipboard.
 *
 * Every piece of text from the article or the page URL is escaped, so nothing in it can turn into
 * markup (a `*` or `[` in a quote stays a character).
 */
import type { Actor, ArticleFacts } from '@/utils/article/schema';
import type { Lang } from '@/utils/i18n';
import { dateMarks, formatDate, formatFigure, formatPublished, t } from '@/utils/i18n';
import { EXPORT_STRINGS } from './strings';
import { nameMentions, orderActors, orderTimeline } from '@/utils/article/order';
import { sentenceIdAt } from '@/utils/article/sentences';

/** Where the facts were read: a page's URL, or the bundled copy (the reader page). */
export type ReadOn = { kind: 'page'; url: string } | { kind: 'bundled' };

export interface MarkdownInput {
  facts: ArticleFacts;
  /** Sentence id → its words (see quotes.ts). */
  quotes: Readonly<Record<string, string>>;
  lang: Lang;
  readOn: ReadOn;
}

/**
 * Escapes what CommonMark (and GFM) could read as markup inside a line: emphasis, code, links,
 * HTML, entities, tables and strikethrough anywhere; block markers only at the start; and GFM's
 * bare-address links (`https://…`, `www.…`, `a@b.c`), whose end a viewer guesses: one that swallowed
 * the backslash of a following `\<` would turn `<javascript:…>` back into a live link.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>&|~@]/g, (c) => `\\${c}`)
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/^([#+\-=>])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A URL as an autolink when it is a plain http(s) URL, else as escaped text. */
function link(url: string): string {
  return /^https?:\/\/[^\s<>]+$/.test(url) ? `<${url}>` : escapeMarkdown(url);
}

/** One list item: the fact on the marker's line, its source sentence as a quote under it. */
function item(marker: string, fact: string, quote: string | undefined): string {
  const indent = ' '.repeat(marker.length + 1);
  const lines = [`${marker} ${fact}`];
  if (quote) lines.push(`${indent}> ${escapeMarkdown(quote)}`);
  return lines.join('\n');
}

function actorLine(actor: Actor, lang: Lang): string {
  const s = t(lang);
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const sep = lang === 'zh' ? ';' : '; ';
  const parts = [`**${escapeMarkdown(actor.name[lang])}** (${escapeMarkdown(actor.name[other])})`];
  if (actor.role) parts.push(escapeMarkdown(lang === 'en' ? `${actor.role.en} (${actor.role.zh})` : actor.role.zh));
  if (actor.aliases.length) parts.push(escapeMarkdown(`${s.alsoCalled}${lang === 'en' ? ': ' : ':'}${actor.aliases.join('、')}`));
  parts.push(escapeMarkdown(s.mentions(nameMentions(actor).length)));
  return parts.join(sep);
}

/** The sentence an actor is quoted from: where the text gives the role, else the first mention. */
function actorSentence(facts: ArticleFacts, actor: Actor): string | undefined {
  const at = actor.role?.start ?? nameMentions(actor)[0]?.start;
  return at === undefined ? undefined : sentenceIdAt(facts, at);
}

export function toMarkdown({ facts, quotes, lang, readOn }: MarkdownInput): string {
  const s = { ...t(lang), ...EXPORT_STRINGS[lang] };
  const colon = lang === 'en' ? ': ' : ':';
  const sep = lang === 'zh' ? ';' : '; ';
  const quote = (id: string | undefined) => (id ? quotes[id] : undefined);
  const out: string[] = [`# ${escapeMarkdown(facts.title)}`];

  const meta = [`- ${s.bylineBy}${colon}${escapeMarkdown(facts.author)}`];
  if (facts.published) meta.push(`- ${s.published}${colon}${escapeMarkdown(formatPublished(facts.published, lang))}`);
  meta.push(`- ${s.sourceLabel}${colon}${readOn.kind === 'page' ? link(readOn.url) : escapeMarkdown(s.bundledCopy)}`);
  out.push(meta.join('\n'));

  out.push(`## ${s.actorsHeading}`);
  const { people, organisations } = orderActors(facts.actors);
  for (const [title, group] of [
    [s.people, people],
    [s.organisations, organisations],
  ] as const) {
    if (group.length === 0) continue;
    out.push(`### ${title}`);
    out.push(group.map((a) => item('-', actorLine(a, lang), quote(actorSentence(facts, a)))).join('\n'));
  }

  out.push(`## ${s.figuresHeading}`);
  const figures = [...facts.figures].sort((a, b) => a.start - b.start);
  const speaker = (id: string | undefined) => (id ? (facts.actors.find((a) => a.id === id)?.name[lang] ?? id) : undefined);
  out.push(
    figures
      .map((f) => {
        const who = speaker(f.speaker);
        // English readers can check the amount against the words of the original, as in the popup.
        const amount = `**${escapeMarkdown(formatFigure(f, lang))}**${lang === 'en' ? ` (${escapeMarkdown(f.text)})` : ''}`;
        const parts = [amount, escapeMarkdown(f.measures[lang])];
        if (who) parts.push(escapeMarkdown(s.statedBy(who)));
        return item('-', parts.join(sep), quote(f.sentence));
      })
      .join('\n'),
  );

  out.push(`## ${s.timelineHeading}`);
  out.push(
    orderTimeline(facts.timeline)
      .map((e, i) => {
        // The same marks and attribution as the popup's timeline: a headline's claim is not an event.
        const marks = dateMarks(e, lang).map((m) => m.label);
        if (e.kind === 'headline-claim') marks.unshift(s.headlineClaim);
        const date = formatDate(e.date, e.precision, lang) + (marks.length ? ` (${marks.join(', ')})` : '');
        const by = e.attribution
          ? ((e.attribution.actor ? facts.actors.find((a) => a.id === e.attribution?.actor)?.name : undefined) ?? e.attribution.name)
          : undefined;
        const fact = `**${escapeMarkdown(date)}**${sep}${escapeMarkdown(e.event[lang])}${by ? `${sep}${escapeMarkdown(s.accordingTo(by[lang]))}` : ''}`;
        return item(`${i + 1}.`, fact, quote(e.sentence));
      })
      .join('\n'),
  );

  return `${out.join('\n\n')}\n`;
}
