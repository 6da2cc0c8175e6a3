/**
 * The typed protocol between the extension's contexts. One map, no string switches.
 *
 *   detector content script ──reportVerdict (+ page text on match/partial)──▶ background (badge, per-tab state, comparison)
 *   popup / overlay ──getTabState / detectInTab / openOverlay / revealSource──▶ background
 *   popup / background ──showSource / setOverlayOpen──▶ the overlay script in a tab
 *   background ──setHideNoise──▶ the detector in every tab holding the article
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

interface ProtocolMap {
  /** Answers with the hide-noise setting, so the always-on detector never loads the storage layer. */
  reportVerdict(report: VerdictReport): { hideNoise: boolean };
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
  /** Background → detector in every tab holding the article, when the user flips the setting. */
  setHideNoise(hide: boolean): void;
  /** Sent by the overlay when it opens or closes itself, so the state survives per tab. */
  overlayChanged(open: boolean): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
