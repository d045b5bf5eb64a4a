import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CourseRecord, LinkedCatalogItem, Settings } from '../../domain/schema';
import type { ManualCaptureInput } from '../../protocol/shapes';
import { handOver, takeOver } from '../transfers';
import { PDF_TYPE } from '../../domain/vocabulary';
import { localToday } from '../../domain/dates';
import { peopleOf } from '../../domain/your-name';
import { sendMessage } from '../../send-message';
import { t, tCount } from '../../text/i18n';
import { focusById } from '../components/focus';
import { NoticeBar, UNDO_BUTTON_ID, type Notice } from './Notice';
import { PdfImportPanel } from './PdfImportPanel';
import { AddRecordForm, RecordRowEditor } from './RecordRowEditor';
import { RecordsTable, deleteButtonId, editButtonId } from './RecordsTable';
import { RecordsToolbar } from './RecordsToolbar';
import { DEFAULT_VIEW, isFiltered, nextSort, undoMarkEarned, viewRecords, type RecordsView } from './records-view';
import { saveBlob } from './save-file';
import { StorageNotice } from '../components/StorageNotice';
import './records.css';
import type { SaveCaptureResult } from '../../domain/records';

type Loaded = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; records: CourseRecord[]; settings: Settings };

const ADD_BUTTON_ID = 'records-add';
const MARK_EARNED_BUTTON_ID = 'records-mark-earned';

/** What adding a course did: a new record, or the same activity already on record (found by code, or title and date). */
function addedText({ outcome, record }: SaveCaptureResult): string {
  if (outcome === 'added') return t('recordAdded', [record.title]);
  return outcome === 'updated' ? t('recordAddUpdated', [record.title]) : t('recordAddUnchanged', [record.title]);
}

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Opens a stored certificate in a new tab, or saves it under its own name. */
async function openCertificate(record: CourseRecord, download: boolean): Promise<void> {
  if (!record.certificateFileId) return;
  const { file, transferId } = await sendMessage({ type: 'file.get', id: record.certificateFileId });
  const blob = await takeOver(transferId);
  saveBlob(new Blob([blob], { type: PDF_TYPE }), file.name, !download);
}

