/**
 * The overlay's state and its rules, apart from the page it is drawn on (overlay.tsx draws it with
 * a WXT shadow-root UI; the unit tests with a fake). All of it lives in one object, `state`.
 *
 * Rules:
 * - Requests may cross (the background re-sends "open" on every verdict after a reload): the
 *   last one wins, and an open waiting for the UI re-checks it.
 * - Focus moves into the panel only when the reader asked for it (popup button, keyboard
 *   shortcut, the collapsed tab); an overlay the background restores after a reload leaves focus
 *   in the page. On close, focus goes back to where it was only if it was in the panel.
 * - Side and collapsed state are the reader's choice, stored (utils/settings.ts) and shown the
 *   same on every page; opening it on purpose unfolds a collapsed panel.
 */
import type { PageState } from '@/utils/page-state';
import { pageStateFromTab } from '@/utils/page-state';
import type { TabState } from '@/utils/messages';
import type { ChangedFactsResult } from '@/utils/changed-facts';
import type { OverlayPlacement } from '@/utils/settings';
import { DEFAULT_OVERLAY_PLACEMENT } from '@/utils/settings';

/** What the panel shows. */
export interface OverlayView {
  pageState: PageState;
  /** Shown (politely announced) when the last fact's sentence was not found on the page. */
  status: string;
  placement: OverlayPlacement;
  /** Bumped whenever focus should move into the panel (its tab when collapsed); 0: never. */
  focusRequest: number;
  /** The page's copy compared with the article (the background's, with the verdict). */
  changedFacts?: ChangedFactsResult;
}

export interface OverlayState extends OverlayView {
  /** The last request: open (true) or closed. */
  wanted: boolean;
  /** Whether the panel is in the page. */
  shown: boolean;
  /** Where focus was in the page when the reader opened the panel, to give back on close. */
  returnFocusTo: HTMLElement | null;
  /** Stops listening for Escape in the page (while shown). */
  stopEscape: (() => void) | null;
}

/** The page side: mounts and draws the panel, and knows where focus is. */
export interface OverlayHost {
  /** Makes the UI once; false when it can no longer be shown (the overlay script stopped). */
  ready(): Promise<boolean>;
  mount(): void;
  unmount(): void;
  /** Draws the panel (while mounted). */
  render(view: OverlayView): void;
  /** Whether keyboard focus is inside the panel. */
  focusInPanel(): boolean;
  /** The page element that has focus (not the body), if any. */
  pageFocus(): HTMLElement | null;
  /** Calls `handler` on Escape with focus in the page; returns the remover. */
  onPageEscape(handler: () => void): () => void;
  /** Takes the highlighted sentence away (the overlay closed). */
  clearSource(): void;
}

/** The extension side: the background and the stored placement. */
export interface OverlayLink {
  overlayChanged(open: boolean): Promise<unknown>;
  getOwnTabState(): Promise<TabState>;
  readPlacement(): Promise<OverlayPlacement>;
  writePlacement(placement: OverlayPlacement): Promise<void>;
}

export interface OpenOptions {
  /** The reader asked for the panel (true), or the background brings it back after a reload (false). */
  focus: boolean;
}

export interface OverlayController {
  readonly state: Readonly<OverlayState>;
  open(options: OpenOptions): Promise<void>;
  close(): void;
  setStatus(text: string): void;
  setTabState(tabState: TabState): void;
  /** The reader moved or folded the panel: shown at once, stored for next time. */
  setPlacement(placement: OverlayPlacement): void;
  destroy(): void;
}

// eslint-disable-next-line max-lines-per-function -- to be split into named steps (issue: no shipped function over 100 lines)
export function createOverlayController(host: OverlayHost, link: OverlayLink): OverlayController {
  const state: OverlayState = {
    wanted: false,
    shown: false,
    pageState: { kind: 'checking' },
    status: '',
    placement: { ...DEFAULT_OVERLAY_PLACEMENT },
    focusRequest: 0,
    returnFocusTo: null,
    stopEscape: null,
  };

  const render = () => {
    if (state.shown)
      host.render({
        pageState: state.pageState,
        status: state.status,
        placement: state.placement,
        focusRequest: state.focusRequest,
        changedFacts: state.changedFacts,
      });
  };
  const store = (placement: OverlayPlacement) => void link.writePlacement(placement).catch(() => undefined);

  async function open({ focus }: OpenOptions): Promise<void> {
    state.wanted = true;
    if (!state.shown) {
      // The remembered placement is read before mounting, so the panel never jumps sides.
      const [ok, placement] = await Promise.all([host.ready(), link.readPlacement().catch(() => ({ ...DEFAULT_OVERLAY_PLACEMENT }))]);
      if (!ok || !state.wanted) return;
      if (!state.shown) {
        state.status = '';
        state.placement = placement;
        state.returnFocusTo = focus ? host.pageFocus() : null;
        host.mount();
        state.shown = true;
        state.stopEscape = host.onPageEscape(close);
        void link.getOwnTabState().then(
          (tabState) => {
            state.pageState = pageStateFromTab(tabState);
            state.changedFacts = tabState.changedFacts;
            render();
          },
          () => undefined,
        );
        void link.overlayChanged(true).catch(() => undefined);
        if (!focus) {
          render();
          return;
        }
      }
    }
    if (!focus) return;
    // The reader asked for it: unfolded, and focus in it.
    if (state.placement.collapsed) {
      state.placement = { ...state.placement, collapsed: false };
      store(state.placement);
    }
    state.returnFocusTo ??= host.focusInPanel() ? null : host.pageFocus();
    state.focusRequest++;
    render();
  }

  function close(): void {
    state.wanted = false;
    if (!state.shown) return;
    state.shown = false;
    state.stopEscape?.();
    state.stopEscape = null;
    const focusWasInPanel = host.focusInPanel();
    host.unmount();
    host.clearSource();
    state.status = '';
    state.focusRequest = 0; // a panel mounted later takes focus only if asked anew
    // Give focus back only if it was ours to give: a reader in the page keeps their place.
    if (focusWasInPanel && state.returnFocusTo?.isConnected) state.returnFocusTo.focus({ preventScroll: true });
    state.returnFocusTo = null;
    void link.overlayChanged(false).catch(() => undefined);
  }

  return {
    state,
    open,
    close,
    setStatus(text) {
      state.status = text;
      render();
    },
    setTabState(tabState) {
      state.pageState = pageStateFromTab(tabState);
      state.changedFacts = tabState.changedFacts;
      render();
    },
    setPlacement(placement) {
      const folding = placement.collapsed !== state.placement.collapsed;
      state.placement = { side: placement.side, collapsed: placement.collapsed };
      // Folding or unfolding removes the control that had focus: focus follows to its counterpart.
      if (folding) state.focusRequest++;
      store(state.placement);
      render();
    },
    destroy() {
      state.wanted = false;
      state.shown = false;
      state.stopEscape?.();
      state.stopEscape = null;
    },
  };
}
