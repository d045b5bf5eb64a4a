/**
 * Above the records table: search, the status and program filters, the completion-date range, and how many
 * records that leaves. A plain region, not a form: nothing is submitted, every change shows at once.
 */
import type { Program, RecordStatus } from '../../domain/schema';
import { PROGRAMS, RECORD_STATUSES } from '../../domain/vocabulary';
import { TextField } from '../components/TextField';
import { t, tCount } from '../../text/i18n';
import { PROGRAM_KEY, STATUS_KEY } from '../../text/labels';
import type { RecordsFilter } from './records-view';

interface Props {
  filter: RecordsFilter;
  /** A change, worked out from the filter as it is by then (two quick changes both count). */
  onFilter: (change: (filter: RecordsFilter) => Partial<RecordsFilter>) => void;
  /** Shown only when the filters or the order differ from how the table opens. */
  onReset?: () => void;
  shown: number;
  total: number;
  /** The table is in its opening order, which no column header names. */
  recentFirst: boolean;
}

function toggled<T>(set: ReadonlySet<T>, value: T, on: boolean): ReadonlySet<T> {
  const next = new Set(set);
  if (on) next.add(value);
  else next.delete(value);
  return next;
}

/** A row of checkboxes under a legend; none ticked means no filter on it. */
function CheckboxGroup<T extends string>({ id, legendKey, values, labelKeys, chosen, onToggle }: { id: string; legendKey: string; values: readonly T[]; labelKeys: Record<T, string>; chosen: ReadonlySet<T>; onToggle: (value: T, on: boolean) => void }) {
  return (
    <fieldset class="filter-group">
      <legend>{t(legendKey)}</legend>
      {values.map((value) => (
        <span key={value} class="filter-option">
          <input id={`${id}-${value}`} type="checkbox" checked={chosen.has(value)} onChange={(e) => onToggle(value, e.currentTarget.checked)} />
          <label for={`${id}-${value}`}>{t(labelKeys[value])}</label>
        </span>
      ))}
    </fieldset>
  );
}

export function RecordsToolbar({ filter, onFilter, onReset, shown, total, recentFirst }: Props) {
  return (
    <div class="records-toolbar" role="search" aria-label={t('recordsToolbarLabel')}>
      <div class="records-toolbar-fields">
        <TextField id="records-search" labelKey="recordsSearch" hintKey="recordsSearchHint" value={filter.query} maxLength={200} onValue={(query) => onFilter(() => ({ query }))} />
        <TextField id="records-from" labelKey="recordsFilterFrom" type="date" value={filter.from ?? ''} onValue={(from) => onFilter(() => ({ from: from || undefined }))} />
        <TextField id="records-to" labelKey="recordsFilterTo" type="date" value={filter.to ?? ''} onValue={(to) => onFilter(() => ({ to: to || undefined }))} />
      </div>
      <CheckboxGroup<RecordStatus> id="records-status" legendKey="recordsFilterStatus" values={RECORD_STATUSES} labelKeys={STATUS_KEY} chosen={filter.statuses} onToggle={(value, on) => onFilter((f) => ({ statuses: toggled(f.statuses, value, on) }))} />
      <CheckboxGroup<Program> id="records-program" legendKey="recordsFilterProgram" values={PROGRAMS} labelKeys={PROGRAM_KEY} chosen={filter.programs} onToggle={(value, on) => onFilter((f) => ({ programs: toggled(f.programs, value, on) }))} />
      <div class="records-count">
        <p>
          {tCount(total, { oneKey: 'recordsShowingOne', otherKey: 'recordsShowing' }, [shown, total])}
          {recentFirst ? <span class="muted"> · {t('recordsOrderRecent')}</span> : null}
        </p>
        {onReset ? (
          <button type="button" class="button subtle" onClick={onReset}>
            {t('recordsReset')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
