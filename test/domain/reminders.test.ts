import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueReminders, submissionDaysLeft, type Reminder } from '../../src/domain/reminders';
import { addDays } from '../../src/domain/dates';
import { DEFAULT_SETTINGS, type Certification, type CourseRecord, type Settings } from '../../src/domain/schema';
import { makeCertification, makeRecord } from '../helpers/factories';

const TODAY = '2026-03-20';

/** A captured record whose 90-day window closes `daysLeft` days from TODAY. */
function closingIn(daysLeft: number, overrides: Partial<CourseRecord> = {}): CourseRecord {
  return makeRecord({ status: 'captured', endDate: addDays(TODAY, daysLeft - 90), ...overrides });
}

function due(input: { records?: CourseRecord[]; certifications?: Certification[]; settings?: Partial<Settings>; today?: string; sent?: Iterable<string> }): Reminder[] {
  return dueReminders({
    records: input.records ?? [],
    certifications: input.certifications ?? [],
    settings: { ...DEFAULT_SETTINGS, ...input.settings },
    today: input.today ?? TODAY,
    sent: new Set(input.sent ?? []),
  });
}

const keys = (reminders: Reminder[]) => reminders.map((r) => r.key);

describe('submissionDaysLeft', () => {
  const window90 = { submissionWindowDays: 90 };

  it('counts the days left in a captured record’s window from its end date', () => {
    expect(submissionDaysLeft({ status: 'captured', endDate: '2026-03-10' }, window90, TODAY)).toBe(80);
    expect(submissionDaysLeft({ status: 'captured', endDate: '2026-03-10' }, { submissionWindowDays: 365 }, TODAY)).toBe(355);
  });

  it('is 0 on the window’s last day and negative once it has closed', () => {
    expect(submissionDaysLeft({ status: 'captured', endDate: addDays(TODAY, -90) }, window90, TODAY)).toBe(0);
    expect(submissionDaysLeft({ status: 'captured', endDate: addDays(TODAY, -93) }, window90, TODAY)).toBe(-3);
  });

  it('counts calendar days across a leap day and a change of clocks', () => {
    expect(submissionDaysLeft({ status: 'captured', endDate: '2028-01-15' }, window90, '2028-03-25')).toBe(90 - 70);
    expect(submissionDaysLeft({ status: 'captured', endDate: '2026-03-01' }, { submissionWindowDays: 30 }, '2026-03-31')).toBe(0);
  });

  it('has nothing to say about a record already claimed, or one without an end date', () => {
    for (const status of ['submitted', 'pending', 'earned', 'rejected'] as const) {
      expect(submissionDaysLeft({ status, endDate: '2026-03-10' }, window90, TODAY)).toBeUndefined();
    }
    expect(submissionDaysLeft({ status: 'captured' }, window90, TODAY)).toBeUndefined();
  });
});

