/**
 * The message protocol between content scripts, extension pages and the background: one zod discriminated
 * union. The background parses every message with it; senders import only the types (see send-message.ts),
 * so no zod reaches a content script.
 */
import { z } from 'zod';
import { Capture, Certification, CourseRecord, CourseRecordPatch, Exam, IsoDate, LinkedCatalogueItem, MAX_PDF_MEGABYTES, PDF_TYPE, RecordStatus, Settings, SiteRecipe, type StoredFileMeta } from './domain/schema';
import { CatalogueItem, type FieldError } from './domain/catalogue';
import { PART_BYTES } from './domain/vocabulary';
import { CeCatalogueUpload, type CeCatalogueStatus, type CatalogueSaved } from './domain/ce-catalogue';
import type { CertificationPlan } from './domain/certification-plan';
import type { ProgressReport } from './domain/progress';
import type { PopupSummary } from './domain/popup-summary';
import type { FillPayload } from './background/portal-actions';
import type { ProgressWithTimelines } from './domain/credit-timeline';
import type { SaveCaptureResult, AttachResult } from './domain/records';
import type { ImportResult } from './domain/import-report';
import { type CaptureDraft, MAX_PAGE_TITLE_LENGTH, MAX_PAGE_URL_LENGTH, MAX_SELECTION_LENGTH, MAX_SNAPSHOT_HTML } from './domain/page-snapshot';

const Id = z.string().min(1).max(64);
const SiteOrigin = SiteRecipe.shape.origin;

/** A form control's value as typed (or a number from a script); the background checks it with addUserItem. */
const FormValue = z.union([z.string().max(2048), z.number()]).optional();

/**
 * The "Add activity" form's fields. Only these: the id, the source and the time are the background's to set.
 * Their values are checked after parsing, so that each problem comes back as a message for its field.
 */
const CatalogueItemInput = z.strictObject({
  title: FormValue,
  program: FormValue,
  credits: FormValue,
  creditUnit: FormValue,
  cost: FormValue,
  currency: FormValue,
  offerEndsOn: FormValue,
  kind: FormValue,
  url: FormValue,
});
export type CatalogueItemInput = z.input<typeof CatalogueItemInput>;

/** The manual-capture confirmation form's fields, as typed; the background checks them with captureFromForm. */
const ManualCaptureInput = z.strictObject({
  title: FormValue,
  provider: FormValue,
  startDate: FormValue,
  endDate: FormValue,
  certificateCode: FormValue,
  credits: FormValue,
  creditUnit: FormValue,
  hours: FormValue,
  program: FormValue,
  category: FormValue,
  sourceUrl: FormValue,
});
export type ManualCaptureInput = z.input<typeof ManualCaptureInput>;

/** A page's snapshot (capture/page-snapshot.ts) as it arrives from the page: the injection's result, or the toast's message. */
export const PageSnapshotShape = z.strictObject({
  html: z.string().max(MAX_SNAPSHOT_HTML),
  url: z.string().max(MAX_PAGE_URL_LENGTH),
  title: z.string().max(MAX_PAGE_TITLE_LENGTH),
  selection: z.string().max(MAX_SELECTION_LENGTH),
});

/** A file travels in parts of PART_BYTES (background/message-parts.ts); no part is larger. */
const MAX_PARTS = Math.ceil((MAX_PDF_MEGABYTES * 1024 * 1024) / PART_BYTES);
/** Base64 of one part. */
const MAX_BASE64_CHARS = Math.ceil(PART_BYTES / 3) * 4;

/** A certificate PDF in a message: Chrome's messages are JSON, so its bytes travel as base64 (see base64.ts). */
const FilePayload = z.strictObject({
  name: z.string().trim().min(1).max(255),
  type: z.literal(PDF_TYPE),
  base64: z.string().max(MAX_BASE64_CHARS, 'A part of a file is at most 8 MB'),
});
export type FilePayload = z.input<typeof FilePayload>;

