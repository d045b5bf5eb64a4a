/**
 * What certificates say in sentences: the course after a completion verb (and where its name stops), the learner
 * named after "certify that" (never a title), the issuer in "authorized by …", a signatory's organisation, the
 * date in "completed on …", a stated duration.
 */
import { describe, expect, it } from 'vitest';
import {
  DATE_AFTER_COMPLETION,
  ENDS_WITH_COMPLETION,
  HOURS_IN_TEXT,
  isSignatoryLine,
  looksLikeName,
  nameAfterLead,
  organisationOfSignatory,
  providerInSentence,
  titleAfterCompletion,
} from '../../src/capture/generic/wording';

describe('the course after a completion verb', () => {
  it.each([
    ['This is to certify that Priya Raman has successfully completed Cloud Security Basics on 14 March 2026.', 'Cloud Security Basics'],
    ['has completed the online course: Network Automation with Python', 'Network Automation with Python'],
    ['FOR SUCCESSFULLY COMPLETING Introduction to Docker', 'Introduction to Docker'],
    ['has successfully completed Programming in Java with a score of 92%', 'Programming in Java'],
    ['Camille Dubois a suivi avec succès la formation Sécurité des réseaux du 2 au 6 février 2026', 'Sécurité des réseaux'],
    ['ha completado con éxito el curso Redes empresariales el 14 de marzo de 2026', 'Redes empresariales'],
    ['Se hace constar que Sofía Martínez asistió a la sesión Segmentación Zero Trust, celebrada en Ciudad de México', 'Segmentación Zero Trust'],
    ['ha completato con successo il corso Fondamenti di rete', 'Fondamenti di rete'],
    ['ha completado correctamente la Especialización Redes y Seguridad, ofrecida por la Universidad de los Andes', 'Redes y Seguridad'],
    ['Jonas Becker hat an der Schulung Cisco SD-WAN Grundlagen erfolgreich teilgenommen', 'Cisco SD-WAN Grundlagen'],
    ['佐藤 健太 殿は「ネットワーク基礎講座」を修了しました', 'ネットワーク基礎講座'],
    ['Sanne de Vries heeft Praktijktraining Cloud Security Architectuur afgerond', 'Praktijktraining Cloud Security Architectuur'],
    ['completó con éxito y recibió una calificación aprobatoria en NET102x: Fundamentos de redes TCP/IP, un curso en línea de nivel introductorio ofrecido por UTPx', 'NET102x: Fundamentos de redes TCP/IP'],
    ['has successfully completed The Bits and Bytes of Computer Networking on 28 August 2026', 'The Bits and Bytes of Computer Networking'],
    ['ha obtenido la credencial de nivel de estudiante por completar el curso Introducción a la Ciberseguridad, ofrecido en modalidad de autoaprendizaje', 'Introducción a la Ciberseguridad'],
    ['successfully completed all courses for a Professional Certificate in Computer Networking Essentials, a 3-course program offered by HarbourX', 'Professional Certificate in Computer Networking Essentials'],
    ['Congratulations, Daniel! You have met all requirements of Network Security Monitoring with Zeek and Suricata (CE-NET-204), offered by the Westbrook University School of Continuing and Professional Studies from February 2 to March 13, 2026. Your completion date of record is March 13, 2026.', 'Network Security Monitoring with Zeek and Suricata (CE-NET-204)'],
  ])('%s', (sentence, title) => {
    expect(titleAfterCompletion(sentence)).toBe(title);
  });

  it('names nothing in a letter telling what she completed', () => {
    expect(titleAfterCompletion('She completed the Advanced Cloud Security course last spring')).toBeUndefined();
  });

  it('names nothing in marketing or a conditional: "complete the course to earn a certificate", 修了すると', () => {
    expect(titleAfterCompletion('Complete all modules to earn your certificate')).toBeUndefined();
    expect(titleAfterCompletion('専門講座を修了すると修了証を取得できます')).toBeUndefined();
  });

  it('knows when the course follows on the next line', () => {
    expect(ENDS_WITH_COMPLETION.test('has successfully completed')).toBe(true);
    expect(ENDS_WITH_COMPLETION.test('FOR SUCCESSFULLY COMPLETING')).toBe(true);
    expect(ENDS_WITH_COMPLETION.test('has successfully completed Cloud Basics')).toBe(false);
    expect(ENDS_WITH_COMPLETION.test('heeft met succes de volgende cursus voltooid')).toBe(true);
    expect(ENDS_WITH_COMPLETION.test('hat den folgenden Kurs erfolgreich abgeschlossen')).toBe(true);
  });

  it('names no course in a date\'s label, an activity feed or a programme\'s rule', () => {
    expect(titleAfterCompletion('Date completed Wednesday, April 22, 2026')).toBeUndefined();
    expect(titleAfterCompletion('Priya Raman completed Cloud Basics')).toBeUndefined();
    expect(titleAfterCompletion('Participants who have met all requirements of the programme receive a digital badge.')).toBeUndefined();
  });
});

