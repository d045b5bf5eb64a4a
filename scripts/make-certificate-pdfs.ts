/**
 * Writes the certificate PDFs that PDF capture is tested against into test/fixtures/pdfs/, with a small PDF
 * writer of our own (no dependency): the standard 14 fonts, text placed with BT/Tf/Tm/Tj, some content streams
 * FlateDecoded so pdf.js really inflates them, one file RC4-encrypted with a user password, and the broken
 * files a user might pick by mistake. The output is deterministic (fixed dates and IDs, a seeded shuffle), so
 * running this twice gives identical bytes. Run: npx tsx scripts/make-certificate-pdfs.ts [output folder]
 * (a test writes to a temporary folder and compares with the committed files).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { seeded } from './seeded-random';

const OUT = process.argv[2] ?? fileURLToPath(new URL('../test/fixtures/pdfs/', import.meta.url));

type Font = 'Helvetica' | 'Helvetica-Bold' | 'Times-Roman' | 'Times-Bold';
const FONTS: readonly Font[] = ['Helvetica', 'Helvetica-Bold', 'Times-Roman', 'Times-Bold'];

/* Advance widths (1/1000 em) from the fonts' AFM metrics, for ASCII 32..126 and then the WinAnsi letters
   below: centring and split words must land where pdf.js, which uses the same metrics, puts them. */
const ASCII_WIDTHS: Record<Font, string> = {
  Helvetica: '278,278,355,556,556,889,667,191,333,333,389,584,278,333,278,278,556,556,556,556,556,556,556,556,556,556,278,278,584,584,584,556,1015,667,667,722,722,667,611,778,722,278,500,667,556,833,722,778,667,778,722,667,611,722,667,944,667,667,611,278,278,278,469,556,333,556,556,500,556,556,278,556,556,222,222,500,222,833,556,556,556,556,333,500,278,556,500,722,500,500,500,334,260,334,584',
  'Helvetica-Bold': '278,333,474,556,556,889,722,238,333,333,389,584,278,333,278,278,556,556,556,556,556,556,556,556,556,556,333,333,584,584,584,611,975,722,722,722,722,667,611,778,722,278,556,722,611,833,722,778,667,778,722,667,611,722,667,944,667,667,611,333,278,333,584,556,333,556,611,556,611,556,333,611,611,278,278,556,278,889,611,611,611,611,389,556,333,611,556,778,556,556,500,389,280,389,584',
  'Times-Roman': '250,333,408,500,500,833,778,180,333,333,500,564,250,333,250,278,500,500,500,500,500,500,500,500,500,500,278,278,564,564,564,444,921,722,667,667,722,611,556,722,722,333,389,722,611,889,722,722,556,722,667,556,611,722,722,944,722,722,611,333,278,333,469,500,333,444,500,444,500,444,333,500,500,278,278,500,278,778,500,500,500,500,333,389,278,500,500,722,500,500,444,480,200,480,541',
  'Times-Bold': '250,333,555,500,500,1000,833,278,333,333,500,570,250,333,250,278,500,500,500,500,500,500,500,500,500,500,333,333,570,570,570,500,930,722,667,722,722,667,611,778,778,389,500,778,667,944,722,778,611,778,722,556,667,722,722,1000,722,722,667,333,278,333,581,500,333,500,556,444,556,444,333,500,556,278,333,556,278,833,556,500,556,556,444,389,333,556,500,722,500,500,444,394,220,394,520',
};
const WIN_ANSI_EXTRAS = 'äöüßé“”–—’•©';
const WIN_ANSI_CODES = [0xe4, 0xf6, 0xfc, 0xdf, 0xe9, 0x93, 0x94, 0x96, 0x97, 0x92, 0x95, 0xa9];
const EXTRA_WIDTHS: Record<Font, number[]> = {
  Helvetica: [556, 556, 556, 611, 556, 333, 333, 556, 1000, 222, 350, 737],
  'Helvetica-Bold': [556, 611, 611, 611, 556, 500, 500, 556, 1000, 278, 350, 737],
  'Times-Roman': [444, 500, 500, 500, 444, 444, 444, 500, 1000, 333, 350, 760],
  'Times-Bold': [500, 500, 556, 556, 444, 500, 500, 500, 1000, 333, 350, 747],
};
const asciiWidths = Object.fromEntries(FONTS.map((f) => [f, ASCII_WIDTHS[f].split(',').map(Number)])) as Record<Font, number[]>;

