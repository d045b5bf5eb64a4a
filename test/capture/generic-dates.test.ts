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
    ['de', '<h1>Microsoft Applied Skills: Defender für Cloud</h1><p>✓ Aktiv</p><p>Verdient am 14. Oktober 2025</p>', '2025-10-14', undefined],
    ['pt', '<h1>Getting Started in Cybersecurity 3.0</h1><dl><dt>Data de emissão</dt><dd>terça-feira, 3 fevereiro 2026, 10:22</dd></dl>', '2026-02-03', undefined],
    ['nl', '<h1>Veilig Programmeren – Niveau 2</h1><dl><dt>Uitgegeven op</dt><dd>14 januari 2026</dd></dl>', '2026-01-14', undefined],
    ['it', '<h1>Sicurezza delle reti</h1><dl><dt>Data di inizio</dt><dd>2 febbraio 2026</dd><dt>Rilasciato il</dt><dd>6 febbraio 2026</dd></dl>', '2026-02-06', '2026-02-02'],
  ])('%s: %s', (lang, main, endDate, startDate) => {
    const found = read(lang, main);
    expect(found.endDate).toBe(endDate);
    expect(found.startDate).toBe(startDate);
    expect(found.completion).toBe(true);
  });

  it('takes the one date a completion page shows on a line of its own, never one of two', () => {
    const verify = '<h1>Fundamentos</h1><p>Coursera certifica que completó correctamente el curso Fundamentos.</p><div><p>Completado por</p><p>Diego Ruiz</p><p>4 de agosto de 2026</p></div><p>4 ago. 2026</p>';
    expect(read('es', verify).endDate).toBe('2026-08-04');
    expect(read('en', '<h1>Cloud Basics</h1><p>You completed this course.</p><p>March 3, 2026</p><p>March 9, 2026</p>').endDate).toBeUndefined();
    // A start labelled as such is not the completion; it is kept as the start of the one left.
    const started = read('en', '<h1>Cloud Basics</h1><p>You completed this course.</p><div><span>Started</span><span>March 3, 2026</span></div><p>March 9, 2026</p>');
    expect([started.startDate, started.endDate]).toEqual(['2026-03-03', '2026-03-09']);
    // Without a completion, a date alone dates nothing.
    expect(read('en', '<h1>Lunch menu</h1><p>Tuesday 14 March 2026</p>').endDate).toBeUndefined();
  });

  it('takes a course\'s schedule for its dates but no proof it was held', () => {
    const schedule = read('en', '<h1>Introduction to Networking</h1><dl><dt>Start date</dt><dd>1 Sep 2026</dd><dt>End date</dt><dd>15 Dec 2026</dd></dl><p>Price: $450</p>');
    expect(schedule.completion).toBe(false);
    expect(read('en', '<h1>Architecting on AWS</h1><dl><dt>Class dates</dt><dd>May 12 – 14, 2026</dd></dl><p>Price: $2,025</p>').completion).toBe(false);
  });

  it('never takes the next fields for a status badge\'s value', () => {
    const aws = '<h1>AWS Security Essentials</h1><span>Completed</span><dl><dt>Duration</dt><dd>3 hours</dd><dt>Enrolled</dt><dd>Mar 10, 2026</dd><dt>Completed</dt><dd>Mar 19, 2026</dd></dl>';
    expect(read('en', aws).endDate).toBe('2026-03-19');
  });

  it('never takes the expiry a sentence gives after the issue', () => {
    expect(read('es', '<h1>Logística</h1><p>Tu certificado fue emitido por Logística Andina S.A.S. y vence el 15/01/2028.</p>').endDate).toBeUndefined();
  });

  it('takes no range from a sentence that only counts ("from 9 to 5 people")', () => {
    expect(read('en', '<h1>Cloud Basics</h1><p>Teams grew from 9 to 15 people in 2026.</p>').endDate).toBeUndefined();
  });
});

