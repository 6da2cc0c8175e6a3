/**
 * The detector's re-check limiter: requests (DOM mutations, a failed fingerprint fetch) are
 * batched over `batchMs`, and at most `maxChecks` checks run per `windowMs`; over the cap, one
 * trailing check runs when the window ends, so the last change is never lost.
 */
export interface RecheckOptions {
  batchMs?: number;
  maxChecks?: number;
  windowMs?: number;
  /** The content script passes ctx.setTimeout, so a stopped run schedules nothing. */
  setTimeout?: (run: () => void, ms: number) => unknown;
}

export const RECHECK_BATCH_MS = 300;
export const RECHECK_MAX_CHECKS = 20;
export const RECHECK_WINDOW_MS = 30_000;

export interface RecheckLimiter {
  /** Asks for a check soon; requests while one is pending join it. */
  request(): void;
}

export function createRecheckLimiter(check: () => void, options: RecheckOptions = {}): RecheckLimiter {
  const batchMs = options.batchMs ?? RECHECK_BATCH_MS;
  const maxChecks = options.maxChecks ?? RECHECK_MAX_CHECKS;
  const windowMs = options.windowMs ?? RECHECK_WINDOW_MS;
  const schedule = options.setTimeout ?? setTimeout;
  let pending = false;
  let checks = 0;
  let windowStart = Date.now(); // not an option: fake timers in tests replace Date.now

  function fire(): void {
    const t = Date.now();
    if (t - windowStart >= windowMs) {
      windowStart = t;
      checks = 0;
    }
    if (checks >= maxChecks) {
      // Over the cap: one trailing check when the window ends (pending stays set meanwhile).
      schedule(fire, windowStart + windowMs - t);
      return;
    }
    pending = false;
    checks++;
    check();
  }

  return {
    request() {
      if (pending) return;
      pending = true;
      schedule(fire, batchMs);
    },
  };
}
