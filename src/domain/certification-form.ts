/**
 * The "add or edit a certification" form as pure functions: raw form values in, a certification or the message
 * keys of what is wrong out. Shared by the welcome page (Cisco only) and the dashboard (every program).
 */
import { listedCertifications, findListedCertification, isProgram, levelLifetimeBefore, levelNeverExpires, type ListedCertification } from './certification-list';
import { isIsoDate } from './dates';
import type { CertLevel, Certification, Program } from './schema';

/** The choice that stands for "not in the list: I type its name and level". */
export const OTHER_CERTIFICATION = '__other__';

export interface CertificationFormValues {
  /** A Program; a string because it comes from a form control and is checked here. */
  program: string;
  /** A listed code of the program, or OTHER_CERTIFICATION. */
  choice: string;
  customName: string;
  /** Used for OTHER_CERTIFICATION only: a listed certification brings its own level. */
  level: CertLevel;
  earnedOn: string;
  expiresOn: string;
  retired: boolean;
}

export type FormErrors = Partial<Record<keyof CertificationFormValues, string>>;

export type CertificationFormResult = { ok: true; certification: Certification } | { ok: false; errors: FormErrors };

/** A fresh form for the program: its first listed certification chosen, or a typed name where it lists none. */
export function emptyCertificationForm(program: Program = 'cisco'): CertificationFormValues {
  return {
    program,
    choice: listedCertifications(program)[0]?.code ?? OTHER_CERTIFICATION,
    customName: '',
    level: 'associate',
    earnedOn: '',
    expiresOn: '',
    retired: false,
  };
}

/** The form filled in with a held certification, for editing it. */
export function formFromCertification(cert: Certification): CertificationFormValues {
  const entry = findListedCertification(cert.program, cert);
  return {
    program: cert.program,
    choice: entry?.code ?? OTHER_CERTIFICATION,
    customName: entry ? '' : cert.name,
    level: cert.level,
    earnedOn: cert.earnedOn ?? '',
    expiresOn: cert.expiresOn ?? '',
    retired: cert.retired === true,
  };
}

/** The listed certification the form has chosen; undefined for a typed-in certification or an unknown code. */
export function chosenEntry(values: CertificationFormValues): ListedCertification | undefined {
  if (!isProgram(values.program) || values.choice === OTHER_CERTIFICATION) return undefined;
  return listedCertifications(values.program).find((e) => e.code === values.choice);
}

/**
 * The day that decides whether it expires at all, for a certification whose validity depends on the day earned
 * (Cisco CCST: for life when earned before it, else 5 years): the form then asks for the day earned instead.
 */
export function lifetimeIfEarnedBefore(values: CertificationFormValues): { before: string; years: number } | undefined {
  if (!isProgram(values.program)) return undefined;
  const entry = chosenEntry(values);
  if (entry) return entry.neverExpiresIfEarnedBefore && entry.validityYears ? { before: entry.neverExpiresIfEarnedBefore, years: entry.validityYears } : undefined;
  return values.choice === OTHER_CERTIFICATION ? levelLifetimeBefore(values.program, values.level) : undefined;
}

/** Whether the form must ask for an expiry date: every certification expires except those the rules say never do. */
export function needsExpiry(values: CertificationFormValues): boolean {
  if (!isProgram(values.program)) return true;
  if (lifetimeIfEarnedBefore(values)) return false;
  const entry = chosenEntry(values);
  if (entry) return !entry.neverExpires;
  return !levelNeverExpires(values.program, values.level);
}

export function certificationFromForm(values: CertificationFormValues, id: string): CertificationFormResult {
  const { program } = values;
  if (!isProgram(program)) return { ok: false, errors: { program: 'errorUnknownProgram' } };

  const errors: FormErrors = {};
  const isOther = program === 'other' || values.choice === OTHER_CERTIFICATION;
  const entry = isOther ? undefined : chosenEntry(values);
  if (!isOther && !entry) errors.choice = 'errorUnknownCertification';
  const name = entry?.name ?? values.customName.trim();
  if (isOther && !name) errors.customName = 'errorNameRequired';

  const earnedOn = values.earnedOn.trim();
  const expiresOn = values.expiresOn.trim();
  if (earnedOn && !isIsoDate(earnedOn)) errors.earnedOn = 'errorDateInvalid';
  const asked = { ...values, choice: isOther ? OTHER_CERTIFICATION : values.choice };
  const expires = needsExpiry(asked);
  // Where the day earned decides, it is asked for; an expiry date given as well is kept.
  const byEarned = lifetimeIfEarnedBefore(asked) !== undefined;
  if (byEarned && !earnedOn) errors.earnedOn = 'errorEarnedRequired';
  if (expires || (byEarned && expiresOn)) {
    if (!expiresOn) errors.expiresOn = 'errorExpiryRequired';
    else if (!isIsoDate(expiresOn)) errors.expiresOn = 'errorDateInvalid';
    else if (earnedOn && isIsoDate(earnedOn) && expiresOn <= earnedOn) errors.expiresOn = 'errorExpiryNotAfterEarned';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  return {
    ok: true,
    certification: {
      id,
      program,
      code: entry?.code,
      name,
      level: entry?.level ?? values.level,
      earnedOn: earnedOn || undefined,
      expiresOn: expires || (byEarned && expiresOn) ? expiresOn : undefined,
      // Absent rather than false, so a certification that was never retired stores as it always did.
      retired: values.retired ? true : undefined,
    },
  };
}
