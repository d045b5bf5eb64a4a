/**
 * The renewal rules of shared/domain/ce-programs.md, one test per rule, named after it. Each builds the smallest
 * situation that shows the rule and fails if the engine breaks it.
 */
import { describe, expect, it } from 'vitest';
import { progress, type CertificationProgress, type ProgressInput } from '../../src/domain/progress';
import type { Certification, CourseRecord, Exam } from '../../src/domain/schema';
import { makeCertification, makeRecord } from '../helpers/factories';

const TODAY = '2026-11-29';
const settings = { submissionWindowDays: 90 };

function run(input: Partial<ProgressInput>) {
  return progress({ records: [], certifications: [], settings, today: TODAY, ...input });
}
function only(input: Partial<ProgressInput>): CertificationProgress {
  return run(input).certifications[0]!;
}
function path(p: CertificationProgress, id: string) {
  const found = p.paths.find((x) => x.id === id);
  if (!found) throw new Error(`no path ${id} in ${p.paths.map((x) => x.id).join(', ')}`);
  return found;
}
const earned = (credits: number, over: Partial<CourseRecord> = {}) => makeRecord({ status: 'earned', credits, ...over });
const exam = (kind: Exam['kind'], passedOn: string, code = `${kind}-${passedOn}`): Exam => ({ id: code, program: 'cisco', code, kind, passedOn });
const cert = (over: Partial<Certification> = {}) => makeCertification({ expiresOn: '2027-11-29', ...over }); // period 2024-11-29 .. 2027-11-29

