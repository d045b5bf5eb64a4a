/**
 * ISACA CPE policy, as data (see shared/domain/ce-programs.md): 120 CPE hours in a fixed 3-year period and at
 * least 20 in every year of it; one CPE hour is 50 minutes of activity; hours count for every ISACA
 * certification held.
 */
import type { ProgramDefinitionInput } from './definition';

const CPE_120 = [{ id: 'cpe', label: '120 CPE hours, at least 20 a year', credits: 120 }];

export const isaca = {
  id: 'isaca',
  name: 'ISACA Continuing Professional Education',
  unit: 'CPE',
  periodYears: 3,
  pool: 'each',
  carries: 'none',
  minutesPerCredit: 50,
  perYearMinimum: 20,
  certifications: [
    { code: 'cisa', name: 'CISA', level: 'professional', rank: 3, paths: CPE_120 },
    { code: 'cism', name: 'CISM', level: 'professional', rank: 3, paths: CPE_120 },
    { code: 'crisc', name: 'CRISC', level: 'professional', rank: 3, paths: CPE_120 },
    { code: 'cgeit', name: 'CGEIT', level: 'professional', rank: 3, paths: CPE_120 },
  ],
  sources: ['isaca.org CPE policy'],
} satisfies ProgramDefinitionInput;
