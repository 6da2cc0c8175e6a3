import { useId } from 'preact/hooks';
import type { ChangedFactsResult, FactChange } from '@/utils/changed-facts';
import type { Lang } from '@/utils/i18n';
import { LANG_TAG, t } from '@/utils/i18n';
import type { HeadingLevel } from '@/components/Heading';
import { Heading } from '@/components/Heading';
import type { OnSource } from '@/utils/article/sentences';
import { compared } from '@/utils/page-state';

export interface ChangedFactsProps {
  result: ChangedFactsResult;
  lang: Lang;
  onSource: OnSource;
  headingLevel?: HeadingLevel;
}

function ChangeItem({ change, lang, onSource }: { change: FactChange; lang: Lang; onSource: OnSource }) {
  const s = t(lang);
  const { sentence } = change;
  return (
    <li class="sgb-item sgb-change" data-change-kind={change.kind} data-fact={change.id}>
      <p class="sgb-change-what">
        <span class="sgb-change-kind">{s.changeKind[change.kind]}</span> <span>{change.what[lang]}</span>
      </p>
      <p class="sgb-change-words">
        <span class="sgb-sr-only">{`${s.changeOriginal}: `}</span>
        <span class="sgb-change-original" lang="zh-CN">
          {change.original}
        </span>
        <span class="sgb-change-arrow" aria-hidden="true">
          →
        </span>
        <span class="sgb-sr-only">{`, ${s.changePage}: `}</span>
        {/* The page's own words and script (a Traditional page shows 億). */}
        <span class="sgb-change-page" lang="zh">
          {change.page || s.changeDropped}
        </span>
        {change.count > 1 && <span class="sgb-change-count">{` (${s.changeCount(change.count)})`}</span>}
      </p>
      <button
        type="button"
        class="sgb-change-show"
        data-sentence={sentence.id}
        onClick={() => onSource({ start: sentence.start, end: sentence.end, text: change.pageSentence }, sentence.id)}
      >
        {s.showChangeOnPage}
      </button>
    </li>
  );
}

/**
 * Changes in this copy: one item per fact the page's copy changes (the article's words and the
 * page's, each as its text has them, and how many places make the same change); an empty or
 * failed comparison says it could not be made ("No facts changed" is the status line's to say).
 * Passages the page lacks below, collapsed.
 */
export function ChangedFacts({ result, lang, onSource, headingLevel = 2 }: ChangedFactsProps) {
  const s = t(lang);
  const headingId = useId();
  const { changes, missing } = result;
  const status = changes.length ? s.changesSummary(changes.length) : s.notCompared;
  const tone = changes.length ? 'sgb-changes-warn' : 'sgb-changes-unknown';
  return (
    <section
      class={`sgb-section sgb-changes${changes.length ? ' sgb-changes-found' : ''}`}
      aria-labelledby={headingId}
      lang={LANG_TAG[lang]}
    >
      <Heading level={headingLevel} id={headingId} class="sgb-section-heading">
        {s.changesHeading}
      </Heading>
      {/* "No facts changed" is the status line's to say; here what changed, or that nothing could be compared. */}
      {(changes.length > 0 || !compared(result)) && <p class={`sgb-changes-status ${tone}`}>{status}</p>}
      {changes.length > 0 && (
        <ul class="sgb-list">
          {changes.map((c, i) => (
            <ChangeItem key={`${c.sentence.id}-${c.id}-${i}`} change={c} lang={lang} onSource={onSource} />
          ))}
        </ul>
      )}
      {missing.length > 0 && (
        <details class="sgb-missing">
          <summary>{s.missingHeading(missing.length)}</summary>
          <ul class="sgb-missing-list">
            {missing.map((m) => (
              <li key={m.sentenceId}>
                <span lang="zh-CN">{`${m.excerpt}…`}</span> <span class="sgb-meta">{s.missingSentences(m.sentences)}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
