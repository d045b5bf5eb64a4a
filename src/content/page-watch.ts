/**
 * When to look at the page again. Portals are single-page apps: a completion can render late, and the user can
 * move to another course without a page load. Each address is a "visit": the page is scanned when the visit
 * starts and again (debounced) as content arrives, until a scan succeeds or the visit has gone on for a while
 * without one; then DOM changes cost only an address comparison until the address changes. Each visit has
 * its own AbortSignal, aborted when the next one starts, so late answers for a page left behind are dropped.
 */

export interface PageWatchOptions {
  /** Scans the page; true when it captured something (the visit is then done). */
  scan(signal: AbortSignal): boolean;
  currentHref(): string;
  /** Quiet time after the last change before scanning again. */
  debounceMs?: number;
  /** How long a visit keeps looking without success. */
  giveUpAfterMs?: number;
  now?: () => number;
}

export interface PageWatch {
  /** Call on every DOM change batch and navigation event. */
  changed(): void;
  stop(): void;
}

export function watchPage({ scan, currentHref, debounceMs = 400, giveUpAfterMs = 60_000, now = Date.now }: PageWatchOptions): PageWatch {
  let href = currentHref();
  let visitStarted = now();
  let settled = false;
  let controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const run = () => {
    timer = undefined;
    if (settled || controller.signal.aborted) return;
    if (scan(controller.signal)) settled = true;
    else if (now() - visitStarted >= giveUpAfterMs) settled = true;
  };

  const newVisit = () => {
    controller.abort();
    controller = new AbortController();
    href = currentHref();
    visitStarted = now();
    settled = false;
  };

  run();
  return {
    changed() {
      if (stopped) return;
      if (currentHref() !== href) newVisit();
      else if (settled) return;
      clearTimeout(timer);
      timer = setTimeout(run, debounceMs);
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      controller.abort();
      settled = true;
    },
  };
}
