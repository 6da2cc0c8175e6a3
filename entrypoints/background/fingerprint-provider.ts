/**
 * Background side of `getFingerprint`: the detector content script bundles only the anchors and
 * asks for the full fingerprint (sampled grams, fold table, noise strings) once a page passes
 * the pre-check. Wire as `onMessage('getFingerprint', () => getFingerprint())`.
 */
import fingerprint from '@/assets/fingerprint.json';
import type { Fingerprint } from '@/utils/detect/coverage';

export function getFingerprint(): Fingerprint {
  return fingerprint;
}
