import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base64ToBytes } from '../src/base64';
import { runCli, type CliIo } from '../src/cli';
import { progress } from '../src/domain/progress';
import { DEFAULT_SETTINGS, type Backup } from '../src/domain/schema';
import { parseBackup, serializeBackup } from '../src/store/backup';
import { learnRecipe } from '../src/capture/recipes/learn';
import { parseHtml } from './helpers/fixtures';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BACKUPS = 'test/fixtures/backups';
const readFixture = (name: string) => readFileSync(new URL(`fixtures/backups/${name}`, import.meta.url), 'utf8');

/** io over an in-memory file system; whatever the CLI prints is collected for assertions. */
function fakeIo(files: Record<string, string> = {}, today = '2026-11-29') {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    readFile: async (path) => {
      if (path in files) return files[path]!;
      throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
    },
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    today: () => today,
  };
  return { io, out };
}

/** A readable PDF that is no certificate. One line, without a cross-reference table: pdf.js rebuilds it, as it does for many real files. */
function lunchMenuPdf(): Uint8Array {
  const content = 'BT /F1 12 Tf 72 700 Td (Lunch menu: soup of the day) Tj ET';
  const pdf = [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >> endobj',
    '4 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj',
    `5 0 obj << /Length ${content.length} >> stream\n${content}\nendstream endobj`,
    'trailer << /Root 1 0 R >>',
    '%%EOF',
  ].join('\n');
  return new TextEncoder().encode(pdf);
}

/**
 * A certificate that sets the learner's name largest, above the course, with nothing saying which is which: the
 * user's name (--name) is what tells them apart. Escaping is not needed: the text has no parentheses or backslashes.
 */
function nameLargestPdf(): Uint8Array {
  const lines: Array<[string, number, number]> = [
    ['Certificate of Completion', 14, 520],
    ['Priya Raman', 30, 470],
    ['Cloud Network Basics', 20, 420],
    ['Completed on 14 March 2026', 12, 380],
    ['Certificate ID: NWA-2026-0417', 12, 360],
    ['Northwind Networking Academy', 12, 80],
  ];
  const content = lines.map(([text, size, y]) => `BT /F1 ${size} Tf 72 ${y} Td (${text}) Tj ET`).join('\n');
  const pdf = [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >> endobj',
    '4 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj',
    `5 0 obj << /Length ${content.length} >> stream\n${content}\nendstream endobj`,
    'trailer << /Root 1 0 R >>',
    '%%EOF',
  ].join('\n');
  return new TextEncoder().encode(pdf);
}

const allPrograms = readFixture('all-programs.json');
const backup = (() => {
  const parsed = parseBackup(allPrograms);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.backup;
})();

