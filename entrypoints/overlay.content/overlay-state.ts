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
import type { TabState } from '@/utils/messages';
import type { OverlayPlacement } from '@/utils/settings';
import { DEFAULT_OVERLAY_PLACEMENT } from '@/utils/settings';

/** What the panel shows. */
export interface OverlayView {
  /**
   * The tab as the background knows it (verdict with its coverage, the changed facts), as it came:
   * the header, the changed-facts list and the JSON download all read this one object. Null until it arrives.
   */
  tabState: TabState | null;
  /** Shown (politely announced) when the last fact's sentence was not found on the page. */
  status: string;
  placement: OverlayPlacement;
  /** Bumped whenever focus should move into the panel (its tab when collapsed); 0: never. */
  focusRequest: number;
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

/** What every step below works on: the one state object, the two sides, and the controller's own actions. */
interface Controller {
  state: OverlayState;
  host: OverlayHost;
  link: OverlayLink;
  render(): void;
  close(): void;
}

export function createOverlayController(host: OverlayHost, link: OverlayLink): OverlayController {
  const c: Controller = {
    state: {
      wanted: false,
      shown: false,
      tabState: null,
      status: '',
      placement: { ...DEFAULT_OVERLAY_PLACEMENT },
      focusRequest: 0,
      returnFocusTo: null,
      stopEscape: null,
    },
    host,
    link,
    render: () => {
      const { shown, tabState, status, placement, focusRequest } = c.state;
      if (shown) host.render({ tabState, status, placement, focusRequest });
    },
    close: () => closePanel(c),
  };
  const { state } = c;
  return {
    state,
    async open({ focus }) {
      state.wanted = true;
      if (!state.shown && !(await mountPanel(c, focus))) return;
      if (focus) takeFocus(c);
      else c.render();
    },
    close: c.close,
    setStatus(text) {
      state.status = text;
      c.render();
    },
    setTabState(tabState) {
      state.tabState = tabState;
      c.render();
    },
    setPlacement(placement) {
      const folding = placement.collapsed !== state.placement.collapsed;
      state.placement = { side: placement.side, collapsed: placement.collapsed };
      // Folding or unfolding removes the control that had focus: focus follows to its counterpart.
      if (folding) state.focusRequest++;
      storePlacement(c);
      c.render();
    },
    destroy() {
      state.wanted = false;
      state.shown = false;
      state.stopEscape?.();
      state.stopEscape = null;
    },
  };
}

/**
 * Makes the UI (once) and mounts the panel with the stored placement. False when the UI can no
 * longer be made or the reader withdrew the request meanwhile; true also when a crossing request
 * mounted it first.
 */
async function mountPanel(c: Controller, focus: boolean): Promise<boolean> {
  const { state, host, link } = c;
  // The remembered placement is read before mounting, so the panel never jumps sides.
  const [ok, placement] = await Promise.all([host.ready(), link.readPlacement().catch(() => ({ ...DEFAULT_OVERLAY_PLACEMENT }))]);
  if (!ok || !state.wanted) return false;
  if (state.shown) return true;
  state.status = '';
  state.placement = placement;
  state.returnFocusTo = focus ? host.pageFocus() : null;
  host.mount();
  state.shown = true;
  state.stopEscape = host.onPageEscape(c.close);
  void link.getOwnTabState().then(
    (tabState) => {
      state.tabState = tabState;
      c.render();
    },
    () => undefined,
  );
  void link.overlayChanged(true).catch(() => undefined);
  return true;
}

/** The reader asked for the panel: unfolded, and focus in it. */
function takeFocus(c: Controller): void {
  const { state, host } = c;
  if (state.placement.collapsed) {
    state.placement = { ...state.placement, collapsed: false };
    storePlacement(c);
  }
  state.returnFocusTo ??= host.focusInPanel() ? null : host.pageFocus();
  state.focusRequest++;
  c.render();
}

function closePanel(c: Controller): void {
  const { state, host, link } = c;
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

function storePlacement({ state, link }: Controller): void {
  void link.writePlacement(state.placement).catch(() => undefined);
}
