/**
 * Capturing: what a learning site's script saves and undoes, manual capture ("Capture this page", "Finish capture")
 * and its confirmation form, and the certificate PDFs that come with a capture.
 */
import { z } from 'zod';
import type { SaveCaptureResult, AttachResult } from '../domain/records';
import { MAX_PAGE_TITLE_LENGTH, MAX_PAGE_URL_LENGTH, MAX_SELECTION_LENGTH, MAX_SNAPSHOT_HTML, type CaptureDraft } from '../domain/page-snapshot';
import { Capture } from '../domain/schema';
import { declare } from './declare';
import { FilePayload, Id, MAX_PARTS, ManualCaptureInput, PageFile } from './shapes';

/** A page's snapshot (capture/page-snapshot.ts) as it arrives from the page: the injection's result, or the toast's message. */
export const PageSnapshotShape = z.strictObject({
  html: z.string().max(MAX_SNAPSHOT_HTML),
  url: z.string().max(MAX_PAGE_URL_LENGTH),
  title: z.string().max(MAX_PAGE_TITLE_LENGTH),
  selection: z.string().max(MAX_SELECTION_LENGTH),
});

/** The words of a saved capture's toast, in the user's language: the worker looks them up, not the page's thread. */
export interface CaptureToastWords {
  heading: string;
  /** The title, and the credits with their unit where the capture has them. */
  detail: string;
  undo: string;
  edit: string;
  /** The heading after Undo, by what Undo did: the record removed, or put back as it was before this capture. */
  undone: string;
  reverted: string;
  dismiss: string;
  region: string;
}

/** The words of the "Finish capture" offer's toast, in the user's language. */
export interface OfferToastWords {
  heading: string;
  finish: string;
  dismiss: string;
  region: string;
}

const LEARNING_SITE = { from: 'learning-site' } as const;

export const captureMessages = [
  /**
   * attachPdf: the background wants the page's certificate PDF for this record (capture.attach), up to maxBytes.
   * toast: what the page's toast says about it.
   */
  declare(z.strictObject({ type: z.literal('capture.save'), capture: Capture }), { ...LEARNING_SITE, writes: true })
    .replies<SaveCaptureResult & { attachPdf?: { maxBytes: number }; toast: CaptureToastWords }>(),
  declare(z.strictObject({ type: z.literal('capture.undo'), token: Id }), { ...LEARNING_SITE, writes: true })
    .replies<{ recordId: string; restored: 'removed' | 'reverted' }>(),
  /** The toast's Edit: open the record editor on the record the capture saved. */
  declare(z.strictObject({ type: z.literal('capture.edit'), recordId: Id }), LEARNING_SITE).replies<{ opened: true }>(),
  /** A content script's auto-attach: the certificate PDF its completion page links to, for the record it just saved. */
  declare(
    z.strictObject({
      type: z.literal('capture.attach'),
      recordId: Id,
      file: FilePayload,
      /** Which part of the file this is, of how many (a large certificate is sent in parts of PART_BYTES). */
      part: z.number().int().min(0).max(MAX_PARTS - 1).default(0),
      parts: z.number().int().min(1).max(MAX_PARTS).default(1),
    }).refine((m) => m.part < m.parts, { message: 'A part beyond the parts announced', path: ['part'] }),
    { ...LEARNING_SITE, writes: true },
  // The record with its certificate once the last part is in; before that, how many parts were received.
  ).replies<AttachResult | { received: number }>(),
  /**
   * The toast's "Finish capture" on a portal page its adapter could not read whole: the page, to be read by the
   * confirmation form, which the background opens beside it; replies its draft id.
   */
  declare(z.strictObject({ type: z.literal('capture.finish'), page: PageSnapshotShape }), LEARNING_SITE).replies<{ draftId: string }>(),
  /** The words of the "Finish capture" offer, looked up by the worker rather than on the page's main thread. */
  declare(z.strictObject({ type: z.literal('capture.offerWords') }), LEARNING_SITE).replies<OfferToastWords>(),
  /** "Capture this page" (popup): scan the active tab (activeTab) and open the confirmation form; replies its draft id. */
  declare(z.strictObject({ type: z.literal('page.capture') })).replies<{ draftId: string }>(),
  /** The page a manual capture took, for the confirmation form to read and start from. */
  declare(z.strictObject({ type: z.literal('capture.draft'), id: Id })).replies<CaptureDraft>(),
  /** Saves the confirmation form; an invalid one gets an `invalid` reply with a message for each field. */
  declare(z.strictObject({ type: z.literal('capture.confirm'), fields: ManualCaptureInput }), { writes: true }).replies<SaveCaptureResult>(),
  /** An imported certificate PDF, as the user confirmed it: stored with its record, or attached to the same activity's. */
  declare(z.strictObject({ type: z.literal('pdf.import'), fields: ManualCaptureInput, file: PageFile }), { writes: true }).replies<SaveCaptureResult>(),
] as const;
