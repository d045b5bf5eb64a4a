/**
 * What the Chromium and Firefox end-to-end suites share: where the builds and fixtures are, bounded waits with
 * failure messages that say what was seen, and scripts evaluated inside pages (passed as strings, so that what
 * runs in the browser is exactly what is written here, whatever the test transform does to functions).
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const PAGES_DIR = join(ROOT, 'test', 'fixtures', 'pages');
export const PDFS_DIR = join(ROOT, 'test', 'fixtures', 'pdfs');
export const PORTAL_DIR = join(ROOT, 'test', 'fixtures', 'portal');
/** The adapter id under which the portal's pages are listed (no adapter captures there: the portal script fills). */
export const PORTAL_FIXTURES = 'portal';
/** Pages of learning systems no adapter serves, to teach the extension (test/fixtures/taught/<system>/), as adapter 'taught'. */
export const TAUGHT_DIR = join(ROOT, 'test', 'fixtures', 'taught');
export const TAUGHT_FIXTURES = 'taught';
export const RESULTS_DIR = join(ROOT, 'test-results');
export const DIST = { chrome: join(ROOT, 'dist', 'chrome'), firefox: join(ROOT, 'dist', 'firefox') } as const;

export const DB_NAME = 'recert-companion';
export const POPUP_PATH = 'src/ui/popup/index.html';
export const WELCOME_PATH = 'src/ui/welcome/index.html';
/** The dashboard (the options page, opened in a tab of its own). */
export const OPTIONS_PATH = 'src/ui/options/index.html';
/** The confirmation form: a manual capture's draft (#<draft id>) or a stored record (#record=<id>). */
export const CONFIRM_PATH = 'src/ui/confirm/index.html';
export const FILL_CHOOSER_PATH = 'src/ui/fill-chooser/index.html';
/** A page report (#<report id>): what it holds, and Save. */
export const REPORT_PATH = 'src/ui/report/index.html';

export interface Viewport {
  width: number;
  height: number;
}
export const POPUP_VIEWPORT: Viewport = { width: 380, height: 600 };
/** A laptop's browser tab, for the pages that open in one (welcome, dashboard). */
export const TAB_VIEWPORT: Viewport = { width: 1280, height: 800 };

/** What the learning-path fixture must become; the title is checked against the fixture's h1 too. */
export const LEARNING_PATH = {
  adapterId: 'cisco-u',
  fixture: 'completed-learning-path.html',
  title: 'Implementing Automation for Cisco Enterprise Solutions (ENAUTO)',
  credits: 24,
  creditUnit: 'CE',
  certificateCode: 'CSCO-U-8F3K2Q',
  endDate: '2026-03-14',
  /** The page's "Download certificate (PDF)" link, served by the fixture server from test/fixtures/pdfs. */
  certificatePdfPath: '/api/certificates/award-completion.pdf',
} as const;

/** The popup's line under the record title, in either date order the browser's locale may use. */
export const RECORD_META = /^24 CE · (?:14 Mar 2026|Mar 14, 2026)$/;

/** A second completion page, used to test Undo without touching the first record. */
export const COURSE = {
  adapterId: 'cisco-u',
  fixture: 'completed-course.html',
  title: 'Understanding Cisco Network Automation Essentials',
  credits: 12,
} as const;

/**
 * A certificate page on a host no adapter serves (so no content script runs there), captured by hand: what the
 * confirmation form must show as found, and the user's corrections before saving.
 */
export const MANUAL_CAPTURE = {
  adapterId: 'generic',
  fixture: 'certificate-of-completion-table.html',
  found: {
    Title: 'Auditing Cloud Controls (ACC-300)',
    'Completed on': '2026-03-04',
    'Certificate code': 'ETA-CPE-55102',
    Credits: '6.5',
    Unit: 'CPE',
  },
  corrected: { Title: 'Auditing Cloud Controls', Provider: 'Example Training Academy', Program: 'isc2' },
} as const;

