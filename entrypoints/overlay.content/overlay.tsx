/**
 * The overlay: a WXT shadow-root UI holding the Panel, created on first open and mounted and
 * removed with the panel. Its host is the page's only new element while it is open.
 */
import { render } from 'preact';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { article } from '@/utils/article/data';
import hant from 'virtual:article-hant';
import { localiseChanges, localiseFacts } from '@/utils/article/hant';
import { chineseScript } from '@/utils/chinese-script';
import type { Lang } from '@/utils/i18n';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messages';
import type { SourceRef, TabState } from '@/utils/messages';
import { clearSource } from '@/utils/page/highlight';
import { readOverlayPlacement, writeOverlayPlacement } from '@/utils/settings';
import { OVERLAY_HOST_TAG } from '@/utils/text/skip';
import { Panel } from './Panel';
import type { ShareActions } from '@/components/share';
import { ShareContext } from '@/components/share';
import { copyLink, copyMarkdown, downloadJson } from '@/utils/share/actions';
import { createOverlayController, type OpenOptions, type OverlayController, type OverlayHost, type OverlayView } from './overlay-state';
import { pageStateFromTab } from '@/utils/page-state';
// The panel's styles go into the shadow root as text bundled in this script: WXT's `ui` mode
// would fetch a CSS file from the extension, which pages may only load if it is web-accessible
// to every site (a fingerprint of the extension), and which Chrome otherwise refuses with a
// console error. The summary's own sheet is reused, not copied.
import summaryCss from '@/components/summary.css?inline';
import chartsCss from '@/components/charts.css?inline';
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
  /** `focus`: the reader asked for the panel, so focus moves into it (not when the background restores it after a reload). */
  open(options: OpenOptions): Promise<void>;
  close(): void;
  setStatus(text: string): void;
  /** The tab's state as the background knows it (the detector's verdict): the header says it. */
  setTabState(tabState: TabState): void;
  destroy(): void;
}

/** The page side, in one object: the UI (made on first open), its container while mounted, the rem zoom, what it shows. */
interface PanelDom {
  making: Promise<ShadowRootContentScriptUi<HTMLElement>> | null;
  ui: ShadowRootContentScriptUi<HTMLElement> | null;
  container: HTMLElement | null;
  remScale: number;
  view: OverlayView | null;
}

/** What the drawn panel does when the reader acts on it. */
interface PanelActions {
  lang: Lang;
  /** Shows a fact's sentence on the page; false when it is not there. */
  showSpan: (ref: SourceRef) => boolean;
  /** A Text Fragment link to a fact's sentence on this page, or null. */
  linkSpan: (ref: SourceRef) => string | null;
  controller(): OverlayController;
}

/** `showSpan` shows a fact's sentence on the page and says whether it was found. */
export function createOverlay(
  ctx: ContentScriptContext,
  lang: Lang,
  showSpan: (ref: SourceRef) => boolean,
  linkSpan: (ref: SourceRef) => string | null,
): Overlay {
  // The UI gets a context of its own: WXT removes a UI when its context is invalidated, and the
  // script's context is invalidated by every re-injection, which must not close the panel.
  const uiCtx = new ContentScriptContext(`${OVERLAY_NAME}-ui`, { ...ctx.options, noScriptStartedPostMessage: true });
  const dom: PanelDom = { making: null, ui: null, container: null, remScale: 1, view: null };
  const actions: PanelActions = { lang, showSpan, linkSpan, controller: () => controller };
  const draw = () => drawPanel(dom, actions);
  const controller = createOverlayController(pageHost(dom, uiCtx, draw), {
    overlayChanged: (open) => sendMessage('overlayChanged', open),
    getOwnTabState: () => sendMessage('getOwnTabState', undefined),
    readPlacement: readOverlayPlacement,
    writePlacement: writeOverlayPlacement,
  });
  return {
    open: controller.open,
    close: controller.close,
    setStatus: controller.setStatus,
    setTabState: controller.setTabState,
    destroy() {
      controller.destroy();
      uiCtx.abort('overlay script stopped'); // removes the UI
    },
  };
}