describe('recert progress', () => {
  it('prints the right paths and states for each certification newly covered in December 2026 (issue 16)', async () => {
    const { io, out } = fakeIo({ 'b.json': readFixture('certifications-2026.json') });
    expect(await runCli(['progress', 'b.json', '--today', '2026-11-29'], io)).toBe(0);
    const report = JSON.parse(out.stdout) as ReturnType<typeof progress>;
    const line = (c: (typeof report.certifications)[number]) => [
      c.certification,
      c.state,
      c.expiresOn ?? null,
      c.renewedBy ?? null,
      c.paths.map((p) => `${p.id} ${p.creditsRequired > 0 ? `${p.creditsCounted}/${p.creditsRequired}` : `${p.examsCounted}/${p.examsRequired} exam`}${p.complete ? ' met' : ''}`).join('; '),
      c.nextSteps[0]?.kind,
    ];
    expect(Object.fromEntries(report.certifications.map((c) => [c.certificationId, line(c)]))).toEqual({
      // CCST earned before 15 July 2025: for life; earned after: 5 years, renewed by the CCNA exam passed in 2026.
      'c-ccst-old': ['CCST Networking', 'on-track', null, null, '', 'never-expires'],
      'c-ccst-new': ['CCST Cybersecurity', 'renewed', '2030-09-01', null, 'one-exam 1/1 exam met', 'renewed'],
      // CCT: exam only; 40 CE earned change nothing, and the next step says so.
      'c-cct': ['Cisco Certified Technician (CCT)', 'on-track', '2028-02-01', null, 'cct-exam 0/1 exam', 'pass-exam'],
      'c-csm': ['Cisco Customer Success Manager', 'renewed', '2027-03-01', null, 'csm-exam 1/1 exam met', 'renewed'],
      // Entered under its former name, shown under the new one, with associate rules.
      'c-devnet': ['CCNA Automation', 'renewed', '2027-06-01', null, 'ce-only 40/30 met; one-exam 1/1 exam met', 'renewed'],
      // "Security+" and "CASP+" typed by name: SecurityX carries Security+; the same course twice counts once; webinars capped at 20.
      't-sec': ['Security+', 'renewed', '2027-04-01', 't-casp', 'ceu 75/75 met', 'renews-with'],
      't-casp': ['CompTIA SecurityX', 'renewed', '2027-04-01', null, 'ceu 75/75 met', 'renewed'],
      't-datax': ['CompTIA DataX', 'renewed', '2028-01-15', null, 'ceu 75/75 met', 'renewed'],
      't-cloudnetx': ['CompTIA CloudNetX', 'renewed', '2028-03-01', null, 'ceu 75/75 met', 'renewed'],
      'i-ccsp': ['CCSP', 'renewed', '2027-01-01', null, 'cpe 100/90 met', 'renewed'],
      'i-csslp': ['CSSLP', 'renewed', '2027-01-01', null, 'cpe 100/90 met', 'renewed'],
      'i-cgrc': ['CGRC', 'renewed', '2027-01-01', null, 'cpe 100/60 met', 'renewed'],
      'i-hcispp': ['HCISPP', 'renewed', '2027-01-01', null, 'cpe 100/60 met', 'renewed'],
      'i-issap': ['ISSAP', 'renewed', '2027-01-01', null, 'cpe 100/60 met', 'renewed'],
      // Earned June 2024: the cycle is the calendar years 2025–2027; 25 + 25 of 120.
      'a-cdpse': ['CDPSE', 'at-risk', '2027-12-31', null, 'cpe 50/120', 'earn'],
      // 18 Education + practitioner capped at 4 (at 2 for CAPM).
      'p-acp': ['PMI-ACP', 'at-risk', '2027-02-01', null, 'pdu 22/30', 'earn'],
      'p-rmp': ['PMI-RMP', 'at-risk', '2027-02-01', null, 'pdu 22/30', 'earn'],
      'p-sp': ['PMI-SP', 'at-risk', '2027-02-01', null, 'pdu 22/30', 'earn'],
      'p-capm': ['CAPM', 'renewed', '2027-02-01', null, 'pdu 20/15 met', 'renewed'],
      // GIAC: 36 CPEs in four years; EC-Council: 120 ECE in three (40 with most of the period gone: at risk).
      'g-gcih': ['GIAC Certified Incident Handler', 'renewed', '2027-05-01', null, 'cpe 36/36 met', 'renewed'],
      'e-ceh': ['CEH', 'at-risk', '2027-08-01', null, 'ece 40/120', 'earn'],
      'c-retired': expect.arrayContaining(['CCNP Service Provider', 'retired', '2027-10-01', null]),
    });
  });

  it('prints the progress report of the backup as JSON for the given day', async () => {
    const { io, out } = fakeIo({ 'backup.json': allPrograms });
    expect(await runCli(['progress', 'backup.json', '--today', '2026-11-29'], io)).toBe(0);
    expect(out.stderr).toBe('');
    expect(out.stdout.endsWith('}\n')).toBe(true);
    expect(JSON.parse(out.stdout)).toEqual(JSON.parse(JSON.stringify(progress({ ...backup, today: '2026-11-29' }))));
  });

  it('defaults --today to the local date and accepts --today=DATE', async () => {
    const byDefault = fakeIo({ 'b.json': allPrograms }, '2027-01-15');
    expect(await runCli(['progress', 'b.json'], byDefault.io)).toBe(0);
    expect(JSON.parse(byDefault.out.stdout)).toEqual(JSON.parse(JSON.stringify(progress({ ...backup, today: '2027-01-15' }))));

    const withEquals = fakeIo({ 'b.json': allPrograms });
    expect(await runCli(['progress', '--today=2027-01-15', 'b.json'], withEquals.io)).toBe(0);
    expect(withEquals.out.stdout).toBe(byDefault.out.stdout);
  });

  it('reports a missing file in one line, without a stack trace', async () => {
    const { io, out } = fakeIo();
    expect(await runCli(['progress', 'nope.json'], io)).toBe(1);
    expect(out).toEqual({ stdout: '', stderr: 'recert: cannot read nope.json: no such file\n' });
  });

  it('reports every problem of an invalid backup on its own line and prints no report', async () => {
    const { io, out } = fakeIo({ 'bad.json': readFixture('bad-records.json') });
    expect(await runCli(['progress', 'bad.json'], io)).toBe(1);
    expect(out.stdout).toBe('');
    const lines = out.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines).toContain('recert: bad.json: records[0].credits: Must be ≥ 0, found -16');
    for (const line of lines) expect(line).toMatch(/^recert: bad\.json: \S/);
  });

  it('reports a file that is not JSON or not a backup', async () => {
    const { io, out } = fakeIo({ 'notes.txt': readFixture('not-json.txt'), 'other.json': readFixture('wrong-format.json') });
    expect(await runCli(['progress', 'notes.txt'], io)).toBe(1);
    expect(await runCli(['progress', 'other.json'], io)).toBe(1);
    expect(out.stderr).toMatch(/^recert: notes\.txt: Not valid JSON: .+\nrecert: other\.json: format: expected "recert-companion-backup"/);
  });
});

