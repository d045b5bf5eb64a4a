/**
 * EC-Council Continuing Education (ECE), as data. Source: cert.eccouncil.org ECE policy (ECE_POLICY): "120 credits
 * (per certification) within three years". The 20-a-year minimum some providers state is not on EC-Council's page,
 * so it is not encoded (verify). A suspended member has 12 months to make it good before the certification is
 * revoked (EC-Council support article; verify how credits count then): encoded as a year of grace in which credits
 * still count. One rule for all its certifications, so any of them typed by name gets it.
 */
import type { ProgramDefinitionInput } from './definition';
import { everyLevel } from './every-level';

const ECE_120 = { paths: [{ id: 'ece', label: '120 ECE credits', credits: 120 }] };

const listed = (code: string, name: string, long: string, level: 'associate' | 'professional' | 'expert' = 'professional') => ({ code, name, aliases: [long], level, rank: 3, ...ECE_120 });

export const ecCouncil = {
  id: 'ec-council',
  name: 'EC-Council Continuing Education',
  unit: 'ECE',
  periodYears: 3,
  pool: 'each',
  carries: 'none',
  graceDays: 365,
  graceActivitiesCount: 'always',
  graceKind: 'suspension',
  // The ECE cycle runs on from the end of the last (verify).
  nextPeriodFrom: 'expiry',
  certifications: [
    listed('ceh', 'CEH', 'Certified Ethical Hacker'),
    listed('cnd', 'CND', 'Certified Network Defender'),
    listed('chfi', 'CHFI', 'Computer Hacking Forensic Investigator'),
    listed('cpent', 'CPENT', 'Certified Penetration Testing Professional'),
    listed('lpt', 'LPT (Master)', 'Licensed Penetration Tester', 'expert'),
    listed('cciso', 'CCISO', 'Certified Chief Information Security Officer', 'expert'),
    listed('ecih', 'ECIH', 'EC-Council Certified Incident Handler'),
    listed('ctia', 'CTIA', 'Certified Threat Intelligence Analyst'),
    listed('csa', 'CSA', 'Certified SOC Analyst', 'associate'),
  ],
  byLevel: everyLevel(ECE_120),
  sources: ['cert.eccouncil.org ECE policy (ECE_POLICY)'],
} satisfies ProgramDefinitionInput;