function charWidth(ch: string, font: Font): number {
  const code = ch.charCodeAt(0);
  if (code >= 32 && code <= 126) return asciiWidths[font][code - 32]!;
  const extra = WIN_ANSI_EXTRAS.indexOf(ch);
  if (extra < 0) throw new Error(`No WinAnsi glyph for ${JSON.stringify(ch)}`);
  return EXTRA_WIDTHS[font][extra]!;
}

function textWidth(text: string, font: Font, size: number): number {
  return (Array.from(text).reduce((sum, ch) => sum + charWidth(ch, font), 0) * size) / 1000;
}

function winAnsi(text: string): Buffer {
  return Buffer.from(Array.from(text, (ch) => (ch.charCodeAt(0) < 127 ? ch.charCodeAt(0) : WIN_ANSI_CODES[WIN_ANSI_EXTRAS.indexOf(ch)]!)));
}

/** A PDF literal string: the three special characters escaped, everything outside printable ASCII in octal. */
function literal(bytes: Buffer): string {
  let out = '(';
  for (const b of bytes) {
    if (b === 0x28 || b === 0x29 || b === 0x5c) out += `\\${String.fromCharCode(b)}`;
    else if (b < 32 || b > 126) out += `\\${b.toString(8).padStart(3, '0')}`;
    else out += String.fromCharCode(b);
  }
  return `${out})`;
}

const num = (n: number) => String(Math.round(n * 100) / 100);

interface Run { text: string; x: number; y: number; size: number; font: Font }
interface PageSpec { width: number; height: number; runs: Run[]; graphics?: string; image?: boolean }
interface DocSpec { title: string; pages: PageSpec[]; flate: boolean; userPassword?: string }

/** One content stream: line art first, then every run as its own positioned text object, in the given order. */
function contentOf(page: PageSpec): string {
  const fontKey = (font: Font) => `F${FONTS.indexOf(font) + 1}`;
  const text = page.runs.map((r) => `BT /${fontKey(r.font)} ${num(r.size)} Tf 1 0 0 1 ${num(r.x)} ${num(r.y)} Tm ${literal(winAnsi(r.text))} Tj ET`);
  const image = page.image ? ['q 480 0 0 320 66 146 cm /Im1 Do Q'] : [];
  return [page.graphics ?? '', ...image, ...text].filter(Boolean).join('\n');
}

// ---- RC4 40-bit, the PDF 1.4 standard security handler (revision 2), algorithms 3.1 to 3.4 ----
const PASSWORD_PAD = Buffer.from('28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A', 'hex');
const md5 = (...parts: Buffer[]) => createHash('md5').update(Buffer.concat(parts)).digest();
const padded = (password: string) => Buffer.concat([Buffer.from(password, 'latin1'), PASSWORD_PAD]).subarray(0, 32);

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}

interface Security { key: Buffer; dict: string }

function standardSecurity(userPassword: string, ownerPassword: string, fileId: Buffer): Security {
  const permissions = -44; // print and copy allowed, editing not; the upper bits must be set (32-bit signed)
  const owner = rc4(md5(padded(ownerPassword)).subarray(0, 5), padded(userPassword)); // algorithm 3.3
  const p = Buffer.alloc(4);
  p.writeInt32LE(permissions);
  const key = md5(padded(userPassword), owner, p, fileId).subarray(0, 5); // algorithm 3.2
  const user = rc4(key, PASSWORD_PAD); // algorithm 3.4
  const dict = `<< /Filter /Standard /V 1 /R 2 /Length 40 /O <${owner.toString('hex')}> /U <${user.toString('hex')}> /P ${permissions} >>`;
  return { key, dict };
}

