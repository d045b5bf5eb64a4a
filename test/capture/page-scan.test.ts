// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { genericAdapter } from '../../src/capture/generic/detector';
import { MANUAL_CAPTURE_FILE, scanPage } from '../../src/capture/page-scan';

/** The fixture as the page's document (the live one: selections belong to it). */
function loadPage(html: string): Document {
  const parsed = new DOMParser().parseFromString(`<html>${html}</html>`, 'text/html');
  document.documentElement.replaceChildren(...[...parsed.documentElement.childNodes].map((n) => document.importNode(n, true)));
  return document;
}

const CERTIFICATE = `<head><title>Certificate of completion</title></head><body>
  <h1>Certificate of Completion</h1>
  <dl><dt>Course</dt><dd>Securing Kubernetes Clusters</dd>
  <dt>Completed on</dt><dd>2026-03-14</dd>
  <dt>Certificate ID</dt><dd>KS-12345-XY</dd></dl>
  <p id="code">ABC-777</p></body>`;

describe('scanPage (what the injected manual-capture script returns)', () => {
  it('returns the generic detector’s captures with the page’s address, title and selection', () => {
    const doc = loadPage(CERTIFICATE);
    const range = doc.createRange();
    range.selectNodeContents(doc.getElementById('code')!);
    doc.getSelection()!.removeAllRanges();
    doc.getSelection()!.addRange(range);
    const scan = scanPage(doc, 'https://learn.example.org/certificates/42', [], genericAdapter);
    expect(scan.url).toBe('https://learn.example.org/certificates/42');
    expect(scan.title).toBe('Certificate of completion');
    expect(scan.selection).toBe('ABC-777');
    expect(scan.captures).toHaveLength(1);
    expect(scan.captures[0]).toMatchObject({ adapterId: 'generic', sourceUrl: 'https://learn.example.org/certificates/42' });
    // Plain data: it crosses from the page to the background by structured clone.
    expect(structuredClone(scan)).toEqual(scan);
  });

  it('returns no captures, but the title and address, for a page that is not a certificate', () => {
    const doc = loadPage('<head><title>Weather today</title></head><body><p>Sunny.</p></body>');
    doc.getSelection()?.removeAllRanges();
    expect(scanPage(doc, 'https://weather.example/', [], genericAdapter)).toEqual({
      captures: [],
      url: 'https://weather.example/',
      title: 'Weather today',
      selection: '',
    });
  });

  it('names the file the build emits for the background to inject', () => {
    const config = readFileSync(join(process.cwd(), 'vite.config.ts'), 'utf8');
    expect(config).toContain(`const MANUAL_CAPTURE_FILE = '${MANUAL_CAPTURE_FILE}'`);
  });
});
