import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ArticleFacts } from '@/utils/article/schema';
import type { Lang } from '@/utils/i18n';
import { t } from '@/utils/i18n';
import type { TabState } from '@/utils/messages';
import { sendMessage } from '@/utils/messages';
import { Summary } from '@/components/Summary';
import { NoiseSwitch } from '@/components/NoiseSwitch';
import { ChangedFacts } from '@/components/ChangedFacts';
import type { PageState } from '@/utils/page-state';
import { holdsArticle, pageStateFromTab } from '@/utils/page-state';
import type { OnSource } from '@/utils/article/sentences';
import type { ShareActions } from '@/components/share';
import type * as Actions from '@/utils/share/actions';
import { ShareContext } from '@/components/share';

export interface AppProps {
  article: ArticleFacts;
  lang: Lang;
  /** `?tabId=N` (tests, the detached popup page); otherwise the active tab of this window. */
  tabIdParam: number | null;
}

async function findTabId(param: number | null): Promise<number | null> {
  if (param !== null) return param;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Asks the background for the tab's state; a tab nobody checked yet is checked now (activeTab). */
async function loadTabState(tabId: number): Promise<TabState> {
  const known = await sendMessage('getTabState', tabId);
  if (known.verdict !== null || known.unreadable) return known;
  return sendMessage('detectInTab', tabId);
}

export function readerUrl(sentenceId?: string): string {
  return browser.runtime.getURL(`/reader.html${sentenceId ? `#${sentenceId}` : ''}`);
}

// eslint-disable-next-line max-lines-per-function -- to be split into named steps (issue: no shipped function over 100 lines)
export function App({ article, lang, tabIdParam }: AppProps) {
  const s = t(lang);
  const [tabId, setTabId] = useState<number | null>(null);
  const [tabState, setTabState] = useState<TabState | null>(null);
  const [failed, setFailed] = useState(false);
  const [message, setMessage] = useState('');
  /** The tab's URL, where the browser tells us (host permission or the click's activeTab grant). */
  const [tabUrl, setTabUrl] = useState<string | null>(null);
  const messageTimer = useRef<ReturnType<typeof setTimeout>>();

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const id = await findTabId(tabIdParam);
        if (id === null) throw new Error('no tab');
        if (live) setTabId(id);
        const state = await loadTabState(id);
        if (live) setTabState(state);
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
  }, [tabIdParam]);

  const pageState: PageState = failed ? { kind: 'unreadable' } : pageStateFromTab(tabState);
  const onPage = holdsArticle(pageState) && tabId !== null;

  const flash = useCallback((text: string) => {
    setMessage(text);
    clearTimeout(messageTimer.current);
    messageTimer.current = setTimeout(() => setMessage(''), 4000);
  }, []);

  const openReader = useCallback((sentenceId?: string) => {
    void browser.tabs.create({ url: readerUrl(sentenceId) });
    window.close();
  }, []);

  const onSource: OnSource = useCallback(
    (ref, sentenceId) => {
      if (!onPage || tabId === null) {
        // Nothing to show on this page: show the sentence in the bundled copy instead.
        if (pageState.kind !== 'checking') openReader(sentenceId);
        return;
      }
      sendMessage('revealSource', { tabId, ref })
        .then((found) => {
          if (!found) flash(s.sourceNotFound);
        })
        .catch(() => flash(s.sourceNotFound));
    },
    [onPage, tabId, pageState.kind, openReader, flash, s.sourceNotFound],
  );

  // The export code, its words and the article text load only when a share button is pressed.
  const share: ShareActions = useMemo(() => {
    const run = (action: (m: typeof Actions) => string | Promise<string>) => void import('@/utils/share/actions').then(action).then(flash);
    return {
      copyMarkdown: () => run((m) => m.copyMarkdown(lang, onPage && tabUrl ? { kind: 'page', url: tabUrl } : { kind: 'bundled' })),
      downloadJson: () =>
        run((m) => m.downloadJson(lang, tabUrl ? { kind: 'page', url: tabUrl, verdict: tabState?.verdict ?? null } : { kind: 'bundled' })),
      copyLink: (ref, sentenceId) => {
        // On the article's page: a Text Fragment made from the page as it shows the sentence;
        // elsewhere: the sentence in the bundled copy.
        const link =
          onPage && tabId !== null ? sendMessage('linkToSource', { tabId, ref }).catch(() => null) : Promise.resolve(readerUrl(sentenceId));
        run(async (m) => m.copyLink(lang, await link));
      },
    };
  }, [onPage, tabUrl, tabId, tabState?.verdict, lang, flash]);

  const toggleOverlay = () => {
    if (tabId === null || !tabState) return;
    const open = !tabState.overlayOpen;
    setTabState({ ...tabState, overlayOpen: open });
    const failedToOpen = () => {
      setTabState({ ...tabState });
      flash(s.overlayFailed);
    };
    sendMessage('openOverlay', { tabId, open }).then((done) => {
      if (!done) return failedToOpen();
      if (open) window.close(); // the overlay now carries the summary on the page
    }, failedToOpen);
  };

  return (
    <main class="popup sgb-theme">
      <ShareContext.Provider value={share}>
        <Summary
          article={article}
          lang={lang}
          state={pageState}
          onSource={onSource}
          lead={
            onPage &&
            tabState?.changedFacts && <ChangedFacts result={tabState.changedFacts} lang={lang} onSource={onSource} headingLevel={2} />
          }
        >
          <div class="sgb-controls popup-controls">
            {onPage && (
              <>
                <button type="button" class="sgb-button" onClick={toggleOverlay}>
                  {tabState?.overlayOpen ? s.closeOverlay : s.openOverlay}
                </button>
                <NoiseSwitch lang={lang} />
              </>
            )}
            {(pageState.kind === 'none' || pageState.kind === 'unreadable') && (
              <div class="sgb-notice">
                <p>{pageState.kind === 'none' ? s.notHereBody : failed && tabId === null ? s.errorNoTab : s.unreadableBody}</p>
                <button type="button" class="sgb-button sgb-button-secondary" onClick={() => openReader()}>
                  {s.openBundled}
                </button>
              </div>
            )}
            {/* Always present, so a message never shifts the layout and is announced politely. */}
            <p class="popup-message" role="status" aria-live="polite">
              {message}
            </p>
          </div>
        </Summary>
      </ShareContext.Provider>
    </main>
  );
}
