import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ParsedArticle } from '@/utils/article/schema';
import type { Lang } from '@/utils/i18n';
import { t } from '@/utils/i18n';
import { Summary } from '@/components/Summary';
import type { OnSource } from '@/utils/article/sentences';
import type { ShareActions } from '@/components/share';
import { ShareContext } from '@/components/share';
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

export function Reader({ article, lang }: ReaderProps) {
  const s = t(lang);
  // The Esc hint floats over the article, so it shows for a few seconds after each choice only.
  const [hint, setHint] = useState(false);
  const hintTimer = useRef<ReturnType<typeof setTimeout>>();
  const returnFocus = useRef<HTMLElement | SVGElement | null>(null);
  const [status, setStatusNow] = useState('');
  const statusTimer = useRef<ReturnType<typeof setTimeout>>();
  const setStatus = useCallback((text: string) => {
    setStatusNow(text);
    clearTimeout(statusTimer.current);
    statusTimer.current = setTimeout(() => setStatusNow(''), 4000);
  }, []);

  // The bundled copy links to itself: `reader.html#s12` opens at that sentence (for readers with the extension).
  const share: ShareActions = useMemo(
    () => ({
      copyMarkdown: () => void copyMarkdown(lang, { kind: 'bundled' }).then(setStatus),
      downloadJson: () => setStatus(downloadJson(lang, { kind: 'bundled' })),
      copyLink: (_ref, sentenceId) => void copyLink(lang, readerLink(sentenceId)).then(setStatus),
    }),
    [lang, setStatus],
  );

  const show = useCallback((id: string) => {
    if (!highlightSentence(id)) return;
    setHint(true);
    clearTimeout(hintTimer.current);
    hintTimer.current = setTimeout(() => setHint(false), 5000);
  }, []);

  const clear = useCallback(() => {
    clearSource();
    clearTimeout(hintTimer.current);
    setHint(false);
    // Back to the fact that was chosen, so keyboard users keep their place in the summary.
    returnFocus.current?.focus();
    returnFocus.current = null;
  }, []);

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
          <ArticleText article={article} />
        </main>
        <aside id="reader-summary" class="reader-summary" aria-labelledby="reader-summary-heading" tabIndex={-1}>
          <h2 id="reader-summary-heading" class="reader-summary-heading">
            {s.summaryLabel}
          </h2>
          <ShareContext.Provider value={share}>
            <Summary article={article} lang={lang} state={{ kind: 'bundled' }} onSource={onSource} headingLevel={3} showTitle={false}>
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