describe('recert usage errors exit with 2', () => {
  it.each([
    [['frobnicate'], 'recert: unknown command "frobnicate"; commands: progress'],
    [['progress'], 'recert: progress: missing argument; usage: progress <backup.json> [--today YYYY-MM-DD]'],
    [['progress', 'a.json', 'b.json'], 'recert: progress: unexpected argument "b.json"'],
    [['progress', 'a.json', '--verbose'], 'recert: progress: unknown option --verbose; options: --today'],
    [['progress', 'a.json', '--today'], 'recert: progress: --today needs a value'],
    [['progress', 'a.json', '--today', '2026-02-30'], 'recert: --today must be a calendar date as YYYY-MM-DD, found "2026-02-30"'],
    [['progress', 'a.json', '--today', '29/11/2026'], 'recert: --today must be a calendar date as YYYY-MM-DD, found "29/11/2026"'],
    [['import'], 'recert: import: missing argument; usage: import <files or folders...> [--now ISO-TIMESTAMP]'],
    [['import', 'a.json', '--now', 'yesterday'], 'recert: --now must be a date and time such as 2026-11-28T20:15:00Z, found "yesterday"'],
    [['import', 'a.json', '--now', '2026-11-29'], 'recert: --now must be a date and time such as 2026-11-28T20:15:00Z, found "2026-11-29"'],
    [['import', 'a.json', '--today', '2026-11-29'], 'recert: import: unknown option --today; options: --now, --name'],
    [['extract', 'a.pdf', '--name'], 'recert: extract: --name needs a value'],
    [['extract', 'a.pdf', '--name', '   '], 'recert: --name must be a name of 1 to 100 characters'],
    [['import', 'a.json', `--name=${'x'.repeat(101)}`], 'recert: --name must be a name of 1 to 100 characters'],
    [['progress', 'a.json', '--name', 'Priya Raman'], 'recert: progress: unknown option --name; options: --today'],
  ])('%j', async (argv, message) => {
    const { io, out } = fakeIo({ 'a.json': allPrograms });
    expect(await runCli(argv, io)).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr.startsWith(message)).toBe(true);
    expect(out.stderr).toContain('recert: run "npm run --silent cli -- help" for usage\n');
    expect(out.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints the usage to stderr when no command is given', async () => {
    const { io, out } = fakeIo();
    expect(await runCli([], io)).toBe(2);
    expect(out.stderr).toMatch(/^recert: no command given\nusage: /);
  });
});

describe('recert help', () => {
  it.each([[['help']], [['--help']], [['-h']]])('%j lists the commands that exist, and only those', async (argv) => {
    const { io, out } = fakeIo();
    expect(await runCli(argv, io)).toBe(0);
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('progress  <backup.json> [--today YYYY-MM-DD]');
    expect(out.stdout).toContain('extract   <file.html|file.pdf> [--url URL]');
    expect(out.stdout).toContain('import    <files or folders...> [--now ISO-TIMESTAMP]');
    expect(out.stdout).toContain('extract   <file.html|file.pdf> [--url URL] [--recipes BACKUP.json] [--name "YOUR NAME"]');
    expect(out.stdout).toContain('import    <files or folders...> [--now ISO-TIMESTAMP] [--name "YOUR NAME"]');
    expect(out.stdout).toContain('--name is your name as certificates print it: it is never read as the course or its issuer.');
    expect([...out.stdout.matchAll(/^ {2}(\S+) {2}/gm)].map((m) => m[1])).toEqual(['progress', 'extract', 'import', 'help']);
  });

  it('describes one command with "help progress" or "progress --help"', async () => {
    const a = fakeIo();
    const b = fakeIo();
    expect(await runCli(['help', 'progress'], a.io)).toBe(0);
    expect(await runCli(['progress', '--help'], b.io)).toBe(0);
    expect(a.out.stdout).toMatch(/^usage: npm run --silent cli -- progress <backup\.json> \[--today YYYY-MM-DD\]\n/);
    expect(b.out.stdout).toBe(a.out.stdout);
  });

  it('explains --name in the help of the commands that take it', async () => {
    for (const command of ['extract', 'import']) {
      const { io, out } = fakeIo();
      expect(await runCli(['help', command], io)).toBe(0);
      expect(out.stdout).toContain('[--name "YOUR NAME"]');
      expect(out.stdout).toContain('\n  --name is your name as certificates print it: it is never read as the course or its issuer.');
    }
  });
});

describe('recert as a process', () => {
  it('runs through tsx and prints one progress entry per certification', async () => {
    const { stdout, stderr } = await promisify(execFile)(
      'npx',
      ['tsx', 'src/cli.ts', 'progress', `${BACKUPS}/all-programs.json`, '--today', '2026-11-29'],
      { cwd: ROOT },
    );
    expect(stderr).toBe('');
    const report = JSON.parse(stdout) as { certifications: unknown[] };
    expect(report.certifications).toHaveLength(backup.certifications.length);
  }, 30_000);

  it('exits with 2 and a one-line message for an unknown command', async () => {
    const run = promisify(execFile)('npx', ['tsx', 'src/cli.ts', 'frobnicate'], { cwd: ROOT });
    await expect(run).rejects.toMatchObject({ code: 2, stdout: '', stderr: expect.stringMatching(/^recert: unknown command "frobnicate"/) });
  }, 30_000);
});

