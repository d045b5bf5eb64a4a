import { useEffect, useState } from 'preact/hooks';
import { extensionApi } from '../../extension-api';
import type { CertificationProgress, ProgressReport } from '../../domain/progress';
import type { CourseRecord } from '../../domain/schema';
import { isSubmittableToCePortal } from '../../domain/records';
import { sendMessage } from '../../send-message';
import { ProgressBar } from '../components/ProgressBar';
import { StateChip, StatusChip } from '../components/StatusChip';
import { WindowNote } from '../components/WindowNote';
import { formatDate, formatNumber } from '../../text/format';
import { t, tCount } from '../../text/i18n';
import { UNIT_KEY } from '../../text/labels';
import { NextStepCard } from './NextStepCard';
import { ItemCatalogStatusLine, RecordItemCatalogNote } from './ItemCatalogStatusLine';
import { claimName } from '../../domain/item-catalog-claim';
import { pathName, pathStanding } from '../path-text';
import { StorageNotice } from '../components/StorageNotice';
import { RecipeMissNotice } from '../components/RecipeMissNotice';
import { POPUP_SUMMARY_KEY, summaryFor, type PopupSummary } from '../../domain/popup-summary';
import { localToday } from '../../domain/dates';
import { OPTIONS_PAGE, WELCOME_PAGE } from '../../extension-pages';
import { PageReportCard, PageReportLink, useReportOffer } from './PageReportOffer';

function openWelcome(): void {
  void extensionApi().tabs.create({ url: extensionApi().runtime.getURL(WELCOME_PAGE) });
  window.close();
}

/** The dashboard (the options page) in a tab of its own; the browser reuses the tab when it is already open. */
function openDashboard(): void {
  void extensionApi().runtime.openOptionsPage().then(() => window.close());
}

/**
 * Certificate PDFs are imported on the dashboard's Records section, in a tab: Firefox closes a popup as soon as a
 * file dialog opens, and a tab has room for a form per file.
 */
function importPdfs(): void {
  void extensionApi().tabs.create({ url: extensionApi().runtime.getURL(`${OPTIONS_PAGE}#records`) }).then(() => window.close());
}

/** Opens the CE portal's Submit Items form in a tab, where the portal script fills it from this record. */
function submitRecord(recordId: string): void {
  void sendMessage({ type: 'record.submit', recordId }).then(() => window.close());
}

/** Scans the tab the popup was opened over (activeTab) and opens the confirmation form; the background does both. */
async function capturePage(): Promise<void> {
  await sendMessage({ type: 'page.capture' });
  window.close();
}

function ExpiryLine({ cert }: { cert: CertificationProgress }) {
  if (!cert.expiresOn || cert.daysLeft === undefined) return null;
  const date = formatDate(cert.expiresOn);
  return <p class="expiry muted">{cert.daysLeft >= 0 ? tCount(cert.daysLeft, { oneKey: 'expiresInOne', otherKey: 'expiresIn' }, [date, cert.daysLeft]) : t('expiredOn', [date])}</p>;
}

function CertificationHeader({ cert, report }: { cert: CertificationProgress; report: ProgressReport }) {
  const nameOf = (id: string) => report.certifications.find((c) => c.certificationId === id)?.certification ?? id;
  return (
    <header class="cert-header">
      <div class="cert-title">
        <h1>{cert.certification}</h1>
        <StateChip state={cert.state} />
      </div>
      <ExpiryLine cert={cert} />
      {cert.renewedBy ? <p class="muted">{t('renewsWith', [nameOf(cert.renewedBy)])}</p> : null}
      {cert.renews.length > 0 ? <p class="muted">{t('carries', [cert.renews.map(nameOf).join(', ')])}</p> : null}
    </header>
  );
}

