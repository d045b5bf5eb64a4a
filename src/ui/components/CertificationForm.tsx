import { useEffect, useRef, useState } from 'preact/hooks';
import { listedByLevel, isProgram } from '../../domain/certification-list';
import {
  OTHER_CERTIFICATION,
  certificationFromForm,
  chosenEntry,
  emptyCertificationForm,
  lifetimeIfEarnedBefore,
  needsExpiry,
  type CertificationFormValues,
  type FormErrors,
} from '../../domain/certification-form';
import type { CertLevel, Certification } from '../../domain/schema';
import { CERT_LEVELS, PROGRAMS } from '../../domain/vocabulary';
import { CheckboxField } from './CheckboxField';
import { SelectField } from './SelectField';
import { TextField } from './TextField';
import { formatDate } from '../../text/format';
import { t } from '../../text/i18n';
import { LEVEL_KEY, PROGRAM_KEY } from '../../text/labels';
import { focusFirstInvalid } from './focus';
import './form-layout.css';
import './certification-form.css';

interface Props {
  /** The form's starting values: empty to add, a held certification's to edit. */
  initial: CertificationFormValues;
  /** The id the certification is saved under: a new one to add, the held one's to edit. */
  id: string;
  /** The held certification's name when editing, for the heading. */
  editing?: string;
  onSubmit: (certification: Certification) => Promise<void>;
  /** Where the form can be closed (the dashboard's); without it there is no Cancel (the welcome page's stays). */
  onCancel?: () => void;
  /**
   * Whether the keyboard goes to the form when it appears: yes where the user asked for it, not on a page that
   * opens with it (the welcome page, read from its heading first).
   */
  focusOnOpen?: boolean;
}

/**
 * Add or edit a held certification of any program; what is wrong is shown at its field and focused. The dashboard
 * and the welcome page both use it.
 */
export function CertificationForm({ initial, id, editing, onSubmit, onCancel, focusOnOpen = true }: Props) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FormErrors>({});
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const headingId = `cert-form-${id}-heading`;

  // The form opens where the user asked for it: put the keyboard there too.
  useEffect(() => {
    if (focusOnOpen) form.current?.querySelector<HTMLElement>('select, input')?.focus();
  }, []);

  const update = (patch: Partial<CertificationFormValues>) => setValues((v) => ({ ...v, ...patch }));
  const changeProgram = (program: string) => {
    // Another program has other certifications: start from its first one, keeping the dates typed so far.
    const fresh = isProgram(program) ? emptyCertificationForm(program) : { ...values, program };
    update({ program, choice: fresh.choice });
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const result = certificationFromForm(values, id);
    if (!result.ok) {
      setErrors(result.errors);
      focusFirstInvalid(form.current);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await onSubmit(result.certification);
    } finally {
      setBusy(false);
    }
  };

  const program = isProgram(values.program) ? values.program : 'other';
  const groups = listedByLevel(program);
  const isOther = groups.length === 0 || values.choice === OTHER_CERTIFICATION;
  const entry = chosenEntry(values);
  const lifetime = lifetimeIfEarnedBefore(values);
  const ids = (field: string) => `cert-${id}-${field}`;

  return (
    <form ref={form} class="panel cert-form" aria-labelledby={headingId} onSubmit={(e) => void submit(e)} noValidate>
      <h3 id={headingId}>{editing ? t('editCertificationTitle', [editing]) : t('addCertificationTitle')}</h3>
      <div class="form-grid">
        <SelectField id={ids('program')} labelKey="fieldProgram" value={values.program} errorKey={errors.program} onValue={changeProgram}>
          {PROGRAMS.map((p) => (
            <option key={p} value={p}>
              {t(PROGRAM_KEY[p])}
            </option>
          ))}
        </SelectField>
        {groups.length > 0 ? (
          <SelectField id={ids('choice')} labelKey="fieldCertification" value={values.choice} errorKey={errors.choice} onValue={(choice) => update({ choice })}>
            {groups.map(({ level, entries }) => (
              <optgroup key={level} label={t(LEVEL_KEY[level])}>
                {entries.map((e) => (
                  <option key={e.code} value={e.code}>
                    {e.name}
                  </option>
                ))}
              </optgroup>
            ))}
            <option value={OTHER_CERTIFICATION}>{t('otherInProgram')}</option>
          </SelectField>
        ) : null}
        {isOther ? (
          <>
            <TextField id={ids('name')} labelKey="fieldCustomName" value={values.customName} errorKey={errors.customName} required maxLength={500} onValue={(customName) => update({ customName })} />
            <SelectField id={ids('level')} labelKey="fieldLevel" value={values.level} onValue={(level) => update({ level: level as CertLevel })}>
              {CERT_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t(LEVEL_KEY[level])}
                </option>
              ))}
            </SelectField>
          </>
        ) : null}
        <TextField
          id={ids('earned')}
          type="date"
          labelKey={lifetime ? 'fieldEarnedOnRequired' : 'fieldEarnedOn'}
          value={values.earnedOn}
          errorKey={errors.earnedOn}
          required={lifetime !== undefined}
          // Where the day earned decides whether it expires (CCST), the field says so.
          hintKey={lifetime ? 'lifetimeIfEarnedBeforeNote' : undefined}
          hintSubstitutions={lifetime ? [formatDate(lifetime.before), String(lifetime.years)] : undefined}
          onValue={(earnedOn) => update({ earnedOn })}
        />
        {lifetime !== undefined ? (
          <TextField id={ids('expires')} type="date" labelKey="fieldExpiresOnOptional" value={values.expiresOn} errorKey={errors.expiresOn} onValue={(expiresOn) => update({ expiresOn })} />
        ) : needsExpiry(values) ? (
          <TextField id={ids('expires')} type="date" labelKey="fieldExpiresOn" value={values.expiresOn} errorKey={errors.expiresOn} required onValue={(expiresOn) => update({ expiresOn })} />
        ) : (
          <p class="never-expires">{entry ? t('neverExpiresNote', [entry.name]) : t('neverExpiresLevelNote')}</p>
        )}
      </div>
      <CheckboxField id={ids('retired')} labelKey="fieldRetired" hintKey="fieldRetiredHint" checked={values.retired} onChecked={(retired) => update({ retired })} />
      <div class="form-actions">
        <button type="submit" class="button primary" disabled={busy}>
          {editing ? t('saveChanges') : t('addCertification')}
        </button>
        {onCancel ? (
          <button type="button" class="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
