import { useRef, useState } from 'preact/hooks';
import type { FieldError } from '../../domain/field-error';
import { isProgram, programUnit } from '../../domain/certification-list';
import type { CreditUnit, Program } from '../../domain/schema';
import { ACTIVITY_KINDS, CREDIT_UNITS, PROGRAMS } from '../../domain/vocabulary';
import type { ActivityInput } from '../../protocol/activities';
import { CheckboxField } from '../components/CheckboxField';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { t } from '../../text/i18n';
import { ACTIVITY_KIND_KEY, PROGRAM_KEY, UNIT_KEY } from '../../text/labels';
import { activityInputFromForm, emptyActivityForm, formErrorsFrom, type ActivityFormErrors, type ActivityFormValues } from './activity-form-values';
import { focusFirstInvalid } from '../components/focus';

/** How an attempt to add went: stored, refused with problems for the form's fields, or failed (the section says why). */
export type AddActivityOutcome = { status: 'added' } | { status: 'invalid'; fields: readonly FieldError[] } | { status: 'failed' };

interface Props {
  /** The program and unit the form starts with: those of the certification being planned. */
  program: Program;
  creditUnit: CreditUnit;
  onAdd: (input: ActivityInput) => Promise<AddActivityOutcome>;
  /** Problems that belong to no field of the form, to be said some other way. */
  onOtherProblems: (problems: FieldError[]) => void;
}

/** "Add an activity": the background checks it; what is wrong is shown at its field and focused. */
export function ActivityForm({ program, creditUnit, onAdd, onOtherProblems }: Props) {
  const [values, setValues] = useState<ActivityFormValues>(() => emptyActivityForm(program, creditUnit));
  const [errors, setErrors] = useState<ActivityFormErrors>({});
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const update = (patch: Partial<ActivityFormValues>) => setValues((v) => ({ ...v, ...patch }));
  // Each program counts in its own unit: follow it, and the user changes the unit only for the odd exception.
  const changeProgram = (next: string) => update({ program: next, ...(isProgram(next) ? { creditUnit: programUnit(next) } : {}) });

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    try {
      const outcome = await onAdd(activityInputFromForm(values));
      if (outcome.status === 'invalid') {
        const { errors: placed, other } = formErrorsFrom(outcome.fields);
        setErrors(placed);
        if (other.length > 0) onOtherProblems(other);
        focusFirstInvalid(form.current);
        return;
      }
      if (outcome.status === 'failed') return;
      setErrors({});
      // Ready for the next one, keeping what a list of activities tends to share: program, unit, currency.
      setValues((v) => ({ ...emptyActivityForm(program, creditUnit), program: v.program, creditUnit: v.creditUnit, currency: v.currency }));
      form.current?.querySelector<HTMLElement>('input')?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={form} class="panel activity-form" aria-labelledby="activity-form-heading" onSubmit={(e) => void submit(e)} noValidate>
      <h4 id="activity-form-heading">{t('addActivityTitle')}</h4>
      <div class="form-grid">
        <div class="span-2">
          <TextField id="activity-title" labelKey="fieldActivityTitle" value={values.title} errorKey={errors.title} required maxLength={500} onValue={(title) => update({ title })} />
        </div>
        <SelectField id="activity-kind" labelKey="fieldActivityKind" value={values.kind} errorKey={errors.kind} onValue={(kind) => update({ kind })}>
          {ACTIVITY_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(ACTIVITY_KIND_KEY[kind])}
            </option>
          ))}
        </SelectField>
        <SelectField id="activity-program" labelKey="fieldProgram" value={values.program} errorKey={errors.program} onValue={changeProgram}>
          {PROGRAMS.map((p) => (
            <option key={p} value={p}>
              {t(PROGRAM_KEY[p])}
            </option>
          ))}
        </SelectField>
        <TextField id="activity-credits" labelKey="fieldCredits" value={values.credits} errorKey={errors.credits} required inputMode="decimal" maxLength={12} onValue={(credits) => update({ credits })} />
        <SelectField id="activity-unit" labelKey="fieldCreditUnit" value={values.creditUnit} errorKey={errors.creditUnit} onValue={(creditUnit) => update({ creditUnit })}>
          {CREDIT_UNITS.map((unit) => (
            <option key={unit} value={unit}>
              {t(UNIT_KEY[unit])}
            </option>
          ))}
        </SelectField>
        <TextField id="activity-offer-ends" type="date" labelKey="fieldOfferEndsOn" value={values.offerEndsOn} errorKey={errors.offerEndsOn} onValue={(offerEndsOn) => update({ offerEndsOn })} />
        <TextField id="activity-link" labelKey="fieldLink" hintKey="fieldLinkHint" value={values.url} errorKey={errors.url} maxLength={2048} onValue={(url) => update({ url })} />
        {/* The price row starts with "free": ticking it takes away the two fields after it, and nothing else moves. */}
        <CheckboxField id="activity-free" labelKey="fieldFree" checked={values.free} onChecked={(free) => update({ free })} />
        {values.free ? null : (
          <>
            <TextField id="activity-cost" labelKey="fieldCost" hintKey="fieldCostHint" value={values.cost} errorKey={errors.cost} required inputMode="decimal" maxLength={16} onValue={(cost) => update({ cost })} />
            <TextField id="activity-currency" labelKey="fieldCurrency" hintKey="fieldCurrencyHint" value={values.currency} errorKey={errors.currency} maxLength={3} onValue={(currency) => update({ currency })} />
          </>
        )}
      </div>
      <div class="form-actions">
        <button type="submit" class="button primary" disabled={busy}>
          {t('addActivity')}
        </button>
      </div>
    </form>
  );
}