/** Algorithm 3.1: each string and stream is encrypted with a key derived from its object number. */
function encryptFor(security: Security | undefined, objectNumber: number, data: Buffer): Buffer {
  if (!security) return data;
  const salt = Buffer.from([objectNumber & 255, (objectNumber >> 8) & 255, (objectNumber >> 16) & 255, 0, 0]);
  return rc4(md5(security.key, salt).subarray(0, 10), data);
}

// ---- The writer ----
function buildPdf(spec: DocSpec): Buffer {
  const fileId = md5(Buffer.from(spec.title, 'utf8'));
  const security = spec.userPassword ? standardSecurity(spec.userPassword, 'recert-owner', fileId) : undefined;
  const objects: Buffer[] = [];
  const reserve = () => objects.push(Buffer.alloc(0));
  const set = (n: number, body: string | Buffer) => void (objects[n - 1] = Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'));
  const stream = (n: number, dict: string, data: Buffer) => {
    const packed = spec.flate ? deflateSync(data, { level: 9 }) : data;
    const body = encryptFor(security, n, packed);
    const filter = spec.flate ? '/Filter /FlateDecode' : '';
    set(n, Buffer.concat([Buffer.from(`<< ${[dict, filter, `/Length ${body.length}`].filter(Boolean).join(' ')} >>\nstream\n`, 'latin1'), body, Buffer.from('\nendstream', 'latin1')]));
  };

  const catalog = reserve();
  const pages = reserve();
  const fonts = FONTS.map(() => reserve());
  const info = reserve();
  const image = spec.pages.some((p) => p.image) ? reserve() : undefined;
  const pageNumbers = spec.pages.map(() => [reserve(), reserve()] as const);
  set(catalog, `<< /Type /Catalog /Pages ${pages} 0 R >>`);
  set(pages, `<< /Type /Pages /Kids [${pageNumbers.map(([p]) => `${p} 0 R`).join(' ')}] /Count ${spec.pages.length} >>`);
  FONTS.forEach((font, i) => set(fonts[i]!, `<< /Type /Font /Subtype /Type1 /BaseFont /${font} /Encoding /WinAnsiEncoding >>`));
  const infoString = (text: string) => (security ? `<${encryptFor(security, info, Buffer.from(text, 'latin1')).toString('hex')}>` : literal(Buffer.from(text, 'latin1')));
  set(info, `<< /Title ${infoString(spec.title)} /Producer ${infoString('Recert Companion fixture writer')} /CreationDate ${infoString('D:20260314090000Z')} >>`);
  if (image !== undefined) stream(image, '/Type /XObject /Subtype /Image /Width 96 /Height 64 /ColorSpace /DeviceGray /BitsPerComponent 8', scanLikePixels(96, 64));
  const fontResources = FONTS.map((_, i) => `/F${i + 1} ${fonts[i]} 0 R`).join(' ');
  spec.pages.forEach((page, i) => {
    const [pageObject, content] = pageNumbers[i]!;
    const xobject = page.image && image !== undefined ? ` /XObject << /Im1 ${image} 0 R >>` : '';
    set(pageObject, `<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 ${page.width} ${page.height}] /Resources << /Font << ${fontResources} >>${xobject} >> /Contents ${content} 0 R >>`);
    stream(content, '', Buffer.from(contentOf(page), 'latin1'));
  });

  const encrypt = security ? objects.push(Buffer.from(security.dict, 'latin1')) : undefined;
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = chunks[0]!.length;
  const offsets = objects.map((body, i) => {
    const at = offset;
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]);
    chunks.push(chunk);
    offset += chunk.length;
    return at;
  });
  const xref = ['xref', `0 ${objects.length + 1}`, '0000000000 65535 f ', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `)];
  const id = fileId.toString('hex');
  const trailer = `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${info} 0 R /ID [<${id}> <${id}>]${encrypt ? ` /Encrypt ${encrypt} 0 R` : ''} >>`;
  chunks.push(Buffer.from(`${xref.join('\n')}\n${trailer}\nstartxref\n${offset}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(chunks);
}

