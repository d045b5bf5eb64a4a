import { useEffect, useState } from 'preact/hooks';
import type { Activity } from '../../domain/activities';
import type { CertificationPlan } from '../../domain/certification-plan';
import type { ProgressReport } from '../../domain/progress';
import { sendMessage } from '../../send-message';
import { SelectField } from '../components/SelectField';
import { t } from '../../text/i18n';
import { nextStepText } from '../next-step-text';
import { pathName } from '../path-text';
import { exclusionText, planSummary, shortfallDetail, tieText, type PlannedResult } from '../plan-text';
import { currencyOptions, defaultCurrency } from './planner-choices';

interface Props {
  report: ProgressReport;
  /** The catalogue as listed: its currencies are offered, and a change to it makes a new plan. */
  items: readonly Activity[];
}

/** The last plan shown stays while the next one is worked out, so the panel does not flash. */
interface PlanState {
  result?: CertificationPlan;
  error?: string;
  busy: boolean;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function unplannableText(result: Extract<CertificationPlan, { status: 'unplannable' }>, report: ProgressReport): string {
  switch (result.reason) {
    case 'never-expires':
      return t('nextNeverExpires');
    case 'no-expiry':
      return t('planNeedsExpiry');
    case 'no-credit-path':
      return t('planNoCreditPath');
    case 'not-renewable': {
      // Retired, expired, or rules unknown: the certification's own next step says which.
      const step = report.certifications.find((c) => c.certificationId === result.certificationId)?.nextSteps[0];
      return step ? nextStepText(step) : t('planNotRenewable');
    }
  }
}

function PlannedDetails({ result, report }: { result: PlannedResult; report: ProgressReport }) {
  const certs = report.certifications;
  const requested = certs.find((c) => c.certificationId === result.requestedId);
  const path = certs.find((c) => c.certificationId === result.certificationId)?.paths.find((p) => p.id === result.pathId);
  const detail = shortfallDetail(result);
  const { tie, excluded } = result.plan;
  return (
    <>
      {requested && result.requestedId !== result.certificationId ? <p class="muted">{t('planCarried', [requested.certification, result.certification])}</p> : null}
      {path ? (
        <p class="plan-path muted">
          {t('planPath', [pathName(path, result.unit)])}
          {path.examsRemaining > 0 ? ` ${t('planExamsYours')}` : ''}
        </p>
      ) : null}
      <p class={`plan-summary${result.plan.covered ? '' : ' short'}`}>{planSummary(result)}</p>
      {detail ? <p>{detail}</p> : null}
      {tie ? <p class="plan-tie">{tieText(tie)}</p> : null}
      {excluded.length > 0 ? (
        <>
          <h4 class="plan-excluded-heading">{t('planExcludedHeading')}</h4>
          <ul class="plan-excluded">
            {excluded.map((e) => (
              <li key={e.item.id} data-excluded={e.reason}>
                {t('planExcludedItem', [e.item.title, exclusionText(e)])}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

/** "Cheapest way to finish": for a held certification and a currency, the plan the background works out. */
export function PlannerPanel({ report, items }: Props) {
  const certs = report.certifications;
  const [chosenId, setChosenId] = useState(report.primaryId ?? certs[0]?.certificationId);
  // Until the user picks one, the default follows the catalogue: adding an item in dollars plans in dollars.
  const [chosenCurrency, setChosenCurrency] = useState<string>();
  const [plan, setPlan] = useState<PlanState>({ busy: true });
  const certificationId = certs.some((c) => c.certificationId === chosenId) ? chosenId : certs[0]?.certificationId;
  const currency = chosenCurrency ?? defaultCurrency(items);

  useEffect(() => {
    if (!certificationId) return;
    let current = true;
    setPlan((p) => ({ ...p, busy: true }));
    sendMessage({ type: 'plan.get', certificationId, currency })
      .then((result) => current && setPlan({ result, busy: false }))
      .catch((error: unknown) => current && setPlan({ error: errorMessage(error), busy: false }));
    // A newer request replaces this one: its answer must not overwrite the newer one's.
    return () => {
      current = false;
    };
  }, [certificationId, currency, items]);

  return (
    <section class="panel planner" aria-labelledby="planner-heading">
      <h3 id="planner-heading">{t('plannerHeading')}</h3>
      {certificationId === undefined ? (
        <p>
          {t('plannerNoCertifications')} <a href="#certifications">{t('plannerGoToCertifications')}</a>
        </p>
      ) : (
        <>
          <div class="planner-controls">
            <SelectField id="plan-certification" labelKey="fieldCertification" value={certificationId} onValue={setChosenId}>
              {certs.map((c) => (
                <option key={c.certificationId} value={c.certificationId}>
                  {c.certification}
                </option>
              ))}
            </SelectField>
            <SelectField id="plan-currency" labelKey="fieldPlanCurrency" value={currency} onValue={setChosenCurrency}>
              {currencyOptions(items, currency).map((code) => (
                <option key={code} value={code}>
                  {code}
                </option>
              ))}
            </SelectField>
          </div>
          <div class="plan-result" aria-live="polite" aria-busy={plan.busy ? 'true' : undefined}>
            {plan.error ? (
              <p role="alert">{t('planError', [plan.error])}</p>
            ) : !plan.result ? (
              <p class="muted">{t('planLoading')}</p>
            ) : plan.result.status === 'planned' ? (
              <PlannedDetails result={plan.result} report={report} />
            ) : (
              <p class="plan-summary">{unplannableText(plan.result, report)}</p>
            )}
          </div>
        </>
      )}
    </section>
  );
}
