import { describe, expect, it } from 'vitest';
import { choosePrimary, progress, type ProgressInput } from '../../src/domain/progress';
import { makeCertification, makeRecord } from '../helpers/factories';

const settings = { submissionWindowDays: 90 };
function run(input: Partial<ProgressInput>) {
  return progress({ records: [], certifications: [], settings, today: '2026-11-29', ...input });
}

describe('progress: Cisco CE-only path', () => {
  it.each([
    ['associate', 30],
    ['specialist', 40],
    ['professional', 80],
    ['expert', 120],
  ] as const)('asks %s certifications for %i CE credits', (level, required) => {
    const report = run({ certifications: [makeCertification({ level })] });
    expect(report.certifications[0]!.paths[0]).toMatchObject({ id: 'ce-only', unit: 'CE', required });
  });

  it('splits credits into earned, pending (submitted or pending) and captured, ignoring rejected ones', () => {
    const records = [
      makeRecord({ status: 'earned', credits: 24 }),
      makeRecord({ status: 'pending', credits: 12 }),
      makeRecord({ status: 'submitted', credits: 4 }),
      makeRecord({ status: 'captured', credits: 16 }),
      makeRecord({ status: 'rejected', credits: 40 }),
    ];
    const path = run({ records, certifications: [makeCertification()] }).certifications[0]!.paths[0]!;
    expect(path).toMatchObject({ earned: 24, pending: 16, captured: 16, remaining: 24, complete: false });
  });

  it('counts only Cisco activities completed within the current period', () => {
    const cert = makeCertification({ expiresOn: '2027-03-14' }); // period 2024-03-14 .. 2027-03-14
    const records = [
      makeRecord({ status: 'earned', credits: 10, endDate: '2024-03-13' }),
      makeRecord({ status: 'earned', credits: 11, endDate: '2024-03-14' }),
      makeRecord({ status: 'earned', credits: 12, endDate: '2027-03-14' }),
      makeRecord({ status: 'earned', credits: 13, endDate: undefined }),
      makeRecord({ status: 'earned', credits: 14, program: 'comptia' }),
      makeRecord({ status: 'earned', credits: undefined }),
    ];
    expect(run({ records, certifications: [cert] }).certifications[0]!.paths[0]!.earned).toBe(23);
  });

  it('starts the period at the day the certification was earned when known', () => {
    const cert = makeCertification({ earnedOn: '2025-01-01', expiresOn: '2028-01-01' });
    const records = [makeRecord({ status: 'earned', credits: 10, endDate: '2024-12-31' }), makeRecord({ status: 'earned', credits: 5, endDate: '2025-01-01' })];
    const c = run({ records, certifications: [cert] }).certifications[0]!;
    expect(c.periodStart).toBe('2025-01-01');
    expect(c.paths[0]!.earned).toBe(5);
  });

  it('counts one pool toward the highest certification; lower ones renew with it', () => {
    const ccna = makeCertification({ id: 'ccna', name: 'CCNA', level: 'associate', expiresOn: '2027-01-10' });
    const ccnp = makeCertification({ id: 'ccnp', name: 'CCNP Enterprise', level: 'professional', expiresOn: '2027-06-01' });
    const records = [makeRecord({ status: 'earned', credits: 40, endDate: '2026-01-10' })];
    const report = run({ records, certifications: [ccna, ccnp] });
    expect(report.primaryId).toBe('ccnp');
    const lower = report.certifications.find((c) => c.certificationId === 'ccna')!;
    expect(lower.renewsWith).toBe('ccnp');
    expect(lower.paths[0]).toMatchObject({ required: 80, earned: 40 });
    expect(lower.daysLeft).toBe(42);
  });

  it('prefers the highest active certification, then the one expiring first', () => {
    const a = makeCertification({ id: 'a', level: 'professional', expiresOn: '2028-01-01' });
    const b = makeCertification({ id: 'b', level: 'professional', expiresOn: '2027-01-01' });
    const expiredExpert = makeCertification({ id: 'x', level: 'expert', expiresOn: '2026-01-01' });
    expect(choosePrimary([a, b, expiredExpert], '2026-11-29')?.id).toBe('b');
    expect(choosePrimary([expiredExpert], '2026-11-29')?.id).toBe('x');
  });
});

describe('progress: state and days left', () => {
  const cert = makeCertification({ expiresOn: '2027-03-14' }); // 105 days after 2026-11-29
  it('is renewed once earned credits reach the threshold', () => {
    const c = run({ certifications: [cert], records: [makeRecord({ status: 'earned', credits: 80 })] }).certifications[0]!;
    expect(c).toMatchObject({ state: 'renewed', daysLeft: 105 });
  });

  it('is on track when pending and captured credits would cover the rest', () => {
    const records = [makeRecord({ status: 'earned', credits: 60 }), makeRecord({ status: 'captured', credits: 20 })];
    expect(run({ certifications: [cert], records }).certifications[0]!.state).toBe('on-track');
  });

  it('is at risk when behind the pace the period needs', () => {
    const records = [makeRecord({ status: 'earned', credits: 30 })]; // ~90% of the period gone, 37% done
    expect(run({ certifications: [cert], records }).certifications[0]!.state).toBe('at-risk');
  });

  it('is on track when ahead of pace early in the period', () => {
    const early = makeCertification({ expiresOn: '2029-01-01' });
    const records = [makeRecord({ status: 'earned', credits: 30 })]; // 30% of the period gone, 37% done
    expect(run({ certifications: [early], records }).certifications[0]!.state).toBe('on-track');
  });

  it('is at risk in the last 90 days whatever the pace', () => {
    const soon = makeCertification({ expiresOn: '2027-01-15' });
    const records = [makeRecord({ status: 'earned', credits: 79 })];
    expect(run({ certifications: [soon], records }).certifications[0]!.state).toBe('at-risk');
  });

  it('is expired after the expiry date, with negative days left', () => {
    const c = run({ certifications: [makeCertification({ expiresOn: '2026-11-28' })] }).certifications[0]!;
    expect(c).toMatchObject({ state: 'expired', daysLeft: -1 });
  });

  it('never expires at the entry level (CCST)', () => {
    const c = run({ certifications: [makeCertification({ level: 'entry', expiresOn: undefined })] }).certifications[0]!;
    expect(c.state).toBe('no-expiry');
    expect(c.paths).toEqual([]);
  });
});

describe('progress: next step', () => {
  it('asks for a certification first', () => {
    expect(run({}).nextStep).toEqual({ kind: 'add-certification' });
  });

  it('points at the captured record whose submission window closes first', () => {
    const records = [
      makeRecord({ id: 'late', title: 'Late', endDate: '2026-11-01' }),
      makeRecord({ id: 'soon', title: 'Soon', endDate: '2026-09-20' }),
      makeRecord({ id: 'closed', title: 'Too old', endDate: '2026-08-01' }),
    ];
    expect(run({ certifications: [makeCertification()], records }).nextStep).toEqual({ kind: 'submit', recordId: 'soon', title: 'Soon', daysLeftInWindow: 20 });
  });

  it('says how many credits to earn and at what pace when nothing is waiting to be submitted', () => {
    const step = run({ certifications: [makeCertification({ expiresOn: '2027-11-29' })], records: [makeRecord({ status: 'earned', credits: 56 })] }).nextStep;
    expect(step).toEqual({ kind: 'earn', remaining: 24, unit: 'CE', perMonth: 2, daysLeft: 365 });
  });

  it('says the certification expired', () => {
    expect(run({ certifications: [makeCertification({ expiresOn: '2026-01-01' })] }).nextStep.kind).toBe('expired');
  });
});
