/**
 * The course's fields as a form: a new manual capture, a stored record being edited, or a certificate PDF being
 * imported. It sends the text as typed; the background checks it and its problems are shown at their fields.
 */
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { CREDIT_UNITS, PROGRAM_CATEGORIES, PROGRAMS, type ActivityCategory } from '../../domain/vocabulary';
import type { ManualCaptureInput } from '../../protocol/shapes';
import { MessageError } from '../../send-message';
import { formErrorsFrom, inputFromForm, type ConfirmFormErrors, type ConfirmFormValues } from './course-form-values';
import { t } from '../../text/i18n';
import { CATEGORY_KEY, PROGRAM_KEY, UNIT_KEY } from '../../text/labels';
import { focusFirstInvalid } from './focus';
import { SelectField } from './SelectField';
import { TextField } from './TextField';

/** The categories the program sorts its activities into; none for a program without, or none chosen. */
function categoriesOf(program: string): readonly string[] {
  return (PROGRAM_CATEGORIES as Record<string, readonly ActivityCategory[]>)[program] ?? [];
}

interface CourseFormProps {
  initial: ConfirmFormValues;
  /** The sentence above the fields, already translated; a notice when it warns (nothing found, unreadable PDF). */
  intro: { text: string; notice: boolean };
  /**
   * Sends the fields; a MessageError with field problems is shown at the fields. Called at once in the submit's
   * handler, before anything is awaited: what it asks of the browser first is asked on the user's click.
   */
  save: (fields: ManualCaptureInput) => Promise<void>;
  /** The page address is where a capture came from: editable for a new capture, fixed for a stored record. */
  withSourceUrl?: boolean;
  /** The id of the heading that names the form. */
  labelledBy: string;
  /** Prefix of the fields' ids, unique per form when a page shows several (the dashboard's PDF imports). */
  idPrefix?: string;
  /** More choices under the fields, saved with them (the confirmation form's offer to teach the site). */
  children?: ComponentChildren;
}

export function CourseForm({ initial, intro, save, withSourceUrl = true, labelledBy, idPrefix = 'capture', children }: CourseFormProps) {
  const [values, setValues] = useState<ConfirmFormValues>(initial);
  const [errors, setErrors] = useState<ConfirmFormErrors>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const update = (patch: Partial<ConfirmFormValues>) => setValues((v) => ({ ...v, ...patch }));

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setFailure(undefined);
    try {
      await save(inputFromForm(values));
    } catch (error) {
      if (error instanceof MessageError && error.code === 'invalid' && error.fields.length > 0) {
        const { errors: placed, other } = formErrorsFrom(error.fields);
        setErrors(placed);
        if (other.length > 0) setFailure(t('saveFailed', [other.map((o) => o.message).join('; ')]));
        focusFirstInvalid(form.current);
      } else {
        setFailure(t('saveFailed', [error instanceof Error ? error.message : String(error)]));
      }
    } finally {
      setBusy(false);
    }
  };

  const field = (id: keyof ConfirmFormValues, extra: { labelKey: string; type?: 'date'; required?: boolean; maxLength?: number; inputMode?: 'decimal' }) => (
    <TextField id={`${idPrefix}-${id}`} value={values[id]} errorKey={errors[id]} onValue={(value) => update({ [id]: value })} {...extra} />
  );

  return (
    <form ref={form} class="panel" aria-labelledby={labelledBy} onSubmit={(e) => void submit(e)} noValidate>
      <p class={intro.notice ? 'form-intro warning' : 'form-intro muted'}>{intro.text}</p>
      <div class="form-grid">
        {field('title', { labelKey: 'fieldActivityTitle', required: true, maxLength: 500 })}
        {field('provider', { labelKey: 'fieldProvider', required: true, maxLength: 200 })}
        {field('startDate', { labelKey: 'fieldStartDate', type: 'date' })}
        {field('endDate', { labelKey: 'fieldEndDate', type: 'date' })}
        {field('certificateCode', { labelKey: 'fieldCertificateCode', maxLength: 200 })}
        {field('credits', { labelKey: 'fieldCredits', inputMode: 'decimal', maxLength: 12 })}
        <SelectField id={`${idPrefix}-creditUnit`} labelKey="fieldCreditUnit" value={values.creditUnit} errorKey={errors.creditUnit} onValue={(creditUnit) => update({ creditUnit })}>
          <option value="">{t('choiceNone')}</option>
          {CREDIT_UNITS.map((unit) => (
            <option key={unit} value={unit}>
              {t(UNIT_KEY[unit])}
            </option>
          ))}
        </SelectField>
        {field('hours', { labelKey: 'fieldHours', inputMode: 'decimal', maxLength: 12 })}
        <SelectField
          id={`${idPrefix}-program`}
          labelKey="fieldProgram"
          value={values.program}
          errorKey={errors.program}
          // A category belongs to its program: another program's is dropped.
          onValue={(program) => update({ program, ...(categoriesOf(program).includes(values.category) ? {} : { category: '' }) })}
        >
          <option value="">{t('choiceNone')}</option>
          {PROGRAMS.map((p) => (
            <option key={p} value={p}>
              {t(PROGRAM_KEY[p])}
            </option>
          ))}
        </SelectField>
        {categoriesOf(values.program).length > 0 ? (
          <SelectField id={`${idPrefix}-category`} labelKey="fieldCategory" hintKey="fieldCategoryHint" value={values.category} errorKey={errors.category} onValue={(category) => update({ category })}>
            <option value="">{t('choiceNone')}</option>
            {categoriesOf(values.program).map((c) => (
              <option key={c} value={c}>
                {t(CATEGORY_KEY[c as ActivityCategory])}
              </option>
            ))}
          </SelectField>
        ) : null}
        {withSourceUrl ? field('sourceUrl', { labelKey: 'fieldSourceUrl', maxLength: 2048 }) : null}
      </div>
      {children}
      {failure ? <p role="alert">{failure}</p> : null}
      <div class="form-actions">
        <button type="submit" class="button primary" disabled={busy}>
          {t('confirmSave')}
        </button>
      </div>
    </form>
  );
}
