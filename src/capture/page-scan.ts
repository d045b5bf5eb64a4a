/**
 * Reading a page the user asked to capture ("Capture this page", or "Finish capture" in the toast): its snapshot
 * (page-snapshot.ts) is parsed into an inert document, where no script runs and nothing loads, and read by every
 * adapter serving its URL and the generic reader. What the confirmation form starts from, with the page's title
 * and address for when nothing was found, and the text the user selected.
 */
import type { Capture } from '../domain/schema';
import type { Adapter } from './adapter';
import { extractCaptures } from './extract';
import type { CaptureDraft, PageSnapshot } from '../domain/page-snapshot';
import { withoutInvisibles } from '../text/fold';

export interface PageScan {
  captures: Capture[];
  url: string;
  title: string;
  selection: string;
}

/** The draft once read: what the form starts from. */
export interface ManualDraft extends PageScan {
  id: string;
  selectionAsCode: boolean;
}

export interface Readers {
  adapters: readonly Adapter[];
  fallback: Adapter;
  /** The user's own name from the settings, so the page's recipient line is never read as its title. */
  people?: readonly string[];
}

/** What the readers find on the document; an odd page gives none, since the user must still get a form to fill in. */
export function scanPage(doc: Document, href: string, { adapters, fallback, people = [] }: Readers): Capture[] {
  try {
    return extractCaptures(doc, new URL(href), { adapters, fallback, people });
  } catch (error) {
    console.warn('Recert Companion: could not read this page', error);
    return [];
  }
}

/** A capture as the form shows it: no invisible or bidi control characters (U+202E would show a title reversed). */
function visibleOnly(capture: Capture): Capture {
  const shown: Capture = { ...capture, title: withoutInvisibles(capture.title) };
  if (capture.provider !== undefined) shown.provider = withoutInvisibles(capture.provider);
  return shown;
}

export function readSnapshot(page: PageSnapshot, readers: Readers): PageScan {
  const doc = new DOMParser().parseFromString(page.html, 'text/html');
  const captures = scanPage(doc, page.url, readers).map(visibleOnly);
  return { captures, url: page.url, title: withoutInvisibles(page.title), selection: withoutInvisibles(page.selection) };
}

export function readDraft(draft: CaptureDraft, readers: Readers): ManualDraft {
  return { ...readSnapshot(draft.page, readers), id: draft.id, selectionAsCode: draft.selectionAsCode };
}
