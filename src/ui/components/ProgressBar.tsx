import type { CreditSummary, PathProgress } from '../../domain/progress';
import type { CreditUnit } from '../../domain/schema';
import { formatNumber } from '../../text/format';
import { t } from '../../text/i18n';
import { UNIT_KEY } from '../../text/labels';
import { pathName } from '../path-text';
import './progress-bar.css';

interface Props {
  path: PathProgress;
  credits: CreditSummary;
  unit: CreditUnit;
  /** Whose credits these are, for screen readers. */
  name: string;
}

/** Earned, pending and captured credits against the path's target; every segment is labelled with its number. */
export function ProgressBar({ path, credits, unit, name }: Props) {
  const { earned, pending, captured } = credits;
  const required = path.creditsRequired;
  const counted = earned + pending + captured;
  const scale = Math.max(required, counted, 1);
  const total = t('progressOf', [formatNumber(counted), formatNumber(required), t(UNIT_KEY[unit])]);
  const segments = [
    { kind: 'earned', value: earned, label: t('segmentEarned', [formatNumber(earned)]) },
    { kind: 'pending', value: pending, label: t('segmentPending', [formatNumber(pending)]) },
    { kind: 'captured', value: captured, label: t('segmentCaptured', [formatNumber(captured)]) },
  ];
  return (
    <div class="progress">
      <p class="progress-total">
        <strong>{total}</strong>
        <span class="path-name muted">{pathName(path, unit)}</span>
      </p>
      <div
        class="progress-bar"
        role="meter"
        aria-label={t('progressBarLabel', [name])}
        aria-valuemin={0}
        aria-valuemax={required}
        aria-valuenow={Math.min(counted, required)}
        aria-valuetext={total}
      >
        {segments.map((s) =>
          s.value > 0 ? <span key={s.kind} class={`segment ${s.kind}`} style={{ width: `${(s.value / scale) * 100}%` }} /> : null,
        )}
      </div>
      <ul class="legend">
        {segments.map((s) => (
          <li key={s.kind} data-segment={s.kind}>
            <span class={`swatch ${s.kind}`} aria-hidden="true" />
            {s.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
