/**
 * The "add an exam you passed" form as a pure function: raw form values in, an exam or the message keys of what
 * is wrong out. Exams count toward the exam paths of the program's certifications (Cisco, for now).
 */
import { isIsoDate } from './dates';
import type { Exam, ExamKind, Program } from './schema';
import { EXAM_KINDS } from './vocabulary';

export interface ExamFormValues {
  code: string;
  name: string;
  /** An ExamKind; a string because it comes from a form control and is checked here. */
  kind: string;
  passedOn: string;
}

export type ExamFormErrors = Partial<Record<keyof ExamFormValues, string>>;

export function emptyExamForm(): ExamFormValues {
  return { code: '', name: '', kind: 'professional-concentration', passedOn: '' };
}

/**
 * Cisco's exam codes by series, where Cisco's numbering says the kind: 350 technology core (they replaced the 400
 * CCIE written exams in February 2020), 300 professional concentration (the Automation ones included), 200
 * associate, 100-1xx CCST, 010 CCT, 500 specialist; 400 the CCIE written before 2020. Sources: cisco.com exam
 * pages and training providers (ce-programs.md, issue 16). Undefined for a code outside these.
 */
const CISCO_SERIES: ReadonlyArray<[RegExp, ExamKind]> = [
  [/^350-\d{3}\b/, 'technology-core'],
  [/^300-\d{3}\b/, 'professional-concentration'],
  [/^200-\d{3}\b/, 'associate'],
  [/^100-1\d{2}\b/, 'entry'],
  [/^010-\d{3}\b/, 'technician'],
  [/^500-\d{3}\b/, 'specialist'],
  [/^400-\d{3}\b/, 'expert-written'],
];

export function examKindFromCode(code: string, program: Program = 'cisco'): ExamKind | undefined {
  if (program !== 'cisco') return undefined;
  const written = code.trim().toUpperCase();
  return CISCO_SERIES.find(([series]) => series.test(written))?.[1];
}

function isExamKind(value: string): value is ExamKind {
  return (EXAM_KINDS as readonly string[]).includes(value);
}

export function examFromForm(
  values: ExamFormValues,
  id: string,
  program: Program = 'cisco',
): { ok: true; exam: Exam } | { ok: false; errors: ExamFormErrors } {
  const errors: ExamFormErrors = {};
  // Exam codes are written in capitals on score reports and certificates ("350-401", "ENCOR").
  const code = values.code.trim().toUpperCase();
  const name = values.name.trim();
  const passedOn = values.passedOn.trim();
  if (!code) errors.code = 'errorExamCodeRequired';
  if (!isExamKind(values.kind)) errors.kind = 'errorExamKindUnknown';
  if (!passedOn) errors.passedOn = 'errorExamDateRequired';
  else if (!isIsoDate(passedOn)) errors.passedOn = 'errorDateInvalid';
  if (Object.keys(errors).length > 0 || !isExamKind(values.kind)) return { ok: false, errors };
  return { ok: true, exam: { id, program, code, name: name || undefined, kind: values.kind, passedOn } };
}
