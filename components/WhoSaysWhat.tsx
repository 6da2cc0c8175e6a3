import { useId } from 'preact/hooks';
import type { ArticleFacts, Claim } from '@/utils/article/schema';
import type { ClaimGroup } from '@/utils/article/claims';
import { groupClaims, viewClaim } from '@/utils/article/claims';
import type { Lang } from '@/utils/i18n';
import { detailT } from '@/utils/i18n-details';
import { LANG_TAG } from '@/utils/i18n';
import type { HeadingLevel } from '@/components/Heading';
import { Heading, nextLevel } from '@/components/Heading';
import { FactButton } from '@/components/FactButton';
import type { OnSource } from '@/utils/article/sentences';
import { sentenceRef } from '@/utils/article/sentences';
import { ClaimMap } from '@/components/ClaimMap';

export interface WhoSaysWhatProps {
  article: ArticleFacts;
  lang: Lang;
  onSource: OnSource;
  headingLevel?: HeadingLevel;
}

interface ItemProps {
  claim: Claim;
  article: ArticleFacts;
  lang: Lang;
  onSource: OnSource;
  /** Shown for a line of the map (a second copy of the claim, marked apart from the list's). */
  inMap?: boolean;
}

function ClaimItem({ claim, article, lang, onSource, inMap }: ItemProps) {
  const v = viewClaim(claim, article, lang);
  return (
    <li class="sgb-item sgb-said" {...{ [inMap ? 'data-map-claim' : 'data-claim']: claim.id }} data-stance={claim.stance}>
      {(v.stance || v.marks.length > 0 || v.dates) && (
        <p class="sgb-said-head">
          {v.stance && <span class="sgb-stance">{v.stance}</span>}
          {v.marks.map((m) => (
            <span key={m.label} class="sgb-mark" title={m.hint}>
              <span aria-hidden="true">{m.label}</span>
              <span class="sgb-sr-only">{`(${m.hint})`}</span>
            </span>
          ))}
          {v.dates && <span class="sgb-said-date">{v.dates}</span>}
        </p>
      )}
      <FactButton
        lang={lang}
        sourceRef={sentenceRef(article, claim.sentence, claim)}
        sentenceId={claim.sentence}
        onSource={onSource}
        class="sgb-says"
      >
        <span lang={LANG_TAG[lang]}>{v.says}</span>
      </FactButton>
      {v.note && <p class="sgb-said-note">{v.note}</p>}
      {(v.via || v.about) && (
        <p class="sgb-meta">
          {v.via && <span class="sgb-via">{v.via}</span>}
          {v.about && <span class="sgb-about">{v.about}</span>}
        </p>
      )}
    </li>
  );
}

function GroupTitle({ group, lang }: { group: ClaimGroup; lang: Lang }) {
  const d = detailT(lang);
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const count = <span class="sgb-count">{` · ${group.claims.length}`}</span>;
  if (group.kind === 'author-view' || group.kind === 'author-narration')
    return (
      <>
        {group.kind === 'author-view' ? d.authorView : d.authorNarration}
        {count}
      </>
    );
  const name = group.name ?? { zh: '', en: '' };
  if (group.kind === 'report' || group.kind === 'analysis')
    return (
      <>
        {d.unnamedSource(name[lang])}
        {count}
      </>
    );
  return (
    <>
      <span lang={LANG_TAG[lang]}>{name[lang]}</span>
      {name[other] !== name[lang] && (
        <>
          {' '}
          <span class="sgb-name-other" lang={LANG_TAG[other]}>
            {name[other]}
          </span>
        </>
      )}
      {count}
    </>
  );
}

/**
 * Who says what: every claim of the text under who stands behind it (see groupClaims), each with
 * what its source does (says, questions, criticises…) and its words, leading to its sentence.
 * What the author tells without a source is folded away: it is narration, not anyone's claim.
 * First, the map of who speaks of whom (ClaimMap), drawn from the same claims.
 */
export function WhoSaysWhat({ article, lang, onSource, headingLevel = 2 }: WhoSaysWhatProps) {
  const d = detailT(lang);
  const headingId = useId();
  const groups = groupClaims(article);
  const author = article.claims.filter((c) => 'kind' in c.source && c.source.kind === 'author').length;
  const level = nextLevel(headingLevel);
  return (
    <section class="sgb-section" aria-labelledby={headingId}>
      <Heading level={headingLevel} id={headingId} class="sgb-section-heading">
        {d.claimsHeading}
      </Heading>
      <p class="sgb-said-summary">{d.claimsSummary(article.claims.length - author, author)}</p>
      <ClaimMap
        article={article}
        lang={lang}
        onSource={onSource}
        headingLevel={level}
        renderClaim={(c) => <ClaimItem key={c.id} claim={c} article={article} lang={lang} onSource={onSource} inMap />}
      />
      {groups.map((group) => {
        const title = (
          <Heading level={level} class="sgb-said-source">
            <GroupTitle group={group} lang={lang} />
          </Heading>
        );
        const list = (
          <ul class="sgb-list">
            {group.claims.map((c) => (
              <ClaimItem key={c.id} claim={c} article={article} lang={lang} onSource={onSource} />
            ))}
          </ul>
        );
        return group.kind === 'author-narration' ? (
          <details key={group.key} class="sgb-group sgb-said-more" data-source={group.key}>
            <summary>{title}</summary>
            {list}
          </details>
        ) : (
          <div key={group.key} class="sgb-group" data-source={group.key}>
            {title}
            {list}
          </div>
        );
      })}
    </section>
  );
}