/** A PDF an extension page hands over: its bytes wait in the transfers store (a message may not carry 50 MB whole). */
const PageFile = z.strictObject({
  name: z.string().trim().min(1).max(255),
  type: z.literal(PDF_TYPE),
  transferId: Id,
});
export type PageFile = z.input<typeof PageFile>;

/** What the CE portal's dashboard shows, as the portal content script read it: page data, so bounded and checked. */
const PortalDashboard = z.object({
  claims: z
    .array(
      z.object({
        itemName: z.string().trim().min(1).max(500),
        startDate: IsoDate.optional(),
        endDate: IsoDate.optional(),
        credits: z.number().finite().min(0).max(1000).optional(),
        status: z.enum(['pending', 'earned', 'rejected']),
        submittedOn: IsoDate.optional(),
        claimId: z.string().max(200).optional(),
      }),
    )
    .max(2000),
  certifications: z
    .array(
      z.object({
        name: z.string().trim().min(1).max(500),
        expiresOn: IsoDate.optional(),
        earnedOn: IsoDate.optional(),
        status: z.enum(['active', 'expired', 'retired']).optional(),
      }),
    )
    .max(200),
  /** Whether the page listed claims, said there are none, or showed none it could read. */
  claimsState: z.enum(['listed', 'none', 'unreadable']).optional(),
});

