/**
 * The overlay script: injected on demand by the background (never listed in the manifest), it shows
 * a fact's source sentence on the page and hosts the overlay panel with the summary.
 *
 * Isolated world only. Its one DOM footprint is the overlay's shadow host while the panel is open
 * (an empty inline element: the panel inside is `position: fixed`, so the page never reflows);
 * the highlight lives in the Custom Highlight registry and one adopted stylesheet.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { article } from '@/utils/article/data';
import { detectLang } from '@/utils/i18n';
import type { Lang } from '@/utils/i18n';
import { t } from '@/utils/i18n';
import { onMessage } from '@/utils/messages';
import type { SourceRef } from '@/utils/messages';
import { clearSource, findSourceRanges, removeHighlightRule, showSourceText } from '@/utils/page/highlight';
import { fragmentForRanges } from './fragment';
import { withTextFragment } from './text-fragment';
import { forgetDocument } from '@/utils/page/locate';
import { createOverlay } from './overlay';
import { extensionAlive, runOneCopy, type LiveCopy } from '@/utils/live-copy';

/** One overlay script per tab (utils/live-copy.ts). */
const INSTANCE = Symbol.for('stargate-brief.page');

export default defineContentScript({
  registration: 'runtime',
  matches: [], // injected on demand by the background (activeTab + scripting)
  cssInjectionMode: 'manual', // the overlay's styles travel inside the script (see overlay.tsx)
  noScriptStartedPostMessage: true, // the page has no business hearing from us
  globalName: false,
  main(ctx) {
    runOneCopy(INSTANCE, ctx, 'overlay script', () => startSession(ctx));
  },
});

/** Longest page sentence a reference may carry (compare keeps 600 characters). */
const MAX_PAGE_WORDS = 2000;

/** A source reference from a message, checked before it indexes the text. */
function isValidRef(ref: SourceRef | null | undefined): ref is SourceRef {
  if (!ref) return false;
  const { start, end } = ref;
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= article.text.length;
}

/**
 * Shows a span of the parsed copy on the page. The pieces either side of a page break the span
 * crosses are the fallback for a reprint that no longer keeps the two halves together.
 */
function showSpan(ref: SourceRef | null | undefined): boolean {
  if (!isValidRef(ref)) return false;
  // A changed fact's sentence: the page's own words are what is on the page.
  if (typeof ref.text === 'string' && ref.text.length > 0 && ref.text.length <= MAX_PAGE_WORDS && showSourceText(ref.text, document, []))
    return true;
  const { sentence, pieces } = spanText(ref);
  return showSourceText(sentence, document, pieces);
}

function spanText(ref: SourceRef): { sentence: string; pieces: string[] } {
  const joins = article.sentences.flatMap((s) => (s.join && ref.start <= s.join.start && s.join.end <= ref.end ? [s.join] : []));
  const cuts = [ref.start, ...joins.flatMap((j) => [j.start, j.end]), ref.end];
  const pieces: string[] = [];
  for (let i = 0; i + 1 < cuts.length; i += 2) pieces.push(article.text.slice(cuts[i], cuts[i + 1]));
  return { sentence: article.text.slice(ref.start, ref.end), pieces: joins.length ? pieces : [] };
}

/** This page's URL with a Text Fragment that marks the span's sentence as the page shows it; null when it is not on the page. */
function linkToSpan(ref: SourceRef | null | undefined): string | null {
  if (!isValidRef(ref)) return null;
  const { sentence, pieces } = spanText(ref);
  const result = fragmentForRanges(findSourceRanges(sentence, document, pieces));
  return result ? withTextFragment(location.href, result.directive) : null;
}

function startSession(ctx: ContentScriptContext): LiveCopy {
  const lang: Lang = detectLang(''); // the browser's language, never the host page's ?lang=
  const overlay = createOverlay(ctx, lang, showSpan, linkToSpan);
  let stopped = false;

  const removers = [
    onMessage('showSource', ({ data }) => {
      const found = showSpan(data);
      overlay.setStatus(found ? '' : t(lang).sourceNotFound);
      return found;
    }),
    onMessage('setOverlayOpen', ({ data: open }) => (open ? overlay.open({ focus: true }) : overlay.close())),
    onMessage('restoreOverlay', () => overlay.open({ focus: false })),
    onMessage('tabStateChanged', ({ data }) => overlay.setTabState(data)),
    onMessage('sourceLink', ({ data }) => linkToSpan(data)),
  ];

  return {
    alive: () => !stopped && extensionAlive(),
    stop() {
      if (stopped) return;
      stopped = true;
      for (const remove of removers) remove();
      overlay.destroy();
      clearSource();
      removeHighlightRule();
      forgetDocument(document);
    },
  };
}
