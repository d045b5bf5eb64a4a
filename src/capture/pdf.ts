/**
 * Certificate PDF -> Capture: the text runs pdf.js found (pdf-text.ts) are laid out as lines and cells
 * (pdf-lines.ts) and read with the same label vocabulary as web pages (generic/labels.ts). What only a PDF
 * needs is here: which lines are headings (by font size), which language the dates are in (by its words),
 * and who issued it when no label says (the organisation's line, or the address printed for verification).
 * Pure functions: no pdf.js, no DOM.
 */
import type { Capture } from '../domain/schema';
import { orderForLanguage } from '../domain/dates';
import { inferDayMonthOrder } from '../domain/date-order';
import { cleanCode, foundFields, type PartialCapture } from './generic/fields';
import { readLabelsFrom } from './generic/labels';
import { usableProvider } from './generic/provider';
import { CERTIFICATE_HEADING, judgeTitle, rankTitles, SENTENCE_OR_CUT, usableTitle, type TitleRanking } from './generic/title';
import { fieldLabels } from './generic/field-labels';
import { endsWithNameLead, isSignatoryLine, looksLikeName, nameAfterLead, readsAsPerson, titleAfterCompletion, ENDS_WITH_COMPLETION } from './generic/wording';
import type { DayMonthOrder } from '../domain/dates';
import { parseSplitDate as parseDate } from '../domain/split-dates';
import { rankPdfProviders, type ProviderCandidate, issuerNamesOf } from './pdf-provider';
import { pdfBlocks, pdfLines, readPdfLines, type PdfBlock, type PdfLine } from './pdf-lines';
import type { PdfPageText } from './pdf-text';

export interface PdfCaptureOptions {
  /** The file's name as the user picked it: a title of last resort for the form, never for a capture. */
  fileName: string;
  /** The user's own name (from the settings), so the recipient line is never read as the course or its issuer. */
  people?: readonly string[];
}

const ADAPTER_ID = 'pdf';
/** The user handed us this file as a certificate: that is some evidence, even without certificate wording. */
const FILE_CONFIDENCE = 0.4;
const CONFIDENCE_PER_KEY_FIELD = 0.05;
const MAX_CONFIDENCE = 0.95;
/** A line this much larger than the body text is a heading. */
const HEADING_SCALE = 1.15;
/** A block after the completion wording set this much larger than the wording is the course it names. */
const EMPHASIS_SCALE = 1.1;
const MAX_NAMED_WORDS = 5;
const MAX_TWO_PART_TITLE_WORDS = 12;
/** How large a course's line must be, against the name's, to tell that the name is the learner's. */
const COURSE_BESIDE_NAME_SCALE = 0.85;
const MAX_HEADINGS = 50;
const MAX_CUE_TEXT = 20_000;
const KNOWN_LABELS = fieldLabels();

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

/**
 * Blocks set larger than the body, largest first (the title's candidates), then any "Statement of Achievement" set
 * no larger than the body: what kind of document it is, whatever its size.
 */
function headingsOf(lines: readonly PdfLine[], blocks: readonly PdfBlock[]): string[] {
  const threshold = bodySize(lines) * HEADING_SCALE;
  const large = blocks
    .filter((block) => block.fontSize >= threshold)
    .sort((a, b) => b.fontSize - a.fontSize || a.page - b.page || b.top - a.top)
    .slice(0, MAX_HEADINGS)
    .map((block) => block.text);
  const kinds = blocks.filter((block) => block.fontSize < threshold && CERTIFICATE_HEADING.test(block.text)).map((block) => block.text);
  return [...large, ...kinds];
}

/**
 * The learner a certificate sets in large type with no phrase naming them (Udemy's "NAME" over "Date" and "Length"):
 * the one large line that reads only as a person's name, when another large line reads as a course's.
 */
