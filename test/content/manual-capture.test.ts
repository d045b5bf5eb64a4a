// @vitest-environment happy-dom
/**
 * The injected scan as the background calls it (injectScan), on a page whose largest line is the learner's name:
 * the user's name from the settings keeps it out of the title, and whatever else the call is handed counts as no
 * names, never as an error.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { injectScan, type ScriptInjector } from '../../src/background/manual-capture';
import { MANUAL_CAPTURE_GLOBAL, type PageScan } from '../../src/capture/page-scan';

const PAGE_URL = 'https://learn.example.org/certificates/42';
const CERTIFICATE = `
  <main>
    <h1>Priya Raman</h1>
    <p>has successfully completed</p>
    <h2>Cloud Security Basics</h2>
    <p>Completed on: 14 March 2026</p>
    <p>Issued by Northwind Networking Academy</p>
  </main>`;

type Scan = (people?: unknown) => PageScan;
const scanOnPage = () => (globalThis as unknown as Record<string, Scan>)[MANUAL_CAPTURE_GLOBAL]!;

/** The tab: the file injection has already run (imported below); a call runs on a JSON copy of its arguments. */
const tab: ScriptInjector = {
  executeScript: async (injection) => {
    const args = JSON.parse(JSON.stringify(injection.args ?? [])) as unknown[];
    return [{ frameId: 0, documentId: 'page', result: injection.func?.(...args) }];
  },
};

beforeAll(async () => {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(PAGE_URL);
  await import('../../src/content/manual-capture');
});
beforeEach(() => {
  document.title = 'Certificate';
  document.body.replaceChildren(...new DOMParser().parseFromString(`<!DOCTYPE html><body>${CERTIFICATE}</body>`, 'text/html').body.childNodes);
});
afterAll(() => {
  delete (globalThis as unknown as Record<string, unknown>)[MANUAL_CAPTURE_GLOBAL];
});

describe('manual capture with the user’s name', () => {
  it('reads the course, not the user’s name, as the title when the background hands the name in', async () => {
    const scan = (await injectScan(tab, 1, ['Priya Raman'])) as PageScan;
    expect(scan.url).toBe(PAGE_URL);
    expect(scan.captures).toEqual([expect.objectContaining({ title: 'Cloud Security Basics', provider: 'Northwind Networking Academy' })]);
  });

  it('takes the largest line for the title without the name (what the name is there to prevent)', async () => {
    const scan = (await injectScan(tab, 1, [])) as PageScan;
    expect(scan.captures.map((capture) => capture.title)).toEqual(['Priya Raman']);
  });

  it.each([
    ['no argument', undefined],
    ['a string, not an array', 'Priya Raman'],
    ['an object', { 0: 'Priya Raman', length: 1 }],
    ['too many names', Array.from({ length: 50 }, () => 'Priya Raman')],
    ['a name far too long', ['Priya Raman'.repeat(100)]],
    ['names that are not text', [42, null, ['Priya Raman']]],
  ])('scans as without names when handed %s', (_what, people) => {
    expect(scanOnPage()(people).captures.map((capture) => capture.title)).toEqual(['Priya Raman']);
  });

  it('keeps the names that are text of a name’s length, trimmed', () => {
    expect(scanOnPage()([42, '  Priya Raman  ', 'x'.repeat(101)]).captures.map((capture) => capture.title)).toEqual(['Cloud Security Basics']);
  });
});
