/**
 * The 500 items of the modelled CE Item Catalog (test/fixtures/portal/item-catalog-*.html), made deterministically
 * (a seeded generator, fixed lists): Cisco courses with acronyms and versions in e-learning, lite/NO LABS and
 * partner instructor-led deliveries, Cisco Live sessions, bootcamps and the seed examples of the CE program.
 * It holds what the portal shows (`shown`: the cell texts) and what a reader must make of it (`item`).
 */
import type { ItemCatalogEntry } from '../src/domain/item-catalog';
import { seeded } from './seeded-random';

export const CATALOGUE_SIZE = 500;

/** Cell texts as the portal writes them; absent when the portal shows nothing for the field. */
export interface ShownItem {
  name: string;
  code?: string;
  credits: string;
  type: string;
  provider: string;
  until?: string;
}

export interface CatalogRow {
  item: ItemCatalogEntry;
  shown: ShownItem;
}

/**
 * The official item for the course in test/fixtures/pages/cisco-u/completed-course.html: Cisco U. calls it
 * "Understanding Cisco Network Automation Essentials" (version v2.1, 12 CE credits); the catalogue gives the
 * official name with its acronym and version.
 */
export const CISCO_U_COURSE_ITEM: ItemCatalogEntry = {
  name: 'Understanding Cisco Network Automation Essentials (DEVNAE) v2.1',
  code: 'CE-21107',
  credits: 12,
  type: 'E-Learning',
  provider: 'Cisco U.',
};