function learnerSetLarge(lines: readonly PdfLine[], blocks: readonly PdfBlock[]): string[] {
  const threshold = bodySize(lines) * HEADING_SCALE;
  const large = blocks.filter((block) => block.fontSize >= threshold && !CERTIFICATE_HEADING.test(block.text));
  const persons = large.filter((block) => readsAsPerson(block.text) && usableTitle(block.text) !== undefined);
  const person = persons.length === 1 ? persons[0]! : undefined;
  // A course's name of three words or more, set nearly as large; one cut by a full stop ("… Course. Your CCNA start") still is one.
  const course = person && large.some((block) => block.fontSize >= person.fontSize * COURSE_BESIDE_NAME_SCALE && !looksLikeName(block.text)
    && /\p{L}{3,}\s+\p{L}{2,}\s+\p{L}{3,}/u.test(block.text) && (usableTitle(block.text) !== undefined || titleWithSubtitle(block.text, [])));
  return person && course ? [person.text] : [];
}

/** "The Complete Networking Fundamentals Course. Your CCNA start": a short heading of two parts, refused only as prose. */
function titleWithSubtitle(heading: string, people: readonly string[]): boolean {
  return judgeTitle(heading, people).rejected === SENTENCE_OR_CUT && heading.split(/\s+/).length <= MAX_TWO_PART_TITLE_WORDS
    && /\p{L}[.!?]\s+\p{Lu}/u.test(heading) && !/[.!?]$/.test(heading);
}

/** A completion verb phrase at the start of a line names the person on the line before: "NAME" / "has successfully completed". */
const STARTS_WITH_COMPLETION = /^(?:successfully\s+)?(?:attended|completed|participated\s+in)(?:\s+and\s+(?:attended|completed|passed))?\s+(?:the|this|a|an)\b|^(?:successfully\s+)?attended\s*$|^(?:has|have|hat|a|ha|heeft|for|für|pour|por|per)\s+(?:successfully\s+|erfolgreich\s+|avec\s+succès\s+)?(?:completed|attended|passed|earned|participated|suivi|réussi|terminé|completado|finalizado|superado|completato|partecipato|frequentato|superato|participado|asistido|an\b|am\b|den\b|vom\b)|^(?:geboren|born|née?|nacido|nata?)\b/i;
const CONGRATULATIONS = /^(?:congratulations|félicitations|felicidades|enhorabuena|herzlichen\s+glückwunsch|gefeliciteerd|complimenti),?\s+(.{2,60}?)[!.]?$/i;

/** The learner's name as the certificate prints it: after "Presented to", before "has completed", in "Congratulations, …". */
function recipientsOf(lines: readonly PdfLine[]): string[] {
  const names = new Set<string>();
  lines.forEach((line, i) => {
    const text = line.text;
    const stated = nameAfterLead(text) ?? CONGRATULATIONS.exec(text)?.[1];
    if (stated) names.add(stated);
    const next = lines[i + 1];
    // Cell by cell: "Presented to" / "Ingrid Solberg" beside "LOCATION" in the details column; the name may come a
    // line or two later when the other column's lines fall between ("This is to confirm that" / "Course details" / NAME).
    const lead = line.cells.find((cell) => endsWithNameLead(cell.text));
    for (const cell of next?.cells ?? []) if ((lead || endsWithNameLead(text)) && looksLikeName(cell.text)) names.add(cell.text);
    for (const later of lead ? lines.slice(i + 1, i + 4) : []) {
      const below = later.cells.find((cell) => Math.abs(cell.left - lead!.left) < lead!.fontSize);
      if (below) {
        if (looksLikeName(below.text)) names.add(below.text);
        break;
      }
    }
    if (next && next.cells.some((cell) => STARTS_WITH_COMPLETION.test(cell.text))) for (const cell of line.cells) if (looksLikeName(cell.text)) names.add(cell.text);
    // The same in a column of its own: the other column's lines may fall between the name and its sentence.
    for (const cell of line.cells) {
      if (!looksLikeName(cell.text)) continue;
      for (const later of lines.slice(i + 1, i + 4)) {
        const below = later.cells.find((c) => Math.abs(c.left - cell.left) < 2 * cell.fontSize);
        if (!below) continue;
        if (STARTS_WITH_COMPLETION.test(below.text)) names.add(cell.text);
        break;
      }
    }
    // Signatures side by side, each name over its role ("Aino Virtanen" | "Jukka Lehtonen" over "Conference Chair" | …).
    for (const cell of line.cells.length > 1 ? line.cells : []) {
      if (!looksLikeName(cell.text)) continue;
      const centre = (cell.left + cell.right) / 2;
      const role = lines.slice(i + 1, i + 3).some((l) => l.cells.some((r) => Math.abs((r.left + r.right) / 2 - centre) < 2 * cell.fontSize && isSignatoryLine(r.text)));
      if (role) names.add(cell.text);
    }
  });
  return [...names];
}

