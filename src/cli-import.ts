/**
 * `import <files or folders...>`: certificate PDFs and saved completion pages -> one backup file, so a history
 * kept as a folder of certificates comes into the extension in one step. Each capture becomes a record the way
 * the extension stores one (recordFromCapture, de-duplicated with isSameActivity/mergeCapture), and each PDF
 * that belongs to a record travels in the backup's `files`.
 *
 * The same input gives the same bytes: folders are walked in sorted order, record ids are hashes of what makes
 * an activity the same (its certificate code, else provider + title + end date), file ids hashes of the bytes,
 * and every timestamp is the `now` passed in.
 *
 * The readers of saved pages and PDFs live here too; the extract command uses them.
 */
import { createHash } from 'node:crypto';
import type { Stats } from 'node:fs';
import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { bytesToBase64 } from './base64';
import { adapters } from './capture/adapters';
import { extractCaptures } from './capture/extract';
import { explainTitle, genericAdapter } from './capture/generic/detector';
import type { TitleRanking } from './capture/generic/title';
import { captureFromPdfText } from './capture/pdf';
import { readTaughtPage } from './capture/recipes/taught-reading';
import { DEFAULT_MAX_PDF_BYTES, type PdfProblem } from './capture/pdf-text';
import { activityKey, isSameActivity, mergeCapture, recordFromCapture } from './domain/records';
import { Capture, DEFAULT_SETTINGS, PDF_TYPE, type BackupFile, type CourseRecord, type Settings, type SiteRecipe } from './domain/schema';
import { siteOrigin } from './domain/site-recipe';
import { peopleOf } from './domain/your-name';
import { localToday } from './domain/dates';
import { parseBackup, serializeBackup } from './store/backup';

/** What the user is told for each PDF that cannot be read; none of them loses the file. */
export const PDF_PROBLEMS: Record<PdfProblem, string> = {
  'not-pdf': 'this is not a PDF file (it does not start as one)',
  corrupt: 'the PDF is damaged and cannot be read; enter the details by hand',
  encrypted: 'the PDF is password-protected; enter the details by hand',
  'too-large': `the file is larger than ${DEFAULT_MAX_PDF_BYTES / (1024 * 1024)} MB, more than any certificate needs`,
  'no-text': 'no text found — enter the details by hand (a scanned certificate is only a picture of its text)',
  timeout: 'the PDF took too long to read (it may be damaged, or made to be unreadable); enter the details by hand',
};

export const NO_COURSE_OR_ISSUER = 'the text names no course or no issuer; enter the details by hand';

export function describeReadError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? (error as { code: unknown }).code : undefined;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** Reads a saved page's address from its leading `<!-- url: … -->` comment (how fixtures record it). */
export function urlFromComment(html: string): string | undefined {
  return /^\s*<!--\s*url:\s*(\S+)\s*-->/.exec(html)?.[1];
}

/**
 * The captures in a saved page at `url`: the adapters serving it, else the generic detector (scripts off).
 * `people`: the user's own name (--name), never read as the course or its issuer.
 */
/**
 * The page's captures as the extension reads it. On a site one of `recipes` was taught, its recipe reads the pages
 * of its shape with the generic reader (an unfinished page gives none); elsewhere the adapters and the generic reader.
 */
export async function capturesOfPage(html: string, url: URL, people: readonly string[] = [], recipes: readonly SiteRecipe[] = []): Promise<Capture[]> {
  return withDocument(html, url, (doc) => {
    const recipe = recipes.find((r) => r.origin === siteOrigin(url.href));
    if (recipe) {
      const taught = readTaughtPage(doc, url.href, recipe, genericAdapter, { people }, localToday());
      if (taught.reading !== 'elsewhere') return taught.capture ? [taught.capture] : [];
    }
    return extractCaptures(doc, url, { adapters, fallback: genericAdapter, people });
  });
}

/** How the generic reader chose the page's title (extract --explain). */
export async function titleRankingOfPage(html: string, url: URL, people: readonly string[] = []): Promise<TitleRanking> {
  return withDocument(html, url, (doc) => explainTitle(doc, url, { people }));
}

/** happy-dom: the CLI runs where the dev dependencies are installed. The window is closed once `use` is done. */
async function withDocument<T>(html: string, url: URL, use: (doc: Document) => T): Promise<T> {
  const { Window } = await import('happy-dom');
  const window = new Window({
    url: url.href,
    settings: { disableJavaScriptFileLoading: true, disableJavaScriptEvaluation: true, disableCSSFileLoading: true },
  });
  try {
    return use(new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document);
  } finally {
    await window.happyDOM.close();
  }
}

