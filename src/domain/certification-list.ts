/**
 * The certifications each program lists, read straight from the plain data files in programs/. Pages import this
 * (not programs/index.ts) because the registry validates the programs with zod, which a page need not carry.
 */
import { cisco } from './programs/cisco';
import { comptia } from './programs/comptia';
import { isaca } from './programs/isaca';
import { isc2 } from './programs/isc2';
import { pmi } from './programs/pmi';
import { giac } from './programs/giac';
import { ecCouncil } from './programs/ec-council';
import type { CertLevel, CreditUnit, Program } from './schema';
import { findNamed, type NamedCertification } from './certification-names';
import { CERT_LEVELS, PROGRAMS } from './vocabulary';

export interface ListedCertification extends NamedCertification {
  level: CertLevel;
  /** Never expires: there is no expiry date to ask for. */
  neverExpires: boolean;
  /** Never expires when earned before this day, else lasts `validityYears` (Cisco CCST): the day earned decides. */
  neverExpiresIfEarnedBefore?: string;
  validityYears?: number;
}

/** What this module needs of a program's data file; every file in programs/ has at least this shape. */
interface ProgramData {
  unit: CreditUnit;
  certifications: ReadonlyArray<NamedCertification & { level: CertLevel; neverExpires?: boolean; neverExpiresIfEarnedBefore?: string; validityYears?: number }>;
  // `paths` is only named so that TypeScript sees a level's rules as this shape (it has no other optional field).
  byLevel?: Partial<Record<CertLevel, { neverExpires?: boolean; neverExpiresIfEarnedBefore?: string; validityYears?: number; paths?: unknown }>>;
}

const PROGRAM_DATA: Partial<Record<Program, ProgramData>> = { cisco, comptia, isc2, isaca, pmi, giac, 'ec-council': ecCouncil };

export function isProgram(value: string): value is Program {
  return (PROGRAMS as readonly string[]).includes(value);
}

/** Whether a certification of this level never expires under the program's by-level rules (Cisco entry level). */
export function levelNeverExpires(program: Program, level: CertLevel): boolean {
  return PROGRAM_DATA[program]?.byLevel?.[level]?.neverExpires === true;
}

/** For a level whose rules make the day earned decide (none today), the day and the validity after it. */
export function levelLifetimeBefore(program: Program, level: CertLevel): { before: string; years: number } | undefined {
  const rule = PROGRAM_DATA[program]?.byLevel?.[level];
  return rule?.neverExpiresIfEarnedBefore && rule.validityYears ? { before: rule.neverExpiresIfEarnedBefore, years: rule.validityYears } : undefined;
}

/** The unit the program counts credits in (CE, CEU, CPE, PDU); CE for 'other', the commonest. */
export function programUnit(program: Program): CreditUnit {
  return PROGRAM_DATA[program]?.unit ?? 'CE';
}

/** The program's certifications in its own order; none for 'other'. */
export function listedCertifications(program: Program): ListedCertification[] {
  const data = PROGRAM_DATA[program];
  if (!data) return [];
  return data.certifications.map(({ code, name, aliases, formerNames, level, neverExpires, neverExpiresIfEarnedBefore, validityYears }) => ({
    code,
    name,
    aliases,
    formerNames,
    level,
    neverExpires: neverExpires === true || levelNeverExpires(program, level),
    neverExpiresIfEarnedBefore,
    validityYears,
  }));
}

/** The program's certifications grouped by level, lowest level first, without empty groups. */
export function listedByLevel(program: Program): Array<{ level: CertLevel; entries: ListedCertification[] }> {
  const entries = listedCertifications(program);
  return CERT_LEVELS.map((level) => ({ level, entries: entries.filter((e) => e.level === level) })).filter((g) => g.entries.length > 0);
}

/**
 * The listed certification a stored certification is: by its code, else by its name however it was written
 * (certification-names.ts; certifications saved before codes existed carry a name only). Undefined for one the
 * program does not list.
 */
export function findListedCertification(program: Program, held: { code?: string; name: string }): ListedCertification | undefined {
  return findNamed(listedCertifications(program), held);
}
