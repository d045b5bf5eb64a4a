import { describe, expect, it } from 'vitest';
import cln from '../../src/capture/adapters/cisco-learning-network';
import { Capture } from '../../src/domain/schema';
import { loadPage, parseHtml } from '../helpers/fixtures';

const ID = 'cisco-learning-network';
const PLAN_URL = new URL('https://learningnetwork.cisco.com/s/learning-plan-detail-standard?ltui__urlRecordId=a1Y6e00000Kq3ZxEAJ');
/** The element the SPA renders after first paint in the late-render fixture (see the comment there). */
const LATE_SELECTOR = '[role="main"] c-ltui-plan-completion';

function page(main: string, title = 'Learning Plan Detail'): Document {
  return parseHtml(`<!DOCTYPE html><html><head><title>${title}</title></head><body>
    <header><nav><a href="/s/my-learning">My Learning</a> <span>In Progress</span></nav></header>
    <div role="main">${main}</div></body></html>`);
}

describe('cisco-learning-network on saved pages', () => {
  it('captures a completed learning plan addressed by path, with every field', () => {
    const { doc, url } = loadPage(ID, 'completed-learning-plan');
    expect(cln.detect(doc, url)).toBe(true);
    const captures = cln.extract(doc, url);
    expect(captures).toEqual([
      {
        adapterId: ID,
        title: 'CCNA 200-301 Study Plan',
        provider: 'Cisco Learning Network',
        sourceUrl: 'https://learningnetwork.cisco.com/s/learning-plan/a1Y3i000000YpQsEAK/ccna-200301-study-plan',
        startDate: '2025-11-03',
        endDate: '2026-02-18', // the plan's date, not its first course's 11/20/2025
        certificateCode: 'CLN-LP-7H2K9QX4',
        credits: 30, // not the sidebar's 40
        creditUnit: 'CE',
        program: 'cisco',
        confidence: 0.9,
        found: ['title', 'startDate', 'endDate', 'certificateCode', 'credits'],
      },
    ]);
    expect(Capture.parse(captures[0])).toEqual(captures[0]);
  });

  it('captures a plan addressed by record id, keeping only the id in the source URL', () => {
    const { doc, url } = loadPage(ID, 'completed-learning-plan-late-render');
    expect(cln.detect(doc, url)).toBe(true);
    expect(cln.extract(doc, url)).toEqual([
      {
        adapterId: ID,
        title: 'Understanding Cisco Cybersecurity Operations Fundamentals (CBROPS)',
        provider: 'Cisco Learning Network',
        sourceUrl: 'https://learningnetwork.cisco.com/s/learning-plan-detail-standard?ltui__urlRecordId=a1Y6e00000Kq3ZxEAJ',
        startDate: '2025-09-08',
        endDate: '2025-10-27',
        credits: 30,
        creditUnit: 'CE',
        program: 'cisco',
        confidence: 0.9,
        found: ['title', 'startDate', 'endDate', 'credits'],
      },
    ]);
  });

  it('detects nothing at first paint, before the SPA renders the completion block, and captures it once rendered', () => {
    const { doc, url } = loadPage(ID, 'completed-learning-plan-late-render');
    const late = doc.querySelector(LATE_SELECTOR);
    expect(late).not.toBeNull();
    const slot = late!.parentElement!;
    const next = late!.nextSibling;
    late!.remove();
    expect(cln.detect(doc, url)).toBe(false);
    expect(cln.extract(doc, url)).toEqual([]);
    slot.insertBefore(late!, next);
    expect(cln.detect(doc, url)).toBe(true);
    expect(cln.extract(doc, url)[0]?.endDate).toBe('2025-10-27');
  });

  it('does not capture a plan in progress whose finished courses show completion dates', () => {
    const { doc, url } = loadPage(ID, 'in-progress-learning-plan');
    expect(cln.extract(doc, url)).toEqual([]);
  });
});

