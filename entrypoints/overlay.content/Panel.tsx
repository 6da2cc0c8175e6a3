/**
 * The overlay panel: a non-modal dialog fixed to the right or left edge (the reader's choice),
 * holding the shared summary and the noise switch, or folded to a slim tab on that edge. It takes
 * focus when the reader asked for it (`focusRequest`; so keyboard and screen-reader users land in
 * it), never when the background brings it back after a reload, and closes on its button or Escape.
 */
import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { ParsedArticle } from '@/utils/article/schema';
import type { Lang } from '@/utils/i18n';
import { LANG_TAG, t } from '@/utils/i18n';
import { Summary } from '@/components/Summary';
import { NoiseSwitch } from '@/components/NoiseSwitch';
import { ChangedFacts } from '@/components/ChangedFacts';
import type { ChangedFactsResult } from '@/utils/changed-facts';
import type { PageState } from '@/utils/page-state';
import { holdsArticle } from '@/utils/page-state';
import type { OnSource } from '@/utils/article/sentences';
import type { OverlayPlacement } from '@/utils/settings';

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
  changedFacts?: ChangedFactsResult;
  /** Which edge, and whether folded to a tab. */
  placement?: OverlayPlacement;
  onPlacement?: (placement: OverlayPlacement) => void;
  /** Focus moves into the panel (its tab when folded) whenever this grows; 0: never. */
  focusRequest?: number;
}

function Icon({ d }: { d: string }) {
  return (
    <svg class="sgb-overlay-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={d} stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round" fill="none" />
    </svg>
  );
}

/** Chevrons: towards the left edge, towards the right edge. */
const POINT_LEFT = 'M10 3.5L5.5 8l4.5 4.5';
const POINT_RIGHT = 'M6 3.5L10.5 8 6 12.5';

// eslint-disable-next-line max-lines-per-function -- to be split into named steps (issue: no shipped function over 100 lines)
export function Panel({
  article,
  lang,
  state,
  onSource,
  onClose,
  status,
  remScale = 1,
  placement = { side: 'right', collapsed: false },
  onPlacement,
  focusRequest = 0,
  changedFacts,
}: PanelProps) {
  const s = t(lang);
  const dialog = useRef<HTMLDivElement>(null);
  const tab = useRef<HTMLButtonElement>(null);
  const { side, collapsed } = placement;

  useEffect(() => {
    if (focusRequest > 0) (collapsed ? tab.current : dialog.current)?.focus({ preventScroll: true });
  }, [focusRequest]);

  // Escape from inside the panel: isolateEvents stops keys at the shadow's body, so the panel
  // handles its own (the page-side listener covers focus in the page).
  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onClose();
  };

  if (collapsed) {
    return (
      <button
        ref={tab}
        type="button"
        class="sgb-overlay-tab sgb-theme"
        data-side={side}
        aria-expanded="false"
        aria-label={s.expandOverlay}
        title={s.expandOverlay}
        lang={LANG_TAG[lang]}
        onClick={() => onPlacement?.({ side, collapsed: false })}
        onKeyDown={onKeyDown}
      >
        <Icon d={side === 'right' ? POINT_LEFT : POINT_RIGHT} />
        <span class="sgb-overlay-tab-label">{s.appName}</span>
      </button>
    );
  }

  const otherSide = side === 'right' ? 'left' : 'right';
  const moveLabel = side === 'right' ? s.overlayToLeft : s.overlayToRight;
  return (
    <div
      ref={dialog}
      class="sgb-overlay sgb-theme"
      data-side={side}
      role="dialog"
      aria-modal="false"
      aria-label={s.appName}
      tabIndex={-1}
      lang={LANG_TAG[lang]}
      onKeyDown={onKeyDown}
    >
      <div class="sgb-overlay-bar">
        <span class="sgb-overlay-name">{s.appName}</span>
        <span class="sgb-overlay-actions">
          <button
            type="button"
            class="sgb-overlay-button sgb-overlay-side"
            aria-label={moveLabel}
            title={moveLabel}
            onClick={() => onPlacement?.({ side: otherSide, collapsed: false })}
          >
            <Icon d={side === 'right' ? 'M7 3.5L2.5 8 7 12.5M2.5 8h11' : 'M9 3.5L13.5 8 9 12.5M13.5 8h-11'} />
          </button>
          <button
            type="button"
            class="sgb-overlay-button sgb-overlay-collapse"
            aria-label={s.collapseOverlay}
            title={s.collapseOverlay}
            onClick={() => onPlacement?.({ side, collapsed: true })}
          >
            <Icon d={side === 'right' ? POINT_RIGHT : POINT_LEFT} />
          </button>
          <button
            type="button"
            class="sgb-overlay-button sgb-overlay-close"
            aria-label={s.closeOverlay}
            title={s.closeOverlay}
            onClick={onClose}
          >
            <Icon d="M3.5 3.5l9 9m0-9l-9 9" />
          </button>
        </span>
      </div>
      <div class="sgb-overlay-scroll" style={remScale === 1 ? undefined : { zoom: String(remScale) }}>
        <Summary
          article={article}
          lang={lang}
          state={state}
          onSource={onSource}
          headingLevel={2}
          lead={
            holdsArticle(state) && changedFacts && <ChangedFacts result={changedFacts} lang={lang} onSource={onSource} headingLevel={3} />
          }
        >
          <div class="sgb-overlay-controls">
            <NoiseSwitch lang={lang} />
            {/* Always present, so a message is announced and never shifts the panel's layout. */}
            <p class="sgb-overlay-status" role="status" aria-live="polite">
              {status}
            </p>
          </div>
        </Summary>
      </div>
    </div>
  );
}
