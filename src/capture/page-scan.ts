/**
 * Manual capture's look at a page (the user asked: "Capture this page"): every adapter serving the URL, else the
 * generic detector, plus what the confirmation form starts from when nothing was found (the page's title and
 * address) and the text the user selected. Pure: (document, url) in, plain data out, so it can be cloned back
 * from the page to the background.
 */
import type { Capture } from '../domain/schema';
import type { Adapter } from './adapter';
import { extractCaptures } from './extract';

/** Enough for any certificate code or title; a whole selected page is cut here. */
export const MAX_SELECTION_LENGTH = 500;
const MAX_TITLE_LENGTH = 500;

export interface PageScan {
  captures: Capture[];
  url: string;
  title: string;
  selection: string;
}

/** The scripting file the background injects (scripting.executeScript) and the global it leaves the scan in. */
export const MANUAL_CAPTURE_FILE = 'manual-capture.js';
export const MANUAL_CAPTURE_GLOBAL = '__recertCompanionScanPage';

function selectedText(doc: Document): string {
  const text = doc.getSelection?.()?.toString() ?? '';
  return text.replace(/\s+/g, ' ').trim().slice(0, MAX_SELECTION_LENGTH);
}

/** `people`: the user's own name from the settings, so the page's recipient line is never read as its title. */
export function scanPage(doc: Document, href: string, adapters: readonly Adapter[], fallback: Adapter, people: readonly string[] = []): PageScan {
  let captures: Capture[] = [];
  try {
    captures = extractCaptures(doc, new URL(href), { adapters, fallback, people });
  } catch (error) {
    // An odd page must still give the user a form to fill in by hand.
    console.warn('Recert Companion: could not read this page', error);
  }
  const title = (doc.title ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE_LENGTH);
  return { captures, url: href, title, selection: selectedText(doc) };
}

/** A manual capture waiting for the user's confirmation: what the page gave, and how the form should start. */
export interface ManualDraft extends PageScan {
  id: string;
  /** From "Use selection as certificate code": the selection goes into the certificate code. */
  selectionAsCode: boolean;
}
