import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRecheckLimiter, RECHECK_BATCH_MS, RECHECK_MAX_CHECKS, RECHECK_WINDOW_MS } from '@/entrypoints/detector.content/recheck';

describe('the detector’s re-check limiter', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('batches requests: one check per batch, after the batch time', () => {
    const check = vi.fn();
    const limiter = createRecheckLimiter(check);
    for (let i = 0; i < 50; i++) limiter.request();
    vi.advanceTimersByTime(RECHECK_BATCH_MS - 1);
    expect(check).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(check).toHaveBeenCalledTimes(1);
    limiter.request();
    vi.advanceTimersByTime(RECHECK_BATCH_MS);
    expect(check).toHaveBeenCalledTimes(2);
  });

  it('runs at most MAX_CHECKS per window, then one trailing check when the window ends', () => {
    const check = vi.fn();
    const limiter = createRecheckLimiter(check);
    // A page that never stops mutating: a request every 50 ms for 40 s.
    const ticker = setInterval(() => limiter.request(), 50);
    vi.advanceTimersByTime(RECHECK_WINDOW_MS - 1);
    expect(check).toHaveBeenCalledTimes(RECHECK_MAX_CHECKS);
    vi.advanceTimersByTime(1);
    expect(check).toHaveBeenCalledTimes(RECHECK_MAX_CHECKS + 1); // the trailing check opens the next window
    clearInterval(ticker);
    vi.advanceTimersByTime(RECHECK_WINDOW_MS * 2);
    expect(check).toHaveBeenCalledTimes(RECHECK_MAX_CHECKS + 1); // quiet page: nothing more
  });

  it('a new window starts with a fresh budget', () => {
    const check = vi.fn();
    const limiter = createRecheckLimiter(check, { batchMs: 10, maxChecks: 2, windowMs: 1000 });
    for (let i = 0; i < 3; i++) {
      limiter.request();
      vi.advanceTimersByTime(10);
    }
    expect(check).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(1000);
    expect(check).toHaveBeenCalledTimes(3);
    limiter.request();
    vi.advanceTimersByTime(10);
    expect(check).toHaveBeenCalledTimes(4);
  });

  it('schedules through the given timer (the content script’s, which stops with the run)', () => {
    const scheduled: number[] = [];
    const limiter = createRecheckLimiter(vi.fn(), { setTimeout: (_run, ms) => scheduled.push(ms) });
    limiter.request();
    limiter.request();
    expect(scheduled).toEqual([RECHECK_BATCH_MS]);
  });
});