/** Grey stripes and specks, like a photographed page: pixels only, no text operators at all. */
function scanLikePixels(width: number, height: number): Buffer {
  const random = seeded(7);
  return Buffer.from(Array.from({ length: width * height }, (_, i) => {
    const row = Math.floor(i / width);
    const inkRow = row % 8 >= 5 && (i % width) > 8 && (i % width) < width - 8;
    return inkRow && random() < 0.6 ? 40 : 235 - Math.floor(random() * 12);
  }));
}


// ---- Layout helpers ----
const run = (text: string, x: number, y: number, size: number, font: Font): Run => ({ text, x, y, size, font });
const centred = (text: string, cx: number, y: number, size: number, font: Font): Run => run(text, cx - textWidth(text, font, size) / 2, y, size, font);
const frame = (w: number, h: number, inset: number) => `0.2 0.3 0.5 RG 3 w ${inset} ${inset} ${w - 2 * inset} ${h - 2 * inset} re S 1 w ${inset + 8} ${inset + 8} ${w - 2 * inset - 16} ${h - 2 * inset - 16} re S 0 G`;

/** Label cells and value cells as separate runs, one row per pair, with the cell borders drawn. */
function tableRows(rows: ReadonlyArray<readonly [string, string]>, top: number, x: readonly [number, number, number], font: Font, bold: Font): { runs: Run[]; graphics: string } {
  const rowHeight = 24;
  const runs = rows.flatMap(([label, value], i) => [run(label, x[0] + 8, top - (i + 1) * rowHeight + 8, 11, bold), run(value, x[1] + 8, top - (i + 1) * rowHeight + 8, 11, font)]);
  const lines = rows.map((_, i) => `${x[0]} ${top - (i + 1) * rowHeight} m ${x[2]} ${top - (i + 1) * rowHeight} l`);
  const bottom = top - rows.length * rowHeight;
  const graphics = `0.5 w ${x[0]} ${top} m ${x[2]} ${top} l ${lines.join(' ')} ${x.map((cx) => `${cx} ${top} m ${cx} ${bottom} l`).join(' ')} S`;
  return { runs, graphics };
}

/**
 * A line of text cut into pieces at seeded places (mid-word as often as not), each piece placed exactly where
 * it would fall, with a hair of baseline jitter; the caller shuffles all pieces so none is drawn in order.
 */
function scattered(text: string, x: number, y: number, size: number, font: Font, random: () => number): Run[] {
  const pieces: Run[] = [];
  let start = 0;
  while (start < text.length) {
    const end = Math.min(text.length, start + 2 + Math.floor(random() * 7));
    pieces.push(run(text.slice(start, end), x + textWidth(text.slice(0, start), font, size), y + (random() - 0.5) * 0.6, size, font));
    start = end;
  }
  return pieces;
}

function shuffled<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}


// ---- The certificates: four layouts, several labels and date formats ----
const LANDSCAPE = { width: 792, height: 612 };
const LETTER = { width: 612, height: 792 };
const A4 = { width: 595, height: 842 };

