/**
 * The always-on detector (thin): on the article hosts, and when the background injects it on
 * demand. It carries only what decides "is this the article" and reports it: reads
 * `document.body.textContent` once per check, runs the cheap pre-check with the bundled anchors,
 * fetches the full fingerprint from the background only when that passes, and reports the verdict —
 * with the text it read on match/partial, which the background compares with the article fact by
 * fact (entrypoints/background/changed-facts). The background then injects the noise script
 * (entrypoints/noise.content) into a page that holds the article; its stylesheet is the only part
 * of caption noise here (hide-noise.css: one rule, so marks are hidden the moment they are made).
 *
 * Late content: re-checks on DOM mutations (batched and capped, recheck.ts) and on in-page
 * navigation, and keeps watching after a match: the verdict is reported again when it changes, and
 * on match/partial whenever the text changed, so the comparison and the noise follow the page.
 * Isolated world only; it changes nothing on the page.
 */
import './hide-noise.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { anchors } from '@/assets/fingerprint.json';
import { coveragePercent, type Verdict } from '@/utils/verdict';
import { detect, precheck, type Fingerprint } from '@/utils/detect/coverage';
import { createRecheckLimiter } from './recheck';
import { send } from './send';

/** One detector per page across injections (the isolated world's `window` outlives a script run). */
const INSTANCE = Symbol.for('stargate-brief.detector');
type Host = typeof window & { [INSTANCE]?: { stop(): void } };

export default defineContentScript({
  matches: ['<hosts>'],
  // Once the page is parsed, not once its pictures have loaded (document_idle waits for the load
  // event, up to 200 ms after this): the verdict, and with it the hidden noise, come that much sooner.
  runAt: 'document_end',
  main(ctx) {
    const host = window as Host;
    host[INSTANCE]?.stop(); // an earlier injection: this run takes over
    host[INSTANCE] = { stop: () => ctx.abort() };
    run(ctx);
  },
});

function run(ctx: ContentScriptContext): void {
  let fingerprint: Promise<Fingerprint> | undefined;
  let last: Verdict | undefined;
  /** The text last sent with a match/partial verdict (the background compares it with the article). */
  let sentText: string | undefined;

  async function check(force: boolean): Promise<void> {
    const text = document.body?.textContent ?? '';
    let verdict: Verdict = { kind: 'none', coverage: 0 };
    if (precheck(text, anchors)) {
      fingerprint ??= send('getFingerprint', undefined);
      const fp = await fingerprint.catch(() => undefined);
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
      await send('reportVerdict', holds ? { ...verdict, text } : verdict);
      last = verdict;
      sentText = holds ? text : undefined;
    }
  }

  const safeCheck = (force: boolean) => void check(force).catch(() => undefined);
  const rechecks = createRecheckLimiter(() => safeCheck(false), { setTimeout: (run, ms) => ctx.setTimeout(run, ms) });
  let observer: MutationObserver | undefined;

  function watch(): void {
    if (observer || !document.body) return;
    observer = new MutationObserver(() => rechecks.request());
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }

  ctx.onInvalidated(() => observer?.disconnect());
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    // In-page navigation: a new verdict for the new "page", and watch again for late content.
    watch();
    safeCheck(true);
  });
  watch();
  safeCheck(true);
}
