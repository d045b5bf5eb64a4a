/** The program registry: each program's rules, validated once against the ProgramDefinition schema. */
import type { Certification, Program } from '../schema';
import { cisco } from './cisco';
import { comptia } from './comptia';
import { ProgramDefinition, type CertificationRule } from './definition';
import { isaca } from './isaca';
import { isc2 } from './isc2';
import { pmi } from './pmi';

export const PROGRAM_DEFINITIONS: readonly ProgramDefinition[] = [cisco, comptia, isc2, isaca, pmi].map((p) => ProgramDefinition.parse(p));

export function programDefinition(id: Program): ProgramDefinition | undefined {
  return PROGRAM_DEFINITIONS.find((p) => p.id === id);
}

export type ResolvedRule = Pick<CertificationRule, 'neverExpires' | 'paths' | 'categoryRules' | 'rolloverCap'> & {
  code?: string;
  rank: number;
  renews: string[];
};

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9+]+/g, ' ').trim();
}

/**
 * The rules for a held certification: by its catalogue code, else by its name, else by its level where the
 * program's rules go by level (Cisco). Undefined when the program has no rules for it.
 */
export function ruleFor(program: ProgramDefinition, cert: Certification): ResolvedRule | undefined {
  const listed =
    program.certifications.find((c) => c.code === cert.code) ?? program.certifications.find((c) => normalise(c.name) === normalise(cert.name));
  const byLevel = program.byLevel[cert.level];
  const rank = listed?.rank ?? program.certifications.find((c) => c.level === cert.level)?.rank ?? 0;
  if (listed && (listed.paths.length > 0 || listed.neverExpires)) return { ...listed, rank };
  if (byLevel) return { ...byLevel, code: listed?.code, rank, renews: listed?.renews ?? [] };
  return undefined;
}
