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
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { fold, noise } from '@/assets/fingerprint.json';
import { foldTable } from '@/utils/detect/normalise';
import { onMessage } from '@/utils/messages';
import { applyNoiseSetting, removeNoise } from './noise';

/** One noise script per page: the isolated world's `window` outlives a script run, so it carries the live copy. */
const INSTANCE = Symbol.for('stargate-brief.noise');
interface Instance {
  /** False once the extension was reloaded or removed (this copy is an orphan then). */
  alive(): boolean;
  stop(): void;
}
type HostWindow = typeof window & { [INSTANCE]?: Instance };

export default defineContentScript({
  registration: 'runtime',
  matches: [], // injected by the background after a match or partial verdict
  cssInjectionMode: 'manual', // the one rule it needs is always on (the detector's stylesheet)
  noScriptStartedPostMessage: true, // the page has no business hearing from us
  globalName: false,
  main(ctx) {
    const host = window as HostWindow;
    // The background injects before each time it asks for the noise; a live copy already answers.
    if (host[INSTANCE]?.alive()) {
      ctx.abort('a live copy of the noise script already runs');
      return;
    }
    host[INSTANCE]?.stop(); // an orphan of a reloaded extension: take its marks away
    const session = startSession();
    host[INSTANCE] = session;
    // WXT invalidates this context whenever the script is injected again; only a dead extension
    // (not a re-injection, which the guard above turns away) takes the marks away.
    ctx.onInvalidated(() => {
      if (!extensionAlive()) session.stop();
    });
  },
});

function extensionAlive(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false;
  }
}

function startSession(): Instance {
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