/**
 * A Cisco U. page its adapter does not read (an event recording; the adapter knows paths, courses and tutorials):
 * the toast offers "Finish capture", and the confirmation form reads the page's snapshot.
 */
export const FINISH_CAPTURE = {
  adapterId: 'generic',
  fixture: 'cisco-u-live-event-recording.html',
  toastHeading: 'Not saved yet: this looks like a completed course',
  button: 'Finish capture',
  found: {
    Title: 'Automating Network Tests with pyATS',
    Provider: 'Cisco U.',
    'Completed on': '2026-11-18',
    'Certificate code': 'CUL-5531-7KQ2',
  },
  corrected: { Credits: '2' },
} as const;

/** A generated certificate (a table of fields) the dashboard imports, and what its form must show as read. */
export const PDF_IMPORT = {
  file: 'table-fields.pdf',
  found: {
    Title: 'Securing Kubernetes Workloads',
    Provider: 'Contoso Cloud Academy',
    'Started on (optional)': '2026-02-02',
    'Completed on': '2026-03-14',
    'Certificate code': 'CCA-KS-558201',
    Credits: '1.2',
    Unit: 'CEU',
  },
} as const;

/** The CE portal as the fixtures model it: the Submit Items form (several variants at one address) and the dashboard. */
export const CE_PORTAL = {
  host: 'ce.cisco.com',
  submitPath: '/submit-items',
  dashboardPath: '/dashboard',
  /**
   * The variants the in-page picker fills. The plain form, submit-items-basic.html, is the one "Submit" opens: the
   * fixture server serves the first file by name at an address several share.
   */
  pickerVariants: ['submit-items-react.html', 'submit-items-custom.html'],
  changedVariant: 'submit-items-changed.html',
  dashboardFixture: 'dashboard.html',
  /** The dashboard as a page that loads each list on its own request: its claims come 2.5 s after the certifications. */
  lateClaimsFixture: 'dashboard-claims-late.html',
  /** A copy of the blind round's dialog over the dashboard: the Submit Items form opens when its button is clicked. */
  dialogFixture: 'dashboard-submit-dialog.html',
  /** The Cisco Learning Network plan captured earlier, which dashboard-claims-late.html lists as Earned. */
  lateClaimTitle: 'Understanding Cisco Cybersecurity Operations Fundamentals (CBROPS)',
  /** The dashboard as web components render it: dates in shadow roots, claims in sentences (issue 21). */
  componentsFixture: 'dashboard-components.html',
  /** What dashboard-components.html says of the held certification: renewed, expiring on this day. */
  components: { certificationExpiresOn: '2029-06-18' },
  /** What dashboard.html says of the learning path and the certification. */
  dashboard: { status: 'earned', certificationExpiresOn: '2029-03-14' },
} as const;

/** The CE portal's Item Catalog as the fixtures model it (scripts/make-item-catalog-pages.ts). */
export const CE_CATALOGUE = {
  tableFixture: 'item-catalog-table.html',
  /** The same items as a list that loads more as it is scrolled. */
  listFixture: 'item-catalog-list.html',
  unrecognisedFixture: 'item-catalog-unrecognised.html',
  /** Copies of the blind round's catalogues: a virtualised grid (300 items), a late first page then four pages (92). */
  virtualFixture: 'item-catalog-virtual.html',
  lateFixture: 'item-catalog-late.html',
  itemCount: 500,
  /** The official item for COURSE (completed-course.html): the catalogue's last, so the whole of it must be read. */
  courseItem: { name: 'Understanding Cisco Network Automation Essentials (DEVNAE) v2.1', credits: 12 },
} as const;

/** What a portal fixture's own script says it received (window.__portalView), ISO dates. */
export interface PortalView {
  itemName: string;
  startDate: string;
  endDate: string;
  validationCode: string;
  fileName: string;
  fileSize: number;
  fileHeader: string;
  submitted?: boolean;
}

export const PORTAL_VIEW_JS = `window.__portalView ? JSON.parse(JSON.stringify(window.__portalView)) : null`;

