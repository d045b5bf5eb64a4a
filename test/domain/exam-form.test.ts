import { describe, expect, it } from 'vitest';
import { emptyExamForm, examFromForm, examKindFromCode, type ExamFormValues } from '../../src/domain/exam-form';
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
    expect(examFromForm(emptyExamForm(), 'e')).toEqual({ ok: false, errors: { code: 'errorExamCodeRequired', kind: 'errorExamKindUnknown', passedOn: 'errorExamDateRequired' } });
    expect(examFromForm({ ...values, passedOn: '2026-13-01' }, 'e')).toEqual({ ok: false, errors: { passedOn: 'errorDateInvalid' } });
    expect(examFromForm({ ...values, kind: 'written' }, 'e')).toEqual({ ok: false, errors: { kind: 'errorExamKindUnknown' } });
  });
});

describe('examKindFromCode: an exam typed by its code alone gets the right kind (Cisco numbering, issue 16)', () => {
  it.each([
    ['350-401', 'technology-core'],
    ['350-901 AUTOCOR', 'technology-core'],
    ['300-410', 'professional-concentration'],
    ['300-435', 'professional-concentration'],
    ['200-301', 'associate'],
    ['200-901', 'associate'],
    ['100-150', 'entry'],
    ['010-151', 'technician'],
    ['500-220', 'specialist'],
    ['820-605', 'specialist'],
    ['820-605 CLCSM', 'specialist'],
    ['400-101', 'expert-written'],
  ] as const)('%s is %s', (code, kind) => {
    expect(examKindFromCode(code)).toBe(kind);
  });

  it('says nothing for a code outside the series, or another program', () => {
    expect(examKindFromCode('ENCOR')).toBeUndefined();
    expect(examKindFromCode('3501-401')).toBeUndefined();
    expect(examKindFromCode('350-401', 'comptia')).toBeUndefined();
  });
});
