/**
 * The always-on detector (thin): on the article hosts, and when the background injects it on
 * demand. Reads `document.body.textContent` once per check, runs the cheap pre-check with the
 * bundled anchors, fetches the full fingerprint from the background only when that passes, and
 * reports the verdict — with the text it read on match/partial, which the background compares
 * with the article fact by fact (entrypoints/background/changed-facts; nothing of it in this bundle). On match/partial it marks the noise and applies the hide-noise setting,
 * which the background sends with its answer and again whenever the user changes it (the storage
 * layer stays out of this always-on bundle).
 * Late content: re-checks on DOM mutations (batched, capped by the re-check limiter), after a
 * match too — a page that swaps in another version of a paragraph is compared again; the text is
 * re-sent only when it changed, so a faithful page stays quiet — and on in-page navigation.
 * Isolated world only; the one DOM change is the noise attributes.
 */
import './noise.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { anchors } from '@/assets/fingerprint.json';
import { onMessage, sendMessage } from '@/utils/messages';
import { coveragePercent, type Verdict } from '@/utils/verdict';
import { detect, fingerprintFold, precheck, type Fingerprint } from '@/utils/detect/coverage';
import { HIDE_NOISE_ATTR, clearNoise, markNoise } from './noise';
import { createRecheckLimiter } from './recheck';

/** One detector per page across injections (the isolated world's `window` outlives a script run). */
const INSTANCE = Symbol.for('stargate-brief.detector');
type Host = typeof window & { [INSTANCE]?: { stop(): void } };

export default defineContentScript({
  matches: ['<hosts>'],
  runAt: 'document_idle',
  main(ctx) {
    const host = window as Host;
    host[INSTANCE]?.stop(); // an earlier injection: this run takes over
    host[INSTANCE] = { stop: () => ctx.abort() };
    run(ctx);
  },
});

function run(ctx: ContentScriptContext): void {
  const root = document.documentElement;
  let fingerprint: Promise<Fingerprint> | undefined;
  let last: Verdict | undefined;
  /** The text last sent with a match/partial verdict (the background compares it with the article). */
  let sentText: string | undefined;
  /** The hide-noise setting as the background last told it; applied once the noise is marked. */
  let hideNoise: boolean | undefined;
  /** The fingerprint of the last match/partial: its noise strings are what gets marked. */
  let noisy: Fingerprint | undefined;
  let observer: MutationObserver | undefined;

  /** Marks the noise (wrapping part-of-a-node noise only while hidden) and applies the setting. */
  const applyHide = (hide: boolean) => {
    if (noisy) markNoise(document, noisy.noise, fingerprintFold(noisy), hide);
    observer?.takeRecords(); // our own marks are no late content
    root.toggleAttribute(HIDE_NOISE_ATTR, hide);
  };

  async function check(force: boolean): Promise<void> {
    const text = document.body?.textContent ?? '';
    let verdict: Verdict = { kind: 'none', coverage: 0 };
    let fp: Fingerprint | undefined;
    if (precheck(text, anchors)) {
      fingerprint ??= sendMessage('getFingerprint', undefined);
      fp = await fingerprint.catch(() => undefined);
      if (fp) verdict = detect(text, fp);
      else {
        // Background not ready: report none now and ask again soon, even if the page never changes.
        fingerprint = undefined;
        rechecks.request();
      }
    }
    if (ctx.isInvalid) return;
    const holds = verdict.kind !== 'none';
    if (
      force ||
      !last ||
      last.kind !== verdict.kind ||
      coveragePercent(last.coverage) !== coveragePercent(verdict.coverage) ||
      (holds && text !== sentText)
    ) {
      const reply = await sendMessage('reportVerdict', holds ? { ...verdict, text } : verdict);
      sentText = text; // only compared while the verdict holds; a change of kind re-sends anyway
      if (ctx.isInvalid) return;
      hideNoise = reply?.hideNoise ?? hideNoise;
      last = verdict;
    }
    if (fp && holds) {
      noisy = fp;
      applyHide(!!hideNoise);
    } else if (noisy) {
      // The article left the page (in-page navigation): so do our marks.
      noisy = undefined;
      clearNoise(document);
      observer?.takeRecords();
    }
  }

  const safeCheck = (force: boolean) => void check(force).catch(() => undefined);
  const rechecks = createRecheckLimiter(() => safeCheck(false), { setTimeout: (run, ms) => ctx.setTimeout(run, ms) });

  function watch(): void {
    if (observer || !document.body) return;
    observer = new MutationObserver(() => rechecks.request());
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }

  function stopWatching(): void {
    observer?.disconnect();
    observer = undefined;
  }

  ctx.onInvalidated(stopWatching);
  ctx.onInvalidated(
    onMessage('setHideNoise', ({ data }) => {
      hideNoise = data;
      if (last && last.kind !== 'none') applyHide(data);
    }),
  );
  ctx.onInvalidated(() => {
    root.toggleAttribute(HIDE_NOISE_ATTR, false);
    clearNoise(document);
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    // In-page navigation: a new verdict for the new "page", and watch again for late content.
    watch();
    safeCheck(true);
  });
  watch();
  safeCheck(true);
}
