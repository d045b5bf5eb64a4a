/**
 * What the generic reader takes from page shapes the blind rounds showed: a course named only in bold inside its
 * completion sentence or in a labelled cell of two lines, a webinar console's attendance in its sidebar, progress lines
 * that mean "not yet", and certificate codes labelled in the ways portals label them.
 */
import { describe, expect, it } from 'vitest';
import { creditsInPhrase, providerNamedOnPage, readLabels } from '../../src/capture/generic/labels';
import { extractGeneric } from '../../src/capture/generic/detector';

const providerFor = (doc: Document, url: URL) => extractGeneric(doc, url)[0]?.provider;
import { parseHtml } from '../helpers/fixtures';

const read = (lang: string, main: string) => readLabels(parseHtml(`<html lang="${lang}"><body><main>${main}</main></body></html>`), new URL('https://example.org/'));

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

  it('takes that first line whatever the line under it says, and under a column header too', () => {
    const cell = read('de', '<h1>Trainingsdetails</h1><span>Abgeschlossen</span><table><tr><th>Kurs</th><td><b>Implementing and Configuring Cisco Identity Services Engine (SISE) v4.0</b><br><span>Kurs-ID: SISE</span></td></tr><tr><th>Abgeschlossen am</th><td>18.09.2026</td></tr></table>');
    expect(cell.title).toBe('Implementing and Configuring Cisco Identity Services Engine (SISE) v4.0');
    const column = read('en', '<h1>My Training</h1><table><tr><th>#</th><th>Course</th><th>Dates</th><th>Status</th></tr><tr><td>1</td><td><b>Implementing Cisco Application Centric Infrastructure (DCACI) v1.3</b><br><span>Trainer: Vikram Sethi · Batch KS-DCACI-0914</span></td><td>14–18 Sep 2026</td><td>Completed</td></tr></table><p>Certificate No: KS-26-0914-118</p>');
    expect(column.title).toBe('Implementing Cisco Application Centric Infrastructure (DCACI) v1.3');
  });

  it('takes the block just before "Course completed on …"', () => {
    const found = read('en', '<main><div>Certificate of Completion</div><div>Congratulations, Priya Raman</div><div>Technical Project Management</div><div>Course completed on Oct 14, 2026 at 04:32PM UTC · 1 hour 32 minutes</div></main>');
    expect(found.title).toBe('Technical Project Management');
    expect(found.endDate).toBe('2026-10-14');
  });
});

describe('pages that award nothing yet', () => {
  it.each([
    ['en', '<span>2 items left</span>'],
    ['en', '<span>10 of 12 completed</span>'],
    ['en', '<p>Your certificate of completion and CE credit eligibility unlock when all items are complete.</p>'],
    ['de', '<span>Noch 3 Lektionen</span>'],
    ['fr', '<span>2 éléments restants</span>'],
    ['es', '<span>Quedan 2 módulos</span>'],
  ])('reads a path with parts still to do as unfinished (%s: %s), though its finished items say Completed', (lang, left) => {
    const path = read(lang, `<h1>CCNP Security: SCOR v1.0</h1><span>In progress</span><span>64 CE credits</span>${left}<ol><li>Describing Cryptography <span>Completed</span></li><li>Deploying Secure Email <span>Completed</span></li></ol>`);
    expect(path.completion).toBe(false);
  });

  it('still reads a path whose every part is done', () => {
    expect(read('en', '<h1>CCNP Security: SCOR v1.0</h1><span>Completed</span><span>12 of 12 completed</span><dl><dt>Completed on</dt><dd>Oct 9, 2026</dd></dl>').completion).toBe(true);
  });

  it('reads a progress line short of 100% as unfinished, even with its courses listed as completed', () => {
    const plan = read('en', '<h1>Cloud Security Engineer Path</h1><div>In progress · 40% complete (2 of 5 courses)</div><div><h3>Cloud Shared Responsibility</h3><div>Completed 01/19/2026</div><span>Completed</span></div><p>Code: LP-CSE-2026</p>');
    expect(plan.notAnAward).toBe(true);
    expect(plan.completion).toBe(false);
  });
});

describe('pages built to pass for completions', () => {
  it.each([
    ['a course a quiz short of its certificate', 'en', '<div>95%</div><h1>Implementing Cisco Security Core</h1><p>Duration: 64 hours</p><p>You have completed 19 of 20 items. Complete the final quiz to earn your certificate and CE credits.</p><ul><li>Section 1 <span>✓ Complete</span></li></ul>'],
    ['a certificate still to come', 'en', '<h1>CISSP Certification Training</h1><p>40 CPEs upon completion</p><h2>Your certificate will appear here</h2><p>Complete the unlock criteria to generate your certificate</p><p>Attend one batch of live classes</p><span>Done</span>'],
    ['a locked certificate', 'fr', '<h1>Sécurité des réseaux</h1><p>Certificat de réussite (verrouillé)</p><p>Terminez le quiz final pour obtenir votre certificat.</p><span>Terminé</span>'],
    ['a waitlisted session', 'es', '<h1>Taller presencial: Respuesta a incidentes</h1><p>Se emite un certificado de asistencia.</p><dl><dt>Créditos</dt><dd>14 CPE</dd><dt>Fechas</dt><dd>12/05/2026 – 13/05/2026</dd></dl><span>En lista de espera (posición 3)</span>'],
    ['a badge that expired', 'es', '<h1>Red Hat Certified System Administrator</h1><p>⚠ Esta insignia ha caducado.</p><dl><dt>Emitida por</dt><dd>Red Hat</dd><dt>Fecha de emisión</dt><dd>12 de marzo de 2022</dd></dl><p>Resultado: la insignia es auténtica pero caducó y ya no es válida.</p>'],
    ['a registration confirmation', 'en', '<h1>Your registration is confirmed</h1><dl><dt>Course</dt><dd>2031 – Cyber Security Risk Assessment</dd><dt>Class dates</dt><dd>March 8–10, 2027</dd><dt>Credits</dt><dd>2.1 CEUs upon completion</dd></dl><p>This is a confirmation of enrollment, not a certificate of completion.</p>'],
    ['a history of many completed courses', 'en', '<h1>My Learning</h1><div><span>In Progress (2)</span><span>Completed (9)</span><span>Expired (3)</span></div><table><tr><th>Product</th><th>Completed</th><th>CE Credits</th></tr><tr><td>CLCOR v1.2</td><td>Jan 27, 2026</td><td>64</td></tr></table>'],
  ])('%s is no award', (_kind, lang, main) => {
    const found = read(lang, main);
    expect(found.completion).toBe(false);
    expect(found.notAnAward).toBe(true);
  });

  it('a completion page that mentions another course\'s certificate still counts', () => {
    const found = read('en', '<h1>Cloud Basics</h1><p>You completed this course on March 9, 2026.</p><p>Certificate ID: CB-2026-0042</p>');
    expect(found.completion).toBe(true);
  });
});

