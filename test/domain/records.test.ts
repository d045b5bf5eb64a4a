import { describe, expect, it } from 'vitest';
import { activityKey, isSameActivity, isSubmittableToCePortal, mergeCapture, recordFromCapture } from '../../src/domain/records';
import { makeCapture, makeRecord } from '../helpers/factories';

const NOW = '2026-11-29T10:00:00.000Z';

describe('mergeCapture: a capture of an activity already on record fills only what the record lacks', () => {
  it('never overwrites what the record holds (what the user typed or corrected)', () => {
    const record = { ...recordFromCapture(makeCapture({ certificateCode: 'CODE-1' }), 'r1', NOW), title: 'My corrected title', credits: 14 };
    expect(mergeCapture(record, makeCapture({ title: 'Portal title', credits: 12, certificateCode: 'CODE-1' }), NOW)).toBeUndefined();
  });

  it('fills missing credits together with their unit: 1.2 CEU, not 1.2 CE', () => {
    const record = recordFromCapture(makeCapture({ credits: undefined, creditUnit: undefined, certificateCode: 'CCA-1' }), 'r1', NOW);
    expect(record.creditUnit).toBe('CE');
    const merged = mergeCapture(record, makeCapture({ credits: 1.2, creditUnit: 'CEU', certificateCode: 'CCA-1' }), NOW);
    expect(merged).toMatchObject({ credits: 1.2, creditUnit: 'CEU', updatedAt: NOW });
  });

  it('keeps the record\'s unit when it already has credits', () => {
    const record = makeRecord({ credits: 24, creditUnit: 'CE', hours: undefined });
    expect(mergeCapture(record, makeCapture({ credits: 3, creditUnit: 'CEU', hours: 2 }), NOW)).toMatchObject({ credits: 24, creditUnit: 'CE', hours: 2 });
  });
});

describe('isSameActivity', () => {
  it('goes by certificate code when both have one, else provider + title + end date', () => {
    expect(isSameActivity(makeRecord({ certificateCode: 'A-1' }), makeCapture({ certificateCode: ' a-1 ', title: 'Other' }))).toBe(true);
    const uncoded = recordFromCapture(makeCapture({ certificateCode: undefined, endDate: '2026-01-01' }), 'r1', NOW);
    expect(isSameActivity(uncoded, makeCapture({ certificateCode: undefined, endDate: '2026-01-01', title: `  ${uncoded.title.toUpperCase()} ` }))).toBe(true);
    expect(isSameActivity(uncoded, makeCapture({ certificateCode: undefined, endDate: '2026-01-02' }))).toBe(false);
  });
});

describe('activityKey', () => {
  it('is the same exactly when isSameActivity says two coded, or two uncoded, captures are one activity', () => {
    const coded = makeCapture({ certificateCode: 'A-1' });
    expect(activityKey(coded)).toBe(activityKey(makeCapture({ certificateCode: ' a-1 ', title: 'Other' })));
    const uncoded = makeCapture({ certificateCode: undefined, endDate: '2026-01-01' });
    expect(activityKey(uncoded)).toBe(activityKey({ ...uncoded, title: `  ${uncoded.title.toUpperCase()} ` }));
    expect(activityKey(uncoded)).not.toBe(activityKey({ ...uncoded, endDate: '2026-01-02' }));
  });
});

describe('isSubmittableToCePortal', () => {
  it('takes a Cisco record not yet claimed, or submitted, and nothing else', () => {
    expect(['captured', 'submitted', 'pending', 'earned', 'rejected'].map((status) => isSubmittableToCePortal({ program: 'cisco', status: status as never }))).toEqual([true, true, false, false, false]);
    expect(isSubmittableToCePortal({ program: 'comptia', status: 'captured' })).toBe(false);
  });
});
