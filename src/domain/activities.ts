/**
 * The planner's activities: what a user could still take to earn credits, with what they cost and
 * until when the offer runs. Samples ship with the extension; the user adds their own through newUserActivity.
 */
import { z } from 'zod';
import type { FieldError } from './field-error';
import { CreditUnit, IsoDate, IsoDateTime, Program } from './schema';
import { ACTIVITY_KINDS, ACTIVITY_SOURCES } from './vocabulary';

// The plain lists live in vocabulary.ts so that pages can offer them without zod; re-exported for existing imports.
export { ACTIVITY_KINDS, ACTIVITY_SOURCES };
export type { ActivityKind, ActivitySource } from './vocabulary';

/**
 * Costs are compared in minor units (cents, pence) so sums are exact integers; a cost therefore has at
 * most two decimals. Currencies with three-decimal minor units (BHD, KWD) are rounded by the user.
 */
export const MINOR_UNITS_PER_MAJOR = 100;

export function toMinorUnits(cost: number): number {
  return Math.round(cost * MINOR_UNITS_PER_MAJOR);
}

function hasAtMostTwoDecimals(value: number): boolean {
  return Math.abs(value * MINOR_UNITS_PER_MAJOR - toMinorUnits(value)) < 1e-6;
}

const CurrencyCode = z
  .string({ error: 'The currency must be a 3-letter code such as GBP or USD' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, 'The currency must be a 3-letter code such as GBP or USD');

export const Activity = z
  .object({
    id: z.string({ error: 'An id is required' }).min(1, 'An id is required').max(64),
    title: z
      .string({ error: 'A title is required' })
      .trim()
      .min(1, 'A title is required')
      .max(500, 'The title is too long (500 characters at most)'),
    program: Program,
    credits: z
      .number({ error: 'Credits must be a number' })
      .finite('Credits must be a number')
      .positive('Credits must be more than 0')
      .max(1000, 'Credits must be 1000 or less'),
    creditUnit: CreditUnit,
    /** In major units of `currency` (99 = £99); 0 means free. */
    cost: z
      .number({ error: 'The cost must be a number (0 for free)' })
      .finite('The cost must be a number (0 for free)')
      .min(0, 'The cost cannot be negative')
      .max(1_000_000, 'The cost must be 1,000,000 or less')
      .refine(hasAtMostTwoDecimals, 'The cost can have at most two decimals'),
    currency: CurrencyCode.optional(),
    /** Last day the offer (price, availability) holds; absent when it does not end. */
    offerEndsOn: IsoDate.optional(),
    kind: z.enum(ACTIVITY_KINDS, { error: `The kind must be one of: ${ACTIVITY_KINDS.join(', ')}` }),
    url: z.url({ protocol: /^https$/, error: 'The link must be an https:// address' }).max(2048).optional(),
    source: z.enum(ACTIVITY_SOURCES),
    /** When the user added it (user items): the dashboard lists them in that order and plans in the latest's currency. */
    addedAt: IsoDateTime.optional(),
  })
  // A price without a currency cannot be compared with anything; a free item needs none.
  .refine((item) => item.cost === 0 || item.currency !== undefined, {
    message: 'A currency is required when the item is not free',
    path: ['currency'],
    // Report it alongside other fields' problems, as long as cost and currency themselves are readable.
    when: (payload) => payload.issues.every((issue) => issue.path?.[0] !== 'cost' && issue.path?.[0] !== 'currency'),
  });
export type Activity = z.infer<typeof Activity>;

/** The two examples from the seed article; both offers ended in April 2023, so the planner reports them expired. */
export const SAMPLE_ACTIVITIES: Activity[] = [
  {
    id: 'sample-rev-up-to-recert-python',
    title: 'Rev Up to Recert: Python',
    program: 'cisco',
    credits: 15,
    creditUnit: 'CE',
    cost: 0,
    offerEndsOn: '2023-04-20',
    kind: 'online-videos',
    source: 'sample',
  },
  {
    id: 'sample-devnet-associate-fundamentals',
    title: 'Cisco DevNet Associate Fundamentals',
    program: 'cisco',
    credits: 48,
    creditUnit: 'CE',
    cost: 99,
    currency: 'GBP',
    offerEndsOn: '2023-04-30',
    kind: 'online-course',
    source: 'sample',
  },
];

export type NewActivityResult =
  | { ok: true; item: Activity; items: Activity[] }
  | { ok: false; errors: FieldError[] };

const NUMERIC_FIELDS = new Set(['credits', 'cost']);
const DECIMAL_TEXT = /^\s*\d+(?:\.\d+)?\s*$/;

/**
 * Forms hand over text and leave optional fields blank: treat blank as absent and decimal text in the numeric
 * fields as numbers, so the user sees "A title is required" rather than a type error.
 */
function normaliseFormInput(input: Record<string, unknown>): Record<string, unknown> {
  const normalised: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(input)) {
    if (value === null || value === undefined) continue;
    if (typeof value === 'string' && value.trim() === '') continue;
    normalised[field] = NUMERIC_FIELDS.has(field) && typeof value === 'string' && DECIMAL_TEXT.test(value) ? Number(value) : value;
  }
  return normalised;
}

/**
 * Validates an item the user entered and returns the catalogue with it appended (the input list is not
 * changed), or the problems field by field. The caller supplies the id (and the time, when it keeps one);
 * the source is always 'user'.
 */
export function newUserActivity(items: readonly Activity[], input: unknown, id: string, addedAt?: string): NewActivityResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: [{ field: '', message: 'Expected the item’s fields' }] };
  }
  if (items.some((existing) => existing.id === id)) {
    return { ok: false, errors: [{ field: 'id', message: `An item with the id “${id}” is already in the catalogue` }] };
  }
  const parsed = Activity.safeParse({ ...normaliseFormInput(input as Record<string, unknown>), id, source: 'user', ...(addedAt ? { addedAt } : {}) });
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => ({ field: issue.path.map(String).join('.'), message: issue.message })),
    };
  }
  return { ok: true, item: parsed.data, items: [...items, parsed.data] };
}
