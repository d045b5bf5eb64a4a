/**
 * How big each bundle of a built target is, as a user's browser loads it: shared by the build (which fails
 * on a broken budget) and the bench (which reports every size as a figure), so both measure the same thing.
 * A bundle's size is its entry files with everything they import up front, plus the largest chunk they load
 * on demand (a page loads one of its lazy parts at a time), gzipped file by file. Content scripts are one file each.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export const KB = 1024;
export const BUDGETS = { content: 12 * KB, popup: 30 * KB };
/**
 * Bundles allowed over their budget, each with the reason the README gives (section "Budgets"): printed as OVER,
 * not failed. A bundle listed here that fits its budget again fails the build, so the list cannot go stale.
 */
/** The content scripts the background registers or injects (vite.config.ts's RUNTIME_SCRIPTS; src/background/taught-script-files.ts). */
export const RUNTIME_SCRIPT_FILES = ['content/taught-site.js', 'content/taught-reader.js', 'content/ce-portal-fill.js', 'content/page-report.js'];

export const DOCUMENTED_OVER = [
  {
    name: /^content content\/taught-reader\.js$/,
    ceiling: 56 * KB,
    reason:
      'a taught site\'s reader carries the generic reader (every label, title and date rule in eight languages) beside the recipe; it is injected only into a taught site\'s page of the recipe\'s shape, on the user\'s word, never registered for a page load',
  },
  {
    name: /^content content\/page-report\.js$/,
    ceiling: 80 * KB,
    reason:
      'the page report\'s reader runs every reader that may serve a page (each learning site\'s adapter, the generic reader, the CE portal\'s) so the report can say what each found; it is injected only when the user asks for a report of the page in the popup, never registered for a page load',
  },
  {
    name: /^content content\/ce-portal\.js$/,
    ceiling: 21 * KB,
    reason:
      'the CE portal\'s every-page script finds the submission form (open shadow roots, iframes) and offers the chooser, and holds the dashboard reader (tables, cards, sentences, web components) and the Item Catalog reader and page follower: a content script cannot load code on demand without exposing its files to every page there, and the portal is a single-page app that moves between the three without a page load; the filler itself is injected only after the user chose a record; it runs on ce.cisco.com only, once the page is idle',
  },
];
// Markers that survive minification: a zod or Preact bundle always carries these strings.
export const FORBIDDEN_IN_CONTENT = { zod: /ZodError|\$ZodType/, preact: /__H|preact/ };

const STATIC_IMPORT = /(?:\bfrom\s*|\bimport\s*)["'`]([^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;

function resolveFrom(file, spec) {
  return spec.startsWith('/') ? spec.slice(1) : posix.normalize(posix.join(posix.dirname(file), spec));
}

/** The file and every module it loads up front (static imports), relative to dist. */
function closure(dist, file, seen = new Set()) {
  if (seen.has(file) || !existsSync(join(dist, file))) return seen;
  seen.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  for (const m of code.matchAll(STATIC_IMPORT)) closure(dist, resolveFrom(file, m[1]), seen);
  return seen;
}

/** Modules loaded on demand (import()) from anything in the closure: e.g. the one adapter a page needs. */
function lazyChunks(dist, files) {
  const out = new Set();
  for (const file of files) {
    const code = readFileSync(join(dist, file), 'utf8');
    for (const m of code.matchAll(DYNAMIC_IMPORT)) out.add(resolveFrom(file, m[1]));
  }
  return [...out].filter((f) => !files.has(f));
}

function htmlScripts(dist, page) {
  const html = readFileSync(join(dist, page), 'utf8');
  return [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) =>
    m[1].startsWith('/') ? m[1].slice(1) : posix.normalize(posix.join(posix.dirname(page), m[1])),
  );
}

function gzipOf(dist, files) {
  let gzip = 0;
  let code = '';
  for (const f of files) {
    const text = readFileSync(join(dist, f));
    gzip += gzipSync(text).length;
    code += text.toString('utf8');
  }
  return { gzip, code };
}

/** What a page loads: the entries' up-front closure plus the largest on-demand chunk's, in gzipped bytes. */
export function measureBundle(dist, files) {
  const upFront = new Set();
  for (const f of files) closure(dist, f, upFront);
  const base = gzipOf(dist, upFront);
  let largest = { gzip: 0, code: '' };
  for (const chunk of lazyChunks(dist, upFront)) {
    const extra = [...closure(dist, chunk)].filter((f) => !upFront.has(f));
    const size = gzipOf(dist, extra);
    if (size.gzip > largest.gzip) largest = size;
  }
  return { gzip: base.gzip + largest.gzip, code: base.code + largest.code };
}

/** Every bundle a built target ships, read from its manifest: each content script, the worker, each page. */
export function bundleEntries(dist) {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  return [
    ...(manifest.content_scripts ?? []).flatMap((cs) => cs.js.map((js) => ({ name: `content ${js}`, kind: 'content', files: [js] }))),
    // Registered or injected at run time (taught sites): the background names them, the manifest does not.
    ...RUNTIME_SCRIPT_FILES.filter((file) => existsSync(join(dist, file))).map((file) => ({ name: `content ${file}`, kind: 'content', files: [file] })),
    { name: 'background', kind: 'background', files: manifest.background.service_worker ? [manifest.background.service_worker] : manifest.background.scripts },
    { name: 'popup', kind: 'popup', files: htmlScripts(dist, manifest.action.default_popup) },
    { name: 'welcome', kind: 'page', files: htmlScripts(dist, 'src/ui/welcome/index.html') },
    { name: 'confirm capture', kind: 'page', files: htmlScripts(dist, 'src/ui/confirm/index.html') },
    { name: 'page report', kind: 'page', files: htmlScripts(dist, 'src/ui/report/index.html') },
    ...(manifest.options_ui ? [{ name: 'dashboard', kind: 'page', files: htmlScripts(dist, manifest.options_ui.page) }] : []),
  ];
}
