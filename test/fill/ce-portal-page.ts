/**
 * The portal fixtures (test/fixtures/portal/*.html) opened in a fresh happy-dom window with their inline
 * scripts running, so a test reads what the page itself believes (window.__portalView), not what we wrote.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { fixtureUrl } from '../helpers/fixtures';

export const PORTAL_DIR = fileURLToPath(new URL('../fixtures/portal/', import.meta.url));

/** What each fixture's own script says it received; dates are ISO as the page understood them, '' for none. */
export interface PortalView {
  itemName: string;
  startDate: string;
  endDate: string;
  validationCode: string;
  fileName: string;
  fileSize: number;
  fileHeader: string;
  submitted: boolean;
}

export interface PortalPage {
  window: Window;
  doc: Document;
  url: URL;
  view(): PortalView;
  close(): Promise<void>;
}

/** Every page in the folder (the dashboard's pages live there too, for the portal sync). */
export function allPortalPages(): string[] {
  return readdirSync(PORTAL_DIR).filter((name) => name.endsWith('.html')).sort();
}

/** The Submit Items variants: submit-items-*.html. */
export function portalFixtures(): string[] {
  return allPortalPages().filter((name) => name.startsWith('submit-items-'));
}

export function portalHtml(name: string): string {
  return readFileSync(join(PORTAL_DIR, name.endsWith('.html') ? name : `${name}.html`), 'utf8');
}

/** A window running scripts, at `url` (a page's fixture address, or any address for a test's own markup). */
export function scriptedWindow(url: string): Window {
  return new Window({
    url,
    settings: {
      enableJavaScriptEvaluation: true,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
    },
  });
}

export async function openPortalPage(name: string): Promise<PortalPage> {
  const html = portalHtml(name);
  const url = fixtureUrl(html);
  if (!url) throw new Error(`${name} has no leading <!-- url: … --> comment`);
  const window = scriptedWindow(url.href);
  window.document.write(html);
  await window.happyDOM.waitUntilComplete();
  const doc = window.document as unknown as Document;
  return {
    window,
    doc,
    url,
    view: () => ({ ...(window as unknown as { __portalView: PortalView }).__portalView }),
    close: () => window.happyDOM.close(),
  };
}

/** Lets the page's timers and promises run for `ms` (its own clock). */
export function pageTime(page: PortalPage, ms: number): Promise<void> {
  return new Promise((resolve) => page.window.setTimeout(resolve, ms));
}