export const Message = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('capture.save'), capture: Capture }),
  z.strictObject({ type: z.literal('capture.undo'), token: Id }),
  z.strictObject({ type: z.literal('records.list'), limit: z.number().int().min(1).max(100_000).optional(), status: RecordStatus.optional() }),
  z.strictObject({ type: z.literal('record.update'), id: Id, patch: CourseRecordPatch }),
  z.strictObject({ type: z.literal('record.delete'), id: Id }),
  /** Undo of a delete: puts the record back exactly as it was. */
  z.strictObject({ type: z.literal('record.restore'), record: CourseRecord }),
  z.strictObject({ type: z.literal('progress.get'), today: IsoDate.optional() }),
  /** What the popup's first frame shows (the report and the latest records), kept for its next opening too. */
  z.strictObject({ type: z.literal('popup.summary') }),
  /** The report with each certification's credits over time (the dashboard's charts). */
  z.strictObject({ type: z.literal('progress.timelines'), today: IsoDate.optional() }),
  z.strictObject({ type: z.literal('certifications.list') }),
  z.strictObject({ type: z.literal('certification.save'), certification: Certification }),
  z.strictObject({ type: z.literal('certification.delete'), id: Id }),
  z.strictObject({ type: z.literal('exams.list') }),
  /** Adds an exam, replaces the one with its id, or puts back a deleted one (Undo). */
  z.strictObject({ type: z.literal('exam.save'), exam: Exam }),
  z.strictObject({ type: z.literal('exam.delete'), id: Id }),
  /** The samples and the user's own items, samples first. */
  z.strictObject({ type: z.literal('catalogue.list') }),
  /** Adds an item the user entered; an invalid one gets an `invalid` reply with a message for each field. */
  z.strictObject({ type: z.literal('catalogue.add'), item: CatalogueItemInput }),
  /** Undo of a delete: puts the user's item back exactly as it was. */
  z.strictObject({ type: z.literal('catalogue.restore'), item: CatalogueItem }),
  z.strictObject({ type: z.literal('catalogue.delete'), id: Id }),
  /** "Capture this page" (popup): scan the active tab (activeTab) and open the confirmation form; replies its draft id. */
  z.strictObject({ type: z.literal('page.capture') }),
  /** The page a manual capture took, for the confirmation form to read and start from. */
  z.strictObject({ type: z.literal('capture.draft'), id: Id }),
  /**
   * The toast's "Finish capture" on a portal page its adapter could not read whole: the page, to be read by the
   * confirmation form, which the background opens beside it; replies its draft id.
   */
  z.strictObject({ type: z.literal('capture.finish'), page: PageSnapshotShape }),
  /** The words of the "Finish capture" offer, looked up by the worker rather than on the page's main thread. */
  z.strictObject({ type: z.literal('capture.offerWords') }),
  /** Saves the confirmation form; an invalid one gets an `invalid` reply with a message for each field. */
  z.strictObject({ type: z.literal('capture.confirm'), fields: ManualCaptureInput }),
  /** One stored record, for the record editor. */
  z.strictObject({ type: z.literal('record.get'), id: Id }),
  /** Saves the record editor (the confirmation form, editing a stored record); invalid fields as for capture.confirm. */
  z.strictObject({ type: z.literal('record.edit'), id: Id, fields: ManualCaptureInput }),
  /** The toast's Edit: open the record editor on the record the capture saved. */
  z.strictObject({ type: z.literal('capture.edit'), recordId: Id }),
  /** An imported certificate PDF, as the user confirmed it: stored with its record, or attached to the same activity's. */
  z.strictObject({ type: z.literal('pdf.import'), fields: ManualCaptureInput, file: PageFile }),
  /** A PDF the user attaches to a stored record by hand. */
  z.strictObject({ type: z.literal('file.attach'), recordId: Id, file: PageFile }),
  /** A content script's auto-attach: the certificate PDF its completion page links to, for the record it just saved. */
  z.strictObject({
    type: z.literal('capture.attach'),
    recordId: Id,
    file: FilePayload,
    /** Which part of the file this is, of how many (a large certificate is sent in parts of PART_BYTES). */
    part: z.number().int().min(0).max(MAX_PARTS - 1).default(0),
    parts: z.number().int().min(1).max(MAX_PARTS).default(1),
  }).refine((m) => m.part < m.parts, { message: 'A part beyond the parts announced', path: ['part'] }),
  /**
   * "Submit" on a record the user picked in extension UI: its form is filled in the CE portal tab `tabId` (the tab whose
   * "Choose a record" opened the chooser), or in a new tab at the portal's form.
   */
  z.strictObject({ type: z.literal('record.submit'), recordId: Id, tabId: z.number().int().nonnegative().optional() }),
  /** The portal's fill script: the record the user chose in extension UI for this tab, once; null when none. */
  z.strictObject({ type: z.literal('fill.request') }),
  /** The portal's "Choose a record" button (a trusted click): opens the extension's chooser for this tab; no record reaches the page. */
  z.strictObject({ type: z.literal('fill.choose') }),
  /** The portal's fill script: part `part` of the certificate of the record this tab was filled from. */
  z.strictObject({ type: z.literal('fill.certificatePart'), recordId: Id, fileId: Id, part: z.number().int().min(0).max(MAX_PARTS - 1) }),
  /** The portal's fill script: the user sent the form filled in this tab from this record (trusted events only). */
  z.strictObject({ type: z.literal('fill.submitted'), recordId: Id }),
  /** The portal's dashboard as read by its content script: claims and certifications to bring into the store. */
  z.strictObject({ type: z.literal('portal.sync'), dashboard: PortalDashboard }),
  /** The CE portal's Item Catalog, read whole by the portal script: stored with when and where, records linked to it. */
  z.strictObject({ type: z.literal('ceCatalogue.save'), catalogue: CeCatalogueUpload }),
  /** The user settles a near tie: the record takes one of the items it was offered. */
  z.strictObject({ type: z.literal('record.chooseCatalogueItem'), id: Id, item: LinkedCatalogueItem }),
  /** How old the stored Item Catalog is, and how many items it has; null when none was read. */
  z.strictObject({ type: z.literal('ceCatalogue.status') }),
  /**
   * A backup file's text, put in the transfers store (a backup with its PDFs is too large for a message); the
   * reply names the transfer the page takes it from.
   */
  z.strictObject({ type: z.literal('backup.export'), includeFiles: z.boolean() }),
  /** Imports the backup file the page put in the transfers store: all of it, checked first, in one transaction, or nothing. */
  z.strictObject({ type: z.literal('backup.import'), transferId: Id }),
  /** The records as CSV, for a spreadsheet. */
  z.strictObject({ type: z.literal('records.csv') }),
  /** Saves the dashboard's settings; the background checks them again. */
  z.strictObject({ type: z.literal('settings.save'), settings: Settings }),
  /** The settings, for pages that check against them before sending (the largest PDF kept). */
  z.strictObject({ type: z.literal('settings.get') }),
  /** A stored certificate, to open or download: put in the transfers store for the page to take. */
  z.strictObject({ type: z.literal('file.get'), id: Id }),
  /** The cheapest activities that finish a held certification, with its costs in `currency` (ISO 4217). */
  z.strictObject({
    type: z.literal('plan.get'),
    certificationId: Id,
    currency: z.string().regex(/^[A-Za-z]{3}$/, 'A 3-letter currency code'),
    today: IsoDate.optional(),
  }),
  /** A taught site's recipe, to teach it again on top of it (the confirmation form). */
  z.strictObject({ type: z.literal('recipe.get'), origin: SiteOrigin }),
  /** Keeps a recipe the confirmation form learned, and reads its site from now on when the site is allowed. */
  z.strictObject({ type: z.literal('recipe.save'), recipe: SiteRecipe }),
  /** The taught sites, each with whether the browser lets the extension read it (the dashboard). */
  z.strictObject({ type: z.literal('recipes.list') }),
  /** Forgets a taught site: its script goes and its permission is given back. */
  z.strictObject({ type: z.literal('recipe.remove'), origin: SiteOrigin }),
  /** The user allowed a taught site again (dashboard): its script is registered. */
  z.strictObject({ type: z.literal('recipe.allowed'), origin: SiteOrigin }),
  /** The popup has said that a recipe stopped matching. */
  z.strictObject({ type: z.literal('recipe.missSeen'), origin: SiteOrigin }),
  /** A taught site's content script asks for its site's recipe. */
  z.strictObject({ type: z.literal('taught.recipe') }),
  /** A taught site's page of the recipe's shape: the reader is put into it. */
  z.strictObject({ type: z.literal('taught.read') }),
  /** The toast's Edit on a taught site's capture: the page comes along, so that the correction improves the recipe. */
  z.strictObject({ type: z.literal('taught.edit'), recordId: Id, page: PageSnapshotShape }),
  /** A taught site's completion page where the recipe found too little. */
  z.strictObject({ type: z.literal('taught.missed'), url: z.string().max(MAX_PAGE_URL_LENGTH) }),
]);

