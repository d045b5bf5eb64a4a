/**
 * The rules of shared/domain/ce-programs.md's "Corrections and additions" (December 2026), one test each, named
 * after the rule and citing its source. Older rules are in progress.test.ts and progress-programs.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { findListedCertification } from '../../src/domain/certification-list';
import { progress, type CertificationProgress } from '../../src/domain/progress';
import type { Certification, CourseRecord, Exam, Program, Settings } from '../../src/domain/schema';
import { makeRecord } from '../helpers/factories';

const TODAY = '2026-11-29';
const EXPIRES = '2027-11-29'; // period 2024-11-29 .. 2027-11-29

/** A held certification as people enter it: by its catalogue code, or by a name alone. */
function held(program: Program, code: string | undefined, over: Partial<Certification> = {}): Certification {
  return { id: code ?? over.name ?? 'x', program, code, name: code ?? 'x', level: 'professional', expiresOn: EXPIRES, ...over };
}
function rec(program: Program, credits: number, over: Partial<CourseRecord> = {}): CourseRecord {
  return makeRecord({ program, status: 'earned', credits, creditUnit: 'CE', endDate: '2026-01-15', ...over });
}
function run(certifications: Certification[], records: CourseRecord[] = [], settings: Partial<Settings> = {}, exams: Exam[] = []): CertificationProgress[] {
  return progress({ certifications, records, exams, settings: { submissionWindowDays: 90, ...settings }, today: TODAY }).certifications;
}
const byId = (result: CertificationProgress[], id: string) => result.find((c) => c.certificationId === id)!;

describe('recognising certifications the way people write them', () => {
  it.each([
    ['comptia', 'Security+', 'security-plus'],
    ['comptia', 'CompTIA Security+', 'security-plus'],
    ['comptia', 'SecurityX', 'securityx'],
    ['comptia', 'CASP+', 'securityx'],
    ['comptia', 'CompTIA CASP+', 'securityx'],
    ['cisco', 'DevNet Associate', 'devnet-associate'],
    ['cisco', 'Cisco Certified DevNet Professional', 'devnet-professional'],
    ['cisco', 'CCNA Automation', 'devnet-associate'],
    ['cisco', 'CCNA', 'ccna'],
    ['pmi', 'PMI-ACP', 'pmi-acp'],
    ['pmi', 'ACP', 'pmi-acp'],
    ['isaca', 'CDPSE', 'cdpse'],
    ['isc2', '(ISC)² CISSP', 'cissp'],
    ['isc2', 'Certified in Cybersecurity', 'cc'],
    ['isc2', 'CC', 'cc'],
    ['comptia', 'CompTIA Security+ ce', 'security-plus'],
    ['cisco', 'CCT Data Center', 'cct'],
    ['cisco', 'CCT Routing & Switching', 'cct'],
    ['cisco', 'Cisco Certified Customer Success Manager', 'customer-success-manager'],
  ] as const)('%s "%s" is %s (ce-programs.md, issue 16)', (program, name, code) => {
    expect(findListedCertification(program, { name })?.code).toBe(code);
    expect(run([held(program, undefined, { name })])[0]!.nextSteps).not.toContainEqual({ kind: 'no-rules' });
  });

  it('does not take one certification for another', () => {
    expect(findListedCertification('cisco', { name: 'CCNP Wireless' })).toBeUndefined();
    expect(findListedCertification('comptia', { name: 'Security' })).toBeUndefined();
    expect(findListedCertification('cisco', { name: 'CCNA Automation' })?.code).not.toBe('ccna');
  });

  it('shows the current name of a certification entered under its former one (DevNet became CCNA Automation, February 2026)', () => {
    const [p] = run([held('cisco', undefined, { name: 'Cisco Certified DevNet Associate', level: 'associate' })]);
    expect(p!.certification).toBe('CCNA Automation');
    const [typed] = run([held('cisco', undefined, { name: 'Cisco CCNA', level: 'associate' })]);
    expect(typed!.certification, 'other names are shown as typed').toBe('Cisco CCNA');
  });

  it('a higher CompTIA certification renews a lower one however each was entered ("Earn a higher-level CompTIA certification")', () => {
    const certs = [held('comptia', undefined, { id: 'sec', name: 'Security+' }), held('comptia', undefined, { id: 'x', name: 'CASP+' })];
    const result = run(certs, [rec('comptia', 75)]);
    expect(byId(result, 'sec')).toMatchObject({ renewedBy: 'x', state: 'renewed' });
  });
});

