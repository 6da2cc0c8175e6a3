/**
 * Raw CDP sessions to targets Playwright gives us no object for (the action popup before we
 * connect to it, the service worker's exceptions). Non-flat sessions ride on a browser-level
 * CDPSession: Playwright cannot address a flat child session, but it forwards these messages.
 */
import type { CDPSession } from 'playwright-core';

interface CdpMessage {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
}

export interface RawSession {
  /** The command's result, or undefined when the target did not answer within 5 s. */
  send(method: string, params?: Record<string, unknown>): Promise<Record<string, unknown> | undefined>;
  onEvent(listener: (method: string, params: Record<string, unknown>) => void): void;
  detach(): Promise<void>;
}

export async function attachRaw(browserSession: CDPSession, targetId: string): Promise<RawSession> {
  const { sessionId } = await browserSession.send('Target.attachToTarget', { targetId, flatten: false });
  const replies = new Map<number, (result: Record<string, unknown>) => void>();
  const listeners: ((method: string, params: Record<string, unknown>) => void)[] = [];
  let nextId = 1;
  browserSession.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as CdpMessage;
    if (message.id !== undefined) replies.get(message.id)?.(message.result ?? {});
    else if (message.method) for (const listener of listeners) listener(message.method, message.params ?? {});
  });
  return {
    async send(method, params = {}) {
      const id = nextId++;
      const replied = new Promise<Record<string, unknown>>((resolve) => replies.set(id, resolve));
      await browserSession.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
      const result = await Promise.race([replied, new Promise<undefined>((r) => setTimeout(() => r(undefined), 5000))]);
      replies.delete(id);
      return result;
    },
    onEvent: (listener) => void listeners.push(listener),
    detach: () =>
      browserSession.send('Target.detachFromTarget', { sessionId }).then(
        () => undefined,
        () => undefined,
      ),
  };
}

interface RemoteObject {
  value?: unknown;
  description?: string;
}

/** The text of an error-level CDP event (console.error, uncaught exception, error log entry), else undefined. */
export function errorOf(method: string, params: Record<string, unknown>): string | undefined {
  if (method === 'Runtime.consoleAPICalled' && params.type === 'error') {
    const args = (params.args ?? []) as RemoteObject[];
    return args.map((a) => (a.value !== undefined ? String(a.value) : (a.description ?? ''))).join(' ');
  }
  if (method === 'Runtime.exceptionThrown') {
    const details = params.exceptionDetails as { text: string; exception?: RemoteObject };
    return details.exception?.description ?? details.text;
  }
  if (method === 'Log.entryAdded') {
    const entry = params.entry as { level: string; text: string };
    return entry.level === 'error' ? entry.text : undefined;
  }
  return undefined;
}

/**
 * What a target logged as errors before we attached: V8 and the Log domain replay what they kept
 * when a client enables them (the replay arrives before the enable replies).
 */
export async function replayedErrors(browserSession: CDPSession, targetId: string): Promise<string[]> {
  const session = await attachRaw(browserSession, targetId);
  const errors: string[] = [];
  session.onEvent((method, params) => {
    const text = errorOf(method, params);
    if (text !== undefined) errors.push(text);
  });
  await session.send('Runtime.enable');
  await session.send('Log.enable');
  await session.detach();
  return errors;
}

/**
 * Uncaught exceptions and unhandled rejections of a target, from now on and the ones it kept
 * (Playwright reports a service worker's console, not its exceptions). Stays attached.
 */
export async function watchExceptions(browserSession: CDPSession, targetId: string, onError: (text: string) => void): Promise<void> {
  const session = await attachRaw(browserSession, targetId);
  session.onEvent((method, params) => {
    if (method === 'Runtime.exceptionThrown') onError(errorOf(method, params) ?? 'exception');
  });
  await session.send('Runtime.enable');
}