interface EmphasisedCourse {
  title: string;
  /** What the wording named before the course, when it reads as a name: "for successfully completing Talent Next" / "DevOps Essentials". */
  provider?: string;
}

/**
 * The course a layout sets apart after its completion wording: the first block after the line holding the wording
 * that is set larger than that line ("has successfully completed" / "Algebra: …" in 13.5 pt), within three blocks.
 */
function emphasisedAfterCompletion(blocks: readonly PdfBlock[], people: readonly string[]): EmphasisedCourse | undefined {
  const at = blocks.findIndex((block) => ENDS_WITH_COMPLETION.test(block.text) || titleAfterCompletion(block.text) !== undefined);
  if (at < 0) return undefined;
  const wording = blocks[at]!;
  // The next three blocks of the wording's own column: a details column beside it ("Dates", "2–6 Feb 2026") is not read.
  const column = blocks.slice(at + 1).filter((block) => block.page !== wording.page || Math.abs(block.left - wording.left) < 2 * wording.fontSize || block.lines[0]!.cells.length === 1);
  for (const block of column.slice(0, 3)) {
    if (block.page !== wording.page) break;
    if (block.fontSize <= wording.fontSize * EMPHASIS_SCALE) continue;
    const title = usableTitle(block.text, people);
    if (!title) continue;
    const before = titleAfterCompletion(wording.text);
    const named = before && before.split(' ').length <= MAX_NAMED_WORDS && /^\p{Lu}/u.test(before) && !people.includes(before);
    return named ? { title, provider: before } : { title };
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

/** The one date a certificate prints without a label ("Aug 30, 2024" at the top), when it prints exactly one. */
function onlyDate(lines: readonly PdfLine[], order: DayMonthOrder): string | undefined {
  const dates = new Set<string>();
  for (const line of lines) {
    for (const cell of line.cells) {
      if (cell.text.length > 120) continue;
      const date = parseDate(cell.text, order);
      if (date) dates.add(date);
    }
  }
  return dates.size === 1 ? [...dates][0] : undefined;
}

/** A code the certificate prints without a label: its verification address ("coursera.org/verify/BGFU95VY5223"), or a lone "#36,180,642". */
const VERIFY_PATH = /\/(?:verify|verification|validate|cert|certificates?|credentials?)\/\s*([A-Za-z0-9][A-Za-z0-9 -]{3,80})$/i;
const NUMBERED = /^(?:#|No\.?\s*|Nr\.?\s*|N°\s*|№\s*)\s*([A-Za-z0-9][A-Za-z0-9,.-]{3,40})$/;

function unlabelledCode(lines: readonly PdfLine[]): string | undefined {
  for (const line of lines) {
    for (const cell of line.cells) {
      const path = VERIFY_PATH.exec(cell.text.replace(/\s+\//g, '/'))?.[1];
      if (path) return cleanCode(path.replace(/\s+/g, ''));
      const numbered = NUMBERED.exec(cell.text)?.[1];
      if (numbered && /\d/.test(numbered)) return cleanCode(numbered.replace(/,/g, ''));
    }
  }
  return undefined;
}

/** What the PDF says, field by field, for a form to prefill; `found` lists only what the PDF itself gave. */
export function pdfFields(pages: readonly PdfPageText[], options: PdfCaptureOptions): PartialCapture {
  return readPdf(pages, options).fields;
}

/** Who issued the PDF, as ranked: every name with its score and reasons, best first (CLI --explain). */
export function explainPdfProvider(pages: readonly PdfPageText[], options: PdfCaptureOptions): ProviderCandidate[] {
  return readPdf(pages, options).providers;
}

function readPdf(pages: readonly PdfPageText[], options: PdfCaptureOptions): { fields: PartialCapture; providers: ProviderCandidate[] } {
  const lines = pdfLines(pages);
  const blocks = pdfBlocks(lines);
  const reader = readPdfLines(lines, KNOWN_LABELS);
  const stated = recipientsOf(lines);
  const people = [...(options.people ?? []), ...stated, ...(stated.length === 0 ? learnerSetLarge(lines, blocks) : [])];
  const order = inferDayMonthOrder(lines.map((line) => line.text), orderForLanguage(languageOf(lines)));
  const headings = headingsOf(lines, blocks);
  const emphasised = emphasisedAfterCompletion(blocks, people);
  // The issuer's wordmark ("NETLOGIQ TRAINING" over netlogiq-training.co.uk) is set as large as a title, and is none.
  const sites = issuerNamesOf(lines);
  const read = readLabelsFrom(reader, { headings, order, people, emphasisedTitle: emphasised?.title, sites });
  // The user handed this file over as a certificate: its most prominent usable line is its title even without wording.
  // Everyone the labels name too ("Participant" / NAME), not only the recipients the wording and layout name.
  const named = read.people ?? people;
  const readTitle = read.title ?? rankTitles(headings.map((text) => ({ text, source: 'heading' as const })), named, sites).best?.title
    ?? headings.find((heading) => titleWithSubtitle(heading, named))
    // Better the issuer's name, for the user to correct, than no capture of the dates and code that were read.
    ?? headings.map((heading) => usableTitle(heading, named)).find(Boolean);
  const statedProvider = { labelled: usableProvider(read.provider, named), beforeCourse: usableProvider(emphasised?.provider, named) };
  const providers = rankPdfProviders(lines, readTitle, named, statedProvider);
  // The best name a reader would take for an issuer: a lower-case word a label left ("organizadora") is none.
  const provider = providers.map((candidate) => usableProvider(candidate.name, named)).find(Boolean);
  // A lone date is the certificate's only when something else says it is one (a menu has a date too).
  const endDate = read.endDate ?? (read.completion ? onlyDate(lines, order) : undefined);
  const certificateCode = read.certificateCode ?? unlabelledCode(lines);
  // A title and a date, or a title and a code, are what a certificate shows; the heading alone is not evidence.
  const fields = { ...read, title: readTitle, provider, endDate, certificateCode, completion: read.completion };
  const found = foundFields(fields);
  const title = readTitle ?? titleFromFileName(options.fileName);
  return { fields: { ...fields, title, found }, providers };
}

/** How the PDF's title was chosen: every candidate with its score and reasons, and the ones refused and why (CLI --explain). */
export function explainPdfTitle(pages: readonly PdfPageText[], options: PdfCaptureOptions): TitleRanking {
  const people = [...(options.people ?? []), ...recipientsOf(pdfLines(pages))];
  return rankTitles(pdfFields(pages, options).titleCandidates ?? [], people);
}

/**
 * The PDF as a capture, or undefined when it names no course. A certificate whose issuer is only in its artwork is
 * still a capture: what was read is kept, and the form asks the user for the issuer.
 */
export function captureFromPdfText(pages: readonly PdfPageText[], options: PdfCaptureOptions): Capture | undefined {
  const fields = pdfFields(pages, options);
  if (!fields.completion || !fields.found.includes('title') || !fields.title) return undefined;
  const keyFields = [fields.endDate, fields.certificateCode, fields.credits ?? fields.hours].filter((v) => v !== undefined).length;
  const base = Math.max(fields.confidence, FILE_CONFIDENCE);
  const confidence = Math.round(Math.min(MAX_CONFIDENCE, base + CONFIDENCE_PER_KEY_FIELD * keyFields) * 100) / 100;
  const capture: Capture = { adapterId: ADAPTER_ID, title: fields.title, confidence, found: fields.found };
  if (fields.provider) capture.provider = fields.provider;
  // Copied one by one so that an absent field is absent, not `undefined` (as the generic detector does).
  if (fields.startDate) capture.startDate = fields.startDate;
  if (fields.endDate) capture.endDate = fields.endDate;
  if (fields.certificateCode) capture.certificateCode = fields.certificateCode;
  if (fields.credits !== undefined) capture.credits = fields.credits;
  if (fields.credits !== undefined && fields.creditUnit) capture.creditUnit = fields.creditUnit;
  if (fields.hours !== undefined) capture.hours = fields.hours;
  return capture;
}
