/**
 * The extension page where the user picks the record to fill the CE portal's form with. The portal's in-page button
 * only opens this page: the choice is made here, in extension UI, so the portal never sees the list of records,
 * nor any record but the one chosen. Only Cisco records waiting to be claimed are offered.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { claimName } from '../../domain/item-catalog-link';
import type { CourseRecord } from '../../domain/schema';
import { extensionApi } from '../../extension-api';
import { sendMessage } from '../../send-message';
import { StatusChip } from '../components/StatusChip';
import { formatDate, formatNumber } from '../../text/format';
import { t } from '../../text/i18n';
import { UNIT_KEY } from '../../text/labels';
import { matchesSearch, submittableRecords } from './submittable';

const SHOWN_AT_MOST = 50;

type Load = { state: 'loading' } | { state: 'ready'; records: CourseRecord[] } | { state: 'error'; message: string };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Closes this tab once the form is being filled: the portal tab has been brought forward. */
async function closeThisTab(): Promise<void> {
  const api = extensionApi();
  const tab = await api.tabs.getCurrent();
  if (tab?.id !== undefined) await api.tabs.remove(tab.id);
  else window.close();
}

export interface FillChooserProps {
  /** The portal tab to fill; absent when the page was opened without one (then there is nothing to fill). */
  portalTabId?: number;
  records: CourseRecord[];
  onChoose: (record: CourseRecord) => Promise<void>;
}

export function FillChooser({ portalTabId, records, onChoose }: FillChooserProps) {
  const [query, setQuery] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const offered = useMemo(() => submittableRecords(records), [records]);
  const shown = offered.filter((r) => matchesSearch(r, query)).slice(0, SHOWN_AT_MOST);

  const choose = async (record: CourseRecord) => {
    setBusy(true);
    setProblem(undefined);
    try {
      await onChoose(record);
    } catch (error) {
      setProblem(t('chooserFailed', [messageOf(error)]));
      setBusy(false);
    }
  };

  return (
    <main class="chooser">
      <h1>{t('chooserHeading')}</h1>
      <p class="muted">{t('chooserIntro')}</p>
      {portalTabId === undefined ? (
        <p role="alert" class="chooser-problem">
          {t('chooserNoTab')}
        </p>
      ) : null}
      {problem ? (
        <p role="alert" class="chooser-problem">
          {problem}
        </p>
      ) : null}
      <label class="chooser-search">
        <span>{t('fillSearch')}</span>
        <input type="search" value={query} onInput={(event) => setQuery((event.target as HTMLInputElement).value)} />
      </label>
      {shown.length === 0 ? (
        <p class="muted">{offered.length === 0 ? t('chooserNone') : t('fillNoRecords')}</p>
      ) : (
        <ul class="chooser-list">
          {shown.map((record) => (
            <li key={record.id} class="chooser-record" data-record={record.id}>
              <div class="chooser-main">
                <span class="chooser-title">{claimName(record)}</span>
                <span class="muted">
                  {record.credits !== undefined ? `${formatNumber(record.credits)} ${t(UNIT_KEY[record.creditUnit])}` : t('noCredits')}
                  {record.endDate ? ` · ${formatDate(record.endDate)}` : ''}
                  {record.certificateFileId ? ` · ${t('chooserHasPdf')}` : ''}
                </span>
              </div>
              <StatusChip status={record.status} />
              <button
                type="button"
                class="button primary small"
                disabled={busy || portalTabId === undefined}
                aria-label={t('chooserFillLabel', [claimName(record)])}
                onClick={() => void choose(record)}
              >
                {t('chooserFill')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}

/** Loads the records, and on a choice has the portal tab filled with it, then closes. */
export function FillChooserContainer({ portalTabId }: { portalTabId?: number }) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  useEffect(() => {
    sendMessage({ type: 'records.list' }).then(
      (records) => setLoad({ state: 'ready', records }),
      (error: unknown) => setLoad({ state: 'error', message: messageOf(error) }),
    );
  }, []);
  if (load.state === 'loading') return <main class="chooser" aria-busy="true" />;
  if (load.state === 'error') {
    return (
      <main class="chooser">
        <h1>{t('chooserHeading')}</h1>
        <p role="alert" class="chooser-problem">
          {t('recordsError', [load.message])}
        </p>
      </main>
    );
  }
  const onChoose = async (record: CourseRecord) => {
    if (portalTabId === undefined) return;
    await sendMessage({ type: 'record.submit', recordId: record.id, tabId: portalTabId });
    await closeThisTab();
  };
  return <FillChooser portalTabId={portalTabId} records={load.records} onChoose={onChoose} />;
}
