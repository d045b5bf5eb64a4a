/**
 * Cisco Continuing Education, as data. Sources: cisco.com "Continuing Education Program" and "Recertification
 * policy" pages, Cisco Learning Partners (see shared/domain/ce-programs.md). Thresholds are by level; a
 * certification not listed here still gets its level's rules. Every level lasts three years. CCST, CCT and
 * Customer Success Manager are renewed by exam only (RECERT_JA below).
 */
import type { CertLevel, ExamKind } from '../schema';
import type { ProgramDefinitionInput } from './definition';

/** Higher renews lower: the shared credit pool counts toward the highest level held. */
export const LEVEL_RANK: Record<CertLevel, number> = {
  entry: 0,
  associate: 1,
  specialist: 2,
  professional: 3,
  expert: 4,
};

/** Any one of these renews an associate certification. */
const QUALIFYING_EXAMS: ExamKind[] = ['associate', 'professional-concentration', 'technology-core', 'expert-written', 'expert-lab'];

/**
 * RECERT_JA: cisco.com recertification policy, Japanese edition (the English one still says CCST never expires),
 * "ccst" section: a CCST earned from 15 July 2025 is valid 5 years, one earned before stays valid for life; it is
 * renewed only by passing a CCST, associate, professional or expert exam; CE credits do not apply. Same page: a CCT
 * lasts 3 years and CE does not apply to it; Customer Success Manager lasts 3 years and is renewed only by passing
 * its exam (820-605) again.
 */
const CCST_RULE = {
  neverExpiresIfEarnedBefore: '2025-07-15',
  validityYears: 5,
  standalone: true,
  paths: [{ id: 'one-exam', label: 'Pass a CCST, associate, professional or expert exam', credits: 0, exams: [{ count: 1, kinds: ['entry', ...QUALIFYING_EXAMS] as ExamKind[] }] }],
};
const PROFESSIONAL_EXAMS: ExamKind[] = ['professional-concentration', 'technology-core'];

type Listed = { code: string; name: string; level: CertLevel; aliases?: string[]; formerNames?: string[] };

// Renamed in February 2026: DevNet Associate, Professional and Expert became CCNA, CCNP and CCIE Automation (Cisco
// Live 2025 announcement, as reported by training providers). The CyberOps/Cybersecurity certifications became CCNA
// and CCNP Cybersecurity (secondary sources only: verify). The codes stay, so stored certifications keep working, and
// the former names are still recognised.

const CERTIFICATIONS: ReadonlyArray<Listed> = [
  { code: 'ccna', name: 'CCNA', level: 'associate', aliases: ['Cisco Certified Network Associate'] },
  { code: 'devnet-associate', name: 'CCNA Automation', level: 'associate', formerNames: ['Cisco Certified DevNet Associate'], aliases: ['CCNAAUTO'] },
  { code: 'cyberops-associate', name: 'CCNA Cybersecurity', level: 'associate', formerNames: ['Cisco Certified CyberOps Associate', 'Cisco Certified Cybersecurity Associate'] },
  { code: 'ccnp-enterprise', name: 'CCNP Enterprise', level: 'professional' },
  { code: 'ccnp-security', name: 'CCNP Security', level: 'professional' },
  { code: 'ccnp-data-center', name: 'CCNP Data Center', level: 'professional' },
  { code: 'ccnp-service-provider', name: 'CCNP Service Provider', level: 'professional' },
  { code: 'ccnp-collaboration', name: 'CCNP Collaboration', level: 'professional' },
  { code: 'devnet-professional', name: 'CCNP Automation', level: 'professional', formerNames: ['Cisco Certified DevNet Professional'] },
  { code: 'cyberops-professional', name: 'CCNP Cybersecurity', level: 'professional', formerNames: ['Cisco Certified CyberOps Professional', 'Cisco Certified Cybersecurity Professional'] },
  { code: 'ccie-enterprise-infrastructure', name: 'CCIE Enterprise Infrastructure', level: 'expert' },
  { code: 'ccie-enterprise-wireless', name: 'CCIE Enterprise Wireless', level: 'expert' },
  { code: 'ccie-security', name: 'CCIE Security', level: 'expert' },
  { code: 'ccie-data-center', name: 'CCIE Data Center', level: 'expert' },
  { code: 'ccie-service-provider', name: 'CCIE Service Provider', level: 'expert' },
  { code: 'ccie-collaboration', name: 'CCIE Collaboration', level: 'expert' },
  { code: 'ccde', name: 'CCDE', level: 'expert' },
  { code: 'devnet-expert', name: 'CCIE Automation', level: 'expert', formerNames: ['Cisco Certified DevNet Expert'] },
  { code: 'ccst-networking', name: 'CCST Networking', level: 'entry', aliases: ['Cisco Certified Support Technician Networking'] },
  { code: 'ccst-cybersecurity', name: 'CCST Cybersecurity', level: 'entry', aliases: ['Cisco Certified Support Technician Cybersecurity'] },
  { code: 'ccst-it-support', name: 'CCST IT Support', level: 'entry', aliases: ['Cisco Certified Support Technician IT Support'] },
];

