/**
 * The "Add activity" form as plain values: what it starts with, what it sends, and where the background's field
 * problems are shown. The background checks the item (domain/activities.ts newUserActivity): one set of rules.
 */
import type { FieldError } from '../../domain/field-error';
import type { CreditUnit, Program } from '../../domain/schema';
import type { ActivityInput } from '../../protocol/activities';

export interface ActivityFormValues {
  title: string;
  program: string;
  credits: string;
  creditUnit: string;
  /** Free activities need no cost or currency; the two fields are hidden while it is ticked. */
  free: boolean;
  cost: string;
  currency: string;
  offerEndsOn: string;
  kind: string;
  url: string;
}

export type ActivityFormErrors = Partial<Record<keyof ActivityFormValues, string>>;

/** Starts from the program (and its unit) being planned: the activity is most likely for that certification. */
export function emptyActivityForm(program: Program, creditUnit: CreditUnit): ActivityFormValues {
  return { title: '', program, credits: '', creditUnit, free: false, cost: '', currency: '', offerEndsOn: '', kind: 'online-course', url: '' };
}

/** What goes to the background: the text as typed (it trims and reads numbers), blank fields left out. */
export function activityInputFromForm(values: ActivityFormValues): ActivityInput {
  const { free, cost, currency, ...rest } = values;
  const input: Record<string, string> = free ? { ...rest, cost: '0' } : { ...rest, cost, currency };
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value.trim() !== '')) as ActivityInput;
}

/** The message shown at each field, whatever the background's wording: its rule, in the user's language. */
const FIELD_ERROR_KEY: Partial<Record<keyof ActivityFormValues, string>> = {
  title: 'errorActivityTitle',
  program: 'errorUnknownProgram',
  credits: 'errorActivityCredits',
  creditUnit: 'errorActivityUnit',
  cost: 'errorActivityCost',
  currency: 'errorActivityCurrency',
  offerEndsOn: 'errorDateInvalid',
  kind: 'errorActivityKind',
  url: 'errorActivityLink',
};

/** The background's problems at the fields they belong to; any that belong to no field are left for a notice. */
export function formErrorsFrom(fields: readonly FieldError[]): { errors: ActivityFormErrors; other: FieldError[] } {
  const errors: ActivityFormErrors = {};
  const other: FieldError[] = [];
  for (const problem of fields) {
    const key = FIELD_ERROR_KEY[problem.field as keyof ActivityFormValues];
    if (key) errors[problem.field as keyof ActivityFormValues] = key;
    else other.push(problem);
  }
  return { errors, other };
}
