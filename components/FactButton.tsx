import type { ComponentChildren } from 'preact';
import type { Lang } from '@/utils/i18n';
import { t } from '@/utils/i18n';
import type { OnSource, SourceRef } from '@/components/source';

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
 */
export function FactButton({ lang, sourceRef, sentenceId, onSource, class: className, children }: FactButtonProps) {
  return (
    <button
      type="button"
      class={className ? `sgb-fact ${className}` : 'sgb-fact'}
      data-sentence={sentenceId}
      onClick={() => onSource(sourceRef, sentenceId)}
    >
      {children}
      <span class="sgb-sr-only">{`, ${t(lang).showInText}`}</span>
    </button>
  );
}
