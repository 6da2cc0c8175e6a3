import { useId } from 'preact/hooks';
import type { Actor, ArticleFacts } from '@/utils/article/schema';
import type { Lang } from '@/utils/i18n';
import { LANG_TAG, t } from '@/utils/i18n';
import type { HeadingLevel } from '@/components/Heading';
import { Heading, nextLevel } from '@/components/Heading';
import { FactButton } from '@/components/FactButton';
import type { OnSource } from '@/utils/article/sentences';
import { sentenceIdAt, sentenceRef } from '@/utils/article/sentences';
import { nameMentions, orderActors } from '@/utils/article/order';
import { factOf } from '@/components/facts';
import { formatFigure } from '@/utils/i18n';

/** What the actor rows read: the people, and the facts their parts point at. */
export type ActorsFacts = Pick<ArticleFacts, 'actors' | 'sentences' | 'figures' | 'timeline'>;

export interface ActorsProps {
  article: ActorsFacts;
  lang: Lang;
  onSource: OnSource;
  headingLevel?: HeadingLevel;
}

/** The name in the UI language first, the other language beside it. */
function ActorName({ actor, lang }: { actor: Actor; lang: Lang }) {
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  return (
    <>
      <span class="sgb-name" lang={LANG_TAG[lang]}>
        {actor.name[lang]}
      </span>{' '}
      <span class="sgb-name-other" lang={LANG_TAG[other]}>
        {actor.name[other]}
      </span>
    </>
  );
}

/** What the person does in the story: their part (pipeline/salience.ts), said as the fact it is. */
function ActorPart({ actor, article, lang, onSource }: { actor: Actor; article: ActorsFacts; lang: Lang; onSource: OnSource }) {
  const fact = actor.part ? factOf(article, actor.part) : null;
  if (!fact) return null;
  const s = t(lang);
  const span = fact.kind === 'figure' ? fact.figure : fact.entry;
  return (
    <FactButton
      lang={lang}
      sourceRef={sentenceRef(article, span.sentence, span)}
      sentenceId={span.sentence}
      onSource={onSource}
      class="sgb-part"
    >
      <span class="sgb-sr-only">{`${s.partLabel}: `}</span>
      {fact.kind === 'figure' ? (
        <span lang={LANG_TAG[lang]}>
          {fact.figure.speaker === actor.id && `${s.says}${lang === 'en' ? ': ' : ':'}`}
          <span class="sgb-amount">{formatFigure(fact.figure, lang)}</span>
          {lang === 'en' ? ', ' : ','}
          {fact.figure.measures[lang]}
        </span>
      ) : (
        <span lang={LANG_TAG[lang]}>
          {/* Where the person is the one who reports it (哈伯曼称), say so: the event is their account. */}
          {fact.entry.attribution?.actor === actor.id && `${s.says}${lang === 'en' ? ': ' : ':'}`}
          {fact.entry.event[lang]}
        </span>
      )}
    </FactButton>
  );
}

function ActorItem({ actor, article, lang, onSource }: { actor: Actor; article: ActorsFacts; lang: Lang; onSource: OnSource }) {
  const s = t(lang);
  const names = nameMentions(actor);
  const first = names[0];
  const firstSentence = first ? sentenceIdAt(article, first.start) : undefined;
  const roleSentence = actor.role ? sentenceIdAt(article, actor.role.start) : undefined;
  return (
    <li class="sgb-item sgb-actor" data-actor={actor.id} data-kind={actor.kind}>
      <div class="sgb-item-head">
        {first && firstSentence ? (
          <FactButton
            lang={lang}
            sourceRef={sentenceRef(article, firstSentence, first)}
            sentenceId={firstSentence}
            onSource={onSource}
            class="sgb-actor-name"
          >
            <ActorName actor={actor} lang={lang} />
          </FactButton>
        ) : (
          <span class="sgb-actor-name">
            <ActorName actor={actor} lang={lang} />
          </span>
        )}
        <span class="sgb-count">{s.mentions(names.length)}</span>
      </div>
      {actor.role && roleSentence && (
        <FactButton
          lang={lang}
          sourceRef={sentenceRef(article, roleSentence, actor.role)}
          sentenceId={roleSentence}
          onSource={onSource}
          class="sgb-role"
        >
          <span lang={LANG_TAG[lang]}>{actor.role[lang]}</span>
          {lang === 'en' && (
            <span class="sgb-original" lang="zh-CN">
              {' '}
              {actor.role.zh}
            </span>
          )}
        </FactButton>
      )}
      <ActorPart actor={actor} article={article} lang={lang} onSource={onSource} />
      {actor.aliases.length > 0 && (
        <p class="sgb-aliases">
          {s.alsoCalled}
          {lang === 'en' ? ': ' : ':'}
          <span lang="zh-CN">{actor.aliases.join('、')}</span>
        </p>
      )}
      {/* Where the name takes more than the text gives (a given name, which Haberman). */}
      {actor.basis && (
        <details class="sgb-basis">
          <summary>{s.nameBasis}</summary>
          <p lang={LANG_TAG[lang]}>{actor.basis[lang]}</p>
        </details>
      )}
    </li>
  );
}

function ActorGroup({
  title,
  actors,
  level,
  quietTitle = false,
  ...rest
}: {
  title: string;
  actors: Actor[];
  level: HeadingLevel;
  /** The first group's title is for screen readers only: the section's heading already says it (and the popup's first screen has no room). */
  quietTitle?: boolean;
  article: ActorsFacts;
  lang: Lang;
  onSource: OnSource;
}) {
  if (actors.length === 0) return null;
  return (
    <div class="sgb-group">
      <Heading level={level} class={quietTitle ? 'sgb-sr-only' : 'sgb-subheading'}>
        {title}
      </Heading>
      <ul class="sgb-list">
        {actors.map((a) => (
          <ActorItem key={a.id} actor={a} {...rest} />
        ))}
      </ul>
    </div>
  );
}

/** People and organisations the text names: what each person does in the story, the role the text gives, how often it names them. */
export function Actors({ article, lang, onSource, headingLevel = 2 }: ActorsProps) {
  const s = t(lang);
  const { people, organisations } = orderActors(article.actors);
  const headingId = useId();
  return (
    <section class="sgb-section" aria-labelledby={headingId}>
      <Heading level={headingLevel} id={headingId} class="sgb-section-heading">
        {s.actorsHeading}
      </Heading>
      <ActorGroup
        title={s.people}
        actors={people}
        level={nextLevel(headingLevel)}
        quietTitle
        article={article}
        lang={lang}
        onSource={onSource}
      />
      <ActorGroup
        title={s.organisations}
        actors={organisations}
        level={nextLevel(headingLevel)}
        article={article}
        lang={lang}
        onSource={onSource}
      />
    </section>
  );
}
