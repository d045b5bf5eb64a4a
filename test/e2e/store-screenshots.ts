/**
 * The stores' screenshots: what a visitor of the Chrome Web Store, Edge Add-ons or addons.mozilla.org sees of the
 * extension, at the size the stores take, 1280×800. Made from the built extension in Chromium with sample data a
 * certified engineer would have (the backup below, its dates counted from the day it runs so that nothing shows as
 * overdue) and the fixture portals (test/fixtures/). Written to test-results/store/, and with README_SCREENSHOTS=1
 * to store/screenshots/ as well (git ignores both: generated pictures are never committed).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFS_DIR, PORTAL_DIR, ROOT } from './helpers';

export const STORE_SIZE = { width: 1280, height: 800 } as const;
export const STORE_SCREENSHOTS_DIR = join(ROOT, 'store', 'screenshots');
export const STORE_RESULTS_DIR = join(ROOT, 'test-results', 'store');

/** The pictures, in the order a store shows them; the file of each is `<name>.png`. */
export const STORE_SHOTS = ['1-popup', '2-capture-toast', '3-dashboard-certifications', '4-dashboard-records', '5-ce-portal-form'] as const;
export type StoreShot = (typeof STORE_SHOTS)[number];

/** A PNG's signature and its IHDR's width and height; throws on a file that is not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) throw new Error('not a PNG file');
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') throw new Error('a PNG without its IHDR first');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const DAY = 86_400_000;
/** A calendar day `days` from today, as ISO. */
function day(today: Date, days: number): string {
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + days)).toISOString().slice(0, 10);
}
function moment(today: Date, days: number): string {
  return new Date(today.getTime() + days * DAY).toISOString();
}

/** The record "Submit" is pressed on for the CE portal's picture: captured, its certificate kept with it. */
export const SUBMITTED_IN_PICTURE = {
  id: 'sample-devnae',
  title: 'Understanding Cisco Network Automation Essentials (DEVNAE) v2.1',
} as const;

/**
 * A backup as the extension exports it (docs/backup-format.md): a CCNP Enterprise two years into its period with
 * 64 of its 80 CE credits on record (earned, pending, captured), and a CompTIA Security+. Cisco titles are items of
 * the fixture CE Item Catalog, so reading it links each to its official item.
 */
