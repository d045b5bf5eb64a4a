/**
 * Cisco Live (www.ciscolive.com): technical sessions, claimed for CE by session code. Two pages show one:
 * - an on-demand session page, hash-routed inside the library
 *   (/on-demand/on-demand-library.html?search=…#/session/<id>), once the session is attended or watched;
 * - the "My Learning" transcript (/on-demand/my-learning.html, /global/my-learning.html), a table of sessions
 *   with a status per row; every attended or completed row is one capture.
 *
 * The session code (BRKENS-2001) is the certificate code. Dates: an explicit completion date ("Completed on",
 * "Attended on") is the end date; otherwise the session's or event's date(s), a range such as "June 8–12, 2025"
 * giving the start and end date.
 */
import type { Adapter } from '../adapter';
import type { Capture } from '../../domain/schema';
import { parseDate } from '../../domain/dates';
import { normalizeSpace, readPage, visibleText } from '../dom';
import { assembleCapture, canonicalUrl, clampTitle, guarded, mainContent, parseCredits, readCredits, readTitle } from '../adapter-helpers';

const ADAPTER_ID = 'cisco-live';
const PROVIDER = 'Cisco Live';
const HOST = 'www.ciscolive.com';

const LIBRARY_PATH = /^\/on-demand\/on-demand-library\.html$/i;
const SESSION_ROUTE = /^#\/(session|video)\/([A-Za-z0-9]+)(?=[/?]|$)/;
const TRANSCRIPT_PATH = /^\/(?:on-demand|global)\/my-learning\.html$/i;

/** BRKENS-2001, TECSEC-2345, LTRCRT-1100, DEVNET-1234, CISCOU-2061. */
const SESSION_CODE = /\b([A-Z]{3,8}-\d{3,5}[A-Z]?)\b/;
const DONE_STATUS = /^(?:attended|completed|watched)\b/i;
const DONE_PROBE = /\b(?:attended|completed|watched)\b/i;
const STATUS_LABELS = [/^(?:status|attendance)\b/i];
const DONE_DATE_LABELS = [/^(?:completed|attended|watched) on\b/i, /^date (?:attended|completed|watched)\b/i];
const SESSION_DATE_LABELS = [/^session dates?\b/i, /^event dates?\b/i, /^dates?\b/i, /^when\b/i];
const CODE_LABELS = [/^session (?:code|id)\b/i, /^code\b/i];
const SITE_SUFFIX = /\s*[|\-–—:]\s*Cisco Live(?: On-Demand)?\s*$/i;

const MONTH_DAY = String.raw`([A-Za-z]{3,9})\.? (\d{1,2})`;
const DASH = String.raw`\s*[–—-]\s*`;
/** "June 8–12, 2025", "May 31 – June 4, 2026", "8–12 June 2025". */
const RANGES: readonly [RegExp, (m: RegExpExecArray) => [string, string]][] = [
  [new RegExp(`${MONTH_DAY}${DASH}(\\d{1,2}),? (\\d{4})\\b`), (m) => [`${m[1]} ${m[2]}, ${m[4]}`, `${m[1]} ${m[3]}, ${m[4]}`]],
  [new RegExp(`${MONTH_DAY}${DASH}${MONTH_DAY},? (\\d{4})\\b`), (m) => [`${m[1]} ${m[2]}, ${m[5]}`, `${m[3]} ${m[4]}, ${m[5]}`]],
  [new RegExp(String.raw`\b(\d{1,2})${DASH}(\d{1,2}) ([A-Za-z]{3,9}),? (\d{4})\b`), (m) => [`${m[1]} ${m[3]} ${m[4]}`, `${m[2]} ${m[3]} ${m[4]}`]],
];

interface DateSpan {
  start?: string | undefined;
  end: string;
}

/** One date or a range of days; a range whose end precedes its start is a misreading and gives nothing. */
export function parseDateSpan(text: string): DateSpan | undefined {
  const s = normalizeSpace(text);
  for (const [pattern, parts] of RANGES) {
    const m = pattern.exec(s);
    if (!m) continue;
    const [start, end] = parts(m).map((p) => parseDate(p, 'mdy'));
    if (start && end) return start <= end ? { start, end } : undefined;
  }
  const single = parseDate(s, 'mdy');
  return single ? { end: single } : undefined;
}

type PageKind = { kind: 'session'; sourceUrl: string } | { kind: 'transcript'; sourceUrl: string };

