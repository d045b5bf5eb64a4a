import type { Activity } from '../../domain/activities';
import { formatDate, formatMoney, formatNumber } from '../../text/format';
import { t } from '../../text/i18n';
import { ACTIVITY_KIND_KEY, UNIT_KEY } from '../../text/labels';

interface Props {
  items: readonly Activity[];
  /** YYYY-MM-DD: offers that ended before it are marked. */
  today: string;
  onRemove: (item: Activity) => void;
}

export const removeActivityButtonId = (itemId: string) => `remove-activity-${itemId}`;

function costText(item: Activity): string {
  if (item.cost === 0) return t('costFreeCell');
  // The schema refuses a priced item without a currency; a bare number is the honest fallback for a stray one.
  return item.currency ? formatMoney(item.cost, item.currency) : formatNumber(item.cost);
}

function OfferEnds({ item, today }: { item: Activity; today: string }) {
  if (!item.offerEndsOn) return <span class="muted">{t('offerNoEnd')}</span>;
  const ended = item.offerEndsOn < today;
  return (
    <>
      {formatDate(item.offerEndsOn)}
      {ended ? <span class="chip neutral offer-ended">{t('offerEnded')}</span> : null}
    </>
  );
}

/** Every activity the planner chooses from: the samples that ship with the extension, then the user's own. */
export function ActivitiesTable({ items, today, onRemove }: Props) {
  return (
    <table class="catalogue-table">
      <thead>
        <tr>
          <th scope="col">{t('columnActivity')}</th>
          <th scope="col">{t('columnKind')}</th>
          <th scope="col" class="numeric">
            {t('columnCredits')}
          </th>
          <th scope="col" class="numeric">
            {t('columnCost')}
          </th>
          <th scope="col">{t('columnOfferEnds')}</th>
          <th scope="col">{t('columnSource')}</th>
          <th scope="col">
            <span class="visually-hidden">{t('columnActions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id} data-activity={item.id} data-source={item.source}>
            <th scope="row">
              {/* The link was checked to be https:// when the item was added; it opens apart from the dashboard. */}
              {item.url ? (
                <a href={item.url} target="_blank" rel="noopener noreferrer">
                  {item.title}
                </a>
              ) : (
                item.title
              )}
            </th>
            <td>{t(ACTIVITY_KIND_KEY[item.kind])}</td>
            <td class="numeric">
              {formatNumber(item.credits)} {t(UNIT_KEY[item.creditUnit])}
            </td>
            <td class="numeric">{costText(item)}</td>
            <td>
              <OfferEnds item={item} today={today} />
            </td>
            <td>{item.source === 'sample' ? t('sourceSample') : t('sourceUser')}</td>
            <td class="actions-cell">
              {item.source === 'user' ? (
                <button type="button" class="button subtle" id={removeActivityButtonId(item.id)} aria-label={t('removeActivity', [item.title])} onClick={() => onRemove(item)}>
                  {t('remove')}
                </button>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