describe('submission-window reminders', () => {
  it('reminds 30, 7 and 1 days before the window closes, with the days left and the day it closes', () => {
    const record = closingIn(30, { id: 'r1', title: 'ENAUTO' });
    expect(due({ records: [record] })).toEqual([
      { kind: 'submission-window', key: 'window:r1:30', recordId: 'r1', title: 'ENAUTO', daysLeft: 30, closesOn: '2026-04-19' },
    ]);
    expect(keys(due({ records: [closingIn(31, { id: 'r1' })] }))).toEqual([]);
    expect(keys(due({ records: [closingIn(7, { id: 'r1' })], sent: ['window:r1:30'] }))).toEqual(['window:r1:7']);
    expect(keys(due({ records: [closingIn(1, { id: 'r1' })], sent: ['window:r1:30', 'window:r1:7'] }))).toEqual(['window:r1:1']);
  });

  it('gives only the tightest threshold reached: a record first seen 5 days before gets the 7-day reminder, once', () => {
    const record = closingIn(5, { id: 'r1' });
    expect(keys(due({ records: [record] }))).toEqual(['window:r1:7']);
    expect(keys(due({ records: [record], sent: ['window:r1:7'] }))).toEqual([]);
    expect(keys(due({ records: [record], sent: ['window:r1:7'], today: addDays(TODAY, 4) }))).toEqual(['window:r1:1']);
  });

  it('still reminds on the window’s last day, and never once it has closed', () => {
    expect(due({ records: [closingIn(0, { id: 'r1' })] })).toMatchObject([{ key: 'window:r1:1', daysLeft: 0 }]);
    expect(due({ records: [closingIn(-1, { id: 'r1' })] })).toEqual([]);
    expect(due({ records: [closingIn(-40, { id: 'r1' })] })).toEqual([]);
  });

  it('never sends a looser threshold after a tighter one, even when the end date or the thresholds change', () => {
    // The 7-day reminder went out; then the end date was corrected, and 20 days are left.
    expect(due({ records: [closingIn(20, { id: 'r1' })], sent: ['window:r1:7'] })).toEqual([]);
    // The thresholds were changed to [14]: 10 days left, but 7 was already sent.
    expect(due({ records: [closingIn(10, { id: 'r1' })], settings: { submissionReminderDays: [14] }, sent: ['window:r1:7'] })).toEqual([]);
    // A tighter threshold is still due.
    expect(keys(due({ records: [closingIn(1, { id: 'r1' })], sent: ['window:r1:7'] }))).toEqual(['window:r1:1']);
  });

  it('keeps record ids with colons apart in the keys', () => {
    const reminders = due({ records: [closingIn(5, { id: 'a:1' }), closingIn(5, { id: 'a' })], sent: ['window:a:1:7'] });
    expect(keys(reminders)).toEqual(['window:a:7']);
  });

  it('follows the window and threshold settings', () => {
    const record = makeRecord({ id: 'r1', endDate: '2026-01-01' });
    expect(due({ records: [record], settings: { submissionWindowDays: 90 } })).toMatchObject([{ key: 'window:r1:30', daysLeft: 12, closesOn: '2026-04-01' }]);
    expect(due({ records: [record], settings: { submissionWindowDays: 365 } })).toEqual([]);
    expect(due({ records: [record], settings: { submissionWindowDays: 365, submissionReminderDays: [300] } })).toMatchObject([{ key: 'window:r1:300', daysLeft: 287, closesOn: '2027-01-01' }]);
    expect(due({ records: [closingIn(5, { id: 'r1' })], settings: { submissionReminderDays: [] } })).toEqual([]);
  });

  it('is only for captured records with an end date', () => {
    const records = (['submitted', 'earned', 'rejected'] as const).map((status) => closingIn(5, { status }));
    expect(due({ records: [...records, closingIn(5, { endDate: undefined })] })).toEqual([]);
  });
});

describe('stale-pending reminders', () => {
  const pendingSince = (statusSince: string | undefined, overrides: Partial<CourseRecord> = {}) =>
    makeRecord({ id: 'p1', title: 'CCNP ENCOR prep', status: 'pending', statusSince, updatedAt: '2026-03-19T10:00:00.000Z', ...overrides });

  it('reminds once a claim has sat in Pending for 14 days, counting from when its status changed', () => {
    expect(due({ records: [pendingSince('2026-03-07T10:00:00.000Z')] })).toEqual([]);
    expect(due({ records: [pendingSince('2026-03-06T10:00:00.000Z')] })).toEqual([
      { kind: 'stale-pending', key: 'pending:p1:2026-03-06', recordId: 'p1', title: 'CCNP ENCOR prep', pendingDays: 14 },
    ]);
    expect(due({ records: [pendingSince('2026-03-06T10:00:00.000Z')], sent: ['pending:p1:2026-03-06'], today: '2026-06-01' })).toEqual([]);
  });

  it('falls back to updatedAt for a record stored before the status clock was kept', () => {
    expect(due({ records: [pendingSince(undefined, { updatedAt: '2026-03-19T10:00:00.000Z' })] })).toEqual([]);
    expect(due({ records: [pendingSince(undefined, { updatedAt: '2026-02-01T10:00:00.000Z' })] })).toMatchObject([{ key: 'pending:p1:2026-02-01', pendingDays: 47 }]);
  });

  it('reminds again when the record goes pending again later', () => {
    const again = pendingSince('2026-05-01T08:00:00.000Z');
    expect(keys(due({ records: [again], sent: ['pending:p1:2026-03-06'], today: '2026-05-15' }))).toEqual(['pending:p1:2026-05-01']);
  });

  it('follows the stalePendingDays setting, and ignores records in other states', () => {
    expect(due({ records: [pendingSince('2026-03-13T10:00:00.000Z')], settings: { stalePendingDays: 7 } })).toMatchObject([{ pendingDays: 7 }]);
    const others = (['captured', 'submitted', 'earned', 'rejected'] as const).map((status) => pendingSince('2025-01-01T00:00:00.000Z', { status, endDate: undefined }));
    expect(due({ records: others })).toEqual([]);
  });
});