/** Award style: everything centred; label over value at the bottom; the title follows "has successfully completed". */
function awardCompletion(): DocSpec {
  const cx = LANDSCAPE.width / 2;
  const runs = [
    centred('Northwind Networking Academy', cx, 520, 16, 'Helvetica-Bold'),
    centred('Certificate of Completion', cx, 462, 36, 'Times-Bold'),
    centred('This is to certify that', cx, 410, 16, 'Times-Roman'),
    centred('Jordan Avery', cx, 370, 28, 'Times-Bold'),
    centred('has successfully completed', cx, 330, 16, 'Times-Roman'),
    centred('Implementing Secure SD-WAN Solutions', cx, 290, 24, 'Times-Bold'),
    centred('and has earned 16 CE credits', cx, 256, 14, 'Times-Roman'),
    centred('Date of Completion', 200, 150, 10, 'Helvetica'),
    centred('Certificate ID', 592, 150, 10, 'Helvetica'),
    centred('March 14, 2026', 200, 130, 14, 'Times-Roman'),
    centred('Dana Whitfield, Director of Training', cx, 130, 11, 'Times-Roman'),
    centred('NWA-2026-04417', 592, 130, 14, 'Times-Roman'),
  ];
  const rules = '0.5 w 130 124 m 270 124 l 522 124 m 662 124 l 311 124 m 481 124 l S';
  return { title: 'Certificate of Completion', flate: true, pages: [{ ...LANDSCAPE, runs, graphics: `${frame(792, 612, 24)} ${rules}` }] };
}

/** Award style for a three-day course: a quoted title, a date range, "Validation Code", "Issued by". */
function awardAttendance(): DocSpec {
  const cx = LANDSCAPE.width / 2;
  const runs = [
    centred('Harborview Security Institute', cx, 530, 14, 'Helvetica-Bold'),
    centred('Certificate of Attendance', cx, 470, 34, 'Helvetica-Bold'),
    centred('presented to', cx, 425, 14, 'Helvetica'),
    centred('Priya Raman', cx, 385, 26, 'Times-Bold'),
    centred('who attended and completed the course', cx, 345, 14, 'Helvetica'),
    centred('“Cloud Incident Response Fundamentals”', cx, 305, 22, 'Helvetica-Bold'),
    centred('Dates: 12–14 March 2026', cx, 262, 13, 'Helvetica'),
    centred('Duration: 21 hours', cx, 242, 13, 'Helvetica'),
    centred('CPE Credits: 24', cx, 222, 13, 'Helvetica'),
    centred('Validation Code: 7GQ2-KD93-XM4P', 200, 110, 10, 'Helvetica'),
    centred('Issued by Harborview Security Institute', 592, 110, 10, 'Helvetica'),
  ];
  return { title: 'Certificate of Attendance', flate: false, pages: [{ ...LANDSCAPE, runs, graphics: frame(792, 612, 30) }] };
}

/** A table of label and value cells, ISO dates, "Credential ID", CEUs and hours. */
function tableFields(): DocSpec {
  const table = tableRows([
    ['Participant', 'Morgan Lee'],
    ['Course title', 'Securing Kubernetes Workloads'],
    ['Provider', 'Contoso Cloud Academy'],
    ['Start date', '2026-02-02'],
    ['Completion date', '2026-03-14'],
    ['Credential ID', 'CCA-KS-558201'],
    ['Duration', '12 hours'],
    ['CEUs', '1.2'],
  ], 620, [72, 230, 540], 'Helvetica', 'Helvetica-Bold');
  const runs = [
    run('Contoso Cloud Academy', 72, 720, 14, 'Helvetica-Bold'),
    run('Certificate of Completion', 72, 680, 26, 'Helvetica-Bold'),
    run('This certificate confirms that the participant named below completed the course.', 72, 650, 11, 'Helvetica'),
    ...table.runs,
    run('Verify this certificate at https://verify.contoso-academy.example/CCA-KS-558201', 72, 360, 9, 'Helvetica'),
  ];
  return { title: 'Certificate of Completion', flate: true, pages: [{ ...LETTER, runs, graphics: table.graphics }] };
}

