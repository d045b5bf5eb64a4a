/** The planner's answer in words: the cheapest set and its cost, why it won a tie, and what was left out. */
import type { Activity } from '../domain/activities';
import type { CertificationPlan } from '../domain/certification-plan';
import type { CheapestPlan, ExcludedItem, PlanTie, TieBreaker } from '../domain/planner';
import type { CreditUnit } from '../domain/schema';
import { formatDate, formatMoney, formatNumber } from '../text/format';
import { t } from '../text/i18n';
import { PROGRAM_KEY, UNIT_KEY } from '../text/labels';

export type PlannedResult = Extract<CertificationPlan, { status: 'planned' }>;

/** "£99.00", or "free": a plan of free activities costs nothing in any currency. */
export function totalText(plan: Pick<CheapestPlan, 'totalCost' | 'totalCostMinor' | 'currency'>): string {
  return plan.totalCostMinor === 0 ? t('costFree') : formatMoney(plan.totalCost, plan.currency);
}

/** "Rev Up to Recert: Python (15 CE) and Cisco DevNet Associate Fundamentals (48 CE)", in the locale's list style. */
function itemsText(items: readonly Activity[], unit: CreditUnit): string {
  const names = items.map((item) => t('planItem', [item.title, formatNumber(item.credits), t(UNIT_KEY[unit])]));
  return new Intl.ListFormat(undefined, { style: 'long', type: 'conjunction' }).format(names);
}

/** The headline: what to take and what it costs, or why nothing can be planned. */
export function planSummary({ plan, unit, deadline }: PlannedResult): string {
  const unitText = t(UNIT_KEY[unit]);
  if (plan.deadlinePassed) return t('planDeadlinePassed', [formatDate(deadline)]);
  if (plan.remaining <= 0) return t('planNothingToEarn');
  if (!plan.covered) return t('planShort', [formatNumber(plan.shortfall), unitText]);
  return t('planCheapest', [formatNumber(plan.remaining), unitText, formatDate(deadline), itemsText(plan.chosen, unit), totalText(plan)]);
}

/** When the activities cannot cover what remains: what taking all of them would still earn, and for how much. */
export function shortfallDetail({ plan, unit }: PlannedResult): string | undefined {
  if (plan.covered || plan.deadlinePassed || plan.chosen.length === 0) return undefined;
  return t('planShortAll', [itemsText(plan.chosen, unit), formatNumber(plan.totalCredits), t(UNIT_KEY[unit]), totalText(plan)]);
}

/** Whole sentences per rule, so that each translates as one; "Two plans" reads better than "2 plans". */
const TIE_KEYS: Record<TieBreaker, { twoKey: string; manyKey: string }> = {
  'fewest-items': { twoKey: 'planTieFewestItemsTwo', manyKey: 'planTieFewestItems' },
  'least-overshoot': { twoKey: 'planTieLeastOvershootTwo', manyKey: 'planTieLeastOvershoot' },
  'earliest-offer-end': { twoKey: 'planTieEarliestOfferTwo', manyKey: 'planTieEarliestOffer' },
  // Items with the same title are ranked by their ids, which mean nothing to the user: for them, it is still "by title".
  title: { twoKey: 'planTieAlphabeticalTwo', manyKey: 'planTieAlphabetical' },
  id: { twoKey: 'planTieAlphabeticalTwo', manyKey: 'planTieAlphabetical' },
};

export function tieText(tie: PlanTie): string {
  const keys = TIE_KEYS[tie.brokenBy];
  const plans = tie.alternatives + 1;
  return plans === 2 ? t(keys.twoKey) : t(keys.manyKey, [formatNumber(plans)]);
}

/** Why an activity is not in the plan: "offer ended 20 Apr 2023", "priced in USD". */
export function exclusionText({ item, reason }: ExcludedItem): string {
  switch (reason) {
    case 'expired-offer':
      return t('excludedOfferEnded', [item.offerEndsOn ? formatDate(item.offerEndsOn) : '']);
    case 'other-currency':
      return t('excludedCurrency', [item.currency ?? '']);
    case 'other-program':
      return t('excludedProgram', [t(PROGRAM_KEY[item.program])]);
    case 'other-unit':
      return t('excludedUnit', [t(UNIT_KEY[item.creditUnit])]);
    case 'not-in-catalogue':
      return t('excludedNotInCatalogue');
    case 'already-taken':
      return t('excludedAlreadyTaken');
  }
}
