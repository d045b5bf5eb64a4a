import type { NextStep } from '../../domain/progress';
import { formatNumber } from '../format';
import { t } from '../i18n';
import { UNIT_KEY } from '../labels';

export function nextStepText(step: NextStep): string {
  switch (step.kind) {
    case 'add-certification':
      return t('nextAddCertification');
    case 'set-expiry':
      return t('nextSetExpiry');
    case 'expired':
      return t('nextExpired');
    case 'submit':
      return t('nextSubmit', [step.title, step.daysLeftInWindow]);
    case 'earn':
      return t('nextEarn', [formatNumber(step.remaining), t(UNIT_KEY[step.unit]), formatNumber(step.perMonth)]);
    case 'claim-pending':
      return t('nextClaimPending', [formatNumber(step.pending), t(UNIT_KEY[step.unit])]);
    case 'done':
      return t('nextDone');
  }
}

export function NextStepCard({ step }: { step: NextStep }) {
  return (
    <section class="card next-step" aria-labelledby="next-step-heading">
      <h2 id="next-step-heading">{t('nextStep')}</h2>
      <p>{nextStepText(step)}</p>
    </section>
  );
}
