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
});
