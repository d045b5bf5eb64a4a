/**
 * A page report holds the page's structure and what the readers found, never the user's values (issue 21): a page
 * holding a person's name, an e-mail address, certificate codes and a CE claim with its date and number gives a
 * report with none of them, wherever the page puts them, while the labels the readers key on stay readable.
 */
import { describe, expect, it } from 'vitest';
import { adapters } from '../../../src/capture/adapters';
import { genericAdapter } from '../../../src/capture/generic/detector';
import { captureFinding, readerFindings } from '../../../src/capture/page-report/findings';
import { buildPageReport, reportLanguage } from '../../../src/capture/page-report/report';
import { redactAddress, redactIdentifier, redactText, shapeOf } from '../../../src/capture/page-report/redact';
import { PageReportShape } from '../../../src/protocol/page-report';
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
  // What a reader's label pattern took in after its label (review finding 1).
  'Camille',
  'Dubois',
  // Identifiers made of a name, and a code's letters (finding 2).
  'dana-whitfield',
  'dana_whitfield',
  'danaWhitfield',
  'CSCO',
  'abcdefgh',
  'ijkl',
  // A personal site's host (finding 3), a language tag's made-up subtag (finding 5).
  'github',
  'Whitfld',
  // A name in a script written with combining marks (finding 6).
  'प्रिया',
  'शर्मा',
  'ि',
  '्',
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

