/**
 * The overlay panel: a non-modal dialog fixed to the right edge, holding the shared summary and
 * the noise switch. It takes focus when it opens (so keyboard and screen-reader users land in it)
 * and closes on its button or Escape.
 */
import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { ParsedArticle } from '@/utils/article/schema';
import type { Lang } from '@/utils/i18n';
import { LANG_TAG, t } from '@/utils/i18n';
import { Summary } from '@/components/Summary';
import { NoiseSwitch } from '@/components/NoiseSwitch';
import { Changes } from '@/components/Changes';
import type { Comparison } from '@/utils/compare/types';
import type { PageState } from '@/components/pageState';
import { holdsArticle } from '@/components/pageState';
import type { OnSource } from '@/components/source';

export interface PanelProps {
  article: ParsedArticle;
  lang: Lang;
  state: PageState;
  onSource: OnSource;
  onClose: () => void;
  /** Shown (politely announced) when the last fact's sentence was not found on the page. */
  status: string;
  /** Zoom that undoes the page's root font size on the summary's rem sizes (see overlay.tsx). */
  remScale?: number;
  /** The page's copy compared with the article (the background's, with the verdict). */
  comparison?: Comparison;
}

export function Panel({ article, lang, state, onSource, onClose, status, remScale = 1, comparison }: PanelProps) {
  const s = t(lang);
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => {
    dialog.current?.focus({ preventScroll: true });
  }, []);

  // Escape from inside the panel: isolateEvents stops keys at the shadow's body, so the panel
  // handles its own (the page-side listener covers focus in the page).
  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onClose();
  };

  return (
    <div ref={dialog} class="sgb-overlay sgb-theme" role="dialog" aria-modal="false" aria-label={s.appName} tabIndex={-1} lang={LANG_TAG[lang]} onKeyDown={onKeyDown}>
      <div class="sgb-overlay-bar">
        <span class="sgb-overlay-name">{s.appName}</span>
        <button type="button" class="sgb-overlay-close" aria-label={s.closeOverlay} title={s.closeOverlay} onClick={onClose}>
          <svg class="sgb-overlay-close-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path d="M3.5 3.5l9 9m0-9l-9 9" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" fill="none" />
          </svg>
        </button>
      </div>
      <div class="sgb-overlay-scroll" style={remScale === 1 ? undefined : { zoom: String(remScale) }}>
        <Summary article={article} lang={lang} state={state} onSource={onSource} headingLevel={2}>
          <div class="sgb-overlay-controls">
            <NoiseSwitch lang={lang} />
            {/* Always present, so a message is announced and never shifts the panel's layout. */}
            <p class="sgb-overlay-status" role="status" aria-live="polite">
              {status}
            </p>
          </div>
          {holdsArticle(state) && comparison && <Changes comparison={comparison} lang={lang} onSource={onSource} headingLevel={3} />}
        </Summary>
      </div>
    </div>
  );
}
