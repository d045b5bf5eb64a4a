import type { CreditTimeline } from '../../domain/credit-timeline';
import '../components/progress-bar.css';
import './timeline.css';
import { formatDate, formatMonth, formatNumber } from '../../text/format';
import { t, uiLanguage } from '../../text/i18n';
import { UNIT_KEY } from '../../text/labels';
import { CHART, timelineGeometry } from './timeline-geometry';

interface Props {
  timeline: CreditTimeline;
  /** Unique on the page: the SVG's title and hatch pattern are referenced by id. */
  idPrefix: string;
}

/** "120, 80 or 40 CE": every threshold, as the UI language lists alternatives. */
function thresholdList(timeline: CreditTimeline): string {
  const numbers = timeline.thresholds.map((th) => formatNumber(th.credits));
  const list = new Intl.ListFormat(uiLanguage(), { type: 'disjunction' }).format(numbers);
  return `${list} ${t(UNIT_KEY[timeline.unit])}`;
}

/** The sentence a screen reader hears for the chart, and everyone reads under it. */
function summary(timeline: CreditTimeline): string {
  const last = timeline.steps[timeline.steps.length - 1]!;
  return t('timelineSummary', [
    formatNumber(last.all),
    t(UNIT_KEY[timeline.unit]),
    formatNumber(last.earned),
    formatNumber(last.claimed - last.earned),
    formatNumber(last.all - last.claimed),
    thresholdList(timeline),
    formatDate(timeline.end),
  ]);
}

/**
 * Cumulative credits over the certification's period as stacked steps (earned, then claimed, then captured),
 * a dashed line at each path's threshold, the expiry at the right edge and today marked. Colour is never the
 * only signal: the legend names each series and the summary says the numbers.
 */
export function CreditTimelineChart({ timeline, idPrefix }: Props) {
  const g = timelineGeometry(timeline);
  const titleId = `${idPrefix}-title`;
  const summaryId = `${idPrefix}-summary`;
  const hatchId = `${idPrefix}-hatch`;
  const unit = t(UNIT_KEY[timeline.unit]);
  const right = CHART.width - CHART.right;
  return (
    <figure class="timeline">
      <h4 class="paths-heading" id={titleId}>
        {t('timelineHeading')}
      </h4>
      <svg viewBox={`0 0 ${CHART.width} ${CHART.height}`} role="img" aria-labelledby={titleId} aria-describedby={summaryId} class="timeline-chart">
        <defs>
          <pattern id={hatchId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" class="series-all-base" />
            <rect width="3" height="6" class="series-all" />
          </pattern>
        </defs>
        {g.yTicks.map((tick) => (
          <g key={`y${tick.credits}`} class="tick">
            <line x1={CHART.left} x2={right} y1={tick.y} y2={tick.y} class="grid" />
            <text x={CHART.left - 4} y={tick.y} text-anchor="end" dominant-baseline="middle">
              {formatNumber(tick.credits)}
            </text>
          </g>
        ))}
        <path d={g.areas.all} fill={`url(#${hatchId})`} data-series="all" />
        <path d={g.areas.claimed} class="series-claimed" data-series="claimed" />
        <path d={g.areas.earned} class="series-earned" data-series="earned" />
        {g.thresholds.map((th) => (
          <g key={`t${th.credits}`} class="threshold" data-threshold={th.credits}>
            <line x1={CHART.left} x2={right} y1={th.y} y2={th.y} />
            <text x={CHART.left + 4} y={th.y - 3}>{`${formatNumber(th.credits)} ${unit}`}</text>
          </g>
        ))}
        {g.todayX !== undefined && g.todayLabel ? (
          <g class="today" data-marker="today">
            <line x1={g.todayX} x2={g.todayX} y1={CHART.top} y2={g.baseY} />
            <text x={g.todayLabel.x} y={g.todayLabel.y} text-anchor={g.todayLabel.anchor}>
              {t('timelineToday')}
            </text>
          </g>
        ) : null}
        <g class="expiry" data-marker="expiry">
          <line x1={g.endX} x2={g.endX} y1={CHART.top} y2={g.baseY} />
          <text x={g.expiryLabel.x} y={g.expiryLabel.y} text-anchor={g.expiryLabel.anchor} class="expiry-label">
            {t('timelineExpires', [formatMonth(timeline.end, uiLanguage())])}
          </text>
        </g>
        <line x1={CHART.left} x2={right} y1={g.baseY} y2={g.baseY} class="axis" />
        {g.xTicks.map((tick, i) => (
          <text
            key={tick.date}
            x={tick.x}
            y={g.baseY + 16}
            text-anchor={i === 0 ? 'start' : i === g.xTicks.length - 1 ? 'end' : 'middle'}
          >
            {formatMonth(tick.date, uiLanguage())}
          </text>
        ))}
      </svg>
      <ul class="legend" aria-hidden="true">
        <li>
          <span class="swatch earned" />
          {t('statusEarned')}
        </li>
        <li>
          <span class="swatch pending" />
          {t('statusPending')}
        </li>
        <li>
          <span class="swatch captured" />
          {t('statusCaptured')}
        </li>
      </ul>
      <figcaption id={summaryId} class="timeline-summary">
        {summary(timeline)}
      </figcaption>
    </figure>
  );
}
