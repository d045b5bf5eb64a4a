/**
 * Saved portal pages for adapter tests. Each fixture starts with `<!-- url: https://… -->`, the address it was
 * served from; the same comment tells the end-to-end server where to serve it. Pages are parsed by happy-dom
 * with scripts off, so tests run in vitest's plain node environment and adapters cannot lean on globals.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

export const PAGES_DIR = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));

/** Negative fixtures ("looks similar, but is not a completion page") are named not-*.html or in-progress*.html. */
export function isNegativeFixture(name: string): boolean {
  return /^(?:not-|in-progress)/.test(name);
}

export interface LoadedPage {
  doc: Document;
  url: URL;
  html: string;
}

let sharedWindow: Window | undefined;

function parserWindow(): Window {
  sharedWindow ??= new Window({
    url: 'https://fixtures.invalid/',
    settings: { disableJavaScriptFileLoading: true, disableJavaScriptEvaluation: true, disableCSSFileLoading: true },
  });
  return sharedWindow;
}

/** Parses markup into a Document typed as the browser's (happy-dom implements the same interface). */
export function parseHtml(html: string): Document {
  const window = parserWindow();
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** The address in a fixture's leading `<!-- url: … -->` comment, or undefined when it has none. */
export function fixtureUrl(html: string): URL | undefined {
  const m = /^\s*<!--\s*url:\s*(\S+)\s*-->/.exec(html);
  if (!m) return undefined;
  try {
    return new URL(m[1]!);
  } catch {
    return undefined;
  }
}

export function fixtureDir(adapterId: string): string {
  return join(PAGES_DIR, adapterId);
}

/** File names of an adapter's fixture pages, sorted; [] when the folder does not exist. */
export function listFixtures(adapterId: string): string[] {
  const dir = fixtureDir(adapterId);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((name) => name.endsWith('.html')).sort();
}

/** Loads test/fixtures/pages/<adapterId>/<name> (".html" optional) with the URL it was served from. */
export function loadPage(adapterId: string, name: string): LoadedPage {
  const file = join(fixtureDir(adapterId), name.endsWith('.html') ? name : `${name}.html`);
  const html = readFileSync(file, 'utf8');
  const url = fixtureUrl(html);
  if (!url) throw new Error(`${file} has no leading <!-- url: https://… --> comment`);
  return { doc: parseHtml(html), url, html };
}
