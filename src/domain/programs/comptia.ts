/**
 * CompTIA Continuing Education, as data. Sources: comptia.org CE pages, Global Knowledge (see
 * shared/domain/ce-programs.md). CEUs per certification over a 3-year cycle; 1 CEU per hour of training; renewing a
 * higher certification renews the lower ones in its path. Only the core path (A+ → Network+ → Security+ →
 * CySA+/PenTest+ → SecurityX) is encoded as renewing lower ones; CompTIA's full stack table should be checked
 * before adding more.
 */
import type { ProgramDefinitionInput } from './definition';

const CORE = ['a-plus', 'network-plus', 'security-plus'];

export const comptia = {
  id: 'comptia',
  name: 'CompTIA Continuing Education',
  unit: 'CEU',
  periodYears: 3,
  pool: 'highest',
  carries: 'listed',
  minutesPerCredit: 60,
  certifications: [
    { code: 'a-plus', name: 'CompTIA A+', level: 'associate', rank: 1, paths: [{ id: 'ceu', label: '20 CEUs', credits: 20 }] },
    { code: 'data-plus', name: 'CompTIA Data+', level: 'associate', rank: 1, paths: [{ id: 'ceu', label: '20 CEUs', credits: 20 }] },
    { code: 'network-plus', name: 'CompTIA Network+', level: 'associate', rank: 2, renews: ['a-plus'], paths: [{ id: 'ceu', label: '30 CEUs', credits: 30 }] },
    { code: 'datasys-plus', name: 'CompTIA DataSys+', level: 'associate', rank: 2, paths: [{ id: 'ceu', label: '30 CEUs', credits: 30 }] },
    { code: 'security-plus', name: 'CompTIA Security+', level: 'associate', rank: 3, renews: ['a-plus', 'network-plus'], paths: [{ id: 'ceu', label: '50 CEUs', credits: 50 }] },
    { code: 'linux-plus', name: 'CompTIA Linux+', level: 'associate', rank: 3, paths: [{ id: 'ceu', label: '50 CEUs', credits: 50 }] },
    { code: 'cloud-plus', name: 'CompTIA Cloud+', level: 'associate', rank: 3, paths: [{ id: 'ceu', label: '50 CEUs', credits: 50 }] },
    { code: 'pentest-plus', name: 'CompTIA PenTest+', level: 'professional', rank: 4, renews: CORE, paths: [{ id: 'ceu', label: '60 CEUs', credits: 60 }] },
    { code: 'cysa-plus', name: 'CompTIA CySA+', level: 'professional', rank: 4, renews: CORE, paths: [{ id: 'ceu', label: '60 CEUs', credits: 60 }] },
    {
      code: 'securityx',
      name: 'CompTIA SecurityX (CASP+)',
      level: 'expert',
      rank: 5,
      renews: [...CORE, 'pentest-plus', 'cysa-plus'],
      paths: [{ id: 'ceu', label: '75 CEUs', credits: 75 }],
    },
  ],
  sources: ['comptia.org Continuing Education pages', 'Global Knowledge: CompTIA CE requirements'],
} satisfies ProgramDefinitionInput;
