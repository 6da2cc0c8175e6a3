import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import type { Lang } from '@/utils/i18n';
import { t } from '@/utils/i18n';
import type { OnSource, SourceRef } from '@/utils/article/sentences';
import { CopyLinkButton, useShare } from '@/components/share';

export interface FactButtonProps {
  lang: Lang;
  sourceRef: SourceRef;
  sentenceId: string;
  onSource: OnSource;
  class?: string;
  children: ComponentChildren;
}

/**
 * A fact the user can choose to see where the text says it. On hover and focus a visible cue
 * names that action ("Show in article" / "定位原文"); screen readers hear it as part of the name
 * (no `title` as well: it would be read a second time as the description). Where the host offers
 * sharing, a named "Copy link" button sits beside it (one flex item together).
 */
export function FactButton({ lang, sourceRef, sentenceId, onSource, class: className, children }: FactButtonProps) {
  const id = useId();
  const share = useShare();
  const s = t(lang);
  const fact = (
    <button
      type="button"
      id={share ? id : undefined}
      class={className ? `sgb-fact ${className}` : 'sgb-fact'}
      data-sentence={sentenceId}
      onClick={() => onSource(sourceRef, sentenceId)}
    >
      {children}
      <span class="sgb-sr-only">{`, ${s.showInText}`}</span>
    </button>
  );
  return (
    <span class="sgb-fact-row">
      {fact}
      <span class="sgb-fact-actions">
        <span class="sgb-cue" aria-hidden="true">
          <svg viewBox="0 0 16 16" width="12" height="12" focusable="false">
            <circle cx="8" cy="8" r="4.5" stroke="currentColor" stroke-width="1.5" fill="none" />
            <path d="M8 1v3M8 12v3M1 8h3M12 8h3" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" />
          </svg>
          {s.showInText}
        </span>
        {share && <CopyLinkButton lang={lang} sourceRef={sourceRef} sentenceId={sentenceId} describedBy={id} />}
      </span>
    </span>
  );
}
