/**
 * The overlay: a WXT shadow-root UI holding the Panel, created on first open and mounted and
 * removed with the panel. Its host is the page's only new element while it is open.
 */
import { render } from 'preact';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { article } from '@/utils/article/data';
import type { Lang } from '@/utils/i18n';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messages';
import type { SourceRef, TabState } from '@/utils/messages';
import { clearSource } from '@/utils/page/highlight';
import { OVERLAY_HOST_TAG } from '@/utils/page/locate';
import type { PageState } from '@/components/pageState';
import { pageStateFromTab } from '@/components/pageState';
import type { Comparison } from '@/utils/compare/types';
import { Panel } from './Panel';
// The panel's styles go into the shadow root as text bundled in this script: WXT's `ui` mode
// would fetch a CSS file from the extension, which pages may only load if it is web-accessible
// to every site (a fingerprint of the extension), and which Chrome otherwise refuses with a
// console error. The summary's own sheet is reused, not copied.
import summaryCss from '@/components/summary.css?inline';
import overlayCss from './overlay.css?inline';

/** The shadow host's tag, shared with locate (which never indexes it). */
export const OVERLAY_NAME = OVERLAY_HOST_TAG.toLowerCase();

/**
 * The summary's sheet sizes text in rem, and inside a shadow root rem still means the *page's*
 * root font size: a mobile site that sets `html { font-size: 50px }` would blow the panel up
 * threefold. The host, reset to `all: initial`, has the reader's own default size (`medium`);
 * the ratio of the two is the zoom that gives the summary the size the reader chose.
 */
function remCorrection(host: Element): number {
  const reader = parseFloat(getComputedStyle(host).fontSize);
  const page = parseFloat(getComputedStyle(document.documentElement).fontSize);
  if (!(reader > 0) || !(page > 0)) return 1;
  const ratio = reader / page;
  return Math.abs(ratio - 1) < 0.01 ? 1 : ratio;
}

export interface Overlay {
  open(): Promise<void>;
  close(): void;
  setStatus(text: string): void;
  /** The tab's state as the background knows it (the detector's verdict): the header says it. */
  setTabState(tabState: TabState): void;
  destroy(): void;
}

/** `showSpan` shows a fact's sentence on the page and says whether it was found. */
export function createOverlay(ctx: ContentScriptContext, lang: Lang, showSpan: (ref: SourceRef) => boolean): Overlay {
  // The UI gets a context of its own: WXT removes a UI when its context is invalidated, and the
  // script's context is invalidated by every re-injection, which must not close the panel.
  const uiCtx = new ContentScriptContext(`${OVERLAY_NAME}-ui`, { ...ctx.options, noScriptStartedPostMessage: true });
  let ui: Promise<ShadowRootContentScriptUi<HTMLElement>> | null = null;
  let mountedUi: ShadowRootContentScriptUi<HTMLElement> | null = null;
  let wanted = false;
  let shown = false;
  let status = '';
  let returnFocusTo: HTMLElement | null = null;
  let container: HTMLElement | null = null;

  let state: PageState = { kind: 'checking' };
  let comparison: Comparison | undefined;
  let remScale = 1;
  const rerender = () => {
    if (!container) return;
    const onClose = () => close();
    const onSource = (ref: SourceRef) => {
      status = showSpan(ref) ? '' : t(lang).sourceNotFound;
      rerender();
    };
    render(<Panel article={article} lang={lang} state={state} onSource={onSource} onClose={onClose} status={status} remScale={remScale} comparison={comparison} />, container);
  };

  // Escape with focus in the page closes the panel too (keys from inside the panel are its own).
  const onPageKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !shown) return;
    const target = event.target;
    if (target instanceof Node && target.nodeName.toUpperCase() === OVERLAY_NAME.toUpperCase()) return;
    close();
  };

  const makeUi = () =>
    createShadowRootUi<HTMLElement>(uiCtx, {
      name: OVERLAY_NAME,
      // The panel positions itself (fixed, inside the shadow root); WXT's "overlay"/"modal" would
      // only add a wrapper box. The host stays an empty inline element that takes no space.
      position: 'inline',
      anchor: 'body',
      append: 'last',
      isolateEvents: true,
      css: `${summaryCss}\n${overlayCss}`,
      onMount(uiContainer, _shadow, shadowHost) {
        container = uiContainer;
        remScale = remCorrection(shadowHost);
        rerender();
        return uiContainer;
      },
      onRemove(mounted) {
        if (mounted) render(null, mounted);
        container = null;
      },
    });

  async function open(): Promise<void> {
    wanted = true;
    if (shown) return;
    ui ??= makeUi();
    const instance = await ui;
    if (!wanted || shown || uiCtx.isInvalid) return;
    status = '';
    const active = document.activeElement;
    returnFocusTo = active instanceof HTMLElement && active !== document.body ? active : null;
    instance.mount();
    mountedUi = instance;
    shown = true;
    void sendMessage('getOwnTabState', undefined).then((tabState) => {
      state = pageStateFromTab(tabState);
      comparison = tabState.comparison;
      rerender();
    }, () => undefined);
    window.addEventListener('keydown', onPageKey, true);
    void sendMessage('overlayChanged', true).catch(() => undefined);
  }

  function close(): void {
    wanted = false;
    if (!shown) return;
    shown = false;
    window.removeEventListener('keydown', onPageKey, true);
    const focusWasInPanel = document.activeElement?.nodeName.toUpperCase() === OVERLAY_NAME.toUpperCase();
    mountedUi?.remove();
    mountedUi = null;
    clearSource();
    status = '';
    // Give focus back only if it was ours to give: a reader in the page keeps their place.
    if (focusWasInPanel && returnFocusTo?.isConnected) returnFocusTo.focus({ preventScroll: true });
    returnFocusTo = null;
    void sendMessage('overlayChanged', false).catch(() => undefined);
  }

  return {
    open,
    close,
    setStatus(text) {
      status = text;
      rerender();
    },
    setTabState(tabState) {
      state = pageStateFromTab(tabState);
      comparison = tabState.comparison;
      rerender();
    },
    destroy() {
      wanted = false;
      shown = false;
      window.removeEventListener('keydown', onPageKey, true);
      uiCtx.abort('page script stopped'); // removes the UI
    },
  };
}
