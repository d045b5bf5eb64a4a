/**
 * GIAC certification renewal, as data. Source: giac.org renewal pages (GIAC_RENEWAL): 36 CPEs earned "within four
 * years prior to your GIAC certification expiration" renew a certification for another four years. Each
 * certification renews on its own, and an activity may count toward each one held (verify). GIAC certifications have
 * no levels: one rule for all, so any of them typed by name gets it.
 */
import type { ProgramDefinitionInput } from './definition';
import { everyLevel } from './every-level';

const CPE_36 = { paths: [{ id: 'cpe', label: '36 CPEs in four years', credits: 36 }] };

const listed = (code: string, name: string, long: string) => ({ code, name, aliases: [long], level: 'professional' as const, rank: 3, ...CPE_36 });

export const giac = {
  id: 'giac',
  name: 'GIAC Certification Renewal',
  unit: 'CPE',
  periodYears: 4,
  pool: 'each',
  carries: 'none',
  // A renewal extends the certification four years from its current expiry (verify).
  nextPeriodFrom: 'expiry',
  certifications: [
    listed('gsec', 'GSEC', 'GIAC Security Essentials'),
    listed('gcih', 'GCIH', 'GIAC Certified Incident Handler'),
    listed('gcia', 'GCIA', 'GIAC Certified Intrusion Analyst'),
    listed('gpen', 'GPEN', 'GIAC Penetration Tester'),
    listed('gcfa', 'GCFA', 'GIAC Certified Forensic Analyst'),
    listed('gcfe', 'GCFE', 'GIAC Certified Forensic Examiner'),
    listed('gwapt', 'GWAPT', 'GIAC Web Application Penetration Tester'),
    listed('gcld', 'GCLD', 'GIAC Cloud Security Essentials'),
    listed('gicsp', 'GICSP', 'Global Industrial Cyber Security Professional'),
    listed('gslc', 'GSLC', 'GIAC Security Leadership'),
    listed('gstrt', 'GSTRT', 'GIAC Strategic Planning, Policy, and Leadership'),
    listed('grem', 'GREM', 'GIAC Reverse Engineering Malware'),
  ],
  byLevel: everyLevel(CPE_36),
  sources: ['giac.org certification renewal (GIAC_RENEWAL)'],
} satisfies ProgramDefinitionInput;
