import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { certificatePdfUrl } from '../../src/capture/certificate-link';

const PAGE = new URL('https://u.cisco.com/paths/enauto/1047');

function find(body: string, page = PAGE): string | undefined {
  const window = new Window({ url: page.href });
  const doc = new window.DOMParser().parseFromString(`<!DOCTYPE html><body>${body}</body>`, 'text/html');
  return certificatePdfUrl(doc as unknown as Document, page)?.href;
}

describe('certificatePdfUrl: the certificate PDF a completion page links to, on its own site only', () => {
  it('finds a "Download certificate" PDF link, relative or absolute', () => {
    expect(find('<a href="/certificates/CSCO-U-1.pdf">Download certificate (PDF)</a>')).toBe('https://u.cisco.com/certificates/CSCO-U-1.pdf');
    expect(find('<a href="https://u.cisco.com/api/cert?id=1" type="application/pdf" aria-label="Certificate">PDF</a>')).toBe('https://u.cisco.com/api/cert?id=1');
    expect(find('<a href="/files/x.pdf" download>Save</a>')).toBe('https://u.cisco.com/files/x.pdf');
  });

  it('prefers the link that says certificate over another PDF', () => {
    expect(find('<a href="/syllabus.pdf" download>Syllabus</a><a href="/c/9.pdf">Your certificate</a>')).toBe('https://u.cisco.com/c/9.pdf');
  });

  it('never names another site, another scheme or port, or a link that is not a PDF', () => {
    expect(find('<a href="https://evil.example/certificate.pdf">Download certificate</a>')).toBeUndefined();
    expect(find('<a href="http://u.cisco.com/certificate.pdf">Download certificate</a>')).toBeUndefined();
    expect(find('<a href="https://u.cisco.com:8443/certificate.pdf">Download certificate</a>')).toBeUndefined();
    expect(find('<a href="/paths/enauto/1047/certificate">View certificate</a>')).toBeUndefined();
    expect(find('<a href="javascript:alert(1)">certificate.pdf</a><a href="http://[bad">certificate.pdf</a>')).toBeUndefined();
    expect(find('<a href="/brochure.pdf">Brochure</a>')).toBeUndefined();
  });

  it('looks at a bounded number of links on a hostile page', () => {
    const many = '<a href="/x">x</a>'.repeat(5_000) + '<a href="/certificate.pdf">certificate</a>';
    expect(find(many)).toBeUndefined();
  });
});

describe('certificatePdfUrl on the saved Cisco U. pages', () => {
  it('finds the learning path\'s certificate download, and nothing on a path still in progress', async () => {
    const { readFileSync } = await import('node:fs');
    const read = (name: string) => readFileSync(new URL(`../fixtures/pages/cisco-u/${name}`, import.meta.url), 'utf8');
    const page = new URL('https://u.cisco.com/paths/implementing-automation-for-cisco-enterprise-solutions-enauto/1047');
    const load = (html: string) => {
      const window = new Window({ url: page.href });
      window.document.write(html);
      return window.document as unknown as Document;
    };
    expect(certificatePdfUrl(load(read('completed-learning-path.html')), page)?.href).toBe('https://u.cisco.com/api/certificates/award-completion.pdf');
    expect(certificatePdfUrl(load(read('in-progress.html')), page)).toBeUndefined();
  });
});