/** "Records": every activity on record with its certificate PDF, the import of certificate PDFs, and the records' upkeep. */
export function RecordsSection({ headingId }: { headingId: string }) {
  const [data, setData] = useState<Loaded>({ state: 'loading' });
  const [notice, setNotice] = useState<Notice>();
  const [view, setView] = useState<RecordsView>(DEFAULT_VIEW);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [editingId, setEditingId] = useState<string>();
  const [adding, setAdding] = useState(false);
  const [busy, setBusy] = useState(false);

  const load = () =>
    Promise.all([sendMessage({ type: 'records.list' }), sendMessage({ type: 'settings.get' })])
      .then(([records, settings]) => setData({ state: 'ready', records, settings }))
      .catch((error: unknown) => setData({ state: 'error', message: errorMessage(error) }));
  useEffect(() => void load(), []);

  /** After a change: the records as they now are (the settings stay as loaded). Never rejects. */
  const reloadRecords = () =>
    sendMessage({ type: 'records.list' })
      .then((records) => {
        setData((d) => (d.state === 'ready' ? { ...d, records } : d));
        const ids = new Set(records.map((r) => r.id));
        setSelected((s) => new Set([...s].filter((id) => ids.has(id))));
      })
      .catch((error: unknown) => setNotice({ message: t('recordsError', [errorMessage(error)]) }));

  const records = data.state === 'ready' ? data.records : [];
  const shown = useMemo(() => viewRecords(records, view), [records, view]);
  const chosen = shown.filter((r) => selected.has(r.id));
  const openingOrder = view.sort.by === DEFAULT_VIEW.sort.by && view.sort.dir === DEFAULT_VIEW.sort.dir;

  const fail = (error: unknown) => setNotice({ message: t('saveFailed', [errorMessage(error)]) });

  const attach = async (record: CourseRecord, file: File) => {
    try {
      if (data.state === 'ready' && file.size > data.settings.maxPdfMegabytes * 1024 * 1024) {
        setNotice({ message: t('pdfTooLarge', [file.name, String(data.settings.maxPdfMegabytes)]) });
        return;
      }
      await sendMessage({ type: 'file.attach', recordId: record.id, file: { name: file.name, type: PDF_TYPE, transferId: await handOver(file) } });
      await reloadRecords();
      setNotice({ message: t('pdfAttached', [file.name, record.title]) });
    } catch (error) {
      fail(error);
    }
  };

  const submit = (record: CourseRecord) => sendMessage({ type: 'record.submit', recordId: record.id }).catch(fail);

  const open = (record: CourseRecord, download: boolean) =>
    openCertificate(record, download).catch((error: unknown) => setNotice({ message: t('pdfOpenFailed', [errorMessage(error)]) }));

  const select = (ids: readonly string[], on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });

  /** Puts back the statuses "Mark earned" changed, unless something else changed them since. */
  const undoMarkEarnedAll = async (marked: ReadonlyArray<{ before: CourseRecord; after: CourseRecord }>) => {
    try {
      const now = new Map((await sendMessage({ type: 'records.list' })).map((r) => [r.id, r]));
      let restored = 0;
      for (const { before, after } of marked) {
        const back = undoMarkEarned(before, after, now.get(before.id));
        if (!back) continue;
        await sendMessage({ type: 'record.restore', record: back });
        restored += 1;
      }
      await reloadRecords();
      setSelected(new Set(marked.map((m) => m.before.id)));
      setNotice({ message: tCount(restored, { oneKey: 'recordsStatusRestoredOne', otherKey: 'recordsStatusRestored' }, [restored]) });
      focusById(MARK_EARNED_BUTTON_ID);
    } catch (error) {
      await reloadRecords();
      fail(error);
    }
  };

  const markEarned = async () => {
    const targets = chosen.filter((r) => r.status !== 'earned');
    if (targets.length === 0) {
      setNotice({ message: t('recordsAlreadyEarned') });
      return;
    }
    setBusy(true);
    const marked: Array<{ before: CourseRecord; after: CourseRecord }> = [];
    let failure: unknown;
    for (const before of targets) {
      try {
        marked.push({ before, after: await sendMessage({ type: 'record.update', id: before.id, patch: { status: 'earned' } }) });
      } catch (error) {
        failure ??= error;
      }
    }
    await reloadRecords();
    setBusy(false);
    const done = tCount(marked.length, { oneKey: 'recordsMarkedEarnedOne', otherKey: 'recordsMarkedEarned' }, [marked.length]);
    const message = failure === undefined ? done : `${done} ${t('saveFailed', [errorMessage(failure)])}`;
    if (marked.length === 0) {
      setNotice({ message });
      return;
    }
    setSelected(new Set());
    setNotice({ message, undo: () => void undoMarkEarnedAll(marked) });
    // The selection is cleared, so Mark earned is disabled: Undo is the next stop for the keyboard.
    focusById(UNDO_BUTTON_ID);
  };

  const remove = async (record: CourseRecord) => {
    try {
      const removed = await sendMessage({ type: 'record.delete', id: record.id });
      if (editingId === record.id) setEditingId(undefined);
      await reloadRecords();
      const undo = async () => {
        try {
          const restored = await sendMessage({ type: 'record.restore', record: removed });
          await reloadRecords();
          setNotice({ message: t('recordRestored', [restored.title]) });
          focusById(deleteButtonId(restored.id));
        } catch (error) {
          fail(error);
        }
      };
      setNotice({ message: t('recordDeleted', [removed.title]), undo: () => void undo() });
      // The row and its button are gone: Undo is the natural next stop for the keyboard.
      focusById(UNDO_BUTTON_ID);
    } catch (error) {
      fail(error);
    }
  };

  const closeEditor = (recordId: string) => {
    setEditingId(undefined);
    focusById(editButtonId(recordId));
  };

  const saveEdit = async (record: CourseRecord, fields: ManualCaptureInput) => {
    // A refusal (field problems) goes back to the form, which shows each at its field.
    const updated = await sendMessage({ type: 'record.edit', id: record.id, fields });
    await reloadRecords();
    setNotice({ message: t('recordEdited', [updated.title]) });
    closeEditor(record.id);
  };

  const chooseItem = async (record: CourseRecord, item: LinkedCatalogItem) => {
    try {
      await sendMessage({ type: 'record.chooseItemCatalogEntry', id: record.id, item });
      await reloadRecords();
      setNotice({ message: t('catalogueItemChosen', [record.title, item.name]) });
      focusById(editButtonId(record.id));
    } catch (error) {
      fail(error);
    }
  };

  const closeAdd = () => {
    setAdding(false);
    focusById(ADD_BUTTON_ID);
  };

  const saveAdd = async (fields: ManualCaptureInput) => {
    const result = await sendMessage({ type: 'capture.confirm', fields });
    await reloadRecords();
    setNotice({ message: addedText(result) });
    closeAdd();
  };

  const editing = editingId ? records.find((r) => r.id === editingId) : undefined;

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
          <StorageNotice />
          <PdfImportPanel maxMegabytes={data.settings.maxPdfMegabytes} people={peopleOf(data.settings)} onSaved={() => void reloadRecords()} />
          <section class="records" aria-labelledby="records-list-heading">
            <div class="records-head">
              <h3 id="records-list-heading">{t('recordsListHeading')}</h3>
              {adding ? null : (
                <button type="button" class="button" id={ADD_BUTTON_ID} onClick={() => setAdding(true)}>
                  {t('recordAdd')}
                </button>
              )}
            </div>
            {adding ? <AddRecordForm save={saveAdd} onCancel={closeAdd} /> : null}
            {records.length === 0 ? (
              <p class="muted">{t('recordsEmpty')}</p>
            ) : (
              <>
                <RecordsToolbar
                  filter={view.filter}
                  onFilter={(change) => setView((v) => ({ ...v, filter: { ...v.filter, ...change(v.filter) } }))}
                  onReset={isFiltered(view.filter) || !openingOrder ? () => setView(DEFAULT_VIEW) : undefined}
                  shown={shown.length}
                  total={records.length}
                  recentFirst={openingOrder}
                />
                <div class="records-bulk">
                  <span>{tCount(chosen.length, { oneKey: 'recordsSelectedOne', otherKey: 'recordsSelected' }, [chosen.length])}</span>
                  <button type="button" class="button" id={MARK_EARNED_BUTTON_ID} disabled={chosen.length === 0 || busy} onClick={() => void markEarned()}>
                    {t('recordsMarkEarned')}
                  </button>
                </div>
                {shown.length === 0 ? (
                  <p class="muted records-no-match">{t('recordsNoMatch')}</p>
                ) : (
                  <RecordsTable
                    records={shown}
                    sort={view.sort}
                    onSort={(by) => setView((v) => ({ ...v, sort: nextSort(v.sort, by) }))}
                    selected={selected}
                    onSelect={select}
                    editing={editing && { recordId: editing.id, editor: <RecordRowEditor record={editing} save={(fields) => saveEdit(editing, fields)} onCancel={() => closeEditor(editing.id)} /> }}
                    window={{ today: localToday(), submissionWindowDays: data.settings.submissionWindowDays }}
                    onOpen={open}
                    onAttach={(record, file) => void attach(record, file)}
                    onSubmit={(record) => void submit(record)}
                    onEdit={(record) => setEditingId(record.id)}
                    onDelete={(record) => void remove(record)}
                    onChooseItem={(record, item) => void chooseItem(record, item)}
                  />
                )}
              </>
            )}
          </section>
        </>
      ) : null}
      <NoticeBar notice={notice} onDismiss={() => setNotice(undefined)} />
    </div>
  );
}
