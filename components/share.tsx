/**
 * Share controls shared by the popup, the overlay and the reader: one "Share" control holding
 * "Copy as Markdown" and "Download JSON", and a "Copy link" beside every fact. The host decides what
 * each does (it knows the page, the tab, the verdict); these components only render the controls.
 */
import { createContext } from 'preact';
import { useContext, useId, useRef, useState } from 'preact/hooks';
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

/**
 * Sharing behind one control: a "Share" button that opens (aria-expanded) its two actions, Copy
 * as Markdown and Download JSON. Escape or choosing an action closes it and returns focus.
 */
export function ShareMenu({ lang }: { lang: Lang }) {
  const share = useShare();
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const id = useId();
  if (!share) return null;
  const s = t(lang);
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  const act = (action: () => void) => () => {
    action();
    close();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.preventDefault();
    event.stopPropagation();
    close();
  };
  return (
    <div class="sgb-share" onKeyDown={onKeyDown}>
      <button
        ref={toggle}
        type="button"
        class="sgb-button sgb-button-secondary sgb-share-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        <ShareIcon />
        {s.shareMenu}
      </button>
      <div id={id} class="sgb-share-menu" role="group" aria-label={s.shareHeading} hidden={!open}>
        <button type="button" class="sgb-share-button" data-share="markdown" onClick={act(() => share.copyMarkdown())}>
          {s.copyMarkdown}
        </button>
        <button type="button" class="sgb-share-button" data-share="json" onClick={act(() => share.downloadJson())}>
          {s.downloadJson}
        </button>
      </div>
    </div>
  );
}

function ShareIcon() {
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path
        d="M8 10V2.5M5 5.25L8 2.25l3 3M3.5 8.5v4.25c0 .4.35.75.75.75h7.5c.4 0 .75-.35.75-.75V8.5"
        stroke="currentColor"
        stroke-width="1.5"
        stroke-linecap="round"
        stroke-linejoin="round"
        fill="none"
      />
    </svg>
  );
}

/** The "Copy link" button beside a fact, named in words; its description names the fact it links to. */
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
  const s = t(lang);
  return (
    <button
      type="button"
      class="sgb-copy-link"
      data-link={sentenceId}
      aria-label={s.copyLink}
      aria-describedby={describedBy}
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
      <span aria-hidden="true">{s.copyLinkShort}</span>
    </button>
  );
}
