/**
 * Certificate PDF -> Capture: the text runs pdf.js found (pdf-text.ts) are laid out as lines and cells
 * (pdf-lines.ts) and read with the same label vocabulary as web pages (generic/labels.ts). What only a PDF
 * needs is here: which lines are headings (by font size), which language the dates are in (by its words),
 * and who issued it when no label says (the organisation's line, or the address printed for verification).
 * Pure functions: no pdf.js, no DOM.
 */
import type { Capture } from '../domain/schema';
import { orderForLanguage } from '../domain/dates';
import { cleanText, foundFields, MAX_PROVIDER_LENGTH, type PartialCapture } from './generic/fields';
import { CERTIFICATE_HEADING, fieldLabels, readLabelsFrom, usableTitle } from './generic/labels';
import { pdfLines, readPdfLines, type PdfLine } from './pdf-lines';
import type { PdfPageText } from './pdf-text';

export interface PdfCaptureOptions {
  /** The file's name as the user picked it: a title of last resort for the form, never for a capture. */
  fileName: string;
}

const ADAPTER_ID = 'pdf';
/** The user handed us this file as a certificate: that is some evidence, even without certificate wording. */
const FILE_CONFIDENCE = 0.4;
const CONFIDENCE_PER_KEY_FIELD = 0.05;
const MAX_CONFIDENCE = 0.95;
/** A line this much larger than the body text is a heading. */
const HEADING_SCALE = 1.15;
const MAX_HEADINGS = 50;
const MAX_CUE_TEXT = 20_000;
const KNOWN_LABELS = fieldLabels();

/** The line after one of these names the person, not the course. */
const RECIPIENT_LEAD =
  /(?:certif(?:y|ies)\s+that|presented\s+to|awarded\s+to|granted\s+to|issued\s+to|bescheinigt,?\s+dass|verliehen\s+an|décerné\s+à|certifie\s+que|otorgado\s+a|certifica\s+que)\s*:?$/i;
const ORGANISATION =
  /\b(?:academy|institute|university|college|school|training|learning|education|association|society|council|foundation|corporation|company|inc|llc|ltd|gmbh|plc|akademie|hochschule|institut|université|universidad|centre|center|labs?)\b\.?/i;
const MAX_ORGANISATION_WORDS = 8;
/** "has successfully completed the training" names a word of ORGANISATION but is a sentence, not a name. */
const SENTENCE_WORDS = /\b(?:has|have|is|was|were|for|completed|attended|successfully)\b/i;
/** A web address the certificate prints (to verify it, usually), with a scheme or www. so "e.g." is not one. */
const WEB_ADDRESS = /\b(?:https?:\/\/|(?=www\.))((?:[a-z0-9-]+\.)+[a-z]{2,})\b/i;
const SERVICE_SUBDOMAIN = /^(?:www|verify|verification|certificates?|credentials?|badges?)\./i;

/** Words that say which language a certificate is in, for reading its all-numeric dates (14.03.2026). */
const LANGUAGE_CUES: ReadonlyArray<readonly [string, RegExp]> = [
  ['de', /\b(?:datum|abgeschlossen|teilnahme\w*|bescheinig\w*|zertifikat\w*|kurs|stunden|ausgestellt|anbieter|beginn|hiermit)\b/giu],
  ['fr', /(?<!\p{L})(?:délivré|attestation|formation|heures|réussi|certifie|intitulé)(?!\p{L})/giu],
  ['es', /\b(?:certificado|curso|horas|fecha|completado|otorgado)\b/giu],
  ['ja', /[\u3040-\u30ff]/gu],
  ['en-GB', /\b(?:united kingdom|ltd|england|scotland|wales|ireland|australia|new zealand|india)\b/giu],
  ['en-US', /\b(?:USA|United States|U\.S\.A?\.?)(?!\p{L})|,\s*[A-Z]{2}\s+\d{5}\b/gu],
];

function languageOf(lines: readonly PdfLine[]): string {
  const text = lines.map((l) => l.text).join('\n').slice(0, MAX_CUE_TEXT);
  let best = 'en';
  let bestCount = 0;
  for (const [language, cue] of LANGUAGE_CUES) {
    const count = text.match(cue)?.length ?? 0;
    if (count > bestCount) [best, bestCount] = [language, count];
  }
  return best;
}

/** The font size most of the text is set in. */
function bodySize(lines: readonly PdfLine[]): number {
  const chars = new Map<number, number>();
  for (const line of lines) for (const cell of line.cells) chars.set(cell.fontSize, (chars.get(cell.fontSize) ?? 0) + cell.text.length);
  let size = 0;
  let most = -1;
  for (const [s, n] of chars) if (n > most) [size, most] = [s, n];
  return size;
}

