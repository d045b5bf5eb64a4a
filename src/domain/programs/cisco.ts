/**
 * Cisco Continuing Education rules, as data (see shared/domain/ce-programs.md for sources).
 * Every level lasts three years; CCST (entry) never expires.
 */
import type { CertLevel } from '../schema';

export const CISCO_PERIOD_YEARS = 3;

/** CE credits that renew a certification of each level on the CE-only path; null: never expires. */
export const CISCO_CE_ONLY_CREDITS: Record<CertLevel, number | null> = {
  entry: null,
  associate: 30,
  specialist: 40,
  professional: 80,
  expert: 120,
};

/** Higher renews lower: the shared credit pool counts toward the highest level held. */
export const LEVEL_RANK: Record<CertLevel, number> = {
  entry: 0,
  associate: 1,
  specialist: 2,
  professional: 3,
  expert: 4,
};

/** The certifications people pick from on the welcome page; "Other" lets them type any name. */
export const CISCO_CERTIFICATIONS: ReadonlyArray<{ name: string; level: CertLevel }> = [
  { name: 'CCNA', level: 'associate' },
  { name: 'Cisco Certified DevNet Associate', level: 'associate' },
  { name: 'Cisco Certified CyberOps Associate', level: 'associate' },
  { name: 'CCNP Enterprise', level: 'professional' },
  { name: 'CCNP Security', level: 'professional' },
  { name: 'CCNP Data Center', level: 'professional' },
  { name: 'CCNP Service Provider', level: 'professional' },
  { name: 'CCNP Collaboration', level: 'professional' },
  { name: 'Cisco Certified DevNet Professional', level: 'professional' },
  { name: 'Cisco Certified CyberOps Professional', level: 'professional' },
  { name: 'CCIE Enterprise Infrastructure', level: 'expert' },
  { name: 'CCIE Enterprise Wireless', level: 'expert' },
  { name: 'CCIE Security', level: 'expert' },
  { name: 'CCIE Data Center', level: 'expert' },
  { name: 'CCIE Service Provider', level: 'expert' },
  { name: 'CCIE Collaboration', level: 'expert' },
  { name: 'CCDE', level: 'expert' },
  { name: 'Cisco Certified DevNet Expert', level: 'expert' },
  { name: 'CCST Networking', level: 'entry' },
  { name: 'CCST Cybersecurity', level: 'entry' },
];