export type Message = z.input<typeof Message>;
export type ParsedMessage = z.output<typeof Message>;
export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

/** Message types a content script may send; everything else is for our own extension pages. */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<MessageType> = new Set<MessageType>(['capture.save', 'capture.undo', 'capture.edit', 'capture.attach', 'capture.finish', 'capture.offerWords']);
/** Message types only a taught site's scripts may send (the background checks that the site has a recipe). */
export const TAUGHT_SITE_MESSAGES: ReadonlySet<MessageType> = new Set<MessageType>(['taught.recipe', 'taught.read', 'taught.edit', 'taught.missed']);
/** Message types only the content script on the certification body's portal may send. */
export const PORTAL_MESSAGES: ReadonlySet<MessageType> = new Set<MessageType>([
  'fill.request',
  'fill.certificatePart',
  'fill.choose',
  'fill.submitted',
  'portal.sync',
  'ceCatalogue.save',
  'ceCatalogue.status',
]);

/** The words of a saved capture's toast, in the user's language: the worker looks them up, not the page's thread. */
export interface CaptureToastWords {
  heading: string;
  /** The title, and the credits with their unit where the capture has them. */
  detail: string;
  undo: string;
  edit: string;
  /** The heading after Undo, by what Undo did: the record removed, or put back as it was before this capture. */
  undone: string;
  reverted: string;
  dismiss: string;
  region: string;
}

