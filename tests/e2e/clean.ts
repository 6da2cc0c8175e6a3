/**
 * Every test answers for its own console errors and outside requests: checked after each test
 * (so a test run alone with -t checks them too), then cleared for the next one.
 */
import { afterEach, expect } from 'vitest';
import type { Harness } from '../../rig/harness';
import type { FirefoxHarness } from '../../rig/firefox';

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

/** The same in Firefox, whose rig reads the whole log each time: a test answers for what is new since the last one. */
export function eachFirefoxTestLeavesNoErrors(harness: () => FirefoxHarness | undefined): void {
  const reported = new Set<string>();
  let requestsSeen = 0;
  afterEach(async () => {
    const f = harness();
    if (!f) return;
    const errors = (await f.consoleErrors()).filter((error) => !reported.has(error));
    errors.forEach((error) => reported.add(error));
    const requests = f.requests().slice(requestsSeen);
    requestsSeen += requests.length;
    expect(errors, 'console errors').toEqual([]);
    expect(requests, 'outside requests').toEqual([]);
  });
}