/** Labelled rows and a header row over a value row; US dates ("03/02/2026" is 2 March) and PDUs. */
function tableHeaderRowUs(): DocSpec {
  const rows = tableRows([
    ['Participant', 'Alex Chen'],
    ['Course', 'Agile Project Leadership Essentials'],
    ['Issued by', 'Lakeshore Project Institute'],
    ['Start date', '03/02/2026'],
  ], 600, [72, 200, 540], 'Times-Roman', 'Times-Bold');
  const columns = [80, 250, 420];
  const header = ['Certificate No.', 'Date Completed', 'PDUs'].map((text, i) => run(text, columns[i]!, 470, 11, 'Times-Bold'));
  const values = ['LPI-PDU-20931', '03/14/2026', '21'].map((text, i) => run(text, columns[i]!, 450, 11, 'Times-Roman'));
  const runs = [
    run('Lakeshore Project Institute', 72, 720, 18, 'Times-Bold'),
    run('233 S. Wacker Drive, Chicago, IL 60606, USA', 72, 702, 10, 'Times-Roman'),
    centred('Certificate of Completion', 306, 640, 28, 'Times-Bold'),
    ...rows.runs,
    ...header,
    ...values,
  ];
  const grid = '0.5 w 72 486 m 540 486 l 72 464 m 540 464 l 72 442 m 540 442 l 72 486 m 72 442 l 242 486 m 242 442 l 412 486 m 412 442 l 540 486 m 540 442 l S';
  return { title: 'Certificate of Completion', flate: true, pages: [{ ...LETTER, runs, graphics: `${rows.graphics} ${grid}` }] };
}

/** Two columns of "Label: value" lines, the label bold and the value a separate run beside it. */
function twoColumn(): DocSpec {
  const pair = (label: string, value: string, x: number, y: number) => [run(label, x, y, 11, 'Helvetica-Bold'), run(value, x + textWidth(label, 'Helvetica-Bold', 11) + 5, y, 11, 'Helvetica')];
  const runs = [
    run('Blue Ridge Security Training', 60, 730, 13, 'Helvetica-Bold'),
    run('Certificate of Achievement', 60, 690, 28, 'Helvetica-Bold'),
    run('Awarded to Casey Morgan', 60, 660, 13, 'Helvetica'),
    ...pair('Course:', 'Zero Trust Architecture Foundations', 60, 600),
    ...pair('Certificate ID:', 'BRS-ZT-44120', 330, 600),
    ...pair('Provider:', 'Blue Ridge Security Training', 60, 580),
    ...pair('Completed on:', 'March 14, 2026', 330, 580),
    ...pair('Start date:', 'March 2, 2026', 60, 560),
    ...pair('CPE credits:', '6', 330, 560),
  ];
  return { title: 'Certificate of Achievement', flate: false, pages: [{ ...LETTER, runs, graphics: '0.8 G 2 w 60 640 m 552 640 l S' }] };
}

/** A German confirmation: two columns of small labels over values, "14.03.2026", and a second page. */
function twoColumnGerman(): DocSpec {
  const field = (label: string, value: string, x: number, y: number) => [run(label, x, y, 9, 'Helvetica-Bold'), run(value, x, y - 15, 12, 'Helvetica')];
  const runs = [
    run('Rheinland IT-Akademie GmbH', 56, 780, 14, 'Helvetica-Bold'),
    run('Teilnahmebescheinigung', 56, 730, 26, 'Helvetica-Bold'),
    run('Hiermit wird bescheinigt, dass', 56, 700, 11, 'Helvetica'),
    run('Lena Hoffmann', 56, 680, 16, 'Helvetica-Bold'),
    run('an der folgenden Weiterbildung erfolgreich teilgenommen hat.', 56, 662, 11, 'Helvetica'),
    ...field('Kurs', 'Netzwerksicherheit für Administratoren', 56, 610),
    ...field('Zertifikatsnummer', 'RIA-2026-0314-77', 340, 610),
    ...field('Anbieter', 'Rheinland IT-Akademie GmbH', 56, 570),
    ...field('Abgeschlossen am', '14.03.2026', 340, 570),
    ...field('Beginn', '02.03.2026', 56, 530),
    ...field('Umfang', '16 Stunden', 340, 530),
    ...field('Fortbildungspunkte', '16 CPE', 56, 490),
    ...field('Ort', 'Köln', 340, 490),
  ];
  const notes = [
    run('Hinweise', 56, 780, 14, 'Helvetica-Bold'),
    run('Diese Bescheinigung wurde maschinell erstellt und ist ohne Unterschrift gültig.', 56, 756, 10, 'Helvetica'),
  ];
  return { title: 'Teilnahmebescheinigung', flate: true, pages: [{ ...A4, runs }, { ...A4, runs: notes }] };
}