/** The words of the "Finish capture" offer's toast, in the user's language. */
export interface OfferToastWords {
  heading: string;
  finish: string;
  dismiss: string;
  region: string;
}

export interface ResponseMap {
  /**
   * attachPdf: the background wants the page's certificate PDF for this record (capture.attach), up to maxBytes.
   * toast: what the page's toast says about it.
   */
  'capture.save': SaveCaptureResult & { attachPdf?: { maxBytes: number }; toast: CaptureToastWords };
  'capture.undo': { recordId: string; restored: 'removed' | 'reverted' };
  'records.list': CourseRecord[];
  'record.update': CourseRecord;
  'record.delete': CourseRecord;
  'record.restore': CourseRecord;
  'progress.get': ProgressReport;
  'popup.summary': PopupSummary;
  'progress.timelines': ProgressWithTimelines;
  'ceCatalogue.save': CatalogueSaved & { linked: number };
  'ceCatalogue.status': CeCatalogueStatus | null;
  'record.chooseCatalogueItem': CourseRecord;
  'certifications.list': Certification[];
  'certification.save': Certification;
  'certification.delete': Certification;
  'exams.list': Exam[];
  'exam.save': Exam;
  'exam.delete': Exam;
  'catalogue.list': CatalogueItem[];
  'catalogue.add': CatalogueItem;
  'catalogue.restore': CatalogueItem;
  'catalogue.delete': CatalogueItem;
  'plan.get': CertificationPlan;
  'page.capture': { draftId: string };
  'capture.draft': CaptureDraft;
  'capture.finish': { draftId: string };
  'capture.offerWords': OfferToastWords;
  'capture.confirm': SaveCaptureResult;
  'record.get': CourseRecord;
  'record.edit': CourseRecord;
  'capture.edit': { opened: true };
  'pdf.import': SaveCaptureResult;
  'file.attach': AttachResult;
  /** The record with its certificate once the last part is in; before that, how many parts were received. */
  'capture.attach': AttachResult | { received: number };
  'file.get': { file: StoredFileMeta; transferId: string };
  'settings.get': Settings;
  'settings.save': Settings;
  'backup.export': { transferId: string };
  'backup.import': ImportResult;
  'records.csv': { text: string };
  'record.submit': { opened: true };
  'fill.request': FillPayload | null;
  'fill.choose': { opened: true };
  'fill.certificatePart': { base64: string };
  'fill.submitted': CourseRecord;
  'portal.sync': { lines: string[]; changed: number };
  'recipe.get': SiteRecipe | null;
  /** registered: the site's script is in place (false until the browser lets the extension read the site). */
  'recipe.save': { recipe: SiteRecipe; registered: boolean };
  'recipes.list': TaughtSite[];
  /** permissionReturned: the browser took the site's permission back (it cannot take one the build grants). */
  'recipe.remove': { origin: string; permissionReturned: boolean };
  'recipe.allowed': { registered: boolean };
  'recipe.missSeen': { origin: string };
  'taught.recipe': SiteRecipe | null;
  'taught.read': { reading: boolean };
  'taught.edit': { opened: true };
  'taught.missed': { noted: boolean };
}

/** A taught site as the dashboard lists it. */
export interface TaughtSite {
  recipe: SiteRecipe;
  /** The browser lets the extension read the site (its host permission is granted). */
  allowed: boolean;
}

/** quota: the browser's storage for the extension is full; the write did not happen. */
export type ErrorCode = 'bad-message' | 'forbidden' | 'invalid' | 'not-found' | 'conflict' | 'quota' | 'unavailable' | 'internal';

export interface ReplyError {
  code: ErrorCode;
  message: string;
  /** For `invalid`, when the problems belong to a form's fields: one message per problem, by field name. */
  fields?: FieldError[];
}

export type Reply<T> = { ok: true; data: T } | { ok: false; error: ReplyError };
