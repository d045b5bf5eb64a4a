import { useEffect, useState } from 'preact/hooks';
import type { CreditTimeline } from '../../domain/credit-timeline';
import { emptyCertificationForm, formFromCertification } from '../../domain/certification-form';
import type { ProgressReport } from '../../domain/progress';
import type { Certification, Exam } from '../../domain/schema';
import { CERT_LEVELS, PROGRAMS } from '../../domain/vocabulary';
import { sendMessage } from '../../send-message';
import { t } from '../../text/i18n';
import { CertificationCard, editButtonId } from './CertificationCard';
import { CertificationForm } from '../components/CertificationForm';
import { ExamsPanel, removeExamButtonId } from './ExamsPanel';
import { focusById } from '../components/focus';
import { NoticeBar, UNDO_BUTTON_ID, type Notice } from './Notice';

interface Data {
  certifications: Certification[];
  report: ProgressReport;
  exams: Exam[];
  timelines: CreditTimeline[];
}

type Loaded = { state: 'loading' } | { state: 'error'; message: string } | ({ state: 'ready' } & Data);

/** The form is open to add a new certification (under a fresh id) or to edit a held one. */
type Editing = { kind: 'add'; id: string } | { kind: 'edit'; cert: Certification };

const ADD_BUTTON_ID = 'add-certification';

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Program by program in the order the form lists them, highest level first, then by name. */
function byProgramAndLevel(a: Certification, b: Certification): number {
  return (
    PROGRAMS.indexOf(a.program) - PROGRAMS.indexOf(b.program) ||
    CERT_LEVELS.indexOf(b.level) - CERT_LEVELS.indexOf(a.level) ||
    a.name.localeCompare(b.name)
  );
}

async function loadData(): Promise<Data> {
  const [certifications, { report, timelines }, exams] = await Promise.all([
    sendMessage({ type: 'certifications.list' }),
    sendMessage({ type: 'progress.timelines' }),
    sendMessage({ type: 'exams.list' }),
  ]);
  return { certifications: [...certifications].sort(byProgramAndLevel), report, exams, timelines };
}

/** "My certifications": the held certifications as cards with every path, the form to add or edit one, and exams. */
export function CertificationsSection({ headingId }: { headingId: string }) {
  const [data, setData] = useState<Loaded>({ state: 'loading' });
  const [editing, setEditing] = useState<Editing>();
  const [notice, setNotice] = useState<Notice>();

  const reload = () =>
    loadData()
      .then((loaded) => setData({ state: 'ready', ...loaded }))
      .catch((error: unknown) => setData({ state: 'error', message: errorMessage(error) }));
  useEffect(() => void reload(), []);

  /** Runs a change, then shows the data as it now is; says what went wrong instead of throwing. */
  const change = async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
    try {
      const result = await work();
      await reload();
      return result;
    } catch (error) {
      setNotice({ message: t('saveFailed', [errorMessage(error)]) });
      return undefined;
    }
  };

  const closeForm = (focusId: string) => {
    setEditing(undefined);
    focusById(focusId);
  };

  const saveCertification = async (certification: Certification) => {
    const saved = await change(() => sendMessage({ type: 'certification.save', certification }));
    if (!saved) return;
    setNotice({ message: editing?.kind === 'edit' ? t('certificationSaved', [saved.name]) : t('certificationAdded', [saved.name]) });
    closeForm(editButtonId(saved.id));
  };

  const removeCertification = async (cert: Certification) => {
    const removed = await change(() => sendMessage({ type: 'certification.delete', id: cert.id }));
    if (!removed) return;
    const undo = async () => {
      const restored = await change(() => sendMessage({ type: 'certification.save', certification: removed }));
      if (!restored) return;
      setNotice({ message: t('certificationRestored', [restored.name]) });
      focusById(editButtonId(restored.id));
    };
    setNotice({ message: t('certificationRemoved', [removed.name]), undo: () => void undo() });
    // The card and its buttons are gone: Undo is the natural next stop for the keyboard.
    focusById(UNDO_BUTTON_ID);
  };

  const addExam = async (exam: Exam): Promise<boolean> => {
    const saved = await change(() => sendMessage({ type: 'exam.save', exam }));
    if (saved) setNotice({ message: t('examAdded', [saved.code]) });
    return saved !== undefined;
  };

  const removeExam = async (exam: Exam) => {
    const removed = await change(() => sendMessage({ type: 'exam.delete', id: exam.id }));
    if (!removed) return;
    const undo = async () => {
      const restored = await change(() => sendMessage({ type: 'exam.save', exam: removed }));
      if (!restored) return;
      setNotice({ message: t('examRestored', [restored.code]) });
      focusById(removeExamButtonId(restored.id));
    };
    setNotice({ message: t('examRemoved', [removed.code]), undo: () => void undo() });
    focusById(UNDO_BUTTON_ID);
  };

  const header = (
    <header class="section-head">
      <div>
        <h2 id={headingId} tabIndex={-1}>
          {t('sectionCertificationsHeading')}
        </h2>
        <p class="muted section-lead">{t('certificationsIntro')}</p>
      </div>
      {data.state === 'ready' && editing?.kind !== 'add' ? (
        <button type="button" class="button primary" id={ADD_BUTTON_ID} onClick={() => setEditing({ kind: 'add', id: crypto.randomUUID() })}>
          {t('addCertification')}
        </button>
      ) : null}
    </header>
  );

  if (data.state === 'loading') {
    return (
      <div aria-busy="true">
        {header}
        <p class="muted">{t('dashboardLoading')}</p>
      </div>
    );
  }
  if (data.state === 'error') {
    return (
      <div>
        {header}
        <p role="alert">{t('dashboardError', [data.message])}</p>
      </div>
    );
  }

  const nameOf = (id: string) => data.certifications.find((c) => c.id === id)?.name ?? id;
  const standingOf = (id: string) => data.report.certifications.find((c) => c.certificationId === id);
  const timelineOf = (id: string) => data.timelines.find((tl) => tl.certificationId === id);
  return (
    <div>
      {header}
      {editing?.kind === 'add' ? (
        <CertificationForm
          initial={emptyCertificationForm()}
          id={editing.id}
          onSubmit={saveCertification}
          onCancel={() => closeForm(ADD_BUTTON_ID)}
        />
      ) : null}
      {data.certifications.length === 0 && editing?.kind !== 'add' ? <p class="empty">{t('noCertificationsDashboard')}</p> : null}
      <ul class="cert-grid">
        {data.certifications.map((cert) =>
          editing?.kind === 'edit' && editing.cert.id === cert.id ? (
            <li key={cert.id} class="cert-card editing">
              <CertificationForm
                initial={formFromCertification(cert)}
                id={cert.id}
                editing={cert.name}
                onSubmit={saveCertification}
                onCancel={() => closeForm(editButtonId(cert.id))}
              />
            </li>
          ) : (
            <CertificationCard
              key={cert.id}
              cert={cert}
              standing={standingOf(cert.id)}
              timeline={timelineOf(cert.id)}
              nameOf={nameOf}
              onEdit={() => setEditing({ kind: 'edit', cert })}
              onRemove={() => void removeCertification(cert)}
            />
          ),
        )}
      </ul>
      <ExamsPanel exams={data.exams} onAdd={addExam} onRemove={(exam) => void removeExam(exam)} />
      <NoticeBar notice={notice} onDismiss={() => setNotice(undefined)} />
    </div>
  );
}