describe('CompTIA (comptia.org CE pages)', () => {
  it.each([
    ['datax', 75],
    ['cloudnetx', 75],
    ['server-plus', 30],
    ['project-plus', 30],
  ])('%s needs %i CEUs in three years ("Training and higher education"; Server+ and Project+ from the Japanese edition, verify)', (code, ceus) => {
    expect(run([held('comptia', code)], [rec('comptia', ceus)])[0]!.paths[0]).toMatchObject({ creditsRequired: ceus, complete: true });
    expect(run([held('comptia', code)], [rec('comptia', ceus - 1)])[0]!.paths[0]!.complete).toBe(false);
  });

  it.each([
    ['linux-plus', ['a-plus']],
    ['server-plus', ['a-plus', 'network-plus']],
    ['cloud-plus', ['a-plus', 'linux-plus', 'network-plus']],
    ['cloudnetx', ['a-plus', 'cloud-plus', 'linux-plus', 'network-plus']],
    ['cysa-plus', ['a-plus', 'network-plus', 'security-plus']],
    ['securityx', ['a-plus', 'cysa-plus', 'network-plus', 'pentest-plus', 'security-plus']],
    ['datax', []],
  ])('%s renews %j ("Earn a higher-level CompTIA certification")', (higher, lower) => {
    // Held with the higher one: the lower ones it renews, and Data+, which nothing renews.
    const result = run([held('comptia', higher), ...lower.map((c) => held('comptia', c)), held('comptia', 'data-plus')], [rec('comptia', 100)]);
    expect(byId(result, higher).renews.sort()).toEqual(lower);
    expect(byId(result, 'data-plus').renewedBy).toBeUndefined();
  });

  it('a CE renewal of CySA+ does not carry PenTest+ (footnote: only when first earned by exam)', () => {
    const result = run([held('comptia', 'cysa-plus'), held('comptia', 'pentest-plus')], [rec('comptia', 60)]);
    expect(byId(result, 'pentest-plus').renewedBy).toBeUndefined();
  });

  it('the same course submitted twice counts once ("the same course can only be submitted once")', () => {
    const course = { title: 'Cloud Security Foundations', provider: 'Pluralsight', certificateCode: 'PS-1' };
    const [p] = run([held('comptia', 'security-plus')], [rec('comptia', 30, course), rec('comptia', 30, { ...course, id: 'again' })]);
    expect(p!.credits.counted).toBe(30);
  });

  it('a conference attended again in a later year is another activity, not the same course counted once', () => {
    const rsa = { title: 'RSA Conference', provider: 'RSA', category: 'conference' as const };
    const [p] = run([held('comptia', 'security-plus')], [rec('comptia', 8, { ...rsa, endDate: '2023-04-20' }), rec('comptia', 8, { ...rsa, id: 'rsa-2026', endDate: '2026-04-20' })]);
    expect(p!.credits.counted).toBe(8);
  });

  it('live webinars count up to the certification\'s cap: 10 CEUs for Security+ (CE activity chart)', () => {
    const [p] = run([held('comptia', 'security-plus')], [rec('comptia', 40), rec('comptia', 15, { category: 'webinar' }), rec('comptia', 4, { category: 'conference' })]);
    expect(p!.credits).toMatchObject({ earned: 59, counted: 54 });
    expect(p!.categories.find((c) => c.id === 'webinar-maximum')).toMatchObject({ max: 10, counted: 15 });
    expect(run([held('comptia', 'a-plus')], [rec('comptia', 10, { category: 'teaching' })])[0]!.credits.counted, 'teaching: 10 for A+').toBe(10);
    expect(run([held('comptia', 'a-plus')], [rec('comptia', 12, { category: 'teaching' })])[0]!.credits.counted).toBe(10);
  });
});

