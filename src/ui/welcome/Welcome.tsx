import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Certification } from '../../domain/schema';
import { CERT_LEVELS } from '../../domain/vocabulary';
import { listedByLevel } from '../../domain/certification-list';
import { OTHER_CERTIFICATION, certificationFromForm, emptyCertificationForm, lifetimeIfEarnedBefore, type CertificationFormValues, type FormErrors } from '../../domain/certification-form';
import { sendMessage } from '../../send-message';
import { formatDate } from '../../text/format';
import { t } from '../../text/i18n';
import { LEVEL_KEY } from '../../text/labels';
import { TextField } from '../components/TextField';
import { YourNameForm, useYourName } from './YourName';

/** The welcome page asks about Cisco only; the dashboard adds the other programs. */
const EMPTY_FORM: CertificationFormValues = emptyCertificationForm('cisco');
const CISCO_BY_LEVEL = listedByLevel('cisco');

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function Welcome() {
  const [held, setHeld] = useState<Certification[]>([]);
  const [form, setForm] = useState(EMPTY_FORM);
  const [errors, setErrors] = useState<FormErrors>({});
  const [announcement, setAnnouncement] = useState('');
  const yourName = useYourName();

  const reload = () =>
    sendMessage({ type: 'certifications.list' })
      .then(setHeld)
      .catch((e: unknown) => setAnnouncement(t('saveFailed', [errorMessage(e)])));
  useEffect(() => void reload(), []);

  const update = (patch: Partial<CertificationFormValues>) => setForm((f) => ({ ...f, ...patch }));

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const result = certificationFromForm(form, crypto.randomUUID());
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    try {
      const saved = await sendMessage({ type: 'certification.save', certification: result.certification });
      setAnnouncement(t('certificationAdded', [saved.name]));
      setForm(EMPTY_FORM);
      await reload();
    } catch (e) {
      setAnnouncement(t('saveFailed', [errorMessage(e)]));
    }
  };

  const remove = async (cert: Certification) => {
    try {
      await sendMessage({ type: 'certification.delete', id: cert.id });
      setAnnouncement(t('certificationRemoved', [cert.name]));
      await reload();
    } catch (e) {
      setAnnouncement(t('saveFailed', [errorMessage(e)]));
    }
  };

  // A name typed but not saved is saved on the way out; one that cannot be saved keeps the user here, told why.
  const finish = async () => {
    if (yourName.unsaved && !(await yourName.save())) return;
    await browser.runtime.openOptionsPage();
  };

  const isOther = form.choice === OTHER_CERTIFICATION;
  const lifetime = lifetimeIfEarnedBefore(form);
  return (
    <main class="welcome">
      <header>
        <h1>{t('welcomeTitle')}</h1>
        <p class="lead">{t('welcomeIntro')}</p>
      </header>

      <section aria-labelledby="step-certs">
        <h2 id="step-certs">{t('welcomeStepCerts')}</h2>
        <form class="cert-form" onSubmit={onSubmit} noValidate>
          <div class="field">
            <label for="cert-choice">{t('fieldCertification')}</label>
            <select id="cert-choice" value={form.choice} onChange={(e) => update({ choice: e.currentTarget.value })}>
              {CISCO_BY_LEVEL.map(({ level, entries }) => (
                <optgroup key={level} label={t(LEVEL_KEY[level])}>
                  {entries.map((c) => (
                    <option key={c.code} value={c.code}>
                      {c.name}
                    </option>
                  ))}
                </optgroup>
              ))}
              <option value={OTHER_CERTIFICATION}>{t('otherCertification')}</option>
            </select>
          </div>
          {isOther ? (
            <>
              <TextField id="cert-name" labelKey="fieldCustomName" value={form.customName} errorKey={errors.customName} onValue={(customName) => update({ customName })} />
              <div class="field">
                <label for="cert-level">{t('fieldLevel')}</label>
                <select id="cert-level" value={form.level} onChange={(e) => update({ level: e.currentTarget.value as CertificationFormValues['level'] })}>
                  {CERT_LEVELS.map((level) => (
                    <option key={level} value={level}>
                      {t(LEVEL_KEY[level])}
                    </option>
                  ))}
                </select>
              </div>
            </>
          ) : null}
          {lifetime ? (
            // The day earned decides whether it expires (CCST): asked first, and required.
            <>
              <TextField id="cert-earned" type="date" labelKey="fieldEarnedOnRequired" value={form.earnedOn} errorKey={errors.earnedOn} required hintKey="lifetimeIfEarnedBeforeNote" hintSubstitutions={[formatDate(lifetime.before), String(lifetime.years)]} onValue={(earnedOn) => update({ earnedOn })} />
              <TextField id="cert-expires" type="date" labelKey="fieldExpiresOnOptional" value={form.expiresOn} errorKey={errors.expiresOn} onValue={(expiresOn) => update({ expiresOn })} />
            </>
          ) : (
            <>
              <TextField id="cert-expires" type="date" labelKey="fieldExpiresOn" value={form.expiresOn} errorKey={errors.expiresOn} onValue={(expiresOn) => update({ expiresOn })} />
              <TextField id="cert-earned" type="date" labelKey="fieldEarnedOn" value={form.earnedOn} errorKey={errors.earnedOn} onValue={(earnedOn) => update({ earnedOn })} />
            </>
          )}
          <div class="actions">
            <button type="submit" class="button primary">
              {t('addCertification')}
            </button>
          </div>
        </form>

        <h3>{t('yourCertifications')}</h3>
        {held.length === 0 ? (
          <p class="muted">{t('noCertificationsYet')}</p>
        ) : (
          <ul class="held">
            {held.map((cert) => (
              <li key={cert.id}>
                <span>
                  <strong>{cert.name}</strong> · {t(LEVEL_KEY[cert.level])}
                  {cert.expiresOn ? ` · ${formatDate(cert.expiresOn)}` : ''}
                </span>
                <button type="button" class="button" aria-label={t('removeCertification', [cert.name])} onClick={() => void remove(cert)}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <p class="visually-hidden" role="status" aria-live="polite">
          {announcement}
        </p>
      </section>

      <section aria-labelledby="step-portals">
        <h2 id="step-portals">{t('welcomeStepPortals')}</h2>
        <p>{t('welcomePortalsText')}</p>
        <YourNameForm state={yourName} labelledBy="step-portals" />
      </section>

      <section class="done" aria-labelledby="step-finish">
        <h2 id="step-finish">{t('welcomeStepFinish')}</h2>
        <p>{t('welcomeDone')}</p>
        <button type="button" class="button primary" onClick={() => void finish()}>
          {t('welcomeFinish')}
        </button>
      </section>
    </main>
  );
}