describe('expiry reminders', () => {
  it('reminds 90, 60 and 30 days before a certification expires, only the tightest reached', () => {
    const cert = makeCertification({ id: 'ccnp', name: 'CCNP Enterprise', expiresOn: addDays(TODAY, 90) });
    expect(due({ certifications: [cert] })).toEqual([
      { kind: 'expiry', key: `expiry:ccnp:${cert.expiresOn}:90`, certificationId: 'ccnp', name: 'CCNP Enterprise', daysLeft: 90, expiresOn: cert.expiresOn },
    ]);
    expect(due({ certifications: [makeCertification({ expiresOn: addDays(TODAY, 91) })] })).toEqual([]);
    const soon = makeCertification({ id: 'ccnp', expiresOn: addDays(TODAY, 45) });
    expect(keys(due({ certifications: [soon] }))).toEqual([`expiry:ccnp:${soon.expiresOn}:60`]);
    expect(due({ certifications: [soon], sent: [`expiry:ccnp:${soon.expiresOn}:60`] })).toEqual([]);
    expect(due({ certifications: [soon], sent: [`expiry:ccnp:${soon.expiresOn}:30`] }), 'never looser after tighter').toEqual([]);
  });

  it('reminds on the day of expiry, and not after', () => {
    expect(due({ certifications: [makeCertification({ id: 'c', expiresOn: TODAY })] })).toMatchObject([{ key: `expiry:c:${TODAY}:30`, daysLeft: 0 }]);
    expect(due({ certifications: [makeCertification({ expiresOn: addDays(TODAY, -1) })] })).toEqual([]);
  });

  it('reminds again for a renewed certification with a new expiry date', () => {
    const renewed = makeCertification({ id: 'ccnp', earnedOn: '2026-03-01', expiresOn: '2026-04-10' });
    expect(keys(due({ certifications: [renewed], sent: ['expiry:ccnp:2023-04-10:30'] }))).toEqual(['expiry:ccnp:2026-04-10:30']);
  });

  it('reminds of a retired certification still active, not of one retired and expired, nor of one that never expires', () => {
    const retired = makeCertification({ id: 'old', retired: true, expiresOn: addDays(TODAY, 20) });
    expect(keys(due({ certifications: [retired] }))).toEqual([`expiry:old:${retired.expiresOn}:30`]);
    expect(due({ certifications: [makeCertification({ retired: true, expiresOn: addDays(TODAY, -5) })] })).toEqual([]);
    expect(due({ certifications: [makeCertification({ expiresOn: undefined, level: 'entry' })] })).toEqual([]);
  });

  it('follows the reminderDaysBeforeExpiry setting', () => {
    const cert = makeCertification({ id: 'c', expiresOn: addDays(TODAY, 100) });
    expect(keys(due({ certifications: [cert], settings: { reminderDaysBeforeExpiry: [120, 14] } }))).toEqual([`expiry:c:${cert.expiresOn}:120`]);
    expect(due({ certifications: [cert], settings: { reminderDaysBeforeExpiry: [] } })).toEqual([]);
  });
});

