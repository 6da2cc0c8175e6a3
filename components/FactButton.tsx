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
 * A fact the user can choose to see where the text says it. The hidden suffix names the action
 * for screen readers (no `title` as well: it would be read a second time as the description).
 * Where the host offers sharing, a "copy link" button sits beside it (one flex item together).
 */
export function FactButton({ lang, sourceRef, sentenceId, onSource, class: className, children }: FactButtonProps) {
  const id = useId();
  const share = useShare();
  const fact = (
    <button
      type="button"
      id={share ? id : undefined}
      class={className ? `sgb-fact ${className}` : 'sgb-fact'}
      data-sentence={sentenceId}
      onClick={() => onSource(sourceRef, sentenceId)}
    >
      {children}
      <span class="sgb-sr-only">{`, ${t(lang).showInText}`}</span>
    </button>
  );
  if (!share) return fact;
  return (
    <span class="sgb-fact-row">
      {fact}
      <CopyLinkButton lang={lang} sourceRef={sourceRef} sentenceId={sentenceId} describedBy={id} />
    </span>
  );
}
