/**
 * The popup scrolls inside a stable scrollbar gutter (popup.css `.popup`); its right padding gives
 * the gutter's width back so both margins match. The width is measured on an empty probe styled as
 * `.popup`, before the first render: laying out a nearly empty page costs next to nothing, whereas
 * measuring the rendered summary forced a full layout, and a second one once the padding changed,
 * before the first paint.
 */
function measureScrollbarGutter(doc: Document = document): number {
  const probe = doc.createElement('div');
  probe.className = 'popup';
  probe.style.cssText = 'position:absolute;visibility:hidden;height:0;padding:0';
  doc.body.append(probe);
  const width = probe.offsetWidth - probe.clientWidth;
  probe.remove();
  return width;
}

/** Sets `--popup-scrollbar` (read by `.popup`'s padding) on the root, for every render to inherit. */
export function applyScrollbarGutter(doc: Document = document): void {
  doc.documentElement.style.setProperty('--popup-scrollbar', `${measureScrollbarGutter(doc)}px`);
}
