// @vitest-environment node
/**
 * Who issued a certificate PDF: the ranking of the names it prints. Each case is a layout kind the blind rounds showed
 * (a company's legal name in small print, a wordmark set over two lines, a known issuer as its artwork spells it), and
 * each refusal a name that sits near an issuer without being one.
 */
import { describe, expect, it } from 'vitest';
import { pdfLines } from '../../src/capture/pdf-lines';
import { rankPdfProviders, type StatedProvider } from '../../src/capture/pdf-provider';
import type { PdfTextRun } from '../../src/capture/pdf-text';

interface Line {
  text: string;
  size?: number;
  x?: number;
}

/** Lines top to bottom, 24 pt apart unless a line says how large it is set. */
function linesOf(...lines: Array<string | Line>) {
  let y = 560;
  const runs: PdfTextRun[] = [];
  for (const line of lines) {
    const { text, size = 12, x = 60 } = typeof line === 'string' ? { text: line } : line;
    y -= Math.max(24, size * 1.4);
    runs.push({ text, x, y, width: text.length * size * 0.5, height: size, fontSize: size });
  }
  return pdfLines([{ width: 842, height: 595, runs }]);
}

const pdfProvider = (lines: ReturnType<typeof linesOf>, title: string | undefined, people: string[], stated: StatedProvider) =>
  rankPdfProviders(lines, title, people, stated)[0]?.name;
const best = (lines: ReturnType<typeof linesOf>, title?: string) => pdfProvider(lines, title, [], {});

describe('the issuer a certificate PDF names', () => {
  it('takes the company in the small print by its legal form over a partner badge at the top', () => {
    const lines = linesOf(
      { text: 'Cisco Learning Partner', size: 8, x: 400 },
      { text: 'NetKompetenz', size: 22 },
      'Teilnahmebescheinigung',
      'Jonas Becker',
      'NetKompetenz Schulungszentrum GmbH · Sitz: Frankfurt am Main · HRB 104733',
    );
    expect(best(lines)).toBe('NetKompetenz Schulungszentrum GmbH');
  });

  it('reads a legal name out of a sentence, but not a trademark owner', () => {
    expect(best(linesOf('Attestation de fin de formation', 'Je soussignée, Claire Moreau, directrice de Formacyber SAS, atteste que :'))).toBe('Formacyber SAS');
    expect(best(linesOf('Certificate of Completion', 'PMI is a registered mark of Project Management Institute, Inc.'))).toBeUndefined();
  });

  it('joins a wordmark set over two lines', () => {
    const lines = linesOf({ text: 'FORTINET', size: 22 }, { text: 'TRAINING INSTITUTE', size: 8 }, { text: 'Certificate of Completion', size: 30 });
    expect(best(lines)).toBe('FORTINET TRAINING INSTITUTE');
  });

  it('does not join a department under a wordmark', () => {
    const lines = linesOf({ text: 'Cisco U.', size: 20 }, { text: 'Learning & Certifications', size: 9 }, { text: 'Certificate of Completion', size: 15 });
    expect(best(lines)).toBe('Cisco U.');
  });

  it('spells a known issuer by its own name, however the artwork sets it', () => {
    expect(best(linesOf({ text: 'paloalto NETWORKS', size: 20 }, 'Education Services', 'CERTIFICATE OF COMPLETION'))).toBe('Palo Alto Networks');
    expect(best(linesOf('CERTIFICATE OF COMPLETION', 'Certificate url: ude.my/UC-3f9a2c71'))).toBe('Udemy');
    const beside = linesOf({ text: 'Networking Academy', size: 17, x: 116 }, { text: 'CISCO', size: 9, x: 52 }, 'Certificate of Course Completion');
    expect(best(beside)).toBe('Cisco Networking Academy');
  });

  it('prefers the fuller of two names that start alike', () => {
    const lines = linesOf({ text: 'ISC2', size: 30 }, { text: 'LAKESHORE CHAPTER', size: 11 }, 'Certificate of Attendance');
    expect(best(lines)).toBe('ISC2 LAKESHORE CHAPTER');
  });

  it('refuses departments, taglines, places, partner designations and people', () => {
    const lines = linesOf(
      { text: 'Tallinn · Estonia', size: 11 },
      'Formación profesional en redes y ciberseguridad',
      'Registered Education Provider',
      'Director, Global Education Services',
      { text: 'ALLE SREEJA', size: 45 },
      'Certificate of Completion',
    );
    expect(rankPdfProviders(lines, undefined, [])).toEqual([]);
  });

  it('never names the course, or a known issuer only listed in a sentence about others', () => {
    const lines = linesOf('Certificate of Attendance', { text: 'Cisco Enterprise Networking Academy Day', size: 20 }, 'Attendees report CPE credits to their bodies (e.g. ISC2, ISACA, CompTIA).');
    expect(best(lines, 'Cisco Enterprise Networking Academy Day')).toBeUndefined();
  });

  it('says why each name ranks where it does', () => {
    const [first] = rankPdfProviders(linesOf({ text: 'FORMACYBER', size: 20 }, 'Certificate', 'Formacyber SAS – 27 rue de la République – 69002 Lyon'), undefined, []);
    expect(first).toMatchObject({ name: 'Formacyber SAS' });
    expect(first!.reasons).toEqual(expect.arrayContaining(['legal form', 'at the top']));
  });

  it('keeps a labelled issuer first unless it is no name at all', () => {
    expect(pdfProvider(linesOf('Certificate', 'Provider: Acme Academy'), undefined, [], { labelled: 'Acme Academy' })).toBe('Acme Academy');
    expect(pdfProvider(linesOf({ text: 'FORMACYBER', size: 20 }, 'Certificate'), undefined, [], { labelled: 'en cybersécurité' })).toBe('FORMACYBER');
  });
});

