import { describe, expect, it } from 'vitest';
import { creditTimeline } from '../../src/domain/credit-timeline';
import { progress } from '../../src/domain/progress';
import type { Certification, CourseRecord } from '../../src/domain/schema';
import { makeCertification, makeRecord } from '../helpers/factories';

const TODAY = '2026-11-29';

function timelineFor(records: CourseRecord[], certifications: Certification[] = [makeCertification()], id = 'ccnp') {
  const report = progress({ records, certifications, settings: { submissionWindowDays: 90 }, today: TODAY });
  const standing = report.certifications.find((c) => c.certificationId === id)!;
  return { timeline: creditTimeline(records, standing, TODAY), standing };
}

describe('creditTimeline', () => {
  it('runs from the period start to the expiry, one step per completion day, earned ≤ claimed ≤ all', () => {
    const records = [
      makeRecord({ endDate: '2025-02-01', credits: 24, status: 'earned', certificateCode: 'A' }),
      makeRecord({ endDate: '2025-02-01', credits: 8, status: 'pending', certificateCode: 'B' }),
      makeRecord({ endDate: '2026-06-10', credits: 16, status: 'captured', certificateCode: 'C' }),
      makeRecord({ endDate: '2026-01-05', credits: 12.5, status: 'submitted', certificateCode: 'D' }),
    ];
    const { timeline } = timelineFor(records);
    expect(timeline).toMatchObject({ unit: 'CE', start: '2024-03-14', end: '2027-03-14', today: TODAY, rollover: 0 });
    expect(timeline!.steps).toEqual([
      { date: '2024-03-14', earned: 0, claimed: 0, all: 0 },
      { date: '2025-02-01', earned: 24, claimed: 32, all: 32 },
      { date: '2026-01-05', earned: 24, claimed: 44.5, all: 44.5 },
      { date: '2026-06-10', earned: 24, claimed: 44.5, all: 60.5 },
    ]);
  });

  it('ends where progress() ends: the last step is the card’s earned, pending and captured credits', () => {
    const records = [
      makeRecord({ endDate: '2025-05-01', credits: 22.8, status: 'earned', certificateCode: 'A' }),
      makeRecord({ endDate: '2025-06-01', credits: 8.4, status: 'pending', certificateCode: 'B' }),
      // Outside the period, rejected, a lite course and a second claim of one item: none counts.
      makeRecord({ endDate: '2023-01-01', credits: 40, status: 'earned', certificateCode: 'OLD' }),
      makeRecord({ endDate: '2025-07-01', credits: 40, status: 'rejected', certificateCode: 'R' }),
      makeRecord({ title: 'Implementing Cisco SD-WAN Solutions Lite', endDate: '2025-07-01', credits: 16, status: 'captured' }),
      makeRecord({ endDate: '2025-08-01', credits: 22.8, status: 'captured', certificateCode: 'A' }),
    ];
    const { timeline, standing } = timelineFor(records);
    const last = timeline!.steps.at(-1)!;
    expect(last.earned).toBe(standing.credits.earned);
    expect(last.claimed - last.earned).toBeCloseTo(standing.credits.pending, 6);
    expect(last.all - last.claimed).toBe(standing.credits.captured);
    expect(last.all).toBe(31.2);
  });

  it('draws one line per distinct credit threshold, highest first, naming the paths that share it', () => {
    const { timeline } = timelineFor([]);
    // CCNP: 80 CE alone, or 40 CE with an exam; the exam-only paths have no credit line.
    expect(timeline!.thresholds.map((t) => t.credits)).toEqual([80, 40]);
    expect(timeline!.thresholds[0]!.pathIds).toHaveLength(1);
    expect(timeline!.steps).toEqual([{ date: '2024-03-14', earned: 0, claimed: 0, all: 0 }]);
  });

  it('has nothing to chart without an expiry, for a retired or carried certification, or one that never expires', () => {
    expect(timelineFor([], [makeCertification({ expiresOn: undefined })]).timeline).toBeUndefined();
    expect(timelineFor([], [makeCertification({ retired: true })]).timeline).toBeUndefined();
    const ccna = makeCertification({ id: 'ccna', name: 'CCNA', level: 'associate', expiresOn: '2027-01-10' });
    expect(timelineFor([], [makeCertification(), ccna], 'ccna').timeline).toBeUndefined();
    expect(timelineFor([], [makeCertification(), ccna], 'ccnp').timeline).toBeDefined();
    const ccst = makeCertification({ id: 'ccst', name: 'CCST Networking', level: 'entry', expiresOn: undefined });
    expect(timelineFor([], [ccst], 'ccst').timeline).toBeUndefined();
  });
});
