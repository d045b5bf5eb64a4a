import { describe, expect, it } from 'vitest';
import credly from '../../src/capture/adapters/credly';
import { loadPage, parseHtml } from '../helpers/fixtures';

const BADGE_URL = new URL('https://www.credly.com/badges/3f2b9c1e-7a4d-4e8b-9c21-5d6f7a8b9c0d');

function page(main: string, head = '<title>Badge - Credly</title>'): Document {
  return parseHtml(`<!DOCTYPE html><html><head>${head}</head><body><header><nav><a href="/">Credly</a></nav></header><main>${main}</main></body></html>`);
}

describe('credly on saved pages', () => {
  it('captures an earned Cisco badge from its visible labels, without the expiry or the earner', () => {
    const { doc, url } = loadPage('credly', 'badge-ccna');
    expect(credly.detect(doc, url)).toBe(true);
    expect(credly.extract(doc, url)).toEqual([
      {
        adapterId: 'credly',
        title: 'Cisco Certified Network Associate (CCNA)',
        provider: 'Cisco',
        sourceUrl: 'https://www.credly.com/badges/3f2b9c1e-7a4d-4e8b-9c21-5d6f7a8b9c0d',
        endDate: '2026-03-14',
        certificateCode: '3f2b9c1e-7a4d-4e8b-9c21-5d6f7a8b9c0d',
        program: 'cisco',
        confidence: 0.9,
        found: ['title', 'endDate', 'certificateCode'],
      },
    ]);
  });

  it('captures a public_url badge page from its Open Badges assertion', () => {
    const { doc, url } = loadPage('credly', 'badge-security-plus-open-badges');
    expect(credly.detect(doc, url)).toBe(true);
    expect(credly.extract(doc, url)).toEqual([
      {
        adapterId: 'credly',
        title: 'CompTIA Security+ ce Certification',
        provider: 'CompTIA',
        sourceUrl: 'https://www.credly.com/badges/a81c44d2-0b6e-4f1a-8d3c-2e9f7b6a5c41/public_url',
        endDate: '2025-11-03',
        certificateCode: 'a81c44d2-0b6e-4f1a-8d3c-2e9f7b6a5c41',
        program: 'comptia',
        confidence: 0.9,
        found: ['title', 'endDate', 'certificateCode'],
      },
    ]);
  });

  it('does not capture a badge template page, even if it were served at a badge address', () => {
    const { doc, url } = loadPage('credly', 'not-badge-template');
    expect(credly.detect(doc, url)).toBe(false);
    expect(credly.extract(doc, url)).toEqual([]);
    expect(credly.detect(doc, BADGE_URL)).toBe(false);
    expect(credly.extract(doc, BADGE_URL)).toEqual([]);
  });
});

describe('credly issuers', () => {
  it.each([
    ['(ISC)²', 'isc2'],
    ['ISC2', 'isc2'],
    ['ISACA', 'isaca'],
    ['Project Management Institute', 'pmi'],
    ['PMI', 'pmi'],
    ['Cisco', 'cisco'],
  ])('infers the program of badges issued by %s', (issuer, program) => {
    const doc = page(`<h1>Some Badge</h1><p>Issued by <a href="/org/x">${issuer}</a></p><p>Date issued: May 2, 2026</p>`);
    expect(credly.extract(doc, BADGE_URL)[0]).toMatchObject({ provider: issuer, program, endDate: '2026-05-02' });
  });

  it('leaves the program absent for other issuers', () => {
    const doc = page('<h1>AWS Certified Solutions Architect – Associate</h1><p>Issued by Amazon Web Services Training and Certification</p><p>Date issued: May 2, 2026</p>');
    const [capture] = credly.extract(doc, BADGE_URL);
    expect(capture?.provider).toBe('Amazon Web Services Training and Certification');
    expect(capture).not.toHaveProperty('program');
  });
});

describe('credly odd pages', () => {
  it('falls back to og:title for the badge and issuer, never keeping the earner’s name', () => {
    const head = '<meta property="og:title" content="Certified in Cybersecurity (CC) was issued by ISC2 to Jordan Diaz.">';
    const [capture] = credly.extract(page('<p>Date issued: Jan 9, 2026</p>', head), BADGE_URL);
    expect(capture).toMatchObject({ title: 'Certified in Cybersecurity (CC)', provider: 'ISC2', program: 'isc2' });
    expect(JSON.stringify(capture)).not.toContain('Jordan');
  });

  it('is less sure of an assertion without an issue date', () => {
    const ld = '<script type="application/ld+json">{"type":"Assertion","badge":{"name":"B","issuer":{"name":"ISACA"}}}</script>';
    const [capture] = credly.extract(page('', ld), BADGE_URL);
    expect(capture).toMatchObject({ title: 'B', provider: 'ISACA', confidence: 0.6, found: ['title', 'certificateCode'] });
    expect(capture).not.toHaveProperty('endDate');
  });

  it('ignores non-badge addresses and other hosts', () => {
    const { doc } = loadPage('credly', 'badge-ccna');
    for (const href of [
      'https://www.credly.com/users/jordan-diaz/badges',
      'https://www.credly.com/badges/not-a-uuid',
      'https://credly.com.evil.example/badges/3f2b9c1e-7a4d-4e8b-9c21-5d6f7a8b9c0d',
      'http://www.credly.com/badges/3f2b9c1e-7a4d-4e8b-9c21-5d6f7a8b9c0d',
    ]) {
      expect(credly.detect(doc, new URL(href))).toBe(false);
      expect(credly.extract(doc, new URL(href))).toEqual([]);
    }
  });

  it('drops the query and hash, and survives empty or garbled documents', () => {
    const { doc } = loadPage('credly', 'badge-ccna');
    const url = new URL(`${BADGE_URL.href}?source=linked_in_profile#share`);
    expect(credly.extract(doc, url)[0]?.sourceUrl).toBe(BADGE_URL.href);
    const garbled = parseHtml('<script type="application/ld+json">{not json</script><main><h1></h1>Date issued:</main>');
    for (const d of [parseHtml(''), garbled]) {
      expect(() => credly.detect(d, BADGE_URL)).not.toThrow();
      expect(credly.extract(d, BADGE_URL)).toEqual([]);
    }
  });
});
