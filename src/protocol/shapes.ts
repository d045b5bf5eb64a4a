/** Schemas several areas' messages share. */
import { z } from 'zod';
import { MAX_PDF_MEGABYTES, PDF_TYPE } from '../domain/schema';
import { PART_BYTES } from '../domain/vocabulary';

export const Id = z.string().min(1).max(64);

/** A form control's value as typed (or a number from a script); the background checks it. */
export const FormValue = z.union([z.string().max(2048), z.number()]).optional();

/** The manual-capture confirmation form's fields, as typed; the background checks them with captureFromForm. */
export const ManualCaptureInput = z.strictObject({
  title: FormValue,
  provider: FormValue,
  startDate: FormValue,
  endDate: FormValue,
  certificateCode: FormValue,
  credits: FormValue,
  creditUnit: FormValue,
  hours: FormValue,
  program: FormValue,
  category: FormValue,
  sourceUrl: FormValue,
});
export type ManualCaptureInput = z.input<typeof ManualCaptureInput>;

/** A file travels in parts of PART_BYTES (background/message-parts.ts); no part is larger. */
export const MAX_PARTS = Math.ceil((MAX_PDF_MEGABYTES * 1024 * 1024) / PART_BYTES);
/** Base64 of one part. */
const MAX_BASE64_CHARS = Math.ceil(PART_BYTES / 3) * 4;

/** A certificate PDF in a message: Chrome's messages are JSON, so its bytes travel as base64 (see base64.ts). */
export const FilePayload = z.strictObject({
  name: z.string().trim().min(1).max(255),
  type: z.literal(PDF_TYPE),
  base64: z.string().max(MAX_BASE64_CHARS, 'A part of a file is at most 8 MB'),
});
export type FilePayload = z.input<typeof FilePayload>;

/** A PDF an extension page hands over: its bytes wait in the transfers store (a message may not carry 50 MB whole). */
export const PageFile = z.strictObject({
  name: z.string().trim().min(1).max(255),
  type: z.literal(PDF_TYPE),
  transferId: Id,
});
export type PageFile = z.input<typeof PageFile>;
