/**
 * Where pages put the completion date: labels in the supported languages and as statuses ("Earned Feb 4, 2026"),
 * and ranges a sentence gives ("das vom 9. bis 11. Februar 2026 stattfand").
 */
import { describe, expect, it } from 'vitest';
import { readLabels } from '../../src/capture/generic/labels';
import { parseHtml } from '../helpers/fixtures';

const read = (lang: string, main: string) => readLabels(parseHtml(`<html lang="${lang}"><body><main>${main}</main></body></html>`), new URL('https://example.org/'));

describe('completion dates on pages', () => {
  it.each([
    ['fr', '<dl><dt>Date de début</dt><dd>2 février 2026</dd><dt>Date d\u2019achèvement</dt><dd>19 mars 2026</dd></dl>', '2026-03-19', '2026-02-02'],
    ['en', '<h1>Build a Secure Network Skill Badge</h1><p>Earned Feb 4, 2026 EST</p>', '2026-02-04', undefined],
    ['en', '<h1>Ransomware Recovery</h1><div><span>Date attended</span><span>14 Oct 2026</span></div>', '2026-10-14', undefined],
    ['de', '<h1>Teilnahmezertifikat</h1><p>bestätigt die erfolgreiche Teilnahme an der Schulung Grundlagen ISO 27001, die vom 9. bis 11. Februar 2026 in Hamburg stattfand.</p>', '2026-02-11', '2026-02-09'],
  ])('%s: %s', (lang, main, endDate, startDate) => {
    const found = read(lang, main);
    expect(found.endDate).toBe(endDate);
    expect(found.startDate).toBe(startDate);
    expect(found.completion).toBe(true);
  });

  it('takes no range from a sentence that only counts ("from 9 to 5 people")', () => {
    expect(read('en', '<h1>Cloud Basics</h1><p>Teams grew from 9 to 15 people in 2026.</p>').endDate).toBeUndefined();
  });
});

describe('durations on pages', () => {
  it('reads a webinar length in minutes alone, never "a 50-minute hour"', () => {
    expect(read('en', '<h1>Ransomware Recovery</h1><p>Recorded Oct 14 2026 · 50 mins · 2,418 views</p><p>Attended on Oct 14, 2026</p>').hours).toBe(0.83);
    expect(read('en', '<h1>Ransomware Recovery</h1><p>CPE credits are granted based on a 50-minute hour.</p>').hours).toBeUndefined();
  });
});
