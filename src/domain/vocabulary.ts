/**
 * The closed vocabularies of the domain as plain constants, so that pages and content scripts can list them
 * without bundling zod; schema.ts builds its enums from these.
 */

export const PROGRAMS = ['cisco', 'comptia', 'isc2', 'isaca', 'pmi', 'giac', 'ec-council', 'other'] as const;

export const CREDIT_UNITS = ['CE', 'CEU', 'CPE', 'PDU', 'ECE'] as const;

/** captured (seen, not yet claimed) -> submitted (filled into the portal) -> pending -> earned, or rejected. */
export const RECORD_STATUSES = ['captured', 'submitted', 'pending', 'earned', 'rejected'] as const;

/** Fields an adapter can report having found on a page. */
export const CAPTURE_FIELDS = ['title', 'startDate', 'endDate', 'certificateCode', 'credits', 'hours'] as const;

export const CERT_LEVELS = ['entry', 'associate', 'specialist', 'professional', 'expert'] as const;

export const EXAM_KINDS = [
  'entry',
  'technician',
  'associate',
  'specialist',
  'professional-concentration',
  'technology-core',
  'expert-written',
  'expert-lab',
] as const;

/** Categories a program sorts its activities into; programs without categories have none. */
export const PROGRAM_CATEGORIES = {
  cisco: [],
  comptia: ['webinar', 'conference', 'teaching', 'instructional-materials'],
  isc2: ['group-a', 'group-b'],
  isaca: [],
  pmi: ['ways-of-working', 'power-skills', 'business-acumen', 'giving-back', 'practitioner'],
  giac: [],
  'ec-council': [],
  other: [],
} as const satisfies Record<(typeof PROGRAMS)[number], readonly string[]>;

export type ActivityCategory = (typeof PROGRAM_CATEGORIES)[keyof typeof PROGRAM_CATEGORIES][number];

/** Kinds of activity the planner holds, as the Cisco CE item catalogue sorts them. */
export const ACTIVITY_KINDS = [
  'online-videos',
  'online-course',
  'instructor-led',
  'virtual-instructor-led',
  'workshop',
  'event-session',
  'exam-authoring',
  'other',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** 'sample': shipped with the extension, never stored; 'user': entered by the user, stored and deletable. */
export const ACTIVITY_SOURCES = ['sample', 'user'] as const;
export type ActivitySource = (typeof ACTIVITY_SOURCES)[number];

/** The only kind of certificate file kept. */
export const PDF_TYPE = 'application/pdf' as const;

/** The largest backup read: every PDF at the size ceiling would not fit, but a real history does. */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

/**
 * Bytes per part when a certificate travels between a content script and the background (about 11 MB of base64),
 * far under the 64 MiB a runtime message may carry in Chrome (background/message-parts.ts).
 */
export const PART_BYTES = 8 * 1024 * 1024;
