/**
 * CompTIA Continuing Education, as data. CEUs per certification over a 3-year cycle; 1 CEU per hour of training;
 * the same course counts once; a higher certification renews the lower ones CompTIA's table lists; webinars,
 * conferences and teaching count only up to a cap per certification. Sources (see shared/domain/ce-programs.md):
 * - CEUS: comptia.org CE "Training and higher education" page (CEUs per certification; "the same course can only
 *   be submitted once"; 1 CEU per hour);
 * - RENEWS: comptia.org CE "Earn a higher-level CompTIA certification" (the table of what renews what);
 * - CAPS: comptia.org CE activity chart (live webinars and conferences: 20% of the total; teaching and creating
 *   instructional materials: 50%), English and Japanese editions.
 */
import type { ProgramDefinitionInput } from './definition';

/**
 * The activity-kind caps of one certification (CAPS): a live webinar and a conference each count up to `events`
 * CEUs in a cycle, teaching and creating instructional materials up to `teaching`; training counts in full.
 */
function caps(events: number, teaching?: number) {
  return [
    { id: 'webinar-maximum', label: `Live webinars: at most ${events} CEUs count`, categories: ['webinar'], max: events },
    { id: 'conference-maximum', label: `Conferences and industry events: at most ${events} CEUs count`, categories: ['conference'], max: events },
    ...(teaching === undefined
      ? []
      : [
          { id: 'teaching-maximum', label: `Teaching or mentoring: at most ${teaching} CEUs count`, categories: ['teaching'], max: teaching },
          { id: 'materials-maximum', label: `Creating instructional materials: at most ${teaching} CEUs count`, categories: ['instructional-materials'], max: teaching },
        ]),
  ];
}

const ceus = (credits: number) => [{ id: 'ceu', label: `${credits} CEUs`, credits }];

export const comptia = {
  id: 'comptia',
  name: 'CompTIA Continuing Education',
  unit: 'CEU',
  periodYears: 3,
  pool: 'highest',
  carries: 'listed',
  minutesPerCredit: 60,
  // CEUS: "the same course can only be submitted once"; a conference or webinar of another year is another activity.
  itemCountsOnce: true,
  recurringCategories: ['webinar', 'conference'],
  // The renewed certification's next cycle runs on from its current expiry date (verify on comptia.org).
  nextPeriodFrom: 'expiry',
  categories: [
    { id: 'webinar', label: 'Live webinars' },
    { id: 'conference', label: 'Conferences and industry events' },
    { id: 'teaching', label: 'Teaching or mentoring' },
    { id: 'instructional-materials', label: 'Creating instructional materials' },
  ],
  // Rank orders the heads of the pool (highest first); `renews` is RENEWS's table, row by row.
  certifications: [
    { code: 'a-plus', name: 'CompTIA A+', level: 'associate', rank: 1, paths: ceus(20), categoryRules: caps(4, 10) },
    { code: 'data-plus', name: 'CompTIA Data+', level: 'associate', rank: 1, paths: ceus(20), categoryRules: caps(4, 10) },
    { code: 'network-plus', name: 'CompTIA Network+', level: 'associate', rank: 2, renews: ['a-plus'], paths: ceus(30), categoryRules: caps(6, 15) },
    // DataSys+ is not in CAPS's teaching table.
    { code: 'datasys-plus', name: 'CompTIA DataSys+', level: 'associate', rank: 2, paths: ceus(30), categoryRules: caps(6) },
    // Project+ and Server+: 30 CEUs on the Japanese edition of CEUS only (verify); their webinar caps are not published.
    { code: 'project-plus', name: 'CompTIA Project+', level: 'associate', rank: 2, paths: ceus(30) },
    { code: 'server-plus', name: 'CompTIA Server+', level: 'associate', rank: 3, renews: ['network-plus', 'a-plus'], paths: ceus(30) },
    { code: 'linux-plus', name: 'CompTIA Linux+', level: 'associate', rank: 3, renews: ['a-plus'], paths: ceus(50), categoryRules: caps(10, 20) },
    { code: 'security-plus', name: 'CompTIA Security+', level: 'associate', rank: 3, renews: ['network-plus', 'a-plus'], paths: ceus(50), categoryRules: caps(10, 20) },
    // Cloud+ V3's row (V2 renewed A+ and Linux+ only).
    { code: 'cloud-plus', name: 'CompTIA Cloud+', level: 'associate', rank: 4, renews: ['a-plus', 'network-plus', 'linux-plus'], paths: ceus(50), categoryRules: caps(10, 20) },
    // RENEWS's footnotes: CySA+ and PenTest+ renew each other only when first earned by exam, never by renewing, so
    // a CE renewal of one does not carry the other.
    { code: 'pentest-plus', name: 'CompTIA PenTest+', level: 'professional', rank: 4, renews: ['security-plus', 'network-plus', 'a-plus'], paths: ceus(60), categoryRules: caps(15, 30) },
    { code: 'cysa-plus', name: 'CompTIA CySA+', level: 'professional', rank: 4, renews: ['security-plus', 'network-plus', 'a-plus'], paths: ceus(60), categoryRules: caps(15, 30) },
    {
      code: 'securityx',
      name: 'CompTIA SecurityX',
      // Renamed from CASP+ (CompTIA Advanced Security Practitioner) in 2024.
      formerNames: ['CompTIA CASP+', 'CompTIA Advanced Security Practitioner'],
      level: 'expert',
      rank: 5,
      renews: ['cysa-plus', 'pentest-plus', 'security-plus', 'network-plus', 'a-plus'],
      paths: ceus(75),
      categoryRules: caps(20, 40),
    },
    { code: 'datax', name: 'CompTIA DataX', level: 'expert', rank: 5, paths: ceus(75), categoryRules: caps(20, 40) },
    // RENEWS lists Cloud+ for CloudNetX; ce-programs.md reads it as Cloud+ and what Cloud+ renews.
    { code: 'cloudnetx', name: 'CompTIA CloudNetX', level: 'expert', rank: 5, renews: ['cloud-plus', 'a-plus', 'network-plus', 'linux-plus'], paths: ceus(75), categoryRules: caps(20, 40) },
  ],
  sources: [
    'comptia.org Continuing Education: Training and higher education',
    'comptia.org Continuing Education: Earn a higher-level CompTIA certification',
    'comptia.org Continuing Education activity chart',
  ],
} satisfies ProgramDefinitionInput;