describe('turning reminders off, and the order they come in', () => {
  const records = [closingIn(5, { id: 'w' }), makeRecord({ id: 'p', status: 'pending', statusSince: '2026-01-01T00:00:00.000Z' })];
  const certifications = [makeCertification({ id: 'c', expiresOn: addDays(TODAY, 10) })];

  it('remindersEnabled off silences every reminder', () => {
    expect(due({ records, certifications })).toHaveLength(3);
    expect(due({ records, certifications, settings: { remindersEnabled: false } })).toEqual([]);
  });

  it('submissionRemindersEnabled off silences the window and pending ones, not expiry', () => {
    expect(due({ records, certifications, settings: { submissionRemindersEnabled: false } }).map((r) => r.kind)).toEqual(['expiry']);
  });

  it('puts the fewest days left first, then the title; a stale claim, with no deadline, after them, the longest waiting first', () => {
    const reminders = due({
      records: [
        closingIn(20, { id: 'w20', title: 'B course' }),
        closingIn(3, { id: 'w3', title: 'Z course' }),
        closingIn(20, { id: 'w20a', title: 'A course' }),
        makeRecord({ id: 'p30', title: 'A pending', status: 'pending', statusSince: '2026-02-18T00:00:00.000Z' }),
        makeRecord({ id: 'p60', title: 'Z pending', status: 'pending', statusSince: '2026-01-19T00:00:00.000Z' }),
      ],
      certifications: [makeCertification({ id: 'c10', name: 'M cert', expiresOn: addDays(TODAY, 10) }), makeCertification({ id: 'c20', name: 'B course', expiresOn: addDays(TODAY, 20) })],
    });
    expect(reminders.map((r) => r.key.split(':')[1])).toEqual(['w3', 'c10', 'w20a', 'c20', 'w20', 'p60', 'p30']);
  });

  it('gives the same answer whatever order the records and certifications come in', () => {
    const arbitraryRecord = fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), title: fc.constantFrom('A', 'B', 'C'), left: fc.integer({ min: -5, max: 40 }), pending: fc.boolean() }).map(({ id, title, left, pending }) =>
      pending ? makeRecord({ id, title, status: 'pending', statusSince: `${addDays(TODAY, -left)}T00:00:00.000Z` }) : closingIn(left, { id, title }),
    );
    const arbitraryCert = fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), name: fc.constantFrom('A', 'B', 'C'), left: fc.integer({ min: -5, max: 100 }) }).map(({ id, name, left }) => makeCertification({ id, name, expiresOn: addDays(TODAY, left) }));
    const uniqueRecords = fc.uniqueArray(arbitraryRecord, { selector: (r) => r.id, maxLength: 15 });
    const uniqueCerts = fc.uniqueArray(arbitraryCert, { selector: (c) => c.id, maxLength: 6 });
    fc.assert(
      fc.property(
        uniqueRecords.chain((rs) => fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length, maxLength: rs.length }))),
        uniqueCerts.chain((cs) => fc.tuple(fc.constant(cs), fc.shuffledSubarray(cs, { minLength: cs.length, maxLength: cs.length }))),
        ([records, shuffledRecords], [certifications, shuffledCerts]) => {
          expect(due({ records: shuffledRecords, certifications: shuffledCerts })).toEqual(due({ records, certifications }));
        },
      ),
    );
  });
});