/** "Looks similar but is not a completion page": visiting these must store nothing and show no toast. */
export const NEGATIVE_FIXTURES = ['in-progress.html', 'not-started-course.html'] as const;

/** A calendar day `days` from the real today, as ISO: the extension reads the real clock, so the tests do too. */
function isoDaysFromToday(days: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate() + days)).toISOString().slice(0, 10);
}

/** How the browser may show an ISO date ("14 Mar 2027" or "Mar 14, 2027"), as a RegExp alternative. */
export function shownDatePattern(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  const forms = ['en-GB', 'en-US'].map((locale) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date));
  return `(?:${forms.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;
}

/**
 * Expires 200 days from the day the tests run, so the certification is active and the fixture's completion
 * (2026-03-14) falls within its period whenever the suite runs, until 2029.
 */
export const CERTIFICATION = {
  id: 'c1',
  program: 'cisco',
  name: 'CCNP Enterprise',
  level: 'professional',
  expiresOn: isoDaysFromToday(200),
} as const;

export const TOAST_SAVED = 'Saved to your CE record';
export const TOAST_ALREADY_SAVED = 'Already in your CE record';
export const TOAST_REMOVED = 'Removed from your CE record';

/** Fails with a clear instruction when the unpacked build is missing. */
export function assertBuilt(dir: string): void {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`${dir}/manifest.json is missing: run \`npm run build\` before \`npm run test:e2e\``);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Fixtures

export interface FixturePage {
  adapterId: string;
  name: string;
  file: string;
  /** Where the page is served, from its leading `<!-- url: … -->` comment. */
  url: URL;
  html: string;
}

function leadingUrl(html: string, file: string): URL {
  const m = /^\s*<!--\s*url:\s*(\S+)\s*-->/.exec(html);
  if (!m) throw new Error(`${file} does not start with <!-- url: https://… -->, so the e2e server cannot serve it`);
  const url = new URL(m[1]!);
  if (url.protocol !== 'https:') throw new Error(`${file}: the e2e server serves https:// pages only, not ${url.href}`);
  return url;
}

function fixturesIn(dir: string, adapterId: string): FixturePage[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      const html = readFileSync(file, 'utf8');
      return { adapterId, name, file, url: leadingUrl(html, file), html };
    });
}

/**
 * Every fixture page: test/fixtures/pages/<adapter-id>/, sorted by adapter then name, then the certification
 * body's portal pages in test/fixtures/portal/ (the submission form and the dashboard), as adapter 'portal', then
 * the learning systems to teach in test/fixtures/taught/<system>/, as adapter 'taught'.
 */
export function listAllFixtures(): FixturePage[] {
  const pages = existsSync(PAGES_DIR)
    ? readdirSync(PAGES_DIR)
        .filter((adapterId) => statSync(join(PAGES_DIR, adapterId)).isDirectory())
        .sort()
        .flatMap((adapterId) => fixturesIn(join(PAGES_DIR, adapterId), adapterId))
    : [];
  const taught = existsSync(TAUGHT_DIR)
    ? readdirSync(TAUGHT_DIR)
        .filter((system) => statSync(join(TAUGHT_DIR, system)).isDirectory())
        .sort()
        .flatMap((system) => fixturesIn(join(TAUGHT_DIR, system), TAUGHT_FIXTURES))
    : [];
  return [...pages, ...(existsSync(PORTAL_DIR) ? fixturesIn(PORTAL_DIR, PORTAL_FIXTURES) : []), ...taught];
}

export function fixturePage(adapterId: string, name: string): FixturePage {
  const found = listAllFixtures().find((f) => f.adapterId === adapterId && f.name === name);
  if (!found) throw new Error(`No fixture test/fixtures/pages/${adapterId}/${name}`);
  return found;
}

/** The visible text of a fixture's first h1, whitespace collapsed. */
export function h1Text(html: string): string | undefined {
  const m = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html);
  if (!m) return undefined;
  return m[1]!
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

