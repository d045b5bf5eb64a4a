/** Progress against the renewal rules: the report, the popup's first frame, the dashboard's charts, the plan. */
import { z } from 'zod';
import type { CertificationPlan } from '../domain/certification-plan';
import type { ProgressWithTimelines } from '../domain/credit-timeline';
import type { PopupSummary } from '../domain/popup-summary';
import type { ProgressReport } from '../domain/progress';
import { IsoDate } from '../domain/schema';
import { declare } from './declare';
import { Id } from './shapes';

export const progressMessages = [
  declare(z.strictObject({ type: z.literal('progress.get'), today: IsoDate.optional() })).replies<ProgressReport>(),
  /** What the popup's first frame shows (the report and the latest records), kept for its next opening too. */
  declare(z.strictObject({ type: z.literal('popup.summary') })).replies<PopupSummary>(),
  /** The report with each certification's credits over time (the dashboard's charts). */
  declare(z.strictObject({ type: z.literal('progress.timelines'), today: IsoDate.optional() })).replies<ProgressWithTimelines>(),
  /** The cheapest activities that finish a held certification, with its costs in `currency` (ISO 4217). */
  declare(
    z.strictObject({
      type: z.literal('plan.get'),
      certificationId: Id,
      currency: z.string().regex(/^[A-Za-z]{3}$/, 'A 3-letter currency code'),
      today: IsoDate.optional(),
    }),
  ).replies<CertificationPlan>(),
] as const;