describe('Cisco (cisco.com recertification policy, Japanese edition)', () => {
  const exam = (code: string, kind: Exam['kind'], passedOn = '2026-06-01'): Exam => ({ id: code, program: 'cisco', code, kind, passedOn });

  it('a CCT lasts 3 years and is renewed by passing a CCT exam; CE credits do not apply', () => {
    const cct = held('cisco', 'cct', { level: 'entry' });
    const [p] = run([cct], [rec('cisco', 120)]);
    expect(p!.paths.map((path) => [path.creditsRequired, path.examsRequired])).toEqual([[0, 1]]);
    expect(p!.state).not.toBe('renewed');
    expect(run([cct], [], {}, [exam('010-151', 'technician')])[0]!.state).toBe('renewed');
  });

  it('a Customer Success Manager is renewed only by passing 820-605 again', () => {
    const csm = held('cisco', undefined, { name: 'Cisco Customer Success Manager', level: 'specialist' });
    expect(run([csm], [rec('cisco', 80)])[0]!.state).not.toBe('renewed');
    expect(run([csm], [], {}, [exam('300-410', 'professional-concentration')])[0]!.state).not.toBe('renewed');
    expect(run([csm], [], {}, [exam('820-605', 'specialist')])[0]!.state).toBe('renewed');
  });

  it('the exam 820-605 counts for a Customer Success Manager however its code is written, and renews no CCNP', () => {
    const csm = held('cisco', 'customer-success-manager', { level: 'specialist' });
    expect(run([csm], [], {}, [exam('820-605 CLCSM', 'specialist')])[0]!.state).toBe('renewed');
    const ccnp = held('cisco', 'ccnp-enterprise');
    expect(run([ccnp], [rec('cisco', 40)], {}, [exam('820-605', 'specialist')])[0]!.state).not.toBe('renewed');
  });

  it('a Customer Success Manager is not renewed along with a CCNP by CE credits', () => {
    const result = run([held('cisco', 'ccnp-enterprise'), held('cisco', 'customer-success-manager', { level: 'specialist' })], [rec('cisco', 80)]);
    expect(byId(result, 'ccnp-enterprise')).toMatchObject({ state: 'renewed', renews: [] });
  });
});

describe('ISC2 (isc2.org CPE FAQ; totals from training providers where marked verify)', () => {
  const groupA = (credits: number, over: Partial<CourseRecord> = {}) => rec('isc2', credits, { category: 'group-a', ...over });

  it.each([
    ['csslp', 90],
    ['cgrc', 60],
    ['hcispp', 60],
    ['issap', 60],
    ['issep', 60],
    ['issmp', 60],
  ])('%s needs %i CPEs in three years', (code, cpes) => {
    expect(run([held('isc2', code)], [groupA(cpes)])[0]!.paths[0]).toMatchObject({ creditsRequired: cpes, complete: true });
    expect(run([held('isc2', code)], [groupA(cpes - 1)])[0]!.paths[0]!.complete).toBe(false);
  });

  it('CCSP needs at least 60 of its 90 CPEs in Group A (training provider, 2025: verify)', () => {
    const short = run([held('isc2', 'ccsp')], [groupA(50), rec('isc2', 40, { category: 'group-b' })])[0]!;
    expect(short.categories).toEqual([expect.objectContaining({ id: 'group-a-minimum', min: 60, counted: 50, met: false })]);
    expect(run([held('isc2', 'ccsp')], [groupA(60), rec('isc2', 30, { category: 'group-b' })])[0]!.state).toBe('renewed');
  });

  it.each([
    ['cissp', 120, 40],
    ['ccsp', 90, 30],
    ['csslp', 90, 30],
    ['sscp', 60, 20],
    ['cgrc', 60, 20],
    ['hcispp', 60, 20],
  ])('%s: Group A credits above its %i from the last 6 months of the cycle roll over, up to %i (FAQ)', (code, required, cap) => {
    const lastCycle = [groupA(required, { endDate: '2023-01-10' }), groupA(60, { endDate: '2024-09-01' })];
    expect(run([held('isc2', code)], lastCycle)[0]!.rollover).toBe(cap);
  });

  it('Group A credits carried over count toward the Group A minimum (FAQ: rollover is Group A credit)', () => {
    const lastCycle = [groupA(120, { endDate: '2023-01-10' }), groupA(40, { endDate: '2024-09-01' })];
    const [p] = run([held('isc2', 'cissp')], [...lastCycle, groupA(50), rec('isc2', 30, { category: 'group-b' })]);
    expect(p!.categories[0]).toMatchObject({ id: 'group-a-minimum', counted: 90, met: true });
    expect(p!.state).toBe('renewed');
  });

  it('CGRC is what was CAP, and is shown by its current name', () => {
    expect(run([held('isc2', undefined, { name: 'CAP' })])[0]!.certification).toBe('CGRC');
  });

  it('CPEs earned in the 90-day grace period count toward the cycle that ended, unless the setting says otherwise (2024 ISC2 post vs older handbook)', () => {
    const cissp = held('isc2', 'cissp', { expiresOn: '2026-10-01' }); // ended 59 days ago: in the grace period
    const records = [groupA(100, { endDate: '2026-05-01' }), groupA(20, { endDate: '2026-10-20' })];
    expect(run([cissp], records)[0]).toMatchObject({ state: 'renewed', credits: { counted: 120 } });
    expect(run([cissp], records, { graceActivitiesCount: false })[0]).toMatchObject({ state: 'at-risk', credits: { counted: 100 } });
  });
});

