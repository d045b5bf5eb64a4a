import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { certificatePdfUrl } from '../../src/capture/certificate-link';
import { loadPage } from '../helpers/fixtures';

const PAGE = new URL('https://u.cisco.com/paths/enauto/1047');

function parse(body: string, page = PAGE): Document {
  const window = new Window({ url: page.href });
  return new window.DOMParser().parseFromString(`<!DOCTYPE html><body>${body}</body>`, 'text/html') as unknown as Document;
}

/** The path of the link found on a page with this body, or undefined. */
function find(body: string, page = PAGE): string | undefined {
  const url = certificatePdfUrl(parse(body, page), page);
  return url && (url.origin === page.origin ? url.pathname + url.search : url.href);
}

describe('certificatePdfUrl: the certificate link a reader would pick, in every language the product speaks', () => {
  it.each([
    // The Cisco U. link that motivated this: no .pdf, no type, no download attribute.
    ['en', '<a href="/api/certificates/8F3K2Q/download">Download certificate (PDF)</a>'],
    ['en', '<a href="/api/files/8F3K2Q">Certificate (PDF)</a>'],
    ['en', '<a href="/api/files/8F3K2Q">View certificate</a>'],
    ['en', '<a href="/api/files/8F3K2Q">Download your Certificate of Completion</a>'],
    ['en, aria-label', '<a href="/api/files/8F3K2Q" aria-label="Download certificate"><svg aria-hidden="true"></svg></a>'],
    ['en, button-like link', '<a role="button" class="btn btn-primary" href="/api/files/8F3K2Q"><span class="icon"></span><span>Download</span> <span>certificate</span></a>'],
    ['de', '<a href="/api/files/8F3K2Q">Zertifikat herunterladen</a>'],
    ['de', '<a href="/api/files/8F3K2Q">Teilnahmebescheinigung (PDF)</a>'],
    ['de, title', '<a href="/api/files/8F3K2Q" title="Zertifikat herunterladen">⤓</a>'],
    ['fr', '<a href="/api/files/8F3K2Q">Télécharger l’attestation</a>'],
    ['fr', "<a href=\"/api/files/8F3K2Q\">Télécharger l'attestation</a>"],
    ['fr', '<a href="/api/files/8F3K2Q">Télécharger le certificat</a>'],
    ['es', '<a href="/api/files/8F3K2Q">Descargar certificado</a>'],
    ['es', '<a href="/api/files/8F3K2Q">Constancia de participación (PDF)</a>'],
    ['ja', '<a href="/api/files/8F3K2Q">修了証をダウンロード</a>'],
    ['ja', '<a href="/api/files/8F3K2Q">証明書 (PDF)</a>'],
    ['ja, full-width', '<a href="/api/files/8F3K2Q">証明書（ＰＤＦ）</a>'],
    ['it', '<a href="/api/files/8F3K2Q">Scarica il certificato</a>'],
    ['it', '<a href="/api/files/8F3K2Q">Attestato di partecipazione (PDF)</a>'],
    ['pt', '<a href="/api/files/8F3K2Q">Baixar certificado</a>'],
    ['pt', '<a href="/api/files/8F3K2Q">Transferir o certificado (PDF)</a>'],
    ['nl', '<a href="/api/files/8F3K2Q">Certificaat downloaden</a>'],
  ])('finds a link that says so (%s): %s', (_language, body) => {
    expect(find(`<main><h1>ENAUTO</h1><a href="/dashboard">Dashboard</a>${body}</main>`)).toMatch(/^\/api\/(?:certificates|files)\/8F3K2Q/);
  });

  it('finds a bare "Download" or "PDF" link under a heading that names the certificate', () => {
    expect(find('<section><h2>Your certificate</h2><p>Issued March 14, 2026</p><a href="/api/files/77">Download</a></section>')).toBe('/api/files/77');
    expect(find('<div class="card"><div class="card-header"><h2>Teilnahmebescheinigung</h2></div><div class="card-body"><a href="/api/files/78">PDF</a></div></div>')).toBe('/api/files/78');
    expect(find('<section><h3>修了証</h3><a href="/api/files/79" download>保存</a></section>')).toBe('/api/files/79');
  });

  it('does not lend a heading to links that say nothing of a file, come before it, or sit elsewhere', () => {
    expect(find('<section><h2>Your certificate</h2><a href="/dashboard">Dashboard</a></section>')).toBeUndefined();
    expect(find('<section><a href="/api/files/80">Download</a><h2>Your certificate</h2></section>')).toBeUndefined();
    expect(find('<section><h2>Your certificate</h2><p>Ready.</p></section><section><h2>Materials</h2><a href="/api/files/81">Download</a></section>')).toBeUndefined();
    expect(find('<section><h2>Earn a career certificate</h2><p>Join.</p><a href="/api/files/82">Download brochure</a></section>')).toBeUndefined();
  });

  it('finds a link whose address names the certificate when it also says download or PDF, not on the address alone', () => {
    expect(find('<a href="/learning/certificates/9c2f4e1a/download">Download</a>')).toBe('/learning/certificates/9c2f4e1a/download');
    expect(find('<a href="/certificate/UC-2f8b.pdf">Save</a>')).toBe('/certificate/UC-2f8b.pdf');
    expect(find('<a href="/s/plan/1/certificate" download>Get it</a>')).toBe('/s/plan/1/certificate');
    expect(find('<a href="/certificate/9">Open</a>')).toBeUndefined();
  });

  it('finds a relative link whose address names the certificate only once it is resolved against the page', () => {
    const page = new URL('https://learn.example.com/learning/certificates/9c2f4e1a/');
    expect(find('<nav><a href="/home">Home</a></nav><a href="download">Download</a>', page)).toBe('/learning/certificates/9c2f4e1a/download');
    expect(find('<a href="./file.pdf">Save</a>', page)).toBe('/learning/certificates/9c2f4e1a/file.pdf');
  });

  it('finds a link whose words name the certificate only in full-width letters or percent-escapes', () => {
    expect(find('<a href="/api/files/7">ＣＥＲＴＩＦＩＣＡＴＥ ＰＤＦ</a>')).toBe('/api/files/7');
    expect(find('<a href="/api/%63ertificates/7/download">Download</a>')).toBe('/api/%63ertificates/7/download');
  });

  it.each([
    ['a share link', '<a href="/api/files/1">Share certificate</a>'],
    ['a German share link', '<a href="/api/files/1">Zertifikat teilen</a>'],
    ['a French share link', '<a href="/api/files/1">Partager le certificat</a>'],
    ['a Japanese share link', '<a href="/api/files/1">修了証を共有</a>'],
    ['LinkedIn', '<a href="/api/files/1">Add certificate to LinkedIn</a>'],
    ['add to profile', '<a href="/api/files/1" aria-label="Add certificate to profile">+</a>'],
    ['verification', '<a href="/api/files/1">Verify certificate</a>'],
    ['a verification address', '<a href="/account/accomplishments/verify/A1B2C3">View certificate</a>'],
    ['a share address', '<a href="/certificate/9/share">Download certificate</a>'],
    ['a print preview', '<a href="/api/files/1">Certificate print preview</a>'],
    ['certificate programs', '<a href="/programs">Explore certificate programs</a>'],
    ['professional certificates', '<a href="/professional-certificate">Professional Certificate</a>'],
    ['a career certificate offer', '<a href="/upgrade">Earn a career certificate</a>'],
    ['a German programme', '<a href="/kurse">Zertifikatsprogramme entdecken</a>'],
    ['a menu of certificates', '<a href="/my/certificates">My certificates</a>'],
    ['a menu of certifications', '<a href="/s/certifications">Certifications</a>'],
    ['a certification name', '<a href="/org/cisco/badge/ccna">Cisco Certified Network Associate</a>'],
    ['a PDF that is not the certificate', '<a href="/c/dam/BRKENS-2001.pdf">Slides (PDF)</a>'],
    ['a brochure', '<a href="/brochure.pdf">Brochure</a>'],
    ['a lone download that names no certificate', '<a href="/files/x.pdf" download>Save</a>'],
    ['another site', '<a href="https://evil.example/certificate.pdf">Download certificate</a>'],
    ['another site, protocol-relative', '<a href="//evil.example/certificate.pdf">Download certificate</a>'],
    ['another scheme', '<a href="http://u.cisco.com/certificate.pdf">Download certificate</a>'],
    ['another port', '<a href="https://u.cisco.com:8443/certificate.pdf">Download certificate</a>'],
    ['javascript', '<a href="javascript:fetch(`/certificate.pdf`)">Download certificate</a>'],
    ['a blob the page made', '<a href="blob:https://u.cisco.com/0b8f4a5e-1111-2222-3333-444455556666">Download certificate</a>'],
    ['a bad address', '<a href="http://[bad">Download certificate</a>'],
    ['an anchor within the page', '<a href="#/course/61955/certificate">View certificate</a>'],
    ['no address', '<a>Download certificate</a><button type="button">Download certificate</button>'],
  ])('refuses %s', (_what, body) => {
    expect(find(body)).toBeUndefined();
  });
});

