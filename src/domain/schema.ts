/**
 * The shapes everything else agrees on, as zod schemas (validated at every trust boundary) and the
 * TypeScript types inferred from them. Content scripts import the types only, never the schemas.
 */
import { z } from 'zod';
import { isIsoDate } from './dates';
import { CAPTURE_FIELDS, CERT_LEVELS, CREDIT_UNITS, EXAM_KINDS, PDF_TYPE, PROGRAM_CATEGORIES, PROGRAMS, RECORD_STATUSES } from './vocabulary';
import { MAX_NAME_LENGTH } from './your-name';
import { RECIPE_LIMITS, TAUGHT_FIELDS, VALUE_PLACES, type SiteRecipe as SiteRecipeData } from './site-recipe';

// Every schema parses as written, never through code zod would generate with Function: extension pages forbid eval
// (so zod's probe for it would only fail), and store reviewers read any eval path in the bundle. Set here, where
// every module that parses with zod is led to before it parses.
z.config({ jitless: true });

export { CAPTURE_FIELDS, CERT_LEVELS, CREDIT_UNITS, EXAM_KINDS, PDF_TYPE, PROGRAM_CATEGORIES, PROGRAMS, RECORD_STATUSES };

export const IsoDate = z.string().refine(isIsoDate, { message: 'Expected a calendar date as YYYY-MM-DD' });
export const IsoDateTime = z.iso.datetime({ offset: true });

export const Program = z.enum(PROGRAMS);
export type Program = z.infer<typeof Program>;

export const CreditUnit = z.enum(CREDIT_UNITS);
export type CreditUnit = z.infer<typeof CreditUnit>;

export const RecordStatus = z.enum(RECORD_STATUSES);
export type RecordStatus = z.infer<typeof RecordStatus>;

const Title = z.string().trim().min(1, 'A title is required').max(500);
const ShortText = z.string().trim().max(200);
const Credits = z.number().finite().min(0).max(1000);
const Hours = z.number().finite().min(0).max(10_000);
const HttpUrl = z.url({ protocol: /^https?$/ }).max(2048);

export const CaptureField = z.enum(CAPTURE_FIELDS);
export type CaptureField = z.infer<typeof CaptureField>;

/** What an adapter extracts from one page: a candidate record, not yet trusted. */
export const Capture = z.object({
  adapterId: z.string().regex(/^[a-z0-9-]+$/).max(64),
  title: Title,
  /** Who delivered or issued it; absent when the document names nobody (the user is asked before it is claimed). */
  provider: ShortText.min(1).optional(),
  /** The page it was read from; absent for a certificate PDF. */
  sourceUrl: HttpUrl.optional(),
  startDate: IsoDate.optional(),
  endDate: IsoDate.optional(),
  certificateCode: ShortText.min(1).optional(),
  credits: Credits.optional(),
  creditUnit: CreditUnit.optional(),
  hours: Hours.optional(),
  program: Program.optional(),
  /** The program's category, as the user chose it when confirming (adapters leave it out); checked on the record. */
  category: z.string().regex(/^[a-z-]+$/).max(64).optional(),
  /** 0..1: how sure the adapter is that this page shows a completed activity. */
  confidence: z.number().min(0).max(1),
  found: z.array(CaptureField).max(CAPTURE_FIELDS.length),
});
export type Capture = z.infer<typeof Capture>;

const CategoryId = z.string().regex(/^[a-z-]+$/).max(64);

function categoryBelongsToProgram(value: { program: Program; category?: string }): boolean {
  return value.category === undefined || (PROGRAM_CATEGORIES[value.program] as readonly string[]).includes(value.category);
}
const categoryIssue = {
  message: 'This category does not belong to the record’s program',
  path: ['category'],
};

/** A CE Item Catalog item as a record keeps it (item-catalog.ts has the whole item): what a claim names, what Cisco grants. */
export const LinkedCatalogItem = z.strictObject({ name: Title, code: ShortText.min(1).optional(), credits: Credits });
export type LinkedCatalogItem = z.infer<typeof LinkedCatalogItem>;

