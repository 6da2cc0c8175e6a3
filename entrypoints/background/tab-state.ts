/**
 * Per-tab state kept by the background: the detector's verdict, the comparison of the page's copy
 * with the article (entrypoints/background/changed-facts) and whether the overlay is open.
 * Mirrored into session storage so a restarted service worker still knows each tab's state, and
 * dropped when the tab closes. Navigation clears the verdict (the new page reports its own).
 */
import { storage } from 'wxt/utils/storage';
import type { TabState, Verdict } from '@/utils/messages';
import { sanitizeChangedFacts } from '@/utils/changed-facts';

const EMPTY: TabState = { verdict: null, overlayOpen: false };

const tabStatesItem = storage.defineItem<Record<string, TabState>>('session:tabStates', {
  fallback: {},
  version: 1,
});

function isVerdict(x: unknown): x is Verdict {
  if (typeof x !== 'object' || x === null) return false;
  const v = x as Record<string, unknown>;
  return (v.kind === 'match' || v.kind === 'partial' || v.kind === 'none') && typeof v.coverage === 'number';
}

/** Keeps only well-formed entries: a corrupt session value must not break the badge. */
export function sanitizeTabStates(raw: unknown): Map<number, TabState> {
  const out = new Map<number, TabState>();
  if (typeof raw !== 'object' || raw === null) return out;
  for (const [key, value] of Object.entries(raw)) {
    const tabId = Number(key);
    if (!Number.isInteger(tabId) || typeof value !== 'object' || value === null) continue;
    const v = value as Record<string, unknown>;
    const state: TabState = {
      verdict: isVerdict(v.verdict) ? v.verdict : null,
      overlayOpen: v.overlayOpen === true,
      ...(v.onDemand === true && { onDemand: true }),
    };
    const changedFacts = sanitizeChangedFacts(v.changedFacts);
    if (changedFacts && state.verdict) state.changedFacts = changedFacts;
    out.set(tabId, state);
  }
  return out;
}

export class TabStates {
  private states = new Map<number, TabState>();
  private loaded: Promise<void>;

  constructor() {
    this.loaded = tabStatesItem
      .getValue()
      .then((raw) => {
        // Entries written before the load finished win over what was stored.
        for (const [id, s] of sanitizeTabStates(raw)) if (!this.states.has(id)) this.states.set(id, s);
      })
      .catch(() => undefined);
  }

  async get(tabId: number): Promise<TabState> {
    await this.loaded;
    return this.states.get(tabId) ?? { ...EMPTY };
  }

  async update(tabId: number, patch: Partial<TabState>): Promise<TabState> {
    await this.loaded;
    const next = { ...(this.states.get(tabId) ?? EMPTY), ...patch };
    if (!next.unreadable) delete next.unreadable;
    if (!next.onDemand) delete next.onDemand;
    if (!next.changedFacts) delete next.changedFacts;
    this.states.set(tabId, next);
    await this.persist();
    return next;
  }

  async forget(tabId: number): Promise<void> {
    await this.loaded;
    this.states.delete(tabId);
    await this.persist();
  }

  private async persist(): Promise<void> {
    const plain: Record<string, TabState> = {};
    for (const [id, s] of this.states) plain[String(id)] = s;
    await tabStatesItem.setValue(plain).catch(() => undefined);
  }
}