describe('Cisco: thresholds by level', () => {
  it.each([
    ['associate', 30],
    ['specialist', 40],
    ['professional', 80],
    ['expert', 120],
  ] as const)('a %s certification renews with %i CE credits alone', (level, credits) => {
    const p = only({ certifications: [cert({ level })], records: [earned(credits)] });
    expect(path(p, 'ce-only')).toMatchObject({ creditsRequired: credits, complete: true });
    expect(p.state).toBe('renewed');
    expect(only({ certifications: [cert({ level })], records: [earned(credits - 1)] }).state).not.toBe('renewed');
  });

  it('an associate certification also renews with any one qualifying exam', () => {
    for (const kind of ['associate', 'professional-concentration', 'technology-core', 'expert-written', 'expert-lab'] as const) {
      expect(only({ certifications: [cert({ level: 'associate' })], exams: [exam(kind, '2026-05-01')] }).state, kind).toBe('renewed');
    }
  });

  it('a professional certification renews with 40 CE + one professional exam, but not with 40 CE alone', () => {
    const certifications = [cert()];
    expect(only({ certifications, records: [earned(40)] }).state).not.toBe('renewed');
    const p = only({ certifications, records: [earned(40)], exams: [exam('professional-concentration', '2026-05-01')] });
    expect(path(p, 'ce-40-one-professional-exam')).toMatchObject({ creditsRequired: 40, examsRequired: 1, examsCounted: 1, complete: true });
    expect(p.state).toBe('renewed');
  });

  it('a professional certification renews by exams only: one core, two concentration, or the CCIE written', () => {
    const certifications = [cert()];
    expect(only({ certifications, exams: [exam('technology-core', '2026-01-01')] }).state).toBe('renewed');
    expect(only({ certifications, exams: [exam('professional-concentration', '2026-01-01')] }).state).not.toBe('renewed');
    expect(only({ certifications, exams: [exam('professional-concentration', '2026-01-01', 'A'), exam('professional-concentration', '2026-02-01', 'B')] }).state).toBe('renewed');
    expect(only({ certifications, exams: [exam('expert-written', '2026-01-01')] }).state).toBe('renewed');
  });

  it('the same exam passed twice counts once', () => {
    const twice = [exam('professional-concentration', '2026-01-01', '300-410'), exam('professional-concentration', '2026-03-01', '300-410')];
    expect(path(only({ certifications: [cert()], exams: twice }), 'two-concentration-exams').examsCounted).toBe(1);
  });

  it.each([
    ['40 CE + one technology core exam', [40], ['technology-core']],
    ['40 CE + two professional exams', [40], ['professional-concentration', 'technology-core']],
    ['80 CE + one professional exam', [80], ['professional-concentration']],
    ['exams only: core + concentration', [], ['technology-core', 'professional-concentration']],
    ['exams only: expert lab', [], ['expert-lab']],
  ] as const)('an expert certification renews with %s', (_label, credits, kinds) => {
    const p = only({
      certifications: [cert({ level: 'expert' })],
      records: credits.map((c) => earned(c)),
      exams: kinds.map((k, i) => exam(k, '2026-06-01', `E${i}`)),
    });
    expect(p.state).toBe('renewed');
  });

  it('an expert certification does not renew with 40 CE + one concentration exam', () => {
    expect(only({ certifications: [cert({ level: 'expert' })], records: [earned(40)], exams: [exam('professional-concentration', '2026-06-01')] }).state).not.toBe('renewed');
  });

  it('a CCST earned before 15 July 2025 never expires (cisco.com recertification policy, Japanese edition)', () => {
    const p = only({ certifications: [makeCertification({ level: 'entry', name: 'CCST Networking', earnedOn: '2025-07-14', expiresOn: undefined })] });
    expect(p).toMatchObject({ neverExpires: true, paths: [], nextSteps: [{ kind: 'never-expires' }] });
  });

  it('a CCST earned from 15 July 2025 lasts 5 years and is renewed by exam only: CE credits do not apply (same page)', () => {
    const ccst = makeCertification({ id: 'ccst', code: 'ccst-networking', level: 'entry', name: 'CCST Networking', earnedOn: '2025-07-15', expiresOn: undefined });
    const p = only({ certifications: [ccst], records: [earned(80, { endDate: '2026-01-10' })] });
    expect(p).toMatchObject({ neverExpires: false, expiresOn: '2030-07-15', periodStart: '2025-07-15', state: 'on-track' });
    expect(p.paths.map((path) => [path.id, path.creditsRequired, path.examsRequired])).toEqual([['one-exam', 0, 1]]);
    expect(p.paths[0]!.complete, '80 CE earned change nothing').toBe(false);
    const exam = { id: 'e', program: 'cisco' as const, code: '200-301', kind: 'associate' as const, passedOn: '2027-02-01' };
    const renewed = progress({ certifications: [ccst], records: [], exams: [exam], settings: { submissionWindowDays: 90 }, today: TODAY }).certifications[0]!;
    expect(renewed).toMatchObject({ state: 'renewed', renewal: { completedOn: '2027-02-01', newExpiresOn: '2032-02-01' } });
    // A CCST stored before the day earned was asked for: it asks for that day, and nothing is at risk yet.
    expect(only({ certifications: [{ ...ccst, earnedOn: undefined }] })).toMatchObject({ state: 'on-track', nextSteps: [{ kind: 'set-earned' }] });
  });

  it('a CCST is not renewed along with a higher certification by CE credits (same page: CE does not apply)', () => {
    const ccst = makeCertification({ id: 'ccst', code: 'ccst-networking', level: 'entry', name: 'CCST Networking', earnedOn: '2025-09-01', expiresOn: undefined });
    const ccna = makeCertification({ id: 'ccna', code: 'ccna', level: 'associate', name: 'CCNA', expiresOn: '2027-06-01' });
    const result = progress({ certifications: [ccna, ccst], records: [earned(30, { endDate: '2026-01-10' })], settings: { submissionWindowDays: 90 }, today: TODAY }).certifications;
    expect(result.find((c) => c.certificationId === 'ccna')).toMatchObject({ state: 'renewed', renews: [] });
    const ccstProgress = result.find((c) => c.certificationId === 'ccst')!;
    expect(ccstProgress.renewedBy).toBeUndefined();
    expect(ccstProgress.state).toBe('on-track');
  });
});

