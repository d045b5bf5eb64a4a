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
    ['en', '<h1>Agile Forecasting</h1><p>✔ You attended this webinar on Wednesday, January 21, 2026 (live).</p><p>Jan 22, 2026 — Great examples!</p>', '2026-01-21', undefined],
    ['en', '<h1>Threat Hunting</h1><p>You attended “Cloud Threat Hunting v2.0” on Tuesday, March 10, 2026 at 1:00 PM EDT.</p>', '2026-03-10', undefined],
    ['ja', '<h1>修了証明書</h1><p>佐藤 健太 が 2026年10月14日 に、コース「ネットワーク基礎」を修了したことを証明するものです。</p>', '2026-10-14', undefined],
    ['es', '<h1>Redes TCP/IP</h1><div><span>Emitido</span><span>14 de octubre de 2026</span></div>', '2026-10-14', undefined],
    ['fr', '<h1>Python pour tous</h1><div><p>Terminé par Camille Dubois</p><p>14 oct. 2026</p></div>', '2026-10-14', undefined],
  ])('%s: %s', (lang, main, endDate, startDate) => {
    const found = read(lang, main);
    expect(found.endDate).toBe(endDate);
    expect(found.startDate).toBe(startDate);
    expect(found.completion).toBe(true);
  });

  it('never takes the expiry a sentence gives after the issue', () => {
    expect(read('es', '<h1>Logística</h1><p>Tu certificado fue emitido por Logística Andina S.A.S. y vence el 15/01/2028.</p>').endDate).toBeUndefined();
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

describe('course names a certificate page gives without a heading', () => {
  it('takes the name set in bold after the verb of the completion sentence', () => {
    const found = read('en', '<h1>Event Certificate</h1><p>This certificate acknowledges that the individual named above attended the live webinar <strong>Demystifying IPv6 Addressing</strong> on May 14, 2026, and has been awarded <strong>1 Continuing Education credit</strong>.</p>');
    expect(found.title).toBe('Demystifying IPv6 Addressing');
  });

  it('never takes the learner, bold before the verb, or an amount or a code in bold', () => {
    expect(read('en', '<h1>Certificate</h1><p><strong>Priya Raman</strong> attended the session <b>TS-4471</b> for <b>2 CPE credits</b>.</p>').title ?? '').not.toMatch(/Priya|TS-4471|CPE/);
    expect(read('ja', '<h1>修了証明書</h1><p>上記の修了証明書は、<strong>佐藤 健太</strong> が 2026年10月14日 に修了したことを証明します。</p>').title).not.toBe('佐藤 健太');
  });

  it('takes the first line of a labelled course cell whose second line is its number in small print', () => {
    const found = read('de', '<h1>Teilnahmebescheinigung</h1><table><tr><th>Seminar</th><td>Implementing Cisco Solutions (CCNA) v2.1<br><span>Seminar-Nr. CIS-2601 · Offizielles Training</span></td></tr><tr><th>Abgeschlossen am</th><td>06.02.2026</td></tr></table>');
    expect(found.title).toBe('Implementing Cisco Solutions (CCNA) v2.1');
  });

  it('takes the block just before "Course completed on …"', () => {
    const found = read('en', '<main><div>Certificate of Completion</div><div>Congratulations, Priya Raman</div><div>Technical Project Management</div><div>Course completed on Oct 14, 2026 at 04:32PM UTC · 1 hour 32 minutes</div></main>');
    expect(found.title).toBe('Technical Project Management');
    expect(found.endDate).toBe('2026-10-14');
  });
});

describe('pages that award nothing yet', () => {
  it('reads a progress line short of 100% as unfinished, even with its courses listed as completed', () => {
    const plan = read('en', '<h1>Cloud Security Engineer Path</h1><div>In progress · 40% complete (2 of 5 courses)</div><div><h3>Cloud Shared Responsibility</h3><div>Completed 01/19/2026</div><span>Completed</span></div><p>Code: LP-CSE-2026</p>');
    expect(plan.notAnAward).toBe(true);
    expect(plan.completion).toBe(false);
  });
});

describe('a webinar console', () => {
  const console = `<html lang="en"><body><header><a href="/">BrightTALK</a></header>
    <main><h1>Zero Trust in Practice</h1><p>Recorded: Mar 18 2026 · 58 mins</p><p>Zero trust is easy to put on a slide.</p></main>
    <aside><h3>CPE credits</h3><p>✓ You watched this talk live on Mar 18, 2026 (56 of 58 mins).</p><p>Credits earned: <strong>1 CPE</strong></p></aside>
    <section aria-label="Related talks"><h2>Related talks</h2><p>Identity Threat Detection · Apr 8 2026 · 45 mins</p></section></body></html>`;

  it('reads the attendance the sidebar gives when the main content shows none', () => {
    const found = readLabels(parseHtml(console), new URL('https://www.brighttalk.com/webcast/1/2'));
    expect(found).toMatchObject({ completion: true, title: 'Zero Trust in Practice', endDate: '2026-03-18', credits: 1, creditUnit: 'CPE' });
  });

  it('says nothing of a talk not yet watched, whatever its sidebar offers', () => {
    const upcoming = console.replace('✓ You watched this talk live on Mar 18, 2026 (56 of 58 mins).', 'Watch live on Apr 8, 2026 to earn CPE credits.').replace('Credits earned:', 'Credits available:');
    expect(readLabels(parseHtml(upcoming), new URL('https://www.brighttalk.com/webcast/1/2')).completion).toBe(false);
  });
});

describe('pages the generic reader looks at', () => {
  it('include an achievement in Spanish or Portuguese ("Completado el", "Recebido em")', async () => {
    const { genericAdapter } = await import('../../src/capture/generic/detector');
    const page = (text: string) => parseHtml(`<html><body><main><h1>Azure Fundamentals</h1><p>${text}</p></main></body></html>`);
    expect(genericAdapter.detect(page('Completado el 14/03/2026'), new URL('https://learn.microsoft.com/'))).toBe(true);
    expect(genericAdapter.detect(page('Recebido em 5 de mar. de 2026'), new URL('https://www.cloudskillsboost.google/'))).toBe(true);
  });
});
