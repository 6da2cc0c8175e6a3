import type { Lang } from '@/utils/i18n';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messages';
import type { PageState } from '@/utils/page-state';
import { NoiseSwitch } from '@/components/NoiseSwitch';
import { ShareMenu } from '@/components/share';
import type { PopupTab } from './tab';

export interface PopupControlsProps {
  lang: Lang;
  state: PageState;
  tab: PopupTab;
  /** True when the tab holds the article (the overlay and the switch apply to it). */
  onPage: boolean;
  openReader: () => void;
  flash: (text: string) => void;
  message: string;
}

/** Opens the full brief on the page (the overlay), or closes it; the popup gets out of the way once it is open. */
function OverlayButton({ lang, tab, flash }: Pick<PopupControlsProps, 'lang' | 'tab' | 'flash'>) {
  const s = t(lang);
  const { tabId, tabState, setTabState } = tab;
  const toggle = () => {
    if (tabId === null || !tabState) return;
    const open = !tabState.overlayOpen;
    setTabState({ ...tabState, overlayOpen: open });
    const failedToOpen = () => {
      setTabState({ ...tabState });
      flash(s.overlayFailed);
    };
    sendMessage('openOverlay', { tabId, open }).then((done) => {
      if (!done) return failedToOpen();
      if (open) window.close(); // the overlay now carries the brief on the page
    }, failedToOpen);
  };
  return (
    <button type="button" class="sgb-button popup-overlay-button" onClick={toggle}>
      {tabState?.overlayOpen ? s.closeOverlay : s.openOverlay}
    </button>
  );
}

/** Where the article is not on the page (or the page cannot be read): the bundled copy, in the overlay button's place. */
function BundledButton({ lang, openReader }: Pick<PopupControlsProps, 'lang' | 'openReader'>) {
  return (
    <button type="button" class="sgb-button popup-overlay-button" onClick={() => openReader()}>
      {t(lang).openBundled}
    </button>
  );
}

/** Why the bundled copy: the article is not here, or the browser does not let us read the page. */
function BundledNotice({ lang, state, tab }: Pick<PopupControlsProps, 'lang' | 'state' | 'tab'>) {
  const s = t(lang);
  const body = state.kind === 'none' ? s.notHereBody : tab.failed && tab.tabId === null ? s.errorNoTab : s.unreadableBody;
  return <p class="sgb-notice popup-notice">{body}</p>;
}

/** The popup's controls under the header: compact, each named for what it does. */
export function PopupControls(props: PopupControlsProps) {
  const { lang, state, onPage, message } = props;
  const elsewhere = state.kind === 'none' || state.kind === 'unreadable';
  return (
    <div class="sgb-controls popup-controls">
      <div class="popup-actions">
        {onPage && <OverlayButton {...props} />}
        {elsewhere && <BundledButton {...props} />}
        <ShareMenu lang={lang} />
      </div>
      {onPage && <NoiseSwitch lang={lang} />}
      {elsewhere && <BundledNotice {...props} />}
      {/* Always present, so a message never shifts the layout and is announced politely. */}
      <p class="popup-message" role="status" aria-live="polite">
        {message}
      </p>
    </div>
  );
}
