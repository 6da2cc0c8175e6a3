import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Lang } from '@/utils/i18n';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messages';
import type { SummaryFacts } from '@/components/Summary';
import { Summary } from '@/components/Summary';
import type { PageState } from '@/utils/page-state';
import { holdsArticle, pageStateFromTab } from '@/utils/page-state';
import type { OnSource } from '@/utils/article/sentences';
import type { ShareActions } from '@/components/share';
import type * as Actions from '@/utils/share/actions';
import { ShareContext } from '@/components/share';
import type { KnownTab } from './boot';
import type { PopupTab } from './tab';
import { usePopupTab } from './tab';
import { PopupControls } from './Controls';
import { LazyDetails } from './LazyDetails';
import type { HantDictionary } from '@/utils/article/hant';
import { localiseChanges, localiseFacts } from '@/utils/article/hant';
import { chineseScript } from '@/utils/chinese-script';

export interface AppProps {
  /** The first screen's facts (`virtual:article-glance`, or the whole copy in tests). */
  article: SummaryFacts;
  lang: Lang;
  /** `?tabId=N` (tests, the detached popup page); otherwise the active tab of this window. */
  tabIdParam: number | null;
  /** What the background said before the first paint (boot.ts); null: ask now. */
  known?: KnownTab | null;
  /** The copy's own wording in Traditional, in a zh-TW / zh-HK browser (`virtual:article-hant`); null: Simplified. */
  hant?: HantDictionary | null;
}

export function readerUrl(sentenceId?: string): string {
  return browser.runtime.getURL(`/reader.html${sentenceId ? `#${sentenceId}` : ''}`);
}

/** A brief note over the bottom edge, gone after four seconds. */
function useFlash(): { message: string; flash: (text: string) => void } {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const flash = useCallback((text: string) => {
    setMessage(text);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setMessage(''), 4000);
  }, []);
  return { message, flash };
}

function openReader(sentenceId?: string): void {
  void browser.tabs.create({ url: readerUrl(sentenceId) });
  window.close();
}

/** A fact chosen: its sentence on the page, or in the bundled copy where the page does not hold the article. */
function useOnSource(tab: PopupTab, state: PageState, onPage: boolean, flash: (text: string) => void, lang: Lang): OnSource {
  const notFound = t(lang).sourceNotFound;
  const { tabId } = tab;
  return useCallback(
    (ref, sentenceId) => {
      if (!onPage || tabId === null) {
        if (state.kind !== 'checking') openReader(sentenceId);
        return;
      }
      sendMessage('revealSource', { tabId, ref }).then(
        (found) => found || flash(notFound),
        () => flash(notFound),
      );
    },
    [onPage, tabId, state.kind, flash, notFound],
  );
}

/** The export code, its words and the article text load only when a share button is pressed. */
function usePopupShare(tab: PopupTab, onPage: boolean, flash: (text: string) => void, lang: Lang): ShareActions {
  const { tabId, tabUrl } = tab;
  const verdict = tab.tabState?.verdict ?? null;
  return useMemo(() => {
    const run = (action: (m: typeof Actions) => string | Promise<string>) => void import('@/utils/share/actions').then(action).then(flash);
    return {
      copyMarkdown: () => run((m) => m.copyMarkdown(lang, onPage && tabUrl ? { kind: 'page', url: tabUrl } : { kind: 'bundled' })),
      downloadJson: () => run((m) => m.downloadJson(lang, tabUrl ? { kind: 'page', url: tabUrl, verdict } : { kind: 'bundled' })),
      copyLink: (ref, sentenceId) => {
        // On the article's page: a Text Fragment made from the page as it shows the sentence;
        // elsewhere: the sentence in the bundled copy.
        const link =
          onPage && tabId !== null ? sendMessage('linkToSource', { tabId, ref }).catch(() => null) : Promise.resolve(readerUrl(sentenceId));
        run(async (m) => m.copyLink(lang, await link));
      },
    };
  }, [onPage, tabUrl, tabId, verdict, lang, flash]);
}

export function App({ article, lang, tabIdParam, known = null, hant = null }: AppProps) {
  const s = t(lang);
  const tab = usePopupTab(tabIdParam, known);
  const facts = useMemo(() => (hant ? localiseFacts(article, hant, chineseScript()) : article), [article, hant]);
  const changedFacts = tab.tabState?.changedFacts;
  const state: PageState = tab.failed ? { kind: 'unreadable' } : pageStateFromTab(tab.tabState);
  const onPage = holdsArticle(state) && tab.tabId !== null;
  const { message, flash } = useFlash();
  const onSource = useOnSource(tab, state, onPage, flash, lang);
  const share = usePopupShare(tab, onPage, flash, lang);
  const original = { href: readerUrl(), label: s.aboutReadOriginal, newTab: true };
  return (
    <main class="popup sgb-theme">
      <ShareContext.Provider value={share}>
        <Summary
          article={facts}
          lang={lang}
          state={state}
          onSource={onSource}
          changedFacts={changedFacts && hant ? localiseChanges(changedFacts, hant, chineseScript()) : changedFacts}
          details={(level) => <LazyDetails lang={lang} onSource={onSource} headingLevel={level} original={original} hant={hant} />}
        >
          <PopupControls
            lang={lang}
            state={state}
            tab={tab}
            onPage={onPage}
            openReader={() => openReader()}
            flash={flash}
            message={message}
          />
        </Summary>
      </ShareContext.Provider>
    </main>
  );
}
