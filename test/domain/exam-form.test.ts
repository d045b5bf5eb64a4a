import { describe, expect, it } from 'vitest';
import { emptyExamForm, examFromForm, type ExamFormValues } from '../../src/domain/exam-form';
import { Exam } from '../../src/domain/schema';

const values: ExamFormValues = { code: ' 350-401 ', name: ' ENCOR ', kind: 'technology-core', passedOn: '2026-02-10' };

describe('examFromForm', () => {
  it('makes a Cisco exam the store accepts, trimmed', () => {
    const result = examFromForm(values, 'e1');
    expect(result).toEqual({ ok: true, exam: { id: 'e1', program: 'cisco', code: '350-401', name: 'ENCOR', kind: 'technology-core', passedOn: '2026-02-10' } });
    expect(result.ok && Exam.parse(result.exam)).toBeTruthy();
  });

  it('writes codes in capitals, as score reports do, and leaves out an empty name', () => {
    expect(examFromForm({ ...values, code: 'encor', name: '' }, 'e1')).toMatchObject({ ok: true, exam: { code: 'ENCOR', name: undefined } });
  });

  it('says what is missing or wrong', () => {
    expect(examFromForm(emptyExamForm(), 'e')).toEqual({ ok: false, errors: { code: 'errorExamCodeRequired', passedOn: 'errorExamDateRequired' } });
    expect(examFromForm({ ...values, passedOn: '2026-13-01' }, 'e')).toEqual({ ok: false, errors: { passedOn: 'errorDateInvalid' } });
    expect(examFromForm({ ...values, kind: 'written' }, 'e')).toEqual({ ok: false, errors: { kind: 'errorExamKindUnknown' } });
  });
});
