/**
 * The confirmation form of a manual capture ("Capture this page") as a Capture: what the user checked and
 * corrected, as typed. One set of rules (the Capture schema); each problem comes back for its field.
 */
import { Capture, CAPTURE_FIELDS, CourseRecordPatch, PROGRAM_CATEGORIES, type CaptureField } from './schema';
import type { FieldError } from './field-error';

/** Records saved from the confirmation form carry this adapter id: the user, not an adapter, vouched for them. */
export const MANUAL_ADAPTER_ID = 'manual';

export const MANUAL_CAPTURE_FIELDS = [
  'title', 'provider', 'startDate', 'endDate', 'certificateCode', 'credits', 'creditUnit', 'hours', 'program', 'category', 'sourceUrl',
] as const;
export type ManualCaptureField = (typeof MANUAL_CAPTURE_FIELDS)[number];
export type ManualCaptureValues = Partial<Record<ManualCaptureField, string | number>>;

const DECIMAL_TEXT = /^\d+(?:[.,]\d+)?$/;
const NUMERIC: ReadonlySet<ManualCaptureField> = new Set(['credits', 'hours']);

/** A category belongs to one program (schema.ts): said at the field, not as a failure of the whole record. */
function checkCategory(candidate: Record<string, unknown>, errors: FieldError[]): void {
  if (typeof candidate.category !== 'string' || errors.some((e) => e.field === 'category')) return;
  const program = typeof candidate.program === 'string' ? candidate.program : 'other';
  const allowed = (PROGRAM_CATEGORIES as Record<string, readonly string[]>)[program] ?? [];
  if (!allowed.includes(candidate.category)) errors.push({ field: 'category', message: 'This category does not belong to the record’s program' });
}

export type ManualCaptureResult = { ok: true; capture: Capture } | { ok: false; errors: FieldError[] };

export function captureFromForm(values: ManualCaptureValues): ManualCaptureResult {
  const errors: FieldError[] = [];
  const candidate: Record<string, unknown> = { adapterId: MANUAL_ADAPTER_ID, confidence: 1 };
  for (const field of MANUAL_CAPTURE_FIELDS) {
    const raw = values[field];
    const text = typeof raw === 'number' ? String(raw) : (raw ?? '').trim();
    if (text === '') continue;
    if (NUMERIC.has(field)) {
      if (!DECIMAL_TEXT.test(text)) errors.push({ field, message: 'Expected a number such as 1.5' });
      else candidate[field] = Number(text.replace(',', '.'));
    } else {
      candidate[field] = text;
    }
  }
  // A unit without credits says nothing.
  if (candidate.credits === undefined) delete candidate.creditUnit;
  candidate.found = CAPTURE_FIELDS.filter((f: CaptureField) => candidate[f] !== undefined);
  const parsed = Capture.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      if (!errors.some((e) => e.field === field)) errors.push({ field, message: issue.message });
    }
  }
  if (candidate.startDate && candidate.endDate && String(candidate.startDate) > String(candidate.endDate)) {
    errors.push({ field: 'startDate', message: 'The start date is after the end date' });
  }
  checkCategory(candidate, errors);
  if (errors.length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, capture: parsed.data };
}

/** The fields of a stored record the same form edits (the page address is where it was captured: not editable). */
const EDITABLE: readonly ManualCaptureField[] = MANUAL_CAPTURE_FIELDS.filter((f) => f !== 'sourceUrl');

export type RecordEditResult = { ok: true; patch: CourseRecordPatch } | { ok: false; errors: FieldError[] };

/**
 * The same form, editing a stored record: what it says becomes a patch; a blank field clears that field (but a
 * record always keeps a credit unit).
 */
export function patchFromForm(values: ManualCaptureValues): RecordEditResult {
  const errors: FieldError[] = [];
  const candidate: Record<string, unknown> = {};
  for (const field of EDITABLE) {
    const raw = values[field];
    const text = typeof raw === 'number' ? String(raw) : (raw ?? '').trim();
    if (text === '') {
      if (field !== 'creditUnit' && field !== 'program') candidate[field] = undefined;
      continue;
    }
    if (NUMERIC.has(field)) {
      if (!DECIMAL_TEXT.test(text)) errors.push({ field, message: 'Expected a number such as 1.5' });
      else candidate[field] = Number(text.replace(',', '.'));
    } else {
      candidate[field] = text;
    }
  }
  const parsed = CourseRecordPatch.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      if (!errors.some((e) => e.field === field)) errors.push({ field, message: issue.message });
    }
  }
  if (typeof candidate.startDate === 'string' && typeof candidate.endDate === 'string' && candidate.startDate > candidate.endDate) {
    errors.push({ field: 'startDate', message: 'The start date is after the end date' });
  }
  checkCategory(candidate, errors);
  if (errors.length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, patch: parsed.data };
}
