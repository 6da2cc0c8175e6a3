/**
 * The panel's icons, drawn to say what the buttons do: docking shows a window with its side
 * panel on that edge, folding an arrow into the edge, unfolding an arrow out of it. 16×16.
 */
export function PanelIcon({ d, fill }: { d: string; fill?: string }) {
  return (
    <svg class="sgb-overlay-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={d} stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round" fill="none" />
      {fill && <path d={fill} fill="currentColor" />}
    </svg>
  );
}

/** A window's outline, with its side panel (filled) on the left or on the right. */
const WINDOW = 'M2 3h12v10H2z';
export const DOCK = {
  left: { d: WINDOW, fill: 'M3.5 4.5h3.5v7H3.5z' },
  right: { d: WINDOW, fill: 'M9 4.5h3.5v7H9z' },
} as const;
/** Fold to the edge the panel is on: an arrow into a bar at that edge (⇥ on the right, ⇤ on the left). */
export const FOLD_TO = { right: 'M2.5 8h8M7.5 5l3 3-3 3M13.5 3v10', left: 'M13.5 8h-8M8.5 5l-3 3 3 3M2.5 3v10' } as const;
/** Unfold from the edge the tab is on: an arrow out of that edge. */
export const UNFOLD_FROM = { right: 'M13.5 8h-8M8.5 5l-3 3 3 3M13.5 3v10', left: 'M2.5 8h8M7.5 5l3 3-3 3M2.5 3v10' } as const;
export const CLOSE = 'M4 4l8 8m0-8l-8 8';
