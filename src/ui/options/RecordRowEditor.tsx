/**
 * The course form on the dashboard: in place of a record's row to edit it, or above the table to add a course by
 * hand. The form is the one the confirmation page uses (components/CourseForm); this adds a heading, Cancel and
 * Escape, and takes the keyboard to the first field as it opens.
 */
import { useEffect } from 'preact/hooks';
import type { CourseRecord } from '../../domain/schema';
import type { ManualCaptureInput } from '../../protocol/shapes';
import { CourseForm } from '../components/CourseForm';
import { EMPTY_FORM, formFromRecord } from '../components/course-form-values';
import { t } from '../../text/i18n';
import { focusById } from '../components/focus';

interface PanelProps {
  /** Prefix of the fields' ids and of the heading's id: unique on the page. */
  idPrefix: string;
  heading: string;
  intro: string;
  initial: typeof EMPTY_FORM;
  withSourceUrl: boolean;
  /** Sends the fields; throws the background's MessageError, whose field problems the form shows at the fields. */
  save: (fields: ManualCaptureInput) => Promise<void>;
  onCancel: () => void;
}

function CourseFormPanel({ idPrefix, heading, intro, initial, withSourceUrl, save, onCancel }: PanelProps) {
  const headingId = `${idPrefix}-heading`;
  useEffect(() => focusById(`${idPrefix}-title`), [idPrefix]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    onCancel();
  };
  return (
    <div class="record-form panel" onKeyDown={onKeyDown}>
      <div class="record-form-head">
        <h4 id={headingId}>{heading}</h4>
        <button type="button" class="button subtle small" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
      <CourseForm labelledBy={headingId} idPrefix={idPrefix} initial={initial} intro={{ text: intro, notice: false }} withSourceUrl={withSourceUrl} save={save} />
    </div>
  );
}

export const editFormIdPrefix = (recordId: string) => `record-edit-${recordId}`;
export const ADD_FORM_ID_PREFIX = 'record-add';

/** Editing a stored record: what is saved goes through record.edit, which checks it as the confirmation page's does. */
export function RecordRowEditor({ record, save, onCancel }: { record: CourseRecord; save: (fields: ManualCaptureInput) => Promise<void>; onCancel: () => void }) {
  return (
    <CourseFormPanel
      idPrefix={editFormIdPrefix(record.id)}
      heading={t('recordEditTitle', [record.title])}
      intro={t('editRecordIntro')}
      initial={formFromRecord(record)}
      withSourceUrl={false}
      save={save}
      onCancel={onCancel}
    />
  );
}

/** Adding a course by hand: an empty form, saved through capture.confirm as a manual capture. */
export function AddRecordForm({ save, onCancel }: { save: (fields: ManualCaptureInput) => Promise<void>; onCancel: () => void }) {
  return (
    <CourseFormPanel idPrefix={ADD_FORM_ID_PREFIX} heading={t('recordAdd')} intro={t('recordAddIntro')} initial={EMPTY_FORM} withSourceUrl save={save} onCancel={onCancel} />
  );
}
