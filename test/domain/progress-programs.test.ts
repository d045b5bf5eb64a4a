/** CompTIA, ISC2, ISACA and PMI: the same engine, their own rules (shared/domain/ce-programs.md). */
import { describe, expect, it } from 'vitest';
import { progress, type CertificationProgress } from '../../src/domain/progress';
import type { Certification, CourseRecord } from '../../src/domain/schema';
import { makeRecord } from '../helpers/factories';

const TODAY = '2026-11-29';
const EXPIRES = '2027-11-29'; // period 2024-11-29 .. 2027-11-29

function held(program: Certification['program'], code: string, over: Partial<Certification> = {}): Certification {
  return { id: code, program, code, name: code.toUpperCase(), level: 'professional', expiresOn: EXPIRES, ...over };
}
function rec(program: CourseRecord['program'], credits: number, over: Partial<CourseRecord> = {}): CourseRecord {
  return makeRecord({ program, status: 'earned', credits, creditUnit: 'CE', endDate: '2026-01-15', ...over });
}
function run(certifications: Certification[], records: CourseRecord[]): CertificationProgress[] {
  return progress({ certifications, records, settings: { submissionWindowDays: 90 }, today: TODAY }).certifications;
}

describe('CompTIA', () => {
  it.each([
    ['a-plus', 20],
    ['data-plus', 20],
    ['network-plus', 30],
    ['datasys-plus', 30],
    ['security-plus', 50],
    ['linux-plus', 50],
    ['cloud-plus', 50],
    ['pentest-plus', 60],
    ['cysa-plus', 60],
    ['securityx', 75],
  ])('%s needs %i CEUs in three years', (code, ceus) => {
    const [p] = run([held('comptia', code)], [rec('comptia', ceus)]);
    expect(p!.unit).toBe('CEU');
    expect(p!.paths[0]).toMatchObject({ creditsRequired: ceus, complete: true });
    expect(run([held('comptia', code)], [rec('comptia', ceus - 1)])[0]!.paths[0]!.complete).toBe(false);
  });

  it('one CEU per hour of training when a record gives hours only', () => {
    const [p] = run([held('comptia', 'a-plus')], [rec('comptia', 0, { credits: undefined, hours: 20 })]);
    expect(p!.credits.earned).toBe(20);
  });

  it('a higher certification renews the lower ones it carries', () => {
    const certs = [held('comptia', 'a-plus'), held('comptia', 'network-plus'), held('comptia', 'security-plus')];
    const result = run(certs, [rec('comptia', 50)]);
    expect(result.map((c) => [c.certificationId, c.renewedBy, c.state])).toEqual([
      ['a-plus', 'security-plus', 'renewed'],
      ['network-plus', 'security-plus', 'renewed'],
      ['security-plus', undefined, 'renewed'],
    ]);
  });

  it('a certification outside the higher one’s path keeps its own requirement', () => {
    const result = run([held('comptia', 'security-plus'), held('comptia', 'data-plus')], [rec('comptia', 20)]);
    const dataPlus = result.find((c) => c.certificationId === 'data-plus')!;
    expect(dataPlus.renewedBy).toBeUndefined();
    expect(dataPlus.state).toBe('renewed');
  });
});