describe('Cisco: the period and what counts in it', () => {
  it('only activities completed within the current period count (start and expiry days included)', () => {
    const certifications = [cert({ expiresOn: '2027-03-14' })]; // period 2024-03-14 .. 2027-03-14
    const records = [earned(10, { endDate: '2024-03-13' }), earned(11, { endDate: '2024-03-14' }), earned(12, { endDate: '2027-03-14' })];
    expect(only({ certifications, records }).credits.earned).toBe(23);
  });

  it('the period starts on the day the certification was earned or last renewed, when known', () => {
    const p = only({ certifications: [cert({ earnedOn: '2025-06-01', expiresOn: '2028-06-01' })], records: [earned(10, { endDate: '2025-05-31' }), earned(5, { endDate: '2025-06-01' })] });
    expect(p.periodStart).toBe('2025-06-01');
    expect(p.credits.earned).toBe(5);
  });

  it('pending credits are shown apart from earned and counted', () => {
    const records = [earned(24), makeRecord({ status: 'pending', credits: 12 }), makeRecord({ status: 'submitted', credits: 4 }), makeRecord({ status: 'captured', credits: 16 })];
    expect(only({ certifications: [cert()], records }).credits).toEqual({ earned: 24, pending: 16, captured: 16, counted: 40 });
  });

  it('rejected records never count', () => {
    const p = only({ certifications: [cert()], records: [makeRecord({ status: 'rejected', credits: 80 })] });
    expect(p.credits).toEqual({ earned: 0, pending: 0, captured: 0, counted: 0 });
  });

  it('claims still pending at expiry count retroactively once validated, by completion date', () => {
    const certifications = [cert({ expiresOn: '2026-11-01' })];
    const pendingAtExpiry = only({ certifications, records: [earned(60, { endDate: '2026-01-01' }), makeRecord({ status: 'pending', credits: 20, endDate: '2026-10-20' })] });
    expect(pendingAtExpiry.state).toBe('at-risk');
    const validatedLater = only({ certifications, records: [earned(60, { endDate: '2026-01-01' }), earned(20, { endDate: '2026-10-20' })] });
    expect(validatedLater.state).toBe('renewed');
    expect(validatedLater.renewal).toEqual({ completedOn: '2026-10-20', newExpiresOn: '2029-10-20' });
  });

  it('once expired without enough credits, CE can no longer renew it', () => {
    const p = only({ certifications: [cert({ expiresOn: '2026-11-01' })], records: [earned(79, { endDate: '2026-01-01' })] });
    expect(p).toMatchObject({ state: 'expired', renewable: false, nextSteps: [{ kind: 'expired' }] });
    expect(p.newExpiryIfCompletedToday).toBeUndefined();
  });

  it('the new expiry is the day the last requirement was met + 3 years, not the old expiry + 3 years', () => {
    const records = [earned(50, { endDate: '2025-02-01' }), earned(30, { endDate: '2026-04-15' }), earned(10, { endDate: '2026-06-01' })];
    expect(only({ certifications: [cert()], records }).renewal).toEqual({ completedOn: '2026-04-15', newExpiresOn: '2029-04-15' });
    const byExam = only({ certifications: [cert()], records: [earned(40, { endDate: '2025-01-10' })], exams: [exam('technology-core', '2025-09-09')] });
    expect(byExam.renewal).toEqual({ completedOn: '2025-09-09', newExpiresOn: '2028-09-09' });
  });

  it('renewing today would forfeit the time left: the new expiry would be today + 3 years', () => {
    expect(only({ certifications: [cert()] }).newExpiryIfCompletedToday).toBe('2029-11-29');
  });

  it('retired certifications have their own state: active until their expiry, never renewed (ce-programs.md: "Retired certifications stay active until their own expiry but cannot be renewed")', () => {
    const p = only({ certifications: [cert({ retired: true })], records: [earned(80)] });
    expect(p).toMatchObject({ state: 'retired', renewable: false, nextSteps: [{ kind: 'retired' }] });
    expect(only({ certifications: [cert({ retired: true, expiresOn: '2026-01-01' })] }).state, 'after its expiry').toBe('expired');
    expect(p.renewal).toBeUndefined();
  });
});

