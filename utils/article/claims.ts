/**
 * Claims grouped by who stands behind them, in the order every view and the Markdown export
 * show them: people and outlets the text names (in the order the story first quotes them), named
 * groups, unnamed reports and analyses, then the author: the writer's own view (the headline's
 * claims first, as they come first), and last what the author tells without a source.
 */
import type { ArticleFacts, Bilingual, Claim, ClaimSource } from './schema';
import type { DateMark, Lang } from '@/utils/i18n';
import { detailT } from '@/utils/i18n-details';
import { formatEntryDate, t } from '@/utils/i18n';

export type ClaimGroupKind = 'actor' | 'group' | 'report' | 'analysis' | 'author-view' | 'author-narration';

export interface ClaimGroup {
  /** Stable key: `actor:musk`, `report:报道`, `author-view`, … */
  key: string;
  kind: ClaimGroupKind;
  /** Who, for actor, group, report and analysis groups. */
  name?: Bilingual;
  /** The actor, for an actor group. */
  actor?: string;
  claims: Claim[];
}

const RANK: Record<ClaimGroupKind, number> = { actor: 0, group: 1, report: 2, analysis: 3, 'author-view': 4, 'author-narration': 5 };

/** The name a source goes by: an actor's name, or the words the text uses (外媒 "foreign media"); undefined for the author. */
export function sourceName(facts: Pick<ArticleFacts, 'actors'>, source: ClaimSource): Bilingual | undefined {
  if ('actor' in source) return facts.actors.find((a) => a.id === source.actor)?.name ?? { zh: source.actor, en: source.actor };
  return source.kind === 'author' ? undefined : source.name;
}

function groupOf(claim: Claim): { key: string; kind: ClaimGroupKind } {
  const s = claim.source;
  if ('actor' in s) return { key: `actor:${s.actor}`, kind: 'actor' };
  if (s.kind === 'author')
    return claim.stance === 'reports' ? { key: 'author-narration', kind: 'author-narration' } : { key: 'author-view', kind: 'author-view' };
  return { key: `${s.kind}:${s.name.zh}`, kind: s.kind };
}

export function groupClaims(facts: Pick<ArticleFacts, 'actors' | 'claims'>): ClaimGroup[] {
  const groups = new Map<string, ClaimGroup>();
  for (const claim of [...facts.claims].sort((a, b) => a.start - b.start)) {
    const { key, kind } = groupOf(claim);
    let group = groups.get(key);
    if (!group) {
      const name = sourceName(facts, claim.source);
      group = { key, kind, ...(name ? { name } : {}), ...('actor' in claim.source ? { actor: claim.source.actor } : {}), claims: [] };
      groups.set(key, group);
    }
    group.claims.push(claim);
  }
  // Within a rank, the order of first appearance (Map keeps it; the sort is stable).
  return [...groups.values()].sort((a, b) => RANK[a.kind] - RANK[b.kind]);
}

/** A claim as the views and the export word it, in the UI language (everything but the sentence it leads to). */
export interface ClaimView {
  /** What the source does: "says", "questions"… (left out for the author's narration, where it is always "reports"). */
  stance?: string;
  /** Marks with their explanations: headline's claim, quoted. */
  marks: DateMark[];
  /** Dates of the timeline entries that date it: "timeline: approx. 21 Jan 2025 · 22 Jan 2025"; '' if none. */
  dates: string;
  says: string;
  /** For a headline claim: what the body offers for it. */
  note?: string;
  via?: string;
  about?: string;
}

export function viewClaim(claim: Claim, facts: Pick<ArticleFacts, 'actors' | 'timeline'>, lang: Lang): ClaimView {
  const s = t(lang);
  const d = detailT(lang);
  const narration = 'kind' in claim.source && claim.source.kind === 'author' && claim.stance === 'reports';
  const dates = (claim.timeline ?? []).flatMap((id) => {
    const e = facts.timeline.find((x) => x.id === id);
    return e ? [formatEntryDate(e, lang)] : [];
  });
  const via = claim.via ? sourceName(facts, claim.via) : undefined;
  const about = (claim.target ?? []).map((id) => facts.actors.find((a) => a.id === id)?.name[lang] ?? id);
  return {
    ...(narration ? {} : { stance: d.stance[claim.stance] }),
    marks: [
      ...(claim.headline ? [{ label: s.headlineClaim, hint: s.headlineClaimHint }] : []),
      ...(claim.quoted ? [{ label: d.quoted, hint: d.quotedHint }] : []),
    ],
    dates: dates.length ? d.onTimeline([...new Set(dates)].join(' · ')) : '',
    says: claim.says[lang],
    ...(claim.headline ? { note: claim.headline[lang] } : {}),
    ...(via ? { via: d.relayedBy(via[lang]) } : {}),
    ...(about.length ? { about: d.claimAbout(about.join(lang === 'zh' ? '、' : ', ')) } : {}),
  };
}

/** A group's title as plain text: "Elon Musk (马斯克)", "A report (not named)", "The author's own view". */
export function claimGroupTitle(group: ClaimGroup, lang: Lang): string {
  const d = detailT(lang);
  if (group.kind === 'author-view') return d.authorView;
  if (group.kind === 'author-narration') return d.authorNarration;
  const name = group.name ?? { zh: '', en: '' };
  if (group.kind === 'report' || group.kind === 'analysis') return d.unnamedSource(name[lang]);
  if (name.zh === name.en) return name.zh;
  return lang === 'zh' ? `${name.zh}(${name.en})` : `${name.en} (${name.zh})`;
}
