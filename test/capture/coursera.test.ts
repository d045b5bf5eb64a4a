import { describe, expect, it } from 'vitest';
import coursera from '../../src/capture/adapters/coursera';
import { loadPage, parseHtml } from '../helpers/fixtures';

const VERIFY_URL = new URL('https://www.coursera.org/verify/7XJ2KQZ8N4LM');

function page(main: string): Document {
  return parseHtml(`<!DOCTYPE html><html><head><title>Coursera</title></head><body><header><a href="/">Coursera</a></header><main>${main}</main></body></html>`);
}

describe('coursera on saved pages', () => {
  it('captures a course certificate with its partner, date, hours and verification code', () => {
    const { doc, url } = loadPage('coursera', 'verify-course');
    expect(coursera.detect(doc, url)).toBe(true);
    expect(coursera.extract(doc, url)).toEqual([
      {
        adapterId: 'coursera',
        title: 'Programming for Everybody (Getting Started with Python)',
        provider: 'Coursera (University of Michigan)',
        sourceUrl: 'https://www.coursera.org/account/accomplishments/verify/7XJ2KQZ8N4LM',
        endDate: '2026-03-14',
        certificateCode: '7XJ2KQZ8N4LM',
        hours: 19, // not the 18 or 26 of the "also took" list
        confidence: 0.9,
        found: ['title', 'endDate', 'certificateCode', 'hours'],
      },
    ]);
  });

  it('captures a specialization certificate, not one of its courses, and no hours from "months at 10 hours a week"', () => {
    const { doc, url } = loadPage('coursera', 'specialization');
    expect(coursera.detect(doc, url)).toBe(true);
    expect(coursera.extract(doc, url)).toEqual([
      {
        adapterId: 'coursera',
        title: 'Python for Everybody Specialization',
        provider: 'Coursera (University of Michigan)',
        sourceUrl: 'https://www.coursera.org/account/accomplishments/specialization/certificate/Q4WRT9PLM2ZK',
        endDate: '2025-11-03',
        certificateCode: 'Q4WRT9PLM2ZK',
        confidence: 0.9,
        found: ['title', 'endDate', 'certificateCode'],
      },
    ]);
  });

  it('never captures the learner’s name', () => {
    for (const name of ['verify-course', 'specialization']) {
      const { doc, url } = loadPage('coursera', name);
      expect(JSON.stringify(coursera.extract(doc, url))).not.toMatch(/Jordan|Diaz|Sam Rivera/);
    }
  });

  it('does not capture a course landing page with "Enroll", even at a certificate address', () => {
    const { doc, url } = loadPage('coursera', 'not-course-landing');
    expect(coursera.detect(doc, url)).toBe(false);
    expect(coursera.extract(doc, url)).toEqual([]);
    expect(coursera.detect(doc, VERIFY_URL)).toBe(false);
    expect(coursera.extract(doc, VERIFY_URL)).toEqual([]);
  });
});

describe('coursera URLs and odd pages', () => {
  const { doc } = loadPage('coursera', 'verify-course');

  it.each([
    ['https://www.coursera.org/verify/7XJ2KQZ8N4LM', '7XJ2KQZ8N4LM'],
    ['https://www.coursera.org/account/accomplishments/specialization/Q4WRT9PLM2ZK', 'Q4WRT9PLM2ZK'],
    ['https://www.coursera.org/account/accomplishments/professional-cert/certificate/P8MZ3K2QWX7R', 'P8MZ3K2QWX7R'],
  ])('reads the code from %s', (href, code) => {
    expect(coursera.detect(doc, new URL(href))).toBe(true);
    expect(coursera.extract(doc, new URL(href))[0]?.certificateCode).toBe(code);
  });

  it.each([
    'https://www.coursera.org/learn/python',
    'https://www.coursera.org/account/accomplishments',
    'https://www.coursera.org/verify/',
    'https://coursera.org.evil.example/verify/7XJ2KQZ8N4LM',
    'http://www.coursera.org/verify/7XJ2KQZ8N4LM',
  ])('ignores %s', (href) => {
    expect(coursera.detect(doc, new URL(href))).toBe(false);
    expect(coursera.extract(doc, new URL(href))).toEqual([]);
  });

  it('takes the partner from "X via Coursera" and falls back to plain "Coursera"', () => {
    const base = '<p>Completed by Jo</p><p>May 2, 2026</p><p>Coursera certifies their successful completion of Learning How to Learn.</p>';
    expect(coursera.extract(page(`${base}<p>Deep Teaching Solutions via Coursera</p>`), VERIFY_URL)[0]?.provider).toBe('Coursera (Deep Teaching Solutions)');
    const [plain] = coursera.extract(page(base), VERIFY_URL);
    expect(plain).toMatchObject({ title: 'Learning How to Learn', provider: 'Coursera', endDate: '2026-05-02' });
  });

  it('is less sure without a completion date, and survives empty pages', () => {
    const [capture] = coursera.extract(page('<p>Coursera certifies their successful completion of <a href="/learn/x">Course X</a>.</p>'), VERIFY_URL);
    expect(capture).toMatchObject({ title: 'Course X', confidence: 0.6, found: ['title', 'certificateCode'] });
    expect(coursera.extract(parseHtml(''), VERIFY_URL)).toEqual([]);
    expect(coursera.extract(page('<p>Completed by</p>'), VERIFY_URL)).toEqual([]);
  });

  it('drops the query from the source URL', () => {
    expect(coursera.extract(doc, new URL(`${VERIFY_URL.href}?utm_medium=certificate`))[0]?.sourceUrl).toBe(VERIFY_URL.href);
  });
});
