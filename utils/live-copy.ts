/**
 * One live copy per page for a script the background injects again before each request (the noise
 * script, the overlay script). The isolated world's `window` outlives a script run, so it carries
 * the copy under a key of its own.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export interface LiveCopy {
  /** False once the extension was reloaded or removed (this copy is an orphan then). */
  alive(): boolean;
  stop(): void;
}

/** Whether the extension this copy belongs to is still there (a reload or removal leaves orphans behind). */
export function extensionAlive(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false;
  }
}

/**
 * Starts this run's copy unless a live one already runs: then this run bows out and drops its own
 * context's listeners. An orphan of a reloaded extension is stopped first (its marks, panel or
 * highlight go with it). WXT invalidates the context whenever the script is injected again; only a
 * dead extension (not a re-injection, which the guard turns away) ends the copy.
 */
export function runOneCopy(key: symbol, ctx: ContentScriptContext, name: string, start: () => LiveCopy): void {
  const host = window as unknown as Record<symbol, LiveCopy | undefined>;
  if (host[key]?.alive()) {
    ctx.abort(`a live copy of the ${name} already runs`);
    return;
  }
  host[key]?.stop();
  const copy = start();
  host[key] = copy;
  ctx.onInvalidated(() => {
    if (!extensionAlive()) copy.stop();
  });
}