/** Every other way to renew, one line each, and the program's category and yearly checks. */
function OtherPaths({ cert }: { cert: CertificationProgress }) {
  const others = cert.paths.filter((p) => p.id !== cert.bestPathId);
  const checks = [
    ...cert.categories.map((c) => ({ id: c.id, text: `${c.label}: ${formatNumber(c.counted)}${c.min !== undefined ? `/${formatNumber(c.min)}` : ''}`, met: c.met })),
    ...cert.years.map((y) => ({ id: `year-${y.year}`, text: t('yearCheck', [y.year, formatNumber(y.counted), formatNumber(y.required)]), met: y.met })),
  ];
  if (others.length === 0 && checks.length === 0) return null;
  return (
    <ul class="paths">
      {others.map((p) => (
        <li key={p.id} data-path={p.id}>
          <span>{pathName(p, cert.unit)}</span>
          <span class="muted">
            {pathStanding(p, cert.unit)}
            {p.complete ? ` · ${t('met')}` : ''}
          </span>
        </li>
      ))}
      {checks.map((c) => (
        <li key={c.id} data-check={c.id}>
          <span>{c.text}</span>
          <span class="muted">{c.met ? t('met') : t('notYetMet')}</span>
        </li>
      ))}
    </ul>
  );
}

function BestPath({ cert }: { cert: CertificationProgress }) {
  const best = cert.paths.find((p) => p.id === cert.bestPathId);
  if (!best) return null;
  if (best.creditsRequired > 0) return <ProgressBar path={best} credits={cert.credits} unit={cert.unit} name={cert.certification} />;
  return (
    <p class="progress-total">
      <strong>{pathStanding(best, cert.unit)}</strong> <span class="muted">{pathName(best, cert.unit)}</span>
    </p>
  );
}

