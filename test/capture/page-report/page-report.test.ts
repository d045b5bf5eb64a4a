/**
 * A page report holds the page's structure and what the readers found, never the user's values (issue 21): a page
 * holding a person's name, an e-mail address, certificate codes and a CE claim with its date and number gives a
 * report with none of them, wherever the page puts them, while the labels the readers key on stay readable.
 */
import { describe, expect, it } from 'vitest';
import { adapters } from '../../../src/capture/adapters';
import { genericAdapter } from '../../../src/capture/generic/detector';
import { readerFindings } from '../../../src/capture/page-report/findings';
import { buildPageReport } from '../../../src/capture/page-report/report';
import { redactAddress, redactText, shapeOf } from '../../../src/capture/page-report/redact';
import { MAX_OUTLINE_ELEMENTS, PAGE_REPORT_FORMAT, type ReportAbout } from '../../../src/domain/page-report';
import { parseHtml } from '../../helpers/fixtures';

const ABOUT: ReportAbout = { extensionVersion: '0.1.0', browser: 'Chrome 131', createdAt: '2026-12-06T12:00:00.000Z', noted: { surface: 'learning-site', outcome: 'empty' } };
const readers = { adapters, generic: genericAdapter };

/** What the page holds that is the user's: each must be absent from the report, in any case. */
const PERSONAL = [
  'Dana Whitfield',
  'Dana',
  'Whitfield',
  'dana.whitfield@example.com',
  'dana.whitfield',
  'example.com',
  'CSCO-12345678',
  '12345678',
  '3f2a9c1e-7b4d-4e8a-9c2f-5d6e7f8a9b0c',
  '3f2a9c1e',
  'CLM-0042917',
  '0042917',
  '2026-11-18',
  'November 18, 2026',
  '18 Nov 2026',
  'Nakamura',
  'Haruto',
];

const PAGE = `<!DOCTYPE html><html lang="en"><head><title>Certificate for Dana Whitfield</title>
<script>window.user = { name: 'Dana Whitfield', email: 'dana.whitfield@example.com' };</script></head>
<body>
  <header><button aria-label="Account menu for Dana Whitfield" title="dana.whitfield@example.com">Dana Whitfield</button>
    <img src="/avatars/dana-whitfield.png" alt="Photo of Dana Whitfield"></header>
  <main>
    <h1>Dana Whitfield</h1>
    <h2>Certificate of Completion</h2>
    <dl><dt>Certificate ID</dt><dd data-user="dana.whitfield@example.com" data-code="CSCO-12345678">CSCO-12345678</dd>
      <dt>Credential</dt><dd>3f2a9c1e-7b4d-4e8a-9c2f-5d6e7f8a9b0c</dd>
      <dt>Completed on</dt><dd><time datetime="2026-11-18">November 18, 2026</time></dd></dl>
    <p>Certificate ID: CSCO-12345678</p>
    <p>Awarded to Dana Whitfield (dana.whitfield@example.com) on 18 Nov 2026</p>
    <form><label for="email">E-mail</label><input id="email" name="email" type="email" value="dana.whitfield@example.com" placeholder="dana.whitfield@example.com"></form>
    <table><thead><tr><th>Item Name</th><th>Completion Date</th><th>Credits</th><th>Status</th><th>Claim ID</th></tr></thead>
      <tbody><tr><td>Implementing Cisco SD-WAN</td><td>2026-11-18</td><td>24</td><td>Pending</td><td>CLM-0042917</td></tr></tbody></table>
    <a href="/users/dana-whitfield/certificates/CSCO-12345678?email=dana.whitfield%40example.com#Dana">Download certificate</a>
    <profile-card id="card"></profile-card>
  </main>
</body></html>`;

function pageWithShadowRoot(html = PAGE): Document {
  const doc = parseHtml(html);
  const host = doc.getElementById('card')!;
  const shadow = host.attachShadow({ mode: 'open' });
  const inner = parseHtml('<section><h3 aria-label="Haruto Nakamura">Haruto Nakamura</h3><span title="CSCO-12345678">dana.whitfield@example.com</span><button>Share</button><i role="dana whitfield" type="nakamura"></i></section>');
  shadow.append(doc.importNode(inner.body.firstElementChild!, true));
  return doc;
}

const URL_OF_PAGE = 'https://u.cisco.com/users/dana-whitfield/certificates/CSCO-12345678?email=dana.whitfield%40example.com#top';

function reportText(doc: Document, href = URL_OF_PAGE): string {
  const url = new URL(href);
  return JSON.stringify(buildPageReport(doc, href, readerFindings(doc, url, readers), ABOUT), null, 2);
}

