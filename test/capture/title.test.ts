/**
 * What may be a course's title: never a status badge, a level, the learning system, a label, a date, a button, a
 * sentence or a title cut short, nor the learner. When nothing better is on the page, a capture still keeps the
 * dates and code it read, at a confidence that asks the user to check the title.
 */
import { describe, expect, it } from 'vitest';
import { extractGeneric } from '../../src/capture/generic/detector';
import { judgeTitle, rankTitles, usableTitle } from '../../src/capture/generic/title';
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

  it.each(['MIS Security Management', 'My First Python Program', 'Introduction to the Azure Portal', 'Building a Customer Portal', 'Bravo Company Leadership', 'Great Job Interview Skills'])(
    'accepts %j, which only looks like a page kind or a greeting',
    (text) => {
      expect(usableTitle(text)).toBe(text);
    },
  );

  it.each(['Programming in Java', 'Cisco CCNA 200-301: Curso completo de redes y laboratorios', 'ネットワークセキュリティ実践コース', 'Introduction to Docker'])(
    'accepts %j',
    (text) => {
      expect(usableTitle(text)).toBe(text);
    },
  );

  it('drops a status badge the heading holds after the name', () => {
    expect(usableTitle('Sicherer Betrieb nach IEC 62443 – Präsenzseminar Abgeschlossen')).toBe('Sicherer Betrieb nach IEC 62443 – Präsenzseminar');
  });

  it('reads the course a heading quotes or names in a sentence', () => {
    expect(usableTitle('Thanks for joining “Detection Engineering with Sigma Rules”')).toBe('Detection Engineering with Sigma Rules');
    expect(usableTitle('Sofía Martínez ha completado Redes Cisco en la práctica')).toBe('Redes Cisco en la práctica');
    expect(usableTitle('Jonas Becker earned a Professional Certificate in Cybersecurity Fundamentals from RITx on edX')).toBe('Professional Certificate in Cybersecurity Fundamentals');
    expect(usableTitle('Rafael Souza recebeu a credencial Pentest em Aplicações Web')).toBe('Pentest em Aplicações Web');
    expect(usableTitle('Certificado de finalización de Fundamentos de la ciberseguridad')).toBe('Fundamentos de la ciberseguridad');
    expect(usableTitle('Certificado de Participação · BSides Lisbon 2025')).toBe('BSides Lisbon 2025');
    expect(usableTitle('My CE Credits - Cisco Live Amsterdam 2026')).toBe('Cisco Live Amsterdam 2026');
    expect(usableTitle('Mon espace – Attestation CPE | Rencontres Cyber Lyon 2026')).toBe('Rencontres Cyber Lyon 2026');
    expect(usableTitle('Cisco Live Amsterdam 2026 (9–13 February 2026)')).toBe('Cisco Live Amsterdam 2026');
    expect(usableTitle('Sécurité des réseaux Cisco : fondamentaux (28 heures, dont 12 heures de travaux pratiques)')).toBe('Sécurité des réseaux Cisco : fondamentaux');
    expect(usableTitle('Implementing Cisco SD-WAN Solutions (ENSDWI)')).toBe('Implementing Cisco SD-WAN Solutions (ENSDWI)');
    expect(usableTitle('Zero Trust in Practice with Cisco Secure Access ✓ Attended')).toBe('Zero Trust in Practice with Cisco Secure Access');
    expect(usableTitle('修了証明書: 【2026年版】Cisco CCNP ENCOR 350-401 完全攻略コース')).toBe('【2026年版】Cisco CCNP ENCOR 350-401 完全攻略コース');
    // A title that quotes a word of its own goes on after the quote.
    expect(usableTitle('Designing “Zero Trust” Campus Networks')).toBe('Designing “Zero Trust” Campus Networks');
    expect(usableTitle('The Bits and Bytes of Computer Networking')).toBe('The Bits and Bytes of Computer Networking');
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

describe('the course a certificate sets on the line after its heading', () => {
  const titleOf = (main: string) => extractGeneric(parseHtml(`<html lang="en"><head><title>Certificate of Completion</title></head><body><main>${main}</main></body></html>`), new URL('https://example.org/cert/1'))[0]?.title;

  it('reads the line after "Certificate of Completion", in a heading or a plain block', () => {
    expect(titleOf('<h1>Congratulations, Priya!</h1><div class="img"><div>Certificate of Completion</div><div>CISSP Cert Prep: 4 Communication and Network Security</div><div>Priya Raman</div><div>Certificate ID: AbXq3LmP9rT7</div></div>'))
      .toBe('CISSP Cert Prep: 4 Communication and Network Security');
    expect(titleOf('<h2>CERTIFICATE OF COMPLETION</h2><div>Cisco CCNA 200-301: Complete Hands-On Course</div><div>Date <b>Apr. 7, 2026</b></div>')).toBe('Cisco CCNA 200-301: Complete Hands-On Course');
  });

  it('reads a course named across the two lines a certificate wraps its sentence onto', () => {
    expect(titleOf('<h1>Certificate of Course Completion</h1><p>Mateo Fernández</p><p>has successfully achieved student level credential for completing CCNA:</p><p>Switching, Routing, and Wireless Essentials course administered by the</p><p>undersigned instructor.</p><p>14 Jan 2026</p>'))
      .toBe('CCNA: Switching, Routing, and Wireless Essentials');
  });

  it('joins no field, date or person to a name the first line left open', () => {
    expect(titleOf('<h1>Certificate of Completion</h1><p>has successfully completed CCNA:</p><p>Issued 14 Jan 2026</p>')).toBe('CCNA');
  });

  it('takes "Congratulations" over the course for a greeting, not a lead to the learner', () => {
    expect(titleOf('<h2>Congratulations</h2><h1>Cloud Security Fundamentals</h1><p>Completed on March 3, 2026</p>')).toBe('Cloud Security Fundamentals');
  });

  it('reads the line under a heading that is the learner, and never takes a name or a list of fields', () => {
    // The site's chrome names the signed-in learner (the avatar's initials beside the name).
    expect(titleOf('<div class="user-avatar">JB</div><span>Jonas Becker</span><h1>Jonas Becker</h1><p>Implementing and Operating Cisco Security Core Technologies (SCOR) v1.1</p><p>Erfolgreich teilgenommen</p><dl><dt>Zertifikatsnummer</dt><dd>FL-TB-2026-0031877</dd></dl>'))
      .toBe('Implementing and Operating Cisco Security Core Technologies (SCOR) v1.1');
    expect(titleOf('<h1>Certificate of Completion</h1><div>Priya Raman</div><p>has completed Network Basics</p><p>Certificate ID: NB-2026-0001</p>')).toBe('Network Basics');
  });
});

describe('rankTitles and a label inside a heading', () => {
  it('takes the heading set over three lines, not the "Course:" its middle line begins with', () => {
    const ranking = rankTitles([
      { text: 'Labs, Subnetting, Automation', source: 'labelled' },
      { text: 'The Complete Cisco CCNA 200-301 Course: Labs, Subnetting, Automation and Exam Prep', source: 'heading' },
    ]);
    expect(ranking.best?.title).toBe('The Complete Cisco CCNA 200-301 Course: Labs, Subnetting, Automation and Exam Prep');
    expect(ranking.rejected).toEqual([{ text: 'Labs, Subnetting, Automation', source: 'labelled', reason: 'part of a longer heading' }]);
  });

  it('keeps the labelled title when the longer text ends with it or is no title itself', () => {
    expect(rankTitles([{ text: 'Cloud Basics', source: 'labelled' }, { text: 'Module 4: Cloud Basics', source: 'heading' }]).best?.title).toBe('Cloud Basics');
    const ranking = rankTitles([
      { text: 'Cisco Live 2026 Amsterdam', source: 'labelled' },
      { text: 'Attendee: Sofia Lindqvist Event: Cisco Live 2026 Amsterdam', source: 'heading' },
    ]);
    expect(ranking.best?.title).toBe('Cisco Live 2026 Amsterdam');
  });
});

describe('rankTitles and organisations', () => {
  it('ranks an organisation\'s name below a course set as large, and says why', () => {
    const ranking = rankTitles([
      { text: 'Northfield State University', source: 'heading' },
      { text: 'Cloud Security Architecture', source: 'heading' },
    ]);
    expect(ranking.best?.title).toBe('Cloud Security Architecture');
    expect(ranking.ranked[1]!.reasons).toContain("reads as an organisation's name -15");
  });

  it('keeps an organisation\'s name a label gives, and a school\'s heading against the page title alone', () => {
    const labelled = rankTitles([{ text: 'Cisco Networking Academy', source: 'labelled' }, { text: 'Cloud Basics', source: 'heading' }]);
    expect(labelled.ranked[0]!.reasons.join(' ')).not.toMatch(/organisation/);
    expect(rankTitles([{ text: 'Machine Learning Summer School', source: 'heading' }, { text: 'Analytics Learning Hub', source: 'page-title' }]).best?.title).toBe('Machine Learning Summer School');
    expect(rankTitles([{ text: 'Introduction to SAS', source: 'heading' }, { text: 'Lakeshore State University', source: 'heading' }]).best?.title).toBe('Introduction to SAS');
  });
});

describe('rankTitles with the site\'s names', () => {
  it('refuses a wordmark that spells the printed web address\'s name with spaces', () => {
    const ranking = rankTitles([
      { text: 'NETLOGIQ TRAINING', source: 'heading' },
      { text: 'ENCOR – Implementing and Operating Cisco Enterprise Network Core Technologies v1.3', source: 'heading' },
    ], [], ['netlogiqtraining']);
    expect(ranking.best?.title).toBe('ENCOR – Implementing and Operating Cisco Enterprise Network Core Technologies v1.3');
  });

  it('refuses the site\'s own name and drops it after the course', () => {
    const ranking = rankTitles([
      { text: 'Udemy Business', source: 'heading' },
      { text: 'Cisco CCNA 200-301: Curso completo en Udemy', source: 'subheading' },
    ], [], ['Udemy', 'Udemy Business']);
    expect(ranking.best?.title).toBe('Cisco CCNA 200-301: Curso completo');
    expect(ranking.rejected.map((r) => r.reason)).toEqual(['the site’s own name']);
    expect(rankTitles([{ text: 'Fortinet Training Institute: Getting Started in Cybersecurity 3.0', source: 'page-title' }], [], ['Fortinet Training Institute']).best?.title)
      .toBe('Getting Started in Cybersecurity 3.0');
  });
});

describe('judgeTitle', () => {
  it.each([
    ['›', 'no letters'],
    ['Grace Mwangi’s Certificate of Completion', 'a certificate heading'],
    ['Certificat de réussite de Camille Dubois', 'a certificate heading'],
    ['Attendee Ravi Shankar', 'the learner, after a label'],
    ['Alumno/a Sofía Martínez Ortega', 'the learner, after a label'],
    ['Continuez à apprendre', 'the heading of a section of other courses'],
    ['Próximos webinars', 'the heading of a section of other courses'],
    ['Recommended for you', 'the heading of a section of other courses'],
    ['Item Type', 'a field label'],
    ['Email r.shankar@corp-mail.example', 'an address, an e-mail or a web link'],
    ['following', 'a fragment of a sentence'],
    ['Learning History', 'what the learning system calls the page'],
    ['Course completion status', 'what the learning system calls the page'],
    ['Mon espace', 'what the learning system calls the page'],
    ['FCF-GSC-30', 'a code'],
    ['Course Completion Certificate: Daniel Okafor', 'a certificate heading'],
    ['Course Completion Certificate - Daniel Okafor', 'a certificate heading'],
    ['🎉 You did it!', 'a status badge or a greeting'],
    ['¡Felicitaciones, Lucía!', 'a status badge or a greeting'],
    ['Obtuve un certificado verificado', 'a status badge or a greeting'],
    ['Content type', 'a field label'],
    ['Juniper Networks Learning Portal', 'what the learning system calls the page'],
    ['CPE Records', 'what the learning system calls the page'],
    ['Mijn leeractiviteiten', 'what the learning system calls the page'],
    ['パス', 'a certificate heading'],
    ['Partecipanti', 'a field label'],
    ['and passed the practical assessment', 'a fragment of a sentence'],
    ['on Tuesday, February 24, 2026', 'a fragment of a sentence'],
    ['correctamente el curso Google Fundamentos de la ciberseguridad', 'a fragment of a sentence'],
    ['Cursos incluidos en la especialización', 'the heading of a section of other courses'],
    ['has successfully', 'a fragment of a sentence'],
    ['Comments:', 'a field label'],
    ['Certificate Recipient:', 'a field label'],
    ['Daniel Okafor Submitted: Apr 14, 2026 at 3:02pm', 'a date'],
    ['CPE-Nachweis', 'a certificate heading'],
    ['Participation validée', 'a status badge or a greeting'],
    ['Educación Continua', 'what the learning system calls the page'],
    ['Continuing Education', 'what the learning system calls the page'],
  ])('refuses %j as %s', (text, reason) => {
    expect(judgeTitle(text)).toEqual({ rejected: reason });
  });

  it.each([
    ['Constancia de asistencia – Cisco Live Latinoamérica 2026', 'Cisco Live Latinoamérica 2026'],
    ['Abschlusszertifikat für Cisco CCNA 200-301: Der komplette Kurs', 'Cisco CCNA 200-301: Der komplette Kurs'],
    ['Learning Record: Data Protection by Design for Engineers (UK GDPR)', 'Data Protection by Design for Engineers (UK GDPR)'],
    ['Your CPE Certificate · Cascadia Blue Team Summit 2026', 'Cascadia Blue Team Summit 2026'],
    ['CPE-Teilnahmenachweis – Nordlicht Security Konferenz 2026', 'Nordlicht Security Konferenz 2026'],
    ['Udacity Certificate | AI Programming with Python', 'AI Programming with Python'],
    ['Educación Continua – Mi evento | Cisco Live Latinoamérica 2026', 'Cisco Live Latinoamérica 2026'],
  ])('takes %j for what it names after the kind of document', (text, title) => {
    expect(judgeTitle(text)).toEqual({ title });
  });

  it.each(['My Sessions', 'My Continuing Education Credits', 'Meine Kurse', 'Submission Details', 'Validação de certificado'])('refuses %j as the page’s own name', (text) => {
    expect(judgeTitle(text)).toEqual({ rejected: 'what the learning system calls the page' });
  });

  it('gives the learner as the reason when the name is the user’s', () => {
    expect(judgeTitle('Priya Raman', ['Priya Raman'])).toEqual({ rejected: 'a person’s name' });
  });

  it.each([
    ['：クラウドセキュリティ実践講座（基礎編）', 'クラウドセキュリティ実践講座（基礎編）'],
    ['Implementing Cisco ISE (SISE) v4.0 » qui s’est déroulée du 2 au 6 février', 'Implementing Cisco ISE (SISE) v4.0'],
    ['“Cloud Incident Response”', 'Cloud Incident Response'],
    ['Intro to SQL, pt. two: joins and more', 'Intro to SQL, pt. two: joins and more'],
  ])('tidies %j', (text, title) => {
    expect(judgeTitle(text)).toEqual({ title });
  });
});

describe('rankTitles', () => {
  it('prefers the more telling source and says why', () => {
    const ranking = rankTitles([
      { text: 'Recommended for you', source: 'subheading' },
      { text: 'Network Automation Essentials', source: 'heading' },
      { text: 'Securing Cisco Networks with SD-WAN', source: 'labelled' },
    ]);
    expect(ranking.best).toEqual({ title: 'Securing Cisco Networks with SD-WAN', score: 80, reasons: ['labelled +80'] });
    expect(ranking.ranked.map((r) => r.title)).toEqual(['Securing Cisco Networks with SD-WAN', 'Network Automation Essentials']);
    expect(ranking.rejected).toEqual([{ text: 'Recommended for you', source: 'subheading', reason: 'the heading of a section of other courses' }]);
  });

  it('adds a point for each independent source that names the same title, whatever its case and punctuation', () => {
    const ranking = rankTitles([
      { text: 'Agile Risk Management', source: 'wording' },
      { text: 'Advanced Kubernetes', source: 'heading' },
      { text: 'Advanced kubernetes', source: 'page-title' },
      { text: 'ADVANCED KUBERNETES!', source: 'credential' },
    ]);
    expect(ranking.best).toEqual({ title: 'ADVANCED KUBERNETES!', score: 110, reasons: ['credential +90', 'also named by: layout, page-title +20'] });
  });

  it('does not count one text read twice as agreement: a layout’s emphasised line is also its heading', () => {
    const ranking = rankTitles([
      { text: 'Administración de Kubernetes', source: 'labelled' },
      { text: 'Gran Título Decorativo', source: 'emphasised' },
      { text: 'Gran Título Decorativo', source: 'heading' },
    ]);
    expect(ranking.best?.title).toBe('Administración de Kubernetes');
  });

  it('keeps the order found in on a tie, and marks a title as long as a sentence down', () => {
    const long = `Cloud Security Fundamentals: ${'Identity and Data Protection, '.repeat(4)}in Practice`;
    const ranking = rankTitles([
      { text: 'First Heading Course', source: 'heading' },
      { text: 'Second Heading Course', source: 'heading' },
      { text: long, source: 'heading' },
    ]);
    expect(ranking.ranked.map((r) => [r.title, r.score])).toEqual([['First Heading Course', 50], ['Second Heading Course', 50], [long, 35]]);
  });

  it('has no best when every candidate is refused', () => {
    expect(rankTitles([{ text: 'Completed', source: 'heading' }]).best).toBeUndefined();
  });
});
