import type preact from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ManualDraft } from '../../capture/page-scan';
import type { SaveCaptureResult } from '../../store/records';
import { extensionApi } from '../../extension-api';
import { peopleOf } from '../../domain/your-name';
import { sendMessage } from '../../send-message';
import { CourseForm } from '../components/CourseForm';
import { t } from '../i18n';
import { bestCapture, formFromDraft, formFromRecord } from './confirm-form';

const SAVED_KEY = { added: 'toastSaved', updated: 'toastUpdated', unchanged: 'toastAlreadySaved' } as const;

type PageState<T> = { phase: 'loading' } | { phase: 'missing' } | { phase: 'form'; data: T } | { phase: 'saved'; headingKey: string; title: string };

interface FormPageProps<T> {
  titleKey: string;
  /** Shown when load() fails: the draft or record is gone. */
  missingKey: string;
  load: () => Promise<T>;
  /** The form for what was loaded; it calls saved() with the confirmation's heading key and the course's title. */
  form: (data: T, saved: (confirmation: { headingKey: string; title: string }) => void) => preact.ComponentChild;
}

/** Both pages of this tab: load something, show the form for it, then confirm the save. */
function FormPage<T>({ titleKey, missingKey, load, form }: FormPageProps<T>) {
  const [state, setState] = useState<PageState<T>>({ phase: 'loading' });
  useEffect(() => {
    load()
      .then((data) => setState({ phase: 'form', data }))
      .catch(() => setState({ phase: 'missing' }));
  }, [load]);

  return (
    <main class="confirm-capture">
      <h1 id="confirm-heading">{t(titleKey)}</h1>
      {state.phase === 'loading' ? <p class="muted">{t('loading')}</p> : null}
      {state.phase === 'missing' ? <p role="alert">{t(missingKey)}</p> : null}
      {state.phase === 'form' ? form(state.data, ({ headingKey, title }) => setState({ phase: 'saved', headingKey, title })) : null}
      {state.phase === 'saved' ? (
        <div role="status" class="panel">
          <p>
            <strong>{t(state.headingKey)}</strong> · {state.title}
          </p>
          <button type="button" class="button" onClick={() => void openDashboard()}>
            {t('openDashboard')}
          </button>
        </div>
      ) : null}
    </main>
  );
}

/**
 * The page a manual capture took, read here: every adapter serving its address and the generic reader, with the
 * user's own name kept out of the title. Without the settings the page is still read, as without a name.
 */
async function loadDraft(draftId: string): Promise<ManualDraft> {
  const [draft, settings, readers] = await Promise.all([
    sendMessage({ type: 'capture.draft', id: draftId }),
    sendMessage({ type: 'settings.get' }).catch(() => undefined),
    import('./page-readers'),
  ]);
  return readers.readDraft(draft, settings ? peopleOf(settings) : []);
}

/** The confirmation form of a manual capture: loads the draft the URL fragment names. */
export function ConfirmCapture({ draftId }: { draftId: string }) {
  const load = useCallback(() => loadDraft(draftId), [draftId]);
  return (
    <FormPage
      titleKey="confirmCaptureTitle"
      missingKey="confirmDraftMissing"
      load={load}
      form={(draft, saved) => <ConfirmForm draft={draft} onSaved={(result) => saved({ headingKey: SAVED_KEY[result.outcome], title: result.record.title })} />}
    />
  );
}

async function openDashboard(): Promise<void> {
  await extensionApi().runtime.openOptionsPage();
}

/** The confirmation form for a manual capture's draft. */
export function ConfirmForm({ draft, onSaved }: { draft: ManualDraft; onSaved: (result: SaveCaptureResult) => void }) {
  const nothingFound = !bestCapture(draft);
  return (
    <CourseForm
      labelledBy="confirm-heading"
      initial={formFromDraft(draft)}
      intro={nothingFound ? { text: t('confirmNothingFound'), notice: true } : { text: t('confirmCheckFound'), notice: false }}
      save={async (fields) => onSaved(await sendMessage({ type: 'capture.confirm', fields }))}
    />
  );
}

/** The same form on a stored record: the toast's Edit opens it (#record=<id>). */
export function RecordEditor({ recordId }: { recordId: string }) {
  const load = useCallback(() => sendMessage({ type: 'record.get', id: recordId }), [recordId]);
  return (
    <FormPage
      titleKey="editRecordTitle"
      missingKey="editRecordMissing"
      load={load}
      form={(record, saved) => (
        <CourseForm
          labelledBy="confirm-heading"
          initial={formFromRecord(record)}
          intro={{ text: t('editRecordIntro'), notice: false }}
          withSourceUrl={false}
          save={async (fields) => {
            const updated = await sendMessage({ type: 'record.edit', id: recordId, fields });
            saved({ headingKey: 'editRecordSaved', title: updated.title });
          }}
        />
      )}
    />
  );
}
