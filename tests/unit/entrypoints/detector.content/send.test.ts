/**
 * The detector's own sender speaks @webext-core/messaging's wire format: what it sends is handled
 * by the library's `onMessage` (as the background registers it), the library's answer resolves it,
 * the library's error rejects it, and no listener rejects it too. The runtime channel is modelled
 * as Chrome's (listeners answer through `sendResponse`; a message is cloned on its way).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { send } from '@/entrypoints/detector.content/send';
import { onMessage } from '@/utils/messages';
import type { VerdictReport } from '@/utils/messages';
import { getFingerprint } from '@/entrypoints/background/fingerprint-provider';

type Listener = (message: unknown, sender: object, sendResponse: (reply: unknown) => void) => unknown;
let listeners: Listener[];
const sender = { tab: { id: 7 }, frameId: 0 };

beforeEach(() => {
  listeners = [];
  vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation(((l: Listener) => void listeners.push(l)) as never);
  vi.spyOn(fakeBrowser.runtime.onMessage, 'removeListener').mockImplementation(((l: Listener) => {
    listeners = listeners.filter((x) => x !== l);
  }) as never);
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(
    ((message: unknown) =>
      new Promise((resolve, reject) => {
        const cloned = structuredClone(message);
        let open = false;
        for (const listener of listeners) if (listener(cloned, sender, resolve) === true) open = true;
        if (!open) reject(new Error('Could not establish connection. Receiving end does not exist.'));
      })) as never,
  );
});
afterEach(() => vi.restoreAllMocks());

describe("the detector's sender", () => {
  it('reaches a handler registered through @webext-core/messaging, with the sender, and gets its answer', async () => {
    const received: Array<{ data: VerdictReport; tab?: number }> = [];
    const remove = onMessage('reportVerdict', ({ data, sender }) => void received.push({ data, tab: sender.tab?.id }));
    const report: VerdictReport = { kind: 'match', coverage: 0.97, text: '亲密盟友' };
    await expect(send('reportVerdict', report)).resolves.toBeUndefined();
    expect(received).toEqual([{ data: report, tab: 7 }]);
    remove();
  });

  it('resolves with the handler’s value (the fingerprint)', async () => {
    const remove = onMessage('getFingerprint', () => getFingerprint());
    const fp = await send('getFingerprint', undefined);
    expect(fp.anchors).toEqual(getFingerprint().anchors);
    expect(fp.paragraphs).toHaveLength(getFingerprint().paragraphs.length);
    remove();
  });

  it('rejects with the handler’s error', async () => {
    const remove = onMessage('getFingerprint', () => {
      throw new Error('not ready');
    });
    await expect(send('getFingerprint', undefined)).rejects.toThrow('not ready');
    remove();
  });

  it('rejects when nothing listens (the background is not up yet)', async () => {
    await expect(send('getFingerprint', undefined)).rejects.toThrow(/Receiving end does not exist/);
  });

  it('rejects when a listener is there but nobody handles this message', async () => {
    const remove = onMessage('getTabState', () => ({ verdict: null, overlayOpen: false }));
    await expect(send('getFingerprint', undefined)).rejects.toThrow();
    remove();
  });
});
