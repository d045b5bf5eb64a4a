/**
 * From a picked or dropped file to what the import shows: a form prefilled with what the certificate says, or why
 * the file cannot be kept. Reading the PDF is handed in (pdf-reader.ts loads pdf.js only when a PDF is handled).
 * Nothing here stores anything: the user saves each form, and a file that cannot be kept changes nothing.
 */
import type { PdfTextResult } from '../../capture/pdf-text';
import { pdfFields } from '../../capture/pdf';
import { EMPTY_FORM, type ConfirmFormValues } from '../components/course-form-values';

/** Why a form starts the way it does: fields found, none found, no text at all (a scan), locked, or too slow to read. */
export type ImportIntro = 'found' | 'nothing-found' | 'no-text' | 'encrypted' | 'timeout';
/** Why a file is refused: nothing of it is kept. */
export type ImportRefusal = 'corrupt' | 'not-pdf' | 'too-large';

export type ImportDraft =
  | { kind: 'form'; fileName: string; bytes: Uint8Array; values: ConfirmFormValues; intro: ImportIntro }
  | { kind: 'refused'; fileName: string; reason: ImportRefusal };

export type ReadPdf = (bytes: Uint8Array) => Promise<PdfTextResult>;

export interface PickedFile {
  name: string;
  size: number;
  bytes(): Promise<Uint8Array>;
}

const text = (value: string | number | undefined) => (value === undefined ? '' : String(value));

/** `people`: the user's own name from the settings, so the certificate's largest line (the recipient) is never the title. */
export async function draftFromFile(file: PickedFile, maxBytes: number, read: ReadPdf, people: readonly string[] = []): Promise<ImportDraft> {
  const fileName = file.name;
  // Refused before reading: a huge file is never loaded into memory.
  if (file.size > maxBytes) return { kind: 'refused', fileName, reason: 'too-large' };
  const bytes = await file.bytes();
  const result = await read(bytes);
  if (!result.ok) {
    switch (result.problem) {
      case 'too-large':
        return { kind: 'refused', fileName, reason: 'too-large' };
      case 'not-pdf':
        return { kind: 'refused', fileName, reason: 'not-pdf' };
      case 'corrupt':
        return { kind: 'refused', fileName, reason: 'corrupt' };
      // A scan, a locked PDF or one too slow to read is still the certificate the portal wants: kept, with the
      // details typed in.
      case 'no-text':
        return { kind: 'form', fileName, bytes, values: EMPTY_FORM, intro: 'no-text' };
      case 'encrypted':
        return { kind: 'form', fileName, bytes, values: EMPTY_FORM, intro: 'encrypted' };
      case 'timeout':
        return { kind: 'form', fileName, bytes, values: EMPTY_FORM, intro: 'timeout' };
    }
  }
  const found = pdfFields(result.pages, { fileName, people });
  const values: ConfirmFormValues = {
    ...EMPTY_FORM,
    title: text(found.title),
    provider: text(found.provider),
    startDate: text(found.startDate),
    endDate: text(found.endDate),
    certificateCode: text(found.certificateCode),
    credits: text(found.credits),
    creditUnit: text(found.creditUnit),
    hours: text(found.hours),
  };
  return { kind: 'form', fileName, bytes, values, intro: found.found.length > 0 ? 'found' : 'nothing-found' };
}
