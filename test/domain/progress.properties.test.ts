/** Properties progress() must keep whatever the records: checked on random record sets with fast-check. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { progress, type ProgressReport } from '../../src/domain/progress';
import type { Certification, CourseRecord, RecordStatus } from '../../src/domain/schema';
import { PROGRAM_CATEGORIES, RECORD_STATUSES } from '../../src/domain/vocabulary';

const TODAY = '2026-11-29';
const certifications: Certification[] = [
  { id: 'ccna', program: 'cisco', name: 'CCNA', level: 'associate', expiresOn: '2027-02-01' },
  { id: 'ccnp', program: 'cisco', name: 'CCNP Enterprise', level: 'professional', expiresOn: '2027-06-01' },
  { id: 'sec', program: 'comptia', code: 'security-plus', name: 'Security+', level: 'associate', expiresOn: '2027-09-01' },
  { id: 'cissp', program: 'isc2', code: 'cissp', name: 'CISSP', level: 'professional', expiresOn: '2028-01-01' },
  { id: 'cisa', program: 'isaca', code: 'cisa', name: 'CISA', level: 'professional', expiresOn: '2027-12-31' },
  { id: 'pmp', program: 'pmi', code: 'pmp', name: 'PMP', level: 'professional', expiresOn: '2028-03-01' },
  // The rule kinds of December 2026 (issue 16): validity by the day earned and exam-only renewal, former names and
  // short names, calendar cycles, nested maximums, carry-over, grace-period activities, activity caps.
  { id: 'ccst', program: 'cisco', code: 'ccst-networking', name: 'CCST Networking', level: 'entry', earnedOn: '2025-09-01' },
  { id: 'cct', program: 'cisco', code: 'cct', name: 'Cisco Certified Technician (CCT)', level: 'entry', expiresOn: '2027-08-01' },
  { id: 'devnet', program: 'cisco', name: 'Cisco Certified DevNet Associate', level: 'associate', expiresOn: '2027-04-01' },
  { id: 'casp', program: 'comptia', name: 'CASP+', level: 'expert', expiresOn: '2027-10-01' },
  { id: 'cloudnetx', program: 'comptia', code: 'cloudnetx', name: 'CompTIA CloudNetX', level: 'expert', expiresOn: '2028-02-01' },
  { id: 'ccsp', program: 'isc2', code: 'ccsp', name: 'CCSP', level: 'professional', expiresOn: '2026-10-15' },
  { id: 'cdpse', program: 'isaca', code: 'cdpse', name: 'CDPSE', level: 'professional', earnedOn: '2024-06-10' },
  { id: 'acp', program: 'pmi', name: 'PMI-ACP', level: 'professional', expiresOn: '2027-05-01' },
];
/** Every category a program has, and none. */
const CATEGORIES: Record<string, Array<string | undefined>> = Object.fromEntries(Object.entries(PROGRAM_CATEGORIES).map(([program, categories]) => [program, [...categories, undefined]]));

const day = fc.integer({ min: 0, max: 365 * 5 }).map((n) => new Date(Date.UTC(2023, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const record = (status?: RecordStatus, endDate?: fc.Arbitrary<string>) =>
  fc
    .record({
      program: fc.constantFrom('cisco', 'comptia', 'isc2', 'isaca', 'pmi'),
      status: status ? fc.constant(status) : fc.constantFrom(...RECORD_STATUSES),
      credits: fc.option(fc.integer({ min: 1, max: 64 }), { nil: undefined }),
      hours: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
      endDate: endDate ?? day,
      pick: fc.nat(),
      id: fc.uuid(),
    })
    .map(({ program, pick, ...r }): CourseRecord => {
      const options = CATEGORIES[program]!;
      return {
        ...r,
        program: program as CourseRecord['program'],
        category: options[pick % options.length],
        // A small set of titles, so that the same item is claimed more than once.
        title: `Course ${pick % 7}`,
        provider: 'Provider',
        creditUnit: 'CE',
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
        notes: '',
      };
    });

const run = (records: CourseRecord[]): ProgressReport => progress({ records, certifications, settings: { submissionWindowDays: 90 }, today: TODAY });
const pathsOf = (report: ProgressReport) => report.certifications.flatMap((c) => c.paths.map((p) => ({ id: `${c.certificationId}/${p.id}`, counted: p.creditsCounted })));

describe('progress() properties', () => {
  it('the order of records never changes the result', () => {
    fc.assert(
      fc.property(fc.array(record(), { maxLength: 40 }).chain((rs) => fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length, maxLength: rs.length }))), ([records, shuffled]) => {
        expect(run(shuffled)).toEqual(run(records));
      }),
      { numRuns: 150 },
    );
  });

  it('adding an earned record completed in the period never lowers any path’s counted credits', () => {
    const inEveryPeriod = fc.integer({ min: 0, max: 300 }).map((n) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(record(), { maxLength: 30 }), record('earned', inEveryPeriod), (records, extra) => {
        const before = pathsOf(run(records));
        const after = pathsOf(run([...records, extra]));
        for (const [i, p] of before.entries()) expect(after[i]!.counted, p.id).toBeGreaterThanOrEqual(p.counted);
      }),
      { numRuns: 150 },
    );
  });

  it('counted never exceeds earned + pending (plus what rolled over)', () => {
    fc.assert(
      fc.property(fc.array(record(), { maxLength: 40 }), (records) => {
        for (const c of run(records).certifications) {
          expect(c.credits.counted, c.certificationId).toBeLessThanOrEqual(c.credits.earned + c.credits.pending + c.rollover + 1e-9);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('rejected records change nothing', () => {
    fc.assert(
      fc.property(fc.array(record(), { maxLength: 30 }), fc.array(record('rejected'), { minLength: 1, maxLength: 10 }), (records, rejected) => {
        expect(run([...records, ...rejected])).toEqual(run(records));
      }),
      { numRuns: 150 },
    );
  });
});