/** Every line cut into pieces (mid-word too) and all pieces drawn in shuffled order; the title is only the largest line. */
function scatteredRuns(): DocSpec {
  const random = seeded(2026);
  const cx = LANDSCAPE.width / 2;
  const line = (text: string, x: number | 'centre', y: number, size: number, font: Font) =>
    scattered(text, x === 'centre' ? cx - textWidth(text, font, size) / 2 : x, y, size, font, random);
  const pieces = [
    ...line('Blue Harbor Cyber Range', 'centre', 530, 14, 'Helvetica-Bold'),
    ...line('CERTIFICATE OF ACHIEVEMENT', 'centre', 475, 30, 'Helvetica-Bold'),
    ...line('This certificate is presented to', 'centre', 430, 14, 'Helvetica'),
    ...line('Sam Rivera', 'centre', 395, 22, 'Helvetica-Bold'),
    ...line('for completing', 'centre', 360, 14, 'Helvetica'),
    ...line('Threat Hunting with Open-Source Tools', 'centre', 318, 26, 'Helvetica-Bold'),
    ...line('Start date: 2 March 2026', 120, 240, 12, 'Helvetica'),
    ...line('Completion date: 14 March 2026', 120, 222, 12, 'Helvetica'),
    ...line('Credits earned: 4 CPE', 120, 204, 12, 'Helvetica'),
    ...line('Credential ID: BHCR-TH-30117', 440, 240, 12, 'Helvetica'),
    ...line('Provided by: Blue Harbor Cyber Range', 440, 222, 12, 'Helvetica'),
  ];
  return { title: 'Certificate of Achievement', flate: true, pages: [{ ...LANDSCAPE, runs: shuffled(pieces, random), graphics: frame(792, 612, 20) }] };
}

const certificates: Record<string, DocSpec> = {
  'award-completion.pdf': awardCompletion(),
  'award-attendance.pdf': awardAttendance(),
  'table-fields.pdf': tableFields(),
  'table-header-row-us.pdf': tableHeaderRowUs(),
  'two-column.pdf': twoColumn(),
  'two-column-german.pdf': twoColumnGerman(),
  'scattered-runs.pdf': scatteredRuns(),
};

// ---- Files that must be refused with a clear message ----
function badFiles(): Record<string, Buffer> {
  const scanned = buildPdf({ title: 'Scanned certificate', flate: true, pages: [{ ...LETTER, runs: [], image: true }] });
  const encrypted = buildPdf({ ...awardCompletion(), title: 'Protected certificate', userPassword: 'open-sesame' });
  // A download cut off early, its tail overwritten with noise: no page tree or cross-reference table survives.
  const whole = buildPdf(tableFields());
  const random = seeded(404);
  const noise = Buffer.from(Array.from({ length: 600 }, () => Math.floor(random() * 256)));
  const corrupt = Buffer.concat([whole.subarray(0, 180), noise]);
  const html = '<!doctype html>\n<html lang="en"><head><title>Certificate of Completion</title></head>\n<body><h1>Certificate of Completion</h1><p>Certificate ID: NOT-A-PDF-1</p></body></html>\n';
  return { 'scanned-no-text.pdf': scanned, 'encrypted.pdf': encrypted, 'corrupt.pdf': corrupt, 'not-a-pdf.pdf': Buffer.from(html, 'utf8') };
}

mkdirSync(OUT, { recursive: true });
const files = { ...Object.fromEntries(Object.entries(certificates).map(([name, spec]) => [name, buildPdf(spec)])), ...badFiles() };
for (const [name, bytes] of Object.entries(files)) writeFileSync(join(OUT, name), bytes);
process.stdout.write(`wrote ${Object.keys(files).length} files to ${OUT}\n`);