describe('the learner the site names, never a title', () => {
  const page = (body: string, title = 'Certificate') => readLabels(parseHtml(`<html lang="en"><head><title>${title}</title></head><body>${body}</body></html>`), new URL('https://example.org/'));

  it.each([
    ['after "Signed in as"', '<header><span>Signed in as</span> <b>Grace Whitaker</b></header><main><h1>Grace Whitaker</h1><h2>Detection Engineering</h2><p>Certificate ID: LCA-1187</p></main>'],
    ['in "Você acessou como …"', '<main><h1>Rafael Souza Lima</h1><h2>Getting Started in Cybersecurity</h2><p>Certificate ID: FCF-30-1187</p></main><footer>Você acessou como Rafael Souza Lima (Sair)</footer>'],
    ['beside the initials of its avatar', '<header><span class="avatar">JB</span><span>DE ▾</span></header><main><p>Erfolgreich teilgenommen</p><h1>Jonas Becker</h1><h2>Implementing Cisco SCOR v1.1</h2><p>Zertifikatsnummer: FL-TB-2026-0031877</p></main>'],
  ])('%s', (_where, body) => {
    const found = page(body);
    expect(found.title).not.toMatch(/Whitaker|Souza|Becker/);
    expect(found.title).toMatch(/Detection|Getting Started|SCOR/);
  });

  it('never takes an acronym in the header for someone\'s initials', () => {
    const found = page('<header><span>SOC</span></header><main><h1>Security Operations Center</h1><p>Certificate ID: SOC-2026-0042</p></main>', 'Security Operations Center');
    expect(found.title).toBe('Security Operations Center');
  });

  it('takes the course a learner\'s certificate is for, and the line after "has successfully completed the career track"', () => {
    expect(page('<main><h1>Certificate of Completion</h1><p>Issued on March 2nd, 2026</p></main>', 'Ngozi Adeyemi\'s Certificate of Completion for Learn SQL').title).toBe('Learn SQL');
    const track = page('<main><p>Statement of Accomplishment</p><h1>Lucas Moreau</h1><p>has successfully completed the career track</p><p>Associate Data Scientist in Python</p><p>JAN 12, 2026</p></main>', 'Lucas Moreau\'s Statement of Accomplishment');
    expect(track.title).toBe('Associate Data Scientist in Python');
  });

  it('never takes a button row that ends with "course" for the verb before a course', () => {
    const found = page('<main><h1>CCNP ENCOR v1.2</h1><p>✓ Completed</p><div><a>View certificate of completion</a> <a>Share</a> <a>Review course</a></div><h2>Course content</h2></main>', 'CCNP ENCOR v1.2 | Cisco U.');
    expect(found.title).toBe('CCNP ENCOR v1.2');
  });
});

describe('details beside the main content', () => {
  it('fills what main left out from the rest of the page', () => {
    const doc = parseHtml('<html lang="nl"><body><main><h1>Praktijktraining Cloud Security</h1><p>Sanne de Vries heeft de training afgerond, gehouden op 12 en 13 maart 2026.</p></main><aside><dl><dt>Certificaatnummer</dt><dd>VCA-2026-03-0457</dd></dl></aside></body></html>');
    expect(readLabels(doc, new URL('https://example.org/'))).toMatchObject({ endDate: '2026-03-13', certificateCode: 'VCA-2026-03-0457' });
  });
});

describe('a template with its blanks', () => {
  it('is no award', () => {
    const found = read('en', '<h1>Certificate of Attendance</h1><p>This certifies that (Member name)</p><p>ISC2 Member # ______________ attended the chapter event</p><p>held on ____ / ____ / ________ and earned ______ CPE credits.</p><p>______________________</p>');
    expect(found).toMatchObject({ completion: false, notAnAward: true });
  });
});

describe('the organisation a site\'s address names', () => {
  const read = (url: string, body: string) => providerFor(parseHtml(`<html lang="en"><body><main>${body}</main></body></html>`), new URL(url));

  it('is named as the page writes it, with the words that say what it is', () => {
    expect(read('https://canvas.marrowfield.edu/courses/1', '<h1>CE-CYB 115</h1><p>Course completed on Feb 20, 2026.</p><footer>Marrowfield Community College · Privacy</footer>')).toBe('Marrowfield Community College');
    expect(read('https://cyberlearn-campus.fr/attestation/9', '<h1>Fondamentaux</h1><p>Attestation de réussite délivrée le 3 mars 2026 par Cyberlearn Campus.</p>')).toBe('Cyberlearn Campus');
    expect(read('https://bellecote.360learning.com/course/7', '<h1>Sécurité</h1><p>Cours terminé le 3 mars 2026</p><p>Université Bellecôte · Groupe Bellecôte</p>')).toBe('Université Bellecôte');
  });

  it('is the host name when the page never writes it', () => {
    expect(read('https://learn.example-academy.org/c/1', '<h1>Zero Trust</h1><p>Course completed on Feb 20, 2026.</p>')).toBe('learn.example-academy.org');
  });
});

describe('certificate codes as pages show them', () => {
  it.each([
    ['en', '<p>Completed on Apr 22, 2026</p><p>View certificate</p><p>Verify CU-E-8841-2207</p>', 'CU-E-8841-2207'],
    ['es', '<p>Completado el 22 de abril de 2026</p><div><p>ID de certificado válido</p><p>9a7c1e4f0b2d4c6e8f1a3b5c7d9e0f12</p></div>', '9a7c1e4f0b2d4c6e8f1a3b5c7d9e0f12'],
    ['es', '<p>Asististe el 21 de octubre de 2026</p><div><p>ID de asistencia</p><p>WBX-LATAM-21102026-55871</p></div>', 'WBX-LATAM-21102026-55871'],
    ['fr', '<p>Terminé le 27 février 2026</p><div><p>Attestation</p><p>n° RHLS-ATT-7716204</p></div>', 'RHLS-ATT-7716204'],
    ['fr', '<p>Obtenu le 3 mars 2026</p><div><p>ID de l\u2019identifiant</p><p>b2e4c9d1-7f30-4a8e-9c55-0e1d6a3f7b92</p></div>', 'b2e4c9d1-7f30-4a8e-9c55-0e1d6a3f7b92'],
    ['en', '<p>You have completed the course on March 13, 2026. Certificate No. WU-CPS-26-00418 — employers can confirm it by e-mail.</p>', 'WU-CPS-26-00418'],
  ])('%s: %s', (lang, main, code) => {
    expect(read(lang, `<h1>Securing Hybrid Work</h1>${main}`).certificateCode).toBe(code);
  });

  it('reads the code from a certificate drawer beside the main content', () => {
    const doc = parseHtml('<html lang="en"><body><main><h1>CCNP Security: SCOR v1.0</h1><p>Completed</p><p>Apr 22, 2026 · 64 CE credits</p></main><div role="dialog"><h2>Your certificate</h2><dl><dt>Certificate ID</dt><dd>CUP-7F3A-22C9-0481</dd></dl></div></body></html>');
    expect(readLabels(doc, new URL('https://u.cisco.com/paths/1')).certificateCode).toBe('CUP-7F3A-22C9-0481');
  });
});

