import { describe, expect, it } from 'vitest';
import udemy from '../../src/capture/adapters/udemy';
import { loadPage, parseHtml } from '../helpers/fixtures';

const CERT_URL = new URL('https://www.udemy.com/certificate/UC-2f8b5e3a-1c4d-4e6f-9a7b-0c1d2e3f4a5b/');

describe('udemy on saved pages', () => {
  it('captures a certificate from its verification statement and course card', () => {
    const { doc, url } = loadPage('udemy', 'certificate');
    expect(udemy.detect(doc, url)).toBe(true);
    expect(udemy.extract(doc, url)).toEqual([
      {
        adapterId: 'udemy',
        title: 'The Complete Networking Fundamentals Course. Your CCNA start',
        provider: 'Udemy',
        sourceUrl: 'https://www.udemy.com/certificate/UC-2f8b5e3a-1c4d-4e6f-9a7b-0c1d2e3f4a5b/',
        endDate: '2026-03-14',
        certificateCode: 'UC-2f8b5e3a-1c4d-4e6f-9a7b-0c1d2e3f4a5b',
        hours: 80.5,
        confidence: 0.9,
        found: ['title', 'endDate', 'certificateCode', 'hours'],
      },
    ]);
  });

  it('captures a certificate rendered as text, with its Date and Length labels', () => {
    const { doc, url } = loadPage('udemy', 'certificate-text-rendered');
    expect(udemy.detect(doc, url)).toBe(true);
    expect(udemy.extract(doc, url)).toEqual([
      {
        adapterId: 'udemy',
        title: 'CompTIA Security+ (SY0-701) Complete Course & Exam',
        provider: 'Udemy',
        sourceUrl: 'https://www.udemy.com/certificate/UC-9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d/',
        endDate: '2025-11-03',
        certificateCode: 'UC-9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d',
        hours: 24.5, // not the 22 of "Students also bought"
        confidence: 0.9,
        found: ['title', 'endDate', 'certificateCode', 'hours'],
      },
    ]);
  });

  it('never captures the learner’s name', () => {
    for (const name of ['certificate', 'certificate-text-rendered']) {
      const { doc, url } = loadPage('udemy', name);
      expect(JSON.stringify(udemy.extract(doc, url))).not.toMatch(/Jordan|Diaz|Sam Rivera/);
    }
  });

  it('does not capture a course page, even one promising a "Certificate of completion" or served at a certificate address', () => {
    const { doc, url } = loadPage('udemy', 'not-course-page');
    expect(udemy.detect(doc, url)).toBe(false);
    expect(udemy.extract(doc, url)).toEqual([]);
    expect(udemy.extract(doc, CERT_URL)).toEqual([]);
  });
});

describe('udemy URLs and odd pages', () => {
  const { doc } = loadPage('udemy', 'certificate');

  it.each([
    'https://www.udemy.com/course/complete-networking-fundamentals-course-ccna-start/',
    'https://www.udemy.com/certificate/',
    'https://www.udemy.com/certificate/UC-not-a-uuid/',
    'https://www.udemy.com.evil.example/certificate/UC-2f8b5e3a-1c4d-4e6f-9a7b-0c1d2e3f4a5b/',
    'http://www.udemy.com/certificate/UC-2f8b5e3a-1c4d-4e6f-9a7b-0c1d2e3f4a5b/',
  ])('ignores %s', (href) => {
    expect(udemy.detect(doc, new URL(href))).toBe(false);
    expect(udemy.extract(doc, new URL(href))).toEqual([]);
  });

  it('accepts the address without its trailing slash and drops the query', () => {
    const url = new URL('https://www.udemy.com/certificate/UC-2f8b5e3a-1c4d-4e6f-9a7b-0c1d2e3f4a5b?utm_campaign=share');
    expect(udemy.extract(doc, url)[0]?.sourceUrl).toBe('https://www.udemy.com/certificate/UC-2f8b5e3a-1c4d-4e6f-9a7b-0c1d2e3f4a5b');
  });

  it('is less sure without a date, and survives empty pages', () => {
    const bare = parseHtml('<main><h2>Certificate of Completion</h2><a href="/course/x/">Course X</a></main>');
    expect(udemy.extract(bare, CERT_URL)[0]).toMatchObject({ title: 'Course X', confidence: 0.6, found: ['title', 'certificateCode'] });
    expect(udemy.extract(parseHtml(''), CERT_URL)).toEqual([]);
    expect(() => udemy.detect(parseHtml(''), CERT_URL)).not.toThrow();
  });
});
