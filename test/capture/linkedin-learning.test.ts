import { describe, expect, it } from 'vitest';
import linkedinLearning from '../../src/capture/adapters/linkedin-learning';
import { loadPage, parseHtml } from '../helpers/fixtures';

const CODE = '9c2f4e1a7b3d5c6e8f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8091a2b3c4';
const CERT_URL = new URL(`https://www.linkedin.com/learning/certificates/${CODE}`);

function page(main: string, head = '<title>Certificate of Completion | LinkedIn Learning</title>'): Document {
  return parseHtml(`<!DOCTYPE html><html><head>${head}</head><body><header><a href="/learning/">LinkedIn Learning</a></header><main>${main}</main></body></html>`);
}

describe('linkedin-learning on saved pages', () => {
  it('captures a certificate with PMI PDUs as pmi credits, and the course duration as hours', () => {
    const { doc, url } = loadPage('linkedin-learning', 'certificate-pmi-pdus');
    expect(linkedinLearning.detect(doc, url)).toBe(true);
    expect(linkedinLearning.extract(doc, url)).toEqual([
      {
        adapterId: 'linkedin-learning',
        title: 'Agile Project Management',
        provider: 'LinkedIn Learning',
        sourceUrl: CERT_URL.href,
        endDate: '2026-03-14',
        certificateCode: CODE,
        credits: 1.25,
        creditUnit: 'PDU',
        program: 'pmi',
        hours: 1.53, // 1h 32m, not the related courses' 2h 10m
        confidence: 0.9,
        found: ['title', 'endDate', 'certificateCode', 'credits', 'hours'],
      },
    ]);
  });

  it('captures a certificate with NASBA CPE credits laid out as a table, without a program', () => {
    const { doc, url } = loadPage('linkedin-learning', 'certificate-nasba-cpe');
    expect(linkedinLearning.detect(doc, url)).toBe(true);
    expect(linkedinLearning.extract(doc, url)).toEqual([
      {
        adapterId: 'linkedin-learning',
        title: 'Cybersecurity Foundations',
        provider: 'LinkedIn Learning',
        sourceUrl: 'https://www.linkedin.com/learning/certificates/0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9',
        endDate: '2025-11-03',
        certificateCode: 'AbX3kq9PZ-7mLr2TwVQ8', // the Certificate ID the page shows, not the id in its address
        credits: 2.4, // not the 1.6 of "Learners also viewed"
        creditUnit: 'CPE',
        hours: 2.08,
        confidence: 0.9,
        found: ['title', 'endDate', 'certificateCode', 'credits', 'hours'],
      },
    ]);
  });

  it('never captures the learner’s name', () => {
    for (const name of ['certificate-pmi-pdus', 'certificate-nasba-cpe']) {
      const { doc, url } = loadPage('linkedin-learning', name);
      expect(JSON.stringify(linkedinLearning.extract(doc, url))).not.toMatch(/Jordan|Diaz|Sam Rivera|Congratulations/);
    }
  });

  it('does not capture a course page that promises a certificate and PDUs, even at a certificate address', () => {
    const { doc, url } = loadPage('linkedin-learning', 'not-course-page');
    expect(linkedinLearning.detect(doc, url)).toBe(false);
    expect(linkedinLearning.extract(doc, url)).toEqual([]);
    expect(linkedinLearning.detect(doc, CERT_URL)).toBe(false);
    expect(linkedinLearning.extract(doc, CERT_URL)).toEqual([]);
  });
});

describe('linkedin-learning URLs and odd pages', () => {
  const { doc } = loadPage('linkedin-learning', 'certificate-pmi-pdus');

  it.each([
    'https://www.linkedin.com/learning/agile-project-management-24614',
    'https://www.linkedin.com/learning/certificates/',
    `https://www.linkedin.com/learning/certificates/${CODE.slice(0, 40)}`,
    `https://www.linkedin.com/in/jordan-diaz/certificates/${CODE}`,
    `https://www.linkedin.com.evil.example/learning/certificates/${CODE}`,
    `http://www.linkedin.com/learning/certificates/${CODE}`,
  ])('ignores %s', (href) => {
    expect(linkedinLearning.detect(doc, new URL(href))).toBe(false);
    expect(linkedinLearning.extract(doc, new URL(href))).toEqual([]);
  });

  it('drops the share query from the source URL', () => {
    const url = new URL(`${CERT_URL.href}?trk=share_certificate&u=12345`);
    expect(linkedinLearning.extract(doc, url)[0]?.sourceUrl).toBe(CERT_URL.href);
  });

  it('prefers PMI PDUs over NASBA CPE when a course lists both, and reads "1.5 PMI PDUs" in running text', () => {
    const both = page('<h1>Course A</h1><p>Completed on May 2, 2026</p><p>NASBA CPE credits: 1.8</p><p>Earn 1.5 PMI PDUs with this course</p>');
    expect(linkedinLearning.extract(both, CERT_URL)[0]).toMatchObject({ credits: 1.5, creditUnit: 'PDU', program: 'pmi' });
  });

  it('captures a certificate without credits or duration, taking the title from og:title', () => {
    const head = '<meta property="og:title" content="Certificate of Completion for Learning Python | LinkedIn Learning">';
    const [capture] = linkedinLearning.extract(page('<h1>Certificate of Completion</h1><p>Completed on May 2, 2026</p>', head), CERT_URL);
    expect(capture).toEqual({
      adapterId: 'linkedin-learning',
      title: 'Learning Python',
      provider: 'LinkedIn Learning',
      sourceUrl: CERT_URL.href,
      endDate: '2026-05-02',
      certificateCode: CODE,
      confidence: 0.9,
      found: ['title', 'endDate', 'certificateCode'],
    });
  });

  it('gives nothing without a completion date or a title, and survives empty pages', () => {
    expect(linkedinLearning.extract(page('<h1>Course A</h1><p>Certificate of Completion</p>'), CERT_URL)).toEqual([]);
    expect(linkedinLearning.extract(page('<h1>Congratulations, Jo</h1><p>Completed on May 2, 2026</p>', ''), CERT_URL)).toEqual([]);
    expect(linkedinLearning.extract(parseHtml(''), CERT_URL)).toEqual([]);
    expect(() => linkedinLearning.detect(parseHtml(''), CERT_URL)).not.toThrow();
  });
});
