/** What the planner offers to plan in, and what it plans in until the user chooses. */
import type { Activity } from '../../domain/activities';

/** Always offered, whatever the catalogue holds: the seed's pounds and the two commonest currencies of training. */
const COMMON_CURRENCIES = ['GBP', 'USD', 'EUR'];

/**
 * The currency of the latest item the user added with one: what they last entered is the likeliest currency they
 * pay in. Else GBP: the only priced sample (the seed's) is in pounds, so it is the one currency the samples plan in.
 */
export function defaultCurrency(items: readonly Activity[]): string {
  let latest: Activity | undefined;
  for (const item of items) {
    if (item.source !== 'user' || !item.currency) continue;
    // Later in the list wins a tie: the list is in the order items were added.
    if (!latest || (item.addedAt ?? '') >= (latest.addedAt ?? '')) latest = item;
  }
  return latest?.currency ?? 'GBP';
}

/** The currencies in the catalogue and the common ones, plus the one chosen, in alphabetical order. */
export function currencyOptions(items: readonly Activity[], chosen: string): string[] {
  const codes = new Set([...COMMON_CURRENCIES, chosen, ...items.flatMap((i) => (i.currency ? [i.currency] : []))]);
  return [...codes].sort();
}
