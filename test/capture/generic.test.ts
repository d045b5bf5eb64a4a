import { describe, expect, it } from 'vitest';
import { genericAdapter } from '../../src/capture/generic/detector';
import { cleanCode } from '../../src/capture/generic/fields';
import { parseHours } from '../../src/capture/generic/labels';
import { Capture } from '../../src/domain/schema';
import { isNegativeFixture, listFixtures, loadPage, parseHtml } from '../helpers/fixtures';

const base = { adapterId: 'generic' };

/** Every completion fixture with the exact capture a user would see for it. */
const EXPECTED: Record<string, Capture> = {
  'open-badges-2-assertion.html': {
    ...base,
    title: 'Cloud Security Essentials',
    provider: 'Acme Security Academy',
    sourceUrl: 'https://badges.example-training.com/public/assertions/9f1c2e7a-4b3d-4e8f-a1b2-c3d4e5f60718',
    endDate: '2026-03-14', // the issuer's own day, not shifted to UTC
    // no certificateCode: the assertion's id is its address, whose last segment is not a code
    hours: 12, // "the 12-hour Cloud Security Essentials course", in the badge's description
    confidence: 0.95,
    found: ['title', 'endDate', 'hours'],
  },
  'open-badges-3-credential-credits.html': {
    ...base,
    title: 'Threat Hunting with SIEM',
    provider: 'Example Training Academy',
    sourceUrl: 'https://academy.example-training.com/credentials/urn-uuid-0d1e2f3a',
    endDate: '2026-02-27',
    certificateCode: '0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6', // the credential's urn:uuid id
    credits: 8, // creditsAvailable, with the unit the visible "8 CPE" gives it
    creditUnit: 'CPE',
    hours: 8, // "An 8-hour hands-on course", in the achievement's description
    confidence: 0.95,
    found: ['title', 'endDate', 'certificateCode', 'credits', 'hours'],
  },
  'open-badges-2-json-document-trailing-comma.html': {
    ...base,
    title: 'Secure Coding in Python', // a hosted .json opened in the browser, read despite its trailing comma
    provider: 'Acme Security Academy',
    sourceUrl: 'https://badges.example-training.com/public/assertions/4711.json',
    endDate: '2026-04-20', // the issuer's own day, not shifted to UTC
    confidence: 0.95, // "4711.json", the address's last segment, is not a certificate code
    found: ['title', 'endDate'],
  },
  'open-badges-3-json-document-activity-dates.html': {
    ...base,
    title: 'Kubernetes Security Workshop',
    provider: 'Example Training Academy',
    sourceUrl: 'https://academy.example-training.com/credentials/3527',
    startDate: '2026-04-27', // activityStartDate
    endDate: '2026-04-29', // activityEndDate wins over validFrom (2026-05-04)
    credits: 6, // creditsEarned wins over the achievement's creditsAvailable (8); no unit is given
    confidence: 0.95,
    found: ['title', 'startDate', 'endDate', 'credits'],
  },
  'open-badges-3-embedded-json-script.html': {
    ...base,
    title: 'Digital Forensics Basics', // from <script type="application/json">; the app state's Course is not read
    provider: 'Example Training Academy',
    sourceUrl: 'https://wallet.example-training.com/credentials/view/88',
    endDate: '2026-06-12',
    certificateCode: 'ETA-OB-2026-0815', // an id that is a short code, not an address
    credits: 4,
    confidence: 0.95,
    found: ['title', 'endDate', 'certificateCode', 'credits'],
  },
  'blockcerts-certificate-json-document.html': {
    ...base,
    title: 'Certificate in Applied Cryptography', // badge.name; recipientProfile.name is the person
    provider: 'Example Institute of Technology',
    sourceUrl: 'https://certificates.example-training.com/blockcerts/2026/1042.json',
    endDate: '2026-07-01',
    certificateCode: '6a1f3c52-8d4e-4b7a-9c2d-0e1f2a3b4c5d', // the certificate's urn:uuid id, which its verifier asks for
    confidence: 0.95,
    found: ['title', 'endDate', 'certificateCode'],
  },
  'credly-style-og-title.html': {
    ...base,
    title: 'Zero Trust Architecture', // "… was issued by Issuer to Person": the person is never the title
    provider: 'Example Training Academy',
    sourceUrl: 'https://badges.example-training.com/badges/0f9e8d7c-6b5a-4f3e-9d2c-1b0a9f8e7d6c/public_url',
    confidence: 0.4,
    found: ['title'],
  },
  // A Cisco U. event page its adapter does not read (the toast's "Finish capture" e2e serves it): the credits of the
  // "Recommended for you" section are other courses'.
  'cisco-u-live-event-recording.html': {
    ...base,
    title: 'Automating Network Tests with pyATS',
    provider: 'Cisco U.',
    sourceUrl: 'https://u.cisco.com/events/live/5531/recording',
    endDate: '2026-11-18',
    certificateCode: 'CUL-5531-7KQ2',
    hours: 1.5,
    confidence: 0.85,
    found: ['title', 'endDate', 'certificateCode', 'hours'],
  },
  'schema-org-course-credential.html': {
    ...base,
    title: 'Incident Response Fundamentals',
    provider: 'LearnHub Security',
    sourceUrl: 'https://learn.example-training.com/completions/ir-fundamentals?ref=email',
    startDate: '2026-01-05',
    endDate: '2026-01-30',
    certificateCode: 'LH-IRF-2026-004711',
    hours: 6.5,
    confidence: 0.95,
    found: ['title', 'startDate', 'endDate', 'certificateCode', 'hours'],
  },
  'de-teilnahmebestaetigung.html': {
    ...base,
    title: 'ISO 27001 Foundation',
    provider: 'Weiterbildung Beispiel GmbH',
    sourceUrl: 'https://www.weiterbildung-beispiel.de/zertifikate/2026/ZB-2026-31415',
    startDate: '2026-03-10',
    endDate: '2026-03-14',
    certificateCode: 'ZB-2026-31415',
    hours: 16,
    confidence: 0.85,
    found: ['title', 'startDate', 'endDate', 'certificateCode', 'hours'],
  },
  'fr-attestation.html': {
    ...base,
    title: 'Gestion des risques cyber',
    provider: 'Exemple Apprendre SAS',
    sourceUrl: 'https://formation.exemple-apprendre.fr/attestations/FR-88-2026-0042',
    endDate: '2026-04-01',
    certificateCode: 'FR-88-2026-0042',
    hours: 7,
    confidence: 0.85,
    found: ['title', 'endDate', 'certificateCode', 'hours'],
  },
  'ja-shuryosho.html': {
    ...base,
    title: '情報セキュリティマネジメント基礎講座',
    provider: 'まなびラボ株式会社',
    sourceUrl: 'https://manabi.example-kenshu.jp/certificates/JP-2026-000314',
    endDate: '2026-03-14',
    certificateCode: 'JP-2026-000314',
    hours: 12,
    confidence: 0.85,
    found: ['title', 'endDate', 'certificateCode', 'hours'],
  },
  'certificate-of-completion-table.html': {
    ...base,
    title: 'Auditing Cloud Controls (ACC-300)',
    provider: 'Example Training Academy, NASBA Sponsor #123456',
    sourceUrl: 'https://academy.example-training.com/certificates/view?id=ETA-CPE-55102',
    endDate: '2026-03-04', // 03/04/2026 on an en-US page is 4 March
    certificateCode: 'ETA-CPE-55102',
    credits: 6.5,
    creditUnit: 'CPE',
    hours: 6.5,
    confidence: 0.85,
    found: ['title', 'endDate', 'certificateCode', 'credits', 'hours'],
  },
  'conference-attendance-range.html': {
    ...base,
    title: 'SecConf Europe 2026',
    provider: 'SecConf Association',
    sourceUrl: 'https://events.example-secconf.org/attendance/2026/certificate',
    startDate: '2026-03-12',
    endDate: '2026-03-14',
    credits: 18,
    creditUnit: 'CPE',
    confidence: 0.8,
    found: ['title', 'startDate', 'endDate', 'credits'],
  },
};

