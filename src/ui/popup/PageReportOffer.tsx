import { useEffect, useState } from 'preact/hooks';
import type { ReportOffer } from '../../protocol/page-report';
import { sendMessage } from '../../send-message';
import { t } from '../../text/i18n';

/**
 * Whether the popup offers a report of the page it was opened over (issue 21): asked once per opening. Undefined while
 * the worker answers, and when it cannot (the popup then offers nothing rather than something it cannot do).
 */
export function useReportOffer(): ReportOffer | undefined {
  const [offer, setOffer] = useState<ReportOffer | undefined>(undefined);
  useEffect(() => {
    sendMessage({ type: 'report.offer' })
      .then((answer) => setOffer(answer ?? undefined))
      .catch(() => setOffer(undefined));
  }, []);
  return offer;
}

/** The worker reads the tab (activeTab), keeps the report and opens the report page, where the user sees it and saves it. */
function useSaveReport(): { save: () => void; problem: string } {
  const [problem, setProblem] = useState('');
  const save = () => {
    setProblem('');
    sendMessage({ type: 'report.make' }).then(
      () => window.close(),
      (error: unknown) => setProblem(t('reportFailed', [error instanceof Error ? error.message : String(error)])),
    );
  };
  return { save, problem };
}

function Problem({ text }: { text: string }) {
  return text ? (
    <p role="alert" class="popup-problem">
      {text}
    </p>
  ) : null;
}

/** The prominent offer: the page's own script said it read nothing, or only part. */
export function PageReportCard({ offer }: { offer: ReportOffer | undefined }) {
  const { save, problem } = useSaveReport();
  if (!offer?.noted) return null;
  return (
    <section class="report-offer" aria-labelledby="report-offer-heading" data-report-offer={offer.noted.outcome}>
      <h2 id="report-offer-heading">{offer.noted.outcome === 'empty' ? t('reportOfferHeadingEmpty') : t('reportOfferHeadingPartial')}</h2>
      <p>{t('reportOfferText')}</p>
      <button type="button" class="button primary" onClick={save}>
        {t('reportSave')}
      </button>
      <Problem text={problem} />
    </section>
  );
}

/** The quiet offer, on any page the extension reads whose script said nothing was missed: under the footer. */
export function PageReportLink({ offer }: { offer: ReportOffer | undefined }) {
  const { save, problem } = useSaveReport();
  if (!offer?.served || offer.noted) return null;
  return (
    <div class="report-link">
      <span class="muted">{t('reportLinkLead')}</span>{' '}
      <button type="button" class="link-button" onClick={save}>
        {t('reportSave')}
      </button>
      <Problem text={problem} />
    </div>
  );
}