/** A saved page's address: its url comment, else what the page says of itself (canonical link, og:url). */
async function addressOfPage(html: string): Promise<URL | undefined> {
  const candidates = [urlFromComment(html)];
  if (candidates[0] === undefined) {
    // Parsed at a placeholder address only to read two attributes; relative values cannot say where the page was.
    const declared = await withDocument(html, new URL('https://saved-page.invalid/'), (doc) => [
      doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href'),
      doc.querySelector('meta[property="og:url" i][content]')?.getAttribute('content'),
    ]);
    candidates.push(...declared.map((value) => value?.trim()));
  }
  for (const candidate of candidates) {
    if (!candidate || !URL.canParse(candidate)) continue;
    const url = new URL(candidate);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url;
  }
  return undefined;
}

export interface FileNote {
  path: string;
  /** Skipped: the file gave nothing. Otherwise it was read but something of it was left out. */
  skipped: boolean;
  reason: string;
}

export interface ImportResult {
  /** The backup file's text; absent when nothing could be imported. */
  backup?: string;
  filesRead: number;
  records: number;
  pdfsAttached: number;
  /** What the user should know about single files, in the order the files were found. */
  notes: FileNote[];
}

const PDF_FILE = /\.pdf$/i;
const PAGE_FILE = /\.x?html?$/i;
/** Saved pages are a few megabytes at most; past this a file is not one. */
const MAX_PAGE_BYTES = 20 * 1024 * 1024;
const ID_HASH_LENGTH = 16;

type Entry = { path: string; size: number } | { path: string; skip: string };

/** Arguments in the order given; each folder's entries sorted by name, hidden ones left out, each folder once. */
async function collectFiles(paths: readonly string[]): Promise<Entry[]> {
  const entries: Entry[] = [];
  const foldersWalked = new Set<string>();
  const filesSeen = new Set<string>();

  async function visit(path: string, named: boolean): Promise<void> {
    let real: string;
    let info: Stats;
    try {
      // stat follows links: a link to a file is that file, a link to a folder is walked (once, see below).
      info = await stat(path);
      real = await realpath(path);
    } catch (error) {
      entries.push({ path, skip: `cannot read it: ${describeReadError(error)}` });
      return;
    }
    if (info.isFile()) {
      // The same file named twice, or reached through a link, is read once.
      if (filesSeen.has(real)) return;
      filesSeen.add(real);
      entries.push({ path, size: info.size });
      return;
    }
    if (!info.isDirectory()) {
      if (named) entries.push({ path, skip: 'not a file or a folder' });
      return;
    }
    // A link back to a folder above (or to one already walked) is not followed again: no loop, no duplicates.
    if (foldersWalked.has(real)) return;
    foldersWalked.add(real);
    let names: string[];
    try {
      names = await readdir(path);
    } catch (error) {
      entries.push({ path, skip: `cannot read the folder: ${describeReadError(error)}` });
      return;
    }
    // Code-unit order, not the locale's: the same folder gives the same backup on every machine.
    for (const name of names.sort()) {
      if (!name.startsWith('.')) await visit(join(path, name), false);
    }
  }

  for (const path of paths) await visit(path, true);
  return entries;
}

interface PdfFile {
  name: string;
  bytes: Uint8Array;
}

type Reading = { captures: Capture[]; pdf?: PdfFile } | { skip: string };

async function readCertificateFile(path: string, size: number, people: readonly string[]): Promise<Reading> {
  if (PDF_FILE.test(path)) return readPdf(path, size, people);
  if (PAGE_FILE.test(path)) return readPage(path, size, people);
  return { skip: 'not a certificate PDF or a saved page (.pdf, .html, .htm)' };
}

async function readPdf(path: string, size: number, people: readonly string[]): Promise<Reading> {
  // Checked before reading, so an enormous file is never loaded into memory.
  if (size > DEFAULT_MAX_PDF_BYTES) return { skip: PDF_PROBLEMS['too-large'] };
  // Loaded here only: pdf.js is large. The bytes read are the bytes attached: the file is read once.
  const { readPdfData } = await import('./capture/pdf-node');
  const bytes = new Uint8Array(await readFile(path));
  const result = await readPdfData(bytes);
  if (!result.ok) return { skip: PDF_PROBLEMS[result.problem] };
  const name = basename(path);
  const capture = captureFromPdfText(result.pages, { fileName: name, people });
  if (!capture) return { skip: NO_COURSE_OR_ISSUER };
  return { captures: [capture], pdf: { name, bytes } };
}

async function readPage(path: string, size: number, people: readonly string[]): Promise<Reading> {
  if (size > MAX_PAGE_BYTES) return { skip: `larger than ${MAX_PAGE_BYTES / (1024 * 1024)} MB, more than a saved page` };
  const html = await readFile(path, 'utf8');
  const url = await addressOfPage(html);
  if (!url) {
    return { skip: 'the page does not say its address; add a first line <!-- url: https://… --> with the address it was saved from' };
  }
  const captures = await capturesOfPage(html, url, people);
  if (captures.length === 0) return { skip: 'no completed course found on the page' };
  return { captures };
}

