import type { CreditTimeline } from '../../domain/credit-timeline';
import type { CertificationProgress, PathProgress } from '../../domain/progress';
import type { Certification, CreditUnit } from '../../domain/schema';
import { StateChip } from '../components/StatusChip';
import { formatDate } from '../../text/format';
import { t, tCount } from '../../text/i18n';
import { LEVEL_KEY, PROGRAM_KEY } from '../../text/labels';
import { nextStepText } from '../next-step-text';
import { pathName, pathStanding } from '../path-text';
import { CreditTimelineChart } from './CreditTimelineChart';

interface Props {
  cert: Certification;
  /** Where it stands; absent while the report is loading or when it could not be made. */
  standing?: CertificationProgress;
  /** Its credits over the period; absent when there is nothing to chart (no expiry, carried, retired). */
  timeline?: CreditTimeline;
  /** The name of another held certification, by id (for "Renews with …"). */
  nameOf: (id: string) => string;
  onEdit: () => void;
  onRemove: () => void;
}

export const editButtonId = (certId: string) => `edit-cert-${certId}`;

function expiryText(cert: Certification, standing?: CertificationProgress): string {
  if (standing?.neverExpires) return t('cardNeverExpires');
  if (!cert.expiresOn) return t('cardNoExpiry');
  const date = formatDate(cert.expiresOn);
  const daysLeft = standing?.daysLeft;
  if (daysLeft === undefined) return t('cardExpiresOn', [date]);
  return daysLeft >= 0 ? tCount(daysLeft, { oneKey: 'cardExpiresOne', otherKey: 'cardExpires' }, [date, daysLeft]) : t('cardExpired', [date]);
}

/** Every way to renew, one per line: what it takes ("40 CE + 1 professional exam") and where it stands. */
function PathList({ paths, unit }: { paths: PathProgress[]; unit: CreditUnit }) {
  return (
    <ul class="cert-paths">
      {paths.map((p) => (
        <li key={p.id} data-path={p.id} class={p.complete ? 'met' : undefined}>
          <span class="path-name">{pathName(p, unit)}</span>
          <span class="path-standing">
            {pathStanding(p, unit)}
            {p.complete ? ` · ${t('met')}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** One held certification: what it is, when it expires, where it stands on every path, and Edit / Remove. */
export function CertificationCard({ cert, standing, timeline, nameOf, onEdit, onRemove }: Props) {
  const headingId = `cert-${cert.id}-name`;
  // A retired certification cannot be renewed: listing ways to renew it would mislead, so its note says why.
  const paths = cert.retired ? [] : (standing?.paths ?? []);
  // A certification carried by another shows its carrier's paths: the card says so instead of repeating them.
  const carriedBy = standing?.renewedBy;
  // Says why a card has no paths (retired, no rules known, no expiry yet); "never expires" is on the expiry line.
  const firstStep = standing?.nextSteps.find((s) => s.kind !== 'never-expires');
  const renewal = standing?.renewal;
  return (
    <li class="cert-card" data-cert={cert.id}>
      <article aria-labelledby={headingId}>
        <header class="cert-card-head">
          <h3 id={headingId}>{cert.name}</h3>
          {standing ? <StateChip state={standing.state} /> : null}
        </header>
        <p class="cert-meta">
          {t(PROGRAM_KEY[cert.program])} · {t(LEVEL_KEY[cert.level])}
          {cert.retired ? ` · ${t('retiredBadge')}` : ''}
        </p>
        <p class="cert-expiry">{expiryText(cert, standing)}</p>
        {renewal && !carriedBy ? <p class="cert-renewed">{t('nextRenewed', [formatDate(renewal.newExpiresOn)])}</p> : null}
        {carriedBy ? <p class="cert-relation">{t('renewsWith', [nameOf(carriedBy)])}</p> : null}
        {standing && standing.renews.length > 0 ? <p class="cert-relation">{t('carries', [standing.renews.map(nameOf).join(', ')])}</p> : null}
        {paths.length > 0 && !carriedBy ? (
          <>
            <h4 class="paths-heading">{t('waysToRenew')}</h4>
            <PathList paths={paths} unit={standing!.unit} />
            {timeline ? <CreditTimelineChart timeline={timeline} idPrefix={`cert-${cert.id}-timeline`} /> : null}
          </>
        ) : firstStep && !carriedBy ? (
          <p class="cert-note">{nextStepText(firstStep)}</p>
        ) : null}
        <div class="cert-actions">
          <button type="button" class="button" id={editButtonId(cert.id)} aria-label={t('editCertificationTitle', [cert.name])} onClick={onEdit}>
            {t('edit')}
          </button>
          <button type="button" class="button subtle" aria-label={t('removeCertification', [cert.name])} onClick={onRemove}>
            {t('remove')}
          </button>
        </div>
      </article>
    </li>
  );
}