describe('ISACA (isaca.org CPE policy)', () => {
  it('CDPSE needs 120 CPE hours over three years and at least 20 in each (ce-programs.md)', () => {
    const evenly = [rec('isaca', 40, { endDate: '2025-03-10' }), rec('isaca', 40, { endDate: '2026-03-10' }), rec('isaca', 40, { endDate: '2027-03-10' })];
    const cdpse = held('isaca', 'cdpse', { expiresOn: '2027-12-31' });
    expect(run([cdpse], evenly)[0]!.paths[0]!.complete).toBe(true);
    expect(run([cdpse], [rec('isaca', 120, { endDate: '2025-03-10' })])[0]!.paths[0]!.complete).toBe(false);
  });

  it('the cycle runs over the calendar years from 1 January after certification; hours from the day certified count toward its first year (verify the cycle start)', () => {
    const cisa = held('isaca', 'cisa', { earnedOn: '2024-06-10', expiresOn: undefined });
    const records = [rec('isaca', 9, { endDate: '2024-06-01' }), rec('isaca', 30, { endDate: '2024-12-20' }), rec('isaca', 25, { endDate: '2025-12-31' }), rec('isaca', 20, { endDate: '2026-01-01' })];
    const [p] = run([cisa], records);
    expect(p).toMatchObject({ periodStart: '2024-06-10', expiresOn: '2027-12-31' });
    expect(p!.years.map((y) => [y.start, y.end, y.counted])).toEqual([
      ['2024-06-10', '2025-12-31', 55],
      ['2026-01-01', '2026-12-31', 20],
      ['2027-01-01', '2027-12-31', 0],
    ]);
    expect(p!.credits.counted, 'not hours from before the day certified').toBe(75);
  });

  it('certified on 1 January, the cycle starts that day; an expiry entered mid-year is read as the end of that year', () => {
    expect(run([held('isaca', 'cisa', { earnedOn: '2025-01-01', expiresOn: undefined })])[0]).toMatchObject({ periodStart: '2025-01-01', expiresOn: '2027-12-31' });
    // Stored before cycles were calendar years: earned and "expiring" on an anniversary.
    const stored = run([held('isaca', 'cisa', { earnedOn: '2024-06-10', expiresOn: '2027-06-10' })], [rec('isaca', 40, { endDate: '2024-09-01' }), rec('isaca', 40, { endDate: '2025-09-01' }), rec('isaca', 40, { endDate: '2026-09-01' })])[0]!;
    // All 120 hours count, but 2027, its third calendar year, still needs its own 20.
    expect(stored).toMatchObject({ periodStart: '2024-06-10', expiresOn: '2027-12-31', state: 'on-track', credits: { counted: 120 } });
    expect(stored.years.map((y) => y.met)).toEqual([true, true, false]);
  });

  it('a completed calendar cycle is followed by the next three calendar years, not three years from completion', () => {
    const cisa = held('isaca', 'cisa', { earnedOn: '2023-05-01', expiresOn: undefined }); // cycle 2024–2026
    const [p] = run([cisa], [rec('isaca', 40, { endDate: '2024-03-01' }), rec('isaca', 40, { endDate: '2025-03-01' }), rec('isaca', 40, { endDate: '2026-03-01' })]);
    expect(p).toMatchObject({ state: 'renewed', renewal: { completedOn: '2026-03-01', newExpiresOn: '2029-12-31' } });
  });
});

