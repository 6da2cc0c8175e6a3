import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { TabState } from '@/utils/messages';
import { sendMessage } from '@/utils/messages';
import type { KnownTab } from './boot';
import { findTabId } from './boot';

export interface PopupTab {
  tabId: number | null;
  tabState: TabState | null;
  setTabState: (state: TabState) => void;
  /** No tab, or the background could not check it. */
  failed: boolean;
  /** The tab's URL, where the browser tells us (host permission or the click's activeTab grant). */
  tabUrl: string | null;
}

/**
 * The popup's tab: starts from what the background told before the first paint (`known`), asks
 * for what is missing, and checks a tab nobody checked yet (activeTab).
 */
export function usePopupTab(tabIdParam: number | null, known: KnownTab | null): PopupTab {
  const [tabId, setTabId] = useState<number | null>(known?.tabId ?? null);
  const [tabState, setTabState] = useState<TabState | null>(known?.tabState ?? null);
  const [failed, setFailed] = useState(false);
  const [tabUrl, setTabUrl] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const id = known ? known.tabId : await findTabId(tabIdParam);
        if (id === null) throw new Error('no tab');
        if (live) setTabId(id);
        const asked = known?.tabState ?? (await sendMessage('getTabState', id));
        const state = asked.verdict !== null || asked.unreadable ? asked : await sendMessage('detectInTab', id);
        if (live && state !== known?.tabState) setTabState(state);
        const tab = await browser.tabs.get(id).catch(() => null);
        if (live && tab?.url && /^https?:/.test(tab.url)) setTabUrl(tab.url);
      } catch {
        // No tab, or the background could not check it: say so and fall back to the bundled copy.
        if (live) setFailed(true);
      }
    })();
    return () => {
      live = false;
    };
  }, [tabIdParam, known]);

  return { tabId, tabState, setTabState, failed, tabUrl };
}
