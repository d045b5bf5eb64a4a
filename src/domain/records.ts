/** Pure rules for turning captures into course records: identity, creation, merging. */
import type { Capture, CourseRecord, StoredFileMeta } from './schema';

export type CaptureOutcome = 'added' | 'updated' | 'unchanged';

export interface SaveCaptureResult {
  outcome: CaptureOutcome;
  record: CourseRecord;
  /** Present when something changed: hand it back to undoCapture to put things as they were. */
  undoToken?: string;
  /** The certificate file kept with the record, when one came with the capture. */
  file?: StoredFileMeta;
}

/** A certificate PDF kept with its record. */
export interface AttachResult {
  record: CourseRecord;
  file: StoredFileMeta;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * What isSameActivity compares, as one text: the certificate code when there is one, else provider, title and
 * end date. Two captures with the same key are the same activity (the CLI's import names records by it).
 */
export function activityKey(capture: Capture): string {
  if (capture.certificateCode) return `code\n${normalise(capture.certificateCode)}`;
  return ['activity', normalise(capture.provider ?? ''), normalise(capture.title), capture.endDate ?? ''].join('\n');
}

/** Same certificate code, or same provider + title + end date: the same activity seen again. */
export function isSameActivity(record: CourseRecord, capture: Capture): boolean {
  if (record.certificateCode && capture.certificateCode) {
    return normalise(record.certificateCode) === normalise(capture.certificateCode);
  }
  return (
    normalise(record.provider) === normalise(capture.provider ?? '') &&
    normalise(record.title) === normalise(capture.title) &&
    (record.endDate ?? '') === (capture.endDate ?? '')
  );
}

export function recordFromCapture(capture: Capture, id: string, nowIso: string): CourseRecord {
  return {
    id,
    title: capture.title,
    provider: capture.provider ?? '',
    sourceUrl: capture.sourceUrl,
    startDate: capture.startDate,
    endDate: capture.endDate,
    certificateCode: capture.certificateCode,
    credits: capture.credits,
    creditUnit: capture.creditUnit ?? 'CE',
    hours: capture.hours,
    program: capture.program ?? 'other',
    category: capture.category,
    status: 'captured',
    adapterId: capture.adapterId,
    createdAt: nowIso,
    updatedAt: nowIso,
    notes: '',
  };
}

const FILLABLE = ['startDate', 'endDate', 'certificateCode', 'credits', 'hours', 'sourceUrl'] as const;

/**
 * A capture of an activity already on record only fills what the record lacks: what the user typed or
 * corrected is never overwritten. Returns undefined when the capture adds nothing.
 */
export function mergeCapture(record: CourseRecord, capture: Capture, nowIso: string): CourseRecord | undefined {
  const filled: Partial<CourseRecord> = {};
  for (const field of FILLABLE) {
    if (record[field] === undefined && capture[field] !== undefined) {
      Object.assign(filled, { [field]: capture[field] });
    }
  }
  // Credits filled in from the capture come with the capture's unit: the record's is only the default.
  if (filled.credits !== undefined && capture.creditUnit) filled.creditUnit = capture.creditUnit;
  if (Object.keys(filled).length === 0) return undefined;
  return { ...record, ...filled, updatedAt: nowIso };
}

/**
 * Whether a record may fill the Cisco CE portal's form: a Cisco record not yet claimed, or submitted and maybe to be
 * sent again. The background refuses any other, and the popup, the dashboard and the chooser offer no other.
 */
export function isSubmittableToCePortal(record: Pick<CourseRecord, 'program' | 'status'>): boolean {
  return record.program === 'cisco' && (record.status === 'captured' || record.status === 'submitted');
}
