/**
 * A page as data (capture/page-snapshot.ts takes it in the page): what it holds, the limits every reader and message
 * holds it to, and the capture that waits for the user's confirmation with it.
 */

export interface PageSnapshot {
  html: string;
  url: string;
  title: string;
  selection: string;
}

/** Far more than any completion page's markup once scripts and styles are gone; a page larger is cut. */
export const MAX_SNAPSHOT_HTML = 3_000_000;
/** Enough for any certificate code or title; a whole selected page is cut here. */
export const MAX_SELECTION_LENGTH = 500;
export const MAX_PAGE_TITLE_LENGTH = 500;
/** An address longer than this is cut (what the message schema accepts). */
export const MAX_PAGE_URL_LENGTH = 4096;
/** JSON a reader would leave unread anyway. */
export const MAX_SNAPSHOT_JSON = 200_000;

/** A capture waiting for the user's confirmation, as the background keeps it: the page, not yet read. */
export interface CaptureDraft {
  id: string;
  page: PageSnapshot;
  /** From "Use selection as certificate code": the selection goes into the certificate code. */
  selectionAsCode: boolean;
}
