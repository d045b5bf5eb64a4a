/** Progress against the renewal rules (protocol/progress.ts): the report, the popup's first frame, charts, the plan. */
import { alignWithItemCatalog } from '../../domain/activity-alignment';
import { planForCertification } from '../../domain/certification-plan';
import { localToday } from '../../domain/dates';
import { POPUP_LATEST_COUNT } from '../../domain/popup-summary';
import type { progressMessages } from '../../protocol/progress';
import { listActivities } from '../../store/activities';
import { NotFoundError, allRecords, listRecords } from '../../store/records';
import { itemCatalogIndexFor } from '../item-catalog-links';
import { progressReport, progressWithTimelines } from '../progress-report';
import type { Handlers, TypesOf } from './handler';

export const progressHandlers: Handlers<TypesOf<typeof progressMessages>> = {
  'progress.get': async (message, { ctx, db }) => progressReport(await db(), message.today ?? localToday(ctx.clock.now())),
  'popup.summary': async (_message, { ctx, db }) => {
    const database = await db();
    const today = localToday(ctx.clock.now());
    const [report, records] = await Promise.all([progressReport(database, today), listRecords(database, { limit: POPUP_LATEST_COUNT })]);
    const summary = { today, report, records };
    await ctx.keepPopupSummary?.(summary).catch((error: unknown) => console.warn('Recert Companion: the popup summary could not be kept', error));
    return summary;
  },
  'progress.timelines': async (message, { ctx, db }) => progressWithTimelines(await db(), message.today ?? localToday(ctx.clock.now())),
  'plan.get': async (message, { ctx, db }) => {
    const database = await db();
    const [report, catalogue, records, ce] = await Promise.all([
      progressReport(database, message.today ?? localToday(ctx.clock.now())),
      listActivities(database),
      allRecords(database),
      itemCatalogIndexFor(database),
    ]);
    // Credits from the CE Item Catalog where it lists the activity; nothing from one it does not, or one claimed.
    const { items, unavailable } = alignWithItemCatalog(catalogue, ce?.index, records, ce?.readAt);
    const plan = planForCertification({ report, certificationId: message.certificationId, items, currency: message.currency, unavailable });
    if (!plan) throw new NotFoundError('Certification');
    return plan;
  },
};