function isFileSystemError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' && /^E[A-Z]+$/.test(error.code);
}

function shortHash(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex').slice(0, ID_HASH_LENGTH);
}

function unusedId(base: string, taken: ReadonlySet<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** Builds the records and files out of what was read, in order, the way the extension would store them. */
class BackupBuilder {
  readonly records: CourseRecord[] = [];
  readonly files: BackupFile[] = [];
  private readonly recordIds = new Set<string>();
  private readonly fileIds = new Set<string>();
  /** Which file each attached PDF came from, for the note about a second PDF of the same certificate. */
  private readonly attachedFrom = new Map<string, string>();

  constructor(private readonly nowIso: string) {}

  /** Returns what the user should know when part of the file is left out. */
  add(path: string, captures: readonly Capture[], pdf: PdfFile | undefined): string | undefined {
    let note: string | undefined;
    for (const capture of captures) {
      const index = this.records.findIndex((record) => isSameActivity(record, capture));
      let record: CourseRecord;
      if (index === -1) {
        record = recordFromCapture(capture, unusedId(`import-${shortHash(activityKey(capture))}`, this.recordIds), this.nowIso);
        this.recordIds.add(record.id);
        this.records.push(record);
      } else {
        record = mergeCapture(this.records[index]!, capture, this.nowIso) ?? this.records[index]!;
        this.records[index] = record;
      }
      if (pdf) note = this.attach(path, record, pdf);
    }
    return note;
  }

  /** A record keeps one certificate, as in the extension: the first PDF found for it. */
  private attach(path: string, record: CourseRecord, pdf: PdfFile): string | undefined {
    const kept = record.certificateFileId === undefined ? undefined : this.attachedFrom.get(record.certificateFileId);
    if (kept) return `the same certificate as ${kept}, whose PDF is kept with the record; this PDF is not in the backup`;
    const file: BackupFile = {
      id: unusedId(`file-${shortHash(pdf.bytes)}`, this.fileIds),
      recordId: record.id,
      name: pdf.name,
      type: PDF_TYPE,
      size: pdf.bytes.byteLength,
      addedAt: this.nowIso,
      source: 'import',
      data: bytesToBase64(pdf.bytes),
    };
    this.fileIds.add(file.id);
    this.files.push(file);
    this.attachedFrom.set(file.id, path);
    const index = this.records.indexOf(record);
    this.records[index] = { ...record, certificateFileId: file.id, updatedAt: this.nowIso };
    return undefined;
  }
}

/**
 * Reads every file under `paths` and builds the backup; `now` stamps the records, the files and the export.
 * `yourName` (--name) is read as the recipient, never the course or issuer, and goes into the backup's settings.
 */
export async function importCertificates(paths: readonly string[], now: Date, yourName?: string): Promise<ImportResult> {
  const settings: Settings = yourName ? { ...DEFAULT_SETTINGS, yourName } : DEFAULT_SETTINGS;
  const people = peopleOf(settings);
  const nowIso = now.toISOString();
  const builder = new BackupBuilder(nowIso);
  const notes: FileNote[] = [];
  const skip = (path: string, reason: string) => notes.push({ path, skipped: true, reason });
  let filesRead = 0;

  for (const entry of await collectFiles(paths)) {
    if ('skip' in entry) {
      skip(entry.path, entry.skip);
      continue;
    }
    filesRead++;
    let reading: Reading;
    try {
      reading = await readCertificateFile(entry.path, entry.size, people);
    } catch (error) {
      // The file system's refusals (gone since the walk, no permission) skip the file; anything else is a bug.
      if (!isFileSystemError(error)) throw error;
      reading = { skip: `cannot read it: ${describeReadError(error)}` };
    }
    if ('skip' in reading) {
      skip(entry.path, reading.skip);
      continue;
    }
    // What a page or a PDF yields is checked, and trimmed, as the background does before storing a capture.
    const checked = reading.captures.map((capture) => Capture.safeParse(capture));
    const issue = checked.flatMap((parsed) => parsed.error?.issues ?? [])[0];
    if (issue) {
      skip(entry.path, `what was read is not a usable record (${issue.path.join('.') || 'capture'}: ${issue.message})`);
      continue;
    }
    const note = builder.add(entry.path, checked.flatMap((parsed) => (parsed.success ? [parsed.data] : [])), reading.pdf);
    if (note) notes.push({ path: entry.path, skipped: false, reason: note });
  }

  const { records, files } = builder;
  const result: ImportResult = { filesRead, records: records.length, pdfsAttached: files.length, notes };
  if (records.length === 0) return result;

  const backup = serializeBackup({ certifications: [], exams: [], records, files, settings }, now);
  // The extension refuses a file that does not parse; better to fail here, where the bug is, than there.
  const check = parseBackup(backup);
  if (!check.ok) throw new Error(`the import built a backup that does not validate:\n${check.errors.join('\n')}`);
  return { ...result, backup };
}
