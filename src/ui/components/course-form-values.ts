/**
 * The manual-capture confirmation form as plain values: what it starts from (the best capture, else the page's
 * title and address), what it sends, and where the background's problems are shown.
 */
import type { FieldError } from '../../domain/field-error';
import type { ManualDraft } from '../../capture/page-scan';
import type { ManualCaptureInput } from '../../protocol/shapes';
import type { Capture, CourseRecord } from '../../domain/schema';

/** The course fields a capture and a stored record share. */
type CourseFields = Pick<Capture, 'title' | 'provider' | 'startDate' | 'endDate' | 'certificateCode' | 'credits' | 'creditUnit' | 'hours' | 'program' | 'category' | 'sourceUrl'>;

export interface ConfirmFormValues {
  title: string;
  provider: string;
  startDate: string;
  endDate: string;
  certificateCode: string;
  credits: string;
  creditUnit: string;
  hours: string;
  program: string;
  /** The program's category (ISC2 Group A/B, PMI Talent Triangle area, CompTIA webinar...): some rules count by it. */
  category: string;
  sourceUrl: string;
}

export type ConfirmFormErrors = Partial<Record<keyof ConfirmFormValues, string>>;

function webAddress(url: string): string {
  return /^https?:\/\//i.test(url) ? url : '';
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./i, '');
  } catch {
    return '';
  }
}

/** The most certain capture, or undefined when the page showed nothing certificate-like. */
export function bestCapture(draft: ManualDraft) {
  return [...draft.captures].sort((a, b) => b.confidence - a.confidence)[0];
}

const text = (value: string | number | undefined) => (value === undefined ? '' : String(value));

/** What a capture found (on a page or in a certificate PDF), or a stored record, as the form's text. */
export function formFromCapture(capture: CourseFields): ConfirmFormValues {
  return {
    title: capture.title,
    provider: capture.provider ?? '',
    startDate: text(capture.startDate),
    endDate: text(capture.endDate),
    certificateCode: text(capture.certificateCode),
    credits: text(capture.credits),
    creditUnit: text(capture.creditUnit),
    hours: text(capture.hours),
    program: text(capture.program),
    category: text(capture.category),
    sourceUrl: text(capture.sourceUrl),
  };
}

export const EMPTY_FORM: ConfirmFormValues = {
  title: '',
  provider: '',
  startDate: '',
  endDate: '',
  certificateCode: '',
  credits: '',
  creditUnit: '',
  hours: '',
  program: '',
  category: '',
  sourceUrl: '',
};

export function formFromDraft(draft: ManualDraft): ConfirmFormValues {
  const best = bestCapture(draft);
  const values: ConfirmFormValues = best
    ? formFromCapture(best)
    : { ...EMPTY_FORM, title: draft.title, provider: hostOf(webAddress(draft.url)), sourceUrl: webAddress(draft.url) };
  if (draft.selectionAsCode && draft.selection) values.certificateCode = draft.selection;
  return values;
}

/** A stored record in the form, to edit it. */
export function formFromRecord(record: CourseRecord): ConfirmFormValues {
  return formFromCapture(record);
}

/** What goes to the background: the text as typed (it trims and reads numbers), blank fields left out. */
export function inputFromForm(values: ConfirmFormValues): ManualCaptureInput {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value.trim() !== '')) as ManualCaptureInput;
}

/** The message shown at each field, whatever the background's wording: its rule, in the user's language. */
const FIELD_ERROR_KEY: Record<keyof ConfirmFormValues, string> = {
  title: 'errorCaptureTitle',
  provider: 'errorCaptureProvider',
  startDate: 'errorCaptureStartDate',
  endDate: 'errorDateInvalid',
  certificateCode: 'errorCaptureCode',
  credits: 'errorCaptureNumber',
  creditUnit: 'errorActivityUnit',
  hours: 'errorCaptureNumber',
  program: 'errorUnknownProgram',
  category: 'errorCategory',
  sourceUrl: 'errorCaptureLink',
};

export function formErrorsFrom(fields: readonly FieldError[]): { errors: ConfirmFormErrors; other: FieldError[] } {
  const errors: ConfirmFormErrors = {};
  const other: FieldError[] = [];
  for (const problem of fields) {
    const key = FIELD_ERROR_KEY[problem.field as keyof ConfirmFormValues] as string | undefined;
    if (key) errors[problem.field as keyof ConfirmFormValues] = key;
    else other.push(problem);
  }
  return { errors, other };
}
