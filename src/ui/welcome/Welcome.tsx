import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Certification } from '../../domain/schema';
import { emptyCertificationForm } from '../../domain/certification-form';
import { sendMessage } from '../../send-message';
import { formatDate } from '../../text/format';
import { t } from '../../text/i18n';
import { LEVEL_KEY, PROGRAM_KEY } from '../../text/labels';
import { CertificationForm } from '../components/CertificationForm';
import { ReadSites } from './ReadSites';
import { WhatsNew } from './WhatsNew';
import { updatedFromToShow } from './whats-new';
import { YourNameForm, useYourName } from './YourName';

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The tab's sessionStorage, or none where the browser refuses it. */
function tabMemory(): Storage | undefined {
  try {
    return sessionStorage;
  } catch {
    return undefined;
  }
}

export function Welcome() {
  const [held, setHeld] = useState<Certification[]>([]);
  // Each certification added gets a fresh, empty form (a new id, so a new form).
  const [formId, setFormId] = useState(() => crypto.randomUUID());
  const [added, setAdded] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const yourName = useYourName();
  const version = browser.runtime.getManifest().version;
  const [updatedFrom] = useState(() => updatedFromToShow(location.hash, version, tabMemory()));

  const reload = () =>
    sendMessage({ type: 'certifications.list' })
      .then(setHeld)
      .catch((e: unknown) => setAnnouncement(t('saveFailed', [errorMessage(e)])));
  useEffect(() => void reload(), []);

  const add = async (certification: Certification) => {
    try {
      const saved = await sendMessage({ type: 'certification.save', certification });
      setAnnouncement(t('certificationAdded', [saved.name]));
      setFormId(crypto.randomUUID());
      setAdded((n) => n + 1);
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

  // The three first-run steps; after an update they are folded under the news (see WhatsNew).
  const setupSteps = (
    <>
      <section aria-labelledby="step-certs">
        <h2 id="step-certs">{t('welcomeStepCerts')}</h2>
        {/* After the first one is added, the keyboard goes on to the next form, as the user is adding several. */}
        <CertificationForm key={formId} id={formId} initial={emptyCertificationForm()} onSubmit={add} focusOnOpen={added > 0} />
        <h3>{t('yourCertifications')}</h3>
        {held.length === 0 ? (
          <p class="muted">{t('noCertificationsYet')}</p>
        ) : (
          <ul class="held">
            {held.map((cert) => (
              <li key={cert.id}>
                <span>
                  <strong>{cert.name}</strong> · {t(PROGRAM_KEY[cert.program])} · {t(LEVEL_KEY[cert.level])}
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
        <ReadSites part={updatedFrom ? 'list' : 'all'} />
        <YourNameForm state={yourName} labelledBy="step-portals" />
      </section>

      <section class="done" aria-labelledby="step-finish">
        <h2 id="step-finish">{t('welcomeStepFinish')}</h2>
        <p>{t('welcomeDone')}</p>
        <button type="button" class="button primary" onClick={() => void finish()}>
          {t('welcomeFinish')}
        </button>
      </section>
    </>
  );

  return (
    <main class="welcome">
      <header>
        <h1>{t('welcomeTitle')}</h1>
        <p class="lead">{t('welcomeIntro')}</p>
      </header>

      {updatedFrom ? (
        <>
          <WhatsNew from={updatedFrom} version={version} onOpenDashboard={() => void finish()} />
          {/* An update may bring a site the browser has not granted: that is said at once, not inside the fold. */}
          <ReadSites part="notice" />
          <details class="setup-again">
            <summary>{t('welcomeSetupAgain')}</summary>
            {setupSteps}
          </details>
        </>
      ) : (
        setupSteps
      )}
    </main>
  );
}
