/**
 * PMI Continuing Certification Requirements, as data (see shared/domain/ce-programs.md). PDUs count for every PMI
 * certification held; one PDU per hour. Sources: pmi.org "Maintain your certification" (PMP 60, PMI-ACP 30), PMI's
 * CCR handbook as summarised by training providers and chapters (the Education minimums, Talent Triangle minimums,
 * Giving Back and practitioner maximums, and carry-over: verify the per-area minimums and the caps).
 */
import type { ProgramDefinitionInput } from './definition';

const EDUCATION = ['ways-of-working', 'power-skills', 'business-acumen'];

/** One certification's CCR rules: its total, the Education and per-area minimums, the Giving Back maximums. */
function ccr(total: number, education: number, perArea: number, givingBack: number, practitioner: number) {
  return {
    paths: [{ id: 'pdu', label: `${total} PDUs`, credits: total }],
    categoryRules: [
      { id: 'education-minimum', label: `Education: at least ${education} PDUs`, categories: EDUCATION, min: education },
      // Working as a practitioner is Giving Back: both maximums hold, the inner one first.
      { id: 'giving-back-maximum', label: `Giving Back: at most ${givingBack} PDUs count`, categories: ['giving-back', 'practitioner'], max: givingBack },
      { id: 'practitioner-maximum', label: `Working as a practitioner: at most ${practitioner} PDUs count`, categories: ['practitioner'], max: practitioner },
      { id: 'ways-of-working-minimum', label: `Ways of Working: at least ${perArea} PDUs`, categories: ['ways-of-working'], min: perArea },
      { id: 'power-skills-minimum', label: `Power Skills: at least ${perArea} PDUs`, categories: ['power-skills'], min: perArea },
      { id: 'business-acumen-minimum', label: `Business Acumen: at least ${perArea} PDUs`, categories: ['business-acumen'], min: perArea },
    ],
  };
}

const PDU_60 = { ...ccr(60, 35, 8, 25, 8), rolloverCap: 20 };
// Carry-over caps for the 30- and 15-PDU certifications are not published: none is encoded (verify). Their
// practitioner caps (4 and 2) are PMP's 8 scaled as the other figures are, by training providers (verify).
const PDU_30 = ccr(30, 18, 4, 12, 4);
const PDU_15 = ccr(15, 9, 2, 6, 2);

export const pmi = {
  id: 'pmi',
  name: 'PMI Continuing Certification Requirements',
  unit: 'PDU',
  periodYears: 3,
  pool: 'each',
  carries: 'none',
  minutesPerCredit: 60,
  // PDUs earned in the last year of a cycle above its requirement carry over to the next (PMI chapter page; verify).
  rollover: { windowMonths: 12 },
  // After expiry a certification is suspended for 12 months, in which PDUs can still be earned to reinstate it (verify).
  graceDays: 365,
  graceActivitiesCount: 'always',
  graceKind: 'suspension',
  // The next cycle runs on from the end of this one (verify).
  nextPeriodFrom: 'expiry',
  categories: [
    { id: 'ways-of-working', label: 'Education: Ways of Working' },
    { id: 'power-skills', label: 'Education: Power Skills' },
    { id: 'business-acumen', label: 'Education: Business Acumen' },
    { id: 'giving-back', label: 'Giving Back' },
    { id: 'practitioner', label: 'Giving Back: Working as a practitioner' },
  ],
  certifications: [
    { code: 'pmp', name: 'PMP', aliases: ['Project Management Professional'], level: 'professional', rank: 3, ...PDU_60 },
    { code: 'pgmp', name: 'PgMP', aliases: ['Program Management Professional'], level: 'expert', rank: 4, ...PDU_60 },
    { code: 'pfmp', name: 'PfMP', aliases: ['Portfolio Management Professional'], level: 'expert', rank: 4, ...PDU_60 },
    { code: 'pmi-pba', name: 'PMI-PBA', aliases: ['PMI Professional in Business Analysis'], level: 'professional', rank: 3, ...PDU_60 },
    { code: 'pmi-acp', name: 'PMI-ACP', aliases: ['PMI Agile Certified Practitioner'], level: 'professional', rank: 3, ...PDU_30 },
    { code: 'pmi-rmp', name: 'PMI-RMP', aliases: ['PMI Risk Management Professional'], level: 'professional', rank: 3, ...PDU_30 },
    { code: 'pmi-sp', name: 'PMI-SP', aliases: ['PMI Scheduling Professional'], level: 'professional', rank: 3, ...PDU_30 },
    { code: 'capm', name: 'CAPM', aliases: ['Certified Associate in Project Management'], level: 'associate', rank: 2, ...PDU_15 },
  ],
  sources: ['pmi.org Maintain your certification', 'pmi.org Continuing Certification Requirements (CCR) handbook'],
} satisfies ProgramDefinitionInput;