describe('certificatePdfUrl: the best of several candidates', () => {
  const view = '<a href="/paths/enauto/1047/certificate">View certificate</a>';
  const download = '<a href="/api/certificates/8F3K2Q/download">Download certificate (PDF)</a>';
  const share = '<a href="/api/certificates/8F3K2Q/share">Share certificate</a>';
  const linkedIn = '<a href="https://www.linkedin.com/profile/add?name=certificate">Add to LinkedIn</a>';

  it('prefers the link that says certificate and download or PDF, wherever it stands', () => {
    expect(find(`${view}${download}${share}${linkedIn}`)).toBe('/api/certificates/8F3K2Q/download');
    expect(find(`${linkedIn}${share}${download}${view}`)).toBe('/api/certificates/8F3K2Q/download');
  });

  it('takes "View certificate" when nothing better is on the page', () => {
    expect(find(`${view}${share}${linkedIn}`)).toBe('/paths/enauto/1047/certificate');
  });

  it('prefers a link that names the certificate over a bare "Download" under its heading, and over other PDFs', () => {
    expect(find(`<section><h2>Certificate</h2><a href="/api/files/1">Download</a></section><a href="/api/files/2">Download certificate</a>`)).toBe('/api/files/2');
    expect(find('<a href="/syllabus.pdf" download>Syllabus (PDF)</a><a href="/c/9.pdf">Your certificate</a>')).toBe('/c/9.pdf');
  });

  it('takes the first of equals, in reading order', () => {
    expect(find('<a href="/api/files/1">Download certificate</a><a href="/api/files/2">Download certificate</a>')).toBe('/api/files/1');
  });
});