describe('Cisco: one pool, counted toward the highest certification', () => {
  const ccna = makeCertification({ id: 'ccna', name: 'CCNA', level: 'associate', expiresOn: '2027-01-10' });
  const ccnp = makeCertification({ id: 'ccnp', name: 'CCNP Enterprise', level: 'professional', expiresOn: '2027-06-01' });

  it('the highest active certification carries those at its level and below', () => {
    const report = run({ certifications: [ccna, ccnp], records: [earned(40, { endDate: '2026-01-10' })] });
    expect(report.primaryId).toBe('ccnp');
    const lower = report.certifications.find((c) => c.certificationId === 'ccna')!;
    expect(lower).toMatchObject({ renewedBy: 'ccnp', nextSteps: [{ kind: 'renews-with', certificationId: 'ccnp', name: 'CCNP Enterprise' }] });
    expect(path(lower, 'ce-only').creditsRequired).toBe(80);
    expect(report.certifications.find((c) => c.certificationId === 'ccnp')!.renews).toEqual(['ccna']);
  });

  it('30 CE renew nothing while the CCNP is the highest: the credits count toward the CCNP', () => {
    const report = run({ certifications: [ccna, ccnp], records: [earned(30, { endDate: '2026-01-10' })] });
    expect(report.certifications.map((c) => c.state)).toEqual(['at-risk', 'at-risk']);
  });

  it('when the CCNP renews, the CCNA renews with it', () => {
    const report = run({ certifications: [ccna, ccnp], records: [earned(80, { endDate: '2026-01-10' })] });
    expect(report.certifications.map((c) => c.state)).toEqual(['renewed', 'renewed']);
  });

  it('an expired higher certification carries nothing: the next highest takes the pool', () => {
    const expiredCcnp = { ...ccnp, expiresOn: '2026-06-01' };
    const report = run({ certifications: [ccna, expiredCcnp], records: [earned(30, { endDate: '2026-01-10' })] });
    expect(report.primaryId).toBe('ccna');
    expect(report.certifications.find((c) => c.certificationId === 'ccna')!.state).toBe('renewed');
  });
});

describe('Cisco: state and next steps', () => {
  it('is at risk in the last 90 days whatever the pace', () => {
    expect(only({ certifications: [cert({ expiresOn: '2027-01-15' })], records: [earned(79)] }).state).toBe('at-risk');
  });

  it('is on track when ahead of the pace the period needs, at risk when behind', () => {
    const early = cert({ expiresOn: '2029-01-01' }); // ~30% of the period gone
    expect(only({ certifications: [early], records: [earned(30)] }).state).toBe('on-track');
    expect(only({ certifications: [early], records: [earned(20)] }).state).toBe('at-risk');
  });

  it('lists captured records to submit before their window closes, soonest first', () => {
    const records = [
      makeRecord({ id: 'late', title: 'Late', endDate: '2026-11-01', credits: 12 }),
      makeRecord({ id: 'soon', title: 'Soon', endDate: '2026-09-20', credits: 8 }),
      makeRecord({ id: 'closed', title: 'Too old', endDate: '2026-08-01' }),
    ];
    const steps = only({ certifications: [cert()], records }).nextSteps.filter((s) => s.kind === 'submit');
    expect(steps).toEqual([
      { kind: 'submit', recordId: 'soon', title: 'Soon', credits: 8, unit: 'CE', daysLeftInWindow: 20 },
      { kind: 'submit', recordId: 'late', title: 'Late', credits: 12, unit: 'CE', daysLeftInWindow: 62 },
    ]);
  });

  it('the submission window is a setting', () => {
    const records = [makeRecord({ endDate: '2026-08-01' })];
    const p = progress({ records, certifications: [cert()], settings: { submissionWindowDays: 365 }, today: TODAY }).certifications[0]!;
    expect(p.nextSteps[0]).toMatchObject({ kind: 'submit', daysLeftInWindow: 245 });
  });

  it('says how many credits remain and how many a month finish them by expiry', () => {
    const p = only({ certifications: [cert()], records: [earned(56)] });
    expect(p.nextSteps).toContainEqual({ kind: 'earn', remaining: 24, unit: 'CE', perMonth: 2, daysLeft: 365 });
  });

  it('asks for a certification when none is held', () => {
    expect(run({}).nextStep).toEqual({ kind: 'add-certification' });
  });
});