/** Lines set larger than the body, largest first, leaving out the recipient's name. */
function headingsOf(lines: readonly PdfLine[]): string[] {
  const threshold = bodySize(lines) * HEADING_SCALE;
  const recipients = new Set(lines.filter((_, i) => i > 0 && RECIPIENT_LEAD.test(lines[i - 1]!.text)));
  return lines
    .filter((line) => line.fontSize >= threshold && !recipients.has(line))
    .sort((a, b) => b.fontSize - a.fontSize || a.page - b.page || b.y - a.y)
    .slice(0, MAX_HEADINGS)
    .map((line) => line.text);
}

/** The issuer when no label names it: a short line naming an organisation, else a printed web address. */
function unlabelledProvider(lines: readonly PdfLine[], title: string | undefined): string | undefined {
  const organisation = lines.find(({ text }) => {
    if (text === title || text.includes(':') || text.split(/\s+/).length > MAX_ORGANISATION_WORDS || CERTIFICATE_HEADING.test(text)) return false;
    // Names are capitalised ("Northwind Networking Academy", "3M Company"); sentences and labels are not names.
    return /^[\p{Lu}\d]/u.test(text) && ORGANISATION.test(text) && !SENTENCE_WORDS.test(text) && !RECIPIENT_LEAD.test(text);
  });
  if (organisation) return cleanText(organisation.text, MAX_PROVIDER_LENGTH);
  for (const line of lines) {
    const host = WEB_ADDRESS.exec(line.text)?.[1];
    if (host) return cleanText(host.toLowerCase().replace(SERVICE_SUBDOMAIN, ''), MAX_PROVIDER_LENGTH);
  }
  return undefined;
}

/** "Securing_Kubernetes-Workloads (1).pdf" -> "Securing Kubernetes Workloads", when it reads like a title. */
function titleFromFileName(fileName: string): string | undefined {
  const base = fileName.split(/[/\\]/).pop()!.replace(/\.pdf$/i, '');
  const words = base
    .replace(/\(\d+\)/g, ' ')
    .split(/[\s_+.-]+/)
    .filter((w) => w && !/^(?:certificate|cert|zertifikat|completion|download|\d+)$/i.test(w));
  if (words.filter((w) => /^\p{L}{3,}$/u.test(w)).length < 2) return undefined;
  return usableTitle(words.join(' '));
}

/** What the PDF says, field by field, for a form to prefill; `found` lists only what the PDF itself gave. */
export function pdfFields(pages: readonly PdfPageText[], options: PdfCaptureOptions): PartialCapture {
  const lines = pdfLines(pages);
  const reader = readPdfLines(lines, KNOWN_LABELS);
  const read = readLabelsFrom(reader, headingsOf(lines), orderForLanguage(languageOf(lines)));
  const provider = read.provider ?? unlabelledProvider(lines, read.title);
  const fields = { ...read, provider };
  const found = foundFields(fields);
  const title = read.title ?? titleFromFileName(options.fileName);
  return { ...fields, title, found };
}

/**
 * The PDF as a capture, or undefined when it names no course or no issuer (the schema requires both; the
 * form built from pdfFields asks the user for what is missing).
 */
export function captureFromPdfText(pages: readonly PdfPageText[], options: PdfCaptureOptions): Capture | undefined {
  const fields = pdfFields(pages, options);
  if (!fields.found.includes('title') || !fields.title || !fields.provider) return undefined;
  const keyFields = [fields.endDate, fields.certificateCode, fields.credits ?? fields.hours].filter((v) => v !== undefined).length;
  const base = Math.max(fields.confidence, FILE_CONFIDENCE);
  const confidence = Math.round(Math.min(MAX_CONFIDENCE, base + CONFIDENCE_PER_KEY_FIELD * keyFields) * 100) / 100;
  const capture: Capture = { adapterId: ADAPTER_ID, title: fields.title, provider: fields.provider, confidence, found: fields.found };
  // Copied one by one so that an absent field is absent, not `undefined` (as the generic detector does).
  if (fields.startDate) capture.startDate = fields.startDate;
  if (fields.endDate) capture.endDate = fields.endDate;
  if (fields.certificateCode) capture.certificateCode = fields.certificateCode;
  if (fields.credits !== undefined) capture.credits = fields.credits;
  if (fields.credits !== undefined && fields.creditUnit) capture.creditUnit = fields.creditUnit;
  if (fields.hours !== undefined) capture.hours = fields.hours;
  return capture;
}