describe('certificatePdfUrl on a hostile page: bounded work', () => {
  it('reads a bounded number of links of a page with 100,000', () => {
    const doc = parse('<a href="/x">x</a>');
    const junk = doc.getElementsByTagName('a')[0]!;
    let reads = 0;
    const hundredThousand = new Proxy({} as HTMLCollectionOf<HTMLAnchorElement>, {
      get: (_target, key) => {
        if (key === 'length') return 100_000;
        if (typeof key === 'string' && /^\d+$/.test(key)) return (reads++, junk);
        return undefined;
      },
    });
    doc.getElementsByTagName = (() => hundredThousand) as typeof doc.getElementsByTagName;
    expect(certificatePdfUrl(doc, PAGE)).toBeUndefined();
    expect(reads).toBeGreaterThan(0);
    expect(reads).toBeLessThanOrEqual(5_000);
  });

  it('leaves a certificate link past the bound unread', () => {
    expect(find('<a href="/x">x</a>'.repeat(5_000) + '<a href="/certificate.pdf">Download certificate</a>')).toBeUndefined();
  });

  it('reads only the start of a link that wraps a huge subtree', () => {
    expect(find(`<a href="/api/files/1">${'<span></span>'.repeat(2_000)}Download certificate</a>`)).toBeUndefined();
    expect(find(`<a href="/api/files/1">${'x'.repeat(100_000)} Download certificate</a>`)).toBeUndefined();
  });
});

describe('certificatePdfUrl on saved portal pages', () => {
  it.each([
    ['cisco-u', 'completed-learning-path', 'https://u.cisco.com/api/certificates/award-completion.pdf'],
    ['cisco-u', 'completed-course', 'https://u.cisco.com/course/2210/certificate.pdf'],
    ['cisco-u', 'in-progress', undefined],
    ['cisco-learning-network', 'completed-learning-plan', '/s/learning-plan/a1Y3i000000YpQsEAK/certificate'],
    ['udemy', 'certificate', '/certificate/UC-2f8b5e3a-1c4d-4e6f-9a7b-0c1d2e3f4a5b.pdf'],
    ['linkedin-learning', 'certificate-pmi-pdus', '/download'],
    ['coursera', 'verify-course', '/account/accomplishments/certificate/7XJ2KQZ8N4LM'],
    // Its only certificate link verifies; the PDF there is "Print or share".
    ['coursera', 'specialization', undefined],
    ['edx', 'verified-certificate', undefined],
    // "Slides (PDF)" is a PDF, not a certificate.
    ['cisco-live', 'attended-session', undefined],
    // "View certificate" is a route within the single-page app, not a file.
    ['cisco-digital-learning', 'completed-course', undefined],
  ])('%s/%s', (adapter, name, expected) => {
    const { doc, url } = loadPage(adapter, name);
    const found = certificatePdfUrl(doc, url);
    if (expected === undefined) expect(found).toBeUndefined();
    else expect(found?.href.endsWith(expected), found?.href).toBe(true);
  });
});
