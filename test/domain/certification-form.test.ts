import { describe, expect, it } from 'vitest';
import {
  OTHER_CERTIFICATION,
  certificationFromForm,
  emptyCertificationForm,
  formFromCertification,
  lifetimeIfEarnedBefore,
  needsExpiry,
  type CertificationFormValues,
} from '../../src/domain/certification-form';
import { Certification } from '../../src/domain/schema';

const base: CertificationFormValues = {
  program: 'cisco',
  choice: 'ccnp-enterprise',
  customName: '',
  level: 'associate',
  earnedOn: '',
  expiresOn: '2027-03-14',
  retired: false,
};

function saved(values: Partial<CertificationFormValues>, id = 'c1'): Certification {
  const result = certificationFromForm({ ...base, ...values }, id);
  if (!result.ok) throw new Error(`expected a certification, got ${JSON.stringify(result.errors)}`);
  // Whatever the form accepts, the store accepts.
  return Certification.parse(result.certification);
}

describe('certificationFromForm: a catalogue certification', () => {
  it('stores the catalogue code, name and level, whatever level the form carried', () => {
    expect(saved({ level: 'entry' })).toEqual({ id: 'c1', program: 'cisco', code: 'ccnp-enterprise', name: 'CCNP Enterprise', level: 'professional', expiresOn: '2027-03-14' });
  });

  it('works for every program, e.g. CompTIA Security+', () => {
    expect(saved({ program: 'comptia', choice: 'security-plus', earnedOn: '2024-05-02', expiresOn: '2027-05-02' })).toEqual({
      id: 'c1',
      program: 'comptia',
      code: 'security-plus',
      name: 'CompTIA Security+',
      level: 'associate',
      earnedOn: '2024-05-02',
      expiresOn: '2027-05-02',
    });
    expect(saved({ program: 'isc2', choice: 'cissp' })).toMatchObject({ code: 'cissp', name: 'CISSP', level: 'professional' });
    expect(saved({ program: 'pmi', choice: 'pgmp' })).toMatchObject({ code: 'pgmp', level: 'expert' });
  });

  it('asks a CCST for the day earned instead of an expiry, which it keeps when given (CCST validity depends on the day earned: cisco.com recertification policy, Japanese edition)', () => {
    const values = { ...base, choice: 'ccst-networking', earnedOn: '2024-03-01', expiresOn: '' };
    expect(needsExpiry(values)).toBe(false);
    expect(lifetimeIfEarnedBefore(values)).toEqual({ before: '2025-07-15', years: 5 });
    expect(saved(values)).toMatchObject({ code: 'ccst-networking', level: 'entry', earnedOn: '2024-03-01', expiresOn: undefined });
    expect(saved({ ...values, earnedOn: '2025-09-01', expiresOn: '2030-09-01' }).expiresOn).toBe('2030-09-01');
    expect(certificationFromForm({ ...values, earnedOn: '' }, 'id')).toEqual({ ok: false, errors: { earnedOn: 'errorEarnedRequired' } });
    expect(lifetimeIfEarnedBefore({ ...base, choice: 'ccnp-enterprise' })).toBeUndefined();
  });

  it('stores the retired flag only when it is set', () => {
    expect(saved({ retired: true }).retired).toBe(true);
    expect(saved({ retired: false })).not.toHaveProperty('retired', false);
  });
});

describe('certificationFromForm: a certification typed in by hand', () => {
  it('uses the typed name and chosen level, with no code', () => {
    const cert = saved({ choice: OTHER_CERTIFICATION, customName: ' Cisco Certified Specialist – Enterprise Core ', level: 'specialist' });
    expect(cert).toMatchObject({ program: 'cisco', name: 'Cisco Certified Specialist – Enterprise Core', level: 'specialist', code: undefined });
  });

  it('takes any name for the Other program, whatever the choice says', () => {
    expect(saved({ program: 'other', choice: 'ccnp-enterprise', customName: 'AWS Solutions Architect', level: 'professional' })).toMatchObject({
      program: 'other',
      name: 'AWS Solutions Architect',
      level: 'professional',
      code: undefined,
    });
  });

  it('goes by the program’s rules for the level: an unlisted Cisco entry-level certification is not taken for a CCST, and expires', () => {
    expect(needsExpiry({ ...base, choice: OTHER_CERTIFICATION, level: 'entry' })).toBe(true);
    expect(lifetimeIfEarnedBefore({ ...base, choice: OTHER_CERTIFICATION, level: 'entry' })).toBeUndefined();
    expect(needsExpiry({ ...base, program: 'other', choice: OTHER_CERTIFICATION, level: 'entry' })).toBe(true);
    expect(needsExpiry({ ...base, program: 'comptia', choice: OTHER_CERTIFICATION, level: 'entry' })).toBe(true);
  });
});