describe('PMI (CCR handbook as summarised by training providers and chapters: verify)', () => {
  const education = (each: number) => ['ways-of-working', 'power-skills', 'business-acumen'].map((category) => rec('pmi', each, { category }));

  it.each([
    ['pmi-acp', 30, 18, 4, 12],
    ['pmi-rmp', 30, 18, 4, 12],
    ['pmi-sp', 30, 18, 4, 12],
    ['capm', 15, 9, 2, 6],
  ])('%s needs %i PDUs: Education at least %i, each Talent Triangle area at least %i, Giving Back at most %i', (code, total, edu, area, givingBack) => {
    const p = run([held('pmi', code)], [...education(edu / 3), rec('pmi', total, { category: 'giving-back' })])[0]!;
    expect(p.paths[0]!.creditsRequired).toBe(total);
    expect(p.credits.counted, 'Giving Back above its maximum does not count').toBe(edu + givingBack);
    expect(p.categories.find((c) => c.id === 'education-minimum')).toMatchObject({ min: edu, met: true });
    expect(p.categories.find((c) => c.id === 'power-skills-minimum')).toMatchObject({ min: area, met: true });
    const shortArea = run([held('pmi', code)], [rec('pmi', edu, { category: 'ways-of-working' }), rec('pmi', area - 1, { category: 'power-skills' })])[0]!;
    expect(shortArea.categories.find((c) => c.id === 'power-skills-minimum')).toMatchObject({ met: false, remaining: 1 });
  });

  it('working as a practitioner counts at most 8 PDUs, inside Giving Back\'s 25 (PMP)', () => {
    const p = run([held('pmi', 'pmp')], [...education(12), rec('pmi', 20, { category: 'practitioner' }), rec('pmi', 10, { category: 'giving-back' })])[0]!;
    // 36 Education + 8 practitioner + 10 other Giving Back: 54, not 36 + 25.
    expect(p.credits.counted).toBe(54);
    const capped = run([held('pmi', 'pmp')], [...education(12), rec('pmi', 20, { category: 'practitioner' }), rec('pmi', 30, { category: 'giving-back' })])[0]!;
    expect(capped.credits.counted, 'and Giving Back as a whole still at most 25').toBe(61);
  });

  it('PDUs above the requirement earned in the last year of a cycle carry over, up to 20 for a PMP (PMI chapter page)', () => {
    const lastCycle = [rec('pmi', 60, { endDate: '2022-12-10' }), rec('pmi', 30, { endDate: '2024-06-01' })];
    expect(run([held('pmi', 'pmp')], lastCycle)[0]!.rollover).toBe(20);
    const early = [rec('pmi', 90, { endDate: '2022-12-10' })];
    expect(run([held('pmi', 'pmp')], early)[0]!.rollover, 'not from earlier in the cycle').toBe(0);
  });

  it('only PDUs that counted carry over: Giving Back above its 25 is not "above the requirement"', () => {
    const lastCycle = [...education(12).map((r) => ({ ...r, endDate: '2022-12-10', id: `${r.id}-old` })), rec('pmi', 45, { category: 'giving-back', endDate: '2024-06-01' })];
    // 36 + 25 counted of 81 earned: 1 above the 60, not 21.
    expect(run([held('pmi', 'pmp')], lastCycle)[0]!.rollover).toBe(1);
  });

  it('after expiry a certification is suspended for a year, in which PDUs still count to reinstate it (verify)', () => {
    const pmp = held('pmi', 'pmp', { expiresOn: '2026-03-01' });
    const [p] = run([pmp], [...education(12), rec('pmi', 24, { category: 'giving-back', endDate: '2026-09-01' })]);
    expect(p).toMatchObject({ state: 'renewed', renewable: true });
    expect(run([held('pmi', 'pmp', { expiresOn: '2025-11-01' })], [])[0]!.state).toBe('expired');
    expect(run([held('pmi', 'pmp', { expiresOn: '2026-06-01' })], [])[0]!.nextSteps[0], 'said as a suspension, not a grace period to submit').toEqual({ kind: 'grace', daysLeft: 184, suspended: true });
  });
});

