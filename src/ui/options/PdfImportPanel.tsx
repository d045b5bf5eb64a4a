import { useState } from 'preact/hooks';
import { handOver } from '../transfers';
import { PDF_TYPE } from '../../domain/vocabulary';
import { sendMessage } from '../../send-message';
import { CourseForm } from '../components/CourseForm';
import { t } from '../../text/i18n';
import { draftFromFile, type ImportDraft, type ImportIntro, type ImportRefusal } from './pdf-import';
import { readPdf } from './pdf-reader';
import type { SaveCaptureResult } from '../../domain/records';

type Card = { key: string; fileName: string } & (
  | { phase: 'reading' }
  | { phase: 'ready'; draft: ImportDraft }
  | { phase: 'saved'; result: SaveCaptureResult }
  | { phase: 'failed'; message: string }
);

interface Props {
  maxMegabytes: number;
  /** Names never read as a course or an issuer: the user's, from the settings. */
  people: readonly string[];
  /** After each save, so the records table shows the new record or attachment. */
  onSaved: () => void;
}

let nextKey = 0;

function introText(intro: ImportIntro, fileName: string): string {
  switch (intro) {
    case 'found':
      return t('pdfFound', [fileName]);
    case 'nothing-found':
      return t('pdfNothingFound', [fileName]);
    case 'no-text':
      return t('pdfNoText', [fileName]);
    case 'encrypted':
      return t('pdfEncrypted', [fileName]);
    case 'timeout':
      return t('pdfTimedOut', [fileName]);
  }
}

function refusalText(reason: ImportRefusal, fileName: string, maxMegabytes: number): string {
  switch (reason) {
    case 'corrupt':
      return t('pdfCorrupt', [fileName]);
    case 'not-pdf':
      return t('pdfNotPdf', [fileName]);
    case 'too-large':
      return t('pdfTooLarge', [fileName, String(maxMegabytes)]);
  }
}

function savedText(fileName: string, result: SaveCaptureResult): string {
  return result.outcome === 'added' ? t('pdfSavedNew', [result.record.title]) : t('pdfAttachedExisting', [result.record.title, fileName]);
}

/** One imported file: reading, then its form (or why it was refused), then what the save did. */
function ImportCard({ card, maxMegabytes, onSave, onDismiss }: { card: Card; maxMegabytes: number; onSave: (card: Card, draft: Extract<ImportDraft, { kind: 'form' }>, fields: Parameters<typeof sendMessage<'pdf.import'>>[0]['fields']) => Promise<void>; onDismiss: (card: Card) => void }) {
  const headingId = `import-${card.key}-heading`;
  let body;
  if (card.phase === 'reading') body = <p class="muted">{t('pdfReading', [card.fileName])}</p>;
  else if (card.phase === 'saved') body = <p role="status">{savedText(card.fileName, card.result)}</p>;
  else if (card.phase === 'failed') body = <p role="alert">{card.message}</p>;
  else if (card.draft.kind === 'refused') body = <p role="alert">{refusalText(card.draft.reason, card.fileName, maxMegabytes)}</p>;
  else {
    const draft = card.draft;
    body = (
      <CourseForm
        labelledBy={headingId}
        idPrefix={`import-${card.key}`}
        initial={draft.values}
        intro={{ text: introText(draft.intro, card.fileName), notice: draft.intro !== 'found' }}
        withSourceUrl={false}
        save={(fields) => onSave(card, draft, fields)}
      />
    );
  }
  return (
    <li class="import-card panel" data-file={card.fileName}>
      <div class="import-card-head">
        <h4 id={headingId}>{card.fileName}</h4>
        {card.phase !== 'reading' ? (
          <button type="button" class="button small" onClick={() => onDismiss(card)} aria-label={t('pdfDismissLabel', [card.fileName])}>
            {card.phase === 'ready' && card.draft.kind === 'form' ? t('pdfSkip') : t('dismiss')}
          </button>
        ) : null}
      </div>
      {body}
    </li>
  );
}

/** "Import certificate PDFs": drop or pick many; each is read here, in the browser, and saved once the user confirms it. */
export function PdfImportPanel({ maxMegabytes, people, onSaved }: Props) {
  const [cards, setCards] = useState<Card[]>([]);
  const [dragging, setDragging] = useState(false);
  const update = (key: string, next: Card) => setCards((all) => all.map((c) => (c.key === key ? next : c)));

  const importFiles = (files: Iterable<File>) => {
    for (const file of files) {
      const key = String((nextKey += 1));
      const base = { key, fileName: file.name || 'certificate.pdf' };
      setCards((all) => [...all, { ...base, phase: 'reading' }]);
      const picked = { name: base.fileName, size: file.size, bytes: async () => new Uint8Array(await file.arrayBuffer()) };
      draftFromFile(picked, maxMegabytes * 1024 * 1024, readPdf, people)
        .then((draft) => update(key, { ...base, phase: 'ready', draft }))
        .catch((error: unknown) => update(key, { ...base, phase: 'failed', message: t('pdfReadFailed', [base.fileName, error instanceof Error ? error.message : String(error)]) }));
    }
  };

  const save: Parameters<typeof ImportCard>[0]['onSave'] = async (card, draft, fields) => {
    const transferId = await handOver(new Blob([draft.bytes as Uint8Array<ArrayBuffer>], { type: PDF_TYPE }));
    const result = await sendMessage({ type: 'pdf.import', fields, file: { name: draft.fileName, type: PDF_TYPE, transferId } });
    update(card.key, { key: card.key, fileName: card.fileName, phase: 'saved', result });
    onSaved();
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (event.dataTransfer) importFiles(Array.from(event.dataTransfer.files));
  };

  return (
    <section class="pdf-import" aria-labelledby="pdf-import-heading">
      <h3 id="pdf-import-heading">{t('pdfImportHeading')}</h3>
      <div
        class={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>{t('pdfImportIntro')}</p>
        <label class="button primary file-button">
          {t('pdfChoose')}
          <input
            id="pdf-import-input"
            type="file"
            accept="application/pdf,.pdf"
            multiple
            class="visually-hidden"
            onChange={(e) => {
              const input = e.currentTarget;
              if (input.files) importFiles(Array.from(input.files));
              input.value = '';
            }}
          />
        </label>
      </div>
      {cards.length > 0 ? (
        <ul class="import-cards">
          {cards.map((card) => (
            <ImportCard key={card.key} card={card} maxMegabytes={maxMegabytes} onSave={save} onDismiss={(c) => setCards((all) => all.filter((x) => x.key !== c.key))} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
