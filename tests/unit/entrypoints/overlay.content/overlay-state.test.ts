import { describe, expect, it, vi } from 'vitest';
import { createOverlayController, type OverlayHost, type OverlayLink, type OverlayView } from '@/entrypoints/overlay.content/overlay-state';
import type { TabState } from '@/utils/messages';
import { coerceOverlayPlacement, type OverlayPlacement } from '@/utils/settings';

/** Something that can hold focus in the fake page. */
interface FakeFocusable {
  isConnected: boolean;
  focus: ReturnType<typeof vi.fn>;
}

/** A page and an extension in memory: records what the controller does, resolves what it waits for on demand. */
function rig(stored: unknown = { side: 'right', collapsed: false }) {
  const focusable: FakeFocusable = { isConnected: true, focus: vi.fn() };
  let releaseUi: (ok: boolean) => void = () => undefined;
  let uiReady: Promise<boolean> | null = null;
  const page = {
    mounted: false,
    mounts: 0,
    views: [] as OverlayView[],
    focus: 'page' as 'page' | 'panel' | 'body',
    escape: null as (() => void) | null,
    cleared: 0,
    changed: [] as boolean[],
    writes: [] as OverlayPlacement[],
  };
  const host: OverlayHost = {
    ready: () => (uiReady ??= new Promise<boolean>((resolve) => (releaseUi = resolve))),
    mount: () => {
      page.mounted = true;
      page.mounts++;
    },
    unmount: () => {
      page.mounted = false;
    },
    render: (view) => {
      expect(page.mounted).toBe(true);
      page.views.push(structuredClone(view));
    },
    focusInPanel: () => page.focus === 'panel',
    pageFocus: () => (page.focus === 'page' ? (focusable as unknown as HTMLElement) : null),
    onPageEscape: (handler) => {
      page.escape = handler;
      return () => (page.escape = null);
    },
    clearSource: () => page.cleared++,
  };
  // A match that holds 93% of the article's text: the coverage must reach the panel as it came (the JSON download records it).
  const tabState: TabState = { verdict: { kind: 'match', coverage: 0.93 }, overlayOpen: true };
  const ext: OverlayLink = {
    overlayChanged: async (open) => page.changed.push(open),
    getOwnTabState: async () => tabState,
    readPlacement: async () => coerceOverlayPlacement(stored),
    writePlacement: async (p) => {
      page.writes.push(p);
    },
  };
  const controller = createOverlayController(host, ext);
  const lastView = () => page.views[page.views.length - 1];
  return { controller, page, release: (ok = true) => releaseUi(ok), lastView, focusable };
}