/** Draws the panel for the current view (while mounted). */
function drawPanel(dom: PanelDom, { lang, showSpan, linkSpan, controller }: PanelActions): void {
  const view = dom.view;
  if (!dom.container || !view) return;
  const say = (text: string) => controller().setStatus(text);
  const onSource = (ref: SourceRef) => say(showSpan(ref) ? '' : t(lang).sourceNotFound);
  // Clipboard writes and the download start from the click on the panel's buttons.
  const share: ShareActions = {
    copyMarkdown: () => void copyMarkdown(lang, { kind: 'page', url: location.href }).then(say),
    downloadJson: () => say(downloadJson(lang, { kind: 'page', url: location.href, verdict: view.tabState?.verdict ?? null })),
    copyLink: (ref) => void copyLink(lang, linkSpan(ref)).then(say),
  };
  const script = lang === 'zh' ? chineseScript() : 'hans';
  const changedFacts = view.tabState?.changedFacts;
  render(
    <ShareContext.Provider value={share}>
      <Panel
        article={localiseFacts(article, hant, script)}
        lang={lang}
        state={pageStateFromTab(view.tabState)}
        onSource={onSource}
        onClose={() => controller().close()}
        status={view.status}
        remScale={dom.remScale}
        placement={view.placement}
        onPlacement={(placement) => controller().setPlacement(placement)}
        focusRequest={view.focusRequest}
        changedFacts={changedFacts && localiseChanges(changedFacts, hant, script)}
      />
    </ShareContext.Provider>,
    dom.container,
  );
}

function makeUi(uiCtx: ContentScriptContext, dom: PanelDom, draw: () => void) {
  return createShadowRootUi<HTMLElement>(uiCtx, {
    name: OVERLAY_NAME,
    // The panel positions itself (fixed, inside the shadow root); WXT's "overlay"/"modal" would
    // only add a wrapper box. The host stays an empty inline element that takes no space.
    position: 'inline',
    anchor: 'body',
    append: 'last',
    isolateEvents: true,
    css: `${summaryCss}\n${chartsCss}\n${overlayCss}`,
    onMount(uiContainer, _shadow, shadowHost) {
      dom.container = uiContainer;
      dom.remScale = remCorrection(shadowHost);
      draw();
      return uiContainer;
    },
    onRemove(mounted) {
      if (mounted) render(null, mounted);
      dom.container = null;
    },
  });
}

/** The overlay state's page side (overlay-state.ts): the shadow-root UI, focus, Escape in the page. */
function pageHost(dom: PanelDom, uiCtx: ContentScriptContext, draw: () => void): OverlayHost {
  return {
    async ready() {
      dom.making ??= makeUi(uiCtx, dom, draw);
      dom.ui = await dom.making;
      return !uiCtx.isInvalid;
    },
    mount() {
      dom.ui?.mount();
    },
    unmount() {
      dom.ui?.remove();
      dom.view = null;
    },
    render(view) {
      dom.view = view;
      draw();
    },
    focusInPanel: () => document.activeElement?.nodeName.toUpperCase() === OVERLAY_HOST_TAG,
    pageFocus() {
      const active = document.activeElement;
      return active instanceof HTMLElement && active !== document.body ? active : null;
    },
    onPageEscape(handler) {
      // Escape with focus in the page closes the panel too (keys from inside the panel are its own).
      const onKey = (event: KeyboardEvent) => {
        if (event.key !== 'Escape') return;
        const target = event.target;
        if (target instanceof Node && target.nodeName.toUpperCase() === OVERLAY_HOST_TAG) return;
        handler();
      };
      window.addEventListener('keydown', onKey, true);
      return () => window.removeEventListener('keydown', onKey, true);
    },
    clearSource,
  };
}
