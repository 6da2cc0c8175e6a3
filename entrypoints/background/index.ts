/**
 * The background keeps each tab's verdict, paints it on the toolbar icon, and loads the on-demand
 * scripts (detector on pages we were invoked on, overlay script for the overlay and highlights).
 * The handlers live in entrypoints/background/handlers.ts, where unit tests drive them.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { registerBackground } from './handlers';

export default defineBackground(() => {
  registerBackground();
});
