import { describe, expect, it } from 'vitest';
import cdl from '../../src/capture/adapters/cisco-digital-learning';
import { loadPage, parseHtml } from '../helpers/fixtures';

const ID = 'cisco-digital-learning';
const COURSE_URL = new URL('https://digital-learning.cisco.com/#/course/61955');

function page(main: string): Document {
  return parseHtml(`<!DOCTYPE html><html><head><title>Cisco Digital Learning</title></head><body>
    <header><nav><a href="#/my-learning">My Learning</a> <span>In progress</span></nav></header><main>${main}</main></body></html>`);
}

describe('cisco-digital-learning on saved pages', () => {
  it('captures a completed course with every field', () => {
    const { doc, url } = loadPage(ID, 'completed-course');
    expect(cdl.detect(doc, url)).toBe(true);
    expect(cdl.extract(doc, url)).toEqual([
      {
        adapterId: ID,
        title: 'Implementing Automation for Cisco Enterprise Solutions (ENAUTO) v1.1',
        provider: 'Cisco Digital Learning',
        sourceUrl: 'https://digital-learning.cisco.com/#/course/61955',
        startDate: '2026-01-06',
        endDate: '2026-02-18',
        certificateCode: 'CDL-61955-K7P2XQ',
        credits: 32, // not the 64 or 24 of "Learners also took"
        creditUnit: 'CE',
        program: 'cisco',
        confidence: 0.9,
        found: ['title', 'startDate', 'endDate', 'certificateCode', 'credits'],
      },
    ]);
  });

  it('captures a "lite" course with its title exactly as shown, leaving eligibility to the rules', () => {
    const { doc, url } = loadPage(ID, 'completed-lite-course');
    expect(cdl.detect(doc, url)).toBe(true);
    expect(cdl.extract(doc, url)).toEqual([
      {
        adapterId: ID,
        title: 'Implementing and Administering Cisco Solutions (CCNA) v2.1 - lite',
        provider: 'Cisco Digital Learning',
        sourceUrl: 'https://digital-learning.cisco.com/cx/#/course/61908', // the tab after the course is dropped
        endDate: '2026-03-14',
        certificateCode: 'CDL-61908-Q4M8ZT',
        program: 'cisco',
        confidence: 0.6,
        found: ['title', 'endDate', 'certificateCode'],
      },
    ]);
  });

  it('does not capture a course in progress whose modules show completion dates', () => {
    const { doc, url } = loadPage(ID, 'in-progress-course');
    expect(cdl.extract(doc, url)).toEqual([]);
  });
});

describe('cisco-digital-learning URLs', () => {
  const { doc } = loadPage(ID, 'completed-course');

  it.each([
    ['https://digital-learning.cisco.com/#/course/61955', 'https://digital-learning.cisco.com/#/course/61955'],
    ['https://digital-learning.cisco.com/#/course/61955/content?module=3', 'https://digital-learning.cisco.com/#/course/61955'],
    ['https://digital-learning.cisco.com/cx/#/course/61955', 'https://digital-learning.cisco.com/cx/#/course/61955'],
    ['https://digital-learning.cisco.com/course/61955?utm_source=mail', 'https://digital-learning.cisco.com/course/61955'],
    ['https://digital-learning.cisco.com:8443/#/course/61955', 'https://digital-learning.cisco.com:8443/#/course/61955'],
  ])('handles %s as %s', (href, sourceUrl) => {
    expect(cdl.detect(doc, new URL(href))).toBe(true);
    expect(cdl.extract(doc, new URL(href))[0]?.sourceUrl).toBe(sourceUrl);
  });

  it.each([
    'https://digital-learning.cisco.com/',
    'https://digital-learning.cisco.com/#/my-learning',
    'https://digital-learning.cisco.com/#/course/',
    'https://digital-learning.cisco.com/elsewhere/#/course/61955',
    'http://digital-learning.cisco.com/#/course/61955',
    'https://pilot-digital-learning.cisco.com/cx/#/course/61955',
    'https://digital-learning.cisco.com.evil.example/#/course/61955',
  ])('ignores %s', (href) => {
    expect(cdl.detect(doc, new URL(href))).toBe(false);
    expect(cdl.extract(doc, new URL(href))).toEqual([]);
  });
});

describe('cisco-digital-learning on odd pages', () => {
  it('keeps a "NO LABS" title untouched and reads "Course completed on" and "12 CE credits"', () => {
    const doc = page('<h1>Understanding Cisco Collaboration Foundations (CLFNDU) v1.0 NO LABS</h1><p>Course completed on 14.03.2026</p><p>Earn 12 CE credits</p>');
    expect(cdl.extract(doc, COURSE_URL)).toEqual([
      expect.objectContaining({ title: 'Understanding Cisco Collaboration Foundations (CLFNDU) v1.0 NO LABS', endDate: '2026-03-14', credits: 12 }),
    ]);
  });

  it('ignores in-progress cues outside the main content', () => {
    expect(cdl.extract(page('<h1>Course A</h1><p>Completion Date: 03/02/2026</p>'), COURSE_URL)).toHaveLength(1);
  });

  it('gives nothing without a title or a readable completion date', () => {
    // The document title is always the site's name, never the course's.
    expect(cdl.extract(page('<p>Completion Date: 03/02/2026</p>'), COURSE_URL)).toEqual([]);
    expect(cdl.extract(page('<h1>Course A</h1><p>Completion Date: pending</p>'), COURSE_URL)).toEqual([]);
  });

  it('never throws on empty or garbled documents', () => {
    const garbled = parseHtml('<<<main><table><th>Completed on<td></table><h1></h1>&&&');
    for (const doc of [parseHtml(''), garbled]) {
      expect(() => cdl.detect(doc, COURSE_URL)).not.toThrow();
      expect(cdl.extract(doc, COURSE_URL)).toEqual([]);
    }
  });
});
