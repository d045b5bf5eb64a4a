import type preact from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ManualDraft } from '../../capture/page-scan';
import { CREDIT_UNITS, PROGRAMS } from '../../domain/vocabulary';
import type { SaveCaptureResult } from '../../store/records';
import { extensionApi } from '../../extension-api';
import { MessageError, sendMessage } from '../../send-message';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { t } from '../i18n';
import { PROGRAM_KEY, UNIT_KEY } from '../labels';
import { focusFirstInvalid } from '../options/focus';
import { bestCapture, formErrorsFrom, formFromDraft, formFromRecord, inputFromForm, type ConfirmFormErrors, type ConfirmFormValues } from './confirm-form';
import type { ManualCaptureInput } from '../../messages';

const SAVED_KEY = { added: 'toastSaved', updated: 'toastUpdated', unchanged: 'toastAlreadySaved' } as const;

type PageState<T> = { phase: 'loading' } | { phase: 'missing' } | { phase: 'form'; data: T } | { phase: 'saved'; headingKey: string; title: string };

interface FormPageProps<T> {
  titleKey: string;
  /** Shown when load() fails: the draft or record is gone. */
  missingKey: string;
  load: () => Promise<T>;
  /** The form for what was loaded; it calls saved() with the confirmation's heading key and the course's title. */
  form: (data: T, saved: (confirmation: { headingKey: string; title: string }) => void) => preact.ComponentChild;
}

/** Both pages of this tab: load something, show the form for it, then confirm the save. */
function FormPage<T>({ titleKey, missingKey, load, form }: FormPageProps<T>) {
  const [state, setState] = useState<PageState<T>>({ phase: 'loading' });
  useEffect(() => {
    load()
      .then((data) => setState({ phase: 'form', data }))
      .catch(() => setState({ phase: 'missing' }));
  }, [load]);

  return (
    <main class="confirm-capture">
      <h1 id="confirm-heading">{t(titleKey)}</h1>
      {state.phase === 'loading' ? <p class="muted">{t('loading')}</p> : null}
      {state.phase === 'missing' ? <p role="alert">{t(missingKey)}</p> : null}
      {state.phase === 'form' ? form(state.data, ({ headingKey, title }) => setState({ phase: 'saved', headingKey, title })) : null}
      {state.phase === 'saved' ? (
        <div role="status" class="panel">
          <p>
            <strong>{t(state.headingKey)}</strong> · {state.title}
          </p>
          <button type="button" class="button" onClick={() => void openDashboard()}>
            {t('openDashboard')}
          </button>
        </div>
      ) : null}
    </main>
  );
}

/** The confirmation form of a manual capture: loads the draft the URL fragment names. */
export function ConfirmCapture({ draftId }: { draftId: string }) {
  const load = useCallback(() => sendMessage({ type: 'capture.draft', id: draftId }), [draftId]);
  return (
    <FormPage
      titleKey="confirmCaptureTitle"
      missingKey="confirmDraftMissing"
      load={load}
      form={(draft, saved) => <ConfirmForm draft={draft} onSaved={(result) => saved({ headingKey: SAVED_KEY[result.outcome], title: result.record.title })} />}
    />
  );
}

async function openDashboard(): Promise<void> {
  await extensionApi().runtime.openOptionsPage();
}

/** The confirmation form for a manual capture's draft. */
export function ConfirmForm({ draft, onSaved }: { draft: ManualDraft; onSaved: (result: SaveCaptureResult) => void }) {
  const nothingFound = !bestCapture(draft);
  return (
    <CourseForm
      initial={formFromDraft(draft)}
      intro={nothingFound ? { textKey: 'confirmNothingFound', notice: true } : { textKey: 'confirmCheckFound', notice: false }}
      save={async (fields) => onSaved(await sendMessage({ type: 'capture.confirm', fields }))}
    />
  );
}

interface CourseFormProps {
  initial: ConfirmFormValues;
  intro: { textKey: string; notice: boolean };
  /** Sends the fields; a MessageError with field problems is shown at the fields. */
  save: (fields: ManualCaptureInput) => Promise<void>;
  /** The page address is where a capture came from: editable for a new capture, fixed for a stored record. */
  withSourceUrl?: boolean;
}

/** The course's fields as a form: a new manual capture, or a stored record being edited. */
function CourseForm({ initial, intro, save, withSourceUrl = true }: CourseFormProps) {
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
    <TextField id={`capture-${id}`} value={values[id]} errorKey={errors[id]} onValue={(value) => update({ [id]: value })} {...extra} />
  );

  return (
    <form ref={form} class="panel" aria-labelledby="confirm-heading" onSubmit={(e) => void submit(e)} noValidate>
      <p class={intro.notice ? 'notice' : 'muted'}>{t(intro.textKey)}</p>
      <div class="form-grid">
        {field('title', { labelKey: 'fieldActivityTitle', required: true, maxLength: 500 })}
        {field('provider', { labelKey: 'fieldProvider', required: true, maxLength: 200 })}
        {field('startDate', { labelKey: 'fieldStartDate', type: 'date' })}
        {field('endDate', { labelKey: 'fieldEndDate', type: 'date' })}
        {field('certificateCode', { labelKey: 'fieldCertificateCode', maxLength: 200 })}
        {field('credits', { labelKey: 'fieldCredits', inputMode: 'decimal', maxLength: 12 })}
        <SelectField id="capture-creditUnit" labelKey="fieldCreditUnit" value={values.creditUnit} errorKey={errors.creditUnit} onValue={(creditUnit) => update({ creditUnit })}>
          <option value="">{t('choiceNone')}</option>
          {CREDIT_UNITS.map((unit) => (
            <option key={unit} value={unit}>
              {t(UNIT_KEY[unit])}
            </option>
          ))}
        </SelectField>
        {field('hours', { labelKey: 'fieldHours', inputMode: 'decimal', maxLength: 12 })}
        <SelectField id="capture-program" labelKey="fieldProgram" value={values.program} errorKey={errors.program} onValue={(program) => update({ program })}>
          <option value="">{t('choiceNone')}</option>
          {PROGRAMS.map((p) => (
            <option key={p} value={p}>
              {t(PROGRAM_KEY[p])}
            </option>
          ))}
        </SelectField>
        {withSourceUrl ? field('sourceUrl', { labelKey: 'fieldSourceUrl', maxLength: 2048 }) : null}
      </div>
      {failure ? <p role="alert">{failure}</p> : null}
      <div class="form-actions">
        <button type="submit" class="button primary" disabled={busy}>
          {t('confirmSave')}
        </button>
      </div>
    </form>
  );
}

/** The same form on a stored record: the toast's Edit opens it (#record=<id>). */
export function RecordEditor({ recordId }: { recordId: string }) {
  const load = useCallback(() => sendMessage({ type: 'record.get', id: recordId }), [recordId]);
  return (
    <FormPage
      titleKey="editRecordTitle"
      missingKey="editRecordMissing"
      load={load}
      form={(record, saved) => (
        <CourseForm
          initial={formFromRecord(record)}
          intro={{ textKey: 'editRecordIntro', notice: false }}
          withSourceUrl={false}
          save={async (fields) => {
            const updated = await sendMessage({ type: 'record.edit', id: recordId, fields });
            saved({ headingKey: 'editRecordSaved', title: updated.title });
          }}
        />
      )}
    />
  );
}
