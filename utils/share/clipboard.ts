/**
 * Writes text to the clipboard, only ever from a user's click (the callers are button handlers).
 * `navigator.clipboard` is enough in the popup and the reader (extension pages, focused, with the
 * click's activation) and on https pages, so no `clipboardWrite` permission is asked for. Where it
 * is missing (an http page's overlay) the older copy command on a throwaway text area stands in.
 */
export async function writeClipboard(text: string, doc: Document = document): Promise<boolean> {
  try {
    if (doc.defaultView?.navigator.clipboard) {
      await doc.defaultView.navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied (no focus, no activation): try the fallback below.
  }
  return copyWithCommand(text, doc);
}

function copyWithCommand(text: string, doc: Document): boolean {
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  (doc.body ?? doc.documentElement).append(area);
  const active = doc.activeElement;
  area.select();
  let ok = false;
  try {
    ok = doc.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  if (active instanceof HTMLElement) active.focus({ preventScroll: true });
  return ok;
}