// ---------------------------------------------------------------------------------------------------------------
// Bounded waiting

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Rejects with `what` when the promise has not settled within ms. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms: ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export interface PollOptions {
  timeoutMs?: number;
  intervalMs?: number;
  /** What we were waiting for, e.g. "the toast to appear". */
  what: string;
  /** Extra context for the failure message: the page's text, the console, ... */
  diagnose?: () => Promise<string> | string;
}

/**
 * Calls probe until it returns something other than undefined, null or false, and returns that. Errors thrown
 * by probe count as "not yet" (pages navigate, contexts get destroyed), and the last one is reported.
 */
export async function pollFor<T>(probe: () => Promise<T | undefined | null | false>, options: PollOptions): Promise<T> {
  const { timeoutMs = 10_000, intervalMs = 100, what } = options;
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  let lastValue: unknown;
  for (;;) {
    try {
      const value = await withTimeout(Promise.resolve(probe()), Math.max(1_000, timeoutMs), `probe for ${what}`);
      lastValue = value;
      if (value !== undefined && value !== null && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) break;
    await sleep(intervalMs);
  }
  let context = '';
  if (options.diagnose) {
    try {
      context = await withTimeout(Promise.resolve(options.diagnose()), 5_000, 'collecting diagnostics');
    } catch (error) {
      context = `(diagnostics failed: ${String(error)})`;
    }
  }
  const last = lastError ? `\nLast error: ${lastError instanceof Error ? lastError.message : String(lastError)}` : '';
  throw new Error(
    `Timed out after ${timeoutMs} ms waiting for ${what}.\nLast value: ${JSON.stringify(lastValue)}${last}${context ? `\n${context}` : ''}`,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Diagnostics

/** A bounded log of what the browser said (console, page errors), dumped into failure messages. */
export class BrowserLog {
  private readonly lines: string[] = [];
  constructor(private readonly max = 300) {}

  add(source: string, text: string): void {
    this.lines.push(`[${source}] ${text}`);
    if (this.lines.length > this.max) this.lines.splice(0, this.lines.length - this.max);
  }

  dump(): string {
    return this.lines.length ? `Browser log (last ${this.lines.length} lines):\n${this.lines.join('\n')}` : 'Browser log: (empty)';
  }
}

export function truncate(text: string | null | undefined, max = 2_000): string {
  if (!text) return '(empty)';
  const collapsed = text.replace(/\n\s*\n+/g, '\n').trim();
  return collapsed.length > max ? `${collapsed.slice(0, max)}… (${collapsed.length - max} more characters)` : collapsed;
}

// ---------------------------------------------------------------------------------------------------------------
// Scripts evaluated in pages

/** A function that evaluates a JavaScript expression in some page and resolves to its (awaited) value. */
export type Evaluate = (expression: string) => Promise<unknown>;

/** The fields the tests look at; the store keeps more. */
export interface StoredRecord {
  id: string;
  title: string;
  credits?: number;
  creditUnit?: string;
  status: string;
  certificateCode?: string;
  endDate?: string;
  sourceUrl?: string;
  [field: string]: unknown;
}

/**
 * Reads every value of one object store from the extension's IndexedDB; run in an extension page. It must not create
 * the database: an empty version-1 database made here would stop the extension's own upgrade from ever creating its
 * stores. So when the database does not exist yet, the upgrade is aborted and the answer is [].
 */
export function readStoreJs(store: string): string {
  return `new Promise((resolve, reject) => {
  const request = indexedDB.open(${JSON.stringify(DB_NAME)});
  let created = false;
  request.onupgradeneeded = () => { created = true; request.transaction.abort(); };
  request.onerror = () => created ? resolve([]) : reject(new Error('indexedDB.open failed: ' + request.error));
  request.onblocked = () => reject(new Error('indexedDB.open blocked'));
  request.onsuccess = () => {
    const db = request.result;
    if (!db.objectStoreNames.contains(${JSON.stringify(store)})) { db.close(); reject(new Error('database has no ${store} store')); return; }
    const all = db.transaction(${JSON.stringify(store)}, 'readonly').objectStore(${JSON.stringify(store)}).getAll();
    all.onsuccess = () => { db.close(); resolve(all.result); };
    all.onerror = () => { db.close(); reject(new Error('getAll failed: ' + all.error)); };
  };
})`;
}

export const READ_RECORDS_JS = readStoreJs('records');

export async function readRecords(evaluate: Evaluate): Promise<StoredRecord[]> {
  const value = await withTimeout(evaluate(READ_RECORDS_JS), 10_000, 'reading records from IndexedDB');
  if (!Array.isArray(value)) throw new Error(`Reading IndexedDB returned ${JSON.stringify(value)}, not an array`);
  return value as StoredRecord[];
}

export function describeRecords(records: StoredRecord[]): string {
  return `Stored records (${records.length}):\n${records
    .map((r) => `  - ${JSON.stringify({ title: r.title, credits: r.credits, creditUnit: r.creditUnit, status: r.status, certificateCode: r.certificateCode, endDate: r.endDate })}`)
    .join('\n')}`;
}



export const BODY_TEXT_JS = `document.body ? document.body.innerText : document.documentElement.outerHTML`;

/** What the popup shows, for assertions and failure messages. */
export interface PopupView {
  /** Loaded and rendered (not the loading or error state). */
  ready: boolean;
  /** What the user sees (innerText: CSS text-transform applies). */
  text: string;
  heading: string | null;
  records: { title: string; meta: string; chip: string }[];
  legend: Record<string, string>;
  meter: { now: string | null; max: string | null; label: string | null } | null;
  stateChip: { state: string; text: string } | null;
  setUpButton: boolean;
}

export const POPUP_VIEW_JS = `(() => {
  const text = (el) => (el ? (el.innerText || el.textContent || '').replace(/\\s+/g, ' ').trim() : '');
  const meter = document.querySelector('[role=meter]');
  const legend = {};
  for (const li of document.querySelectorAll('li[data-segment]')) legend[li.dataset.segment] = text(li);
  return {
    ready: !!document.querySelector('main.popup:not([aria-busy])') && !!document.getElementById('latest-heading'),
    text: document.body.innerText,
    heading: document.querySelector('h1') ? text(document.querySelector('h1')) : null,
    records: [...document.querySelectorAll('li.record')].map((li) => ({
      title: text(li.querySelector('.record-title')),
      meta: text(li.querySelector('.record-meta')),
      chip: text(li.querySelector('.chip')),
    })),
    legend,
    meter: meter ? { now: meter.getAttribute('aria-valuenow'), max: meter.getAttribute('aria-valuemax'), label: meter.getAttribute('aria-label') } : null,
    stateChip: document.querySelector('.chip[data-state]') ? { state: document.querySelector('.chip[data-state]').dataset.state, text: text(document.querySelector('.chip[data-state]')) } : null,
    setUpButton: [...document.querySelectorAll('button')].some((b) => text(b) === 'Set up your certifications'),
  };
})()`;

/** What the dashboard shows of each held certification, for assertions and failure messages. */
export interface OptionsView {
  /** Loaded and rendered (not the loading or error state). */
  ready: boolean;
  text: string;
  nav: { href: string | null; text: string; current: string | null }[];
  cards: { name: string; meta: string; expiry: string; state: string | null; paths: { id: string; name: string; standing: string }[] }[];
}

export const OPTIONS_VIEW_JS = `(() => {
  const text = (el) => (el ? (el.innerText || el.textContent || '').replace(/\\s+/g, ' ').trim() : '');
  return {
    ready: !!document.querySelector('section#certifications') && !document.querySelector('[aria-busy=true]') && !!document.getElementById('exams-heading'),
    text: document.body.innerText,
    nav: [...document.querySelectorAll('nav a')].map((a) => ({ href: a.getAttribute('href'), text: text(a), current: a.getAttribute('aria-current') })),
    cards: [...document.querySelectorAll('[data-cert]')].map((card) => ({
      name: text(card.querySelector('h3')),
      meta: text(card.querySelector('.cert-meta')),
      expiry: text(card.querySelector('.cert-expiry')),
      state: card.querySelector('.chip[data-state]') ? card.querySelector('.chip[data-state]').dataset.state : null,
      paths: [...card.querySelectorAll('[data-path]')].map((li) => ({ id: li.dataset.path, name: text(li.querySelector('.path-name')), standing: text(li.querySelector('.path-standing')) })),
    })),
  };
})()`;

/** Sends a message to the background from an extension page (chrome.* in Chromium, browser.* in Firefox). */
export function sendMessageJs(message: unknown): string {
  return `(globalThis.browser ?? globalThis.chrome).runtime.sendMessage(${JSON.stringify(message)})`;
}

// ---------------------------------------------------------------------------------------------------------------
// Temp dirs and results

export async function makeTempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export async function removeDir(dir: string | undefined): Promise<void> {
  if (!dir) return;
  // Browsers may still be flushing their profile for a moment after close.
  await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
}

export function resultPath(name: string): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  return join(RESULTS_DIR, name);
}

/**
 * The README's pictures: committed, and refreshed on purpose by `npm run screenshots` (README_SCREENSHOTS=1),
 * never by `npm test`, so a test run leaves the tree as it found it. Chromium's are the ones published.
 */
export const README_SCREENSHOTS_DIR = join(ROOT, 'docs', 'screenshots');
const PUBLISHING_BROWSER = 'chromium';

/**
 * A picture of the extension page as `<view>-<browser>[-dark].png` in test-results/, and in docs/screenshots/ as
 * `<view>[-dark].png` when the README's are being refreshed.
 */
export async function saveScreenshot(
  driver: { screenshot(path: string, options?: { fullPage?: boolean }): Promise<void> },
  view: string,
  browser: string,
  { scheme = 'light', fullPage = false }: { scheme?: 'light' | 'dark'; fullPage?: boolean } = {},
): Promise<void> {
  const suffix = scheme === 'dark' ? '-dark' : '';
  const path = resultPath(`${view}-${browser}${suffix}.png`);
  await driver.screenshot(path, { fullPage });
  if (process.env.README_SCREENSHOTS === '1' && browser === PUBLISHING_BROWSER) {
    mkdirSync(README_SCREENSHOTS_DIR, { recursive: true });
    copyFileSync(path, join(README_SCREENSHOTS_DIR, `${view}${suffix}.png`));
  }
}

/** axe-core's own bundle, evaluated into a page (the debugging protocol is not bound by the page's CSP). */
const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** WCAG 2.1 A/AA and best-practice violations on the page as it is now (contrast included). */
export async function axeViolations(page: { evaluate(expression: string): Promise<unknown> }): Promise<AxeViolation[]> {
  await page.evaluate(`${AXE_SOURCE};0`);
  return (await page.evaluate(`axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] })
    .then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) })))`)) as AxeViolation[];
}

/** The hosts of the learning systems the scenario teaches (test/fixtures/taught/). */
export const TAUGHT_HOSTS = ['learning.northwind-corp.com'] as const;

/**
 * A copy of a build whose manifest grants the taught fixtures' hosts at install, for Chromium: its permission prompt
 * cannot be answered by automation, and a permission already granted is given without one. Only the prompt is
 * skipped; asking, registering the site's script and reading its pages are the release build's own code. Made in a
 * temporary folder for each run, never in dist/, so it is never zipped or shipped.
 */
export async function buildGrantingTaughtHosts(dist: string): Promise<string> {
  const copy = await makeTempDir('recert-e2e-build-');
  await cp(dist, copy, { recursive: true });
  const file = join(copy, 'manifest.json');
  const manifest = JSON.parse(await readFile(file, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...TAUGHT_HOSTS.map((host) => `https://${host}/*`)];
  await writeFile(file, JSON.stringify(manifest, null, 2));
  return copy;
}