describe("a completion report's criteria, each with the date it was met", () => {
  const report = (lang: string, header: string, rows: string[][]) =>
    `<h1>Secure Coding Fundamentals</h1><p>Status: Complete</p><table><thead><tr>${header}</tr></thead><tbody>${rows.map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;

  it('dates the course by the criterion met last, not the first row', () => {
    const header = '<th>Criteria</th><th>Requirement</th><th>Status</th><th>Completion date</th>';
    const rows = [['Module 1', 'Marking complete', 'Yes', '12 March 2026'], ['Final assessment', 'Passing grade', 'Yes', '2 April 2026'], ['Module 2', 'Viewing', 'Yes', '18 March 2026']];
    expect(read('en', report('en', header, rows)).endDate).toBe('2026-04-02');
  });

  it('reads the short numeric dates in the order the table shows, and in German', () => {
    const header = '<th>Kriterium</th><th>Anforderung</th><th>Abschlussdatum</th>';
    const rows = [['Modul 1', 'Ja', '09/03/26, 10:05'], ['Abschlusstest', 'Ja', '13/03/26, 09:31']];
    // An English page, whose own order would be month first: the table's 13/03/26 shows day first.
    expect(read('en', report('en', header, rows).replace('Status: Complete', 'Status: Abgeschlossen')).endDate).toBe('2026-03-13');
  });

  it('leaves a completion date labelled elsewhere on the page as it is', () => {
    const header = '<th>Criteria</th><th>Requirement</th><th>Completion date</th>';
    const rows = [['Module 1', 'Yes', '12 March 2026'], ['Course survey', 'Yes', '30 April 2026']];
    expect(read('en', `<dl><dt>Completion date</dt><dd>14 March 2026</dd></dl>${report('en', header, rows)}`).endDate).toBe('2026-03-14');
  });

  it('leaves a table of other things alone: a list of courses is not one course\'s criteria', () => {
    const header = '<th>Course</th><th>Completion date</th>';
    const rows = [['Secure Coding Fundamentals', '12 March 2026'], ['Phishing Awareness', '2 April 2026']];
    expect(read('en', report('en', header, rows)).endDate).toBe('2026-03-12');
  });
});

describe('ranges in a line of details', () => {
  it.each([
    ['en', '<p>Cisco Live 2026 Las Vegas · May 31 – June 4, 2026 · Mandalay Bay Convention Center</p><dl><dt>Completed on</dt><dd>June 4, 2026</dd></dl>', '2026-05-31', '2026-06-04'],
    ['it', '<p>15–16 aprile 2026 · Cisco Innovation Center, Milano · 14 ore</p><dl><dt>Data di rilascio</dt><dd>16 aprile 2026</dd></dl>', '2026-04-15', '2026-04-16'],
    ['de', '<p>Virtual Classroom · Cisco Learning Partner Kurs · 9.–13. März 2026</p><dl><dt>Abgeschlossen am</dt><dd>13.03.2026</dd></dl>', '2026-03-09', '2026-03-13'],
  ])('%s: %s', (lang, details, startDate, endDate) => {
    expect(read(lang, `<h1>Cisco Secure Firewall Partner Bootcamp</h1>${details}`)).toMatchObject({ startDate, endDate });
  });
});

describe('the day it was done, not the day its certificate was issued', () => {
  it.each([
    ['en', '<dl><dt>Issued on</dt><dd>March 20, 2026</dd><dt>Completed on</dt><dd>March 18, 2026</dd></dl>', undefined, '2026-03-18'],
    ['es', '<dl><dt>Fecha del webinar:</dt><dd>jueves, 19 de febrero de 2026, 17:00 (CET)</dd><dt>Fecha de emisión:</dt><dd>20/02/2026</dd></dl>', undefined, '2026-02-19'],
    ['de', '<p>Hiermit bestätigen wir, dass Lena Hoffmann vom 10. bis 12. März 2026 an der Konferenz teilgenommen hat.</p><dl><dt>Ausgestellt am</dt><dd>17. März 2026</dd></dl>', '2026-03-10', '2026-03-12'],
    ['es', '<p>asistió al webinar técnico, celebrado el miércoles 14 de octubre de 2026 de 10:00 a 11:30 h.</p><dl><dt>Fecha de emisión</dt><dd>15/10/2026</dd></dl>', undefined, '2026-10-14'],
    ['ja', '<p>貴殿は、令和8年1月23日（金）に金沢市で開催された「カンファレンス2026」に参加したことを証明します。</p><dl><dt>発行日</dt><dd>2026年1月30日</dd></dl>', undefined, '2026-01-23'],
  ])('%s: %s', (lang, details, startDate, endDate) => {
    const read1 = read(lang, `<h1>Cloud Security Webinar</h1>${details}`);
    expect(read1.endDate).toBe(endDate);
    expect(read1.startDate).toBe(startDate);
  });

  it('keeps the issue date when the only other date heads a table of sessions, or the event was long before', () => {
    const sessions = '<table><tr><th>Date</th><th>Session</th></tr><tr><td>09 Feb 2026</td><td>Zero Trust</td></tr><tr><td>11 Feb 2026</td><td>SD-Access</td></tr><tr><td>13 Feb 2026</td><td>SASE</td></tr></table><dl><dt>Issued</dt><dd>Feb 13, 2026</dd></dl>';
    expect(read('en', `<h1>Cisco Live Amsterdam 2026</h1>${sessions}`).endDate).toBe('2026-02-13');
    const longBefore = '<dl><dt>Webinar date</dt><dd>January 5, 2026</dd><dt>Issued on</dt><dd>June 30, 2026</dd></dl>';
    expect(read('en', `<h1>Cloud Security Webinar</h1>${longBefore}`).endDate).toBe('2026-06-30');
  });

  it('takes a lone "Fecha" for the event\'s day when the page dates nothing else', () => {
    expect(read('es', '<dl><dt>Fecha</dt><dd>miércoles, 21 de enero de 2026, de 18:00 a 20:00 (CET)</dd><dt>Emitida el</dt><dd>23/01/2026</dd></dl>').endDate).toBe('2026-01-21');
  });
});

describe('ranges as certificates write them', () => {
  it.each([
    ['nl', '<h1>Praktijktraining Cloud Security</h1><p>heeft deelgenomen, gehouden op 12 en 13 maart 2026 te Eindhoven.</p><p>Uitgegeven op 16 maart 2026</p>', '2026-03-12', '2026-03-13'],
    ['de', '<h1>Teilnahmebestätigung</h1><p>Herr Jonas Becker hat vom 02.02.2026 bis 06.02.2026 an dem Lehrgang Netzwerktechnik teilgenommen.</p>', '2026-02-02', '2026-02-06'],
    ['pt', '<h1>Certificado</h1><p>concluiu o curso pfSense, realizado no período de 02/03/2026 a 05/03/2026, com carga horária de 24 horas.</p>', '2026-03-02', '2026-03-05'],
    ['en', '<h1>Architecting on AWS</h1><p>This is to certify that Priya attended</p><dl><dt>Class dates</dt><dd>March 10 – 12, 2026</dd></dl>', '2026-03-10', '2026-03-12'],
    ['en', '<h1>SEC504</h1><p>has completed SEC504 at SANS Paris March 2026, March 9-14, 2026</p><p>Date of issue: March 14, 2026</p>', '2026-03-09', '2026-03-14'],
  ])('%s: %s', (lang, main, startDate, endDate) => {
    expect(read(lang, main)).toMatchObject({ startDate, endDate });
  });
});

describe('durations on pages', () => {
  it('reads a webinar length in minutes alone, never "a 50-minute hour"', () => {
    expect(read('en', '<h1>Ransomware Recovery</h1><p>Recorded Oct 14 2026 · 50 mins · 2,418 views</p><p>Attended on Oct 14, 2026</p>').hours).toBe(0.83);
    expect(read('en', '<h1>Ransomware Recovery</h1><p>CPE credits are granted based on a 50-minute hour.</p>').hours).toBeUndefined();
  });

  it.each([
    ['en', '<dl><dt>Date attended</dt><dd>April 22, 2026</dd><dt>Contact hours</dt><dd>1.0</dd></dl>', 1],
    ['de', '<dl><dt>Abgeschlossen am</dt><dd>5. März 2026</dd><dt>Unterrichtsstunden</dt><dd>7,5</dd></dl>', 7.5],
    ['en', '<dl><dt>Completed on</dt><dd>April 22, 2026</dd><dt>Duration (hours)</dt><dd>16</dd></dl>', 16],
  ])('%s: reads a bare number under a label that names hours: %s', (lang, details, hours) => {
    expect(read(lang, `<h1>Zero Trust Segmentation</h1>${details}`).hours).toBe(hours);
  });

  it('reads no bare number as hours under a label that names no unit', () => {
    expect(read('en', '<h1>Zero Trust Segmentation</h1><dl><dt>Completed on</dt><dd>April 22, 2026</dd><dt>Duration</dt><dd>3</dd></dl>').hours).toBeUndefined();
  });
});

describe('start dates beside a completion date', () => {
  it('takes the start from the course\'s range when a label gives the completion', () => {
    const found = read('de', '<h1>CCNA</h1><table><tr><th>Zeitraum</th><td>Mo, 02.02.2026 – Fr, 06.02.2026</td></tr><tr><th>Abgeschlossen am</th><td>06.02.2026</td></tr></table>');
    expect(found).toMatchObject({ startDate: '2026-02-02', endDate: '2026-02-06' });
  });

  it('never takes a range that ends after the completion (the next session)', () => {
    const found = read('en', '<h1>CCNA</h1><p>Completed on March 2, 2026</p><p>Dates: March 23–26, 2026</p>');
    expect(found).toMatchObject({ endDate: '2026-03-02' });
    expect(found.startDate).toBeUndefined();
  });

  it('reads a range a sentence says was held, and a bare range line', () => {
    expect(read('en', '<h1>Certificate of Attendance</h1><p>attended the Baltic Cyber Defence Summit 2026, held 2–6 Feb 2026 at the Tallinn Creative Hub.</p>'))
      .toMatchObject({ startDate: '2026-02-02', endDate: '2026-02-06' });
    expect(read('en', '<h1>Certificate of Completion</h1><p>for completing the instructor-led training</p><h2>Security+ Boot Camp</h2><p>Oct 6–10, 2025 · Live Online (Eastern Time)</p>'))
      .toMatchObject({ startDate: '2025-10-06', endDate: '2025-10-10' });
  });
});

describe('completion dates as more portals label them', () => {
  it.each([
    ['en', '<h1>Cybersecurity Fundamentals</h1><dl><dt>Program completion date</dt><dd>July 28, 2026</dd><dt>Credential issued</dt><dd>July 30, 2026</dd></dl>', '2026-07-28'],
    ['de', '<h1>Netzwerksicherheit</h1><div><span>Kurs abgeschlossen am</span><span>3. März 2026 um 14:05 UTC</span></div>', '2026-03-03'],
    ['ja', '<h1>修了証明書</h1><p>山本 美咲さんが2026/05/18にUdemyで鈴木 翔太が教えるコース「AWS講座」を無事修了したことを証明するものです。</p>', '2026-05-18'],
    ['es', '<h1>Agilidad híbrida</h1><p>Constancia de asistencia al webinar «Agilidad híbrida», celebrado en línea el jueves, 26 de marzo de 2026, de 19:00 a 20:30 h.</p>', '2026-03-26'],
  ])('%s: %s', (lang, main, endDate) => {
    expect(read(lang, main).endDate).toBe(endDate);
  });

  it('reads the range of a Japanese "開催日程" label', () => {
    expect(read('ja', '<h1>受講修了証</h1><dl><dt>開催日程</dt><dd>令和8年6月15日（月）～ 6月19日（金）　9:30～17:30</dd></dl>')).toMatchObject({ startDate: '2026-06-15', endDate: '2026-06-19' });
  });
});