/** Acronym, title, versions, credits: Cisco's own courses. */
const COURSES: readonly (readonly [string, string, readonly string[], number])[] = [
  ['CCNA', 'Implementing and Administering Cisco Solutions', ['v2.0', 'v2.1'], 30],
  ['ENCOR', 'Implementing Cisco Enterprise Network Core Technologies', ['v1.2', 'v1.3'], 64],
  ['ENARSI', 'Implementing Cisco Enterprise Advanced Routing and Services', ['v1.1'], 40],
  ['ENSLD', 'Designing Cisco Enterprise Networks', ['v1.1'], 40],
  ['ENWLSD', 'Designing Cisco Enterprise Wireless Networks', ['v1.1'], 40],
  ['ENWLSI', 'Implementing Cisco Enterprise Wireless Networks', ['v1.1'], 40],
  ['ENSDWI', 'Implementing Cisco SD-WAN Solutions', ['v1.0', 'v2.0'], 40],
  ['ENAUTO', 'Implementing Automation for Cisco Enterprise Solutions', ['v1.1'], 24],
  ['SCOR', 'Implementing and Operating Cisco Security Core Technologies', ['v1.0'], 64],
  ['SISE', 'Implementing and Configuring Cisco Identity Services Engine', ['v3.1', 'v4.0'], 40],
  ['SNCF', 'Securing Networks with Cisco Firepower Next Generation Firewall', ['v1.0'], 40],
  ['SVPN', 'Implementing Secure Solutions with Virtual Private Networks', ['v1.0'], 40],
  ['SESA', 'Securing Email with Cisco Email Security Appliance', ['v3.1'], 24],
  ['SWSA', 'Securing the Web with Cisco Web Security Appliance', ['v3.1'], 24],
  ['SAUTO', 'Implementing Automation for Cisco Security Solutions', ['v1.0'], 24],
  ['DCCOR', 'Implementing and Operating Cisco Data Center Core Technologies', ['v1.1', 'v1.2'], 64],
  ['DCACI', 'Implementing Cisco Application Centric Infrastructure', ['v1.1'], 40],
  ['DCIT', 'Troubleshooting Cisco Data Center Infrastructure', ['v7.0'], 40],
  ['DCID', 'Designing Cisco Data Center Infrastructure', ['v7.0'], 40],
  ['DCAUTO', 'Implementing Automation for Cisco Data Center Solutions', ['v1.0'], 24],
  ['SPCOR', 'Implementing and Operating Cisco Service Provider Network Core Technologies', ['v1.0'], 64],
  ['SPRI', 'Implementing Cisco Service Provider Advanced Routing Solutions', ['v1.0'], 40],
  ['SPVI', 'Implementing Cisco Service Provider VPN Services', ['v1.0'], 40],
  ['SPAUTO', 'Implementing Automation for Cisco Service Provider Solutions', ['v1.0'], 24],
  ['CLCOR', 'Implementing and Operating Cisco Collaboration Core Technologies', ['v1.1'], 64],
  ['CLICA', 'Implementing Cisco Collaboration Applications', ['v1.0'], 40],
  ['CLCEI', 'Implementing Cisco Collaboration Cloud and Edge Solutions', ['v1.0'], 40],
  ['CLAUTO', 'Implementing Automation for Cisco Collaboration Solutions', ['v1.0'], 24],
  ['DEVASC', 'Developing Applications and Automating Workflows Using Cisco Platforms', ['v1.0', 'v1.1'], 40],
  ['DEVCOR', 'Developing Applications Using Cisco Core Platforms and APIs', ['v1.0'], 64],
  ['CBROPS', 'Understanding Cisco Cybersecurity Operations Fundamentals', ['v1.0'], 30],
  ['CBRCOR', 'Performing CyberOps Using Cisco Security Technologies', ['v1.0'], 64],
  ['CBRFIR', 'Conducting Forensic Analysis and Incident Response Using Cisco Technologies for CyberOps', ['v1.0'], 40],
  ['CBRTHD', 'Conducting Threat Hunting and Defending using Cisco Technologies for CyberOps', ['v1.0'], 40],
  ['SDWFND', 'Cisco SD-WAN Operation and Deployment', ['v2.0'], 24],
];
const PARTNERS = ['Global Knowledge', 'Fast Lane', 'NIL', 'Sunset Learning Institute', 'Koenig Solutions', 'Learning Tree', 'Skyline ATS', 'Firefly', 'Arrow ECS', 'Lumify Learn'];
const EVENTS = ['Cisco Live Amsterdam 2026', 'Cisco Live Las Vegas 2026', 'Cisco Live Melbourne 2025', 'Cisco Live San Diego 2025'];
const SESSION_KINDS: readonly (readonly [string, number])[] = [['TEC', 8], ['LTR', 4], ['BRK', 4]];
const TOPICS: readonly (readonly [string, string])[] = [
  ['ENS', 'Catalyst 9000 Switching Architecture'], ['ENT', 'BGP Troubleshooting Deep Dive'], ['SEC', 'Zero Trust with Cisco Secure Access'],
  ['DCN', 'VXLAN EVPN Fabric Design'], ['OPS', 'Network Automation with pyATS'], ['DEV', 'Python for Network Engineers'],
  ['COL', 'Webex Calling Architecture'], ['SPL', 'Segment Routing in Practice'], ['CLD', 'Multicloud Networking Fundamentals'],
  ['IOT', 'Industrial Networking and Security'], ['ENW', 'Wi-Fi 7 Design and Deployment'], ['MPL', 'MPLS L3VPN Operations'],
  ['SEC', 'Firewall Threat Defense Troubleshooting'], ['ENS', 'SD-Access Migration Strategies'], ['DCN', 'ACI Multi-Site Operations'],
  ['OPS', 'Observability with ThousandEyes'], ['DEV', 'Terraform for Cisco Infrastructure'], ['SEC', 'Identity Services Engine Deployment'],
  ['ENT', 'OSPF and IS-IS Design'], ['CLD', 'Kubernetes Networking with Cisco Isovalent'], ['COL', 'Contact Center Design'],
  ['SPL', 'Routed Optical Networking'], ['ENW', 'Meraki Wireless Troubleshooting'], ['IOT', 'OT Visibility with Cyber Vision'],
  ['SEC', 'Secure Firewall Migration'], ['OPS', 'AI Operations for Networks'], ['DEV', 'NETCONF, RESTCONF and YANG Explained'],
  ['ENS', 'Catalyst Center Assurance'], ['DCN', 'Nexus Dashboard Fabric Controller'], ['SEC', 'Duo and Passwordless Authentication'],
  ['ENT', 'IPv6 Deployment Lessons'], ['CLD', 'SASE Architecture'], ['SPL', '5G Transport Design'],
  ['ENW', 'Wireless Security Hardening'], ['OPS', 'Ansible for Network Automation'], ['DEV', 'Building Webex Bots'],
  ['SEC', 'XDR Threat Investigation'], ['DCN', 'Storage Networking with MDS'], ['COL', 'Webex Devices at Scale'],
  ['ENS', 'QoS Design for Hybrid Work'], ['IOT', 'Private 5G for Enterprises'], ['ENT', 'SD-WAN Cloud OnRamp'],
  ['SEC', 'Umbrella DNS Security'], ['OPS', 'Model-Driven Telemetry'], ['DEV', 'Git for Network Engineers'],
];
const BOOTCAMPS = ['CCIE Enterprise Infrastructure', 'CCIE Security', 'CCIE Data Center', 'CCIE Service Provider', 'CCIE Collaboration', 'CCNP Enterprise', 'CCNP Security', 'DevNet Professional'];


type Draft = Omit<ItemCatalogEntry, 'code'> & { code?: string; noCode?: boolean };

