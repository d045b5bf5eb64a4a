// @vitest-environment node
/**
 * Text as PDF generators write it, rebuilt into what a reader sees: letter-spaced labels, glyph-split words,
 * turned pages, titles over two lines, the recipient's larger name, the course set larger after its wording, a
 * value printed above its label; and documents that mention a course but award nothing.
 */
import { describe, expect, it } from 'vitest';
import { captureFromPdfText, pdfFields } from '../../src/capture/pdf';
import { joinLetterSpacing, mendGlyphSplit, pdfBlocks, pdfLines } from '../../src/capture/pdf-lines';
import type { PdfPageText, PdfTextRun, TextRotation } from '../../src/capture/pdf-text';

function run(text: string, x: number, y: number, fontSize = 12, rotation?: TextRotation): PdfTextRun {
  const r: PdfTextRun = { text, x, y, width: text.length * fontSize * 0.5, height: fontSize, fontSize };
  if (rotation) r.rotation = rotation;
  return r;
}
const page = (...runs: PdfTextRun[]): PdfPageText[] => [{ width: 842, height: 595, runs }];

describe('letters and glyphs put back together', () => {
  it('joins letter-spaced words, keeping the gap between words', () => {
    expect(joinLetterSpacing('C O M P L E T E D  O N')).toBe('COMPLETED ON');
    expect(joinLetterSpacing('AWA R D E D')).toBe('AWARDED');
    expect(joinLetterSpacing('T O')).toBe('TO');
    expect(joinLetterSpacing('Cloud Security Basics')).toBe('Cloud Security Basics');
    expect(joinLetterSpacing('Grade A of 5')).toBe('Grade A of 5');
  });

  it('mends glyph-split words and numbers, but keeps the words of a sentence apart', () => {
    expect(mendGlyphSplit('A ug 3 0, 2 02 4')).toBe('Aug 30, 2024');
    expect(mendGlyphSplit('Algebra: Elementary to Advanced - Equ ations &')).toBe('Algebra: Elementary to Advanced - Equations &');
    expect(mendGlyphSplit('Anoushka Pa ra g Ma ha ja n')).toBe('Anoushka Parag Mahajan');
    expect(mendGlyphSplit('has successfully completed')).toBe('has successfully completed');
  });

  it('mends a whole document only when it is glyph-split', () => {
    const split = pdfLines(page(run('A ug 3 0, 2 02 4', 72, 500), run('Pa ra g Ma ha ja n', 72, 470), run('Veri f y at :', 72, 440)));
    expect(split.map((l) => l.text)).toEqual(['Aug 30, 2024', 'Parag Mahajan', 'Verify at :']);
    const plain = pdfLines(page(run('Course: Cloud Basics', 72, 500), run('Issued by a partner of Northwind', 72, 470)));
    expect(plain.map((l) => l.text)).toEqual(['Course: Cloud Basics', 'Issued by a partner of Northwind']);
  });
});

describe('layout', () => {
  it('reads a turned page in its own reading frame, first line first', () => {
    // Text drawn a quarter turn counter-clockwise: the runs' reading-frame positions as pdf-text.ts reports them.
    const lines = pdfLines(page(run('Certificate of Completion', 230, -140, 21, 90), run('Learning PC Maintenance', 230, -215, 22, 90), run('Certificate No: Aep7', 230, -538, 9.5, 90)));
    expect(lines.map((l) => l.text)).toEqual(['Certificate of Completion', 'Learning PC Maintenance', 'Certificate No: Aep7']);
  });

  it('keeps a title set over two lines together, apart from the smaller text after it', () => {
    const lines = pdfLines(page(run('Algebra: Elementary to Advanced -', 72, 312, 13.5), run('Equations & Inequalities', 72, 294, 13.5), run('an online course', 72, 266, 9)));
    expect(pdfBlocks(lines).map((b) => b.text)).toEqual(['Algebra: Elementary to Advanced - Equations & Inequalities', 'an online course']);
  });
});

