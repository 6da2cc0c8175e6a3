/**
 * Share controls shared by the popup, the overlay and the reader: "Copy as Markdown" and
 * "Download JSON" under the header, and a "copy link" beside every fact. The host decides what
 * each does (it knows the page, the tab, the verdict); these components only render the controls.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Lang } from '@/utils/i18n';
import { t } from '@/utils/i18n';
import type { SourceRef } from '@/utils/article/sentences';

export interface ShareActions {
  copyMarkdown(): void;
  downloadJson(): void;
  /** Copies a link to the sentence `sentenceId` (span `ref` of the parsed copy). */
  copyLink(ref: SourceRef, sentenceId: string): void;
}

/** Provided by a host that offers sharing; without it no share control is drawn. */
export const ShareContext = createContext<ShareActions | null>(null);

export function useShare(): ShareActions | null {
  return useContext(ShareContext);
}

/** Copy as Markdown and Download JSON, as one labelled group. */
export function ShareBar({ lang }: { lang: Lang }) {
  const share = useShare();
  if (!share) return null;
  const s = t(lang);
  return (
    <div class="sgb-share" role="group" aria-label={s.shareHeading}>
      <button
        type="button"
        class="sgb-button sgb-button-secondary sgb-share-button"
        data-share="markdown"
        onClick={() => share.copyMarkdown()}
      >
        {s.copyMarkdown}
      </button>
      <button type="button" class="sgb-button sgb-button-secondary sgb-share-button" data-share="json" onClick={() => share.downloadJson()}>
        {s.downloadJson}
      </button>
    </div>
  );
}

/** The small "copy link" button beside a fact; its description names the fact it links to. */
export function CopyLinkButton({
  lang,
  sourceRef,
  sentenceId,
  describedBy,
}: {
  lang: Lang;
  sourceRef: SourceRef;
  sentenceId: string;
  describedBy: string;
}) {
  const share = useShare();
  if (!share) return null;
  const label = t(lang).copyLink;
  return (
    <button
      type="button"
      class="sgb-copy-link"
      data-link={sentenceId}
      aria-label={label}
      aria-describedby={describedBy}
      title={label}
      onClick={() => share.copyLink(sourceRef, sentenceId)}
    >
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <path
          d="M6.5 9.5l3-3M7 4.5l1.2-1.2a2.5 2.5 0 013.5 3.5L10.5 8M9 11.5l-1.2 1.2a2.5 2.5 0 01-3.5-3.5L5.5 8"
          stroke="currentColor"
          stroke-width="1.5"
          stroke-linecap="round"
          fill="none"
        />
      </svg>
    </button>
  );
}
