/** The next step of a certification, in words: the popup's card and the dashboard's cards say it the same way. */
import type { NextStep } from '../domain/progress';
import { formatDate, formatNumber } from '../text/format';
import { t, tCount } from '../text/i18n';
import { UNIT_KEY } from '../text/labels';
import { examsText } from './path-text';

export function nextStepText(step: NextStep): string {
  switch (step.kind) {
    case 'add-certification':
      return t('nextAddCertification');
    case 'set-expiry':
      return t('nextSetExpiry');
    case 'set-earned':
      return t('nextSetEarned');
    case 'no-rules':
      return t('nextNoRules');
    case 'never-expires':
      return t('nextNeverExpires');
    case 'retired':
      return t('nextRetired');
    case 'expired':
      return t('nextExpired');
    case 'grace':
      return step.suspended
        ? tCount(step.daysLeft, { oneKey: 'nextSuspendedOne', otherKey: 'nextSuspended' }, [step.daysLeft])
        : tCount(step.daysLeft, { oneKey: 'nextGraceOne', otherKey: 'nextGrace' }, [step.daysLeft]);
    case 'renewed':
      return t('nextRenewed', [formatDate(step.newExpiresOn)]);
    case 'renews-with':
      return t('renewsWith', [step.name]);
    case 'submit':
      return tCount(step.daysLeftInWindow, { oneKey: 'nextSubmitOne', otherKey: 'nextSubmit' }, [step.title, step.daysLeftInWindow]);
    case 'category':
      return t('nextCategory', [formatNumber(step.remaining), t(UNIT_KEY[step.unit]), step.label]);
    case 'year-minimum':
      return tCount(step.daysLeft, { oneKey: 'nextYearMinimumOne', otherKey: 'nextYearMinimum' }, [
        formatNumber(step.remaining),
        t(UNIT_KEY[step.unit]),
        step.year,
        step.daysLeft,
      ]);
    case 'year-missed':
      return t('nextYearMissed', [step.year, formatNumber(step.counted), formatNumber(step.required), t(UNIT_KEY[step.unit])]);
    case 'earn':
      return tCount(step.remaining, { oneKey: 'nextEarnOne', otherKey: 'nextEarn' }, [formatNumber(step.remaining), t(UNIT_KEY[step.unit]), formatNumber(step.perMonth)]);
    case 'pass-exam':
      return t('nextPassExam', [examsText(step.requirements), formatDate(step.expiresOn)]);
    case 'claim-pending':
      return tCount(step.pending, { oneKey: 'nextClaimPendingOne', otherKey: 'nextClaimPending' }, [formatNumber(step.pending), t(UNIT_KEY[step.unit])]);
    case 'done':
      return t('nextDone');
  }
}
