import type { CourseRecord, LinkedCatalogItem } from '../../domain/schema';
import { formatNumber } from '../../text/format';
import { t } from '../../text/i18n';
import { UNIT_KEY } from '../../text/labels';

interface Props {
  record: CourseRecord;
  onChoose: (record: CourseRecord, item: LinkedCatalogItem) => void;
}

/**
 * Where a record stands against the CE Item Catalog, under its title: the official item when it is named
 * otherwise, a flag when the catalogue does not have it (it may earn no credits), or the items of a near tie
 * to choose from.
 */
export function RecordItemCatalogLink({ record, onChoose }: Props) {
  const link = record.catalogue;
  if (!link) return null;
  if (link.state === 'matched' || link.state === 'chosen') {
    return link.item.name === record.title ? null : <span class="record-catalogue muted">{t('recordCatalogueItem', [link.item.name])}</span>;
  }
  if (link.state === 'not-found') return <span class="record-flag">{t('recordNotInCatalogue')}</span>;
  const unit = t(UNIT_KEY[record.creditUnit]);
  return (
    <span class="record-choose" role="group" aria-label={t('recordChooseLabel', [record.title])}>
      <span class="record-flag">{t('recordChooseHeading')}</span>
      {link.candidates.map((item) => (
        <button key={`${item.name}|${item.credits}`} type="button" class="button subtle small" onClick={() => onChoose(record, item)}>
          {t('recordChooseOption', [item.name, formatNumber(item.credits), unit])}
        </button>
      ))}
    </span>
  );
}
