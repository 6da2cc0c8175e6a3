/**
 * The typed protocol between the extension's contexts. One map, no string switches.
 *
 *   detector content script ──reportVerdict (+ page text on match/partial)──▶ background (badge, per-tab state, comparison)
 *   popup / overlay ──getTabState / detectInTab / openOverlay / revealSource──▶ background
 *   popup / background ──showSource / setOverlayOpen──▶ the overlay script in a tab
 *   background ──setHideNoise / clearNoise──▶ the noise script it injects into every page holding the article
 *
 * Every context sends and listens through @webext-core/messaging, except the always-on detector, which
 * only sends and speaks the same wire format itself (entrypoints/detector.content/send.ts).
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Fingerprint } from './detect/coverage';
import type { Verdict } from './verdict';
import type { ChangedFactsResult } from '@/utils/changed-facts';

export type { Verdict, VerdictKind } from './verdict';

/** The detector's report: the verdict, and on match/partial the page text it read (the background compares it with the article). */
export interface VerdictReport extends Verdict {
  text?: string;
}

export interface TabState {
  /** Null until the tab has been checked (not a host page and the icon not yet clicked). */
  verdict: Verdict | null;
  /** On match/partial: the facts this page's copy changes and the passages it lacks (entrypoints/background/changed-facts). */
  changedFacts?: ChangedFactsResult;
  overlayOpen: boolean;
  /** Set when the browser does not let us read this tab (browser pages, the web store, a revoked grant). */
  unreadable?: boolean;
  /** Set when the verdict came from a detector the background injected (activeTab), not the always-on one. */
  onDemand?: boolean;
}

/** A span of the parsed copy's `text` (a fact's source sentence). */
export interface SourceRef {
  start: number;
  end: number;
  /** The page's own words of that sentence, where they differ from the article's (a changed fact): found instead. */
  text?: string;
}

export interface ProtocolMap {
  /** The detector's verdict (with the page text on match/partial); the background then injects the noise script there. */
  reportVerdict(report: VerdictReport): void;
  /** The detector's full fingerprint; asked for only after the bundled anchors pre-check passes. */
  getFingerprint(): Fingerprint;
  getTabState(tabId: number): TabState;
  /** Runs detection in a tab the user invoked us on (activeTab + scripting), then returns its state. */
  detectInTab(tabId: number): TabState;
  /** Loads the overlay script into the tab if needed and opens or closes the overlay; true when it is now as asked. */
  openOverlay(data: { tabId: number; open: boolean }): boolean;
  /** Loads the overlay script into the tab if needed and asks it to show a fact's source sentence. */
  revealSource(data: { tabId: number; ref: SourceRef }): boolean;
  /** Scrolls to the source sentence on the page and highlights it; false when it is not on the page. */
  showSource(ref: SourceRef): boolean;
  /** Background → overlay script: the reader opened (or closed) the overlay; an opened panel takes focus. */
  setOverlayOpen(open: boolean): void;
  /** Popup → background → overlay script: a Text Fragment link to the source sentence on the page, or null (not found). */
  linkToSource(data: { tabId: number; ref: SourceRef }): string | null;
  /** The overlay script's answer to linkToSource: the page's URL with `#:~:text=…` for the sentence. */
  sourceLink(ref: SourceRef): string | null;
  /** Background → overlay script after a reload: bring the overlay back as the reader left it, leaving focus in the page. */
  restoreOverlay(): void;
  /** Overlay script → background: this tab's state (the detector's verdict), for the overlay's header. */
  getOwnTabState(): TabState;
  /** Background → overlay script while the overlay is open: the verdict changed (late content, SPA). */
  tabStateChanged(state: TabState): void;
  /**
   * Background → the noise script in a page holding the article, right after injecting it and whenever
   * the user flips the setting: mark the noise afresh and hide (true) or show (false) it.
   */
  setHideNoise(hide: boolean): void;
  /** Background → the noise script when the page no longer holds the article (in-page navigation): take every mark away. */
  clearNoise(): void;
  /** Sent by the overlay when it opens or closes itself, so the state survives per tab. */
  overlayChanged(open: boolean): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
