import type { CourseRecord } from '../../domain/schema';
import { StatusChip } from '../components/StatusChip';
import { formatDate, formatNumber } from '../format';
import { t } from '../i18n';
import { UNIT_KEY } from '../labels';
import { WindowNote } from '../components/WindowNote';

interface Props {
  records: readonly CourseRecord[];
  /** For each captured record's days left to submit. */
  window: { today: string; submissionWindowDays: number };
  onOpen: (record: CourseRecord, download: boolean) => void;
  onAttach: (record: CourseRecord, file: File) => void;
  onSubmit: (record: CourseRecord) => void;
}

export const attachInputId = (recordId: string) => `attach-pdf-${recordId}`;

/** The certificate cell: open or download the kept PDF, and attach one (another replaces it). */
function CertificateCell({ record, onOpen, onAttach }: { record: CourseRecord } & Pick<Props, 'onOpen' | 'onAttach'>) {
  const pick = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (file) onAttach(record, file);
    input.value = '';
  };
  return (
    <div class="certificate-cell">
      {record.certificateFileId ? (
        <>
          <button type="button" class="button small" onClick={() => onOpen(record, false)} aria-label={t('openPdfLabel', [record.title])}>
            {t('openPdf')}
          </button>
          <button type="button" class="button small" onClick={() => onOpen(record, true)} aria-label={t('downloadPdfLabel', [record.title])}>
            {t('downloadPdf')}
          </button>
        </>
      ) : null}
      {/* A real file input under a visible label: keyboard and screen readers reach it as they would any button. */}
      <label class="button small file-button">
        {record.certificateFileId ? t('replacePdf') : t('attachPdf')}
        <input id={attachInputId(record.id)} type="file" accept="application/pdf,.pdf" class="visually-hidden" aria-label={t('attachPdfLabel', [record.title])} onChange={pick} />
      </label>
    </div>
  );
}

/** Every record, most recently changed first, with its certificate. */
export function RecordsTable({ records, window, onOpen, onAttach, onSubmit }: Props) {
  if (records.length === 0) return <p class="muted">{t('recordsEmpty')}</p>;
  return (
    <table class="records-table">
      <thead>
        <tr>
          <th scope="col">{t('columnCourse')}</th>
          <th scope="col">{t('columnCompleted')}</th>
          <th scope="col" class="numeric">
            {t('columnCredits')}
          </th>
          <th scope="col">{t('columnStatus')}</th>
          <th scope="col">{t('columnCertificate')}</th>
        </tr>
      </thead>
      <tbody>
        {records.map((record) => (
          <tr key={record.id} data-record={record.id}>
            <th scope="row">
              {record.title}
              <span class="muted record-provider">{record.provider}</span>
            </th>
            <td>
              {record.endDate ? formatDate(record.endDate) : ''}
              <WindowNote record={record} report={window} />
            </td>
            <td class="numeric">{record.credits === undefined ? '' : `${formatNumber(record.credits)} ${t(UNIT_KEY[record.creditUnit])}`}</td>
            <td>
              <div class="status-cell">
                <StatusChip status={record.status} />
                {record.status === 'captured' || record.status === 'submitted' ? (
                  <button type="button" class="button small" aria-label={t('submitRecordLabel', [record.title])} onClick={() => onSubmit(record)}>
                    {t('submitRecord')}
                  </button>
                ) : null}
              </div>
            </td>
            <td>
              <CertificateCell record={record} onOpen={onOpen} onAttach={onAttach} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
