import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ParsedArticle } from '@/utils/article/schema';
import type { Lang } from '@/utils/i18n';
import { t } from '@/utils/i18n';
import { Summary } from '@/components/Summary';
import type { OnSource } from '@/utils/article/sentences';
import type { ShareActions } from '@/components/share';
import { ShareContext, ShareMenu } from '@/components/share';
import { SummaryDetails } from '@/components/SummaryDetails';
import { copyLink, copyMarkdown, downloadJson } from '@/utils/share/actions';
import { ArticleText } from './ArticleText';
import { clearSource } from '@/utils/page/highlight';
import { highlightSentence } from './highlight';

export interface ReaderProps {
  article: ParsedArticle;
  lang: Lang;
}

/** The sentence id in `#s12`, if the URL names one (the popup links here from non-article pages). */
function sentenceFromHash(): string | null {
  const id = decodeURIComponent(location.hash.slice(1));
  return /^s\d+$/.test(id) ? id : null;
}

/** This page's address at sentence `id`, without `?lang=` (the recipient's browser picks the language). */
export function readerLink(id: string): string {
  return `${location.origin}${location.pathname}#${id}`;
}

/** A note that shows for `ms` after each call (the Esc hint, the share status). */
function useBriefNote<T>(empty: T, ms: number): [T, (value: T) => void] {
  const [value, setNow] = useState<T>(empty);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const set = useCallback(
    (next: T) => {
      setNow(next);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setNow(empty), ms);
    },
    [empty, ms],
  );
  return [value, set];
}

/** Choosing a fact highlights its sentence (and `#s12` in the URL does); Escape clears it and gives focus back to the fact. */
function useHighlight(): { hint: boolean; onSource: OnSource } {
  // The Esc hint floats over the article, so it shows for a few seconds after each choice only.
  const [hint, setHint] = useBriefNote(false, 5000);
  const returnFocus = useRef<HTMLElement | SVGElement | null>(null);
  const show = useCallback(
    (id: string) => {
      if (highlightSentence(id)) setHint(true);
    },
    [setHint],
  );
  const clear = useCallback(() => {
    clearSource();
    setHint(false);
    // Back to the fact that was chosen, so keyboard users keep their place in the summary.
    returnFocus.current?.focus();
    returnFocus.current = null;
  }, [setHint]);
  const onSource: OnSource = useCallback(
    (_ref, sentenceId) => {
      const active = document.activeElement;
      returnFocus.current = active instanceof HTMLElement || active instanceof SVGElement ? active : null; // a line of the claims map is SVG
      show(sentenceId);
    },
    [show],
  );
  useEffect(() => {
    const fromHash = () => {
      const id = sentenceFromHash();
      if (id) show(id);
    };
    fromHash();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) clear();
    };
    window.addEventListener('hashchange', fromHash);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('hashchange', fromHash);
      window.removeEventListener('keydown', onKey);
    };
  }, [show, clear]);
  return { hint, onSource };
}

export function Reader({ article, lang }: ReaderProps) {
  const s = t(lang);
  const { hint, onSource } = useHighlight();
  const [status, setStatus] = useBriefNote('', 4000);

  // The bundled copy links to itself: `reader.html#s12` opens at that sentence (for readers with the extension).
  const share: ShareActions = useMemo(
    () => ({
      copyMarkdown: () => void copyMarkdown(lang, { kind: 'bundled' }).then(setStatus),
      downloadJson: () => setStatus(downloadJson(lang, { kind: 'bundled' })),
      copyLink: (_ref, sentenceId) => void copyLink(lang, readerLink(sentenceId)).then(setStatus),
    }),
    [lang, setStatus],
  );

  return (
    <>
      <nav class="reader-skip" aria-label={s.appName}>
        <a href="#reader-summary">{s.skipToSummary}</a>
      </nav>
      <div class="reader-layout">
        <main id="reader-article" class="reader-article" lang="zh-CN">
          <p class="reader-kicker" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
            {s.readerTitle}
          </p>
          <ArticleText article={article} lang={lang} />
        </main>
        <aside id="reader-summary" class="reader-summary" aria-labelledby="reader-summary-heading" tabIndex={-1}>
          <h2 id="reader-summary-heading" class="reader-summary-heading">
            {s.summaryLabel}
          </h2>
          <ShareContext.Provider value={share}>
            <Summary
              article={article}
              lang={lang}
              state={{ kind: 'bundled' }}
              onSource={onSource}
              headingLevel={3}
              showTitle={false}
              details={(level) => (
                <SummaryDetails
                  article={article}
                  lang={lang}
                  onSource={onSource}
                  headingLevel={level}
                  original={{ href: '#reader-article', label: s.aboutReadOriginal }}
                />
              )}
            >
              <div class="sgb-controls reader-controls">
                <ShareMenu lang={lang} />
              </div>
              <p class="reader-hint" aria-live="polite">
                {hint ? s.highlightHint : ''}
              </p>
              <p class="reader-status" role="status">
                {status}
              </p>
            </Summary>
          </ShareContext.Provider>
        </aside>
      </div>
    </>
  );
}
