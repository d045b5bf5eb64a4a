/**
 * PMI Continuing Certification Requirements, as data (see shared/domain/ce-programs.md): 60 PDUs in 3 years;
 * Education at least 35, Giving Back at most 25 (more does not count), each Talent Triangle area at least 8
 * (the source asks to verify the area minimum). One PDU per hour; PDUs count for every PMI certification held.
 */
import type { ProgramDefinitionInput } from './definition';

const EDUCATION = ['ways-of-working', 'power-skills', 'business-acumen'];

const PDU_60 = {
  paths: [{ id: 'pdu', label: '60 PDUs', credits: 60 }],
  categoryRules: [
    { id: 'education-minimum', label: 'Education: at least 35 PDUs', categories: EDUCATION, min: 35 },
    { id: 'giving-back-maximum', label: 'Giving Back: at most 25 PDUs count', categories: ['giving-back'], max: 25 },
    { id: 'ways-of-working-minimum', label: 'Ways of Working: at least 8 PDUs', categories: ['ways-of-working'], min: 8 },
    { id: 'power-skills-minimum', label: 'Power Skills: at least 8 PDUs', categories: ['power-skills'], min: 8 },
    { id: 'business-acumen-minimum', label: 'Business Acumen: at least 8 PDUs', categories: ['business-acumen'], min: 8 },
  ],
};

export const pmi = {
  id: 'pmi',
  name: 'PMI Continuing Certification Requirements',
  unit: 'PDU',
  periodYears: 3,
  pool: 'each',
  carries: 'none',
  minutesPerCredit: 60,
  categories: [
    { id: 'ways-of-working', label: 'Education: Ways of Working' },
    { id: 'power-skills', label: 'Education: Power Skills' },
    { id: 'business-acumen', label: 'Education: Business Acumen' },
    { id: 'giving-back', label: 'Giving Back' },
  ],
  certifications: [
    { code: 'pmp', name: 'PMP', level: 'professional', rank: 3, ...PDU_60 },
    { code: 'pgmp', name: 'PgMP', level: 'expert', rank: 4, ...PDU_60 },
    { code: 'pfmp', name: 'PfMP', level: 'expert', rank: 4, ...PDU_60 },
    { code: 'pmi-pba', name: 'PMI-PBA', level: 'professional', rank: 3, ...PDU_60 },
  ],
  sources: ['pmi.org Continuing Certification Requirements (CCR) handbook'],
} satisfies ProgramDefinitionInput;
