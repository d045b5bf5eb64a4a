import type { NextStep } from '../../domain/progress';
import { t } from '../../text/i18n';
import { nextStepText } from '../next-step-text';

export function NextStepCard({ step }: { step: NextStep }) {
  return (
    <section class="card next-step" aria-labelledby="next-step-heading">
      <h2 id="next-step-heading">{t('nextStep')}</h2>
      <p>{nextStepText(step)}</p>
    </section>
  );
}