describe('reading a certificate', () => {
  it('takes the course set larger after the wording, never the larger name of the learner', () => {
    const fields = pdfFields(
      page(
        run('HAS BEEN AWARDED TO', 257, 401, 13.5),
        run('ANDRES REGALADO', 257, 360, 28.5),
        run('FOR SUCCESSFULLY COMPLETING', 257, 310, 13.5),
        run('Introduction to Docker', 257, 269, 28.5),
        run('COMPLETED ON', 257, 133, 11),
        run('OCT 18, 2024', 257, 110, 18),
        run('CEO, DataCamp', 712, 35, 10.5),
      ),
      { fileName: 'certificate.pdf' },
    );
    expect(fields).toMatchObject({ title: 'Introduction to Docker', provider: 'DataCamp', endDate: '2024-10-18' });
  });

  it('reads a value printed above its label, and the issuer from the sentence that names it', () => {
    const fields = pdfFields(
      page(
        run('Statement of Achievement', 45, 485, 11),
        run('PCAP: Programming Essentials in Python', 45, 455, 24),
        run('The graduate of the course, provided by Cisco Networking Academy® in collaboration with partners:', 45, 397, 10.5),
        run('Priya Raman', 45, 211, 11),
        run('24 Mar 2024', 323, 134, 11),
        run('Date', 323, 117, 9),
      ),
      { fileName: 'certificate.pdf' },
    );
    expect(fields).toMatchObject({ title: 'PCAP: Programming Essentials in Python', provider: 'Cisco Networking Academy', endDate: '2024-03-24' });
  });

  it('reads a German participation certificate: the salutation names the person, the seminar is set larger after the range', () => {
    const fields = pdfFields(
      page(
        run('NetCampus Akademie GmbH · Mainzer Landstraße 50', 290, 786, 7),
        run('Teilnahmebescheinigung', 143, 682, 26),
        run('Herr', 286, 635, 12),
        run('Jonas Becker', 226, 608, 22),
        run('geboren am 12.04.1991', 245, 589, 10),
        run('hat vom 2. bis 6. Februar 2026 an dem Seminar', 170, 555, 12),
        run('Implementing and Administering Cisco Solutions', 73, 525, 19),
        run('(CCNA) v2.1', 243, 501, 19),
        run('teilgenommen.', 258, 475, 12),
        run('Dauer: 5 Tage (35 Zeitstunden)', 90, 424, 10),
        run('Für dieses Training werden 30 Cisco Continuing Education Credits (CE) vergeben.', 90, 274, 9),
      ),
      { fileName: 'a.pdf' },
    );
    expect(fields).toMatchObject({
      title: 'Implementing and Administering Cisco Solutions (CCNA) v2.1',
      provider: 'NetCampus Akademie GmbH',
      startDate: '2026-02-02',
      endDate: '2026-02-06',
      hours: 35,
      credits: 30,
      creditUnit: 'CE',
    });
  });

  it('takes no department, tagline, amount or signature for the issuer', () => {
    const fields = pdfFields(
      page(
        run('Professional Development & Technical Training', 72, 540, 10),
        run('Certificate of Completion', 72, 500, 30),
        run('This is to certify that Priya Raman has successfully completed', 72, 460, 16),
        run('Secure Coding Practices', 72, 430, 22),
        run('24 Continuing Education Credits', 72, 400, 12),
        run('Jane Doe, Head of Learning', 72, 360, 10),
        run('Director, Education Services', 400, 360, 10),
        run('Meridian Tech Academy · Registered in England', 72, 40, 8),
      ),
      { fileName: 'a.pdf' },
    );
    expect(fields).toMatchObject({ title: 'Secure Coding Practices', provider: 'Meridian Tech Academy', credits: 24, creditUnit: 'CE' });
  });

  it('keeps the user\'s own name out of the title, even where nothing else says it is a person', () => {
    const pages = page(run('Certificate of Completion', 72, 520, 14), run('Priya Raman', 72, 480, 30), run('Cloud Basics', 72, 440, 20), run('Date: 14 March 2026', 72, 400));
    expect(pdfFields(pages, { fileName: 'a.pdf' }).title).toBe('Priya Raman');
    expect(pdfFields(pages, { fileName: 'a.pdf', people: ['Priya Raman'] }).title).toBe('Cloud Basics');
  });

  it('takes the large line that reads only as a name for the learner, when a course of several words is set as large', () => {
    const udemy = page(
      run('CERTIFICATE OF COMPLETION', 60, 395, 10), run('Cisco CCNA 200-301 – The Complete Guide', 60, 347, 30), run('to Getting Certified', 60, 305, 30),
      run('Instructors', 60, 266, 11), run('Nadia Karimova', 122, 266, 11), run('Arjun Mehta', 60, 131, 32),
      run('Date', 60, 100, 11), run('Mar. 3, 2026', 122, 97, 11), run('Length', 60, 82, 11), run('34 total hours', 122, 79, 11), run('Certificate no: UC-9f2d4b7a', 574, 535, 8),
    );
    expect(pdfFields(udemy, { fileName: 'a.pdf' }).title).toBe('Cisco CCNA 200-301 – The Complete Guide to Getting Certified');
    // A course of two words is shaped like a name: with nothing else to tell them apart, the larger line stays first.
    const twoWords = page(run('Certificate of Completion', 72, 520, 14), run('Ethical Hacking', 72, 440, 30), run('Jonas Becker', 72, 340, 28), run('Date: 14 March 2026', 72, 300));
    expect(pdfFields(twoWords, { fileName: 'a.pdf' }).title).toBe('Ethical Hacking');
  });

  it('takes no issuer\'s wordmark, tagline or chapter for the course, and no participant named beside a label', () => {
    const partner = page(
      run('K', 51, 531, 30), run('KEYSTONE', 96, 540, 24), run('Certificate of Attendance', 40, 452, 26),
      run('SCOR v1.2 – Implementing and Operating Cisco Security Core Technologies', 40, 426, 15.5),
      run('attended the complete instructor-led course shown above,', 40, 324, 11.5), run('delivered by Keystone Learning Partners Ltd, an authorised', 40, 306, 11.5),
      run('Certificate ref. KLP-SCOR-260206-014', 40, 200, 10),
    );
    expect(pdfFields(partner, { fileName: 'a.pdf' }).title).toBe('SCOR v1.2 – Implementing and Operating Cisco Security Core Technologies');
    const google = page(
      run('Google Cloud', 60, 560, 26), run('Training', 60, 538, 11), run('Certificate of Completion', 60, 450, 30), run('Presented to', 60, 400, 12), run('Yuki Tanaka', 60, 364, 28),
      run('for completing the instructor-led course', 60, 319, 12), run('Architecting with Google Kubernetes Engine', 60, 292, 19), run('Completion ID GC-ILT-26-0116-3387', 60, 231, 12),
    );
    expect(pdfFields(google, { fileName: 'a.pdf' }).title).toBe('Architecting with Google Kubernetes Engine');
    const chapter = page(
      run('ISACA', 80, 532, 30), run('Blue Ridge Chapter', 80, 513, 13), run('Certificate of Completion', 80, 428, 34), run('Continuing Professional Education', 80, 405, 13),
      run('Participant', 80, 351, 11), run('Oliver Grant', 330, 348, 14), run('ISACA ID', 80, 321, 11), run('1029384', 330, 320, 12),
      run('Program', 80, 291, 11), run('CISA Exam Review Bootcamp', 330, 290, 12), run('Dates', 80, 261, 11), run('2–6 Feb 2026', 330, 260, 12),
      run('Certificate No.', 80, 231, 11), run('BRC-CISA-26-019', 330, 230, 12),
    );
    expect(pdfFields(chapter, { fileName: 'a.pdf' }).title).not.toBe('Oliver Grant');
  });

  it('takes the Italian learner after "Si attesta che" and before "ha partecipato", never as the course', () => {
    const italian = page(
      run('Sinergia Academy', 50, 536, 18), run('Attestato di partecipazione', 225, 445, 28), run('Si attesta che', 381, 401, 13), run('Luca Bianchi', 339, 365, 26),
      run('ha partecipato al corso ufficiale', 326, 333, 13), run('Palo Alto Networks Firewall: Configuration and Management (EDU-210)', 121, 305, 17),
      run('Codice attestato: SA-EDU210-26-0318', 60, 144, 10.5),
    );
    const fields = pdfFields(italian, { fileName: 'a.pdf' });
    expect(fields.title).not.toBe('Luca Bianchi');
    expect(fields.people).toContain('Luca Bianchi');
  });

  it.each([
    ['a receipt', ['Receipt', 'Cloud Security Basics', 'Date: Aug 12, 2024', 'Order: #4512789630']],
    ['a registration', ['Registration confirmed', 'CyberSec Nordics 2026', 'Dates: 2–6 Feb 2026']],
    ['a transcript in progress', ['Unofficial transcript', 'Security Foundations', 'Status: In progress']],
  ])('gives no capture from %s', (_kind, texts) => {
    const pages = page(...texts.map((text, i) => run(text, 72, 500 - i * 30, i === 0 ? 22 : 12)));
    expect(captureFromPdfText(pages, { fileName: 'a.pdf' })).toBeUndefined();
  });
});