describe('the credits a page awards in all', () => {
  it.each([
    ['en', '<h1>RSAC 2026 Conference</h1><table><tr><th>Session</th><th>CPE</th></tr><tr><td>Opening keynote</td><td>1</td></tr><tr><td>Zero trust in practice</td><td>1.5</td></tr></table><dl><dt>Total CPE credits</dt><dd>16.5</dd></dl>', 16.5, 'CPE'],
    ['fr', '<h1>CyberSécu Days Lyon 2026</h1><dl><dt>Crédits CPE</dt><dd>1</dd><dt>Crédits CPE attribués</dt><dd>31,5 CPE</dd></dl>', 31.5, 'CPE'],
    ['es', '<h1>Cisco Live Latinoamérica 2026</h1><dl><dt>Créditos</dt><dd>4 CE</dd><dt>Créditos CE obtenidos</dt><dd>12</dd></dl>', 12, 'CE'],
    ['en', '<h1>Cisco Live 2026 Las Vegas</h1><p>BRKSEC-2074 · 2 CE credits</p><div><span>Total CE credits earned</span><span>14</span></div>', 14, 'CE'],
  ])('%s: %s', (lang, main, credits, unit) => {
    expect(read(lang, main)).toMatchObject({ credits, creditUnit: unit });
  });

  it.each([
    ['en', '<h1>Implementing and Operating Cisco Security Core Technologies</h1><p>Completed on Apr 22, 2026</p><p>Earn 64 CE</p>', 64, 'CE'],
    ['fr', '<h1>Gestion des incidents de sécurité</h1><p>Terminé le 3 mars 2026</p><div><p>Crédits</p><p>crédits CPE : 2</p></div>', 2, 'CPE'],
    ['fr', '<h1>Atelier Zero Trust</h1><p>Vous avez assisté à cette session le 19 novembre 2026.</p><p>Cette session donne droit à des crédits CPE : 2 (groupe A).</p>', 2, 'CPE'],
    ['fr', '<h1>Cisco XDR en pratique</h1><p>Terminé le 14 avril 2026</p><dl><dt>Crédits Cisco CE</dt><dd>1,5 crédit (Programme de formation continue Cisco)</dd></dl>', 1.5, 'CE'],
    ['es', '<h1>Scrum en la práctica</h1><p>Completado el 3 de marzo de 2026</p><dl><dt>PDU de PMI</dt><dd>1,5</dd></dl>', 1.5, 'PDU'],
    ['ja', '<h1>ITガバナンスと内部監査</h1><p>修了日 2026年2月14日</p><dl><dt>CPE時間</dt><dd>2</dd></dl>', 2, 'CPE'],
  ])('%s: reads the credits of %s', (lang, main, credits, unit) => {
    expect(read(lang, main)).toMatchObject({ credits, creditUnit: unit });
  });

  it('takes no price for a total', () => {
    expect(read('en', '<h1>Cloud Basics</h1><p>Completed on March 3, 2026</p><dl><dt>Total</dt><dd>99.00 USD</dd></dl>').credits).toBeUndefined();
  });
});

describe('credits after a separator', () => {
  it('reads "· CEUs: 0.8" and "PDUs/ContactHours: 1.50", never a catalogue card\'s', () => {
    expect(read('en', '<h1>Certificate of Completion</h1><p>comprising 8 contact hours of instruction · CEUs: 0.8</p>')).toMatchObject({ credits: 0.8, creditUnit: 'CEU' });
    const card = read('en', '<h1>Technical Project Management</h1><p>Course completed on Oct 14, 2026</p><p>PMI ATP #4101 · <strong>PDUs/ContactHours: 1.50</strong></p><div>Agile Foundations<small>Course · 1h 48m · PDUs 1.75</small></div>');
    expect(card).toMatchObject({ credits: 1.5, creditUnit: 'PDU' });
    expect(read('en', '<h1>Technical Project Management</h1><p>Course completed on Oct 14, 2026</p><div>Agile Foundations<small>Course · 1h 48m · PDUs 1.75</small></div>').credits).toBeUndefined();
  });
});