describe('GIAC (giac.org certification renewal)', () => {
  it('36 CPEs within the four years before expiry renew a GIAC certification for four more', () => {
    const gsec = held('giac', undefined, { name: 'GIAC Security Essentials', earnedOn: '2023-03-01', expiresOn: '2027-03-01' });
    const [p] = run([gsec], [rec('giac', 20, { endDate: '2024-05-01' }), rec('giac', 16, { endDate: '2026-02-01' })]);
    expect(p).toMatchObject({ unit: 'CPE', code: undefined, certification: 'GIAC Security Essentials', state: 'renewed' });
    expect(p!.paths[0]).toMatchObject({ creditsRequired: 36, complete: true });
    expect(p!.renewal, 'from the old expiry (verify)').toEqual({ completedOn: '2026-02-01', newExpiresOn: '2031-03-01' });
  });

  it('a GIAC certification the list does not name still gets the 36 CPEs', () => {
    const [p] = run([held('giac', undefined, { name: 'GIAC Cyber Threat Intelligence (GCTI)', expiresOn: '2028-01-01' })]);
    expect(p!.paths[0]!.creditsRequired).toBe(36);
  });
});

describe('EC-Council (cert.eccouncil.org ECE policy)', () => {
  it('CEH needs 120 ECE credits within three years', () => {
    const ceh = held('ec-council', undefined, { name: 'Certified Ethical Hacker' });
    expect(run([ceh], [rec('ec-council', 120, { creditUnit: 'ECE' })])[0]).toMatchObject({ unit: 'ECE', state: 'renewed' });
    expect(run([ceh], [rec('ec-council', 119, { creditUnit: 'ECE' })])[0]!.paths[0]!.complete).toBe(false);
  });

  it('a suspended certification has a year in which its credits still count (EC-Council support article: verify)', () => {
    const ceh = held('ec-council', 'ceh', { expiresOn: '2026-03-01' });
    expect(run([ceh], [rec('ec-council', 120, { endDate: '2026-08-01' })])[0]).toMatchObject({ state: 'renewed', renewable: true });
    expect(run([held('ec-council', 'ceh', { expiresOn: '2025-11-01' })])[0]!.state).toBe('expired');
  });
});

describe('the programs as data', () => {
  it('each program file lists the categories the schema allows for its records, no more and no fewer', async () => {
    const { PROGRAM_DEFINITIONS } = await import('../../src/domain/programs');
    const { PROGRAM_CATEGORIES } = await import('../../src/domain/vocabulary');
    for (const program of PROGRAM_DEFINITIONS) expect(program.categories.map((c) => c.id), program.id).toEqual([...PROGRAM_CATEGORIES[program.id]]);
  });

  it('a retired certification comes after one still to renew when choosing what matters most', () => {
    const report = progress({
      certifications: [held('cisco', 'ccnp-service-provider', { id: 'old', retired: true, expiresOn: '2027-01-01' }), held('cisco', 'ccnp-enterprise', { id: 'live', expiresOn: '2028-06-01' })],
      // On pace: 45 of 80 CE halfway through the period.
      records: [rec('cisco', 45)],
      settings: { submissionWindowDays: 90 },
      today: TODAY,
    });
    expect(report.certifications.map((c) => c.state)).toEqual(['retired', 'on-track']);
    expect(report.primaryId).toBe('live');
  });
});
