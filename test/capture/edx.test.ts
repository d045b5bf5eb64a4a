import { describe, expect, it } from 'vitest';
import edx from '../../src/capture/adapters/edx';
import { loadPage, parseHtml } from '../helpers/fixtures';

const CERT_URL = new URL('https://courses.edx.org/certificates/4f1c9a2be37d4d6a9e0b5c8f7a6d3e21');

function page(main: string, title = 'edX'): Document {
  return parseHtml(`<!DOCTYPE html><html><head><title>${title}</title></head><body><header>edX</header><main>${main}</main></body></html>`);
}

describe('edx on saved pages', () => {
  it('captures a verified certificate without its course number, with the organisation as provider', () => {
    const { doc, url } = loadPage('edx', 'verified-certificate');
    expect(edx.detect(doc, url)).toBe(true);
    expect(edx.extract(doc, url)).toEqual([
      {
        adapterId: 'edx',
        title: "CS50's Introduction to Computer Science",
        provider: 'edX (HarvardX)',
        sourceUrl: 'https://courses.edx.org/certificates/4f1c9a2be37d4d6a9e0b5c8f7a6d3e21',
        endDate: '2026-03-14',
        certificateCode: '4f1c9a2be37d4d6a9e0b5c8f7a6d3e21',
        confidence: 0.9,
        found: ['title', 'endDate', 'certificateCode'],
      },
    ]);
  });

  it('keeps a colon that belongs to the title and reads a numeric issue date', () => {
    const { doc, url } = loadPage('edx', 'professional-certificate');
    expect(edx.detect(doc, url)).toBe(true);
    expect(edx.extract(doc, url)).toEqual([
      {
        adapterId: 'edx',
        title: 'Data Science: R Basics',
        provider: 'edX (HarvardX)',
        sourceUrl: 'https://courses.edx.org/certificates/a0b9c8d7e6f54a3b2c1d0e9f8a7b6c5d',
        endDate: '2025-11-03',
        certificateCode: 'a0b9c8d7e6f54a3b2c1d0e9f8a7b6c5d',
        confidence: 0.9,
        found: ['title', 'endDate', 'certificateCode'],
      },
    ]);
  });

  it('never captures the learner’s name', () => {
    for (const name of ['verified-certificate', 'professional-certificate']) {
      const { doc, url } = loadPage('edx', name);
      expect(JSON.stringify(edx.extract(doc, url))).not.toMatch(/Jordan|Diaz|Sam Rivera/);
    }
  });

  it('does not capture a course progress page, even at a certificate address', () => {
    const { doc, url } = loadPage('edx', 'not-course-progress');
    expect(edx.detect(doc, url)).toBe(false);
    expect(edx.extract(doc, url)).toEqual([]);
    expect(edx.detect(doc, CERT_URL)).toBe(false);
    expect(edx.extract(doc, CERT_URL)).toEqual([]);
  });
});

describe('edx URLs and odd pages', () => {
  const { doc } = loadPage('edx', 'verified-certificate');

  it.each([
    'https://courses.edx.org/dashboard',
    'https://courses.edx.org/certificates/',
    'https://courses.edx.org/certificates/4f1c9a2be37d',
    'https://courses.edx.org.evil.example/certificates/4f1c9a2be37d4d6a9e0b5c8f7a6d3e21',
    'http://courses.edx.org/certificates/4f1c9a2be37d4d6a9e0b5c8f7a6d3e21',
  ])('ignores %s', (href) => {
    expect(edx.detect(doc, new URL(href))).toBe(false);
    expect(edx.extract(doc, new URL(href))).toEqual([]);
  });

  it('drops the query from the source URL', () => {
    expect(edx.extract(doc, new URL(`${CERT_URL.href}?utm_source=linkedin`))[0]?.sourceUrl).toBe(CERT_URL.href);
  });

  it('falls back to the document title, and to plain "edX" without an organisation', () => {
    const doc2 = page('<p>Jo successfully completed this course.</p>', 'edX Verified Certificate for Negotiation Mastery | edX');
    expect(edx.extract(doc2, CERT_URL)[0]).toMatchObject({ title: 'Negotiation Mastery', provider: 'edX', confidence: 0.6, found: ['title', 'certificateCode'] });
  });

  it('does not capture an invalidated certificate, and survives empty pages', () => {
    const invalid = page('<p>This certificate is no longer valid.</p><p>successfully completed and received a passing grade in X1x: Y a course of study offered by Z.</p>');
    expect(edx.extract(invalid, CERT_URL)).toEqual([]);
    expect(edx.extract(parseHtml(''), CERT_URL)).toEqual([]);
    expect(() => edx.detect(parseHtml(''), CERT_URL)).not.toThrow();
  });
});
