/**
 * What may be a course's title: never a status badge, a level, the learning system, a label, a date, a button, a
 * sentence or a title cut short, nor the learner. When nothing better is on the page, a capture still keeps the
 * dates and code it read, at a confidence that asks the user to check the title.
 */
import { describe, expect, it } from 'vitest';
import { extractGeneric } from '../../src/capture/generic/detector';
import { usableTitle } from '../../src/capture/generic/labels';
import { parseHtml } from '../helpers/fixtures';

describe('usableTitle', () => {
  it.each([
    'Completed', 'Abgeschlossen', '完了', '100% complete', 'Fortgeschritten', 'Advanced', 'SAP SuccessFactors Learning',
    'Certificate of Attendance', 'Certificado de finalización de Udemy', 'Certificate ID', 'Completed on:', 'Aug 30, 2024',
    'Download certificate', 'You need to have JavaScript enabled in order to access this site.',
    'all courses and received passing grades for a Professional Certificate in',
    'esta ruta de aprendizaje de Microsoft Learn', '以下のコース', '貴殿は下記のウェビナー', 'Your CPE Certificate',
    'Sessions verified by badge scan 13.0 CPE', 'en su totalidad, según la validación. La duración del curso representa las horas',
  ])('refuses %j', (text) => {
    expect(usableTitle(text)).toBeUndefined();
  });

  it.each(['Programming in Java', 'Cisco CCNA 200-301: Curso completo de redes y laboratorios', 'ネットワークセキュリティ実践コース', 'Introduction to Docker'])(
    'accepts %j',
    (text) => {
      expect(usableTitle(text)).toBe(text);
    },
  );

  it('drops a status badge the heading holds after the name', () => {
    expect(usableTitle('Sicherer Betrieb nach IEC 62443 – Präsenzseminar Abgeschlossen')).toBe('Sicherer Betrieb nach IEC 62443 – Präsenzseminar');
  });

  it('unwraps quotes and refuses the learner\'s name', () => {
    expect(usableTitle('“Cloud Incident Response”')).toBe('Cloud Incident Response');
    expect(usableTitle('Priya Raman', ['Priya  Raman'])).toBeUndefined();
  });
});

describe('a page with completion evidence but no usable title', () => {
  it('is still captured, with what it showed, at a low confidence', () => {
    const doc = parseHtml(`<html lang="en"><head><title>Certificate of Completion</title></head><body><main>
      <h1>Certificate of Completion</h1><dl><dt>Completion date</dt><dd>March 14, 2026</dd><dt>Certificate ID</dt><dd>UC-1234-ABCD</dd></dl>
    </main></body></html>`);
    const [capture] = extractGeneric(doc, new URL('https://example.org/cert/1'));
    expect(capture).toMatchObject({ endDate: '2026-03-14', certificateCode: 'UC-1234-ABCD' });
    expect(capture!.confidence).toBeLessThanOrEqual(0.4);
  });
});