/** The other held certifications, compact; choosing one shows it above. */
function OtherCertifications({ report, focused, onFocus }: { report: ProgressReport; focused: string; onFocus: (id: string) => void }) {
  const others = report.certifications.filter((c) => c.certificationId !== focused);
  if (others.length === 0) return null;
  return (
    <section class="others" aria-labelledby="others-heading">
      <h2 id="others-heading">{t('otherCertifications')}</h2>
      <ul>
        {others.map((c) => {
          const best = c.paths.find((p) => p.id === c.bestPathId);
          const carrier = c.renewedBy && report.certifications.find((x) => x.certificationId === c.renewedBy);
          return (
            <li key={c.certificationId}>
              <button type="button" class="other" onClick={() => onFocus(c.certificationId)}>
                <span class="other-name">{c.certification}</span>
                <span class="muted other-detail">{carrier ? t('renewsWith', [carrier.certification]) : best ? pathStanding(best, c.unit) : ''}</span>
              </button>
              <StateChip state={c.state} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function RecordRow({ record, report }: { record: CourseRecord; report: ProgressReport }) {
  // The name a claim will give: the CE Item Catalog's when the record is linked to an item.
  const name = claimName(record);
  return (
    <li class="record" data-record={record.id}>
      <div class="record-main">
        <span class="record-title" title={name === record.title ? record.title : `${name}\n${record.title}`}>
          {name}
        </span>
        <span class="record-meta muted">
          {record.credits !== undefined ? `${formatNumber(record.credits)} ${t(UNIT_KEY[record.creditUnit])}` : t('noCredits')}
          {record.endDate ? ` · ${formatDate(record.endDate)}` : ''}
        </span>
        <WindowNote record={record} report={report} />
        <RecordItemCatalogNote record={record} />
      </div>
      <StatusChip status={record.status} />
      {record.status === 'captured' && isSubmittableToCePortal(record) ? (
        <button type="button" class="button small" aria-label={t('submitRecordLabel', [record.title])} onClick={() => submitRecord(record.id)}>
          {t('submitRecord')}
        </button>
      ) : null}
    </li>
  );
}

export interface PopupProps {
  report: ProgressReport;
  records: CourseRecord[];
  /** Drawn from the summary kept at the last opening while the worker answers: said, never passed off as current. */
  updating?: boolean;
}

/** The popup for a given report: pure render, so tests and the benchmark can drive it without a browser. */
export function Popup({ report, records, updating = false }: PopupProps) {
  const [focusedId, setFocusedId] = useState(report.primaryId);
  const cert = report.certifications.find((c) => c.certificationId === focusedId) ?? report.certifications[0];
  // Asked once here, for both places it may show: the card above the records, or the quiet line under the footer.
  const reportOffer = useReportOffer();

  const updatingLine = updating ? (
    <p class="muted popup-updating" role="status">
      {t('popupUpdating')}
    </p>
  ) : null;
  if (!cert) {
    return (
      <main class="popup empty" aria-busy={updating ? 'true' : undefined}>
        {updatingLine}
        <h1>{t('extName')}</h1>
        <p>{t('emptyState')}</p>
        <button type="button" class="button primary" onClick={openWelcome}>
          {t('setUp')}
        </button>
        <StorageNotice />
        <RecipeMissNotice />
        <PageReportCard offer={reportOffer} />
        <RecordsList records={records} report={report} />
        <PopupFooter />
        <PageReportLink offer={reportOffer} />
      </main>
    );
  }

  return (
    <main class="popup" aria-busy={updating ? 'true' : undefined}>
      {updatingLine}
      <CertificationHeader cert={cert} report={report} />
      <BestPath cert={cert} />
      <OtherPaths cert={cert} />
      {cert.nextSteps[0] ? <NextStepCard step={cert.nextSteps[0]} /> : null}
      <OtherCertifications report={report} focused={cert.certificationId} onFocus={setFocusedId} />
      <StorageNotice />
      <RecipeMissNotice />
      <PageReportCard offer={reportOffer} />
      <RecordsList records={records} report={report} />
      {report.certifications.some((c) => c.program === 'cisco') ? <ItemCatalogStatusLine /> : null}
      <PopupFooter />
      <PageReportLink offer={reportOffer} />
    </main>
  );
}

/** The ways out of the popup, there whether or not a certification is set. */
function PopupFooter() {
  const [problem, setProblem] = useState('');
  const capture = () =>
    capturePage().catch((error: unknown) => setProblem(t('captureFailed', [error instanceof Error ? error.message : String(error)])));
  return (
    <>
      {problem ? (
        <p role="alert" class="popup-problem">
          {problem}
        </p>
      ) : null}
      <footer class="popup-footer">
        <button type="button" class="button" onClick={() => void capture()}>
          {t('capturePage')}
        </button>
        <button type="button" class="button" onClick={importPdfs}>
          {t('importPdfs')}
        </button>
        <button type="button" class="button" onClick={openDashboard}>
          {t('openDashboard')}
        </button>
      </footer>
    </>
  );
}

function RecordsList({ records, report }: { records: CourseRecord[]; report: ProgressReport }) {
  return (
    <section class="records" aria-labelledby="latest-heading">
      <h2 id="latest-heading">{t('latestRecords')}</h2>
      {records.length === 0 ? (
        <p class="muted">{t('noRecords')}</p>
      ) : (
        <ul>
          {records.map((r) => (
            <RecordRow key={r.id} record={r} report={report} />
          ))}
        </ul>
      )}
    </section>
  );
}

type Loaded = { state: 'loading' } | { state: 'error'; message: string } | ({ state: 'ready' } & PopupProps);

/** The summary the worker kept at the last opening, for today; undefined when there is none (or no session storage). */
export async function storedSummary(): Promise<PopupSummary | undefined> {
  try {
    const stored = await extensionApi().storage.session.get(POPUP_SUMMARY_KEY);
    return summaryFor(stored[POPUP_SUMMARY_KEY], localToday());
  } catch {
    return undefined;
  }
}

const keptFrame = (summary: PopupSummary): Loaded => ({ state: 'ready', report: summary.report, records: summary.records, updating: true });

/**
 * The popup opens on the summary kept at its last opening, drawn at once and said to be updating, while the worker
 * (which may have to start first) answers with the current one. `initial`: the summary, when it was read before the
 * first render (main.tsx), so that the first frame already shows it; `kept`: its reading, when it was started then.
 */
export function PopupContainer({ initial, kept }: { initial?: PopupSummary; kept?: Promise<PopupSummary | undefined> }) {
  const [data, setData] = useState<Loaded>(() => (initial ? keptFrame(initial) : { state: 'loading' }));
  useEffect(() => {
    let answered = false;
    if (!initial) {
      void (kept ?? storedSummary()).then((summary) => {
        if (summary && !answered) setData(keptFrame(summary));
      });
    }
    sendMessage({ type: 'popup.summary' })
      .then(({ report, records }) => {
        answered = true;
        setData({ state: 'ready', report, records });
      })
      .catch((error: unknown) => {
        answered = true;
        setData({ state: 'error', message: error instanceof Error ? error.message : String(error) });
      });
  }, []);
  if (data.state === 'loading') return <main class="popup" aria-busy="true"><p class="muted">{t('popupLoading')}</p></main>;
  if (data.state === 'error') return <main class="popup"><p role="alert">{t('popupError', [data.message])}</p></main>;
  return <Popup report={data.report} records={data.records} updating={data.updating ?? false} />;
}