describe('columns side by side', () => {
  it('makes a block of each column, and a column\'s next line joins it past a line of the other column', () => {
    const lines = pdfLines(page(
      run('Fundamentos de la', 54, 394, 30), run('Ciberseguridad', 549, 394, 9),
      run('Seguridad de la información', 549, 367, 9),
      run('ciberseguridad', 54, 353, 30),
    ));
    expect(pdfBlocks(lines).map((b) => b.text)).toEqual(['Fundamentos de la ciberseguridad', 'Ciberseguridad', 'Seguridad de la información']);
  });

  it('never takes the learner beside a details column, or signatories side by side, for the course', () => {
    const juniper = page(
      run('Certificate of Attendance', 50, 443, 30), run('Presented to', 50, 400), run('Ingrid Solberg', 50, 366, 34), run('LOCATION', 560, 366, 8),
      run('in recognition of attending the instructor-led course', 50, 328), run('Junos Intermediate Routing (JIR)', 50, 299, 22), run('Nordic Network Academy B.V.', 560, 299, 12),
    );
    expect(captureFromPdfText(juniper, { fileName: 'c.pdf' })?.title).toBe('Junos Intermediate Routing (JIR)');
    const conference = page(
      run('CERTIFICATE OF ATTENDANCE', 255, 449, 16), run('This certifies that', 369, 401, 14), run('Ravi Shankar', 257, 334, 56),
      run('attended the Northern Lights Security Conference 2026', 237, 290, 15), run('held March 23–26, 2026 at Tampere Hall, Tampere, Finland,', 225, 268, 15),
      run('and has earned 24 Continuing Education Credits.', 259, 246, 15),
      run('Aino Virtanen', 194, 160, 22), run('Jukka Lehtonen', 528, 160, 22), run('Conference Chair', 217, 119, 9), run('Program Committee Lead', 541, 119, 9),
    );
    const fields = pdfFields(conference, { fileName: 'c.pdf' });
    expect(fields).toMatchObject({ title: 'Northern Lights Security Conference 2026', startDate: '2026-03-23', endDate: '2026-03-26' });
    expect(fields.people).toEqual(expect.arrayContaining(['Ravi Shankar', 'Aino Virtanen', 'Jukka Lehtonen']));
  });

  it('reads no course from a letter telling what she completed', () => {
    const letter = page(run('Brightline Networks Inc.', 72, 520), run('To Whom It May Concern:', 72, 480),
      run('To prepare, she completed the Implementing Cisco SD-WAN Security course on Cisco U. in October 2025.', 72, 450), run('Sincerely,', 72, 400));
    expect(captureFromPdfText(letter, { fileName: 'l.pdf' })).toBeUndefined();
  });
});

