import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchPage } from '../../src/content/page-watch';

let href = 'https://learningnetwork.cisco.com/s/plan/1';
beforeEach(() => {
  vi.useFakeTimers();
  href = 'https://learningnetwork.cisco.com/s/plan/1';
});
afterEach(() => vi.useRealTimers());

function watcher(results: boolean[]) {
  const signals: AbortSignal[] = [];
  const scan = vi.fn((signal: AbortSignal) => {
    signals.push(signal);
    return results.shift() ?? false;
  });
  const watch = watchPage({ scan, currentHref: () => href, debounceMs: 400, giveUpAfterMs: 10_000, now: () => Date.now() });
  return { scan, watch, signals };
}

describe('watchPage', () => {
  it('scans at once, then again once late content has stopped arriving', () => {
    const { scan, watch } = watcher([false, true]);
    expect(scan).toHaveBeenCalledTimes(1);
    watch.changed();
    vi.advanceTimersByTime(200);
    watch.changed();
    vi.advanceTimersByTime(399);
    expect(scan).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(scan).toHaveBeenCalledTimes(2);
  });

  it('stops scanning a page after a success', () => {
    const { scan, watch } = watcher([true]);
    for (let i = 0; i < 5; i++) {
      watch.changed();
      vi.advanceTimersByTime(500);
    }
    expect(scan).toHaveBeenCalledTimes(1);
  });

  it('gives up on a page after the time limit', () => {
    const { scan, watch } = watcher([]);
    for (let i = 0; i < 30; i++) {
      watch.changed();
      vi.advanceTimersByTime(1_000);
    }
    expect(scan.mock.calls.length).toBeLessThanOrEqual(12);
  });

  it('starts a new visit when the address changes, aborting the old one', () => {
    const { scan, watch, signals } = watcher([true, true]);
    href = 'https://learningnetwork.cisco.com/s/plan/2';
    watch.changed();
    vi.advanceTimersByTime(400);
    expect(scan).toHaveBeenCalledTimes(2);
    expect(signals[0]!.aborted).toBe(true);
    expect(signals[1]!.aborted).toBe(false);
  });

  it('does nothing after stop', () => {
    const { scan, watch, signals } = watcher([false]);
    watch.stop();
    watch.changed();
    href = 'https://learningnetwork.cisco.com/s/plan/3';
    watch.changed();
    vi.advanceTimersByTime(1_000);
    expect(scan).toHaveBeenCalledTimes(1);
    expect(signals[0]!.aborted).toBe(true);
  });
});
