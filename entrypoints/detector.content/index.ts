/**
 * The always-on detector (thin): on the article hosts, and when the background injects it on
 * demand. Reads `document.body.textContent` once per check, runs the cheap pre-check with the
 * bundled anchors, fetches the full fingerprint from the background only when that passes, and
 * reports the verdict — with the text it read on match/partial, which the background compares
 * with the article fact by fact (utils/compare; nothing of it in this bundle). On match/partial it marks the noise and applies the hide-noise setting,
 * which the background sends with its answer and again whenever the user changes it (the storage
 * layer stays out of this always-on bundle).
 * Late content: re-checks on DOM mutations (batched, capped) until a match, and on in-page
 * navigation. Isolated world only; the one DOM change is the noise attributes.
 */
import './noise.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { anchors } from '@/assets/fingerprint.json';
import { onMessage, sendMessage, type Verdict } from '@/utils/messages';
import { detect, fingerprintFold, precheck, type Fingerprint } from '@/utils/detect/coverage';
import { HIDE_NOISE_ATTR, markNoise } from '@/utils/detect/noise';

/** Mutation re-checks: batched over BATCH_MS, at most MAX_CHECKS per WINDOW_MS. */
const BATCH_MS = 300;
const MAX_CHECKS = 20;
const WINDOW_MS = 30_000;

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
  let observer: MutationObserver | undefined;
  let pending = false;
  let checks = 0;
  let windowStart = Date.now();

  const applyHide = (hide: boolean) => root.toggleAttribute(HIDE_NOISE_ATTR, hide);

  async function check(force: boolean): Promise<void> {
    const text = document.body?.textContent ?? '';
    let verdict: Verdict = { kind: 'none', coverage: 0 };
    let fp: Fingerprint | undefined;
    if (precheck(text, anchors)) {
      fingerprint ??= sendMessage('getFingerprint', undefined);
      fp = await fingerprint.catch(() => undefined);
      if (fp) verdict = detect(text, fp);
      else fingerprint = undefined; // background not ready: report none now, retry next check
    }
    if (ctx.isInvalid) return;
    const holds = verdict.kind !== 'none';
    if (force || !last || last.kind !== verdict.kind || Math.round(last.coverage * 100) !== Math.round(verdict.coverage * 100) || (holds && text !== sentText)) {
      const reply = await sendMessage('reportVerdict', holds ? { ...verdict, text } : verdict);
      sentText = holds ? text : undefined;
      if (ctx.isInvalid) return;
      hideNoise = reply?.hideNoise ?? hideNoise;
      last = verdict;
    }
    if (verdict.kind === 'match') stopWatching();
    if (fp && verdict.kind !== 'none') {
      markNoise(document, fp.noise, fingerprintFold(fp));
      if (hideNoise !== undefined) applyHide(hideNoise);
    }
  }

  const safeCheck = (force: boolean) => void check(force).catch(() => undefined);

  function recheck(): void {
    pending = false;
    const now = Date.now();
    if (now - windowStart >= WINDOW_MS) {
      windowStart = now;
      checks = 0;
    }
    if (checks >= MAX_CHECKS) {
      // Over the cap: one trailing check when the window ends.
      pending = true;
      ctx.setTimeout(recheck, windowStart + WINDOW_MS - now);
      return;
    }
    checks++;
    safeCheck(false);
  }

  function watch(): void {
    if (observer || !document.body) return;
    observer = new MutationObserver(() => {
      if (pending) return;
      pending = true;
      ctx.setTimeout(recheck, BATCH_MS);
    });
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
  ctx.onInvalidated(() => applyHide(false));
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    // In-page navigation: a new verdict for the new "page", and watch again for late content.
    watch();
    safeCheck(true);
  });
  watch();
  safeCheck(true);
}