/** RECERT_JA: renewed by exam only, with rules of their own rather than their level's. */
const EXAM_ONLY = [
  {
    code: 'cct',
    name: 'Cisco Certified Technician (CCT)',
    aliases: ['CCT Data Center', 'CCT Collaboration', 'CCT Routing and Switching'],
    level: 'entry' as const,
    rank: 0,
    standalone: true,
    // Which exams renew a CCT is not on the page: a CCT exam again (verify).
    paths: [{ id: 'cct-exam', label: 'Pass a CCT exam', credits: 0, exams: [{ count: 1, kinds: ['technician'] as ExamKind[] }] }],
  },
  {
    code: 'customer-success-manager',
    name: 'Cisco Certified Customer Success Manager',
    aliases: ['Cisco Customer Success Manager', 'CSM'],
    level: 'specialist' as const,
    rank: 2,
    standalone: true,
    paths: [{ id: 'csm-exam', label: 'Pass 820-605 CSM again', credits: 0, exams: [{ count: 1, codes: ['820-605'] }] }],
  },
];

export const cisco = {
  id: 'cisco',
  name: 'Cisco Continuing Education',
  unit: 'CE',
  periodYears: 3,
  pool: 'highest',
  carries: 'same-level-and-below',
  itemCountsOnce: true,
  // Digital courses labelled "lite" or "NO LABS" are not eligible for CE credit.
  ineligibleTitles: ['\\blite\\b', '\\bno[ -]labs?\\b'],
  // Cisco assigns each item its credits (4–64) in the CE portal's catalogue; they are never computed from hours.
  certifications: [...CERTIFICATIONS.map((c) => (c.level === 'entry' ? { ...c, rank: LEVEL_RANK.entry, ...CCST_RULE } : { ...c, rank: LEVEL_RANK[c.level] })), ...EXAM_ONLY],
  byLevel: {

    associate: {
      paths: [
        { id: 'ce-only', label: '30 CE credits', credits: 30 },
        { id: 'one-exam', label: 'Pass one qualifying exam', credits: 0, exams: [{ count: 1, kinds: QUALIFYING_EXAMS }] },
      ],
    },
    specialist: { paths: [{ id: 'ce-only', label: '40 CE credits', credits: 40 }] },
    professional: {
      paths: [
        { id: 'ce-only', label: '80 CE credits', credits: 80 },
        { id: 'ce-40-one-professional-exam', label: '40 CE credits + one professional exam', credits: 40, exams: [{ count: 1, kinds: PROFESSIONAL_EXAMS }] },
        { id: 'core-exam', label: 'Pass one technology core exam', credits: 0, exams: [{ count: 1, kinds: ['technology-core'] }] },
        { id: 'two-concentration-exams', label: 'Pass two concentration exams', credits: 0, exams: [{ count: 2, kinds: ['professional-concentration'] }] },
        { id: 'expert-written-exam', label: 'Pass the CCIE written exam', credits: 0, exams: [{ count: 1, kinds: ['expert-written'] }] },
      ],
    },
    expert: {
      paths: [
        { id: 'ce-only', label: '120 CE credits', credits: 120 },
        { id: 'ce-40-core-exam', label: '40 CE credits + one technology core exam', credits: 40, exams: [{ count: 1, kinds: ['technology-core'] }] },
        { id: 'ce-40-two-professional-exams', label: '40 CE credits + two professional exams', credits: 40, exams: [{ count: 2, kinds: PROFESSIONAL_EXAMS }] },
        { id: 'ce-80-one-professional-exam', label: '80 CE credits + one professional exam', credits: 80, exams: [{ count: 1, kinds: PROFESSIONAL_EXAMS }] },
        // Exams only: Cisco's table lists these for CCIE/CCDE (unverified in detail: check cisco.com before relying on them).
        { id: 'expert-lab-exam', label: 'Pass one expert lab exam', credits: 0, exams: [{ count: 1, kinds: ['expert-lab'] }] },
        { id: 'expert-written-exam', label: 'Pass the expert written exam', credits: 0, exams: [{ count: 1, kinds: ['expert-written'] }] },
        { id: 'three-concentration-exams', label: 'Pass three concentration exams', credits: 0, exams: [{ count: 3, kinds: ['professional-concentration'] }] },
        {
          id: 'core-and-concentration-exams',
          label: 'Pass one technology core exam and one concentration exam',
          credits: 0,
          exams: [
            { count: 1, kinds: ['technology-core'] },
            { count: 1, kinds: ['professional-concentration'] },
          ],
        },
      ],
    },
  },
  // The kind an exam code's series says: 350 technology core (they replaced the 400 CCIE written exams in February
  // 2020), 300 professional concentration (the Automation ones included), 200 associate, 100-1xx CCST, 010 CCT, 500
  // and 820 specialist (820-605 is Customer Success Manager's). cisco.com exam pages and training providers.
  examSeries: [
    { prefix: '350-', kind: 'technology-core' },
    { prefix: '300-', kind: 'professional-concentration' },
    { prefix: '200-', kind: 'associate' },
    { prefix: '100-1', kind: 'entry' },
    { prefix: '010-', kind: 'technician' },
    { prefix: '500-', kind: 'specialist' },
    { prefix: '820-', kind: 'specialist' },
    { prefix: '400-', kind: 'expert-written' },
  ],
  sources: [
    'https://www.cisco.com/c/en/us/training-events/training-certifications/training/continuing-education-program.html',
    'cisco.com Recertification policy',
  ],
} satisfies ProgramDefinitionInput;
