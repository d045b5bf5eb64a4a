import { describe, expect, it } from 'vitest';
import ciscoLive, { parseDateSpan } from '../../src/capture/adapters/cisco-live';
import { loadPage, parseHtml } from '../helpers/fixtures';

const ID = 'cisco-live';
const SESSION_URL = new URL('https://www.ciscolive.com/on-demand/on-demand-library.html#/session/1707505627331001pilj');
const TRANSCRIPT_URL = new URL('https://www.ciscolive.com/on-demand/my-learning.html');

function page(main: string): Document {
  return parseHtml(`<!DOCTYPE html><html><head><title>On-Demand Library | Cisco Live</title></head><body>
    <header><nav>Attended sessions</nav></header><main>${main}</main></body></html>`);
}

const base = { adapterId: ID, provider: 'Cisco Live', program: 'cisco' } as const;

describe('cisco-live on saved pages', () => {
  it('captures an attended session with its code and the event\'s date range', () => {
    const { doc, url } = loadPage(ID, 'attended-session');
    expect(ciscoLive.detect(doc, url)).toBe(true);
    expect(ciscoLive.extract(doc, url)).toEqual([
      {
        ...base,
        title: 'Cisco SD-Access Fabric Fundamentals',
        sourceUrl: 'https://www.ciscolive.com/on-demand/on-demand-library.html#/session/1707505627331001pilj',
        startDate: '2025-06-08',
        endDate: '2025-06-12',
        certificateCode: 'BRKENS-2001',
        credits: 2, // not the related sessions' 8
        creditUnit: 'CE',
        confidence: 0.9,
        found: ['title', 'startDate', 'endDate', 'certificateCode', 'credits'],
      },
    ]);
  });

  it('captures every attended or watched row of the transcript, and no registered or missed one', () => {
    const { doc, url } = loadPage(ID, 'my-learning-transcript');
    expect(ciscoLive.detect(doc, url)).toBe(true);
    const sourceUrl = 'https://www.ciscolive.com/on-demand/my-learning.html';
    expect(ciscoLive.extract(doc, url)).toEqual([
      {
        ...base,
        title: 'SD-Access Deep Dive: Design, Deployment and Operations',
        sourceUrl,
        endDate: '2025-06-08',
        certificateCode: 'TECENS-2008',
        credits: 8,
        creditUnit: 'CE',
        confidence: 0.9,
        found: ['title', 'endDate', 'certificateCode', 'credits'],
      },
      {
        ...base,
        title: 'Firepower Threat Defense - Packet Flow and Troubleshooting',
        sourceUrl,
        endDate: '2025-06-10',
        certificateCode: 'BRKSEC-2021',
        credits: 2,
        creditUnit: 'CE',
        confidence: 0.9,
        found: ['title', 'endDate', 'certificateCode', 'credits'],
      },
      {
        ...base,
        title: 'Ultra Ethernet for Scale-Out AI Networks',
        sourceUrl,
        endDate: '2025-07-02',
        certificateCode: 'CISCOU-2061',
        confidence: 0.6,
        found: ['title', 'endDate', 'certificateCode'],
      },
    ]);
  });

  it('does not capture a session page that shows event dates and credits but no attendance', () => {
    const { doc, url } = loadPage(ID, 'not-attended-session');
    expect(ciscoLive.detect(doc, url)).toBe(false);
    expect(ciscoLive.extract(doc, url)).toEqual([]);
  });
});

describe('cisco-live dates', () => {
  it.each([
    ['June 8–12, 2025', { start: '2025-06-08', end: '2025-06-12' }],
    ['June 8 - 12 2025', { start: '2025-06-08', end: '2025-06-12' }],
    ['May 31 – June 4, 2026', { start: '2026-05-31', end: '2026-06-04' }],
    ['9–13 February 2026', { start: '2026-02-09', end: '2026-02-13' }],
    ['Tuesday, June 10, 2025 | 10:30 AM – 11:30 AM', { end: '2025-06-10' }],
    ['2025-06-10', { end: '2025-06-10' }],
  ])('reads %s', (text, span) => {
    expect(parseDateSpan(text)).toEqual(span);
  });

  it.each(['June 12–8, 2025', 'June 8–40, 2025', 'soon'])('rejects %s', (text) => {
    expect(parseDateSpan(text)).toBeUndefined();
  });
});

describe('cisco-live URLs and odd pages', () => {
  const { doc } = loadPage(ID, 'attended-session');

  it.each([
    ['https://www.ciscolive.com/on-demand/on-demand-library.html?search=brkens#/session/1707505627331001pilj', SESSION_URL.href],
    ['https://www.ciscolive.com/on-demand/on-demand-library.html#/video/1751036939701001hVz0?tab=slides', 'https://www.ciscolive.com/on-demand/on-demand-library.html#/video/1751036939701001hVz0'],
    ['https://www.ciscolive.com:8443/on-demand/on-demand-library.html#/session/1707505627331001pilj', 'https://www.ciscolive.com:8443/on-demand/on-demand-library.html#/session/1707505627331001pilj'],
  ])('handles %s', (href, sourceUrl) => {
    expect(ciscoLive.detect(doc, new URL(href))).toBe(true);
    expect(ciscoLive.extract(doc, new URL(href))[0]?.sourceUrl).toBe(sourceUrl);
  });

  it.each([
    'https://www.ciscolive.com/on-demand/on-demand-library.html',
    'https://www.ciscolive.com/on-demand/on-demand-library.html#/',
    'https://www.ciscolive.com/global/learn/continuing-education.html',
    'https://ciscolive.com/on-demand/on-demand-library.html#/session/1707505627331001pilj',
    'http://www.ciscolive.com/on-demand/on-demand-library.html#/session/1707505627331001pilj',
  ])('ignores %s', (href) => {
    expect(ciscoLive.detect(doc, new URL(href))).toBe(false);
    expect(ciscoLive.extract(doc, new URL(href))).toEqual([]);
  });

  it('reads a watched on-demand session: its completion date, and the code from the heading', () => {
    const watched = page('<h1>BRKDCN-2999 - VXLAN EVPN Day 2</h1><p>Event dates: June 8–12, 2025</p><p>Watched on July 2, 2025</p>');
    expect(ciscoLive.extract(watched, SESSION_URL)).toEqual([
      expect.objectContaining({ title: 'VXLAN EVPN Day 2', certificateCode: 'BRKDCN-2999', endDate: '2025-07-02', found: ['title', 'endDate', 'certificateCode'] }),
    ]);
  });

  it('captures nothing from an attended session without any date, or a transcript without a status column', () => {
    expect(ciscoLive.extract(page('<h1>Session A</h1><p>Status: Attended</p>'), SESSION_URL)).toEqual([]);
    const table = page('<table><thead><tr><th>Session title</th><th>Date</th></tr></thead><tbody><tr><td>A</td><td>June 8, 2025</td></tr></tbody></table>');
    expect(ciscoLive.extract(table, TRANSCRIPT_URL)).toEqual([]);
  });

  it('never throws on empty or garbled documents', () => {
    const garbled = parseHtml('<<<main><table><th>Status<td>Attended</table><h1></h1>&&&');
    for (const d of [parseHtml(''), garbled]) {
      for (const url of [SESSION_URL, TRANSCRIPT_URL]) {
        expect(() => ciscoLive.detect(d, url)).not.toThrow();
        expect(ciscoLive.extract(d, url)).toEqual([]);
      }
    }
  });
});
