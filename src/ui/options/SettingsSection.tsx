import { useEffect, useRef, useState } from 'preact/hooks';
import { sendMessage } from '../../send-message';
import { CheckboxField } from '../components/CheckboxField';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { t } from '../../text/i18n';
import { MAX_NAME_LENGTH } from '../../domain/your-name';
import { focusFirstInvalid } from '../components/focus';
import { NoticeBar, type Notice } from './Notice';
import { StorageStatus } from './StorageStatus';
import { formFromSettings, settingsFromForm, type SettingsFormErrors, type SettingsFormValues } from './settings-form';
import './settings.css';

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** "Settings": the user's name, the submission window, reminders, the toolbar badge, certificate PDFs. Saved together. */
export function SettingsSection({ headingId }: { headingId: string }) {
  const [values, setValues] = useState<SettingsFormValues>();
  const [errors, setErrors] = useState<SettingsFormErrors>({});
  const [notice, setNotice] = useState<Notice>();
  const [loadError, setLoadError] = useState<string>();
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    sendMessage({ type: 'settings.get' })
      .then((settings) => setValues(formFromSettings(settings)))
      .catch((error: unknown) => setLoadError(errorMessage(error)));
  }, []);

  const update = (patch: Partial<SettingsFormValues>) => setValues((v) => (v ? { ...v, ...patch } : v));

  const save = async (event: Event) => {
    event.preventDefault();
    if (!values) return;
    const result = settingsFromForm(values);
    if (!result.ok) {
      setErrors(result.errors);
      focusFirstInvalid(form.current);
      return;
    }
    setErrors({});
    try {
      setValues(formFromSettings(await sendMessage({ type: 'settings.save', settings: result.settings })));
      setNotice({ message: t('settingsSaved') });
    } catch (error) {
      setNotice({ message: t('saveFailed', [errorMessage(error)]) });
    }
  };

  const text = (id: keyof SettingsFormValues, { labelKey, hintKey }: { labelKey: string; hintKey?: string }) => (
    <TextField id={`settings-${id}`} labelKey={labelKey} hintKey={hintKey} value={String(values?.[id] ?? '')} errorKey={errors[id]} maxLength={40} onValue={(value) => update({ [id]: value })} />
  );
  const check = (id: keyof SettingsFormValues, { labelKey, hintKey }: { labelKey: string; hintKey?: string }) => (
    <CheckboxField id={`settings-${id}`} labelKey={labelKey} hintKey={hintKey} checked={Boolean(values?.[id])} onChecked={(checked) => update({ [id]: checked })} />
  );

  return (
    <div aria-busy={values || loadError ? undefined : 'true'}>
      <header class="section-head">
        <div>
          <h2 id={headingId} tabIndex={-1}>
            {t('sectionSettingsHeading')}
          </h2>
          <p class="muted section-lead">{t('settingsIntro')}</p>
        </div>
      </header>
      {loadError ? <p role="alert">{t('settingsLoadFailed', [loadError])}</p> : null}
      {values ? (
        <form ref={form} class="panel settings-form" aria-labelledby={headingId} onSubmit={(e) => void save(e)} noValidate>
          <fieldset>
            <legend>{t('settingsAboutYou')}</legend>
            <TextField id="settings-yourName" labelKey="yourNameLabel" hintKey="yourNameHint" value={values.yourName} errorKey={errors.yourName} maxLength={MAX_NAME_LENGTH} autoComplete="name" onValue={(yourName) => update({ yourName })} />
          </fieldset>
          <fieldset>
            <legend>{t('settingsClaims')}</legend>
            {text('submissionWindowDays', { labelKey: 'settingsWindowDays', hintKey: 'settingsWindowDaysHint' })}
            {check('submissionRemindersEnabled', { labelKey: 'settingsSubmissionReminders' })}
            {text('submissionReminderDays', { labelKey: 'settingsSubmissionReminderDays', hintKey: 'settingsDayListHint' })}
            {text('stalePendingDays', { labelKey: 'settingsPendingDays' })}
          </fieldset>
          <fieldset>
            <legend>{t('settingsExpiry')}</legend>
            {check('remindersEnabled', { labelKey: 'settingsExpiryReminders', hintKey: 'settingsExpiryRemindersHint' })}
            {text('reminderDaysBeforeExpiry', { labelKey: 'settingsExpiryReminderDays', hintKey: 'settingsDayListHint' })}
            {check('offerRemindersEnabled', { labelKey: 'settingsOfferReminders' })}
            {check('graceActivitiesCount', { labelKey: 'settingsGraceCounts', hintKey: 'settingsGraceCountsHint' })}
          </fieldset>
          <fieldset>
            <legend>{t('settingsCertificates')}</legend>
            {check('autoAttachPdf', { labelKey: 'settingsAutoAttach', hintKey: 'settingsAutoAttachHint' })}
            {text('maxPdfMegabytes', { labelKey: 'settingsMaxPdf' })}
          </fieldset>
          <fieldset>
            <legend>{t('settingsToolbar')}</legend>
            {check('badgeEnabled', { labelKey: 'settingsBadge' })}
            <SelectField id="settings-badgeShows" labelKey="settingsBadgeShows" value={values.badgeShows} onValue={(badgeShows) => update({ badgeShows: badgeShows === 'credits-remaining' ? 'credits-remaining' : 'unsubmitted' })}>
              <option value="unsubmitted">{t('settingsBadgeUnsubmitted')}</option>
              <option value="credits-remaining">{t('settingsBadgeCredits')}</option>
            </SelectField>
          </fieldset>
          <div class="form-actions">
            <button type="submit" class="button primary">
              {t('settingsSave')}
            </button>
          </div>
        </form>
      ) : null}
      <section class="panel">
        <StorageStatus />
      </section>
      <NoticeBar notice={notice} onDismiss={() => setNotice(undefined)} />
    </div>
  );
}
