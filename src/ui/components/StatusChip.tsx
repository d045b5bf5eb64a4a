import type { RecordStatus } from '../../domain/schema';
import type { CertificationState } from '../../domain/progress';
import { t } from '../../text/i18n';
import { STATE_KEY, STATUS_KEY } from '../../text/labels';

const STATUS_TONE: Record<RecordStatus, string> = {
  captured: 'info',
  submitted: 'neutral',
  pending: 'risk',
  earned: 'ok',
  rejected: 'bad',
};

const STATE_TONE: Record<CertificationState, string> = {
  'on-track': 'ok',
  'at-risk': 'risk',
  renewed: 'info',
  retired: 'neutral',
  expired: 'bad',
};

export function StatusChip({ status }: { status: RecordStatus }) {
  return <span class={`chip ${STATUS_TONE[status]}`}>{t(STATUS_KEY[status])}</span>;
}

export function StateChip({ state }: { state: CertificationState }) {
  return <span class={`chip ${STATE_TONE[state]}`} data-state={state}>{t(STATE_KEY[state])}</span>;
}
