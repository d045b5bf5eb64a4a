import { describe, expect, it } from 'vitest';
import { OTHER_CERTIFICATION, certificationFromForm, type CertificationFormValues } from '../../src/domain/certification-form';
import { Certification } from '../../src/domain/schema';

const base: CertificationFormValues = { choice: 'CCNP Enterprise', customName: '', level: 'associate', expiresOn: '2027-03-14', earnedOn: '' };

describe('certificationFromForm', () => {
  it('takes the level from the catalogue for a known certification', () => {
    const result = certificationFromForm(base, 'c1');
    expect(result).toEqual({ ok: true, certification: { id: 'c1', program: 'cisco', name: 'CCNP Enterprise', level: 'professional', earnedOn: undefined, expiresOn: '2027-03-14' } });
    expect(result.ok && Certification.parse(result.certification)).toBeTruthy();
  });

  it('uses the typed name and chosen level for another certification', () => {
    const result = certificationFromForm({ ...base, choice: OTHER_CERTIFICATION, customName: ' Cisco Certified Specialist – Enterprise Core ', level: 'specialist' }, 'c2');
    expect(result).toMatchObject({ ok: true, certification: { name: 'Cisco Certified Specialist – Enterprise Core', level: 'specialist' } });
  });

  it('explains what is missing or inconsistent', () => {
    expect(certificationFromForm({ ...base, expiresOn: '' }, 'c')).toEqual({ ok: false, errors: { expiresOn: 'errorExpiryRequired' } });
    expect(certificationFromForm({ ...base, choice: OTHER_CERTIFICATION }, 'c')).toMatchObject({ ok: false, errors: { customName: 'errorNameRequired' } });
    expect(certificationFromForm({ ...base, earnedOn: '2027-04-01' }, 'c')).toEqual({ ok: false, errors: { earnedOn: 'errorEarnedAfterExpiry' } });
  });

  it('needs no expiry for a certification that never expires', () => {
    expect(certificationFromForm({ ...base, choice: 'CCST Networking', expiresOn: '' }, 'c')).toMatchObject({ ok: true, certification: { level: 'entry', expiresOn: undefined } });
  });
});