describe('certificationFromForm: what it refuses, and says why', () => {
  const errorsFor = (values: Partial<CertificationFormValues>) => {
    const result = certificationFromForm({ ...base, ...values }, 'c');
    return result.ok ? undefined : result.errors;
  };

  it('a missing name', () => {
    expect(errorsFor({ choice: OTHER_CERTIFICATION, customName: '  ' })).toEqual({ customName: 'errorNameRequired' });
    expect(errorsFor({ program: 'other', choice: OTHER_CERTIFICATION })).toEqual({ customName: 'errorNameRequired' });
  });

  it('a missing expiry', () => {
    expect(errorsFor({ expiresOn: '' })).toEqual({ expiresOn: 'errorExpiryRequired' });
    expect(errorsFor({ program: 'other', customName: 'AWS SAA', expiresOn: '' })).toEqual({ expiresOn: 'errorExpiryRequired' });
  });

  it('an expiry that is not after the earned date', () => {
    expect(errorsFor({ earnedOn: '2027-04-01' })).toEqual({ expiresOn: 'errorExpiryNotAfterEarned' });
    expect(errorsFor({ earnedOn: '2027-03-14' })).toEqual({ expiresOn: 'errorExpiryNotAfterEarned' });
    expect(errorsFor({ earnedOn: '2027-03-13' })).toBeUndefined();
  });

  it('an unknown program', () => {
    expect(errorsFor({ program: 'microsoft' })).toEqual({ program: 'errorUnknownProgram' });
  });

  it('a code the program’s catalogue does not list', () => {
    expect(errorsFor({ choice: 'security-plus' })).toEqual({ choice: 'errorUnknownCertification' });
  });

  it('a date that is not a calendar date', () => {
    expect(errorsFor({ earnedOn: '2024-02-30' })).toEqual({ earnedOn: 'errorDateInvalid' });
    expect(errorsFor({ expiresOn: '14/03/2027' })).toEqual({ expiresOn: 'errorDateInvalid' });
  });

  it('reports every problem at once', () => {
    expect(errorsFor({ choice: OTHER_CERTIFICATION, expiresOn: '' })).toEqual({ customName: 'errorNameRequired', expiresOn: 'errorExpiryRequired' });
  });
});

describe('the form for editing', () => {
  it('starts a new form on the program’s first certification, or a typed name for Other', () => {
    expect(emptyCertificationForm('comptia')).toMatchObject({ program: 'comptia', choice: 'a-plus', expiresOn: '', retired: false });
    expect(emptyCertificationForm('other').choice).toBe(OTHER_CERTIFICATION);
  });

  it('fills in a held certification and saves it back unchanged under its id', () => {
    const held: Certification[] = [
      { id: 'a', program: 'comptia', code: 'security-plus', name: 'CompTIA Security+', level: 'associate', earnedOn: '2024-05-02', expiresOn: '2027-05-02', retired: true },
      { id: 'b', program: 'cisco', name: 'Cisco Certified Specialist – Enterprise Core', level: 'specialist', expiresOn: '2027-01-01' },
      { id: 'c', program: 'other', name: 'AWS Solutions Architect', level: 'professional', expiresOn: '2026-09-30' },
    ];
    for (const cert of held) {
      const result = certificationFromForm(formFromCertification(cert), cert.id);
      expect(result, cert.name).toEqual({ ok: true, certification: cert });
    }
  });

  it('recognises a certification saved by name before codes existed, and gives it its code', () => {
    const legacy: Certification = { id: 'old', program: 'cisco', name: 'CCNP Enterprise', level: 'professional', expiresOn: '2027-03-14' };
    const form = formFromCertification(legacy);
    expect(form.choice).toBe('ccnp-enterprise');
    expect(certificationFromForm(form, legacy.id)).toEqual({ ok: true, certification: { ...legacy, code: 'ccnp-enterprise' } });
  });
});
