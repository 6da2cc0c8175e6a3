/**
 * The fact sheet as Markdown (Copy as Markdown): title, author, publication time and where it was
 * read, then people and organisations, figures and the timeline in the UI language, each fact
 * followed by its source sentence quoted in Chinese. The timeline is grouped and numbered as the
 * views show it (groupTimeline: the key days first), with the views' one note on dating. Pure: the caller writes it to the clipboard.
 *
 * Every piece of text from the article or the page URL is escaped, so nothing in it can turn into
 * markup (a `*` or `[` in a quote stays a character).
 */
import type { Actor, ArticleFacts, TimelineEntry } from '@/utils/article/schema';
import type { Lang } from '@/utils/i18n';
import { formatDayRange, formatEntryDate, formatFigure, formatPublished, t } from '@/utils/i18n';
import { chartT, detailT } from '@/utils/i18n-details';
import { EXPORT_STRINGS } from './strings';
import { groupTimeline, nameMentions, orderActors, timelineNumbers } from '@/utils/article/order';
import { datedFromOutside, keyDays } from '@/utils/article/when';
import { sentenceIdAt } from '@/utils/article/sentences';
import { claimGroupTitle, groupClaims, viewClaim } from '@/utils/article/claims';

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
  if (actor.basis) parts.push(escapeMarkdown(actor.basis[lang]));
  return parts.join(sep);
}

/** The sentence an actor is quoted from: where the text gives the role, else the first mention. */
function actorSentence(facts: ArticleFacts, actor: Actor): string | undefined {
  const at = actor.role?.start ?? nameMentions(actor)[0]?.start;
  return at === undefined ? undefined : sentenceIdAt(facts, at);
}

/** A timeline entry as the views show it: date ("about …" where only bounded), the headline's mark, the event, who says so, outside knowledge. */
function timelineLine(facts: ArticleFacts, e: TimelineEntry, lang: Lang): string {
  const s = t(lang);
  const sep = lang === 'zh' ? ';' : '; ';
  const date = formatEntryDate(e, lang) + (e.kind === 'headline-claim' ? ` (${s.headlineClaim})` : '');
  const by = e.attribution
    ? ((e.attribution.actor ? facts.actors.find((a) => a.id === e.attribution?.actor)?.name : undefined) ?? e.attribution.name)
    : undefined;
  const parts = [`**${escapeMarkdown(date)}**`, escapeMarkdown(e.event[lang])];
  if (by) parts.push(escapeMarkdown(s.accordingTo(by[lang])));
  if (datedFromOutside(e)) parts.push(escapeMarkdown(e.basis[lang]));
  return parts.join(sep);
}

export function toMarkdown({ facts, quotes, lang, readOn }: MarkdownInput): string {
  const s = { ...t(lang), ...EXPORT_STRINGS[lang] };
  const d = detailT(lang);
  const c = chartT(lang);
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
  out.push(escapeMarkdown(c.datingNote));
  const numbers = timelineNumbers(facts.timeline);
  for (const group of groupTimeline(facts.timeline)) {
    // The groups and numbers of the views: the key days first, each entry numbered by its place in time.
    const n = group.entries.length;
    const title = {
      key: () => c.keyDays(formatDayRange(keyDays(facts.timeline)!, lang)),
      before: () => c.background(n),
      after: () => c.afterwards(n),
      all: () => '',
    }[group.kind]();
    if (title) out.push(`### ${escapeMarkdown(title)}`);
    out.push(group.entries.map((e) => item(`${numbers.get(e.id)}.`, timelineLine(facts, e, lang), quote(e.sentence))).join('\n'));
  }

  // Who says what: each claim under its source, with what the source does and its marks.
  out.push(`## ${d.claimsHeading}`);
  const author = facts.claims.filter((c) => 'kind' in c.source && c.source.kind === 'author').length;
  out.push(escapeMarkdown(d.claimsSummary(facts.claims.length - author, author)));
  for (const g of groupClaims(facts)) {
    out.push(`### ${escapeMarkdown(claimGroupTitle(g, lang))}`);
    const line = (c: (typeof g.claims)[number]) => {
      const v = viewClaim(c, facts, lang);
      const head = [v.stance && `**${escapeMarkdown(v.stance)}**`, ...v.marks.map((m) => escapeMarkdown(`(${m.label})`))].filter(Boolean);
      const rest = [v.says, v.dates, v.note, v.via, v.about].filter((x): x is string => !!x).map(escapeMarkdown);
      return [head.join(' '), ...rest].filter(Boolean).join(sep);
    };
    out.push(g.claims.map((c) => item('-', line(c), quote(c.sentence))).join('\n'));
  }

  return `${out.join('\n\n')}\n`;
}
