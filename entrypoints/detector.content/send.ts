/**
 * The always-on detector's side of the typed protocol (utils/messages.ts). It only ever sends two
 * messages to the background, so instead of bundling @webext-core/messaging (its listener side,
 * logger and error serialiser: ~0.7 KB of the 4 KB gzipped budget) it speaks that library's wire
 * format itself: `{ id, type, data, timestamp }` out, `{ res }` or `{ err }` back. The background
 * answers through the library as it does every other context (tests/unit/entrypoints/detector.content/send.test.ts
 * checks both ends agree). Promise-native `runtime.sendMessage` (MV3 Chrome and Firefox), no polyfill.
 */
import { browser } from 'wxt/browser';
import type { ProtocolMap } from '@/utils/messages';

/** The messages the detector sends. */
export type DetectorMessage = 'getFingerprint' | 'reportVerdict';

type Data<K extends DetectorMessage> = Parameters<ProtocolMap[K]>[0];

/** Sends `type` with `data` to the background; resolves with its answer, rejects with its error or when no one answers. */
export async function send<K extends DetectorMessage>(type: K, data: Data<K>): Promise<ReturnType<ProtocolMap[K]>> {
  const reply = (await browser.runtime.sendMessage({ id: Math.floor(Math.random() * 1e9), type, data, timestamp: Date.now() })) as
    | { res?: ReturnType<ProtocolMap[K]>; err?: { message?: string } }
    | undefined;
  if (!reply) throw new Error('No response');
  if (reply.err != null) throw new Error(reply.err.message);
  return reply.res as ReturnType<ProtocolMap[K]>;
}
