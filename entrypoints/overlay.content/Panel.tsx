/**
 * The overlay panel: the full brief as a non-modal dialog docked to the right or left edge (the
 * reader's choice), or folded to a slim tab on that edge. It takes focus when the reader asked
 * for it (`focusRequest`; so keyboard and screen-reader users land in it), never when the
 * background brings it back after a reload, and closes on its button or Escape.
 */
import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { ParsedArticle } from '@/utils/article/schema';
import type { Lang } from '@/utils/i18n';
import { LANG_TAG, t } from '@/utils/i18n';
import { Summary } from '@/components/Summary';
import { SummaryDetails } from '@/components/SummaryDetails';
import { NoiseSwitch } from '@/components/NoiseSwitch';
import { ShareMenu } from '@/components/share';
import type { ChangedFactsResult } from '@/utils/changed-facts';
import type { PageState } from '@/utils/page-state';
import type { OnSource } from '@/utils/article/sentences';
import type { OverlayPlacement } from '@/utils/settings';
import { CLOSE, DOCK, FOLD_TO, PanelIcon, UNFOLD_FROM } from './icons';

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

/** Escape from inside the panel: isolateEvents stops keys at the shadow's body, so the panel handles its own. */
function escapeCloses(onClose: () => void) {
  return (event: JSX.TargetedKeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    onClose();
  };
}

/** Folded: a tab on the edge, named for what it does (unfold), with the app's name. */
function FoldedTab({ lang, placement, onPlacement, onClose, focusRequest = 0 }: PanelProps) {
  const s = t(lang);
  const side = placement?.side ?? 'right';
  const tab = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusRequest > 0) tab.current?.focus({ preventScroll: true });
  }, [focusRequest]);
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
      onKeyDown={escapeCloses(onClose)}
    >
      <PanelIcon d={UNFOLD_FROM[side]} />
      <span class="sgb-overlay-tab-label">{s.appName}</span>
    </button>
  );
}

/** The bar: the app's name, then dock to the other edge, fold to this edge, close; each icon with its name beside it. */
function PanelBar({ lang, placement, onPlacement, onClose }: PanelProps) {
  const s = t(lang);
  const side = placement?.side ?? 'right';
  const other = side === 'right' ? 'left' : 'right';
  return (
    <div class="sgb-overlay-bar">
      <span class="sgb-overlay-name">{s.appName}</span>
      <span class="sgb-overlay-actions">
        <button type="button" class="sgb-overlay-button sgb-overlay-side" onClick={() => onPlacement?.({ side: other, collapsed: false })}>
          <PanelIcon {...DOCK[other]} />
          <span>{other === 'left' ? s.overlayToLeft : s.overlayToRight}</span>
        </button>
        <button type="button" class="sgb-overlay-button sgb-overlay-collapse" onClick={() => onPlacement?.({ side, collapsed: true })}>
          <PanelIcon d={FOLD_TO[side]} />
          <span>{s.collapseOverlay}</span>
        </button>
        <button type="button" class="sgb-overlay-button sgb-overlay-close" onClick={onClose}>
          <PanelIcon d={CLOSE} />
          <span>{s.overlayClose}</span>
        </button>
      </span>
    </div>
  );
}

/** The brief: the shared summary with the switch and sharing, and every section below it. */
function PanelBody({ article, lang, state, onSource, status, remScale = 1, changedFacts }: PanelProps) {
  const s = t(lang);
  return (
    <div class="sgb-overlay-scroll" style={remScale === 1 ? undefined : { zoom: String(remScale) }}>
      <Summary
        article={article}
        lang={lang}
        state={state}
        onSource={onSource}
        headingLevel={2}
        changedFacts={changedFacts}
        details={(level) => (
          <SummaryDetails article={article} lang={lang} onSource={onSource} headingLevel={level} original={{ label: s.aboutThisPage }} />
        )}
      >
        <div class="sgb-controls sgb-overlay-controls">
          <div class="sgb-overlay-toolbar">
            <NoiseSwitch lang={lang} />
            <ShareMenu lang={lang} />
          </div>
          {/* Always present, so a message is announced and never shifts the panel's layout. */}
          <p class="sgb-overlay-status" role="status" aria-live="polite">
            {status}
          </p>
        </div>
      </Summary>
    </div>
  );
}

export function Panel(props: PanelProps) {
  const { lang, placement = { side: 'right', collapsed: false }, focusRequest = 0, onClose } = props;
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusRequest > 0 && !placement.collapsed) dialog.current?.focus({ preventScroll: true });
  }, [focusRequest]);
  if (placement.collapsed) return <FoldedTab {...props} placement={placement} />;
  return (
    <div
      ref={dialog}
      class="sgb-overlay sgb-theme"
      data-side={placement.side}
      role="dialog"
      aria-modal="false"
      aria-label={t(lang).appName}
      tabIndex={-1}
      lang={LANG_TAG[lang]}
      onKeyDown={escapeCloses(onClose)}
    >
      <PanelBar {...props} placement={placement} />
      <PanelBody {...props} />
    </div>
  );
}