/** The review's cases: each puts a personal value where the report kept it as written. */
const LEAKY = `<!DOCTYPE html><html lang="en-Whitfld"><head><title>Completed by Dana Whitfield</title></head>
<body>
  <p>Completed by Dana Whitfield</p>
  <p>Completed by <b>Dana</b> Whitfield</p>
  <p>Terminé par Camille Dubois</p>
  <p>Finished by Haruto Nakamura</p>
  <p>Registered (Dana Whitfield)</p>
  <p>Pending approval (CLM-0042917)</p>
  <p>Enrolled (since 2026-11-18)</p>
  <p>In progress (due 18 Nov 2026)</p>
  <p>Resume Whitfield</p>
  <p>0042917 — No claims found</p>
  <p>2026-11-18: You have no claims yet</p>
  <p>Dana Whitfield (CE)</p><p>Dana Whitfield (CPE)</p><p>Dana Whitfield (PDU)</p><p>Dana Whitfield (CEU)</p>
  <p>प्रिया शर्मा</p>
  <button aria-label="Completed by Dana Whitfield" title="Registered (Dana Whitfield)">Share</button>
  <img alt="Dana Whitfield (CE)" src="https://dana-whitfield.github.io/cv/photo.png">
  <input placeholder="Pending approval (CLM-0042917)"><textarea>Finished by Haruto Nakamura</textarea>
  <div id="user-dana-whitfield" class="profile_dana_whitfield danaWhitfield cert-CSCO-12345678 badge-abcdefgh-ijkl 3f2a9c1e-7b4d-4e8a-9c2f-5d6e7f8a9b0c"
    data-user-dana-whitfield="1"><label for="danaWhitfield">Name</label></div>
  <a href="https://dana-whitfield.github.io/cv">CV</a>
  <a href="https://www.credly.com/badges/x">Badge</a><a href="https://u.cisco.com/certificates">Certificates</a>
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

  it("holds none of them where a reader's label pattern takes in more than its label, in text and attributes alike", () => {
    const text = reportText(parseHtml(LEAKY)).toLowerCase();
    for (const value of PERSONAL) expect(text, `the report holds "${value}"`).not.toContain(value.toLowerCase());
  });

  it('keeps only the label words of a label, and shapes everything after them', () => {
    const report = buildPageReport(parseHtml(LEAKY), URL_OF_PAGE, [], ABOUT);
    const outline = report.outline.join('\n');
    for (const line of ['"Completed by Aaaa Aaaaaaaaa"', '"Completed by Aaaaaaaaa"', '"Terminé par Aaaaaaa Aaaaaa"', '"Registered (Aaaa Aaaaaaaaa)"', '"Pending approval (AAA-9999999)"', '"Enrolled (since 9999-99-99)"', '"Resume Aaaaaaaaa"', '"9999999 — Aa aaaaaa aaaaa"', '"Aaaa Aaaaaaaaa (AA)"', '"aaaaaa aaaaa"'])
      expect(outline).toContain(line);
    expect(outline).toContain('#user-aaaa-aaaaaaaaa.profile_aaaa_aaaaaaaaa.aaaaAaaaaaaaa.cert-AAAA-99999999.badge-aaaaaaaa-aaaa.9a9a9a9a-9a9a-9a9a-9a9a-9a9a9a9a9a9a');
    expect(outline).toContain('[data-user-aaaa-aaaaaaaaa]');
    expect(outline).toContain('[href=https://aaaa-aaaaaaaaa.aaaaaa.io/aa]');
    expect(outline, 'a site the extension reads keeps its host').toContain('[href=https://www.credly.com/badges/a]');
    expect(outline, "the page's own host is kept").toContain('[href=https://u.cisco.com/certificates]');
    expect(report.page).toMatchObject({ title: 'Completed by Aaaa Aaaaaaaaa', language: 'en-Aaaaaaa' });
  });

  it('cuts what a page makes too long to the bounds the worker checks, rather than failing', () => {
    const long = `https://u.cisco.com${'/certificate'.repeat(700)}`;
    const doc = parseHtml(`<html lang="en-${'abcdefgh-'.repeat(20)}x"><head><title>${'Certificate '.repeat(100)}</title></head><body></body></html>`);
    const report = buildPageReport(doc, long, [], ABOUT);
    expect(PageReportShape.safeParse(report).success).toBe(true);
    expect(report.page.address.length).toBeLessThanOrEqual(2048);
    expect(report.page.language.length).toBeLessThanOrEqual(40);
    expect(report.page.language).not.toContain('abcdefgh');
    expect(reportLanguage('zh-Hant-TW')).toBe('zh-Hant-TW');
    expect(reportLanguage('es-419')).toBe('es-419');
    const finding = captureFinding({ found: ['sourceUrl'], confidence: 1, adapterId: 'generic', sourceUrl: long } as never, 'u.cisco.com');
    expect(finding.shapes.sourceUrl!.length).toBeLessThanOrEqual(400);
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
    expect(shapeOf('प्रिया शर्मा')).toBe('aaaaaa aaaaa');
    expect(shapeOf('Ünal'.normalize('NFD'))).toBe('Aaaa');
  });

  it('keeps the code words of an identifier and shapes the rest, part by part', () => {
    const cases = [
      ['cu-pill_2c', 'cu-pill_9c'],
      ['courseTitle', 'courseTitle'],
      ['mat-mdc-card-header', 'mat-mdc-card-header'],
      ['user-dana-whitfield', 'user-aaaa-aaaaaaaaa'],
      ['danaWhitfield', 'aaaaAaaaaaaaa'],
    ];
    for (const [identifier, kept] of cases) expect(redactIdentifier(identifier!), identifier).toBe(kept);
  });

  it('keeps a known label but never the start of a name that begins like one', () => {
    const cases = [
      ['Certificate ID', 'Certificate ID'],
      ['Namita Rao', 'Aaaaaa Aaa'],
      ['Dana Whitfield', 'Aaaa Aaaaaaaaa'],
      ['My certifications', 'My certifications'],
      // A reader's pattern may take in the value after its label: only the label's words are kept.
      ['Completed by Dana Whitfield', 'Completed by Aaaa Aaaaaaaaa'],
      ['Finished by Haruto Nakamura', 'Finished by Aaaaaa Aaaaaaaa'],
      ['In progress (due 18 Nov 2026)', 'In progress (due 99 Aaa 9999)'],
      ['Enrolled (since 2026-11-18)', 'Enrolled (since 9999-99-99)'],
      ['Dana Whitfield (CE)', 'Aaaa Aaaaaaaaa (AA)'],
      ['CE credit value', 'CE credit value'],
      ['2026-11-18: You have no claims yet', '9999-99-99: Aaa aaaa aa aaaaaa aaa'],
      ['修了日 2026年11月18日', '修了日 9999a99a99a'],
    ];
    for (const [text, kept] of cases) expect(redactText(text!), text).toBe(kept);
  });

  it('reduces an address to its origin and path, shaping ids and names', () => {
    expect(redactAddress('https://www.credly.com/users/dana-whitfield/badges?x=1#y')).toBe('https://www.credly.com/users/aaaa-aaaaaaaaa/badges');
    expect(redactAddress('https://ce.cisco.com/#/claims/12345')).toBe('https://ce.cisco.com/#/claims/99999');
    expect(redactAddress('javascript:alert(1)')).toBeUndefined();
    expect(redactAddress('https://dana-whitfield.github.io/cv')).toBe('https://aaaa-aaaaaaaaa.aaaaaa.io/aa');
    expect(redactAddress('https://acme-corp.sharepoint.com/sites/x', undefined, ['acme-corp.sharepoint.com'])).toBe('https://acme-corp.sharepoint.com/aaaaa/a');
  });
});