describe('two columns whose lines interleave', () => {
  const layout = page(
    run('Arcturus Learning Services', 84, 791, 16), run('Cisco Learning Partner', 464, 791, 8),
    run('Certificate of Completion', 50, 695, 25), run('This is to confirm that', 50, 644, 11), run('Course details', 370, 639, 10),
    run('Tomasz Nowak', 50, 617, 20), run('Course code', 367, 617, 9), run('CCNA', 447, 617, 9),
    run('successfully attended and completed the instructor-', 50, 590, 11), run('Delivery', 367, 590, 9), run('Virtual classroom', 447, 590, 9),
    run('led course', 50, 573, 11), run('Dates', 367, 563, 9), run('2–6 Feb 2026', 447, 563, 9),
    run('Implementing and Administering', 50, 546, 15), run('Duration', 367, 537, 9), run('5 days (40 hours)', 447, 537, 9),
    run('Cisco Solutions (CCNA) v2.1', 50, 523, 15),
  );

  it('finds the learner named a line of the other column after the lead, and the course after the wording in its own column', () => {
    const fields = pdfFields(layout, { fileName: 'c.pdf' });
    expect(fields.people).toContain('Tomasz Nowak');
    expect(fields.title).toBe('Implementing and Administering Cisco Solutions (CCNA) v2.1');
  });

  it('never joins a line of one column to the block of the other', () => {
    const texts = pdfBlocks(pdfLines(layout)).map((b) => b.text);
    expect(texts).toContain('successfully attended and completed the instructor- led course');
    expect(texts.some((t) => t.includes('instructor') && t.includes('Dates'))).toBe(false);
  });
});

describe('a table of many columns', () => {
  it('gives each cell once to the phrases, so the completion below a long table is still read', () => {
    const rows = Array.from({ length: 40 }, (_, i) => ['Module', `M${i}`, 'Score', '90%', 'Status', 'Done'].map((text, c) => run(text, 60 + c * 110, 560 - i * 12, 8))).flat();
    const pdf = page(run('Certificate of Completion', 60, 590, 24), ...rows,
      run('Priya Raman has successfully completed Cloud Security Basics on March 14, 2026', 60, 60, 12));
    expect(pdfFields(pdf, { fileName: 'c.pdf' })).toMatchObject({ title: 'Cloud Security Basics', endDate: '2026-03-14' });
  });
});