describe('a page report', () => {
  it('holds none of the personal values on the page: name, e-mail, certificate codes, the claim and its date', () => {
    const text = reportText(pageWithShadowRoot()).toLowerCase();
    for (const value of PERSONAL) expect(text, `the report holds "${value}"`).not.toContain(value.toLowerCase());
  });

  it('holds none of them either on the CE portal, where the portal\'s readers run', () => {
    const doc = pageWithShadowRoot();
    const text = reportText(doc, 'https://ce.cisco.com/dashboard/CLM-0042917?user=dana').toLowerCase();
    for (const value of PERSONAL) expect(text, `the report holds "${value}"`).not.toContain(value.toLowerCase());
    expect(text).toContain('ce-portal-dashboard');
  });

  it('keeps the words the readers key on, and gives each value its shape', () => {
    const report = buildPageReport(pageWithShadowRoot(), URL_OF_PAGE, [], ABOUT);
    const outline = report.outline.join('\n');
    for (const label of ['"Certificate of Completion"', '"Certificate ID"', '"Completed on"', '"Item Name"', '"Completion Date"', '"Claim ID"', '"Download certificate"', '"Share"'])
      expect(outline).toContain(label);
    expect(outline).toContain('"Certificate ID: AAAA-99999999"');
    expect(outline).toContain('"Aaaa Aaaaaaaaa"');
    expect(outline).toContain('"aaaa.aaaaaaaaa@aaaaaaa.aaa"');
    expect(outline).toContain('[datetime=9999-99-99]');
    expect(outline).toContain('#shadow-root');
    expect(outline).toMatch(/\[data-user data-code\]/);
    expect(outline, 'no script text').not.toContain('window.user');
    expect(report.page).toMatchObject({ address: 'https://u.cisco.com/users/aaaa-aaaaaaaaa/certificates/AAAA-99999999', title: 'Aaaaaaaaaaa aaa Aaaa Aaaaaaaaa', language: 'en', shadowRoots: 1, truncated: false });
    expect(report).toMatchObject({ format: PAGE_REPORT_FORMAT, version: 1, extensionVersion: '0.1.0', browser: 'Chrome 131', noted: { outcome: 'empty' } });
  });

  it('says what each reader found, by field and shape', () => {
    const doc = pageWithShadowRoot();
    const findings = readerFindings(doc, new URL(URL_OF_PAGE), readers);
    expect(findings.map((f) => f.reader)).toEqual(['adapter:cisco-u', 'generic', 'completion-signals']);
    const generic = findings.find((f) => f.reader === 'generic')!;
    expect(generic.detected).toBe(true);
    expect(generic.captures?.[0]?.fields).toContain('certificateCode');
    expect(generic.captures?.[0]?.shapes.certificateCode).toBe('AAAA-99999999');
  });

  it('is bounded: a page of 10,000 elements gives an outline of the first few thousand, and says it was cut', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `<li>Row ${i}</li>`).join('');
    const report = buildPageReport(parseHtml(`<html><body><ul>${rows}</ul></body></html>`), 'https://u.cisco.com/list', [], ABOUT);
    expect(report.outline.length).toBe(MAX_OUTLINE_ELEMENTS);
    expect(report.page).toMatchObject({ truncated: true, outlined: MAX_OUTLINE_ELEMENTS });
    expect(report.page.elements).toBeGreaterThan(10_000);
  });

  it('leaves out the extension\'s own toast, and the insides of scripts, styles and SVGs', () => {
    const doc = parseHtml('<html><body><recert-companion-toast>Saved: Dana</recert-companion-toast><svg><text>Dana</text></svg><style>.dana{}</style></body></html>');
    const outline = buildPageReport(doc, 'https://u.cisco.com/', [], ABOUT).outline;
    expect(outline).toEqual(['svg']);
  });
});

describe('redaction', () => {
  it('shapes digits as 9 and letters as A or a, keeping punctuation', () => {
    expect(shapeOf('CSCO-12345678')).toBe('AAAA-99999999');
    expect(shapeOf('Ünal Çelik, 修了')).toBe('Aaaa Aaaaa, aa');
    expect(shapeOf('x'.repeat(100))).toBe(`${'a'.repeat(80)}…(100)`);
  });

  it('keeps a known label but never the start of a name that begins like one', () => {
    expect(redactText('Certificate ID')).toBe('Certificate ID');
    expect(redactText('Namita Rao')).toBe('Aaaaaa Aaa');
    expect(redactText('Dana Whitfield')).toBe('Aaaa Aaaaaaaaa');
    expect(redactText('My certifications')).toBe('My certifications');
  });

  it('reduces an address to its origin and path, shaping ids and names', () => {
    expect(redactAddress('https://www.credly.com/users/dana-whitfield/badges?x=1#y')).toBe('https://www.credly.com/users/aaaa-aaaaaaaaa/badges');
    expect(redactAddress('https://ce.cisco.com/#/claims/12345')).toBe('https://ce.cisco.com/#/claims/99999');
    expect(redactAddress('javascript:alert(1)')).toBeUndefined();
  });
});
