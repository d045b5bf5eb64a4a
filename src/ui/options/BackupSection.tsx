import { useState } from 'preact/hooks';
import { localToday } from '../../domain/dates';
import { MAX_BACKUP_BYTES } from '../../domain/vocabulary';
import { handOver, takeOver } from '../transfers';
import { sendMessage } from '../../send-message';
import { CheckboxField } from '../components/CheckboxField';
import { t } from '../../text/i18n';
import { saveBlob } from './save-file';
import './backup.css';
import type { ImportReport, ListReport } from '../../domain/import-report';

type ImportState = { phase: 'idle' } | { phase: 'busy'; fileName: string } | { phase: 'done'; fileName: string; report: ImportReport } | { phase: 'refused'; fileName: string; errors: string[] };

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));


function listLine({ labelKey }: { labelKey: string }, report: ListReport): string {
  return t('backupReportLine', [t(labelKey), String(report.added), String(report.updated), String(report.skipped)]);
}

function ImportOutcome({ state }: { state: ImportState }) {
  if (state.phase === 'busy') return <p role="status">{t('backupImporting', [state.fileName])}</p>;
  if (state.phase === 'refused') {
    return (
      <div role="alert" class="backup-outcome refused">
        <p>
          <strong>{t('backupRefused', [state.fileName])}</strong>
        </p>
        <ul>
          {state.errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      </div>
    );
  }
  if (state.phase === 'done') {
    const { report } = state;
    return (
      <div role="status" class="backup-outcome">
        <p>
          <strong>{t('backupImported', [state.fileName])}</strong>
        </p>
        <ul>
          <li>{listLine({ labelKey: 'backupListCertifications' }, report.certifications)}</li>
          <li>{listLine({ labelKey: 'backupListExams' }, report.exams)}</li>
          <li>{listLine({ labelKey: 'backupListRecords' }, report.records)}</li>
          <li>{listLine({ labelKey: 'backupListFiles' }, report.files)}</li>
          <li>{listLine({ labelKey: 'backupListActivities' }, report.activities)}</li>
          <li>{listLine({ labelKey: 'backupListRecipes' }, report.recipes)}</li>
          <li>{report.settings === 'updated' ? t('backupSettingsUpdated') : t('backupSettingsSkipped')}</li>
        </ul>
      </div>
    );
  }
  return <p role="status" />;
}

/** "Backup": everything kept, out to a file and back in; the records as CSV for a spreadsheet. */
export function BackupSection({ headingId }: { headingId: string }) {
  const [includeFiles, setIncludeFiles] = useState(true);
  const [problem, setProblem] = useState<string>();
  const [imported, setImported] = useState<ImportState>({ phase: 'idle' });

  const exportBackup = async () => {
    setProblem(undefined);
    try {
      // Through the database, not in the reply: with its PDFs a backup can pass what a message may carry.
      const { transferId } = await sendMessage({ type: 'backup.export', includeFiles });
      saveBlob(await takeOver(transferId), `recert-companion-backup-${localToday()}.json`);
    } catch (error) {
      setProblem(t('backupExportFailed', [errorMessage(error)]));
    }
  };

  const exportCsv = async () => {
    setProblem(undefined);
    try {
      const { text } = await sendMessage({ type: 'records.csv' });
      // The byte order mark tells spreadsheet programs the file is UTF-8 (course names carry accents and dashes).
      saveBlob(new Blob(['\uFEFF', text], { type: 'text/csv' }), `recert-companion-records-${localToday()}.csv`);
    } catch (error) {
      setProblem(t('backupExportFailed', [errorMessage(error)]));
    }
  };

  const importFile = async (file: File) => {
    setImported({ phase: 'busy', fileName: file.name });
    try {
      if (file.size > MAX_BACKUP_BYTES) {
        setImported({ phase: 'refused', fileName: file.name, errors: [t('backupTooLarge', [String(MAX_BACKUP_BYTES / (1024 * 1024))])] });
        return;
      }
      const result = await sendMessage({ type: 'backup.import', transferId: await handOver(file) });
      setImported(result.ok ? { phase: 'done', fileName: file.name, report: result.report } : { phase: 'refused', fileName: file.name, errors: result.errors });
    } catch (error) {
      setImported({ phase: 'refused', fileName: file.name, errors: [errorMessage(error)] });
    }
  };

  return (
    <div>
      <header class="section-head">
        <div>
          <h2 id={headingId} tabIndex={-1}>
            {t('sectionBackupHeading')}
          </h2>
          <p class="muted section-lead">{t('backupIntro')}</p>
        </div>
      </header>
      <section class="panel backup-panel" aria-labelledby="backup-export-heading">
        <h3 id="backup-export-heading">{t('backupExportHeading')}</h3>
        <CheckboxField id="backup-include-files" labelKey="backupIncludeFiles" hintKey="backupIncludeFilesHint" checked={includeFiles} onChecked={setIncludeFiles} />
        <div class="form-actions">
          <button type="button" class="button primary" onClick={() => void exportBackup()}>
            {t('backupExport')}
          </button>
          <button type="button" class="button" onClick={() => void exportCsv()}>
            {t('backupExportCsv')}
          </button>
        </div>
        {problem ? <p role="alert">{problem}</p> : null}
      </section>
      <section class="panel backup-panel" aria-labelledby="backup-import-heading">
        <h3 id="backup-import-heading">{t('backupImportHeading')}</h3>
        <p class="muted">{t('backupImportIntro')}</p>
        <label class="button file-button">
          {t('backupChooseFile')}
          <input
            id="backup-import-input"
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            onChange={(e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              if (file) void importFile(file);
              input.value = '';
            }}
          />
        </label>
        <ImportOutcome state={imported} />
      </section>
    </div>
  );
}