describe('labels in Italian, Portuguese and Dutch', () => {
  it('reads the issuer, the code and the hours as those sites label them', () => {
    const nl = read('nl', '<h1>Veilig Programmeren – Niveau 2</h1><dl><dt>Uitgegeven door</dt><dd>Hogeschool Rijnmond</dd><dt>Uitgegeven op</dt><dd>14 januari 2026</dd><dt>Studiebelasting</dt><dd>56 uur (2 EC)</dd></dl>');
    expect(nl).toMatchObject({ provider: 'Hogeschool Rijnmond', hours: 56, completion: true });
    const de = read('de', '<h1>Applied Skills</h1><p>Verdient am 14. Oktober 2025</p><dl><dt>Anmelde-ID</dt><dd>8B1F2C4D9E0A7F35</dd></dl>');
    expect(de.certificateCode).toBe('8B1F2C4D9E0A7F35');
    const it = read('it', '<h1>Reti aziendali</h1><dl><dt>Rilasciato da</dt><dd>Conti Academy</dd><dt>Durata</dt><dd>32 ore</dd><dt>Codice del certificato</dt><dd>4821937563GR</dd></dl>');
    expect(it).toMatchObject({ provider: 'Conti Academy', hours: 32, certificateCode: '4821937563GR' });
  });

  it('never takes a bare "Code:" (a course\'s code in a learning system) for the certificate\'s', () => {
    expect(read('en', '<h1>Zeek</h1><p>Completed</p><p>Code: NSM-ZK-02</p>').certificateCode).toBeUndefined();
  });

  it('reads the code a verification address gives as its query, and a Japanese certificate\'s number', () => {
    expect(read('en', '<h1>Certificate of Completion</h1><p>Verify this certificate at https://training.example.org/certification/verify?id=LF-k9x2fq7pzm</p>').certificateCode).toBe('LF-k9x2fq7pzm');
    expect(read('ja', '<h1>修了証</h1><p>第 2026-0314-021 号</p>').certificateCode).toBe('2026-0314-021');
  });

  it('never takes a date beside a code\'s label for the code', () => {
    expect(read('en', '<h1>Certificate of Completion</h1><dl><dt>Certificate ID</dt><dd>11/03/2026</dd></dl>').certificateCode).toBeUndefined();
  });

  it('never takes a bare "Référence" (the course\'s reference as often as the certificate\'s)', () => {
    expect(read('fr', '<h1>Attestation de fin de formation</h1><dl><dt>Référence :</dt><dd>WS-2022-ADM</dd></dl>').certificateCode).toBeUndefined();
  });

  it('reads the code of a Moodle certificate\'s table, in a column headed "Code" alone', () => {
    const found = read('de', '<h1>Arbeitssicherheit</h1><h2>Erhaltene Zertifikate</h2><table><thead><tr><th>Name</th><th>Erhalten am</th><th>Code</th><th>Datei</th></tr></thead><tbody><tr><td>Jonas Becker</td><td>Montag, 9. Februar 2026, 10:14</td><td>kX7p2QmR9a</td><td>Bescheinigung.pdf</td></tr></tbody></table>');
    expect(found).toMatchObject({ certificateCode: 'kX7p2QmR9a', endDate: '2026-02-09' });
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

describe('certificate codes', () => {
  it.each([
    ['de', '<h1>ENCOR</h1><div><span>Abschlussnachweis-Nr.</span><span>DLL-2026-DE-0419-7732</span></div>', 'DLL-2026-DE-0419-7732'],
    ['de', '<h1>ENCOR</h1><dl><dt>Nr. der Teilnahmebestätigung</dt><dd>NARM-TB-2026-00417</dd></dl>', 'NARM-TB-2026-00417'],
    ['en', '<h1>AI Audit</h1><dl><dt>CPE Certificate No.</dt><dd>ATL-2026-0416-118</dd></dl>', 'ATL-2026-0416-118'],
    ['es', '<h1>Ciberseguridad</h1><div><span>Certificado válido ID</span><span>8f2c41d07ab94e6c9d3355e1a0b7c622</span></div>', '8f2c41d07ab94e6c9d3355e1a0b7c622'],
    ['fr', '<h1>Rencontres Cyber</h1><p>Attestation n° RCL26-CPE-00912</p>', 'RCL26-CPE-00912'],
    ['ja', '<h1>修了証明書</h1><p>修了証明書番号: UC-5e8b3c1a-9f42</p>', 'UC-5e8b3c1a-9f42'],
    ['en', '<h1>Secure Coding</h1><p>Issued: Feb 11, 2026 · Expires: Feb 11, 2028 · Unique ID: 7F3K-2Q9M-XT41</p>', '7F3K-2Q9M-XT41'],
    ['en', '<h1>ISE Deep Dive</h1><p>CE credits awarded: 8 · Entry scan 8:51 a.m. · Attendance record #CLUS26-TS-40172</p>', 'CLUS26-TS-40172'],
    ['fr', '<h1>Sécurité réseau</h1><p>Vérifier sur : coursera.org/verify/specialization/K8WQ2RJ5TNXD</p>', 'K8WQ2RJ5TNXD'],
  ])('%s: %s', (lang, main, code) => {
    expect(read(lang, main).certificateCode).toBe(code);
  });

  it('takes no code from a separator-joined line without a code label', () => {
    expect(read('en', '<h1>Secure Coding</h1><p>Issued: Feb 11, 2026 · Version 2 · Room B-204</p>').certificateCode).toBeUndefined();
  });
});

describe('hours and dates as portals state them', () => {
  it.each([
    ['en', '<h1>Python Basics</h1><p>Completed on August 28, 2026</p><div><span>Duration</span><span>Approximately 29 hours</span></div>', 29],
    ['de', '<h1>CCNA</h1><p>Abgeschlossen am 14.10.2026</p><p>Länge 38,5 Gesamtstunden</p>', 38.5],
    ['fr', '<h1>Python</h1><p>Terminé le 14 oct. 2026</p><div><span>Durée</span><span>environ 8 heures</span></div>', 8],
    ['en', '<h1>Suricata</h1><p>Enrolled: Jan 27, 2026 · Completed: Feb 11, 2026 · Time spent: 1h 45m</p>', 1.75],
  ])('%s: %s', (lang, main, hours) => {
    expect(read(lang, main).hours).toBe(hours);
  });

  it('reads the cards after the heading\'s card: an article is the content only when it is the page\'s one article', () => {
    const page = (body: string) => readLabels(parseHtml(`<html lang="en"><body>${body}</body></html>`), new URL('https://learningnetwork.cisco.com/s/event/1'));
    const cards = page(`<article><h1>ENCOR Wireless Deep Dive</h1><span>Attended</span></article>
      <article><h2>Event Information</h2><div><span>Date &amp; Time</span><div>Apr 16, 2026, 8:00 AM</div></div>
      <div><span>Duration</span><div>90 minutes</div></div><div><span>Attendance Record</span><div>TLN-EVT-2026-0716</div></div></article>`);
    expect(cards).toMatchObject({ endDate: '2026-04-16', hours: 1.5, certificateCode: 'TLN-EVT-2026-0716' });
  });
});

describe('credits as pages award them', () => {
  it.each([
    ['en', '<h1>Demystifying IPv6</h1><p>attended the live webinar on May 14, 2026, and has been awarded 1 Continuing Education (CE) credit toward recertification.</p>', 1, 'CE'],
    ['es', '<h1>Automatización de redes</h1><p>Esta actividad otorga</p><p>1 crédito de Educación Continua (CE)</p><p>del Programa de Educación Continua de Cisco.</p>', 1, 'CE'],
    ['fr', '<h1>Travail hybride</h1><p>Cette participation peut être déclarée pour 1 crédit CPE auprès de l’ISC2.</p>', 1, 'CPE'],
    ['en', '<h1>ISE Deep Dive</h1><div><span>CE credits awarded:</span><span>8</span></div>', 8, 'CE'],
    ['de', '<h1>Awareness</h1><table><tr><th>Gesamtstunden</th><th>CPE-Stunden</th></tr><tr><td>2,00</td><td>2,50</td></tr></table>', 2.5, 'CPE'],
    ['fr', '<h1>Portefeuille agile</h1><table><tr><td>Total des PDU</td><td>1,50 PDU</td></tr></table>', 1.5, 'PDU'],
  ])('%s: %s', (lang, main, credits, unit) => {
    expect(read(lang, main)).toMatchObject({ credits, creditUnit: unit });
  });

  it('prefers the sentence that awards the credits over a session listed with its own', () => {
    const found = read('en', '<h1>Cyber Defence Summit 2026</h1><ul><li>Opening keynote · 1 CPE</li></ul><p>This is to certify that Elif attended the summit and is awarded 11.5 CPE credits for the sessions listed.</p>');
    expect(found.credits).toBe(11.5);
  });

  it('takes no credits from another item or from a page that says none are earned', () => {
    expect(read('en', '<h1>OSPFv3 Tutorial</h1><p>Completed on March 3, 2026</p><p>Tutorials do not earn Continuing Education (CE) credits.</p><p>Related learning path · 40 CE credits</p>').credits).toBeUndefined();
  });
});

describe('the provider a page names in passing', () => {
  const named = (body: string, url: string) => providerNamedOnPage(parseHtml(`<html><body>${body}</body></html>`), new URL(url), []);

  it('takes a company named with its legal form, never the learner\'s employer', () => {
    expect(named('<main><h1>Privacy by Design</h1><p>Delivered for you by Northgate Privacy Training Ltd.</p></main>', 'https://wd3.myworkday.com/x')).toMatch(/^Northgate Privacy Training Ltd\.?$/);
    expect(named('<main><h1>CCNA</h1><p>Teilnehmer/in: Herr Jonas Becker, Stadtwerke Lüneburg GmbH</p></main>', 'https://portal.netskills.de/x')).toBeUndefined();
  });

  it('takes the copyright holder only when its name is the site\'s own', () => {
    expect(named('<main><h1>Rencontres Cyber Lyon</h1></main><footer>© 2026 Cyber Rhône-Alpes · Mentions légales</footer>', 'https://rencontres-cyber-lyon.fr/a')).toBe('Cyber Rhône-Alpes');
    expect(named('<main><h1>Privacy by Design</h1></main><footer>© 2026 Workday, Inc. All rights reserved.</footer>', 'https://wd3.myworkday.com/x')).toBeUndefined();
  });

  it('knows the holder when a trademark sign is stuck to its name', () => {
    expect(named('<main><h1>Network Basics</h1></main><footer>© 2024 Acme™ Learning. All rights reserved.</footer>', 'https://learn.acme.com/c/1')).toBe('Acme™ Learning');
  });
});

describe('pages that look unfinished or not', () => {
  it('reads "● 60% completed" and "not yet eligible for a certificate" as a course under way', () => {
    const progress = read('en', '<h1>Your progress</h1><div>Course completion</div><div>60%</div><div>● 60% completed</div><p>This represents how much of the course content you have completed.</p><p>You are not yet eligible for a certificate.</p>');
    expect(progress.completion).toBe(false);
  });

  it('takes a heading over upcoming sessions ("Próximas convocatorias recomendadas") for no convocation', () => {
    const found = read('es', '<h1>Certificado de asistencia</h1><table><tr><th>Curso</th><td>Implementing and Administering Cisco Solutions (CCNA) v2.1</td></tr><tr><th>Fecha de emisión</th><td>16/03/2026</td></tr></table><section><h2>Próximas convocatorias recomendadas</h2><p>SCOR · 20/04/2026</p></section>');
    expect(found).toMatchObject({ completion: true, title: 'Implementing and Administering Cisco Solutions (CCNA) v2.1' });
  });
});

describe('what a second reading of the readers found', () => {
  it('never takes a name in bold after a noun ("Participant", "Completion record of") for the course', () => {
    expect(read('en', '<h1>Cloud Security Basics</h1><p>Completed on March 14, 2026</p><p>Participant: <b>Jane Doe</b></p>').title).toBe('Cloud Security Basics');
    expect(read('en', '<h1>Cloud Security Basics</h1><p>Completed on March 14, 2026</p><p>Completion record of <strong>Jane Doe</strong></p>').title).toBe('Cloud Security Basics');
  });

  it('reads "We confirm that X meets …" as no recipient', () => {
    expect(read('en', '<h1>Cloud Security Basics</h1><p>Completed on March 14, 2026</p><p>We confirm that Cloud Security Basics meets the CPE criteria.</p>').title).toBe('Cloud Security Basics');
  });

  it('takes no completion date from the next sentence', () => {
    expect(read('en', '<h1>Cloud Basics</h1><p>You completed this course. The next live session is on March 3, 2027.</p>').endDate).toBeUndefined();
  });

  it('reads "Completed by NAME" over the date', () => {
    expect(read('en', '<h1>Python for Everybody</h1><div><p>Completed by Jane Doe</p><p>March 14, 2026</p></div>').endDate).toBe('2026-03-14');
  });
});

describe('records and badges the sixth session\'s first blind round showed', () => {
  it('reads an activity a certification body\'s record lists as reported, with its dates, sponsor and CPE hours', () => {
    const record = read('en', '<h1>MyCPE</h1><p>Reporting period 2026</p><div>38.00</div><div>CPE reported this year</div><table><tr><th>Activity Title</th><td>CISA Exam Review Bootcamp (Virtual)</td></tr><tr><th>Sponsoring Organization</th><td>ISACA Chicago Chapter</td></tr><tr><th>Activity Dates</th><td>9/15/2026 - 9/17/2026</td></tr><tr><th>CPE Hours</th><td>21.00</td></tr><tr><th>Date Reported</th><td>10/2/2026</td></tr></table>');
    expect(record).toMatchObject({ completion: true, title: 'CISA Exam Review Bootcamp (Virtual)', provider: 'ISACA Chicago Chapter', startDate: '2026-09-15', endDate: '2026-09-17', credits: 21, creditUnit: 'CPE' });
    // The same record not yet reported is a form being filled, not an activity done.
    expect(read('en', '<h1>Add CPE</h1><table><tr><th>Activity Title</th><td>CISA Exam Review Bootcamp</td></tr><tr><th>Activity Dates</th><td>9/15/2026 - 9/17/2026</td></tr></table>').completion).toBe(false);
  });

  it('takes no tally of a year or a cycle for the credits of one activity', () => {
    expect(read('en', '<h1>My CPEs</h1><div>41 CPE hours reported for 2026</div><div>20 CPE annual minimum</div><dl><dt>Title</dt><dd>Fall Conference</dd><dt>Date Reported</dt><dd>10/29/2026</dd></dl>').credits).toBeUndefined();
  });

  it('reads a badge\'s date after a check mark, and never its owner, named in the page title, as the title', () => {
    const doc = parseHtml('<html lang="es"><head><meta property="og:title" content="Insignia de Sofía Martínez: Crea una red segura en Google Cloud"></head><body><main><h1>Sofía Martínez</h1><h2>Crea una red segura en Google Cloud</h2><div>&#10003; Obtenida el 7 de octubre de 2026</div></main></body></html>');
    const badge = extractGeneric(doc, new URL('https://www.cloudskillsboost.google/public_profiles/5e2f/badges/1473'))[0];
    expect(badge).toMatchObject({ title: 'Crea una red segura en Google Cloud', endDate: '2026-10-07' });
    // A check mark before a status word alone is a badge, not a label whose value follows.
    expect(read('en', '<h1>Cloud Basics</h1><span>&#10003; Completed</span><span>30 CE credits</span>').endDate).toBeUndefined();
  });
});

describe('credits as partners\' pages give them', () => {
  it.each([
    ['fr', '<p>Cette formation officielle Cisco donne droit à 64 crédits Continuing Education (CE) dans le cadre du programme.</p>', 64, 'CE'],
    ['es', '<p>Esta actividad es elegible para 24 créditos del programa Cisco Continuing Education.</p>', 24, 'CE'],
    ['en', '<div><span>✓ Attended</span><span>64 CE</span></div>', 64, 'CE'],
    ['en', '<span title="Continuing Education credits">40 CE</span>', 40, 'CE'],
    ['ja', '<dl><dt>Cisco CE クレジット</dt><dd>40</dd></dl>', 40, 'CE'],
  ])('%s: %s', (lang, details, credits, creditUnit) => {
    expect(read(lang, `<h1>ENCOR v1.2</h1><span>Completed</span>${details}`)).toMatchObject({ credits, creditUnit });
  });

  it('takes no pill that says more than an amount', () => {
    expect(read('en', '<h1>ENCOR v1.2</h1><span>Completed</span><span>Earn up to 64 CE with the full path</span>').credits).toBeUndefined();
  });
});

describe('a certificate\'s own address printed on it', () => {
  it('takes the long identifier that ends it, never a short number there', () => {
    expect(read('en', '<h1>Data Manipulation in SQL</h1><p>has successfully completed the course</p><p>https://www.datacamp.com/statement-of-accomplishment/course/6b3e0f19c2a74d58a1f4e0b2c97d3a68</p>').certificateCode).toBe('6b3e0f19c2a74d58a1f4e0b2c97d3a68');
    expect(read('en', '<h1>Dante Level 2</h1><p>has successfully completed the course</p><p>https://badges.example.org/credentials/3527</p>').certificateCode).toBeUndefined();
  });
});

describe('letters and sentences that state the activity', () => {
  it('reads the event a confirmation letter says "you attended", its range of days and its credits in words and figures', () => {
    const letter = read('en', '<h1>ISC2 Cascadia Chapter</h1><p>This letter confirms that you attended the ISC2 Cascadia Chapter Spring Security Summit 2026, held in person on April 17–18, 2026 at the Meydenbauer Center.</p><p>You are eligible to claim sixteen (16) Group A CPE credits in the Security and Risk Management domain.</p>');
    expect(letter).toMatchObject({ title: 'ISC2 Cascadia Chapter Spring Security Summit 2026', credits: 16, creditUnit: 'CPE' });
  });

  it('takes no credits from a name that ends in a digit ("ISC2 Group A CPE")', () => {
    expect(read('en', '<h1>Detecting Lateral Movement</h1><p>has attended the webinar</p><p>Attendees may self-report this activity to their certifying body (e.g. ISC2 Group A CPE, CompTIA CEU) where eligible.</p>').credits).toBeUndefined();
  });

  it('reads a range whose both ends name their month: "del 12 de enero al 20 de febrero de 2026"', () => {
    expect(read('es', '<h1>Certificado</h1><p>ha superado con aprovechamiento el curso Ciberseguridad, impartido del 12 de enero al 20 de febrero de 2026.</p>')).toMatchObject({ startDate: '2026-01-12', endDate: '2026-02-20' });
  });
});

describe('the organisation a page names only in its logo or its address', () => {
  it('takes the organisation a header logo names in its alternative text, never a person nor an icon', () => {
    const page = (logo: string) => parseHtml(`<html lang="en"><body><header>${logo}</header><main><h1>Hazard Communication Refresher</h1><span>Complete</span><dl><dt>Completed</dt><dd>10/05/2026</dd></dl></main></body></html>`);
    const url = new URL('https://lakeshoreenergy.myabsorb.com/#/courses/88');
    expect(providerFor(page('<img alt="Lakeshore Energy Cooperative Learning Center" src="data:,">'), url)).toBe('Lakeshore Energy Cooperative Learning Center');
    expect(providerFor(page('<img alt="Palo Alto Networks Beacon logo" src="data:,">'), url)).toBe('Palo Alto Networks Beacon');
    expect(providerFor(page('<img alt="Priya Raman" src="data:,"><img alt="Menu" src="data:,">'), url)).not.toMatch(/Priya|Menu/);
  });

  it('reads an organisation from an address under a national second level (nhs.uk)', () => {
    const doc = parseHtml('<html lang="en"><body><header><p>Brightwell Health NHS Foundation Trust — Learning &amp; Organisational Development</p></header><main><h1>Data Protection &amp; Cyber Awareness</h1><span>Complete</span><dl><dt>Completed</dt><dd>10/05/2026</dd></dl></main></body></html>');
    expect(providerFor(doc, new URL('https://learning.brightwellhealth.nhs.uk/course/view.php?id=4'))).toMatch(/^Brightwell Health/);
  });
});

describe('titles the sixth session\'s first blind round showed', () => {
  it('asks "Course Title" before a bare "Activity", which names the kind of activity in a record', () => {
    expect(read('en', '<h1>Activity Detail</h1><p>Status: Approved</p><table><tr><th>Activity</th><td>Complete a Training Course</td></tr><tr><th>Course Title</th><td>Practical Network Defense with Zeek and Suricata</td></tr><tr><th>Course Completion Date</th><td>10/16/2026</td></tr></table>').title).toBe('Practical Network Defense with Zeek and Suricata');
  });

  it('takes the line after the learner under a certificate\'s heading, and no "SITE Certificate NUMBER" page title', () => {
    const doc = parseHtml('<html lang="en"><head><title>TryHackMe Certificate THM-8QJZ2XKP4R</title></head><body><main><div>CERTIFICATE OF COMPLETION</div><div>Daniela Cruz</div><p>SOC Level 1</p><p>Issued 12/10/2026</p><p>Issued 12 October 2026</p></main></body></html>');
    expect(extractGeneric(doc, new URL('https://tryhackme.com/certificate/THM-8QJZ2XKP4R'))[0]).toMatchObject({ title: 'SOC Level 1', endDate: '2026-10-12' });
  });
});

describe('events and certificates named in a page\'s title or a sentence', () => {
  const page = (title: string, body: string) => parseHtml(`<html lang="fr"><head><title>${title}</title></head><body><main>${body}</main></body></html>`);
  it('takes the event a sentence says was held, not the certificate\'s kind', () => {
    const doc = page('Attestation CPE | BSides Montréal', "<h1>Attestation de crédits CPE</h1><p>BSides Montréal 2026 s'est tenu du 12 au 13 juin 2026 à l'ÉTS.</p><p>✔ Présence validée</p><dl><dt>N° d'attestation :</dt><dd>BSMTL-2026-CPE-00917</dd></dl>");
    expect(extractGeneric(doc, new URL('https://bsidesmtl.ca/attestation'))[0]?.title).toBe('BSides Montréal 2026');
  });

  it('takes the course before a unit\'s certificate in the page title, and never the organisation a title ends with', () => {
    const ja = page('セキュリティ・ウィーク 2026 CPE証明書 | ISC2 Japan Chapter', '<h1>CPE証明書</h1><p>発行済み</p><dl><dt>証明書番号</dt><dd>IJC-R8-0206-0041</dd><dt>発行日</dt><dd>2026年2月13日</dd></dl>');
    expect(extractGeneric(ja, new URL('https://isc2-japan.example/cpe/41'))[0]?.title).toBe('セキュリティ・ウィーク 2026');
    const de = page('Meine Veranstaltungen – ISACA Germany Chapter e.V.', '<h1>Meine Veranstaltungen</h1><h3>Fachgruppe Informationssicherheit – Herbsttreffen 2026</h3><span>Teilgenommen</span><dl><dt>Bescheinigungs-Nr.</dt><dd>ISACA-DE-FG-IS-2026-0173</dd></dl>');
    expect(extractGeneric(de, new URL('https://www.isaca.de/mitglieder/veranstaltungen'))[0]?.title).not.toBe('ISACA Germany Chapter e.V.');
  });
});

describe('partners\' course records', () => {
  it('reads a value set above its label in one block, and a course range after a status badge', () => {
    const qa = read('en', '<h1>Implementing Cisco Collaboration Core Technologies (CLCOR) v1.2</h1><span>COMPLETED</span><h2>Your event</h2><p>14/09/2026 - 18/09/2026<small>Event dates</small></p><p>5 days<small>Duration</small></p><p><b>QAC-26-CLCOR-558014</b><small>Completion reference</small></p>');
    expect(qa).toMatchObject({ startDate: '2026-09-14', endDate: '2026-09-18', certificateCode: 'QAC-26-CLCOR-558014' });
  });

  it('takes the course from a block its class names for it, and the issuer before the day it issued on', () => {
    const doc = parseHtml('<html lang="en"><head><title>NIL – Attendance certificate – NIL Learning Portal</title></head><body><main><span>✓ Attended</span><div class="course-line">ENCOR v1.2 – Implementing and Operating Cisco Enterprise Network Core Technologies</div><dl><dt>Certificate number</dt><dd>NIL/26/ENC/09318</dd></dl><p>Issued by NIL Learning Services on 16 October 2026.</p></main></body></html>');
    expect(extractGeneric(doc, new URL('https://learning.nil.example/my/certificates/9318'))[0]).toMatchObject({ title: 'ENCOR v1.2 – Implementing and Operating Cisco Enterprise Network Core Technologies', provider: 'NIL Learning Services' });
  });
});

describe('webinar and CPE records in their own words', () => {
  it('reads an Italian organiser and length, a Verify button after a separator, and ISC2\'s "Group A CPE"', () => {
    expect(read('it', '<h1>Cisco Italia Tech Talk</h1><span>✓ Hai partecipato</span><p>Organizzatore: Cisco Systems Italy</p><dl><dt>Durata</dt><dd>1 ora 30 minuti</dd></dl>')).toMatchObject({ provider: 'Cisco Systems Italy', hours: 1.5 });
    expect(read('en', '<h1>Deploying Cisco Secure Access</h1><p>✓ You completed this session</p><p>Download completion record · Verify CLOD-26-BRKSEC2106-K7WQ</p>').certificateCode).toBe('CLOD-26-BRKSEC2106-K7WQ');
    expect(read('en', '<h1>CPE Activity</h1><p>Status: Approved</p><dl><dt>Group A CPE</dt><dd>2</dd><dt>Group B CPE</dt><dd>0</dd><dt>Activity Title</dt><dd>Software Supply Chain Attacks</dd></dl>')).toMatchObject({ credits: 2, creditUnit: 'CPE' });
  });

  it('takes no knowledge check the learner passed for the course', () => {
    expect(read('en', '<h1>Deploying Cisco Secure Access: Lessons from the Field</h1><p>Watched 100% and passed the session knowledge check on Aug 17, 2026.</p>').title).toBe('Deploying Cisco Secure Access: Lessons from the Field');
  });
});

describe('a course named only in the breadcrumb trail', () => {
  const page = (trail: string) => parseHtml(`<html lang="en"><head><title>DPCA-IT-26: Course completion status</title></head><body><nav class="breadcrumb-nav" aria-label="Navigation bar"><ul>${trail}</ul></nav><main><h1>Course completion status</h1><dl><dt>Status</dt><dd>Complete</dd><dt>Date completed</dt><dd>04/11/2026</dd></dl></main></body></html>`);
  const url = new URL('https://learning.example.nhs.uk/course/completion.php?id=4');
  it('takes its last step when the h1 names the page', () => {
    expect(extractGeneric(page('<li>Home</li><li>Courses</li><li>Data Protection &amp; Cyber Awareness for IT Staff 2026</li>'), url)[0]?.title).toBe('Data Protection & Cyber Awareness for IT Staff 2026');
  });
  it('never a section of the site ("Submissions")', () => {
    expect(extractGeneric(page('<li>Home</li><li>CYB 5010</li><li>Submissions</li>'), url)[0]?.title).not.toBe('Submissions');
  });
});

describe('credits after a French adjective and a Japanese verb', () => {
  it('reads "Crédits CPE admissibles : 14" and 「取得CPE」 10（グループA）', () => {
    expect(read('fr', '<h1>BSides Montréal 2026</h1><p>✔ Présence validée</p><p>Crédits CPE admissibles : 14</p>')).toMatchObject({ credits: 14, creditUnit: 'CPE' });
    expect(read('ja', '<h1>セキュリティ・ウィーク 2026</h1><p>発行済み</p><dl><dt>取得CPE</dt><dd>10（グループA）</dd></dl>')).toMatchObject({ credits: 10, creditUnit: 'CPE' });
  });
});

describe('what a second reading of the sixth session\'s readers found', () => {
  const url = new URL('https://example.org/');
  const capture = (lang: string, body: string, title = 'Page') => extractGeneric(parseHtml(`<html lang="${lang}"><head><title>${title}</title></head><body><main>${body}</main></body></html>`), url);

  it('takes no testimonial\'s author or news sentence about an event for a title or a completion', () => {
    expect(capture('de', '<h1>Netzwerkgrundlagen</h1><blockquote>Jonas Becker fand vor allem die Laborübungen hilfreich, statt nur Theorie.</blockquote>')).toEqual([]);
    expect(capture('en', '<h1>News</h1><p>Last year the conference took place in Lisbon.</p>')).toEqual([]);
    expect(capture('en', '<h1>News</h1><p>Cloud Summit 2026 took place on 3 June 2026 in Paris.</p>')).toEqual([]);
  });

  it('takes no registration, application or submission date for proof of a completion', () => {
    expect(capture('es', '<h1>Fundamentos de Ciberseguridad</h1><dl><dt>Fecha de registro</dt><dd>12/03/2026</dd><dt>Fecha de inicio</dt><dd>01/04/2026</dd></dl>')).toEqual([]);
    expect(capture('en', '<h1>Essay: Network Segmentation</h1><dl><dt>Date submitted</dt><dd>12 March 2026</dd><dt>Grade</dt><dd>Not yet graded</dd></dl>')).toEqual([]);
    expect(capture('ja', '<h1>ゼロトラスト・セミナー</h1><p>令和8年3月14日（土）に開催予定です。</p>')).toEqual([]);
    expect(capture('ja', '<h1>ゼロトラスト・セミナー</h1><p>2026年3月14日（土）に受講申込を受け付けました。</p>')).toEqual([]);
  });

  it('keeps the issue date against a registration period, a far "Date" or a practice exam', () => {
    expect(read('en', '<h1>Cloud Summit</h1><p>Early-bird registration ran from 1 to 15 March 2026.</p><dl><dt>Issued on</dt><dd>20 March 2026</dd></dl>').endDate).toBe('2026-03-20');
    expect(read('en', '<h1>Cloud Summit</h1><dl><dt>Date</dt><dd>1 February 2026</dd><dt>Issued on</dt><dd>20 March 2026</dd></dl>').endDate).toBe('2026-03-20');
    expect(read('en', '<h1>Azure Fundamentals</h1><dl><dt>Issued on</dt><dd>20 March 2026</dd></dl><p>You passed the practice exam on 1 March 2026.</p>').endDate).toBe('2026-03-20');
  });

  it('keeps an issuer\'s place in its name, and a finished path with nothing left', () => {
    expect(read('en', '<h1>Cloud Basics</h1><p>Completed on 14 March 2026</p><dl><dt>Issued by</dt><dd>The University of Texas at Austin on 16 October 2026</dd></dl>').provider).toBe('The University of Texas at Austin');
    expect(read('en', '<h1>Kubernetes Learning Path</h1><p>Completed on 20 March 2026</p><p>0 items left</p>').completion).toBe(true);
  });

  it('takes no bracketed part number, no class naming the provider, and no session over its event', () => {
    expect(creditsInPhrase('Security Awareness (Part 2) CPE Certificate')).toBeUndefined();
    expect(creditsInPhrase('This course awards 2 CPE credits each year it is taken')).toMatchObject({ credits: 2 });
    expect(capture('en', '<div class="course-provider">Keystone Learning Partners</div><div class="course-name">Threat Modeling Basics</div><p>Completed on 14 March 2026</p>', 'My certificates')[0]?.title).toBe('Threat Modeling Basics');
    expect(read('en', '<h1>Certificate of Attendance</h1><dl><dt>Event</dt><dd>Cloud Security Summit 2026</dd><dt>Session title</dt><dd>Opening keynote</dd><dt>Date attended</dt><dd>March 3, 2026</dd></dl>').title).toBe('Cloud Security Summit 2026');
  });
});

describe('a French training action and a partner\'s reference', () => {
  it('reads "Intitulé de l\'action", "Certificate ref." and the hours in brackets after the days', () => {
    expect(read('fr', '<h1>Attestation de formation</h1><p>a suivi l’action de formation suivante :</p><dl><dt>Intitulé de l’action</dt><dd>CCNA – Mettre en œuvre et administrer des solutions Cisco (v2.1)</dd><dt>Dates</dt><dd>du 2 au 6 février 2026</dd></dl>').title).toBe('CCNA – Mettre en œuvre et administrer des solutions Cisco (v2.1)');
    expect(read('en', '<h1>Certificate of Attendance</h1><dl><dt>Duration</dt><dd>5 days (40 hours)</dd><dt>Certificate ref.</dt><dd>KLP-SCOR-260206-014</dd></dl>')).toMatchObject({ hours: 40, certificateCode: 'KLP-SCOR-260206-014' });
  });
});

describe('the owner of a personal page, in Japanese', () => {
  it('takes neither the profile\'s owner in the h1 nor a title that begins with their name', () => {
    const doc = parseHtml('<html lang="ja"><head><title>実績 - 田中 悠人 | Microsoft Learn</title><meta name="og:title" content="田中 悠人 さんがトロフィーを獲得しました"></head><body><main><h1>田中 悠人</h1><p>完了</p><h3>Microsoft Azure の基礎: Azure のアーキテクチャとサービスについて説明する</h3><p>2026/02/19 に完了しました</p></main></body></html>');
    expect(extractGeneric(doc, new URL('https://learn.microsoft.com/ja-jp/users/yuto-tanaka-7716/achievements'))[0]?.title).toBe('Microsoft Azure の基礎: Azure のアーキテクチャとサービスについて説明する');
  });
});

describe('a registration that became an attendance record, and a course named for its practice exams', () => {
  it('reads a chapter\'s registration page that records the attendance and the CPE hours awarded', () => {
    const doc = parseHtml('<html lang="en"><head><title>ISACA Lake Erie Chapter - Event registration details</title></head><body><main><h1>Event registration details</h1><h2>Webinar: Auditing AI Model Risk</h2><dl><dt>Registered</dt><dd>21 Feb 2026</dd><dt>When</dt><dd>10 Mar 2026 12:00 PM - 1:40 PM</dd><dt>Attendance</dt><dd>Checked in — attended live</dd></dl><p>2.0</p><p>CPE hours awarded</p></main></body></html>');
    expect(extractGeneric(doc, new URL('https://isaca-lakeerie.example/event-123/registration'))[0]).toMatchObject({ provider: 'ISACA Lake Erie Chapter', endDate: '2026-03-10' });
    // The same page before the event says nothing of attendance: a registration, not an award.
    const before = parseHtml('<html lang="en"><head><title>ISACA Lake Erie Chapter - Event registration details</title></head><body><main><h1>Event registration details</h1><h2>Webinar: Auditing AI Model Risk</h2><dl><dt>Registered</dt><dd>21 Feb 2026</dd><dt>When</dt><dd>10 Mar 2026</dd></dl></main></body></html>');
    expect(extractGeneric(before, new URL('https://isaca-lakeerie.example/event-123/registration'))).toEqual([]);
  });

  it('keeps a course whose name ends "… Labs and Practice Exams", but not a practice exam\'s result', () => {
    expect(read('en', '<h1>AWS Certified Solutions Architect Associate: Hands-On Labs and Practice Exams</h1><p>Certificate no: UC-3f9a2c1e-7b4d</p>').completion).toBe(true);
    expect(read('en', '<h1>CCNA Practice Exam 3</h1><p>Score: 82%</p><p>Completed on March 3, 2026</p>').completion).toBe(false);
  });
});

describe('what a second reading of the session\'s last changes found', () => {
  const url = new URL('https://example.org/');
  const capture = (lang: string, body: string, title = 'My certificates') => extractGeneric(parseHtml(`<html lang="${lang}"><head><title>${title}</title></head><body><main>${body}</main></body></html>`), url);

  it('takes no listing\'s "CE hours awarded" nor a receipt or transcript that says "Attended" for a completion', () => {
    expect(read('en', '<h1>Cloud Risk Webinar</h1><p>Date: 15 April 2027</p><p>CE hours awarded: 1.5</p>').completion).toBe(false);
    expect(capture('en', '<h1>Receipt</h1><h2>Webinar: Auditing AI</h2><p>Order #1234</p><p>Attended</p><p>CPE hours awarded: 2</p><p>Date: 10 Mar 2026</p>')).toEqual([]);
    expect(capture('en', '<h1>Unofficial transcript</h1><table><tr><td>Cloud Basics</td><td>Attended</td></tr></table><p>CPE hours awarded: 2</p>')).toEqual([]);
  });

  it('keeps an unfinished programme unfinished though one session says attended', () => {
    expect(read('en', '<h1>Leadership Program 2026</h1><p>In progress</p><table><tr><td>Session 1</td><td>Presente</td></tr></table><p>Certificate No: ABC-12345</p>').completion).toBe(false);
  });

  it('keeps the learner out of a provider after its date, and out of a breadcrumb', () => {
    expect(read('en', '<h1>Cloud Basics</h1><p>Completed on 14 March 2026</p><dl><dt>Issued by</dt><dd>NIL Learning Services on 16 October 2026 to Priya Raman</dd></dl>').provider).toBe('NIL Learning Services');
    const doc = parseHtml('<html lang="en"><head><title>Course completion status</title></head><body><nav class="breadcrumb"><ul><li>Home</li><li>Users</li><li>Priya Anand Raman</li></ul></nav><main><h1>Course completion status</h1><dl><dt>Date completed</dt><dd>04/11/2026</dd></dl></main></body></html>');
    expect(extractGeneric(doc, url)[0]?.title ?? '').not.toContain('Priya');
  });

  it('reads practice exams\' results as such, a year\'s tally as no activity\'s, and a Japanese application as no completion', () => {
    expect(read('en', '<h1>AWS Practice Exams</h1><p>Score: 62%</p><p>Passed</p><p>Completed on March 3, 2026</p>').completion).toBe(false);
    expect(creditsInPhrase('You have earned 41 CPE this year')).toBeUndefined();
    expect(capture('ja', '<h1>ゼロトラスト・セミナー</h1><p>2026年5月1日に受講申込が完了しました</p>')).toEqual([]);
  });

  it('reads hours in brackets after days', () => {
    expect(read('de', '<h1>Kurs</h1><p>Abgeschlossen am 3. März 2026</p><dl><dt>Dauer</dt><dd>3 Tage (24 Std.)</dd></dl>').hours).toBe(24);
  });
});

describe('titles round 13 showed, after its first-seen figure', () => {
  const url = new URL('https://example.org/');
  const capture = (lang: string, title: string, body: string) => extractGeneric(parseHtml(`<html lang="${lang}"><head><title>${title}</title></head><body><main>${body}</main></body></html>`), url)[0]?.title;

  it('takes the webinar quoted after its kind, never "Ihre Teilnahmebestätigung" nor the status "Teilgenommen"', () => {
    expect(capture('de', 'Teilnahmebestätigung – Cisco Webinar', '<h1>Ihre Teilnahmebestätigung</h1><span>Teilgenommen</span><p>am Mittwoch, 22. April 2026, am Live-Webinar „Cisco Secure Firewall 7.6: Neuerungen in der Praxis“ aus der Reihe</p><p>teilgenommen hat.</p><p>Bestätigungsnummer: WBX-DACH-260422-7719</p>')).toBe('Cisco Secure Firewall 7.6: Neuerungen in der Praxis');
  });

  it('takes no "CODE: Certificate", no "Digital course · Fundamental", and no "… earned by NAME"', () => {
    expect(capture('en', 'ISO27001-ENG: Certificate', '<h1>ISO27001-ENG: Certificate</h1><h2>ISO/IEC 27001:2022 Awareness for Engineers</h2><p>Completed on 3 March 2026</p>')).toBe('ISO/IEC 27001:2022 Awareness for Engineers');
    expect(capture('en', 'Build a Secure Google Cloud Network Skill Badge earned by Emily Tran', '<p>Earned Mar 3, 2026</p><p>Completed</p>')).toMatch(/^Build a Secure Google Cloud Network(?: Skill Badge)?$/);
  });
});

describe('round 14\'s false captures', () => {
  it.each([
    ['a Cisco U. path at 85%', '<h1>CCNP Enterprise: ENCOR v1.2</h1><span>In progress</span><p>Learning path · 13 items · 2 items left · Earn up to 64 CE credits on completion</p><ol><li>Wireless Principles <span>✓ Completed</span></li></ol><p>Your certificate of completion and CE credits are issued once you have completed all items, including the final assessment.</p>'],
    ['a partner\'s class still to come', '<h1>My Courses</h1><span>Confirmed</span><span>Starts in 5 days</span><h2>Implementing and Configuring Cisco ISE (SISE) v4.0</h2><dl><dt>Dates</dt><dd>Dec 10 – Dec 14, 2026</dd><dt>Earn</dt><dd>40 CE Credits upon completion</dd></dl><p>Your certificate of attendance will be available here after the final class day.</p>'],
    ['a transcript item in progress', '<h1>Secure Coding Practices for Web Developers</h1><span>In Progress</span><dl><dt>Credits</dt><dd>CPE: 3.0 (awarded on completion)</dd></dl><p>A certificate becomes available on your transcript after you complete the final assessment.</p><h2>Recently Completed</h2><p>Phishing Awareness 2026</p><p>Completed 09/03/2026</p>'],
  ])('takes no capture from %s', (_kind, body) => {
    expect(read('en', body).completion).toBe(false);
  });

  it('still reads a certificate page whose static text promises the certificate, when it shows the certificate\'s code', () => {
    expect(read('en', '<h1>ISO/IEC 27001:2022 Awareness for Engineers</h1><p>Your certificate becomes available once you have scored 80% or more in the final quiz.</p><dl><dt>Code</dt><dd>mQ7vX2kTa9</dd><dt>Date issued</dt><dd>12 February 2026</dd></dl>').completion).toBe(true);
  });
});
