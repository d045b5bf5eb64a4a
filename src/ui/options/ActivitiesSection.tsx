import { useEffect, useState } from 'preact/hooks';
import type { Activity } from '../../domain/activities';
import type { FieldError } from '../../domain/field-error';
import type { ItemCatalogStatus } from '../../domain/item-catalog';
import type { ProgressReport } from '../../domain/progress';
import type { ActivityInput } from '../../protocol/activities';
import { MessageError, sendMessage } from '../../send-message';
import { itemCatalogIsCurrent, itemCatalogStatusText } from '../item-catalog-status-text';
import { t } from '../../text/i18n';
import { ActivityForm, type AddActivityOutcome } from './ActivityForm';
import { ActivitiesTable, removeActivityButtonId } from './ActivitiesTable';
import { focusById } from '../components/focus';
import { NoticeBar, UNDO_BUTTON_ID, type Notice } from './Notice';
import { PlannerPanel } from './PlannerPanel';
import './activities.css';

interface Data {
  report: ProgressReport;
  items: Activity[];
  /** The CE Item Catalog, whose credits the planner counts for the Cisco activities it lists. */
  itemCatalog: ItemCatalogStatus | null;
}

type Loaded = { state: 'loading' } | { state: 'error'; message: string } | ({ state: 'ready' } & Data);

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function loadData(): Promise<Data> {
  const [report, items, itemCatalog] = await Promise.all([
    sendMessage({ type: 'progress.get' }),
    sendMessage({ type: 'activities.list' }),
    sendMessage({ type: 'itemCatalog.status' }),
  ]);
  return { report, items, itemCatalog };
}

/** "Catalogue and planner": the cheapest way to finish a held certification, and the activities it chooses from. */
export function ActivitiesSection({ headingId }: { headingId: string }) {
  const [data, setData] = useState<Loaded>({ state: 'loading' });
  const [notice, setNotice] = useState<Notice>();

  // Only the list changes here: the report (and with it the planner's choice of certification) stays as loaded.
  const reloadItems = () =>
    sendMessage({ type: 'activities.list' }).then((items) => setData((d) => (d.state === 'ready' ? { ...d, items } : d)));
  useEffect(() => {
    loadData()
      .then((loaded) => setData({ state: 'ready', ...loaded }))
      .catch((error: unknown) => setData({ state: 'error', message: errorMessage(error) }));
  }, []);

  const addItem = async (input: ActivityInput): Promise<AddActivityOutcome> => {
    try {
      const added = await sendMessage({ type: 'activities.add', item: input });
      await reloadItems();
      setNotice({ message: t('activityAdded', [added.title]) });
      return { status: 'added' };
    } catch (error) {
      if (error instanceof MessageError && error.code === 'invalid' && error.fields.length > 0) return { status: 'invalid', fields: error.fields };
      setNotice({ message: t('saveFailed', [errorMessage(error)]) });
      return { status: 'failed' };
    }
  };

  /** Problems the form has no field for (rare: the background's own checks): said in the notice, in its words. */
  const reportOtherProblems = (problems: FieldError[]) => setNotice({ message: t('saveFailed', [problems.map((p) => p.message).join('; ')]) });

  const removeItem = async (item: Activity) => {
    try {
      const removed = await sendMessage({ type: 'activities.delete', id: item.id });
      await reloadItems();
      const undo = async () => {
        try {
          const restored = await sendMessage({ type: 'activities.restore', item: removed });
          await reloadItems();
          setNotice({ message: t('activityRestored', [restored.title]) });
          focusById(removeActivityButtonId(restored.id));
        } catch (error) {
          setNotice({ message: t('saveFailed', [errorMessage(error)]) });
        }
      };
      setNotice({ message: t('activityRemoved', [removed.title]), undo: () => void undo() });
      // The row and its button are gone: Undo is the natural next stop for the keyboard.
      focusById(UNDO_BUTTON_ID);
    } catch (error) {
      setNotice({ message: t('saveFailed', [errorMessage(error)]) });
    }
  };

  const header = (
    <header class="section-head">
      <div>
        <h2 id={headingId} tabIndex={-1}>
          {t('sectionCatalogueHeading')}
        </h2>
        <p class="muted section-lead">{t('catalogueIntro')}</p>
      </div>
    </header>
  );

  if (data.state === 'loading') {
    return (
      <div aria-busy="true">
        {header}
        <p class="muted">{t('catalogueLoading')}</p>
      </div>
    );
  }
  if (data.state === 'error') {
    return (
      <div>
        {header}
        <p role="alert">{t('catalogueError', [data.message])}</p>
      </div>
    );
  }

  const { report, items, itemCatalog } = data;
  const planned = report.certifications.find((c) => c.certificationId === report.primaryId) ?? report.certifications[0];
  return (
    <div>
      {header}
      {report.certifications.some((c) => c.program === 'cisco') ? (
        <p class={`catalogue-status ${itemCatalogIsCurrent(itemCatalog) ? 'muted' : 'attention'}`} data-catalogue-status>
          {itemCatalogStatusText(itemCatalog)}
          {/* Each status but "not read yet" is a phrase without a full stop; the sentence after it needs one. */}
          {itemCatalog ? `. ${t('catalogueCountsCredits')}` : ''}
        </p>
      ) : null}
      <PlannerPanel report={report} items={items} />
      <section class="catalogue" aria-labelledby="activities-heading">
        <h3 id="activities-heading">{t('catalogueHeading')}</h3>
        <ActivitiesTable items={items} today={report.today} onRemove={(item) => void removeItem(item)} />
        <ActivityForm
          program={planned?.program ?? 'cisco'}
          creditUnit={planned?.unit ?? 'CE'}
          onAdd={addItem}
          onOtherProblems={reportOtherProblems}
        />
      </section>
      <NoticeBar notice={notice} onDismiss={() => setNotice(undefined)} />
    </div>
  );
}
