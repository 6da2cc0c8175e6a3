/**
 * What every reader of a page's text passes by: markup whose text is not prose, and our own overlay.
 * The detector's noise finder and sentence locating share it, so both read the same words.
 */

/** The tag of the overlay's shadow host (upper case, as `tagName` gives it); its light DOM holds nothing, but never read it. */
export const OVERLAY_HOST_TAG = 'STARGATE-BRIEF-OVERLAY';

/** Elements whose text is not page prose (code, styles, form controls, drawings) or is our own UI. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'SVG', 'MATH', OVERLAY_HOST_TAG]);

/** Whether the text under `el` is not page prose (detection's noise finder and locating both pass it by). */
export function isSkippedElement(el: Element): boolean {
  return SKIPPED_TAGS.has(el.tagName.toUpperCase());
}