describe('extract', () => {
  const fixture = 'test/fixtures/pages/cisco-u/completed-learning-path.html';
  const realIo = () => {
    const out = { stdout: '', stderr: '' };
    const io = { readFile: (path: string) => import('node:fs/promises').then((fs) => fs.readFile(path, 'utf8')), stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t), today: () => '2026-11-29' };
    return { io, out };
  };

  it('prints the captures of a saved page, the address taken from its url comment', async () => {
    const { io, out } = realIo();
    expect(await runCli(['extract', fixture], io)).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual([
      {
        adapter: 'cisco-u',
        title: 'Implementing Automation for Cisco Enterprise Solutions (ENAUTO)',
        provider: 'Cisco U.',
        startDate: '2026-02-02',
        endDate: '2026-03-14',
        certificateCode: 'CSCO-U-8F3K2Q',
        credits: 24,
        creditUnit: 'CE',
        hours: 40.5, // the path's "40h 30m", which the generic reading adds to the adapter's
        program: 'cisco',
        sourceUrl: 'https://u.cisco.com/paths/implementing-automation-for-cisco-enterprise-solutions-enauto/1047',
        confidence: 0.9,
      },
    ]);
  });

  it('reads a taught site\'s page with its recipe from a backup (--recipes), and an unfinished one as nothing', async () => {
    const teach = readFileSync('test/fixtures/taught/northwind/01-teach-secure-coding.html', 'utf8');
    const recipe = learnRecipe(parseHtml(teach), 'https://learning.northwind-corp.com/learner/activity/48213/completion', { title: 'Secure Coding Fundamentals for Network Automation', provider: 'Northwind Academy', endDate: '2026-03-12', certificateCode: 'NW-2026-004417', credits: 8, creditUnit: 'CE' }, '2026-04-01T10:00:00.000Z');
    const backup = serializeBackup({ certifications: [], exams: [], records: [], settings: DEFAULT_SETTINGS, recipes: [recipe] }, new Date('2026-04-01T10:00:00.000Z'));
    const files: Record<string, string> = { 'backup.json': backup };
    for (const name of ['02-read-ansible-extra-rows.html', '04-negative-in-progress.html']) files[name] = readFileSync(`test/fixtures/taught/northwind/${name}`, 'utf8');
    const read = fakeIo(files);
    expect(await runCli(['extract', '02-read-ansible-extra-rows.html', '--recipes', 'backup.json'], read.io)).toBe(0);
    expect(JSON.parse(read.out.stdout)).toEqual([expect.objectContaining({ adapter: 'taught', endDate: '2026-02-27', certificateCode: 'NW-2026-001982', credits: 16, creditUnit: 'CE' })]);
    const unfinished = fakeIo(files);
    expect(await runCli(['extract', '04-negative-in-progress.html', '--recipes', 'backup.json'], unfinished.io)).toBe(0);
    expect(JSON.parse(unfinished.out.stdout)).toEqual([]);
    const broken = fakeIo({ ...files, 'backup.json': '{"format":"recert-companion-backup"' });
    expect(await runCli(['extract', '02-read-ansible-extra-rows.html', '--recipes', 'backup.json'], broken.io)).toBe(1);
    expect(broken.out.stderr).toMatch(/^recert: backup\.json: /);
  });

  it('falls back to the generic detector where no adapter serves the address', async () => {
    const { io, out } = realIo();
    expect(await runCli(['extract', fixture, '--url', 'https://training.example.org/certificates/1'], io)).toBe(0);
    // The same completion page at an address no adapter serves: the generic detector still reads it.
    expect(JSON.parse(out.stdout)).toEqual([
      expect.objectContaining({ adapter: 'generic', title: 'Implementing Automation for Cisco Enterprise Solutions (ENAUTO)', endDate: '2026-03-14' }),
    ]);
    const generic = realIo();
    expect(await runCli(['extract', 'test/fixtures/pages/generic/open-badges-2-assertion.html'], generic.io)).toBe(0);
    expect(JSON.parse(generic.out.stdout)[0]).toMatchObject({ adapter: 'generic', title: 'Cloud Security Essentials', endDate: '2026-03-14' });
  });

  it('keeps the name given with --name out of a saved page’s title', async () => {
    const page = [
      '<!-- url: https://learn.example.org/certificates/42 -->',
      '<html><head><title>Certificate</title></head><body><main>',
      '<h1>Priya Raman</h1><h2>Cloud Security Basics</h2>',
      '<p>Completed on: 14 March 2026</p><p>Issued by Northwind Networking Academy</p>',
      '</main></body></html>',
    ].join('\n');
    const titles = async (...options: string[]) => {
      const { io, out } = fakeIo({ 'certificate.html': page });
      expect(await runCli(['extract', 'certificate.html', ...options], io)).toBe(0);
      return (JSON.parse(out.stdout) as Array<{ title: string }>).map((capture) => capture.title);
    };
    expect(await titles()).toEqual(['Priya Raman']);
    expect(await titles('--name', ' Priya Raman ')).toEqual(['Cloud Security Basics']);
  });

  it('explains with --explain how the title was chosen, on stderr, and prints the same captures', async () => {
    const page = [
      '<!-- url: https://learn.example.org/certificates/42 -->',
      '<html><head><title>Certificate of Completion</title></head><body><main>',
      '<h1>Completed</h1><dl><dt>Course</dt><dd>Cloud Security Basics</dd><dt>Completed on</dt><dd>14 March 2026</dd></dl>',
      '<h2>Network Foundations</h2><section><h2>Recommended for you</h2><h3>Intro to Python</h3></section>',
      '</main></body></html>',
    ].join('\n');
    const plain = fakeIo({ 'certificate.html': page });
    expect(await runCli(['extract', 'certificate.html'], plain.io)).toBe(0);
    const { io, out } = fakeIo({ 'certificate.html': page });
    expect(await runCli(['extract', 'certificate.html', '--explain'], io)).toBe(0);
    expect(out.stdout).toBe(plain.out.stdout);
    const lines = out.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('recert: certificate.html: title "Cloud Security Basics"');
    expect(lines).toContain('recert:     80  "Cloud Security Basics"  (labelled +80)');
    expect(lines).toContain('recert:     30  "Network Foundations"  (subheading +30)');
    expect(lines).toContain('recert:    no   "Completed"  (heading: a status badge or a greeting)');
    expect(out.stderr).not.toContain('Intro to Python');
    expect(await runCli(['extract', 'certificate.html', '--explain=yes'], io)).toBe(2);
  });

  it('refuses a page without an address, and a file that is neither HTML nor PDF', async () => {
    const { io, out } = fakeIo();
    io.readFile = async () => '<html><body>Certificate</body></html>';
    expect(await runCli(['extract', 'page.html'], io)).toBe(2);
    expect(out.stderr).toContain('--url');
    expect(await runCli(['extract', 'backup.json'], io)).toBe(2);
    expect(out.stderr).toContain('recert: extract: backup.json is neither an .html nor a .pdf file');
  });
});