describe('generic adapter on saved pages', () => {
  const fixtures = listFixtures('generic');

  it('has a table entry for every completion fixture and at least two negatives', () => {
    expect(fixtures.filter((n) => !isNegativeFixture(n)).sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(fixtures.filter(isNegativeFixture).length).toBeGreaterThanOrEqual(2);
  });

  it.each(Object.entries(EXPECTED))('captures %s exactly', (name, expected) => {
    const { doc, url } = loadPage('generic', name);
    expect(genericAdapter.detect(doc, url)).toBe(true);
    const captures = genericAdapter.extract(doc, url);
    expect(captures).toEqual([expected]);
    expect(Capture.safeParse(captures[0]).success).toBe(true);
  });

  it.each(fixtures.filter(isNegativeFixture))('captures nothing from %s', (name) => {
    const { doc, url } = loadPage('generic', name);
    expect(genericAdapter.extract(doc, url)).toEqual([]);
  });
});

describe('generic adapter policies', () => {
  const url = new URL('https://www.training-example.net/done/1');
  const page = (body: string, head = '', lang = 'en') =>
    parseHtml(`<!DOCTYPE html><html lang="${lang}"><head>${head}</head><body><main>${body}</main></body></html>`);

  it('is an on-demand adapter with no match patterns', () => {
    expect(genericAdapter.id).toBe('generic');
    expect(genericAdapter.label).toBe('Any certificate page');
    expect(genericAdapter.matches).toEqual([]);
  });

  it.each([
    ['a page explaining credits in general', '<h1>Recertify with Continuing Education</h1><p>Complete a course and your credits are submitted for you.</p><p>Credits earned on Cisco U. are normally posted within 5 business days.</p><section><h2>Suggested for you</h2><p>40 CE</p><p>Implementing Cisco Enterprise Wireless Networks</p><p>Event · Jul 15, 2026</p></section>', '', 'en'],
    ['a profile of several badges', '<h1>Julien Moreau</h1><div><p>Cisco Certified Network Professional Enterprise</p><p>Émis le 4 mai 2026</p></div><div><p>Cisco Certified Specialist - Enterprise Core</p><p>Émis le 4 mai 2026</p></div><div><p>AWS Certified Solutions Architect</p><p>Émis le 11 octobre 2025</p></div><div><p>Network Defense</p><p>Émis le 28 juin 2024</p></div>', '<title>Badges de Julien Moreau - Credly</title>', 'fr'],
    ['an item whose lessons are partly done', '<p>Item Details</p><p>In Progress</p><h1>Cloud Security Architecture on Azure</h1><dl><dt>CPE Hours</dt><dd>6.00</dd><dt>Progress:</dt><dd>3 of 7 lessons completed</dd></dl><table><tr><th>Lesson</th><th>Status</th><th>Date</th></tr><tr><td>Zero Trust Principles</td><td>Completed</td><td>Oct 02, 2026</td></tr></table>', '', 'en'],
    ['a certificate of employment', '<h1>CERTIFICATE OF EMPLOYMENT</h1><p>This is to certify that Mr. Arjun Nair has been employed with Helix Data Systems from 01 June 2021 to 31 January 2026, and he successfully completed internal training programmes.</p><p>Date: 05-Feb-2026</p>', '', 'en'],
    ['a knowledge check passed in a course still at 27%', '<p>Course progress: 27%</p><h1>Knowledge Check: Controller Deployment</h1><p>Your score</p><p>80%</p><p>Passed</p><p>Submitted Oct 9, 2026 4:17 PM PDT</p><p>Knowledge checks do not award CE credits on their own. Complete all 14 modules to earn 40 CE credits for this course.</p>', '<title>Knowledge Check Results – Implementing Cisco SD-WAN Solutions</title>', 'en'],
  ])('captures nothing from %s', (_kind, body, head, lang) => {
    expect(genericAdapter.extract(page(body, head, lang), url)).toEqual([]);
  });

  it('reads one badge on a profile page, its owner never the title, the other badges never a list', () => {
    const body = '<h1>Rodrigo Paredes</h1><p>Insignia de habilidad</p><h2>Build a Secure Google Cloud Network</h2><p>Insignia obtenida el 14 oct 2026</p><p>ID de la credencial: 11249387</p>'
      + '<section><h2>Otras insignias (23)</h2><p>Implement Load Balancing</p><p>Obtenida el 2 sept 2026</p><p>Cloud Fundamentals</p><p>Obtenida el 18 ago 2026</p><p>Security Command Center</p><p>Obtenida el 30 jul 2026</p></section>';
    const head = '<title>Perfil de Rodrigo Paredes | Google Cloud Skills Boost</title><meta property="og:title" content="Insignia: Build a Secure Google Cloud Network">';
    const [capture] = genericAdapter.extract(page(body, head, 'es'), url);
    expect(capture).toMatchObject({ title: 'Build a Secure Google Cloud Network', certificateCode: '11249387' });
  });

  it('never names the learner as the provider, whether under a label, after a lead line or after the title in the page title', () => {
    const body = '<p>Attestato di partecipazione</p><p>conferito a</p><p>Giulia Romano</p><p>per la partecipazione al</p><h2>Cisco Secure Firewall Partner Bootcamp – Milano 2026</h2>'
      + '<div><span>Destinatario</span>Giulia Romano</div><div><span>Emessa da</span>Arrow ECS Italia</div><div><span>Data di rilascio</span>16 aprile 2026</div>';
    const [capture] = genericAdapter.extract(page(body, '<title>Cisco Secure Firewall Partner Bootcamp – Milano 2026 | Giulia Romano</title>', 'it'), url);
    expect(capture).toMatchObject({ title: 'Cisco Secure Firewall Partner Bootcamp – Milano 2026', provider: 'Arrow ECS Italia', endDate: '2026-04-16' });
    // Without the issuer's line the host stands in, never the learner the page title ends with.
    const [unnamed] = genericAdapter.extract(page(body.replace('<div><span>Emessa da</span>Arrow ECS Italia</div>', ''), '<title>Cisco Secure Firewall Partner Bootcamp – Milano 2026 | Giulia Romano</title>', 'it'), url);
    expect(unnamed!.provider).toBe('training-example.net');
  });

  it('takes "Abgeschlossen von NAME" for who completed the course, not what', () => {
    const body = '<p>Abschlusszertifikat</p><h1>Kubernetes-Sicherheit: Pods und Secrets absichern</h1><p>Abgeschlossen von <strong>Anna Schmitt</strong></p><p>Abgeschlossen am 12. Dez. 2026</p>';
    expect(genericAdapter.extract(page(body, '', 'de'), url)[0]?.title).toBe('Kubernetes-Sicherheit: Pods und Secrets absichern');
  });

  it('reads a learning plan the page shows completed and dated, and no plan still to take', () => {
    const plan = (status: string) => `<p>Learning Plan</p><h1>DevNet Associate (DEVASC) Learning Plan</h1><p>${status}</p><dl><dt>Duration</dt><dd>14 Hours</dd><dt>Continuing Education</dt><dd>Earn 16 CE</dd></dl>`;
    expect(genericAdapter.extract(page(`${plan('Completed')}<div><p>Completed</p><p>1/19/2026</p></div>`), url)[0]).toMatchObject({ title: 'DevNet Associate (DEVASC) Learning Plan', endDate: '2026-01-19' });
    expect(genericAdapter.extract(page(`${plan('In progress')}<div><p>Due date</p><p>1/19/2026</p></div>`), url)).toEqual([]);
    // One item completed and dated on a plan whose other items are not started is not the plan done.
    const rows = '<table><tr><th>Item</th><th>Status</th><th>Completed</th></tr><tr><td>Cloud Basics</td><td>Completed</td><td>1/19/2026</td></tr><tr><td>Cloud Security</td><td>Not started</td><td></td></tr></table>';
    expect(genericAdapter.extract(page(`<h1>My Learning Plan</h1>${rows}`), url)).toEqual([]);
  });

  it('reads one course\'s details under tabs that count one course, and nothing under tabs that count many', () => {
    const details = (tabs: string) => `<div>${tabs}</div><h1>Understanding Cisco Cybersecurity Operations Fundamentals (CBROPS) v1.0 <span>COMPLETE</span></h1><dl><dt>Course completed</dt><dd>03/27/2026</dd><dt>Credits earned</dt><dd>30 CE</dd></dl>`;
    expect(genericAdapter.extract(page(details('<span>Completed (1)</span> <span>In progress (0)</span>')), url)[0]).toMatchObject({ title: 'Understanding Cisco Cybersecurity Operations Fundamentals (CBROPS) v1.0', endDate: '2026-03-27' });
    expect(genericAdapter.extract(page(details('<span>Active (3)</span> <span>Completed (5)</span> <span>Expired (2)</span>')), url)).toEqual([]);
    const transcript = '<h1>Transcript</h1><table><tr><th>Course</th><th>Completion date</th><th>Certificate ID</th></tr><tr><td>Cloud Basics</td><td>March 3, 2026</td><td>CB-2026-0001</td></tr></table>';
    expect(genericAdapter.extract(page(`<div><span>Completed (9)</span> <span>In progress (2)</span></div>${transcript.replace('<h1>Transcript</h1>', '<h1>My courses</h1>')}`), url)).toEqual([]);
  });

  it.each([
    ['Activity Title:', 'Introduction to Juniper Mist AI (IJMA)'],
    ['Class', 'Implementing Cisco Application Centric Infrastructure (DCACI) v1.2'],
  ])('reads the course under the label %j', (label, title) => {
    const body = `<h1>Transcript Details</h1><dl><dt>${label}</dt><dd>${title}</dd><dt>Status</dt><dd>Completed</dd><dt>Completion Date:</dt><dd>10/6/2025</dd></dl>`;
    expect(genericAdapter.extract(page(body, '<title>Student Portal - Class Record</title>'), url)[0]).toMatchObject({ title, endDate: '2025-10-06' });
  });

  it('reads a completion whose certificate will be e-mailed, and no registration whose certificate will be sent after the event', () => {
    expect(genericAdapter.extract(page('<h1>Cloud Basics</h1><p>You completed this course on March 3, 2026.</p><p>Your certificate will be emailed to you within 24 hours.</p>'), url)[0]?.title).toBe('Cloud Basics');
    expect(genericAdapter.extract(page('<h1>Cloud Basics Workshop</h1><p>You are registered. The workshop runs March 3, 2026.</p><p>A certificate of attendance will be sent after the event.</p>'), url)).toEqual([]);
  });

  it('takes "Issued to NAME" beside a badge\'s name as an award, and the name as no title', () => {
    const [capture] = genericAdapter.extract(page('<h1>Dante Level 2(2025) Certification Badge</h1><p>Issued to <strong>Ultan Molloy</strong></p><a href="assertion.json">View Assertion</a>', '<title>Dante Level 2 Badge – Ultan Molloy</title>'), url);
    expect(capture).toMatchObject({ title: 'Dante Level 2(2025) Certification Badge' });
    expect(capture!.provider).not.toBe('Ultan Molloy');
    expect(genericAdapter.extract(page('<h1>Dante Level 2 Certification Badge</h1><p>Badges are issued to all attendees who pass the test.</p>'), url)).toEqual([]);
    // A course page's sample certificate or a prize names someone too, but dates and numbers nothing and is no badge.
    expect(genericAdapter.extract(page('<h1>Cloud Security Fundamentals</h1><p>Awarded to Top Performers</p>'), url)).toEqual([]);
    expect(genericAdapter.extract(page('<h1>Cloud Security Fundamentals</h1><p>This certifies that Jane Doe</p>'), url)).toEqual([]);
  });

  it('does not treat a title alone as a completion', () => {
    expect(genericAdapter.extract(page('<h1>Kubernetes Basics</h1><p>Course: Kubernetes Basics</p>', '<meta property="og:title" content="Kubernetes Basics">'), url)).toEqual([]);
  });

  it('falls back to the host name without www for the provider, and lowers confidence without a date', () => {
    const [capture] = genericAdapter.extract(page('<h1>Certificate of Completion</h1><p>Course: Kubernetes Basics</p>'), url);
    expect(capture).toMatchObject({ title: 'Kubernetes Basics', provider: 'training-example.net', confidence: 0.4, found: ['title'] });
  });

  it.each([
    ['Attendance Record ID', 'LN-EVT-260319-00482'],
    ['Identifiant du certificat', 'Q7mN2xKc8RvT4bLp'],
    ["N° d'attestation", 'AXF-ATT-2026-0219'],
    ['Bestätigungsnummer', 'TB-2026-004187'],
    ['Réf. :', 'SF-26-0142'],
    ['N.º de registro', 'TR-2026/0871'],
    ['Attestato n.', 'FD-2026-0412'],
    ['Certificate validation number', 'FTI-7C41-88QD-2025'],
    ['Nachweis-Nr.', 'NLS26-CPE-048213'],
    ['Código de constancia', 'ISACAVLC-WB-0147'],
    ['受講証明番号', 'TA-CE-260225-0412'],
  ])('reads a certificate code labelled %j', (label, code) => {
    const [capture] = genericAdapter.extract(page(`<h1>Certificate of Completion</h1><p>Course: Kubernetes Basics</p><dl><dt>${label}</dt><dd>${code}</dd></dl>`), url);
    expect(capture?.certificateCode).toBe(code);
  });

  it.each([
    ['Cisco CE-Credits', '64', 64, 'CE'],
    ['Weiterbildungspunkte (CE)', '30', 30, 'CE'],
    ['Crédits (CPE)', '2', 2, 'CPE'],
    ['Total PDUs', '1.50', 1.5, 'PDU'],
  ])('reads credits labelled %j with their unit', (label, value, credits, creditUnit) => {
    const [capture] = genericAdapter.extract(page(`<h1>Certificate of Completion</h1><p>Course: Kubernetes Basics</p><dl><dt>${label}</dt><dd>${value}</dd></dl>`), url);
    expect(capture).toMatchObject({ credits, creditUnit });
  });

  it.each([
    ['<title>PSSI-26 : Réservation confirmée | Campus Vernet</title>', '<h1>Piloter la PSSI</h1><p>Date de début : 16 mars 2026</p><p>Date de fin : 18 mars 2026</p>'],
    ['<title>My Learning Assignments</title>', '<h1>My Learning Assignments</h1><p>Course: Data Privacy 2026</p><p>Completion date: 14 March 2026</p>'],
    ['<title>受講票</title>', '<h1>受 講 票</h1><p>講座名：クラウドセキュリティ実践講座</p><p>修了日：2026年2月20日</p>'],
  ])('captures nothing from a booking, a learning plan or an admission slip (%s)', (head, body) => {
    expect(genericAdapter.extract(page(body, head), url)).toEqual([]);
  });

  it('reads a numeric date the way the page\'s other dates are written, whatever its language says', () => {
    const body = '<p>Course: Kubernetes Basics</p><p>Enrolled: 19/02/2026</p><p>Completion date: 03/04/2026</p>';
    expect(genericAdapter.extract(page(body, '', 'en-US'), url)[0]?.endDate).toBe('2026-04-03');
    const us = '<p>Course: Kubernetes Basics</p><p>Enrolled: 02/19/2026</p><p>Completion date: 03/04/2026</p>';
    expect(genericAdapter.extract(page(us, '', 'en-GB'), url)[0]?.endDate).toBe('2026-03-04');
  });

  it('reads a learning system\'s record: the title in a styled block, the issuer as its "Source", the page\'s own names refused', () => {
    const head = '<title>Learning History - Item Details</title>';
    const body = `<div class="breadcrumbBar">Home &gt; Learning History &gt; Item Details</div>
      <div class="pageTitle">GMP Annex 1: Contamination Control</div>
      <table><tr><td class="label">Completion Date</td><td>February 14, 2026</td></tr>
      <tr><td class="label">Source</td><td>Kestrel Pharma Quality Academy</td></tr></table>`;
    expect(genericAdapter.extract(page(body, head), url)[0]).toMatchObject({ title: 'GMP Annex 1: Contamination Control', provider: 'Kestrel Pharma Quality Academy', endDate: '2026-02-14' });
  });

  it('takes the course from og:description when og:title names the learner\'s certificate', () => {
    const head = '<meta property="og:title" content="Grace Mwangi\'s Certificate of Completion"><meta property="og:description" content="Managing Cybersecurity Risk in Projects">';
    const body = '<div>Certificate of Completion</div><p>Completed Nov 3, 2026</p><p>Certificate ID: AeL3Wq9vHz7Xk2Tn</p>';
    expect(genericAdapter.extract(page(body, head), url)[0]).toMatchObject({ title: 'Managing Cybersecurity Risk in Projects', certificateCode: 'AeL3Wq9vHz7Xk2Tn' });
  });

  it('reads the code a certificate prints as its verification address, never a link without a digit in it', () => {
    const body = '<h1>Certificate</h1><p>Course: Machine Learning</p><p>Completed on: 22 April 2026</p>';
    expect(genericAdapter.extract(page(`${body}<p>Verify at: https://coursera.org/verify/HQ3N7V2LPE9D</p>`), url)[0]?.certificateCode).toBe('HQ3N7V2LPE9D');
    expect(genericAdapter.extract(page(`${body}<p>Verify at coursera.org/verify/about</p>`), url)[0]?.certificateCode).toBeUndefined();
    expect(genericAdapter.extract(page(`${body}<p>See https://learn.example.org/verify/HQ3N7V2LPE9D</p>`), url)[0]?.certificateCode).toBeUndefined();
  });

  it.each([
    ['You attended this webcast live. Viewing time recorded: 58 mins.'],
    ['Thanks for attending! You attended this webinar live and earned 1.00 PDU.'],
    ['Vous avez suivi ce webinaire en direct.'],
    ['You’ve completed this course.'],
  ])('takes the page telling the learner they attended or completed as evidence: %j', (told) => {
    const [capture] = genericAdapter.extract(page(`<h1>Securing Agentic AI Pipelines</h1><p>${told}</p>`), url);
    expect(capture?.title).toBe('Securing Agentic AI Pipelines');
  });

  it.each([
    'You completed 3 of 5 modules.',
    'Once you have finished a course, download its certificate.',
    'You have completed 60% of this course.',
    'Sie haben an diesem Webinar noch nicht teilgenommen.',
  ])('never takes %j for a completion', (text) => {
    expect(genericAdapter.extract(page(`<h1>Securing Agentic AI Pipelines</h1><p>${text}</p>`), url)).toEqual([]);
  });

  it('reads a certificate number given in brackets, and an issuer without its accreditation', () => {
    const body = `<h1>Auditing AI Controls</h1><p>You attended this webinar. Your certificate of attendance (No. WB260226-88314) is ready.</p>
      <table><tr><th>Provider</th><td>Kairos Agile Partners (PMI Authorized Training Partner #4471)</td></tr></table>`;
    expect(genericAdapter.extract(page(body), url)[0]).toMatchObject({ certificateCode: 'WB260226-88314', provider: 'Kairos Agile Partners' });
  });

  it.each([
    ['a course whose progress label and figure sit apart', '<h1>SCOR v1.1</h1><p>Your progress</p><p>60%</p><ul><li>Module 1 <span>✔ Completed</span></li></ul><p>Started on: 2 March 2026</p><p>Completed on: —</p>'],
    ['a landing page with a sample certificate', '<h1>Network Security Fundamentals</h1><button>Enroll for free</button><figure>Learner Name has successfully completed Network Security Fundamentals</figure>'],
    ['a practice quiz\'s result', '<h1>CCNA Practice Quiz: IPv4 Subnetting</h1><span>Passed</span><p>Your score: 85%</p>'],
    ['a learning plan', '<h1>Plans de formation : Parcours Analyste SOC</h1><table><tr><td>SOC-101</td><td>Terminé le 12 février 2026</td></tr></table>'],
  ])('captures nothing from %s', (_what, body) => {
    expect(genericAdapter.extract(page(body), url)).toEqual([]);
  });

  it.each([
    ['the recipient a certificate names', '<h1>Priya Raman</h1><p>This certifies that Priya Raman has successfully completed the course</p><p>Completed on: 14 March 2026</p>', '<meta property="og:title" content="Priya Raman">'],
    ['the profile\'s owner', '<h1>Dana Whitfield</h1><p>Earned Jan 27, 2026</p><section><h2>Other badges earned by Dana Whitfield</h2><p>Cloud Basics</p></section>', '<meta property="og:title" content="Dana Whitfield">'],
  ])('never takes %s for the title, whichever source offers the name', (_who, body, head) => {
    expect(genericAdapter.extract(page(body, head), url)[0]?.title ?? '').not.toMatch(/Priya Raman|Dana Whitfield|Other badges/);
  });

  it('reads numeric dates by the page language', () => {
    const body = '<p>Course: Kubernetes Basics</p><p>Completion date: 04/05/2026</p>';
    expect(genericAdapter.extract(page(body, '', 'en-GB'), url)[0]?.endDate).toBe('2026-05-04');
    expect(genericAdapter.extract(page(body, '', 'en-US'), url)[0]?.endDate).toBe('2026-04-05');
  });

  it('ignores a revoked Open Badge', () => {
    const assertion = { '@context': 'https://w3id.org/openbadges/v2', type: 'Assertion', revoked: true, issuedOn: '2026-03-14', badge: { name: 'Revoked badge' } };
    const doc = page('<p>Nothing else</p>', `<script type="application/ld+json">${JSON.stringify(assertion)}</script>`);
    expect(genericAdapter.extract(doc, url)).toEqual([]);
  });

  it('captures nothing from pages that are not http(s)', () => {
    const { doc } = loadPage('generic', 'fr-attestation');
    expect(genericAdapter.extract(doc, new URL('file:///home/me/attestation.html'))).toEqual([]);
  });

  it.each([
    ['14 hours', 14],
    ['1h 30m', 1.5],
    ['90 minutes', 1.5],
    ['7,5 Stunden', 7.5],
    ['2 horas', 2],
    ['12時間', 12],
    ['3 heures 30', 3.5],
    ['many hours', undefined],
  ])('reads the duration %j as %s hours', (text, hours) => {
    expect(parseHours(text)).toBe(hours);
  });

  it.each([
    ['CC-1234 Copy', 'CC-1234'],
    ['\u200BAB\u200C12\u200D34\uFEFF', 'AB1234'],
    ['\u202EXY-9876\u202C', 'XY-9876'],
    ['\u2066ZZ-5555\u2069', 'ZZ-5555'],
    ['No. 88231', '88231'],
    ['Verify', undefined],
    ['KXQZPTRM', 'KXQZPTRM'],
    ['A'.repeat(65) + '1', undefined],
    ['March 14, 2026', undefined],
    ['2026 · CERT-2026-0042', 'CERT-2026-0042'],
  ])('cleans the code %j to %s', (raw, code) => {
    expect(cleanCode(raw)).toBe(code);
  });
});

describe('generic titles', () => {
  it('never takes a duration or a credit count beside a "Course" tag for the title', async () => {
    const { loadPage } = await import('../helpers/fixtures');
    const { genericAdapter } = await import('../../src/capture/generic/detector');
    const { doc } = loadPage('cisco-u', 'completed-learning-path');
    const [capture] = genericAdapter.extract(doc, new URL('https://training.example.org/certificates/1'));
    expect(capture?.title).toBe('Implementing Automation for Cisco Enterprise Solutions (ENAUTO)');
  });
});
