/**
 * The noise script: injected by the background into a page once its detector reports a match or a
 * partial copy (never listed in the manifest, so the pages of the article hosts that do not hold the
 * article never load it). It finds the article's caption noise (noise.ts) and hides or shows it as
 * the `hideNoise` setting says, which the background sends right after injecting it and again
 * whenever the reader flips the switch.
 *
 * Why a script of its own, not part of the overlay script: it runs on every page holding the article,
 * the overlay only when the reader opens it; this bundle is a few kilobytes, the overlay's ~130 KB
 * (Preact, the summary and its data) would be parsed on every article page for nothing.
 *
 * Isolated world only. Its DOM footprint is the `data-stargate-noise` marks, our `<sgb-noise>`
 * wrappers while noise is hidden, and `html[data-stargate-hide-noise]`; the always-on stylesheet
 * (entrypoints/detector.content/hide-noise.css) does the hiding.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { fold, noise } from '@/assets/fingerprint.json';
import { foldTable } from '@/utils/detect/normalise';
import { onMessage } from '@/utils/messages';
import { extensionAlive, runOneCopy, type LiveCopy } from '@/utils/live-copy';
import { applyNoiseSetting, removeNoise } from './noise';

/** One noise script per page (utils/live-copy.ts). */
const INSTANCE = Symbol.for('stargate-brief.noise');

export default defineContentScript({
  registration: 'runtime',
  matches: [], // injected by the background after a match or partial verdict
  cssInjectionMode: 'manual', // the one rule it needs is always on (the detector's stylesheet)
  noScriptStartedPostMessage: true, // the page has no business hearing from us
  globalName: false,
  main(ctx) {
    runOneCopy(INSTANCE, ctx, 'noise script', startSession);
  },
});

function startSession(): LiveCopy {
  let table: ReturnType<typeof foldTable> | undefined;
  let stopped = false;
  const removers = [
    onMessage('setHideNoise', ({ data: hide }) => {
      applyNoiseSetting(document, noise, (table ??= foldTable(fold)), hide === true);
    }),
    onMessage('clearNoise', () => removeNoise(document)),
  ];
  return {
    alive: () => !stopped && extensionAlive(),
    stop() {
      if (stopped) return;
      stopped = true;
      for (const remove of removers) remove();
      removeNoise(document);
    },
  };
}
