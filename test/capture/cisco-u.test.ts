import { describe, expect, it } from 'vitest';
import ciscoU from '../../src/capture/adapters/cisco-u';
import { loadPage, parseHtml } from '../helpers/fixtures';

const PATH_URL = new URL('https://u.cisco.com/paths/some-path/1047');

/** A minimal Cisco U.-like page around `main` markup, for the cases no saved page covers. */
function page(main: string, head = '<title>Page | Cisco U.</title>'): Document {
  return parseHtml(`<!DOCTYPE html><html><head>${head}</head><body>
    <header><nav><a href="/my-learning/in-progress">In progress</a></nav></header><main>${main}</main></body></html>`);
}

describe('cisco-u on saved pages', () => {
  it('captures a completed learning path with every field', () => {
    const { doc, url } = loadPage('cisco-u', 'completed-learning-path');
    expect(ciscoU.detect(doc, url)).toBe(true);
    const captures = ciscoU.extract(doc, url);
    expect(captures).toHaveLength(1);
    const [capture] = captures;
    expect(capture).toEqual({
      adapterId: 'cisco-u',
      title: 'Implementing Automation for Cisco Enterprise Solutions (ENAUTO)',
      provider: 'Cisco U.',
      sourceUrl: 'https://u.cisco.com/paths/implementing-automation-for-cisco-enterprise-solutions-enauto/1047',
      startDate: '2026-02-02',
      endDate: '2026-03-14',
      certificateCode: 'CSCO-U-8F3K2Q',
      credits: 24,
      creditUnit: 'CE',
      program: 'cisco',
      confidence: 0.9,
      found: ['title', 'startDate', 'endDate', 'certificateCode', 'credits'],
    });
  });

  it('captures a completed course laid out as label/value spans and a table', () => {
    const { doc, url } = loadPage('cisco-u', 'completed-course');
    expect(url.pathname).toBe('/course/2210');
    expect(ciscoU.detect(doc, url)).toBe(true);
    const [capture, ...rest] = ciscoU.extract(doc, url);
    expect(rest).toEqual([]);
    expect(capture?.title).toBe('Understanding Cisco Network Automation Essentials');
    expect(capture?.endDate).toBe('2026-03-14');
    expect(capture?.startDate).toBeUndefined();
    expect(capture?.credits).toBe(12); // not the 16 or 48 of the "Learners also took" sidebar
    expect(capture?.certificateCode).toBe('CU-2210-7QX4MB91');
    expect(capture?.sourceUrl).toBe('https://u.cisco.com/course/2210');
    expect(capture?.found).toEqual(['title', 'endDate', 'certificateCode', 'credits']);
    expect(capture?.confidence).toBe(0.9);
  });

  it('captures a completed tutorial that shows no credits, with lower confidence', () => {
    const { doc, url } = loadPage('cisco-u', 'completed-tutorial-no-credits');
    expect(ciscoU.detect(doc, url)).toBe(true);
    const [capture] = ciscoU.extract(doc, url);
    expect(capture?.title).toBe('Configure NETCONF and RESTCONF on IOS XE');
    expect(capture?.endDate).toBe('2026-01-20');
    expect(capture).not.toHaveProperty('credits');
    expect(capture).not.toHaveProperty('certificateCode');
    expect(capture).not.toHaveProperty('startDate');
    expect(capture?.found).toEqual(['title', 'endDate']);
    expect(capture?.confidence).toBe(0.6);
  });

  it('is surer of a page with credits than of one without', () => {
    const confidence = (name: string) => {
      const { doc, url } = loadPage('cisco-u', name);
      return ciscoU.extract(doc, url)[0]?.confidence ?? 0;
    };
    expect(confidence('completed-learning-path')).toBeGreaterThan(confidence('completed-tutorial-no-credits'));
    expect(confidence('completed-course')).toBeGreaterThan(confidence('completed-tutorial-no-credits'));
  });

  it('never takes the start for the completion when a "Completed" badge stands before the dates', () => {
    const doc = page(`<h1>Network Automation with Python</h1><div><span class="badge">Completed</span></div>
      <div class="meta"><div><div>Started</div><div>September 2, 2026</div></div><div><div>Completed</div><div>October 14, 2026</div></div></div>`);
    expect(ciscoU.extract(doc, PATH_URL)[0]).toMatchObject({ startDate: '2026-09-02', endDate: '2026-10-14' });
  });

  it('does not capture a path in progress, although it looks the same and lists completed courses', () => {
    const { doc, url } = loadPage('cisco-u', 'in-progress');
    expect(ciscoU.detect(doc, url)).toBe(false);
    expect(ciscoU.extract(doc, url)).toEqual([]);
  });

  it('does not capture a course not yet started whose completion date is a dash', () => {
    const { doc, url } = loadPage('cisco-u', 'not-started-course');
    expect(ciscoU.extract(doc, url)).toEqual([]);
  });
});

