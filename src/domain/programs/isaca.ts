/**
 * ISACA CPE policy, as data (see shared/domain/ce-programs.md): 120 CPE hours in a fixed 3-year period and at
 * least 20 in every year of it; one CPE hour is 50 minutes of activity; hours count for every ISACA certification
 * held. The years are calendar years, and the 3-year cycle starts on 1 January of the year after certification
 * (isaca.org CPE policy; verify the cycle start).
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
  cycle: 'calendar-year',
  // Calendar cycles follow one another: the next starts on the 1 January after this one ends.
  nextPeriodFrom: 'expiry',
  certifications: [
    { code: 'cisa', name: 'CISA', aliases: ['Certified Information Systems Auditor'], level: 'professional', rank: 3, paths: CPE_120 },
    { code: 'cism', name: 'CISM', aliases: ['Certified Information Security Manager'], level: 'professional', rank: 3, paths: CPE_120 },
    { code: 'crisc', name: 'CRISC', aliases: ['Certified in Risk and Information Systems Control'], level: 'professional', rank: 3, paths: CPE_120 },
    { code: 'cgeit', name: 'CGEIT', aliases: ['Certified in the Governance of Enterprise IT'], level: 'professional', rank: 3, paths: CPE_120 },
    // Like the others: at least 20 CPE hours each year and 120 over 3 years (ce-programs.md).
    { code: 'cdpse', name: 'CDPSE', aliases: ['Certified Data Privacy Solutions Engineer'], level: 'professional', rank: 3, paths: CPE_120 },
  ],
  sources: ['isaca.org CPE policy'],
} satisfies ProgramDefinitionInput;
