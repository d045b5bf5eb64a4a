/**
 * Where the credits timeline chart draws things, in SVG user units: pure arithmetic from a CreditTimeline,
 * kept apart from the component so the shapes can be tested without rendering.
 */
import { addYears, daysBetween } from '../../domain/dates';
import type { CreditTimeline, TimelineStep } from '../../domain/credit-timeline';

export const CHART = { width: 400, height: 180, left: 36, right: 12, top: 14, bottom: 26 } as const;

export type SeriesKind = 'earned' | 'claimed' | 'all';

export interface ChartLabel {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

/**
 * Room the "Expires <month year>" label takes left of the expiry line (bold, about 110 px in the longest of the five
 * languages), with half of a centred "Today" (the longest, French's, is about 70 px) and a gap: a "Today" label
 * closer than this moves below the top. At 70 px, "Today" printed over "Expires Jul 2027" seven months before it.
 */
const EXPIRY_LABEL_ROOM = 150;
/** Width of a "Mar 2027" date under the axis. */
const MIN_TICK_GAP = 56;

export interface TimelineGeometry {
  /** Step areas, drawn back to front (all, claimed, earned) so each shows above the one it includes. */
  areas: Record<SeriesKind, string>;
  thresholds: Array<{ credits: number; y: number }>;
  yTicks: Array<{ credits: number; y: number }>;
  /** The period's start and each anniversary, then the end. */
  xTicks: Array<{ date: string; x: number }>;
  endX: number;
  /** Absent when today is outside the period. */
  todayX?: number;
  /** Above the expiry line, and above the today line unless that would collide with it. */
  expiryLabel: ChartLabel;
  todayLabel?: ChartLabel;
  baseY: number;
  yMax: number;
}

/** The smallest 1-2-5 × 10^n step that gives at most `count` intervals up to `max`. */
export function niceStep(max: number, count = 4): number {
  const raw = Math.max(max, 1) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power);
}

export function timelineGeometry(timeline: CreditTimeline): TimelineGeometry {
  const { left, right, top, bottom, width, height } = CHART;
  const plotWidth = width - left - right;
  const baseY = height - bottom;
  const span = Math.max(1, daysBetween(timeline.start, timeline.end));
  const x = (date: string) => round(left + (clamp(daysBetween(timeline.start, date), 0, span) / span) * plotWidth);

  const last = timeline.steps[timeline.steps.length - 1]!;
  const highest = Math.max(last.all, ...timeline.thresholds.map((t) => t.credits));
  const step = niceStep(highest);
  const yMax = Math.ceil((highest * 1.05) / step) * step || step;
  const y = (credits: number) => round(baseY - (credits / yMax) * (baseY - top));

  // The line stops at today: what happens later is not known yet. A period already over is drawn to its end.
  const drawTo = timeline.today < timeline.end ? (timeline.today > timeline.start ? timeline.today : timeline.start) : timeline.end;
  const area = (kind: SeriesKind) => stepArea(timeline.steps, kind, x, y, x(drawTo), baseY);

  const yTicks = [];
  for (let credits = 0; credits <= yMax; credits += step) yTicks.push({ credits, y: y(credits) });
  const xTicks = [];
  for (let year = 0; addYears(timeline.start, year) < timeline.end; year++) {
    const date = addYears(timeline.start, year);
    // An anniversary just before the expiry (a period that is not whole years) would print over the end's date.
    if (year === 0 || x(timeline.end) - x(date) >= MIN_TICK_GAP) xTicks.push({ date, x: x(date) });
  }
  xTicks.push({ date: timeline.end, x: x(timeline.end) });

  const todayInside = timeline.today >= timeline.start && timeline.today <= timeline.end;
  const endX = x(timeline.end);
  const todayX = x(timeline.today);
  const todayLabel: ChartLabel =
    endX - todayX < EXPIRY_LABEL_ROOM ? { x: round(todayX - 4), y: top + 10, anchor: 'end' } : { x: todayX, y: top - 3, anchor: 'middle' };
  return {
    areas: { all: area('all'), claimed: area('claimed'), earned: area('earned') },
    thresholds: timeline.thresholds.map((t) => ({ credits: t.credits, y: y(t.credits) })),
    yTicks,
    xTicks,
    endX,
    expiryLabel: { x: endX, y: top - 3, anchor: 'end' },
    ...(todayInside ? { todayX, todayLabel } : {}),
    baseY,
    yMax,
  };
}

/** A closed step shape: flat until each completion, up by what it added, on to `endX`, then down to the axis. */
function stepArea(steps: readonly TimelineStep[], kind: SeriesKind, x: (date: string) => number, y: (credits: number) => number, endX: number, baseY: number): string {
  const first = steps[0]!;
  const parts = [`M${x(first.date)} ${baseY}`, `V${y(first[kind])}`];
  for (const s of steps.slice(1)) {
    const sx = Math.min(x(s.date), endX);
    parts.push(`H${sx}`, `V${y(s[kind])}`);
  }
  parts.push(`H${endX}`, `V${baseY}`, 'Z');
  return parts.join('');
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
