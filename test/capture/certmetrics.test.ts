import { describe, expect, it } from 'vitest';
import certmetrics from '../../src/capture/adapters/certmetrics';
import { loadPage, parseHtml } from '../helpers/fixtures';

const ID = 'certmetrics';
const VERIFY_URL = new URL('https://cp.certmetrics.com/cisco/en/public/verify/credential/7KQ2XW9M4TPL3H8R');

function page(main: string): Document {
  return parseHtml(`<!DOCTYPE html><html><head><title>Credential Verification</title></head><body><main>${main}</main></body></html>`);
}

describe('certmetrics on saved pages', () => {
  it('captures a verified certification, without the holder or the expiry', () => {
    const { doc, url, html } = loadPage(ID, 'verified-ccnp');
    expect(html).toContain('Amara Nwosu');
    expect(certmetrics.detect(doc, url)).toBe(true);
    const captures = certmetrics.extract(doc, url);
    expect(captures).toEqual([
      {
        adapterId: ID,
        title: 'Cisco Certified Network Professional Enterprise (CCNP Enterprise)',
        provider: 'Cisco (CertMetrics)',
        sourceUrl: 'https://cp.certmetrics.com/cisco/en/public/verify/credential/7KQ2XW9M4TPL3H8R',
        endDate: '2025-03-14',
        certificateCode: '7KQ2XW9M4TPL3H8R',
        program: 'cisco',
        confidence: 0.9,
        found: ['title', 'endDate', 'certificateCode'],
      },
    ]);
    expect(JSON.stringify(captures)).not.toMatch(/Amara|Nwosu|2028/);
  });

  it('takes the code from the URL when the page does not show it', () => {
    const { doc, url } = loadPage(ID, 'verified-ccie-code-in-url');
    expect(certmetrics.detect(doc, url)).toBe(true);
    const captures = certmetrics.extract(doc, url);
    expect(captures).toEqual([
      {
        adapterId: ID,
        title: 'Cisco Certified Internetwork Expert Enterprise Infrastructure',
        provider: 'Cisco (CertMetrics)',
        sourceUrl: 'https://cp.certmetrics.com/cisco/en/public/verify/credential/3f9c2a7e1b8d4c60a5e7f2913d4b8c06',
        endDate: '2024-11-02',
        certificateCode: '3f9c2a7e1b8d4c60a5e7f2913d4b8c06',
        program: 'cisco',
        confidence: 0.9,
        found: ['title', 'endDate', 'certificateCode'],
      },
    ]);
    expect(JSON.stringify(captures)).not.toMatch(/Jonas|Lindqvist/);
  });

  it('captures nothing from a credential that could not be verified', () => {
    const { doc, url } = loadPage(ID, 'not-invalid-credential');
    // Its help text names the "issue date", so the cheap probe may fire; extraction finds no dated certification.
    expect(certmetrics.extract(doc, url)).toEqual([]);
  });

  it('captures nothing from the login page', () => {
    const { doc, url } = loadPage(ID, 'not-login');
    expect(certmetrics.detect(doc, url)).toBe(false);
    expect(certmetrics.extract(doc, url)).toEqual([]);
  });
});

describe('certmetrics URLs and odd pages', () => {
  const { doc } = loadPage(ID, 'verified-ccnp');

  it.each([
    'https://cp.certmetrics.com/cisco/en/public/verify/credential/7KQ2XW9M4TPL3H8R?lang=en',
    'https://cp.certmetrics.com/cisco/en/public/verify/credential/3F9C2A7E1B8D4C60A5E7F2913D4B8C06/',
    'https://cp.certmetrics.com:8443/cisco/en/public/verify/credential/7KQ2XW9M4TPL3H8R',
  ])('handles %s', (href) => {
    expect(certmetrics.detect(doc, new URL(href))).toBe(true);
    expect(certmetrics.extract(doc, new URL(href))).toHaveLength(1);
  });

  it.each([
    'https://cp.certmetrics.com/cisco/en/public/verify/credential/7kq2xw9m4tpl3h8r', // lower case is not a 16-char code
    'https://cp.certmetrics.com/cisco/en/public/verify/credential/7KQ2XW9M4TPL3H8', // 15
    'https://cp.certmetrics.com/amazon/en/public/verify/credential/7KQ2XW9M4TPL3H8R', // another vendor
    'https://cp.certmetrics.com/cisco/en/public/verify',
    'http://cp.certmetrics.com/cisco/en/public/verify/credential/7KQ2XW9M4TPL3H8R',
    'https://cp.certmetrics.com.evil.example/cisco/en/public/verify/credential/7KQ2XW9M4TPL3H8R',
  ])('ignores %s', (href) => {
    expect(certmetrics.detect(doc, new URL(href))).toBe(false);
    expect(certmetrics.extract(doc, new URL(href))).toEqual([]);
  });

  it('captures nothing from a revoked credential', () => {
    const doc = page('<dl><dt>Certification</dt><dd>CCNA</dd><dt>Status</dt><dd>Revoked</dd><dt>Date Earned</dt><dd>01/10/2024</dd></dl>');
    expect(certmetrics.extract(doc, VERIFY_URL)).toEqual([]);
  });

  it('reads "Certification: name" inline and never takes the holder line for the title', () => {
    const doc = page('<p>Name: Amara Nwosu</p><p>Certification: CCNA</p><p>Certification Date: 01/10/2024</p>');
    expect(certmetrics.extract(doc, VERIFY_URL)).toEqual([expect.objectContaining({ title: 'CCNA', endDate: '2024-01-10' })]);
    expect(certmetrics.extract(page('<p>Name: Amara Nwosu</p><p>Date Earned: 01/10/2024</p>'), VERIFY_URL)).toEqual([]);
  });

  it('never throws on empty or garbled documents', () => {
    const garbled = parseHtml('<<<main><dl><dt>Date Earned<dt><dd></dl>&&&');
    for (const d of [parseHtml(''), garbled]) {
      expect(() => certmetrics.detect(d, VERIFY_URL)).not.toThrow();
      expect(certmetrics.extract(d, VERIFY_URL)).toEqual([]);
    }
  });
});
