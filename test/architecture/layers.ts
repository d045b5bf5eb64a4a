/**
 * The house's layers as data, and the check that holds src/ to them (issue 19): which room may import which, and
 * which packages. Rooms are src/'s folders; the files at src/'s top level are rooms of their own. A target is a
 * room ("domain") or one file in a room ("text/fold.ts").
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import ts from 'typescript';

/** What each room may import of ours, besides itself. */
export const MAY_IMPORT: Record<string, readonly string[]> = {
  // The heart: pure rules and data. Nothing of the browser, the store or the screens; text folding is import-free.
  domain: ['text/fold.ts'],
  // The messages: schemas and reply types, so the content scripts can import them as types.
  protocol: ['domain'],
  // Words, labels and formats every room shows; i18n is the one part that asks the browser.
  text: ['domain', 'protocol', 'extension-api.ts'],
  // Pure functions of (document, url) and of a form: run in content scripts, in tests and in the CLI.
  capture: ['domain', 'text/fold.ts'],
  fill: ['domain', 'text/fold.ts'],
  store: ['domain', 'base64.ts'],
  // Content scripts talk to the worker only through messages: never background/, store/ or ui/.
  content: ['capture', 'fill', 'domain', 'protocol', 'text', 'send-message.ts', 'extension-api.ts', 'base64.ts'],
  // Extension pages reach the store through messages (see LARGE_DATA_PATHS for the exception).
  ui: ['capture', 'fill', 'domain', 'protocol', 'text', 'send-message.ts', 'extension-api.ts', 'extension-pages.ts', 'base64.ts'],
  background: ['capture', 'fill', 'domain', 'protocol', 'store', 'text', 'send-message.ts', 'extension-api.ts', 'extension-pages.ts', 'base64.ts'],
  'send-message.ts': ['domain', 'protocol', 'extension-api.ts'],
  'extension-api.ts': [],
  'extension-pages.ts': [],
  'base64.ts': [],
  'cli.ts': ['capture', 'domain', 'store', 'text', 'cli-import.ts'],
  'cli-import.ts': ['capture', 'domain', 'store', 'base64.ts'],
};

/**
 * Backups and PDFs are too large for runtime messages (64 MiB in Chrome), so these extension-page files read and
 * write IndexedDB themselves, by design (architecture.md, "Security and safety"): they alone of ui/ may import
 * store/ and idb.
 */
export const LARGE_DATA_PATHS: readonly string[] = ['ui/transfers.ts'];

/** Files every room may import, so they import nothing themselves: an import there could close a loop. */
export const IMPORT_FREE: readonly string[] = ['text/fold.ts'];

/** The packages each room may import (none unless listed): the browser's API, zod and Preact stay where they belong. */
export const MAY_USE_PACKAGES: Record<string, RegExp> = {
  domain: /^zod$/,
  protocol: /^zod$/,
  store: /^(?:idb|zod)$/,
  // The CLI reads PDFs with pdf.js's Node build (capture/pdf-node.ts).
  capture: /^(?:pdfjs-dist\/legacy\/.*|node:fs\/promises)$/,
  content: /^(?:webextension-polyfill|recert:adapter)$/,
  // recert:content-sites: the sites' names and patterns, data the build writes from the adapter registry.
  ui: /^(?:pdfjs-dist(?:\/.*)?|preact(?:\/hooks)?|webextension-polyfill|recert:content-sites)$/,
  background: /^(?:webextension-polyfill|zod)$/,
  'extension-api.ts': /^webextension-polyfill$/,
  'cli.ts': /^node:/,
  'cli-import.ts': /^(?:node:.*|happy-dom)$/,
};

/**
 * Every module specifier a file's source imports, statically or on demand (type-only imports, re-exports and
 * `import x = require()` included; comments not), as TypeScript's own pre-parser reads them.
 */
export function importsIn(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((file) => file.fileName);
}

/** "domain" for src/domain/x.ts, "base64.ts" for src/base64.ts: paths are relative to src/, with forward slashes. */
export function roomOf(path: string): string {
  const slash = path.indexOf('/');
  return slash < 0 ? path : path.slice(0, slash);
}

/** The file a relative specifier names, relative to src/ ("../text/fold" from "capture/x.ts" is "text/fold.ts"). */
function targetOf(from: string, specifier: string, exists: (path: string) => boolean): string {
  const base = posix.normalize(posix.join(posix.dirname(from), specifier.replace(/\?.*$/, '')));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) if (exists(candidate)) return candidate;
  return base;
}

function allowed(from: string, target: string): boolean {
  const room = roomOf(from);
  const targetRoom = roomOf(target);
  if (targetRoom === room || target.startsWith('..')) return targetRoom === room;
  if (targetRoom === 'store' && LARGE_DATA_PATHS.includes(from)) return true;
  return (MAY_IMPORT[room] ?? []).some((may) => may === targetRoom || may === target);
}

/** Every import in `files` (path relative to src/ -> its source) that crosses a layer, as "from -> what: why". */
export function crossings(files: ReadonlyMap<string, string>): string[] {
  const found: string[] = [];
  const exists = (path: string) => files.has(path);
  for (const [from, source] of files) {
    const room = roomOf(from);
    if (!(room in MAY_IMPORT)) found.push(`${from}: a room the layer check does not know; add it to MAY_IMPORT`);
    for (const specifier of importsIn(source)) {
      if (IMPORT_FREE.includes(from)) {
        found.push(`${from} -> ${specifier}: every room may import this file, so it imports nothing`);
      } else if (specifier.startsWith('.')) {
        const target = targetOf(from, specifier, exists);
        if (target.startsWith('..')) found.push(`${from} -> ${specifier}: outside src/`);
        else if (!allowed(from, target)) found.push(`${from} -> ${target}: ${room} may not import ${roomOf(target)}`);
      } else if (!(MAY_USE_PACKAGES[room]?.test(specifier) ?? false) && !(specifier === 'idb' && LARGE_DATA_PATHS.includes(from))) {
        found.push(`${from} -> ${specifier}: ${room} may not use this package`);
      }
    }
  }
  return found;
}

/** src/'s TypeScript files, by path relative to src/. */
export function sourceFiles(srcDir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name)) files.set(relative(srcDir, path).split('\\').join('/'), readFileSync(path, 'utf8'));
    }
  };
  walk(srcDir);
  return files;
}
