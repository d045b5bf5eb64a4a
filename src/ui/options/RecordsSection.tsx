import { useEffect, useState } from 'preact/hooks';
import type { CourseRecord, Settings } from '../../domain/schema';
import { base64ToBytes, bytesToBase64 } from '../../base64';
import { PDF_TYPE } from '../../domain/vocabulary';
import { localToday } from '../../domain/dates';
import { sendMessage } from '../../send-message';
import { t } from '../i18n';
import { NoticeBar, type Notice } from './Notice';
import { PdfImportPanel } from './PdfImportPanel';
import { RecordsTable } from './RecordsTable';
import { saveBlob } from './save-file';
import './records.css';

type Loaded = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; records: CourseRecord[]; settings: Settings };

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Opens a stored certificate in a new tab, or saves it under its own name. */
async function openCertificate(record: CourseRecord, download: boolean): Promise<void> {
  if (!record.certificateFileId) return;
  const { file, base64 } = await sendMessage({ type: 'file.get', id: record.certificateFileId });
  saveBlob(new Blob([base64ToBytes(base64) as Uint8Array<ArrayBuffer>], { type: PDF_TYPE }), file.name, !download);
}

/** "Records": every activity on record with its certificate PDF, and the import of certificate PDFs. */
export function RecordsSection({ headingId }: { headingId: string }) {
  const [data, setData] = useState<Loaded>({ state: 'loading' });
  const [notice, setNotice] = useState<Notice>();

  const load = () =>
    Promise.all([sendMessage({ type: 'records.list' }), sendMessage({ type: 'settings.get' })])
      .then(([records, settings]) => setData({ state: 'ready', records, settings }))
      .catch((error: unknown) => setData({ state: 'error', message: errorMessage(error) }));
  useEffect(() => void load(), []);

  const attach = async (record: CourseRecord, file: File) => {
    try {
      if (data.state === 'ready' && file.size > data.settings.maxPdfMegabytes * 1024 * 1024) {
        setNotice({ message: t('pdfTooLarge', [file.name, String(data.settings.maxPdfMegabytes)]) });
        return;
      }
      const bytes = new Uint8Array(await file.arrayBuffer());
      await sendMessage({ type: 'file.attach', recordId: record.id, file: { name: file.name, type: PDF_TYPE, base64: bytesToBase64(bytes) } });
      await load();
      setNotice({ message: t('pdfAttached', [file.name, record.title]) });
    } catch (error) {
      setNotice({ message: t('saveFailed', [errorMessage(error)]) });
    }
  };

  const submit = (record: CourseRecord) =>
    sendMessage({ type: 'record.submit', recordId: record.id }).catch((error: unknown) => setNotice({ message: t('saveFailed', [errorMessage(error)]) }));

  const open = (record: CourseRecord, download: boolean) =>
    openCertificate(record, download).catch((error: unknown) => setNotice({ message: t('pdfOpenFailed', [errorMessage(error)]) }));

  return (
    <div aria-busy={data.state === 'loading' ? 'true' : undefined}>
      <header class="section-head">
        <div>
          <h2 id={headingId} tabIndex={-1}>
            {t('sectionRecordsHeading')}
          </h2>
          <p class="muted section-lead">{t('recordsIntro')}</p>
        </div>
      </header>
      {data.state === 'loading' ? <p class="muted">{t('loading')}</p> : null}
      {data.state === 'error' ? <p role="alert">{t('recordsError', [data.message])}</p> : null}
      {data.state === 'ready' ? (
        <>
          <PdfImportPanel maxMegabytes={data.settings.maxPdfMegabytes} onSaved={() => void load()} />
          <section class="records" aria-labelledby="records-list-heading">
            <h3 id="records-list-heading">{t('recordsListHeading')}</h3>
            <RecordsTable records={data.records} window={{ today: localToday(), submissionWindowDays: data.settings.submissionWindowDays }} onOpen={open} onAttach={(record, file) => void attach(record, file)} onSubmit={(record) => void submit(record)} />
          </section>
        </>
      ) : null}
      <NoticeBar notice={notice} onDismiss={() => setNotice(undefined)} />
    </div>
  );
}