function pageKind(url: URL): PageKind | undefined {
  if (url.protocol !== 'https:' || url.hostname.toLowerCase() !== HOST) return undefined;
  if (TRANSCRIPT_PATH.test(url.pathname)) return { kind: 'transcript', sourceUrl: canonicalUrl(url) };
  const route = SESSION_ROUTE.exec(url.hash);
  // The library is one page; the hash names the session, the query is only the search that led there.
  if (route && LIBRARY_PATH.test(url.pathname)) return { kind: 'session', sourceUrl: `${canonicalUrl(url)}#/${route[1]}/${route[2]}` };
  return undefined;
}

function capture(title: string, sourceUrl: string, dates: DateSpan, code: string | undefined, credits: number | undefined): Capture {
  return assembleCapture({
    adapterId: ADAPTER_ID,
    provider: PROVIDER,
    program: 'cisco',
    title,
    sourceUrl,
    startDate: dates.start !== dates.end ? dates.start : undefined,
    endDate: dates.end,
    certificateCode: code,
    credits,
  });
}

/** "BRKENS-2001 - Title" and "Title (BRKENS-2001)": the code is captured on its own, the title without it. */
function splitCode(text: string): { title: string | undefined; code: string | undefined } {
  const code = SESSION_CODE.exec(text)?.[1];
  const title = code ? text.replace(new RegExp(`^${code}\\s*[-–—:|]\\s*|\\s*\\(${code}\\)$`), '') : text;
  return { title: clampTitle(title), code };
}

function extractSession(doc: Document, sourceUrl: string): Capture[] {
  const scope = mainContent(doc);
  const page = readPage(scope);
  const doneOn = page.valueAs(DONE_DATE_LABELS, (v) => parseDate(v, 'mdy'));
  const status = page.value(STATUS_LABELS);
  if (!doneOn && !(status && DONE_STATUS.test(status)) && !page.hasPhrase(['Attended', 'Completed', 'Watched'])) return [];
  const dates = doneOn ? { end: doneOn } : page.valueAs(SESSION_DATE_LABELS, parseDateSpan);
  const heading = readTitle(doc, scope, SITE_SUFFIX);
  if (!dates || !heading) return [];
  const { title, code } = splitCode(heading);
  if (!title) return [];
  const labelledCode = page.valueAs(CODE_LABELS, (v) => SESSION_CODE.exec(v)?.[1]);
  return [capture(title, sourceUrl, dates, labelledCode ?? code, readCredits(page))];
}

const COLUMNS = { code: /^session (?:code|id)$|^code$/i, title: /^(?:session(?: title| name)?|title)$/i, date: /date/i, credits: /credits?/i, status: /^(?:status|attendance)$/i };
type Column = keyof typeof COLUMNS;

function extractTranscript(doc: Document, sourceUrl: string): Capture[] {
  const captures: Capture[] = [];
  for (const table of Array.from(mainContent(doc)?.querySelectorAll('table') ?? [])) {
    const headers = Array.from(table.querySelectorAll('thead th, tr:first-child th')).map((th) => visibleText(th));
    const index = (column: Column) => headers.findIndex((h) => COLUMNS[column].test(h));
    const at = { code: index('code'), title: index('title'), date: index('date'), credits: index('credits'), status: index('status') };
    if (at.title < 0 || at.date < 0 || at.status < 0) continue;
    for (const row of Array.from(table.querySelectorAll('tbody tr'))) {
      const cells = Array.from(row.children).map((cell) => visibleText(cell));
      if (!DONE_STATUS.test(cells[at.status] ?? '')) continue;
      const { title, code } = splitCode(cells[at.title] ?? '');
      const dates = parseDateSpan(cells[at.date] ?? '');
      if (!title || !dates) continue;
      const labelledCode = at.code >= 0 ? SESSION_CODE.exec(cells[at.code] ?? '')?.[1] : undefined;
      const credits = at.credits >= 0 ? parseCredits(cells[at.credits] ?? '') : undefined;
      captures.push(capture(title, sourceUrl, dates, labelledCode ?? code, credits));
    }
  }
  return captures;
}

const ciscoLive: Adapter = {
  id: ADAPTER_ID,
  label: PROVIDER,
  matches: ['https://www.ciscolive.com/*'],
  program: 'cisco',
  detect(doc, url) {
    if (!pageKind(url)) return false;
    return guarded(ADAPTER_ID, () => DONE_PROBE.test(mainContent(doc)?.textContent ?? ''), false);
  },
  extract(doc, url) {
    const page = pageKind(url);
    if (!page) return [];
    return guarded(ADAPTER_ID, () => (page.kind === 'session' ? extractSession(doc, page.sourceUrl) : extractTranscript(doc, page.sourceUrl)), []);
  },
};

export default ciscoLive;
