import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/domain/schema';
import { formFromSettings, settingsFromForm } from '../../src/ui/options/settings-form';

describe('the settings form', () => {
  it('round-trips the settings through the form unchanged', () => {
    expect(settingsFromForm(formFromSettings(DEFAULT_SETTINGS))).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });

  it('reads day lists as typed, tightest last, without repeats', () => {
    const result = settingsFromForm({ ...formFromSettings(DEFAULT_SETTINGS), submissionReminderDays: '7; 1 30 7', reminderDaysBeforeExpiry: '' });
    expect(result).toMatchObject({ ok: true, settings: { submissionReminderDays: [30, 7, 1], reminderDaysBeforeExpiry: [] } });
  });

  it('says at each field what cannot be read, and saves nothing', () => {
    const result = settingsFromForm({
      ...formFromSettings(DEFAULT_SETTINGS),
      submissionWindowDays: '0',
      submissionReminderDays: '30, soon',
      stalePendingDays: '1.5',
      reminderDaysBeforeExpiry: Array.from({ length: 11 }, (_, i) => i + 1).join(','),
      maxPdfMegabytes: '51',
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        submissionWindowDays: 'settingsErrorWindowDays',
        submissionReminderDays: 'settingsErrorDayList',
        stalePendingDays: 'settingsErrorPendingDays',
        reminderDaysBeforeExpiry: 'settingsErrorDayList',
        maxPdfMegabytes: 'settingsErrorMegabytes',
      },
    });
  });

  it('keeps the user’s name: shown as stored, saved trimmed, left out when empty', () => {
    const named = { ...DEFAULT_SETTINGS, yourName: 'Priya Raman' };
    expect(formFromSettings(named).yourName).toBe('Priya Raman');
    expect(formFromSettings(DEFAULT_SETTINGS).yourName).toBe('');
    expect(settingsFromForm(formFromSettings(named))).toEqual({ ok: true, settings: named });
    expect(settingsFromForm({ ...formFromSettings(DEFAULT_SETTINGS), yourName: '  Priya   Raman ' })).toEqual({ ok: true, settings: named });
    const cleared = settingsFromForm({ ...formFromSettings(named), yourName: '   ' });
    expect(cleared).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
    expect(cleared.ok && 'yourName' in cleared.settings).toBe(false);
  });

  it('refuses a name longer than any certificate prints', () => {
    expect(settingsFromForm({ ...formFromSettings(DEFAULT_SETTINGS), yourName: 'x'.repeat(100) }).ok).toBe(true);
    expect(settingsFromForm({ ...formFromSettings(DEFAULT_SETTINGS), yourName: 'x'.repeat(101) })).toEqual({ ok: false, errors: { yourName: 'settingsErrorYourName' } });
  });
});

