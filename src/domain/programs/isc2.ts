/**
 * ISC2 Continuing Professional Education, as data (see shared/domain/ce-programs.md). Each certification has its
 * own 3-year requirement and every CPE counts toward each certification held. Sources:
 * - FAQ: isc2.org CPE FAQ (Group A credits above the requirement earned in the last 6 months of a cycle roll over:
 *   CISSP up to 40, CCSP and CSSLP up to 30, SSCP, CGRC (formerly CAP) and HCISPP up to 20; the 90-day grace period);
 * - CONCENTRATIONS: isc2.org Insights, October 2023 (ISSAP, ISSEP, ISSMP: 60 CPEs in each 3-year term with a CISSP);
 * - training providers for the totals and Group A minimums not on ISC2's own pages (marked verify).
 */
import type { ProgramDefinitionInput } from './definition';

const cpes = (credits: number) => [{ id: 'cpe', label: `${credits} CPEs`, credits }];
const groupAMinimum = (min: number) => [{ id: 'group-a-minimum', label: `At least ${min} Group A CPEs`, categories: ['group-a'], min }];

export const isc2 = {
  id: 'isc2',
  name: 'ISC2 Continuing Professional Education',
  unit: 'CPE',
  periodYears: 3,
  pool: 'each',
  carries: 'none',
  minutesPerCredit: 60,
  rollover: { windowMonths: 6, categories: ['group-a'] },
  // Cycles are fixed: the next one starts where this one ends (verify).
  nextPeriodFrom: 'expiry',
  // After the cycle ends, 90 days remain to submit its CPEs (and pay the fee) before the certification lapses.
  graceDays: 90,
  // Whether CPEs earned in those 90 days count: a 2024 ISC2 post says yes, an older handbook no (Settings).
  graceActivitiesCount: 'setting',
  categories: [
    { id: 'group-a', label: 'Group A (domain-related)' },
    { id: 'group-b', label: 'Group B (professional development)' },
  ],
  certifications: [
    { code: 'cissp', name: 'CISSP', aliases: ['Certified Information Systems Security Professional'], level: 'professional', rank: 3, paths: cpes(120), categoryRules: groupAMinimum(90), rolloverCap: 40 },
    // Group A minimum of 60: training provider, 2025 (verify).
    { code: 'ccsp', name: 'CCSP', aliases: ['Certified Cloud Security Professional'], level: 'professional', rank: 3, paths: cpes(90), categoryRules: groupAMinimum(60), rolloverCap: 30 },
    // 90 CPEs: training provider (verify); no Group A minimum published.
    { code: 'csslp', name: 'CSSLP', aliases: ['Certified Secure Software Lifecycle Professional'], level: 'professional', rank: 3, paths: cpes(90), rolloverCap: 30 },
    // 60 CPEs (verify): 20 a year, as the FAQ's rollover cap, "limited to the recommended annual CPEs", implies.
    { code: 'cgrc', name: 'CGRC', aliases: ['Certified in Governance, Risk and Compliance'], formerNames: ['CAP', 'Certified Authorization Professional'], level: 'professional', rank: 3, paths: cpes(60), rolloverCap: 20 },
    { code: 'hcispp', name: 'HCISPP', aliases: ['HealthCare Information Security and Privacy Practitioner'], level: 'professional', rank: 3, paths: cpes(60), rolloverCap: 20 },
    { code: 'sscp', name: 'SSCP', aliases: ['Systems Security Certified Practitioner'], level: 'associate', rank: 2, paths: cpes(60), rolloverCap: 20 },
    { code: 'cc', name: 'Certified in Cybersecurity (CC)', level: 'entry', rank: 1, paths: cpes(45) },
    // CONCENTRATIONS: 60 per term with a CISSP (ce-programs.md reads "20 extra per cycle": verify). Every CPE counts
    // toward each certification held, so a CISSP's own CPEs meet it unless the concentration's cycle differs.
    { code: 'issap', name: 'CISSP-ISSAP', aliases: ['ISSAP', 'Information Systems Security Architecture Professional'], level: 'expert', rank: 4, paths: cpes(60) },
    { code: 'issep', name: 'CISSP-ISSEP', aliases: ['ISSEP', 'Information Systems Security Engineering Professional'], level: 'expert', rank: 4, paths: cpes(60) },
    { code: 'issmp', name: 'CISSP-ISSMP', aliases: ['ISSMP', 'Information Systems Security Management Professional'], level: 'expert', rank: 4, paths: cpes(60) },
  ],
  sources: ['isc2.org CPE FAQ', 'isc2.org Insights: CISSP concentrations CPE requirements (October 2023)'],
} satisfies ProgramDefinitionInput;