describe('extract <file.pdf>', () => {
  const PDFS = 'test/fixtures/pdfs';
  const run = async (argv: string[], io?: CliIo) => {
    const fake = fakeIo();
    const code = await runCli(argv, io ?? fake.io);
    return { code, ...fake.out };
  };

  it('prints the capture of a certificate PDF: the CLI fields, no address', async () => {
    const { code, stdout, stderr } = await run(['extract', `${PDFS}/table-fields.pdf`]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(JSON.parse(stdout)).toEqual([
      {
        adapter: 'pdf',
        title: 'Securing Kubernetes Workloads',
        provider: 'Contoso Cloud Academy',
        startDate: '2026-02-02',
        endDate: '2026-03-14',
        certificateCode: 'CCA-KS-558201',
        credits: 1.2,
        creditUnit: 'CEU',
        hours: 12,
        confidence: 0.85,
      },
    ]);
  });

  it('explains with --explain how a PDF\'s title and issuer were chosen', async () => {
    const { code, stdout, stderr } = await run(['extract', `${PDFS}/table-fields.pdf`, '--explain']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)[0]).toMatchObject({ provider: 'Contoso Cloud Academy' });
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toContain(`recert: ${PDFS}/table-fields.pdf: issuer "Contoso Cloud Academy"`);
    expect(lines.some((line) => /^recert:\s+\d+ {2}"Contoso Cloud Academy" {2}\(.+\)$/.test(line))).toBe(true);
  });

  it.each([
    ['encrypted.pdf', 'the PDF is password-protected; enter the details by hand'],
    ['scanned-no-text.pdf', 'no text found — enter the details by hand'],
    ['corrupt.pdf', 'the PDF is damaged and cannot be read; enter the details by hand'],
    ['not-a-pdf.pdf', 'this is not a PDF file'],
  ])('%s: an empty array, the reason in one line, exit 1', async (name, reason) => {
    const { code, stdout, stderr } = await run(['extract', `${PDFS}/${name}`]);
    expect(code).toBe(1);
    expect(stdout).toBe('[]\n');
    expect(stderr).toMatch(new RegExp(`^recert: ${PDFS}/${name.replace('.', '\\.')}: ${reason}.*\\n$`));
  });

  it('reads through io.readBytes when given, and refuses a file over 20 MB', async () => {
    const { io, out } = fakeIo();
    io.readBytes = async () => new Uint8Array(20 * 1024 * 1024 + 1);
    expect(await runCli(['extract', 'huge.pdf'], io)).toBe(1);
    expect(out).toEqual({ stdout: '[]\n', stderr: 'recert: huge.pdf: the file is larger than 20 MB, more than any certificate needs\n' });
  });

  it('reports a missing PDF as unreadable, and --url given with a PDF as a usage error', async () => {
    const missing = await run(['extract', `${PDFS}/nope.pdf`]);
    expect(missing).toEqual({ code: 1, stdout: '', stderr: `recert: cannot read ${PDFS}/nope.pdf: no such file\n` });
    const withUrl = await run(['extract', `${PDFS}/table-fields.pdf`, '--url', 'https://example.org/']);
    expect(withUrl.code).toBe(2);
    expect(withUrl.stderr).toContain('--url is for saved pages');
  });

  it('says so, and prints [], when a readable PDF names no course or issuer', async () => {
    const { io, out } = fakeIo();
    io.readBytes = async () => lunchMenuPdf();
    expect(await runCli(['extract', 'menu.pdf'], io)).toBe(0);
    expect(out).toEqual({ stdout: '[]\n', stderr: 'recert: menu.pdf: the text names no course or no issuer; enter the details by hand\n' });
  });

  it('reads the course, not the user’s name, as the title with --name', async () => {
    const titles = async (...options: string[]) => {
      const { io, out } = fakeIo();
      io.readBytes = async () => nameLargestPdf();
      expect(await runCli(['extract', 'certificate.pdf', ...options], io)).toBe(0);
      return (JSON.parse(out.stdout) as Array<{ title: string }>).map((capture) => capture.title);
    };
    expect(await titles()).toEqual(['Priya Raman']);
    expect(await titles('--name', 'Priya Raman')).toEqual(['Cloud Network Basics']);
    expect(await titles('--name=Priya Raman')).toEqual(['Cloud Network Basics']);
  });

  it('runs as a process: exit 1 and the message for a password-protected PDF', async () => {
    const run = promisify(execFile)('npx', ['tsx', 'src/cli.ts', 'extract', `${PDFS}/encrypted.pdf`], { cwd: ROOT });
    await expect(run).rejects.toMatchObject({
      code: 1,
      stdout: '[]\n',
      stderr: `recert: ${PDFS}/encrypted.pdf: the PDF is password-protected; enter the details by hand\n`,
    });
  }, 30_000);
});

