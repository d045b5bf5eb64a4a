import type { ComponentChildren } from 'preact';
import type { CourseRecord, LinkedCatalogItem } from '../../domain/schema';
import { isSubmittableToCePortal } from '../../domain/records';
import { StatusChip } from '../components/StatusChip';
import { WindowNote } from '../components/WindowNote';
import { formatDate, formatNumber } from '../../text/format';
import { t } from '../../text/i18n';
import { UNIT_KEY } from '../../text/labels';
import { RecordItemCatalogLink } from './RecordItemCatalogLink';
import type { RecordsSort, SortKey } from './records-view';

interface Props {
  /** The records to show, already filtered and sorted. */
  records: readonly CourseRecord[];
  sort: RecordsSort;
  onSort: (by: SortKey) => void;
  /** Ids of the ticked rows. */
  selected: ReadonlySet<string>;
  onSelect: (ids: readonly string[], on: boolean) => void;
  /** The record whose row shows the course form instead, and that form. */
  editing?: { recordId: string; editor: ComponentChildren };
  /** For each captured record's days left to submit. */
  window: { today: string; submissionWindowDays: number };
  onOpen: (record: CourseRecord, download: boolean) => void;
  onAttach: (record: CourseRecord, file: File) => void;
  onSubmit: (record: CourseRecord) => void;
  onEdit: (record: CourseRecord) => void;
  onDelete: (record: CourseRecord) => void;
  onChooseItem: (record: CourseRecord, item: LinkedCatalogItem) => void;
}

export const attachInputId = (recordId: string) => `attach-pdf-${recordId}`;
export const editButtonId = (recordId: string) => `edit-record-${recordId}`;
export const deleteButtonId = (recordId: string) => `delete-record-${recordId}`;
export const SELECT_ALL_ID = 'records-select-all';

/** Selection, course, completed, credits, status, certificate, actions. */
const COLUMN_COUNT = 7;

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

/** A column header that sorts by its column; aria-sort on the header says which way, the arrow shows it. */
function SortHeader({ by, labelKey, sort, onSort, numeric }: { by: SortKey; labelKey: string; sort: RecordsSort; onSort: (by: SortKey) => void; numeric?: boolean }) {
  const active = sort.by === by;
  return (
    <th scope="col" class={numeric ? 'numeric' : undefined} aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
      <button type="button" class="sort-button" onClick={() => onSort(by)}>
        {t(labelKey)}
      </button>
    </th>
  );
}

/** The box that ticks every shown row: ticked when all are, mixed when some are. */
function SelectAll({ records, selected, onSelect }: Pick<Props, 'records' | 'selected' | 'onSelect'>) {
  const count = records.filter((r) => selected.has(r.id)).length;
  return (
    <input
      id={SELECT_ALL_ID}
      type="checkbox"
      aria-label={t('recordsSelectAll')}
      checked={count > 0 && count === records.length}
      indeterminate={count > 0 && count < records.length}
      onChange={(e) => onSelect(records.map((r) => r.id), e.currentTarget.checked)}
    />
  );
}

function RecordRow({ record, checked, ...props }: { record: CourseRecord; checked: boolean } & Pick<Props, 'window' | 'onSelect' | 'onOpen' | 'onAttach' | 'onSubmit' | 'onEdit' | 'onDelete' | 'onChooseItem'>) {
  return (
    <tr data-record={record.id} class={checked ? 'selected' : undefined}>
      <td class="select-cell">
        <input type="checkbox" aria-label={t('recordSelect', [record.title])} checked={checked} onChange={(e) => props.onSelect([record.id], e.currentTarget.checked)} />
      </td>
      <th scope="row">
        {record.title}
        <span class="muted record-provider">{record.provider}</span>
        <RecordItemCatalogLink record={record} onChoose={props.onChooseItem} />
      </th>
      <td>
        {record.endDate ? formatDate(record.endDate) : ''}
        <WindowNote record={record} report={props.window} />
      </td>
      <td class="numeric">{record.credits === undefined ? '' : `${formatNumber(record.credits)} ${t(UNIT_KEY[record.creditUnit])}`}</td>
      <td>
        <div class="status-cell">
          <StatusChip status={record.status} />
          {isSubmittableToCePortal(record) ? (
            <button type="button" class="button small" aria-label={t('submitRecordLabel', [record.title])} onClick={() => props.onSubmit(record)}>
              {t('submitRecord')}
            </button>
          ) : null}
        </div>
      </td>
      <td>
        <CertificateCell record={record} onOpen={props.onOpen} onAttach={props.onAttach} />
      </td>
      <td>
        <div class="record-actions">
          <button type="button" class="button subtle small" id={editButtonId(record.id)} aria-label={t('recordEditTitle', [record.title])} onClick={() => props.onEdit(record)}>
            {t('edit')}
          </button>
          <button type="button" class="button subtle small" id={deleteButtonId(record.id)} aria-label={t('recordDeleteLabel', [record.title])} onClick={() => props.onDelete(record)}>
            {t('recordDelete')}
          </button>
        </div>
      </td>
    </tr>
  );
}

/** The records the toolbar lets through, in the order the headers ask for, each with its certificate and actions. */
export function RecordsTable({ records, sort, onSort, selected, editing, ...rowProps }: Props) {
  return (
    <table class="records-table">
      <thead>
        <tr>
          <th scope="col" class="select-cell">
            <SelectAll records={records} selected={selected} onSelect={rowProps.onSelect} />
          </th>
          <SortHeader by="title" labelKey="columnCourse" sort={sort} onSort={onSort} />
          <SortHeader by="endDate" labelKey="columnCompleted" sort={sort} onSort={onSort} />
          <SortHeader by="credits" labelKey="columnCredits" sort={sort} onSort={onSort} numeric />
          <SortHeader by="status" labelKey="columnStatus" sort={sort} onSort={onSort} />
          <th scope="col">{t('columnCertificate')}</th>
          <th scope="col">
            <span class="visually-hidden">{t('columnActions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {records.map((record) =>
          editing?.recordId === record.id ? (
            <tr key={record.id} data-record={record.id} class="editing">
              <td colSpan={COLUMN_COUNT}>{editing.editor}</td>
            </tr>
          ) : (
            <RecordRow key={record.id} record={record} checked={selected.has(record.id)} {...rowProps} />
          ),
        )}
      </tbody>
    </table>
  );
}
