/**
 * The welcome page's "add a certification" form as a pure function: raw form values in, a certification
 * or the message keys of what is wrong out.
 */
import { CISCO_CERTIFICATIONS } from './programs/cisco';
import { isIsoDate } from './dates';
import type { CertLevel, Certification } from './schema';

export const OTHER_CERTIFICATION = '__other__';

export interface CertificationFormValues {
  choice: string;
  customName: string;
  level: CertLevel;
  expiresOn: string;
  earnedOn: string;
}

export type FormErrors = Partial<Record<keyof CertificationFormValues, string>>;

export function levelForChoice(choice: string): CertLevel | undefined {
  return CISCO_CERTIFICATIONS.find((c) => c.name === choice)?.level;
}

export function certificationFromForm(
  values: CertificationFormValues,
  id: string,
): { ok: true; certification: Certification } | { ok: false; errors: FormErrors } {
  const errors: FormErrors = {};
  const name = values.choice === OTHER_CERTIFICATION ? values.customName.trim() : values.choice;
  if (!name) errors.customName = 'errorNameRequired';
  const level = levelForChoice(values.choice) ?? values.level;
  const needsExpiry = level !== 'entry';
  if (needsExpiry && !isIsoDate(values.expiresOn)) errors.expiresOn = 'errorExpiryRequired';
  const earnedOn = values.earnedOn && isIsoDate(values.earnedOn) ? values.earnedOn : undefined;
  if (earnedOn && values.expiresOn && earnedOn >= values.expiresOn) errors.earnedOn = 'errorEarnedAfterExpiry';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    certification: {
      id,
      program: 'cisco',
      name,
      level,
      earnedOn,
      expiresOn: needsExpiry ? values.expiresOn : undefined,
    },
  };
}
