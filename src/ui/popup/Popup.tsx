import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { CertificationProgress, ProgressReport } from '../../domain/progress';
import type { CourseRecord } from '../../domain/schema';
import { sendMessage } from '../../send-message';
import { ProgressBar } from '../components/ProgressBar';
import { StateChip, StatusChip } from '../components/StatusChip';
import { formatDate, formatNumber } from '../format';
import { t } from '../i18n';
import { UNIT_KEY } from '../labels';
import { NextStepCard } from './NextStepCard';

export const WELCOME_PAGE = 'src/ui/welcome/index.html';
const LATEST_COUNT = 5;

function openWelcome(): void {
  void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
  window.close();
}

function ExpiryLine({ cert }: { cert: CertificationProgress }) {
  if (!cert.expiresOn || cert.daysLeft === undefined) return null;
  const date = formatDate(cert.expiresOn);
  return <p class="expiry muted">{cert.daysLeft >= 0 ? t('expiresIn', [date, cert.daysLeft]) : t('expiredOn', [date])}</p>;
}

function CertificationHeader({ cert, report }: { cert: CertificationProgress; report: ProgressReport }) {
  const renewsWith = cert.renewsWith && report.certifications.find((c) => c.certificationId === cert.renewsWith);
  return (
    <header class="cert-header">
      <div class="cert-title">
        <h1>{cert.name}</h1>
        <StateChip state={cert.state} />
      </div>
      <ExpiryLine cert={cert} />
      {renewsWith ? <p class="muted">{t('renewsWith', [renewsWith.name])}</p> : null}
    </header>
  );
}

function RecordRow({ record }: { record: CourseRecord }) {
  return (
    <li class="record">
      <div class="record-main">
        <span class="record-title" title={record.title}>{record.title}</span>
        <span class="record-meta muted">
          {record.credits !== undefined ? `${formatNumber(record.credits)} ${t(UNIT_KEY[record.creditUnit])}` : t('noCredits')}
          {record.endDate ? ` · ${formatDate(record.endDate)}` : ''}
        </span>
      </div>
      <StatusChip status={record.status} />
    </li>
  );
}

export interface PopupProps {
  report: ProgressReport;
  records: CourseRecord[];
}

/** The popup for a given report: pure render, so tests and the benchmark can drive it without a browser. */
export function Popup({ report, records }: PopupProps) {
  const [selectedId, setSelectedId] = useState(report.primaryId);
  const cert = report.certifications.find((c) => c.certificationId === selectedId) ?? report.certifications[0];

  if (!cert) {
    return (
      <main class="popup empty">
        <h1>{t('extName')}</h1>
        <p>{t('emptyState')}</p>
        <button type="button" class="button primary" onClick={openWelcome}>
          {t('setUp')}
        </button>
        <RecordsList records={records} />
      </main>
    );
  }

  const others = report.certifications.filter((c) => c.certificationId !== cert.certificationId);
  const path = cert.paths[0];
  return (
    <main class="popup">
      <CertificationHeader cert={cert} report={report} />
      {path ? <ProgressBar path={path} name={cert.name} /> : null}
      {cert.certificationId === report.primaryId ? <NextStepCard step={report.nextStep} /> : null}
      <RecordsList records={records} />
      <footer class="popup-footer">
        {others.length > 0 ? (
          <label class="switcher">
            <span class="visually-hidden">{t('otherCertifications')}</span>
            <select value={cert.certificationId} onChange={(e) => setSelectedId(e.currentTarget.value)}>
              {report.certifications.map((c) => (
                <option key={c.certificationId} value={c.certificationId}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <span />
        )}
        <button type="button" class="button" onClick={openWelcome}>
          {t('manageCertifications')}
        </button>
      </footer>
    </main>
  );
}

function RecordsList({ records }: { records: CourseRecord[] }) {
  return (
    <section class="records" aria-labelledby="latest-heading">
      <h2 id="latest-heading">{t('latestRecords')}</h2>
      {records.length === 0 ? (
        <p class="muted">{t('noRecords')}</p>
      ) : (
        <ul>
          {records.map((r) => (
            <RecordRow key={r.id} record={r} />
          ))}
        </ul>
      )}
    </section>
  );
}

type Loaded = { state: 'loading' } | { state: 'error'; message: string } | ({ state: 'ready' } & PopupProps);

export function PopupContainer() {
  const [data, setData] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    Promise.all([sendMessage({ type: 'progress.get' }), sendMessage({ type: 'records.list', limit: LATEST_COUNT })])
      .then(([report, records]) => setData({ state: 'ready', report, records }))
      .catch((error: unknown) => setData({ state: 'error', message: error instanceof Error ? error.message : String(error) }));
  }, []);
  if (data.state === 'loading') return <main class="popup" aria-busy="true"><p class="muted">{t('popupLoading')}</p></main>;
  if (data.state === 'error') return <main class="popup"><p role="alert">{t('popupError', [data.message])}</p></main>;
  return <Popup report={data.report} records={data.records} />;
}
