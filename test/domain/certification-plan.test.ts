import { describe, expect, it } from 'vitest';
import { SAMPLE_ACTIVITIES, type Activity } from '../../src/domain/activities';
import { pathToPlan, planForCertification } from '../../src/domain/certification-plan';
import { planCheapest } from '../../src/domain/planner';
import { progress, type PathProgress } from '../../src/domain/progress';
import type { Certification, CourseRecord, Exam } from '../../src/domain/schema';
import { makeCertification, makeRecord } from '../helpers/factories';

const TODAY = '2026-11-29';
const ccnp = makeCertification({ earnedOn: '2024-03-14' }); // expires 2027-03-14
const earned = (credits: number): CourseRecord => makeRecord({ status: 'earned', credits, endDate: '2026-01-10' });
const concentration: Exam = { id: 'e1', program: 'cisco', code: '300-410', kind: 'professional-concentration', passedOn: '2026-05-01' };

const bootcamp: Activity = {
  id: 'u1', title: 'ENCOR bootcamp', program: 'cisco', credits: 40, creditUnit: 'CE', cost: 1200, currency: 'GBP', kind: 'instructor-led', source: 'user',
};
const videos: Activity = { ...bootcamp, id: 'u2', title: 'Automation videos', credits: 16, cost: 49, kind: 'online-videos' };
const items = [...SAMPLE_ACTIVITIES, bootcamp, videos];

function planFor(certifications: Certification[], certificationId: string, more: { records?: CourseRecord[]; exams?: Exam[] } = {}) {
  const report = progress({ records: more.records ?? [], certifications, exams: more.exams ?? [], settings: { submissionWindowDays: 90 }, today: TODAY });
  return planForCertification({ report, certificationId, items, currency: 'GBP' });
}

describe('planForCertification: which path, how much, by when', () => {
  it('plans the credits-only path when no exam is passed: what remains of 80 CE, before the expiry', () => {
    const result = planFor([ccnp], 'ccnp', { records: [earned(24)] });
    expect(result).toMatchObject({ status: 'planned', certificationId: 'ccnp', pathId: 'ce-only', program: 'cisco', unit: 'CE', deadline: '2027-03-14' });
    const expected = planCheapest({ items, program: 'cisco', creditUnit: 'CE', remaining: 56, today: TODAY, deadline: '2027-03-14', currency: 'GBP' });
    expect(result?.status === 'planned' && result.plan).toEqual(expected);
    expect(expected.chosen.map((i) => i.id)).toEqual(['u2', 'u1']);
  });

  it('switches to 40 CE + an exam once the exam is passed: that path is nearer done, and credits alone finish it', () => {
    const result = planFor([ccnp], 'ccnp', { records: [earned(24)], exams: [concentration] });
    expect(result).toMatchObject({ status: 'planned', pathId: 'ce-40-one-professional-exam', plan: { remaining: 16, totalCost: 49, covered: true } });
  });

  it('plans a carried certification’s carrier: its credits, its path and its expiry count', () => {
    const ccna = makeCertification({ id: 'ccna', code: 'ccna', name: 'CCNA', level: 'associate', expiresOn: '2028-01-10' });
    expect(planFor([ccnp, ccna], 'ccna')).toMatchObject({ status: 'planned', requestedId: 'ccna', certificationId: 'ccnp', certification: 'CCNP Enterprise', deadline: '2027-03-14' });
  });

  it('says why it cannot plan: never expires, no expiry yet, retired, rules unknown', () => {
    const ccst = makeCertification({ id: 'ccst', code: 'ccst-networking', name: 'CCST Networking', level: 'entry', earnedOn: '2024-03-01', expiresOn: undefined });
    const noExpiry = makeCertification({ expiresOn: undefined });
    const retired = makeCertification({ retired: true });
    const unknown = makeCertification({ program: 'other', name: 'Vendor X Pro' });
    expect(planFor([ccst], 'ccst')).toMatchObject({ status: 'unplannable', reason: 'never-expires' });
    expect(planFor([noExpiry], 'ccnp')).toMatchObject({ status: 'unplannable', reason: 'no-expiry' });
    expect(planFor([retired], 'ccnp')).toMatchObject({ status: 'unplannable', reason: 'not-renewable' });
    expect(planFor([unknown], 'ccnp')).toMatchObject({ status: 'unplannable', reason: 'not-renewable' });
    expect(planFor([ccnp], 'not-held')).toBeUndefined();
  });
});

describe('pathToPlan', () => {
  const path = (id: string, creditsRequired: number, remaining: number, examsRemaining: number): PathProgress => ({
    id, label: id, creditsRequired, examsRequired: examsRemaining, examRequirements: [], creditsCounted: creditsRequired - remaining,
    examsCounted: 0, remaining, examsRemaining, complete: false,
  });

  it('takes the credit path nearest done among those with no exam left, the program’s order breaking a tie', () => {
    const paths = [path('a', 80, 30, 0), path('b', 40, 10, 1), path('c', 60, 30, 0), path('exams', 0, 0, 1)];
    expect(pathToPlan({ paths, bestPathId: 'b' })?.id).toBe('a');
  });

  it('when every credit path needs an exam: the best path if it takes credits, else the one nearest done', () => {
    const paths = [path('a', 80, 60, 1), path('b', 40, 20, 1), path('exams', 0, 0, 1)];
    expect(pathToPlan({ paths, bestPathId: 'a' })?.id).toBe('a');
    expect(pathToPlan({ paths, bestPathId: 'exams' })?.id).toBe('b');
    expect(pathToPlan({ paths: [path('exams', 0, 0, 1)], bestPathId: 'exams' })).toBeUndefined();
  });
});
