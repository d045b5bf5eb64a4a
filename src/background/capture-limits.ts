/**
 * How many records pages may write on their own: a page the capture script runs on decides what it shows, so a
 * hostile one could change its title on every mutation and fill the store. Captures that add or change a record
 * are counted per tab and per site over a sliding window; past the limit, a capture is refused with a message
 * that points to "Capture this page", which the user starts. Repeats of a stored activity change nothing and
 * are not counted. The counts live in the worker's memory, and a new worker (the browser stops an idle one after
 * 30 seconds) takes each site's count back from the records created in the last hour before it counts anything, so
 * a page cannot reset its site's limit by pausing. Per-tab counts last a minute and start again with the worker.
 */

export interface Window {
  count: number;
  ms: number;
}

/**
 * A learning site's transcript page may list a few completions at once, and a user may finish several short
 * courses in an hour; no real page adds ten records a minute in one tab, or thirty an hour on one site.
 */
export const CAPTURE_LIMITS: { perTab: Window; perSite: Window } = {
  perTab: { count: 10, ms: 60_000 },
  perSite: { count: 30, ms: 60 * 60_000 },
};

export class CaptureLimitError extends Error {
  constructor() {
    super('This page has saved too many courses in a short time, so this one was not saved. If it is a real course, use "Capture this page" in the toolbar popup');
    this.name = 'CaptureLimitError';
  }
}

/** A record a page's capture created: its site and when, as a new worker reads them back from the store. */
export interface PastCapture {
  site: string;
  at: number;
}

export class CaptureLimiter {
  private readonly writes = new Map<string, number[]>();
  private restored: Promise<void> | undefined;
  /** Captures from this moment on are counted here as they happen; the restore reads only those made before. */
  private readonly startedAt: number;

  constructor(
    private readonly limits = CAPTURE_LIMITS,
    private readonly now: () => number = Date.now,
  ) {
    this.startedAt = now();
  }

  private recent(key: string, window: Window): number[] {
    const since = this.now() - window.ms;
    const kept = (this.writes.get(key) ?? []).filter((at) => at > since);
    if (kept.length > 0) this.writes.set(key, kept);
    else this.writes.delete(key);
    return kept;
  }

  private keys(tabId: number | undefined, site: string): Array<[string, Window]> {
    const tab: Array<[string, Window]> = tabId === undefined ? [] : [[`tab:${tabId}`, this.limits.perTab]];
    return [...tab, [`site:${site}`, this.limits.perSite]];
  }

  /**
   * Reads the captures made before this worker started, once (`since` is the start of the longest window); every
   * caller waits for the same read, so captures sent together are still counted together by `reserve`.
   */
  restore(load: (since: Date) => Promise<PastCapture[]>): Promise<void> {
    this.restored ??= load(new Date(this.now() - this.limits.perSite.ms)).then(
      (past) => {
        for (const { site, at } of past) {
          if (at < this.startedAt) this.writes.set(`site:${site}`, [...(this.writes.get(`site:${site}`) ?? []), at]);
        }
      },
      () => (this.restored = undefined), // unreadable now: counted from here, and read again next time
    );
    return this.restored;
  }

  /**
   * Takes a slot for one capture, at once (before any await, so captures sent together are counted together), or
   * throws CaptureLimitError when this tab or this site has written its limit lately. The returned function gives
   * the slot back: call it when the capture changed nothing or failed.
   */
  reserve(tabId: number | undefined, site: string): () => void {
    const keys = this.keys(tabId, site);
    if (keys.some(([key, window]) => this.recent(key, window).length >= window.count)) throw new CaptureLimitError();
    const at = this.now();
    for (const [key, window] of keys) this.writes.set(key, [...this.recent(key, window), at]);
    return () => {
      for (const [key] of keys) {
        const times = this.writes.get(key) ?? [];
        const i = times.indexOf(at);
        if (i >= 0) times.splice(i, 1);
      }
    };
  }
}

/** How long a page has to hand over the certificate PDF the background asked it for. */
const ATTACH_REQUEST_LIFETIME_MS = 10 * 60_000;

/**
 * The certificate PDFs the background asked pages for (capture.save's attachPdf), by record: a page may attach one
 * only when asked, once, so it cannot write file after file to one record, nor replace a PDF the user attached.
 * In the worker's memory: after a restart a late attach is refused, and the next visit to the page asks again.
 */
export class AttachRequests {
  private readonly asked = new Map<string, number>();
  constructor(private readonly now: () => number = Date.now) {}

  ask(recordId: string): void {
    this.asked.set(recordId, this.now());
  }

  /** Whether a PDF for this record is still wanted (each part of a file sent in parts is checked). */
  isAsked(recordId: string): boolean {
    const at = this.asked.get(recordId);
    return at !== undefined && this.now() - at <= ATTACH_REQUEST_LIFETIME_MS;
  }

  /** Takes the request, at once: of attaches sent together, only the first finds it. */
  take(recordId: string): boolean {
    const asked = this.isAsked(recordId);
    this.asked.delete(recordId);
    return asked;
  }
}