describe('ISC2', () => {
  it.each([
    ['cissp', 120],
    ['ccsp', 90],
    ['sscp', 60],
    ['cc', 45],
  ])('%s needs %i CPEs', (code, cpes) => {
    expect(run([held('isc2', code)], [rec('isc2', cpes, { category: 'group-a' })])[0]!.paths[0]).toMatchObject({ creditsRequired: cpes, complete: true });
  });

  it('CISSP needs at least 90 of its 120 CPEs in Group A', () => {
    const short = run([held('isc2', 'cissp')], [rec('isc2', 80, { category: 'group-a' }), rec('isc2', 40, { category: 'group-b' })])[0]!;
    expect(short.categories).toEqual([expect.objectContaining({ id: 'group-a-minimum', min: 90, counted: 80, met: false, remaining: 10 })]);
    expect(short.state).not.toBe('renewed');
    expect(short.nextSteps).toContainEqual(expect.objectContaining({ kind: 'category', ruleId: 'group-a-minimum', remaining: 10 }));
    const enough = run([held('isc2', 'cissp')], [rec('isc2', 90, { category: 'group-a' }), rec('isc2', 30, { category: 'group-b' })])[0]!;
    expect(enough.state).toBe('renewed');
  });

  it('a CPE counts toward every ISC2 certification held', () => {
    const result = run([held('isc2', 'cissp'), held('isc2', 'ccsp')], [rec('isc2', 100, { category: 'group-a' })]);
    expect(result.map((c) => [c.certificationId, c.credits.counted, c.renewedBy])).toEqual([
      ['cissp', 100, undefined],
      ['ccsp', 100, undefined],
    ]);
  });

  it('Group A credits above the requirement from the last 6 months of the previous cycle roll over, up to 40 for CISSP', () => {
    const lastCycle = [rec('isc2', 120, { category: 'group-a', endDate: '2023-01-10' }), rec('isc2', 60, { category: 'group-a', endDate: '2024-09-01' })];
    const p = run([held('isc2', 'cissp')], lastCycle)[0]!;
    expect(p.rollover).toBe(40);
    expect(p.credits.counted).toBe(40);
    const earlyExcess = [rec('isc2', 180, { category: 'group-a', endDate: '2023-01-10' })];
    expect(run([held('isc2', 'cissp')], earlyExcess)[0]!.rollover).toBe(0);
    const groupB = [rec('isc2', 120, { category: 'group-a', endDate: '2023-01-10' }), rec('isc2', 60, { category: 'group-b', endDate: '2024-09-01' })];
    expect(run([held('isc2', 'cissp')], groupB)[0]!.rollover).toBe(0);
  });
});

describe('ISACA', () => {
  it('needs 120 CPE hours in the period and at least 20 in every year', () => {
    const unevenly = [rec('isaca', 110, { endDate: '2025-01-10' }), rec('isaca', 10, { endDate: '2026-01-10' })];
    const p = run([held('isaca', 'cisa')], unevenly)[0]!;
    expect(p.credits.counted).toBe(120);
    expect(p.years.map((y) => [y.year, y.counted, y.met])).toEqual([
      [1, 110, true],
      [2, 10, false],
      [3, 0, false],
    ]);
    expect(p.paths[0]!.complete).toBe(false);
    const evenly = [rec('isaca', 40, { endDate: '2025-01-10' }), rec('isaca', 40, { endDate: '2026-01-10' }), rec('isaca', 40, { endDate: '2027-01-10' })];
    expect(run([held('isaca', 'cisa')], evenly)[0]!.paths[0]!.complete).toBe(true);
  });

  it('asks for this calendar year’s minimum while it is still open, and says which past year fell short', () => {
    // The cycle ending in 2027 runs over the calendar years 2025, 2026 and 2027; today is in 2026.
    const p = run([held('isaca', 'cism')], [rec('isaca', 30, { endDate: '2025-01-10' })])[0]!;
    expect(p.nextSteps).toContainEqual({ kind: 'year-minimum', year: 2, remaining: 20, unit: 'CPE', daysLeft: 32 });
    const missed = run([held('isaca', 'cism')], [rec('isaca', 30, { endDate: '2026-01-10' })])[0]!;
    expect(missed.nextSteps[0]).toEqual({ kind: 'year-missed', year: 1, counted: 0, required: 20, unit: 'CPE' });
  });

  it('adds fractional hours exactly, whatever the order: 22.8 + 8.4 is 31.2 (found by the order property test)', () => {
    const a = rec('isaca', 22.8, { endDate: '2025-01-10' });
    const b = rec('isaca', 8.4, { endDate: '2025-02-10', status: 'pending' });
    for (const records of [[a, b], [b, a]]) expect(run([held('isaca', 'cisa')], records)[0]!.credits.counted).toBe(31.2);
  });

  it('one CPE hour is 50 minutes of activity', () => {
    expect(run([held('isaca', 'cisa')], [rec('isaca', 0, { credits: undefined, hours: 5 })])[0]!.credits.earned).toBe(6);
  });

  it('hours count for every ISACA certification held', () => {
    expect(run([held('isaca', 'cisa'), held('isaca', 'crisc')], [rec('isaca', 25)]).map((c) => c.credits.counted)).toEqual([25, 25]);
  });
});

