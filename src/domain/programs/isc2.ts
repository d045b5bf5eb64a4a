/**
 * ISC2 Continuing Professional Education, as data. Source: isc2.org CPE FAQ (see shared/domain/ce-programs.md).
 * Each certification has its own 3-year requirement and every CPE counts toward each certification held.
 * CISSP needs at least 90 of its 120 CPEs in Group A. Group A credits above the requirement earned in the last
 * 6 months of a cycle roll over into the next, capped (CISSP: 40); the sources give no cap for the other
 * certifications, so only CISSP rolls over here.
 */
import type { ProgramDefinitionInput } from './definition';

export const isc2 = {
  id: 'isc2',
  name: 'ISC2 Continuing Professional Education',
  unit: 'CPE',
  periodYears: 3,
  pool: 'each',
  carries: 'none',
  minutesPerCredit: 60,
  rolloverWindowMonths: 6,
  // After the cycle ends, 90 days remain to submit its CPEs (and pay the fee) before the certification lapses.
  graceDays: 90,
  categories: [
    { id: 'group-a', label: 'Group A (domain-related)' },
    { id: 'group-b', label: 'Group B (professional development)' },
  ],
  certifications: [
    {
      code: 'cissp',
      name: 'CISSP',
      level: 'professional',
      rank: 3,
      paths: [{ id: 'cpe', label: '120 CPEs', credits: 120 }],
      categoryRules: [{ id: 'group-a-minimum', label: 'At least 90 Group A CPEs', categories: ['group-a'], min: 90 }],
      rolloverCap: 40,
    },
    { code: 'ccsp', name: 'CCSP', level: 'professional', rank: 3, paths: [{ id: 'cpe', label: '90 CPEs', credits: 90 }] },
    { code: 'sscp', name: 'SSCP', level: 'associate', rank: 2, paths: [{ id: 'cpe', label: '60 CPEs', credits: 60 }] },
    { code: 'cc', name: 'Certified in Cybersecurity (CC)', level: 'entry', rank: 1, paths: [{ id: 'cpe', label: '45 CPEs', credits: 45 }] },
  ],
  sources: ['isc2.org CPE FAQ'],
} satisfies ProgramDefinitionInput;