/**
 * Where a record stands against the Item Catalog it was last matched with (`readAt` says which): matched
 * (above the threshold), chosen by the user among near ties (kept however the catalogue changes), choose (a
 * near tie for the user to settle), or not-found (it may earn no credits).
 */
export const ItemCatalogLink = z.discriminatedUnion('state', [
  z.strictObject({ state: z.literal('matched'), item: LinkedCatalogItem, confidence: z.number().min(0).max(1), readAt: IsoDateTime }),
  z.strictObject({ state: z.literal('chosen'), item: LinkedCatalogItem, readAt: IsoDateTime }),
  z.strictObject({ state: z.literal('choose'), candidates: z.array(LinkedCatalogItem).min(2).max(5), readAt: IsoDateTime }),
  z.strictObject({ state: z.literal('not-found'), nearest: LinkedCatalogItem.optional(), readAt: IsoDateTime }),
]);
export type ItemCatalogLink = z.infer<typeof ItemCatalogLink>;

/** Record fields the user typed or corrected: a catalogue match never overwrites them. */
export const USER_SET_FIELDS = ['title', 'credits'] as const;

const CourseRecordFields = z.object({
  id: z.string().min(1).max(64),
  title: Title,
  provider: ShortText,
  sourceUrl: HttpUrl.optional(),
  startDate: IsoDate.optional(),
  endDate: IsoDate.optional(),
  certificateCode: ShortText.min(1).optional(),
  credits: Credits.optional(),
  creditUnit: CreditUnit,
  hours: Hours.optional(),
  program: Program,
  /** The program's category for this activity (ISC2 Group A/B, PMI Talent Triangle area or Giving Back). */
  category: CategoryId.optional(),
  status: RecordStatus,
  /** When the status last changed; absent on records stored before it was kept (read updatedAt instead). */
  statusSince: IsoDateTime.optional(),
  adapterId: z.string().max(64).optional(),
  /** The certificate PDF kept with the record (the files store). */
  certificateFileId: z.string().min(1).max(64).optional(),
  /** The CE Item Catalog's item for this record (Cisco), or why there is none. */
  catalogue: ItemCatalogLink.optional(),
  userSet: z.array(z.enum(USER_SET_FIELDS)).max(USER_SET_FIELDS.length).optional(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  notes: z.string().max(5000).default(''),
});
export const CourseRecord = CourseRecordFields.refine(categoryBelongsToProgram, categoryIssue);
export type CourseRecord = z.infer<typeof CourseRecord>;

/** Fields a user (or the UI on their behalf) may change on a stored record. */
export const CourseRecordPatch = CourseRecordFields.pick({
  title: true,
  provider: true,
  startDate: true,
  endDate: true,
  certificateCode: true,
  credits: true,
  creditUnit: true,
  hours: true,
  program: true,
  category: true,
  status: true,
  notes: true,
})
  .partial()
  .strict();
export type CourseRecordPatch = z.infer<typeof CourseRecordPatch>;

export const CertLevel = z.enum(CERT_LEVELS);
export type CertLevel = z.infer<typeof CertLevel>;

export const Certification = z
  .object({
    id: z.string().min(1).max(64),
    program: Program,
    /** The program catalogue's code (src/domain/programs), e.g. 'security-plus', 'cissp'; Cisco goes by level. */
    code: z.string().regex(/^[a-z0-9-]+$/).max(64).optional(),
    name: Title,
    level: CertLevel,
    /** The day it was earned or last renewed: the current period starts here. */
    earnedOn: IsoDate.optional(),
    expiresOn: IsoDate.optional(),
    /** Retired by the program: active until its expiry, but it cannot be renewed. */
    retired: z.boolean().optional(),
  })
  .refine((c) => !c.earnedOn || !c.expiresOn || c.earnedOn < c.expiresOn, {
    message: 'The expiry date must come after the date the certification was earned',
    path: ['expiresOn'],
  });
export type Certification = z.infer<typeof Certification>;

export const ExamKind = z.enum(EXAM_KINDS);
export type ExamKind = z.infer<typeof ExamKind>;

export const Exam = z.object({
  id: z.string().min(1).max(64),
  program: Program,
  code: ShortText.min(1),
  name: ShortText.optional(),
  kind: ExamKind,
  passedOn: IsoDate,
});
export type Exam = z.infer<typeof Exam>;

/** The hard ceiling of the maxPdfMegabytes setting: what a message may carry, whatever the setting says. */
export const MAX_PDF_MEGABYTES = 50;

export const Settings = z.object({
  /** Days after completion within which Cisco accepts a claim (sources say 90; one says 365). */
  submissionWindowDays: z.number().int().min(1).max(730).default(90),
  remindersEnabled: z.boolean().default(true),
  reminderDaysBeforeExpiry: z.array(z.number().int().min(1).max(730)).max(10).default([90, 60, 30]),
  badgeEnabled: z.boolean().default(true),
  /** What the badge counts: captured records not yet submitted, or credits still needed for the primary certification. */
  badgeShows: z.enum(['unsubmitted', 'credits-remaining']).default('unsubmitted'),
  /** Fetch the certificate PDF a captured completion page links to, on the same site, and keep it with the record. */
  autoAttachPdf: z.boolean().default(true),
  /** The largest certificate PDF kept, in megabytes. */
  maxPdfMegabytes: z.number().int().min(1).max(MAX_PDF_MEGABYTES).default(20),
  /** Reminders about claims: a submission window closing, a claim sitting in Pending (expiry reminders go by remindersEnabled). */
  submissionRemindersEnabled: z.boolean().default(true),
  /** How many days before a captured record's submission window closes each reminder comes. */
  submissionReminderDays: z.array(z.number().int().min(1).max(365)).max(10).default([30, 7, 1]),
  /** After this many days in Pending a claim is worth checking on at the certification body. */
  stalePendingDays: z.number().int().min(1).max(365).default(14),
  /** Remind when an offer on a catalogue activity (the planner's) ends in two weeks, then in three days. */
  offerRemindersEnabled: z.boolean().default(true),
  /**
   * Whether activities completed in a program's grace period count toward the period that ended (ISC2, 90 days).
   * The sources conflict: a 2024 ISC2 post says they do, an older handbook that they must be earned before expiry.
   * Default as the 2024 post says.
   */
  graceActivitiesCount: z.boolean().default(true),
  /**
   * The user's name as certificates print it, so it is never read as a course or an issuer. Optional with no
   * default: settings and backups from before it existed read exactly as they did.
   */
  yourName: z.string().trim().max(MAX_NAME_LENGTH).optional(),
});
export type Settings = z.infer<typeof Settings>;
export const DEFAULT_SETTINGS: Settings = Settings.parse({});

/** A certificate file kept with a record; its bytes are stored beside this description, as a Blob. */
export const StoredFileMeta = z.object({
  id: z.string().min(1).max(64),
  recordId: z.string().min(1).max(64),
  name: z.string().trim().min(1).max(255),
  type: z.literal(PDF_TYPE),
  size: z.number().int().min(0).max(MAX_PDF_MEGABYTES * 1024 * 1024),
  addedAt: IsoDateTime,
  /** Picked or dropped by the user, or fetched from the completion page it was captured on. */
  source: z.enum(['import', 'page']),
});
export type StoredFileMeta = z.infer<typeof StoredFileMeta>;

/** Base64 of the largest file kept: four characters for every three bytes. */
const MAX_FILE_BASE64_LENGTH = Math.ceil((MAX_PDF_MEGABYTES * 1024 * 1024) / 3) * 4;

/**
 * A certificate file carried in a backup: its description and its bytes as base64. That the bytes are a PDF
 * of `size` bytes, and that `recordId` names a record of the same file, is checked where the file is read
 * (parseBackup): it needs the whole backup and the PDF header test, which the domain does not import.
 */
export const BackupFile = StoredFileMeta.extend({
  data: z.base64({ message: 'Expected the file’s bytes as base64 text' }).max(MAX_FILE_BASE64_LENGTH),
});
export type BackupFile = z.infer<typeof BackupFile>;

/**
 * A taught site's recipe (site-recipe.ts says what each part is for), as stored and as a backup carries it. Checked
 * whole: a backup is someone's file, and the content script on the site reads what is stored. Unknown keys are
 * dropped, as everywhere in a backup.
 */
const RecipeText = z.string().trim().min(1).max(RECIPE_LIMITS.text);
/** A hint is what css-hint.ts makes: tags, #ids, .classes and [data-*] (with a word for a value), joined by " > ". */
const HINT_PATH = /^[a-z][a-z0-9-]*(?:[#.][A-Za-z][\w-]*|\[data-[\w-]+(?:="[A-Za-z][\w-]*")?\])*(?: > [a-z][a-z0-9-]*(?:[#.][A-Za-z][\w-]*|\[data-[\w-]+(?:="[A-Za-z][\w-]*")?\])*)*$/;
const CssHint = z.object({ path: z.string().min(1).max(RECIPE_LIMITS.hint).regex(HINT_PATH, 'Expected a path of tags, ids, classes and data attributes'), nth: z.number().int().min(0).max(10_000), part: z.number().int().min(0).max(1000).optional() });
const ValuePlace = z.enum(VALUE_PLACES);
const FieldRule = z.object({
  label: RecipeText.optional(),
  place: ValuePlace.optional(),
  rangeEnd: z.enum(['start', 'end']).optional(),
  anchor: RecipeText.optional(),
  hint: CssHint.optional(),
});
export const SiteRecipe = z.object({
  origin: z.string().regex(/^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?$/, 'Expected a site as https://host').max(300),
  urlShapes: z.array(z.string().min(1).max(2048)).min(1).max(RECIPE_LIMITS.shapes),
  completionWords: z.array(RecipeText).max(RECIPE_LIMITS.words),
  title: z.object({ level: z.number().int().min(1).max(6).optional(), label: RecipeText.optional(), place: ValuePlace.optional(), hint: CssHint.optional() }).optional(),
  fields: z.object(Object.fromEntries(TAUGHT_FIELDS.map((field) => [field, FieldRule.optional()])) as Record<(typeof TAUGHT_FIELDS)[number], z.ZodOptional<typeof FieldRule>>),
  providerName: RecipeText.optional(),
  creditUnit: CreditUnit.optional(),
  language: z.string().regex(/^[a-z]{2,3}$/).optional(),
  dateOrder: z.enum(['mdy', 'dmy', 'ymd']).optional(),
  program: Program.optional(),
  certificateLink: z.object({ text: RecipeText.optional(), shape: z.string().min(1).max(2048).optional(), hint: CssHint.optional() }).optional(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  lastUsedAt: IsoDateTime.optional(),
  pagesCaptured: z.number().int().min(0),
  miss: z.object({ at: IsoDateTime, url: HttpUrl, told: z.boolean() }).optional(),
});
export type SiteRecipe = SiteRecipeData;
// The schema and the plain type say the same thing: a stored recipe is one the readers can use, and back.
const _recipeTypesAgree: [z.infer<typeof SiteRecipe> extends SiteRecipeData ? true : false, SiteRecipeData extends z.infer<typeof SiteRecipe> ? true : false] = [true, true];
void _recipeTypesAgree;

export const BACKUP_FORMAT = 'recert-companion-backup';
export const Backup = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(2),
  exportedAt: IsoDateTime,
  certifications: z.array(Certification),
  exams: z.array(Exam),
  records: z.array(CourseRecord),
  /** Certificate PDFs kept with the records; optional (older files have none). */
  files: z.array(BackupFile).optional(),
  /** Taught sites (version 2); left out when there are none. */
  recipes: z.array(SiteRecipe).optional(),
  settings: Settings,
});
export type Backup = z.infer<typeof Backup>;
