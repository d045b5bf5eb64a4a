import { describe, expect, it } from 'vitest';
import type { CreditTimeline } from '../../src/domain/credit-timeline';
import { CHART, niceStep, timelineGeometry } from '../../src/ui/options/timeline-geometry';

const timeline = (overrides: Partial<CreditTimeline> = {}): CreditTimeline => ({
  certificationId: 'ccnp',
  unit: 'CE',
  start: '2024-03-14',
  end: '2027-03-14',
  today: '2026-11-29',
  rollover: 0,
  steps: [
    { date: '2024-03-14', earned: 0, claimed: 0, all: 0 },
    { date: '2025-02-01', earned: 24, claimed: 32, all: 32 },
    { date: '2026-06-10', earned: 24, claimed: 32, all: 48 },
  ],
  thresholds: [
    { credits: 80, pathIds: ['ce-only'] },
    { credits: 40, pathIds: ['ce-and-exam'] },
  ],
  ...overrides,
});

const baseY = CHART.height - CHART.bottom;
const left = CHART.left;
const right = CHART.width - CHART.right;

describe('timeline geometry', () => {
  it('picks 1-2-5 steps', () => {
    expect([7, 40, 80, 120, 300].map((max) => niceStep(max))).toEqual([2, 10, 20, 50, 100]);
  });

  it('scales credits so the highest threshold fits with room, and ticks from 0 to the top', () => {
    const g = timelineGeometry(timeline());
    expect(g.yMax).toBe(100);
    expect(g.yTicks.map((t) => t.credits)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(g.yTicks[0]!.y).toBe(baseY);
    expect(g.yTicks.at(-1)!.y).toBe(CHART.top);
    expect(g.thresholds.map((t) => t.credits)).toEqual([80, 40]);
    expect(g.thresholds[0]!.y).toBeLessThan(g.thresholds[1]!.y);
  });

  it('grows the scale when the credits pass every threshold', () => {
    const g = timelineGeometry(timeline({ steps: [{ date: '2024-03-14', earned: 150, claimed: 150, all: 150 }] }));
    expect(g.yMax).toBeGreaterThanOrEqual(150);
  });

  it('marks each anniversary and ends at the expiry on the right edge, with today inside', () => {
    const g = timelineGeometry(timeline());
    expect(g.xTicks.map((t) => t.date)).toEqual(['2024-03-14', '2025-03-14', '2026-03-14', '2027-03-14']);
    expect(g.xTicks[0]!.x).toBe(left);
    expect(g.endX).toBe(right);
    expect(g.todayX).toBeGreaterThan(g.xTicks[2]!.x);
    expect(g.todayX).toBeLessThan(g.endX);
  });

  it('draws each series as steps that stop at today', () => {
    const g = timelineGeometry(timeline());
    const y = (credits: number) => Math.round((baseY - (credits / 100) * (baseY - CHART.top)) * 10) / 10;
    const commands = g.areas.all.match(/[MHVZ][^MHVZ]*/g)!;
    expect(commands[0]).toBe(`M${left} ${baseY}`);
    // Up by 32 at the first completion, by 16 more at the second, then flat to today and down.
    expect(commands).toContain(`V${y(32)}`);
    expect(commands).toContain(`V${y(48)}`);
    expect(commands.at(-3)).toBe(`H${g.todayX}`);
    expect(g.areas.earned).not.toContain(`V${y(48)}`);
  });

  it('moves the Today label under the top when it would print over the expiry’s', () => {
    expect(timelineGeometry(timeline({ today: '2025-09-01' })).todayLabel).toMatchObject({ anchor: 'middle', y: CHART.top - 3 });
    const late = timelineGeometry(timeline({ today: '2027-03-01' }));
    expect(late.todayLabel).toMatchObject({ anchor: 'end', y: CHART.top + 10 });
    expect(late.expiryLabel).toEqual({ x: right, y: CHART.top - 3, anchor: 'end' });
    // Seven months before the expiry of a three-year period, a centred "Today" would print over "Expires Mar 2027".
    expect(timelineGeometry(timeline({ today: '2026-08-14' })).todayLabel).toMatchObject({ anchor: 'end', y: CHART.top + 10 });
  });

  it('drops an anniversary that would crowd the expiry date', () => {
    // A period shortened by an earlier renewal: its second anniversary falls 103 days before the expiry.
    const g = timelineGeometry(timeline({ start: '2024-12-01', end: '2027-03-14' }));
    expect(g.xTicks.map((t) => t.date)).toEqual(['2024-12-01', '2025-12-01', '2027-03-14']);
  });

  it('leaves today off a period that is over, and draws that period to its end', () => {
    const g = timelineGeometry(timeline({ today: '2027-06-01' }));
    expect(g.todayX).toBeUndefined();
    expect(g.areas.all).toContain(`H${right}V${baseY}Z`);
  });
});
