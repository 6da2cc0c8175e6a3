import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sanitizeTabStates, TabStates } from '@/entrypoints/background/tab-state';

describe('tab states', () => {
  it('keeps a state per tab and persists it for a restarted worker', async () => {
    const states = new TabStates();
    await states.update(7, { verdict: { kind: 'match', coverage: 1 } });
    await states.update(8, { overlayOpen: true });
    const restarted = new TabStates();
    expect(await restarted.get(7)).toEqual({ verdict: { kind: 'match', coverage: 1 }, overlayOpen: false });
    expect(await restarted.get(8)).toEqual({ verdict: null, overlayOpen: true });
    expect(await restarted.get(9)).toEqual({ verdict: null, overlayOpen: false });
  });

  it('forgets closed tabs', async () => {
    const states = new TabStates();
    await states.update(3, { overlayOpen: true });
    await states.forget(3);
    expect(await new TabStates().get(3)).toEqual({ verdict: null, overlayOpen: false });
  });

  it('ignores a corrupt stored value instead of failing', async () => {
    await fakeBrowser.storage.session.set({ tabStates: { '5': { verdict: { kind: 'maybe' }, overlayOpen: 'yes' }, x: 1 } });
    expect(await new TabStates().get(5)).toEqual({ verdict: null, overlayOpen: false });
    expect(sanitizeTabStates('garbage').size).toBe(0);
    expect(sanitizeTabStates(null).size).toBe(0);
  });

  it('keeps a well-formed changedFacts, drops a corrupt one and one without a verdict', async () => {
    const changedFacts = {
      changes: [
        {
          kind: 'figure',
          id: 'f0',
          what: { zh: '投资', en: 'investment' },
          original: '5000亿美元',
          page: '500亿美元',
          count: 2,
          sentence: { id: 's3', start: 62, end: 130 },
          pageSentence: '…500亿美元…',
        },
      ],
      missing: [],
      found: 53,
      total: 53,
    };
    const states = new TabStates();
    await states.update(11, { verdict: { kind: 'match', coverage: 1 }, changedFacts: changedFacts as never });
    expect((await new TabStates().get(11)).changedFacts).toEqual(changedFacts);
    const bad = { ...changedFacts, changes: [{ ...changedFacts.changes[0], kind: 'rumour' }] };
    const sanitized = sanitizeTabStates({
      '1': { verdict: { kind: 'match', coverage: 1 }, changedFacts: bad },
      '2': { verdict: null, changedFacts },
    });
    expect(sanitized.get(1)).toEqual({ verdict: { kind: 'match', coverage: 1 }, overlayOpen: false });
    expect(sanitized.get(2)).toEqual({ verdict: null, overlayOpen: false });
    // A change kept before changes were counted reads as one place; a count below one is corrupt.
    const { count: _, ...uncounted } = changedFacts.changes[0]!;
    const older = sanitizeTabStates({
      '3': { verdict: { kind: 'match', coverage: 1 }, changedFacts: { ...changedFacts, changes: [uncounted] } },
    });
    expect(older.get(3)?.changedFacts?.changes[0]?.count).toBe(1);
    const zero = sanitizeTabStates({
      '4': { verdict: { kind: 'match', coverage: 1 }, changedFacts: { ...changedFacts, changes: [{ ...uncounted, count: 0 }] } },
    });
    expect(zero.get(4)?.changedFacts).toBeUndefined();
    await states.update(11, { verdict: null, changedFacts: undefined });
    expect(await states.get(11)).toEqual({ verdict: null, overlayOpen: false });
  });
});