describe('the path closest to done (the one the popup’s bar shows)', () => {
  it('is the credit path once credits are captured, even before any is claimed', () => {
    const captured = only({ certifications: [makeCertification()], records: [makeRecord({ status: 'captured', credits: 24, endDate: '2026-03-14' })] });
    expect(captured.bestPathId).toBe('ce-only');
  });

  it('is the path with the most claimed, whatever is captured', () => {
    const exam: Exam = { id: 'e', program: 'cisco', code: '350-401', kind: 'technology-core', passedOn: '2026-02-10' };
    const p = only({ certifications: [makeCertification()], records: [makeRecord({ status: 'captured', credits: 60, endDate: '2026-03-14' })], exams: [exam] });
    expect(p.bestPathId).toBe('core-exam');
  });
});

describe('Cisco: an item counts once', () => {
  it('a course claimed twice counts once, the claim furthest along kept', () => {
    const records = [
      earned(24, { title: 'ENAUTO', provider: 'Cisco U.', endDate: '2025-03-01' }),
      makeRecord({ status: 'captured', credits: 24, title: 'EnAuto', provider: 'Cisco U.', endDate: '2026-03-01' }),
    ];
    expect(only({ certifications: [cert()], records }).credits).toMatchObject({ earned: 24, captured: 0, counted: 24 });
  });

  it('the same certificate code is the same item whatever the title', () => {
    const records = [earned(24, { certificateCode: 'CSCO-1', title: 'A' }), earned(24, { certificateCode: 'csco-1', title: 'B', endDate: '2026-02-01' })];
    expect(only({ certifications: [cert()], records }).credits.earned).toBe(24);
  });

  it('a new version (a new title) counts again', () => {
    const records = [earned(24, { title: 'ENCOR v1.0' }), earned(24, { title: 'ENCOR v1.1', endDate: '2026-02-01' })];
    expect(only({ certifications: [cert()], records }).credits.earned).toBe(48);
  });
});

describe('Cisco: nothing to submit twice', () => {
  it('a capture of a course already claimed is not offered for submission', () => {
    const records = [
      makeRecord({ status: 'pending', credits: 24, title: 'ENAUTO', endDate: '2026-10-01' }),
      makeRecord({ id: 'again', status: 'captured', credits: 24, title: 'ENAUTO', endDate: '2026-11-20' }),
    ];
    expect(only({ certifications: [cert()], records }).nextSteps.filter((s) => s.kind === 'submit')).toEqual([]);
  });
});

describe('Cisco: eligible activities', () => {
  it('digital courses labelled "lite" or "NO LABS" never count', () => {
    const records = [earned(12, { title: 'CCNA Lite' }), earned(12, { title: 'ENCOR (NO LABS)', endDate: '2026-02-01' }), earned(12, { title: 'Satellite networking', endDate: '2026-03-01' })];
    expect(only({ certifications: [cert()], records }).credits.earned).toBe(12);
  });

  it('credits are assigned by Cisco, never computed from hours', () => {
    const p = only({ certifications: [cert()], records: [makeRecord({ status: 'earned', credits: undefined, hours: 14 })] });
    expect(p.credits.earned).toBe(0);
  });
});