describe('cisco-learning-network URLs', () => {
  const { doc } = loadPage(ID, 'completed-learning-plan');

  it.each([
    'https://learningnetwork.cisco.com/s/learning-plan-detail-standard?ltui__urlRecordId=a1Y3i000000YpQsEAK',
    'https://learningnetwork.cisco.com/s/learning-plan-detail-standard?ltui__urlRecordId=a1Y3i000000YpQs', // 15-char id
    'https://learningnetwork.cisco.com/s/course-detail-standard?ltui__urlRecordId=a1Y3i000000YpQsEAK',
    'https://learningnetwork.cisco.com/s/learning-plan/a1Y3i000000YpQsEAK',
    'https://learningnetwork.cisco.com:8443/s/learning-plan/a1Y3i000000YpQsEAK/ccna', // the end-to-end server's port
  ])('handles %s', (href) => {
    expect(cln.detect(doc, new URL(href))).toBe(true);
    expect(cln.extract(doc, new URL(href))).toHaveLength(1);
  });

  it.each([
    'https://learningnetwork.cisco.com/s/learning-plan-detail-standard',
    'https://learningnetwork.cisco.com/s/learning-plan-detail-standard?ltui__urlRecordId=not-an-id',
    'https://learningnetwork.cisco.com/s/my-learning',
    'https://learningnetwork.cisco.com/s/question/0D56e0000BHTnDVCQ1/some-question',
    'http://learningnetwork.cisco.com/s/learning-plan/a1Y3i000000YpQsEAK',
    'https://learningnetwork.cisco.com.evil.example/s/learning-plan/a1Y3i000000YpQsEAK',
    'https://u.cisco.com/s/learning-plan/a1Y3i000000YpQsEAK',
  ])('ignores %s', (href) => {
    expect(cln.detect(doc, new URL(href))).toBe(false);
    expect(cln.extract(doc, new URL(href))).toEqual([]);
  });

  it('drops tracking and navigation parameters but keeps the record id', () => {
    const url = new URL('https://learningnetwork.cisco.com/s/learning-plan-detail-standard?utm_source=mail&ltui__urlRecordId=a1Y3i000000YpQsEAK&ltui__parentUrl=%2Fs%2Fhome#top');
    expect(cln.extract(doc, url)[0]?.sourceUrl).toBe(
      'https://learningnetwork.cisco.com/s/learning-plan-detail-standard?ltui__urlRecordId=a1Y3i000000YpQsEAK',
    );
  });
});

describe('cisco-learning-network on odd pages', () => {
  it('captures a course without credits or code with lower confidence', () => {
    const [capture] = cln.extract(page('<h1>Intro to Packet Tracer</h1><p>Completion Date: 3/2/2026</p>'), PLAN_URL);
    expect(capture).toMatchObject({ title: 'Intro to Packet Tracer', endDate: '2026-03-02', confidence: 0.6, found: ['title', 'endDate'] });
    expect(capture).not.toHaveProperty('credits');
    expect(capture).not.toHaveProperty('creditUnit');
  });

  it('does not take the SPA\'s generic document title for the plan\'s name', () => {
    expect(cln.extract(page('<p>Completed on 3/2/2026</p>'), PLAN_URL)).toEqual([]);
    expect(cln.extract(page('<p>Completed on 3/2/2026</p>', 'Plan From Title | Cisco Learning Network'), PLAN_URL)[0]?.title).toBe('Plan From Title');
  });

  it('ignores in-progress cues outside the main region', () => {
    expect(cln.extract(page('<h1>Plan A</h1><p>Completed on 3/2/2026</p>'), PLAN_URL)).toHaveLength(1);
  });

  it('never throws on empty or garbled documents', () => {
    const garbled = parseHtml('<<<div role=main><dl><dt>Completed on<dt><dd></dl><h1></h1>&&&');
    for (const doc of [parseHtml(''), garbled]) {
      expect(() => cln.detect(doc, PLAN_URL)).not.toThrow();
      expect(cln.extract(doc, PLAN_URL)).toEqual([]);
    }
  });
});
