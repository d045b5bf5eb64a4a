// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { WindowNote } from '../../src/ui/components/WindowNote';
import { makeRecord } from '../helpers/factories';

function shown(record: ReturnType<typeof makeRecord>): { text: string; urgent: boolean } | null {
  const container = document.createElement('div');
  render(<WindowNote record={record} report={{ today: '2026-11-29', submissionWindowDays: 90 }} />, container);
  const note = container.querySelector('.window-note');
  return note ? { text: note.textContent ?? '', urgent: note.classList.contains('urgent') } : null;
}

describe('WindowNote: the days left to submit a captured record', () => {
  it('counts down the window from the completion date, urgent in its last week', () => {
    expect(shown(makeRecord({ status: 'captured', endDate: '2026-11-20' }))).toEqual({ text: '81 days left to submit', urgent: false });
    expect(shown(makeRecord({ status: 'captured', endDate: '2026-09-01' }))).toEqual({ text: '1 day left to submit', urgent: true });
    expect(shown(makeRecord({ status: 'captured', endDate: '2026-08-01' }))).toEqual({ text: 'submission window closed', urgent: true });
  });

  it('says nothing once the record is submitted, or without a completion date', () => {
    expect(shown(makeRecord({ status: 'submitted', endDate: '2026-11-20' }))).toBeNull();
    expect(shown(makeRecord({ status: 'captured', endDate: undefined }))).toBeNull();
  });
});