describe('daily runs that mark what was due as sent (property)', () => {
  const BASE = '2026-01-01';
  const thresholds = fc.array(fc.integer({ min: 1, max: 365 }), { maxLength: 10 });
  const arbitraryRecord = fc.record({
    end: fc.integer({ min: -400, max: 200 }),
    status: fc.constantFrom<CourseRecord['status']>('captured', 'pending', 'submitted'),
    since: fc.integer({ min: -100, max: 200 }),
  });

  /** The deadline a window or expiry key belongs to, and its threshold. */
  function splitKey(key: string): { deadline: string; threshold: number } | undefined {
    if (key.startsWith('pending:')) return undefined;
    const at = key.lastIndexOf(':');
    return { deadline: key.slice(0, at), threshold: Number(key.slice(at + 1)) };
  }

  it('never yields the same key twice, nor a looser threshold after a tighter one for the same deadline', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryRecord, { maxLength: 8 }),
        fc.array(fc.integer({ min: -30, max: 800 }), { maxLength: 6 }),
        fc.integer({ min: 1, max: 730 }),
        // Each run may see other thresholds: the user can change them between runs.
        fc.array(fc.record({ day: fc.integer({ min: 0, max: 600 }), window: thresholds, expiry: thresholds }), { maxLength: 40 }),
        (recordSpecs, expiries, submissionWindowDays, runs) => {
          const records = recordSpecs.map((r, i) =>
            makeRecord({ id: `r:${i}`, title: `T${i % 3}`, status: r.status, endDate: addDays(BASE, r.end), statusSince: `${addDays(BASE, r.since)}T12:00:00.000Z` }),
          );
          const certifications = expiries.map((e, i) => makeCertification({ id: `c${i}`, name: `C${i % 2}`, expiresOn: addDays(BASE, e), retired: i % 3 === 0 }));
          const sent = new Set<string>();
          const tightestSent = new Map<string, number>();
          for (const run of runs) {
            const today = addDays(BASE, run.day);
            const settings = { ...DEFAULT_SETTINGS, submissionWindowDays, submissionReminderDays: run.window, reminderDaysBeforeExpiry: run.expiry };
            const reminders = dueReminders({ records, certifications, settings, today, sent });
            expect(new Set(keys(reminders)).size).toBe(reminders.length);
            for (const reminder of reminders) {
              expect(sent.has(reminder.key)).toBe(false);
              if (reminder.kind !== 'stale-pending') {
                expect(reminder.daysLeft).toBeGreaterThanOrEqual(0);
                const { deadline, threshold } = splitKey(reminder.key)!;
                expect(reminder.daysLeft).toBeLessThanOrEqual(threshold);
                const before = tightestSent.get(deadline);
                if (before !== undefined) expect(threshold).toBeLessThan(before);
              }
            }
            for (const reminder of reminders) {
              sent.add(reminder.key);
              const split = splitKey(reminder.key);
              if (split) tightestSent.set(split.deadline, Math.min(split.threshold, tightestSent.get(split.deadline) ?? Infinity));
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('over a window’s days in order, with the default thresholds, sends 30, 7 and 1 once each', () => {
    const record = makeRecord({ id: 'r1', endDate: BASE });
    const sent = new Set<string>();
    const sentOn: string[] = [];
    for (let day = 0; day <= 120; day++) {
      const today = addDays(BASE, day);
      for (const r of dueReminders({ records: [record], certifications: [], settings: DEFAULT_SETTINGS, today, sent })) {
        sent.add(r.key);
        sentOn.push(`${r.key}@${today}`);
      }
    }
    expect(sentOn).toEqual(['window:r1:30@2026-03-02', 'window:r1:7@2026-03-25', 'window:r1:1@2026-03-31']);
  });
});

describe('catalogue offers ending', () => {
  const offers = [
    { id: 'live', title: 'Cisco Live on-demand library', offerEndsOn: addDays(TODAY, 10) },
    { id: 'rev', title: 'Rev Up to Recert: Python', offerEndsOn: addDays(TODAY, 2) },
    { id: 'old', title: 'Ended long ago', offerEndsOn: '2023-04-20' },
    { id: 'free', title: 'No end' },
  ];
  const run = (sent: ReadonlySet<string> = new Set(), settings: Partial<Settings> = {}) =>
    dueReminders({ records: [], certifications: [], settings: { ...DEFAULT_SETTINGS, ...settings }, today: TODAY, sent, offers });

  it('reminds two weeks before an offer ends, then three days before, only the tightest due, once each', () => {
    const due = run();
    expect(due.map((r) => [r.key, r.kind === 'offer' && r.daysLeft])).toEqual([
      [`offer:rev:${addDays(TODAY, 2)}:3`, 2],
      [`offer:live:${addDays(TODAY, 10)}:14`, 10],
    ]);
    expect(run(new Set(keys(due)))).toEqual([]);
  });

  it('is silent when offer reminders, or all reminders, are off', () => {
    expect(run(new Set(), { offerRemindersEnabled: false })).toEqual([]);
    expect(run(new Set(), { remindersEnabled: false })).toEqual([]);
  });
});
