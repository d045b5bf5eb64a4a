// @vitest-environment happy-dom
/**
 * Manual capture end to end but for the browser: the page's snapshot taken in the page (as executeScript runs
 * it: from its source, with only its arguments), then read as the confirmation form reads it.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { adapters } from '../../src/capture/adapters';
import { genericAdapter } from '../../src/capture/generic/detector';
import { readDraft, readSnapshot } from '../../src/capture/page-scan';
import { SNAPSHOT_LIMITS, snapshotPage } from '../../src/capture/page-snapshot';
import { MAX_SELECTION_LENGTH, type PageSnapshot } from '../../src/domain/page-snapshot';

const PAGE_URL = 'https://learn.example.org/certificates/42';
const CERTIFICATE = `<head><title>Certificate of completion</title>
  <style>.x { color: red } /* Completed on 1 January 2020 */</style>
  <script>window.state = { course: 'Decoy course', completedOn: '2020-01-01' };</script>
  <script type="application/ld+json">{"@context": "https://schema.org", "@type": "Organization", "name": "Northwind"}</script>
  </head><body>
  <nav><a href="/catalogue">Catalogue</a></nav>
  <main>
    <h1>Priya Raman</h1>
    <p>has successfully completed</p>
    <h2>Cloud Security Basics</h2>
    <p>Completed on: 14 March 2026</p>
    <p>Certificate ID: <span id="code">KS-12345-XY</span></p>
    <p>Issued by Northwind Networking Academy</p>
    <img alt="Northwind Networking Academy" src="data:image/png;base64,${'A'.repeat(5000)}">
  </main></body>`;

/** The page's document as the browser holds it: the live one, since a selection belongs to it. */
function loadPage(html: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(PAGE_URL);
  const parsed = new DOMParser().parseFromString(`<html lang="en">${html}</html>`, 'text/html');
  document.documentElement.replaceChildren(...[...parsed.documentElement.childNodes].map((n) => document.importNode(n, true)));
  document.getSelection()?.removeAllRanges();
}

/** As scripting.executeScript runs a function: from its source text, called with a JSON copy of its arguments. */
function snapshotAsInjected(): PageSnapshot {
  // What executeScript does with a function: sends its source text, which the page compiles on its own.
  // eslint-disable-next-line no-new-func
  const injected = new Function(`return (${snapshotPage.toString()})`)() as typeof snapshotPage;
  const args = JSON.parse(JSON.stringify([...SNAPSHOT_LIMITS])) as Parameters<typeof snapshotPage>;
  return injected(...args);
}

const readers = { adapters, fallback: genericAdapter };

beforeEach(() => loadPage(CERTIFICATE));

describe('snapshotPage', () => {
  it('runs from its own source in the page and returns plain data: markup, address, title, selection', () => {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('code')!);
    document.getSelection()!.addRange(range);
    const page = snapshotAsInjected();
    expect(page).toMatchObject({ url: PAGE_URL, title: 'Certificate of completion', selection: 'KS-12345-XY' });
    expect(structuredClone(page)).toEqual(page);
  });

  it('leaves out scripts that run, styles and inline image data, and keeps JSON, text and alt texts', () => {
    const { html } = snapshotAsInjected();
    expect(html).not.toContain('Decoy course');
    expect(html).not.toContain('color: red');
    expect(html).not.toContain('AAAA');
    expect(html).toContain('application/ld+json');
    expect(html).toContain('Cloud Security Basics');
    expect(html).toContain('alt="Northwind Networking Academy"');
    // The page itself is untouched: the snapshot works on a copy.
    expect(document.querySelectorAll('script, style')).toHaveLength(3);
  });

  it('cuts a long selection and a page past the limit', () => {
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'x'.repeat(2000), id: 'long' }));
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('long')!);
    document.getSelection()!.addRange(range);
    const page = snapshotPage(1000, MAX_SELECTION_LENGTH, 500, 30, 200_000);
    expect(page.selection).toHaveLength(MAX_SELECTION_LENGTH);
    expect(page.html).toHaveLength(1000);
    expect(page.url).toBe(PAGE_URL.slice(0, 30));
  });
});

describe('reading a snapshot', () => {
  it('reads the course, not the learner’s name, when the user’s name is given', () => {
    const scan = readSnapshot(snapshotAsInjected(), { ...readers, people: ['Priya Raman'] });
    expect(scan.captures).toEqual([
      expect.objectContaining({ adapterId: 'generic', title: 'Cloud Security Basics', endDate: '2026-03-14', certificateCode: 'KS-12345-XY', sourceUrl: PAGE_URL }),
    ]);
    expect(scan).toMatchObject({ url: PAGE_URL, title: 'Certificate of completion' });
  });

  it('reads the course from the line after "has successfully completed" even without the user\'s name', () => {
    expect(readSnapshot(snapshotAsInjected(), readers).captures.map((c) => c.title)).toEqual(['Cloud Security Basics']);
  });

  it('gives no captures, but the title and address, for a page that is not a certificate, or markup that is not HTML', () => {
    const weather = { html: '<html><head><title>Weather</title></head><body><p>Sunny.</p></body></html>', url: 'https://weather.example/', title: 'Weather', selection: '' };
    expect(readSnapshot(weather, readers)).toEqual({ captures: [], url: 'https://weather.example/', title: 'Weather', selection: '' });
    const garbage = { html: '\u0000<<<%PDF-1.7 \uFFFF', url: 'not a url', title: 'T', selection: 'S' };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(readSnapshot(garbage, readers)).toEqual({ captures: [], url: 'not a url', title: 'T', selection: 'S' });
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('shows no invisible or bidi control characters from the page in what the form starts from', () => {
    const spoof = { html: '<html><body><h1>Cloud\u202E Basics\u200B</h1><p>Completed on: 14 March 2026</p><p>Certificate ID: CB-1</p></body></html>', url: 'https://learn.example.org/c/1', title: 'Certificate\u202Eetacifitrec', selection: 'CB\u200B-1' };
    const scan = readSnapshot(spoof, readers);
    expect(scan.title).toBe('Certificateetacifitrec');
    expect(scan.selection).toBe('CB-1');
    expect(scan.captures[0]?.title).toBe('Cloud Basics');
  });

  it('reads a portal page with its adapter: the toast’s “Finish capture” on a Cisco U. page', () => {
    const html = `<html><body><main><h1>Implementing Automation for Cisco Enterprise Solutions</h1><span>Completed</span>
      <dl><dt>Completed</dt><dd>October 14, 2026</dd><dt>Certificate ID</dt><dd>CU-7781-QX</dd></dl></main></body></html>`;
    const draft = readDraft({ id: 'd1', selectionAsCode: false, page: { html, url: 'https://u.cisco.com/paths/enauto/1047', title: 'ENAUI', selection: '' } }, readers);
    expect(draft).toMatchObject({ id: 'd1', selectionAsCode: false });
    expect(draft.captures[0]).toMatchObject({ title: 'Implementing Automation for Cisco Enterprise Solutions', provider: 'Cisco U.', endDate: '2026-10-14', certificateCode: 'CU-7781-QX' });
  });
});