describe('overlay state', () => {
  it('starts closed, with every piece of state in one object', () => {
    const { controller } = rig();
    expect(controller.state).toEqual({
      wanted: false,
      shown: false,
      tabState: null,
      status: '',
      placement: { side: 'right', collapsed: false },
      focusRequest: 0,
      returnFocusTo: null,
      stopEscape: null,
    });
  });

  it('opened by the reader: mounts once, takes focus, tells the background, shows the verdict', async () => {
    const { controller, page, release, lastView } = rig();
    const first = controller.open({ focus: true });
    const second = controller.open({ focus: true }); // a second request while the UI is being made
    release();
    await Promise.all([first, second]);
    expect(page.mounts).toBe(1);
    expect(controller.state.shown).toBe(true);
    expect(lastView()!.focusRequest).toBeGreaterThan(0);
    await vi.waitFor(() => expect(lastView()!.tabState).toEqual({ verdict: { kind: 'match', coverage: 0.93 }, overlayOpen: true }), {
      timeout: 10_000,
    });
    expect(page.changed).toEqual([true]);
    expect(page.escape).not.toBeNull();
  });

  it('restored by the background after a reload: shown as left, focus stays in the page', async () => {
    const { controller, page, release, lastView } = rig({ side: 'left', collapsed: true });
    const opening = controller.open({ focus: false });
    release();
    await opening;
    expect(page.mounted).toBe(true);
    expect(lastView()).toMatchObject({ focusRequest: 0, placement: { side: 'left', collapsed: true } });
    expect(controller.state.returnFocusTo).toBeNull();
    // The background repeats itself on every verdict: still no focus.
    await controller.open({ focus: false });
    expect(lastView()!.focusRequest).toBe(0);
    expect(page.writes).toEqual([]);
    // Then the reader asks for it: unfolded, focused, and the unfolding remembered.
    await controller.open({ focus: true });
    expect(lastView()).toMatchObject({ focusRequest: 1, placement: { side: 'left', collapsed: false } });
    expect(page.writes).toEqual([{ side: 'left', collapsed: false }]);
    expect(page.mounts).toBe(1);
  });

  it('a close that overtakes an open in flight wins', async () => {
    const { controller, page, release } = rig();
    const opening = controller.open({ focus: true });
    controller.close();
    release();
    await opening;
    expect(page.mounted).toBe(false);
    expect(controller.state.shown).toBe(false);
    expect(page.changed).toEqual([]);
  });

  it('does nothing once the UI cannot be made (overlay script stopped)', async () => {
    const { controller, page, release } = rig();
    const opening = controller.open({ focus: true });
    release(false);
    await opening;
    expect(page.mounted).toBe(false);
  });

  it('closing gives focus back only when it was in the panel, and clears the highlight', async () => {
    const { controller, page, release, focusable } = rig();
    const opening = controller.open({ focus: true });
    release();
    await opening;
    page.focus = 'panel';
    page.escape!(); // Escape in the page (the page-side listener)
    expect(page.mounted).toBe(false);
    expect(page.escape).toBeNull();
    expect(page.cleared).toBe(1);
    expect(focusable.focus).toHaveBeenCalledTimes(1);
    expect(page.changed).toEqual([true, false]);

    page.focus = 'page';
    await controller.open({ focus: true });
    controller.close();
    expect(focusable.focus).toHaveBeenCalledTimes(1); // the reader had moved on into the page

    // Brought back after a reload, a panel that once had focus does not take it again.
    await controller.open({ focus: false });
    expect(page.views[page.views.length - 1]!.focusRequest).toBe(0);
  });

  it('moving and folding: shown at once, stored, focus follows only a fold', async () => {
    const { controller, page, release, lastView } = rig();
    const opening = controller.open({ focus: true });
    release();
    await opening;
    const focusBefore = lastView()!.focusRequest;
    controller.setPlacement({ side: 'left', collapsed: false });
    expect(lastView()).toMatchObject({ focusRequest: focusBefore, placement: { side: 'left', collapsed: false } });
    controller.setPlacement({ side: 'left', collapsed: true });
    expect(lastView()).toMatchObject({ focusRequest: focusBefore + 1, placement: { side: 'left', collapsed: true } });
    controller.setPlacement({ side: 'left', collapsed: false });
    expect(lastView()!.focusRequest).toBe(focusBefore + 2);
    expect(page.writes).toEqual([
      { side: 'left', collapsed: false },
      { side: 'left', collapsed: true },
      { side: 'left', collapsed: false },
    ]);
  });

  it('a corrupt stored placement shows the default and is not overwritten by opening', async () => {
    const { controller, page, release, lastView } = rig('sideways');
    const opening = controller.open({ focus: false });
    release();
    await opening;
    expect(lastView()!.placement).toEqual({ side: 'right', collapsed: false });
    expect(page.writes).toEqual([]);
  });

  it('status and verdict render only while shown; destroy stops listening', async () => {
    const { controller, page, release, lastView } = rig();
    controller.setStatus('not found'); // closed: nothing drawn
    expect(page.views).toEqual([]);
    const opening = controller.open({ focus: true });
    release();
    await opening;
    expect(lastView()!.status).toBe(''); // a fresh panel starts without the old message
    controller.setStatus('not found');
    expect(lastView()!.status).toBe('not found');
    controller.setTabState({ verdict: { kind: 'partial', coverage: 0.5 }, overlayOpen: true });
    expect(lastView()!.tabState?.verdict).toEqual({ kind: 'partial', coverage: 0.5 });
    controller.destroy();
    expect(page.escape).toBeNull();
    expect(controller.state.shown).toBe(false);
  });
});
