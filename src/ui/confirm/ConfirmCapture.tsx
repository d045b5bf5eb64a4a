import type preact from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ManualDraft } from '../../capture/page-scan';
import { CheckboxField } from '../components/CheckboxField';
import { askForSite, giveBackSite, improveFromEdit, teachableSite, teachSite, type PageReaders, type TeachableSite } from './teach-site';
import { extensionApi } from '../../extension-api';
import { peopleOf } from '../../domain/your-name';
import { sendMessage } from '../../send-message';
import { CourseForm } from '../components/CourseForm';
import { t } from '../../text/i18n';
import { bestCapture, formFromDraft, formFromRecord } from '../components/course-form-values';
import type { PageSnapshot } from '../../domain/page-snapshot';
import type { SaveCaptureResult } from '../../domain/records';

/** The offer to teach a page's site: a new site, or one taught before. */
const TEACH_KEYS = { offerKey: 'teachSiteOffer', hintKey: 'teachSiteOfferHint', improveKey: 'teachSiteImprove' };

const SAVED_KEY = { added: 'toastSaved', updated: 'toastUpdated', unchanged: 'toastAlreadySaved' } as const;

/** What the confirmation says after the save: its heading, the course's title, and a sentence on the site taught. */
interface Confirmation {
  headingKey: string;
  title: string;
  note?: string;
}

type PageState<T> = { phase: 'loading' } | { phase: 'missing' } | { phase: 'form'; data: T } | ({ phase: 'saved' } & Confirmation);

interface FormPageProps<T> {
  titleKey: string;
  /** Shown when load() fails: the draft or record is gone. */
  missingKey: string;
  load: () => Promise<T>;
  /** The form for what was loaded; it calls saved() with the confirmation's heading key and the course's title. */
  form: (data: T, saved: (confirmation: Confirmation) => void) => preact.ComponentChild;
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
      {state.phase === 'form' ? form(state.data, (confirmation) => setState({ phase: 'saved', ...confirmation })) : null}
      {state.phase === 'saved' ? (
        <div role="status" class="panel">
          <p>
            <strong>{t(state.headingKey)}</strong> · {state.title}
          </p>
          {state.note ? <p class="teach-note">{state.note}</p> : null}
          <button type="button" class="button" onClick={() => void openDashboard()}>
            {t('openDashboard')}
          </button>
        </div>
      ) : null}
    </main>
  );
}

/** A manual capture's draft as the form needs it: read, with the page itself and its site, if it can be taught. */
export interface LoadedDraft {
  draft: ManualDraft;
  page: PageSnapshot;
  site?: TeachableSite;
  readers: PageReaders;
}

/**
 * The page a manual capture took, read here: every adapter serving its address and the generic reader, with the
 * user's own name kept out of the title. Without the settings the page is still read, as without a name.
 */
async function loadDraft(draftId: string): Promise<LoadedDraft> {
  const [raw, settings, readers] = await Promise.all([
    sendMessage({ type: 'capture.draft', id: draftId }),
    sendMessage({ type: 'settings.get' }).catch(() => undefined),
    import('./page-readers'),
  ]);
  const draft = readers.readDraft(raw, settings ? peopleOf(settings) : []);
  return { draft, page: raw.page, readers, site: await teachableSite(raw.page.url, readers) };
}

/** The confirmation form of a manual capture: loads the draft the URL fragment names. */
export function ConfirmCapture({ draftId }: { draftId: string }) {
  const load = useCallback(() => loadDraft(draftId), [draftId]);
  return (
    <FormPage
      titleKey="confirmCaptureTitle"
      missingKey="confirmDraftMissing"
      load={load}
      form={(loaded, saved) => (
        <ConfirmForm
          loaded={loaded}
          onSaved={(result, taught) => saved({ headingKey: SAVED_KEY[result.outcome], title: result.record.title, ...(taught ? { note: taught } : {}) })}
        />
      )}
    />
  );
}

async function openDashboard(): Promise<void> {
  await extensionApi().runtime.openOptionsPage();
}

/**
 * The confirmation form for a manual capture's draft. On a site no adapter reads, it offers to teach the site: the
 * browser is asked for the site on the Save click itself, then the recipe is learned from the values saved.
 */
export function ConfirmForm({ loaded, onSaved }: { loaded: LoadedDraft; onSaved: (result: SaveCaptureResult, taught?: string) => void }) {
  const { draft, site } = loaded;
  const nothingFound = !bestCapture(draft);
  // Never ticked for the user: a page of a taught site may be of another kind (a transcript), and would teach that.
  const [teach, setTeach] = useState(false);
  return (
    <CourseForm
      labelledBy="confirm-heading"
      initial={formFromDraft(draft)}
      intro={nothingFound ? { text: t('confirmNothingFound'), notice: true } : { text: t('confirmCheckFound'), notice: false }}
      save={async (fields) => {
        const allowed = site && teach ? askForSite(site.origin) : undefined;
        let result: SaveCaptureResult;
        try {
          result = await sendMessage({ type: 'capture.confirm', fields });
        } catch (error) {
          // The course was refused (a field to correct): nothing is taught with the permission just asked for.
          if (site && allowed) void allowed.then(() => giveBackSite(site));
          throw error;
        }
        onSaved(result, site && allowed ? await teachSite(allowed, site, loaded, result.record) : undefined);
      }}
    >
      {site ? (
        <CheckboxField
          id="capture-teach"
          labelKey={site.recipe ? TEACH_KEYS.improveKey : TEACH_KEYS.offerKey}
          hintKey={site.recipe ? undefined : TEACH_KEYS.hintKey}
          substitutions={[site.host]}
          checked={teach}
          onChecked={setTeach}
        />
      ) : null}
    </CourseForm>
  );
}

/**
 * The same form on a stored record: the toast's Edit opens it (#record=<id>). On a taught site's record it comes
 * with the page (&teach=<draft id>), and the correction improves the site's recipe.
 */
export function RecordEditor({ recordId, teachDraftId }: { recordId: string; teachDraftId?: string }) {
  // The page is fetched with the record, at once: the worker keeps a draft only while it runs.
  const load = useCallback(
    async () => ({
      record: await sendMessage({ type: 'record.get', id: recordId }),
      draft: teachDraftId ? await sendMessage({ type: 'capture.draft', id: teachDraftId }).catch(() => undefined) : undefined,
    }),
    [recordId, teachDraftId],
  );
  return (
    <FormPage
      titleKey="editRecordTitle"
      missingKey="editRecordMissing"
      load={load}
      form={({ record, draft }, saved) => (
        <CourseForm
          labelledBy="confirm-heading"
          initial={formFromRecord(record)}
          intro={{ text: t('editRecordIntro'), notice: false }}
          withSourceUrl={false}
          save={async (fields) => {
            const updated = await sendMessage({ type: 'record.edit', id: recordId, fields });
            // The record is saved whatever becomes of the recipe.
            const note = draft ? await improveFromEdit(draft, updated).catch(() => undefined) : undefined;
            saved({ headingKey: 'editRecordSaved', title: updated.title, ...(note ? { note } : {}) });
          }}
        />
      )}
    />
  );
}