describe('PMI', () => {
  const balanced = [
    rec('pmi', 12, { category: 'ways-of-working' }),
    rec('pmi', 12, { category: 'power-skills' }),
    rec('pmi', 12, { category: 'business-acumen' }),
    rec('pmi', 24, { category: 'giving-back' }),
  ];

  it('60 PDUs with Education at least 35 and each Talent Triangle area at least 8 renew a PMP', () => {
    const p = run([held('pmi', 'pmp')], balanced)[0]!;
    expect(p.unit).toBe('PDU');
    expect(p.state).toBe('renewed');
    expect(p.categories.every((c) => c.met)).toBe(true);
  });

  it('Giving Back above 25 PDUs does not count', () => {
    const p = run([held('pmi', 'pmp')], [...balanced.slice(0, 3), rec('pmi', 40, { category: 'giving-back' })])[0]!;
    expect(p.credits).toMatchObject({ earned: 76, counted: 61 });
    expect(p.categories.find((c) => c.id === 'giving-back-maximum')).toMatchObject({ max: 25, counted: 40, met: true });
  });

  it('fewer than 35 Education PDUs leave it unfinished whatever the total', () => {
    const p = run([held('pmi', 'pmp')], [rec('pmi', 10, { category: 'ways-of-working' }), rec('pmi', 10, { category: 'power-skills' }), rec('pmi', 10, { category: 'business-acumen' }), rec('pmi', 25, { category: 'giving-back' }), rec('pmi', 10)])[0]!;
    expect(p.credits.counted).toBe(65);
    expect(p.categories.find((c) => c.id === 'education-minimum')).toMatchObject({ counted: 30, met: false, remaining: 5 });
    expect(p.state).not.toBe('renewed');
  });

  it('each Talent Triangle area needs at least 8 PDUs', () => {
    const p = run([held('pmi', 'pmp')], [rec('pmi', 30, { category: 'ways-of-working' }), rec('pmi', 30, { category: 'power-skills' }), rec('pmi', 4, { category: 'business-acumen' })])[0]!;
    expect(p.categories.find((c) => c.id === 'business-acumen-minimum')).toMatchObject({ met: false, remaining: 4 });
    expect(p.state).not.toBe('renewed');
  });
});

describe('programs without rules', () => {
  it('a certification of an unknown catalogue entry says so instead of inventing a threshold', () => {
    const p = run([held('comptia', 'made-up-plus')], [])[0]!;
    expect(p).toMatchObject({ paths: [], renewable: false, nextSteps: [{ kind: 'no-rules' }] });
  });
});

describe('ISC2 grace period', () => {
  it('90 days after the cycle ends its CPEs may still be submitted; after that it has lapsed', () => {
    const cissp = held('isc2', 'cissp', { expiresOn: '2026-10-01' }); // ended 59 days before today
    const inGrace = run([cissp], [rec('isc2', 100, { category: 'group-a', endDate: '2026-05-01' })])[0]!;
    expect(inGrace).toMatchObject({ state: 'at-risk', renewable: true, nextSteps: [{ kind: 'grace', daysLeft: 31 }] });
    const lapsed = run([held('isc2', 'cissp', { expiresOn: '2026-08-01' })], [rec('isc2', 100, { category: 'group-a', endDate: '2026-05-01' })])[0]!;
    expect(lapsed.state).toBe('expired');
  });

  it('Cisco has no grace period', () => {
    const ccnp = { id: 'p', program: 'cisco' as const, name: 'CCNP Enterprise', level: 'professional' as const, expiresOn: '2026-11-28' };
    expect(run([ccnp], [])[0]!.state).toBe('expired');
  });
});
