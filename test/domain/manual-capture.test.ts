import { describe, expect, it } from 'vitest';
import { captureFromForm, patchFromForm } from '../../src/domain/manual-capture';

const base = { title: 'Cloud security architecture', provider: 'SANS', endDate: '2026-05-01', credits: '12', creditUnit: 'CPE', program: 'isc2' };

describe('the category a user gives an activity (issue 16: some rules count by it)', () => {
  it('keeps a category of the record’s program, on a new capture and on an edit', () => {
    const captured = captureFromForm({ ...base, category: 'group-a' });
    expect(captured).toMatchObject({ ok: true, capture: { category: 'group-a', program: 'isc2' } });
    expect(patchFromForm({ ...base, category: 'group-b' })).toMatchObject({ ok: true, patch: { category: 'group-b' } });
  });

  it('clears it when the field is left blank', () => {
    const edited = patchFromForm(base);
    expect(edited.ok && 'category' in edited.patch && edited.patch.category === undefined).toBe(true);
  });

  it('says at the field when the category belongs to another program', () => {
    expect(captureFromForm({ ...base, program: 'cisco', category: 'group-a' })).toEqual({
      ok: false,
      errors: [{ field: 'category', message: 'This category does not belong to the record’s program' }],
    });
    expect(patchFromForm({ ...base, program: 'pmi', category: 'webinar' })).toMatchObject({ ok: false, errors: [{ field: 'category' }] });
  });
});