describe('import <files or folders...>', () => {
  const PDFS = 'test/fixtures/pdfs';
  const SAME_CERTIFICATE = 'test/fixtures/import/same-certificate';
  const NOW = '2026-11-29T10:00:00.000Z';
  const expected = JSON.parse(readFileSync(`${PDFS}/expected.json`, 'utf8')) as Record<string, { capture?: Record<string, unknown>; problem?: string }>;
  const goodPdfs = Object.keys(expected).filter((name) => expected[name]!.capture).sort();

  /** The CLI on the real file system (import walks folders); stdout and stderr collected. */
  async function runImport(...args: string[]) {
    const out = { stdout: '', stderr: '' };
    const io: CliIo = {
      readFile: (path) => import('node:fs/promises').then((fs) => fs.readFile(path, 'utf8')),
      stdout: (text) => void (out.stdout += text),
      stderr: (text) => void (out.stderr += text),
      today: () => '2026-11-29',
    };
    const code = await runCli(['import', ...args], io);
    return { code, ...out };
  }

  function parsed(text: string): Backup {
    const result = parseBackup(text);
    if (!result.ok) throw new Error(`the import wrote an invalid backup:\n${result.errors.join('\n')}`);
    return result.backup;
  }

  it('turns a folder of certificate PDFs into a backup: a record and its PDF per certificate, the rest skipped with why', async () => {
    const { code, stdout, stderr } = await runImport(PDFS, '--now', NOW);
    expect(code).toBe(0);
    const backup = parsed(stdout);
    expect(backup).toMatchObject({ exportedAt: NOW, certifications: [], exams: [] });
    expect(backup.records).toHaveLength(7);
    expect(backup.files?.map((f) => f.name)).toEqual(goodPdfs);
    for (const file of backup.files!) {
      const record = backup.records.find((r) => r.id === file.recordId);
      expect(record, file.name).toMatchObject({
        ...expected[file.name]!.capture,
        status: 'captured',
        adapterId: 'pdf',
        certificateFileId: file.id,
        createdAt: NOW,
        updatedAt: NOW,
      });
      expect(file).toMatchObject({ type: 'application/pdf', source: 'import', addedAt: NOW, size: readFileSync(`${PDFS}/${file.name}`).byteLength });
    }
    expect(stderr).toBe(
      [
        `recert: ${PDFS}/README.md: skipped: not a certificate PDF or a saved page (.pdf, .html, .htm)`,
        `recert: ${PDFS}/corrupt.pdf: skipped: the PDF is damaged and cannot be read; enter the details by hand`,
        `recert: ${PDFS}/encrypted.pdf: skipped: the PDF is password-protected; enter the details by hand`,
        `recert: ${PDFS}/expected.json: skipped: not a certificate PDF or a saved page (.pdf, .html, .htm)`,
        `recert: ${PDFS}/not-a-pdf.pdf: skipped: this is not a PDF file (it does not start as one)`,
        `recert: ${PDFS}/scanned-no-text.pdf: skipped: no text found — enter the details by hand (a scanned certificate is only a picture of its text)`,
        'recert: import: 13 files read, 7 records made, 7 PDFs attached, 6 files skipped',
        '',
      ].join('\n'),
    );
  });

  it('writes the same bytes every time for the same files and --now, however the paths are spelt', async () => {
    const first = await runImport(PDFS, '--now', NOW);
    const second = await runImport(`./${PDFS}/`, `--now=${NOW}`);
    expect(second.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    const later = await runImport(PDFS, '--now', '2026-12-01T08:00:00+01:00');
    expect(parsed(later.stdout).exportedAt).toBe('2026-12-01T07:00:00.000Z');
    expect(parsed(later.stdout).records.map((r) => r.id)).toEqual(parsed(first.stdout).records.map((r) => r.id));
  });

  it('carries each PDF byte for byte', async () => {
    const backup = parsed((await runImport(`${PDFS}/table-fields.pdf`, `${PDFS}/award-attendance.pdf`, '--now', NOW)).stdout);
    expect(backup.files).toHaveLength(2);
    for (const file of backup.files!) {
      expect(base64ToBytes(file.data)).toEqual(new Uint8Array(readFileSync(`${PDFS}/${file.name}`)));
    }
  });

  it('makes one record of a certificate seen as a saved page and as its PDF, with the PDF attached', async () => {
    // The folder's PDF is a copy of the generated fixture (see test/fixtures/import/README.md).
    expect(readFileSync(`${SAME_CERTIFICATE}/table-fields.pdf`)).toEqual(readFileSync(`${PDFS}/table-fields.pdf`));
    const { code, stdout, stderr } = await runImport(SAME_CERTIFICATE, '--now', NOW);
    expect(code).toBe(0);
    expect(stderr).toBe('recert: import: 2 files read, 1 record made, 1 PDF attached, 0 files skipped\n');
    const backup = parsed(stdout);
    expect(backup.records).toEqual([
      {
        id: expect.stringMatching(/^import-[0-9a-f]{16}$/),
        title: 'Securing Kubernetes Workloads',
        provider: 'Contoso Cloud Academy',
        // From the page, read first (folders are walked in name order) ...
        sourceUrl: 'https://learn.contoso-cloud.example/certificates/CCA-KS-558201',
        endDate: '2026-03-14',
        certificateCode: 'CCA-KS-558201',
        credits: 1.2,
        creditUnit: 'CEU',
        adapterId: 'generic',
        // ... and what only the PDF says, filled in by mergeCapture.
        startDate: '2026-02-02',
        hours: 12,
        program: 'other',
        status: 'captured',
        certificateFileId: backup.files![0]!.id,
        createdAt: NOW,
        updatedAt: NOW,
        notes: '',
      },
    ]);
    expect(backup.files).toEqual([expect.objectContaining({ recordId: backup.records[0]!.id, name: 'table-fields.pdf' })]);
    // The same certificate gets the same id whichever file it was first seen in.
    const fromPdfAlone = parsed((await runImport(`${PDFS}/table-fields.pdf`, '--now', NOW)).stdout);
    expect(fromPdfAlone.records[0]!.id).toBe(backup.records[0]!.id);
  });

  describe('walking folders', () => {
    let dir: string;
    const page = (head: string, code: string) =>
      `<!DOCTYPE html><html><head>${head}<title>Certificate of Completion</title></head><body><main><h1>Certificate of Completion</h1>` +
      `<table><tr><th>Course</th><td>Incident Handling Basics</td></tr><tr><th>Completed on</th><td>March 20, 2026</td></tr>` +
      `<tr><th>Certificate ID</th><td>${code}</td></tr><tr><th>Provider</th><td>Fabrikam Security School</td></tr></table></main></body></html>`;

    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'recert-import-'));
      copyFileSync(`${PDFS}/two-column.pdf`, join(dir, '.hidden.pdf'));
      mkdirSync(join(dir, '.cache'));
      copyFileSync(`${PDFS}/two-column-german.pdf`, join(dir, '.cache', 'german.pdf'));
      writeFileSync(join(dir, 'a-canonical.html'), page('<link rel="canonical" href="https://learn.fabrikam.example/certificates/FSS-1001">', 'FSS-1001'));
      writeFileSync(join(dir, 'b-no-address.html'), page('<link rel="canonical" href="/certificates/FSS-1002">', 'FSS-1002'));
      copyFileSync(`${PDFS}/award-completion.pdf`, join(dir, 'c-award.pdf'));
      writeFileSync(join(dir, 'd-menu.pdf'), lunchMenuPdf());
      mkdirSync(join(dir, 'nested'));
      copyFileSync(`${PDFS}/award-completion.pdf`, join(dir, 'nested', 'award-copy.pdf'));
      symlinkSync(join('..', 'c-award.pdf'), join(dir, 'nested', 'link-to-award.pdf'));
      symlinkSync('..', join(dir, 'nested', 'loop'));
      writeFileSync(join(dir, 'notes.txt'), 'renew CCNP before June');
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('walks sorted, skips hidden files, reads each file once and never follows a link loop', async () => {
      const { code, stdout, stderr } = await runImport(dir, '--now', NOW);
      expect(code).toBe(0);
      const backup = parsed(stdout);
      expect(backup.records.map((r) => [r.title, r.sourceUrl])).toEqual([
        ['Incident Handling Basics', 'https://learn.fabrikam.example/certificates/FSS-1001'],
        ['Implementing Secure SD-WAN Solutions', undefined],
      ]);
      expect(backup.files?.map((f) => [f.name, f.recordId])).toEqual([['c-award.pdf', backup.records[1]!.id]]);
      expect(stderr).toBe(
        [
          `recert: ${dir}/b-no-address.html: skipped: the page does not say its address; add a first line <!-- url: https://… --> with the address it was saved from`,
          `recert: ${dir}/d-menu.pdf: skipped: the text names no course or no issuer; enter the details by hand`,
          `recert: ${dir}/nested/award-copy.pdf: the same certificate as ${dir}/c-award.pdf, whose PDF is kept with the record; this PDF is not in the backup`,
          `recert: ${dir}/notes.txt: skipped: not a certificate PDF or a saved page (.pdf, .html, .htm)`,
          'recert: import: 6 files read, 2 records made, 1 PDF attached, 3 files skipped',
          '',
        ].join('\n'),
      );
    });

    it('reads a page whose address is only in og:url, and stamps the current time without --now', async () => {
      writeFileSync(join(dir, 'nested', 'og.html'), page('<meta property="og:url" content="https://learn.fabrikam.example/certificates/FSS-1003">', 'FSS-1003'));
      const before = Date.now();
      const { code, stdout } = await runImport(join(dir, 'nested', 'og.html'));
      expect(code).toBe(0);
      const backup = parsed(stdout);
      expect(backup.records).toEqual([expect.objectContaining({ certificateCode: 'FSS-1003', sourceUrl: 'https://learn.fabrikam.example/certificates/FSS-1003' })]);
      expect(Date.parse(backup.exportedAt)).toBeGreaterThanOrEqual(before);
      expect(Date.parse(backup.exportedAt)).toBeLessThanOrEqual(Date.now());
      expect(backup.records[0]!.createdAt).toBe(backup.exportedAt);
    });
  });

  it('reads each certificate with the name given with --name, and keeps the name in the backup’s settings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'recert-import-name-'));
    try {
      writeFileSync(join(dir, 'certificate.pdf'), nameLargestPdf());
      const without = await runImport(dir, '--now', NOW);
      expect(without.code).toBe(0);
      expect(parsed(without.stdout).records.map((r) => r.title)).toEqual(['Priya Raman']);
      expect(parsed(without.stdout).settings).not.toHaveProperty('yourName');

      const named = await runImport(dir, '--now', NOW, '--name', 'Priya Raman');
      expect(named.code).toBe(0);
      const backup = parsed(named.stdout);
      expect(backup.records).toEqual([expect.objectContaining({ title: 'Cloud Network Basics', provider: 'Northwind Networking Academy', certificateCode: 'NWA-2026-0417' })]);
      expect(backup.settings).toEqual({ ...DEFAULT_SETTINGS, yourName: 'Priya Raman' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 1 with nothing on stdout when nothing could be imported', async () => {
    const { code, stdout, stderr } = await runImport(`${PDFS}/encrypted.pdf`, `${PDFS}/nope.pdf`, '--now', NOW);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      [
        `recert: ${PDFS}/encrypted.pdf: skipped: the PDF is password-protected; enter the details by hand`,
        `recert: ${PDFS}/nope.pdf: skipped: cannot read it: no such file`,
        'recert: import: nothing could be imported (1 file read, 0 records made, 0 PDFs attached, 2 files skipped); no backup written',
        '',
      ].join('\n'),
    );
  });

  it('runs as a process: the backup on stdout, the report on stderr', async () => {
    const { stdout, stderr } = await promisify(execFile)('npx', ['tsx', 'src/cli.ts', 'import', SAME_CERTIFICATE, '--now', NOW], { cwd: ROOT });
    expect(parsed(stdout).records).toHaveLength(1);
    expect(stderr).toBe('recert: import: 2 files read, 1 record made, 1 PDF attached, 0 files skipped\n');
  }, 30_000);
});