function drafts(random: () => number): Draft[] {
  const out: Draft[] = [];
  COURSES.forEach(([acronym, title, versions, credits], c) => {
    for (const version of versions) {
      const name = `${title} (${acronym}) ${version}`;
      out.push({ name, credits, type: 'E-Learning', provider: c % 2 === 0 ? 'Cisco Digital Learning' : 'Cisco U.', noCode: c % 7 === 3 });
      // Lite and NO LABS editions: listed, with fewer credits, and easy to mistake for the full course.
      if (c % 3 === 0) out.push({ name: `${title} (${acronym}) ${version} – NO LABS`, credits: Math.max(4, Math.round(credits / 4)), type: 'E-Learning', provider: 'Cisco Digital Learning' });
      if (c % 5 === 1) out.push({ name: `${title} (${acronym}) Lite ${version}`, credits: Math.max(4, Math.round(credits / 3)), type: 'E-Learning', provider: 'Cisco U.' });
      // Partners deliver the same course under its official name: only the code tells the deliveries apart.
      const partners = 4 + Math.floor(random() * 3);
      for (let p = 0; p < partners; p++) {
        const provider = PARTNERS[(c * 3 + p * 7) % PARTNERS.length]!;
        out.push({ name, credits, type: p % 2 === 0 ? 'Instructor-Led' : 'Virtual Instructor-Led', provider });
      }
    }
  });
  BOOTCAMPS.forEach((track, b) => {
    out.push({ name: `${track} Bootcamp`, credits: 64, type: 'Bootcamp', provider: PARTNERS[(b * 3) % PARTNERS.length]! });
    out.push({ name: `${track} Hands-On Workshop`, credits: 16 + 8 * (b % 3), type: 'Workshop', provider: PARTNERS[(b * 5 + 1) % PARTNERS.length]! });
  });
  out.push({ name: 'Rev Up to Recert: Python', credits: 15, type: 'Online videos', provider: 'Cisco', availableUntil: '2027-04-20' });
  out.push({ name: 'Cisco DevNet Associate Fundamentals', credits: 48, type: 'Online course', provider: 'Cisco', availableUntil: '2027-04-30' });
  out.push({ name: 'Cisco Certification Exam Item Authoring', credits: 16, type: 'Item Writing', provider: 'Cisco', noCode: true });
  const sessions = CATALOGUE_SIZE - 1 - out.length;
  for (let s = 0; s < sessions; s++) {
    const [track, topic] = TOPICS[s % TOPICS.length]!;
    const [kind, credits] = SESSION_KINDS[(s + Math.floor(s / TOPICS.length)) % SESSION_KINDS.length]!;
    const event = EVENTS[Math.floor(s / TOPICS.length) % EVENTS.length]!;
    const number = 1000 + ((s * 37) % 2000) + (kind === 'TEC' ? 1000 : 0);
    out.push({ name: `${event}: ${kind}${track}-${number} ${topic}`, credits, type: 'Cisco Live', provider: 'Cisco Live', noCode: s % 11 === 4 });
  }
  return out;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const END_DATES = ['2026-06-30', '2026-09-30', '2026-12-31', '2027-03-31', '2027-06-30', '2027-12-31', '2028-06-30', '2028-12-31'];

/** The catalogue in the portal's order (by name, then code), with the shown texts varied as a real catalogue's are. */
export function catalogueEntries(): CatalogRow[] {
  const random = seeded(9);
  const items: Draft[] = drafts(random).map((d) => (d.availableUntil || random() > 0.3 ? d : { ...d, availableUntil: END_DATES[Math.floor(random() * END_DATES.length)]! }));
  items.push({ ...CISCO_U_COURSE_ITEM });
  // Item IDs: unique, not in name order, as a portal's database keys are.
  const ids = Array.from({ length: items.length }, (_, i) => 10_001 + ((i * 7919) % 90_000));
  const sorted = items
    .map((draft, i): ItemCatalogEntry => {
      const code = draft.noCode ? undefined : (draft.code ?? `CE-${ids[i]}`);
      // The schema's field order, so the expected file reads like the catalogue's columns.
      return {
        name: draft.name,
        ...(code ? { code } : {}),
        credits: draft.credits,
        ...(draft.type ? { type: draft.type } : {}),
        ...(draft.provider ? { provider: draft.provider } : {}),
        ...(draft.availableUntil ? { availableUntil: draft.availableUntil } : {}),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.code ?? '').localeCompare(b.code ?? '', 'en'));
  const keys = new Set(sorted.map((item) => item.code ?? `name:${item.name}`));
  if (sorted.length !== CATALOGUE_SIZE || keys.size !== CATALOGUE_SIZE) throw new Error(`Expected ${CATALOGUE_SIZE} distinct items, made ${keys.size} of ${sorted.length}`);
  return sorted.map((item, i) => ({ item, shown: shownAs(item, i) }));
}

function shownAs(item: ItemCatalogEntry, i: number): ShownItem {
  const credits = [`${item.credits}`, `${item.credits} CE`, `${item.credits} credits`, `${item.credits} CE credits`][i % 4]!;
  let until: string | undefined;
  if (item.availableUntil) {
    const [y, m, d] = item.availableUntil.split('-').map(Number) as [number, number, number];
    until = i % 5 === 2 ? `${d} ${MONTHS[m - 1]} ${y}` : `${MONTHS[m - 1]} ${d}, ${y}`;
  }
  return { name: item.name, ...(item.code ? { code: item.code } : {}), credits, type: item.type!, provider: item.provider!, ...(until ? { until } : {}) };
}
