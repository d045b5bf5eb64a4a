/**
 * The "add an exam you passed" form as a pure function: raw form values in, an exam or the message keys of what
 * is wrong out. Exams count toward the exam paths of the program's certifications (Cisco, for now).
 */
import { isIsoDate } from './dates';
import type { Exam, ExamKind, Program } from './schema';
import { EXAM_KINDS } from './vocabulary';
import { cisco } from './programs/cisco';

export interface ExamFormValues {
  code: string;
  name: string;
  /** An ExamKind; a string because it comes from a form control and is checked here. */
  kind: string;
  passedOn: string;
}

export type ExamFormErrors = Partial<Record<keyof ExamFormValues, string>>;

export function emptyExamForm(): ExamFormValues {
  // No kind until the code says it or the user picks one: a wrong default could renew a certification by mistake.
  return { code: '', name: '', kind: '', passedOn: '' };
}

/** Each program's exam series, from its data file (programs/cisco.ts); plain data, so pages need no zod. */
const EXAM_SERIES: Partial<Record<Program, ReadonlyArray<{ prefix: string; kind: ExamKind }>>> = { cisco: cisco.examSeries };

/** The kind an exam code's series says ("350-401 ENCOR" is a technology core exam); undefined for another code. */
export function examKindFromCode(code: string, program: Program = 'cisco'): ExamKind | undefined {
  const number = /^\d{3}-\d{3}\b/.exec(code.trim())?.[0];
  if (!number) return undefined;
  return EXAM_SERIES[program]?.find((s) => number.startsWith(s.prefix))?.kind;
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