describe('the organisation a printed web address stands for', () => {
  it('is named as the certificate writes it, not by its host name', () => {
    const lines = linesOf('Attestation de réussite', 'Camille Dubois', 'a suivi avec succès la formation Fondamentaux Linux', 'Délivrée par Cyberlearn Campus le 3 mars 2026.', 'cyberlearn-campus.fr/verifier');
    expect(best(lines, 'Fondamentaux Linux')).toBe('Cyberlearn Campus');
    expect(best(linesOf('Attestation de réussite', 'Camille Dubois', 'https://numeria-campus.fr/verify'), 'Linux')).toBe('numeria-campus.fr');
  });
});

describe('a labelled issuer', () => {
  it('is kept when the course carries its name or it is written in lower case ("Provider: Fortinet", "edX")', () => {
    const lines = linesOf('Certificate of Completion', 'Fortinet NSE 4 Network Security Professional', 'Provider: Fortinet');
    expect(pdfProvider(lines, 'Fortinet NSE 4 Network Security Professional', [], { labelled: 'Fortinet' })).toBe('Fortinet');
    expect(pdfProvider(linesOf('Certificate'), undefined, [], { labelled: 'edX' })).toBe('edX');
    expect(pdfProvider(linesOf('Certificate'), undefined, [], { labelled: 'Universidad de los Andes' })).toBe('Universidad de los Andes');
  });
});

describe('a known issuer in the words around it', () => {
  it('names the issuer of "the DataCamp course", and keeps it against a line that only adds "issued on"', () => {
    const lines = linesOf('STATEMENT OF ACCOMPLISHMENT', { text: 'Sofía Martínez', size: 38 }, 'HAS SUCCESSFULLY COMPLETED THE DATACAMP COURSE', { text: 'Data Manipulation in SQL', size: 26 }, 'Chief Learning Officer, DATACAMP ISSUED ON');
    expect(pdfProvider(lines, 'Data Manipulation in SQL', ['Sofía Martínez'], { beforeCourse: 'DATACAMP COURSE' })).toBe('DataCamp');
  });
});

describe('names an issuer prints beside its own', () => {
  it('takes the university a monogram stands for, an Italian company by its legal form, and a chapter after its secretary\'s role', () => {
    expect(best(linesOf({ text: 'WU', size: 30 }, { text: 'Westbrook University', size: 20 }, 'In recognition of the successful completion of', 'Certificate No. WU-PCE-26-05531'))).toBe('Westbrook University');
    expect(best(linesOf({ text: 'Reti Formazione S.r.l.', size: 18 }, 'Attestato di partecipazione', 'Il Responsabile della Formazione'))).toBe('Reti Formazione S.r.l.');
    expect(best(linesOf('Certificate of Attendance', 'Dana Whitfield', 'Chapter Secretary, ISC2 Cascadia Chapter'))).toBe('ISC2 Cascadia Chapter');
  });
});