describe('cisco-u URLs', () => {
  const { doc } = loadPage('cisco-u', 'completed-learning-path');

  it.each([
    'https://u.cisco.com/path/1047',
    'https://u.cisco.com/courses/some-course/2210',
    'https://u.cisco.com/tutorials/some-tutorial/3381/step-2',
    'https://u.cisco.com:8443/paths/some-path/1047', // the end-to-end server's port
  ])('handles %s', (href) => {
    expect(ciscoU.detect(doc, new URL(href))).toBe(true);
    expect(ciscoU.extract(doc, new URL(href))).toHaveLength(1);
  });

  it.each([
    'https://evil.example/paths/some-path/1047',
    'https://u.cisco.com.evil.example/paths/some-path/1047',
    'https://learningnetwork.cisco.com/paths/some-path/1047',
    'http://u.cisco.com/paths/some-path/1047',
    'https://u.cisco.com/my-learning/completed',
    'https://u.cisco.com/paths/some-path',
    'https://u.cisco.com/',
  ])('ignores %s', (href) => {
    expect(ciscoU.detect(doc, new URL(href))).toBe(false);
    expect(ciscoU.extract(doc, new URL(href))).toEqual([]);
  });

  it('drops the query and hash from the source URL', () => {
    const url = new URL('https://u.cisco.com/paths/some-path/1047?utm_source=mail&tab=overview#certificate');
    expect(ciscoU.extract(doc, url)[0]?.sourceUrl).toBe('https://u.cisco.com/paths/some-path/1047');
  });
});

describe('cisco-u on odd pages', () => {
  it('takes the title from og:title, then the document title, without the site suffix', () => {
    const main = '<p>Completed on March 14, 2026</p>';
    const og = page(main, '<title>Ignored | Cisco U.</title><meta property="og:title" content="Path From OG | Cisco U.">');
    expect(ciscoU.extract(og, PATH_URL)[0]?.title).toBe('Path From OG');
    expect(ciscoU.extract(page(main, '<title>Path From Title - Cisco U.</title>'), PATH_URL)[0]?.title).toBe('Path From Title');
  });

  it('gives nothing when there is no title anywhere', () => {
    expect(ciscoU.extract(page('<p>Completed on March 14, 2026</p>', ''), PATH_URL)).toEqual([]);
  });

  it('reads "Completion date", "Enrolled on" and "CE Credits 24" labels', () => {
    const doc = page(`<h1>Path A</h1><div><span>Enrolled on</span><span>Jan 5, 2026</span></div>
      <div><span>Completion date:</span><span>14 Mar 2026</span></div><p>CE Credits 24</p><p>Completion ID: CU-99-XY12</p>`);
    const [capture] = ciscoU.extract(doc, PATH_URL);
    expect(capture).toMatchObject({ title: 'Path A', startDate: '2026-01-05', endDate: '2026-03-14', credits: 24, certificateCode: 'CU-99-XY12' });
  });

  it('gives nothing when a completion date sits next to an unfinished progress figure', () => {
    const doc = page('<h1>Path A</h1><span>45% complete</span><p>Completed on March 14, 2026</p>');
    expect(ciscoU.extract(doc, PATH_URL)).toEqual([]);
  });

  it('ignores in-progress cues outside the main content (navigation, sidebar)', () => {
    const doc = page('<h1>Path A</h1><p>100% complete</p><p>Completed on March 14, 2026</p>');
    expect(ciscoU.extract(doc, PATH_URL)).toHaveLength(1);
  });

  it('drops a start date that falls after the completion date', () => {
    const doc = page('<h1>Path A</h1><p>Started April 1, 2026</p><p>Completed on March 14, 2026</p>');
    const [capture] = ciscoU.extract(doc, PATH_URL);
    expect(capture?.startDate).toBeUndefined();
    expect(capture?.found).not.toContain('startDate');
  });

  it('never throws on empty, bare or garbled documents, and captures nothing from them', () => {
    const bare = parseHtml('');
    bare.removeChild(bare.documentElement);
    const garbled = parseHtml('<<<main><dl><dt>Completed on<dt><dd><dd></dl><h1></h1><table><th>Certificate ID<td></table>&&&');
    for (const doc of [parseHtml(''), bare, garbled]) {
      expect(() => ciscoU.detect(doc, PATH_URL)).not.toThrow();
      expect(ciscoU.extract(doc, PATH_URL)).toEqual([]);
    }
  });

  it('lets its own bugs surface in tests instead of passing them off as "not a completion"', () => {
    const broken = { querySelector: () => { throw new Error('adapter bug'); } } as unknown as Document;
    expect(() => ciscoU.extract(broken, PATH_URL)).toThrow('adapter bug');
  });

  it('detects a completion whose label runs into its value in the text ("Completed on2/18/2026")', () => {
    const doc = page('<h1>Course</h1><p><span>Completed on</span><span>2/18/2026</span></p>');
    expect(ciscoU.detect(doc, new URL('https://u.cisco.com/course/12'))).toBe(true);
  });
});