export function sampleBackup(today: Date): string {
  const pdf = readFileSync(join(PDFS_DIR, 'award-completion.pdf'));
  const record = (id: string, fields: Record<string, unknown>, createdDaysAgo: number) => ({
    id,
    notes: '',
    createdAt: moment(today, -createdDaysAgo),
    updatedAt: moment(today, -createdDaysAgo),
    statusSince: moment(today, -createdDaysAgo),
    ...fields,
  });
  // Cisco Live Amsterdam 2026 ran 9-13 February 2026: its sessions keep their days.
  const sinceLive = Math.round((today.getTime() - Date.parse('2026-02-13T18:00:00Z')) / DAY);
  const cisco = { program: 'cisco', creditUnit: 'CE' };
  const backup = {
    format: 'recert-companion-backup',
    version: 2,
    exportedAt: today.toISOString(),
    certifications: [
      { id: 'sample-ccnp', program: 'cisco', name: 'CCNP Enterprise', level: 'professional', earnedOn: day(today, -875), expiresOn: day(today, 220) },
      { id: 'sample-secplus', program: 'comptia', code: 'security-plus', name: 'CompTIA Security+', level: 'associate', earnedOn: day(today, -400), expiresOn: day(today, 695) },
    ],
    exams: [],
    records: [
      record('sample-ensld', { ...cisco, title: 'Designing Cisco Enterprise Networks (ENSLD) v1.1', provider: 'Cisco U.', adapterId: 'cisco-u', sourceUrl: 'https://u.cisco.com/paths/designing-cisco-enterprise-networks', startDate: day(today, -330), endDate: day(today, -290), certificateCode: 'CU-ENSLD-7Q41K', credits: 40, status: 'earned' }, 280),
      record('sample-bgp', { ...cisco, title: 'Cisco Live Amsterdam 2026: BRKENT-1697 BGP Troubleshooting Deep Dive', provider: 'Cisco Live', adapterId: 'cisco-live', startDate: '2026-02-11', endDate: '2026-02-11', certificateCode: 'BRKENT-1697', credits: 4, status: 'earned' }, sinceLive),
      record('sample-qos', { ...cisco, title: 'Cisco Live Amsterdam 2026: TECENS-3443 QoS Design for Hybrid Work', provider: 'Cisco Live', adapterId: 'cisco-live', startDate: '2026-02-09', endDate: '2026-02-09', certificateCode: 'TECENS-3443', credits: 8, status: 'pending' }, sinceLive),
      record(SUBMITTED_IN_PICTURE.id, { ...cisco, title: SUBMITTED_IN_PICTURE.title, provider: 'Cisco U.', adapterId: 'cisco-u', sourceUrl: 'https://u.cisco.com/courses/devnae', startDate: day(today, -24), endDate: day(today, -11), certificateCode: 'CU-DEVNAE-2R8M5', credits: 12, status: 'captured', certificateFileId: 'sample-devnae-pdf' }, 11),
      record('sample-cloudsec', { program: 'comptia', creditUnit: 'CEU', title: 'Cloud Security Architecture', provider: 'Coursera', adapterId: 'coursera', startDate: day(today, -70), endDate: day(today, -41), certificateCode: 'CRS-8KD2XQ5M', credits: 12, hours: 12, status: 'submitted' }, 40),
      record('sample-ir', { program: 'comptia', creditUnit: 'CEU', title: 'Incident Response and Digital Forensics', provider: 'edX', adapterId: 'edx', startDate: day(today, -210), endDate: day(today, -180), certificateCode: 'EDX-IR-61734', credits: 8, hours: 8, status: 'earned' }, 178),
    ],
    files: [
      { id: 'sample-devnae-pdf', recordId: SUBMITTED_IN_PICTURE.id, name: 'devnae-certificate.pdf', type: 'application/pdf', size: pdf.length, addedAt: moment(today, -11), source: 'page', data: pdf.toString('base64') },
    ],
    settings: {},
  };
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/** The Cisco titles of the sample backup are the fixture catalogue's own items: checked, so that none shows as "not in the catalogue". */
export function catalogueNames(): string[] {
  return (JSON.parse(readFileSync(join(PORTAL_DIR, 'item-catalog-expected.json'), 'utf8')) as Array<{ name: string }>).map((i) => i.name);
}

/**
 * The fixture pages are saved pages without their site's stylesheets, so they render as bare HTML. For the pictures
 * they get this plain one (a layout, a font, buttons that look like buttons; no site's branding), added to the page
 * as a stylesheet once it has loaded. The portal fixture's "What the portal received" box is for the tests' eyes only.
 */
export const PRESENTABLE_PAGE_CSS = `
  body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2933; background: #fff; }
  a { color: #0b5cab; text-decoration: none; }
  header[role=banner] > a > svg { display: none; }
  header[role=banner] > a { font-weight: 700; font-size: 18px; color: #102a43; }
  header nav ul, aside nav ul, nav[aria-label=Breadcrumb] ol { list-style: none; display: flex; gap: 20px; margin: 0; padding: 0; }
  header nav a { color: #334e68; font-weight: 500; }
  header nav a[aria-current] { color: #0b5cab; }
  aside { padding: 24px; border-right: 1px solid #e1e4e8; background: #f8fafc; }
  aside nav ul { flex-direction: column; gap: 8px; margin-bottom: 24px; }
  aside h2 { font-size: 16px; } aside h3 { font-size: 15px; margin: 8px 0; }
  aside article span { display: block; color: #52606d; font-size: 14px; }
  main { padding: 24px 40px; max-width: 920px; }
  nav[aria-label=Breadcrumb] { font-size: 14px; color: #52606d; }
  nav[aria-label=Breadcrumb] li + li::before { content: "›"; margin-right: 8px; color: #9aa5b1; }
  main h1 { font-size: 30px; line-height: 1.25; margin: 10px 0 12px; }
  main h2 { font-size: 20px; margin: 28px 0 12px; }
  main ul[aria-label] { list-style: none; display: flex; gap: 16px; padding: 0; color: #52606d; }
  main ul[aria-label] svg { display: none; }
  a[class*=btn], button { font: inherit; font-size: 14px; border: 1px solid #0b5cab; border-radius: 6px; padding: 6px 14px; background: #fff; color: #0b5cab; display: inline-block; margin-right: 8px; }
  header button { border-color: #cbd2d9; color: #52606d; padding: 4px 10px; }
  header button svg { display: none; }
  input[type=search] { font: inherit; font-size: 14px; padding: 6px 10px; border: 1px solid #cbd2d9; border-radius: 6px; width: 280px; }
  dl dt { color: #52606d; } dl dd { margin: 0; font-weight: 600; }
  [role=status] svg { display: none; }
  main ol li span { margin-right: 12px; color: #52606d; font-size: 14px; }
  #received { display: none; }
`;

/**
 * A page that shows the popup as the browser does, over the learning page it was opened on: the page's picture
 * dimmed a little, the popup's at the toolbar's corner with its shadow. Both pictures are the extension's and the
 * fixture page's own, taken just before; the popup's at twice its size, shown at `scale`, so it stays sharp.
 */
export function popupOverPageHtml(pagePng: Buffer, popupPng: Buffer, popup: { width: number; height: number }, scale: number): string {
  const src = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
  return `<!doctype html><html><head><meta charset="utf-8"><style>
  html, body { margin: 0; width: ${STORE_SIZE.width}px; height: ${STORE_SIZE.height}px; overflow: hidden; background: #fff; }
  .page { position: absolute; inset: 0; width: 100%; height: 100%; filter: brightness(0.92); }
  .popup { position: absolute; top: 12px; right: 32px; width: ${Math.round(popup.width * scale)}px; height: ${Math.round(popup.height * scale)}px;
    border-radius: 8px; box-shadow: 0 12px 36px rgba(15, 23, 42, 0.32), 0 0 0 1px rgba(15, 23, 42, 0.14); }
  </style></head><body><img class="page" alt="" src="${src(pagePng)}"><img class="popup" alt="" src="${src(popupPng)}"></body></html>`;
}
