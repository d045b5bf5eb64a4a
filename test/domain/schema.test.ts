import { describe, expect, it } from 'vitest';
import { Backup, Capture, Certification, CourseRecord, CourseRecordPatch, DEFAULT_SETTINGS, Settings } from '../../src/domain/schema';
import { makeCapture, makeCertification, makeRecord } from '../helpers/factories';

describe('schemas', () => {
  it('accepts a complete course record and fills notes by default', () => {
    const { notes: _notes, ...withoutNotes } = makeRecord({ certificateCode: 'CSCO-1', hours: 14, startDate: '2026-01-02' });
    const parsed = CourseRecord.parse(withoutNotes);
    expect(parsed.notes).toBe('');
    expect(parsed.certificateCode).toBe('CSCO-1');
  });

  it.each([
    ['an empty title', { title: '   ' }],
    ['an impossible date', { endDate: '2026-02-30' }],
    ['a date in another shape', { endDate: '14/03/2026' }],
    ['negative credits', { credits: -4 }],
    ['an unknown status', { status: 'done' }],
    ['a javascript: source URL', { sourceUrl: 'javascript:alert(1)' }],
  ])('rejects a record with %s', (_label, patch) => {
    expect(CourseRecord.safeParse({ ...makeRecord(), ...patch }).success).toBe(false);
  });

  it('accepts a capture and refuses one without provenance', () => {
    expect(Capture.parse(makeCapture()).adapterId).toBe('cisco-u');
    expect(Capture.safeParse({ ...makeCapture(), adapterId: '../evil' }).success).toBe(false);
    expect(Capture.safeParse({ ...makeCapture(), confidence: 2 }).success).toBe(false);
  });

  it('allows only user-editable fields in a patch', () => {
    expect(CourseRecordPatch.safeParse({ credits: 12, status: 'pending' }).success).toBe(true);
    expect(CourseRecordPatch.safeParse({ id: 'other' }).success).toBe(false);
    expect(CourseRecordPatch.safeParse({ createdAt: '2026-01-01T00:00:00Z' }).success).toBe(false);
  });

  it('knows the certification levels', () => {
    expect(Certification.parse(makeCertification()).level).toBe('professional');
    expect(Certification.safeParse(makeCertification({ level: 'guru' as never })).success).toBe(false);
  });

  it('defaults settings to a 90-day window, 90/60/30-day expiry reminders, 30/7/1-day window reminders, a 14-day stale claim, PDFs auto-attached up to 20 MB, and grace-period activities counted (the 2024 ISC2 post)', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      submissionWindowDays: 90,
      remindersEnabled: true,
      graceActivitiesCount: true,
      reminderDaysBeforeExpiry: [90, 60, 30],
      badgeEnabled: true,
      badgeShows: 'unsubmitted',
      autoAttachPdf: true,
      maxPdfMegabytes: 20,
      submissionRemindersEnabled: true,
      submissionReminderDays: [30, 7, 1],
      stalePendingDays: 14,
      offerRemindersEnabled: true,
    });
    expect(Settings.safeParse({ submissionWindowDays: 0 }).success).toBe(false);
    expect(Settings.safeParse({ maxPdfMegabytes: 51 }).success, 'no setting lifts the 50 MB ceiling').toBe(false);
    expect(Settings.safeParse({ submissionReminderDays: [366] }).success).toBe(false);
    expect(Settings.safeParse({ submissionReminderDays: [30, 7.5] }).success).toBe(false);
    expect(Settings.safeParse({ submissionReminderDays: Array.from({ length: 11 }, (_, i) => i + 1) }).success).toBe(false);
    expect(Settings.safeParse({ stalePendingDays: 0 }).success).toBe(false);
    // A settings document stored before these settings existed reads with their defaults.
    expect(Settings.parse({ submissionWindowDays: 120 })).toMatchObject({ submissionReminderDays: [30, 7, 1], stalePendingDays: 14, submissionRemindersEnabled: true });
  });

  it('keeps the user’s name optional: settings from before it read exactly as before, a given name is trimmed', () => {
    const before = { submissionWindowDays: 120, remindersEnabled: false, reminderDaysBeforeExpiry: [30], badgeEnabled: true };
    const read = Settings.parse(before);
    expect('yourName' in read).toBe(false);
    expect(read).toEqual({ ...DEFAULT_SETTINGS, ...before });
    expect(Settings.parse({ yourName: '  Priya Raman ' }).yourName).toBe('Priya Raman');
    expect(Settings.safeParse({ yourName: 'x'.repeat(100) }).success).toBe(true);
    expect(Settings.safeParse({ yourName: 'x'.repeat(101) }).success).toBe(false);
    expect(Settings.safeParse({ yourName: null }).success).toBe(false);
    expect(Settings.safeParse({ yourName: ['Priya Raman'] }).success).toBe(false);
  });

  it('validates a whole backup file', () => {
    const backup = {
      format: 'recert-companion-backup',
      version: 2,
      exportedAt: '2026-11-29T10:00:00.000Z',
      certifications: [makeCertification()],
      exams: [{ id: 'e1', program: 'cisco', code: '350-401', kind: 'technology-core', passedOn: '2025-06-01' }],
      records: [makeRecord()],
      settings: DEFAULT_SETTINGS,
    };
    expect(Backup.parse(backup).records).toHaveLength(1);
    expect(Backup.safeParse({ ...backup, version: 3 }).success).toBe(false);
    expect(Backup.safeParse({ ...backup, records: [{ ...makeRecord(), credits: 'many' }] }).success).toBe(false);
  });
});
