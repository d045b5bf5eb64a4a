/** The program registry: each program's rules, validated once against the ProgramDefinition schema. */
import type { Certification, Program } from '../schema';
import { cisco } from './cisco';
import { comptia } from './comptia';
import { ProgramDefinition, type CertificationRule } from './definition';
import { currentName, findNamed } from '../certification-names';
import { isaca } from './isaca';
import { isc2 } from './isc2';
import { pmi } from './pmi';
import { giac } from './giac';
import { ecCouncil } from './ec-council';

export const PROGRAM_DEFINITIONS: readonly ProgramDefinition[] = [cisco, comptia, isc2, isaca, pmi, giac, ecCouncil].map((p) => ProgramDefinition.parse(p));

export function programDefinition(id: Program): ProgramDefinition | undefined {
  return PROGRAM_DEFINITIONS.find((p) => p.id === id);
}

export type ResolvedRule = Pick<
  CertificationRule,
  'neverExpires' | 'neverExpiresIfEarnedBefore' | 'validityYears' | 'standalone' | 'paths' | 'categoryRules' | 'rolloverCap'
> & {
  code?: string;
  /** The name to show: the official one when the certification was entered under a former name. */
  name: string;
  rank: number;
  renews: string[];
};

/**
 * The rules for a held certification: the listed one it is (by code, name, short name, acronym or former name:
 * certification-names.ts), else its level's, where the program's rules go by level (Cisco). Undefined when the
 * program has no rules for it.
 */
export function ruleFor(program: ProgramDefinition, cert: Certification): ResolvedRule | undefined {
  const listed = findNamed(program.certifications, cert);
  const byLevel = program.byLevel[cert.level];
  const rank = listed?.rank ?? program.certifications.find((c) => c.level === cert.level)?.rank ?? 0;
  const name = currentName(listed, cert.name);
  if (listed && (listed.paths.length > 0 || listed.neverExpires)) return { ...listed, name, rank };
  if (byLevel) return { ...byLevel, code: listed?.code, name, rank, renews: listed?.renews ?? [] };
  return undefined;
}