describe('people are never titles', () => {
  it('reads the name after "certify that", "awarded to", "Congratulations,"', () => {
    expect(nameAfterLead('This is to certify that Priya Raman has successfully completed')).toBe('Priya Raman');
    expect(nameAfterLead('HAS BEEN AWARDED TO ANDRES F. REGALADO')).toBe('ANDRES F. REGALADO');
    expect(nameAfterLead('Learning Path completed by SREEJA ALLE')).toBe('SREEJA ALLE');
    expect(nameAfterLead('The course covers routing and switching')).toBeUndefined();
    expect(nameAfterLead('Upon recommendation of the faculty, hereby awards to Hannah Schultz')).toBe('Hannah Schultz');
    expect(nameAfterLead('Abgeschlossen von Anna Schmitt')).toBe('Anna Schmitt');
    expect(nameAfterLead('conferito a Giulia Romano')).toBe('Giulia Romano');
  });

  it('tells a line that is only a name from a title or a sentence', () => {
    expect(looksLikeName('Camille Dubois')).toBe(true);
    expect(looksLikeName('佐藤 健太')).toBe(true);
    expect(looksLikeName('has successfully completed')).toBe(false);
    expect(looksLikeName('Introduction to Networks')).toBe(false);
  });
});

describe('who issued it', () => {
  it('takes no one who grants the credits for who gave the course', () => {
    expect(providerInSentence('Cisco Continuing Education credits are awarded by Cisco on completion of the course survey.')).toBeUndefined();
    expect(providerInSentence('This course was delivered by NetLogiq Training Ltd in London.')).toBe('NetLogiq Training Ltd');
  });

  it('reads the organisation a sentence names', () => {
    expect(providerInSentence('an online non-credit course authorized by Johns Hopkins University and offered through Coursera')).toBe('Johns Hopkins University');
    expect(providerInSentence('The graduate of the PCAP course, provided by Cisco Networking Academy® in collaboration with OpenEDG')).toBe('Cisco Networking Academy');
    expect(providerInSentence('formation organisée par Formatech Conseil à Lyon')).toBe('Formatech Conseil');
    expect(providerInSentence('Organised by Nordic Security Events AB')).toBe('Nordic Security Events AB');
  });

  it('never takes a speaker for the issuer', () => {
    expect(providerInSentence('Presented by Dr. Amara Nwosu, CISA, CRISC')).toBeUndefined();
    expect(providerInSentence('Presented by Leah Novak, CISSP')).toBeUndefined();
  });

  it('takes a signatory line for a role, and its organisation only when it names one', () => {
    expect(isSignatoryLine('Head of Global Content, Learning')).toBe(true);
    expect(isSignatoryLine('Education Director, ISACA Greater Harbor Chapter')).toBe(true);
    expect(isSignatoryLine('Northwind Networking Academy')).toBe(false);
    expect(isSignatoryLine('Jane Doe, Head of Learning')).toBe(true);
    expect(organisationOfSignatory('CEO, DataCamp')).toBe('DataCamp');
    expect(organisationOfSignatory('Education Director, ISACA Greater Harbor Chapter')).toBe('ISACA Greater Harbor Chapter');
    expect(organisationOfSignatory('Head of Global Content, Learning')).toBeUndefined();
  });
});

describe('dates and hours in sentences', () => {
  it('finds the date after "completed on", "issued on", "terminé le"', () => {
    expect(DATE_AFTER_COMPLETION.exec('Course completed on Apr 27, 2021 at 08:21PM UTC')?.[1]).toMatch(/^Apr 27, 2021/);
    expect(DATE_AFTER_COMPLETION.exec('Stage terminé le 14 mars 2026')?.[1]).toMatch(/^14 mars 2026/);
    expect(DATE_AFTER_COMPLETION.exec('Completion is expected soon')).toBeNull();
  });

  it('reads durations, never "a 50-minute hour"', () => {
    expect(HOURS_IN_TEXT.exec('Jul 17, 2024 • 4 hours 53 minutes')?.slice(1, 3)).toEqual(['4', '53']);
    expect(HOURS_IN_TEXT.exec('32 contact hours')?.[1]).toBe('32');
    expect(HOURS_IN_TEXT.exec('6,5 Stunden')?.[1]).toBe('6,5');
    expect(HOURS_IN_TEXT.exec('credits granted based on a 50-minute hour')).toBeNull();
  });
});
