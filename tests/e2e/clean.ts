/**
 * Every test answers for its own console errors and outside requests: checked after each test
 * (so a test run alone with -t checks them too), then cleared for the next one.
 */
import { afterEach, expect } from 'vitest';
import type { Harness } from '../../rig/harness';

export function eachTestLeavesNoErrors(harness: () => Harness | undefined): void {
  afterEach(() => {
    const h = harness();
    if (!h) return;
    const errors = h.consoleErrors.splice(0);
    const requests = h.requests.splice(0);
    expect(errors, 'console errors').toEqual([]);
    expect(requests, 'outside requests').toEqual([]);
  });
}
