/**
 * The command line, for adapter authors and power users: `npm run --silent cli -- <command>`.
 * Everything runs through runCli with injected io so tests drive it without a process; only the bottom of
 * this file touches process.argv and the exit code. (import walks folders, so it reads the file system itself:
 * src/cli-import.ts.)
 *
 * Exit codes: 0 success, 1 the command failed (unreadable file, invalid backup, nothing to import), 2 the
 * command line itself is wrong (unknown command or option, missing argument, malformed option value).
 */
import { readFile } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isIsoDate, localToday } from './domain/dates';
import { progress } from './domain/progress';
import { IsoDateTime } from './domain/schema';
import { MAX_NAME_LENGTH, nameFromInput, peopleOf } from './domain/your-name';
import { parseBackup, type FullBackup } from './store/backup';
import { toCliCapture } from './capture/extract';
import { captureFromPdfText, explainPdfProvider, explainPdfTitle } from './capture/pdf';
import type { ProviderCandidate } from './capture/pdf-provider';
import type { TitleRanking } from './capture/generic/title';
import type { PdfTextResult } from './capture/pdf-text';
import { capturesOfPage, describeReadError, titleRankingOfPage, importCertificates, NO_COURSE_OR_ISSUER, PDF_PROBLEMS, urlFromComment } from './cli-import';

export interface CliIo {
  readFile(path: string): Promise<string>;
  /** A file's bytes (PDFs); without it the CLI reads the file system itself. */
  readBytes?(path: string): Promise<Uint8Array>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** The local calendar date as YYYY-MM-DD, the default for --today. */
  today(): string;
}

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

const PROGRAM_NAME = 'recert';
const INVOCATION = 'npm run --silent cli --';

/** A problem with what the user typed: reported as a usage error, never as a stack trace. */
class UsageError extends Error {}

interface ParsedArgs {
  positionals: string[];
  options: Map<string, string>;
  /** The switches given (options without a value), e.g. --explain. */
  flags: Set<string>;
}

interface Command {
  name: string;
  /** Arguments after the command name, as shown in help. */
  synopsis: string;
  summary: string;
  /** What its options mean, where the synopsis does not say; shown by "help <command>". */
  notes?: string;
  /** Options that take a value, e.g. ['--today']. */
  valueOptions: readonly string[];
  /** Options that take no value, e.g. ['--explain']. */
  flagOptions?: readonly string[];
  positionals: { min: number; max: number };
  run(args: ParsedArgs, io: CliIo): Promise<number>;
}

/** A backup file, read and checked; undefined, with each reason on stderr, when it cannot be read or is no backup. */
async function readBackupFile(file: string, io: CliIo): Promise<FullBackup | undefined> {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    io.stderr(`${PROGRAM_NAME}: cannot read ${file}: ${describeReadError(error)}\n`);
    return undefined;
  }
  const parsed = parseBackup(text);
  if (!parsed.ok) {
    io.stderr(parsed.errors.map((problem) => `${PROGRAM_NAME}: ${file}: ${problem}\n`).join(''));
    return undefined;
  }
  return parsed.backup;
}

const progressCommand: Command = {
  name: 'progress',
  synopsis: '<backup.json> [--today YYYY-MM-DD]',
  summary: 'print the progress of every certification in a backup file as JSON (what the popup renders from)',
  valueOptions: ['--today'],
  positionals: { min: 1, max: 1 },
  async run({ positionals, options }, io) {
    const file = positionals[0]!;
    const today = options.get('--today') ?? io.today();
    if (!isIsoDate(today)) throw new UsageError(`--today must be a calendar date as YYYY-MM-DD, found "${today}"`);

    const backup = await readBackupFile(file, io);
    if (!backup) return EXIT_FAILED;
    io.stdout(`${JSON.stringify(progress({ ...backup, today }), null, 2)}\n`);
    return EXIT_OK;
  },
};

const NAME_OPTION = '--name';
const EXPLAIN_OPTION = '--explain';
const NAME_SYNOPSIS = `[${NAME_OPTION} "YOUR NAME"]`;
const NAME_HELP = `${NAME_OPTION} is your name as certificates print it: it is never read as the course or its issuer.`;

/** --name as given: undefined when absent, a usage error when it cannot be a name. */
function yourNameOption(options: Map<string, string>): string | undefined {
  const given = options.get(NAME_OPTION);
  if (given === undefined) return undefined;
  const typed = nameFromInput(given);
  if (!typed.ok || !typed.yourName) throw new UsageError(`${NAME_OPTION} must be a name of 1 to ${MAX_NAME_LENGTH} characters`);
  return typed.yourName;
}

/** A certificate PDF: its capture as a one-element array, or [] and the reason on stderr. */
/** The title's ranking as a reader can follow it: the winner, the other candidates with their scores, the refused. */
function explanation(file: string, ranking: TitleRanking): string {
  const lines = [`${file}: title ${ranking.best ? JSON.stringify(ranking.best.title) : 'none found'}`];
  for (const { title, score, reasons } of ranking.ranked) lines.push(`  ${String(score).padStart(4)}  ${JSON.stringify(title)}  (${reasons.join('; ')})`);
  for (const { text, source, reason } of ranking.rejected) lines.push(`   no   ${JSON.stringify(text)}  (${source}: ${reason})`);
  return lines.map((line) => `${PROGRAM_NAME}: ${line}\n`).join('');
}

/** The PDF issuer's ranking: each name with its score and why. */
function issuerExplanation(file: string, ranked: readonly ProviderCandidate[]): string {
  const lines = [`${file}: issuer ${ranked[0] ? JSON.stringify(ranked[0].name) : 'none found'}`];
  for (const { name, score, reasons } of ranked) lines.push(`  ${String(score).padStart(4)}  ${JSON.stringify(name)}  (${reasons.join('; ')})`);
  return lines.map((line) => `${PROGRAM_NAME}: ${line}\n`).join('');
}

async function extractPdf(file: string, io: CliIo, people: readonly string[], explain: boolean): Promise<number> {
  // Loaded here only: pdf.js is large and no other command needs it.
  const { readPdfData, readPdfFile } = await import('./capture/pdf-node');
  let result: PdfTextResult;
  try {
    result = io.readBytes ? await readPdfData(await io.readBytes(file)) : await readPdfFile(file);
  } catch (error) {
    io.stderr(`${PROGRAM_NAME}: cannot read ${file}: ${describeReadError(error)}\n`);
    return EXIT_FAILED;
  }
  if (!result.ok) {
    io.stdout('[]\n');
    io.stderr(`${PROGRAM_NAME}: ${file}: ${PDF_PROBLEMS[result.problem]}\n`);
    return EXIT_FAILED;
  }
  const capture = captureFromPdfText(result.pages, { fileName: basename(file), people });
  if (!capture) io.stderr(`${PROGRAM_NAME}: ${file}: ${NO_COURSE_OR_ISSUER}\n`);
  if (explain) {
    const options = { fileName: basename(file), people };
    io.stderr(explanation(file, explainPdfTitle(result.pages, options)));
    io.stderr(issuerExplanation(file, explainPdfProvider(result.pages, options)));
  }
  io.stdout(`${JSON.stringify(capture ? [toCliCapture(capture)] : [], null, 2)}\n`);
  return EXIT_OK;
}

const RECIPES_OPTION = '--recipes';

const extractCommand: Command = {
  name: 'extract',
  synopsis: `<file.html|file.pdf> [--url URL] [--recipes BACKUP.json] ${NAME_SYNOPSIS} [--explain]`,
  summary: 'print, as a JSON array, the captures found in a saved page (by the adapters or the generic detector) or in a certificate PDF',
  notes: `${NAME_HELP} --recipes reads a page of a taught site with that site's recipe from a backup file (the dashboard's export), as the extension does there. --explain also prints, to stderr, how the title was chosen: each candidate with its score and why, and each text refused as a title and why; for a PDF, how its issuer was chosen too.`,
  valueOptions: ['--url', RECIPES_OPTION, NAME_OPTION],
  flagOptions: [EXPLAIN_OPTION],
  positionals: { min: 1, max: 1 },
  async run({ positionals, options, flags }, io) {
    const file = positionals[0]!;
    const people = peopleOf({ yourName: yourNameOption(options) });
    const explain = flags.has(EXPLAIN_OPTION);
    if (/\.pdf$/i.test(file)) {
      if (options.has('--url')) throw new UsageError('extract: --url is for saved pages; a PDF capture has no address');
      if (options.has(RECIPES_OPTION)) throw new UsageError('extract: --recipes is for saved pages of taught sites, not PDFs');
      return extractPdf(file, io, people, explain);
    }
    if (!/\.x?html?$/i.test(file)) throw new UsageError(`extract: ${file} is neither an .html nor a .pdf file`);
    let html: string;
    try {
      html = await io.readFile(file);
    } catch (error) {
      io.stderr(`${PROGRAM_NAME}: cannot read ${file}: ${describeReadError(error)}\n`);
      return EXIT_FAILED;
    }
    const address = options.get('--url') ?? urlFromComment(html);
    if (!address) throw new UsageError('extract: give the page\'s address with --url https://…');
    let url: URL;
    try {
      url = new URL(address);
    } catch {
      throw new UsageError(`extract: --url must be an absolute address, found "${address}"`);
    }
    const recipesFile = options.get(RECIPES_OPTION);
    const backup = recipesFile === undefined ? undefined : await readBackupFile(recipesFile, io);
    if (recipesFile !== undefined && !backup) return EXIT_FAILED;
    const recipes = backup?.recipes ?? [];
    const captures = await capturesOfPage(html, url, people, recipes);
    io.stdout(`${JSON.stringify(captures.map(toCliCapture), null, 2)}\n`);
    if (explain) io.stderr(explanation(file, await titleRankingOfPage(html, url, people)));
    return EXIT_OK;
  },
};

const importCommand: Command = {
  name: 'import',
  synopsis: `<files or folders...> [--now ISO-TIMESTAMP] ${NAME_SYNOPSIS}`,
  summary: 'turn certificate PDFs and saved completion pages (folders are walked) into a backup file the extension imports; the report goes to stderr',
  notes: `${NAME_HELP} The backup's settings keep it.`,
  valueOptions: ['--now', NAME_OPTION],
  positionals: { min: 1, max: Number.POSITIVE_INFINITY },
  async run({ positionals, options }, io) {
    const nowOption = options.get('--now');
    if (nowOption !== undefined && !IsoDateTime.safeParse(nowOption).success) {
      throw new UsageError(`--now must be a date and time such as 2026-11-28T20:15:00Z, found "${nowOption}"`);
    }
    const yourName = yourNameOption(options);
    const result = await importCertificates(positionals, nowOption === undefined ? new Date() : new Date(nowOption), yourName);
    const lines = result.notes.map(({ path, skipped, reason }) => `${path}: ${skipped ? 'skipped: ' : ''}${reason}`);
    const skipped = result.notes.filter((note) => note.skipped).length;
    const counts = `${plural(result.filesRead, 'file')} read, ${plural(result.records, 'record')} made, ${plural(result.pdfsAttached, 'PDF')} attached, ${plural(skipped, 'file')} skipped`;
    lines.push(result.backup === undefined ? `import: nothing could be imported (${counts}); no backup written` : `import: ${counts}`);
    // The backup is complete before a byte of it is written: an error above leaves stdout empty.
    if (result.backup !== undefined) io.stdout(result.backup);
    io.stderr(lines.map((line) => `${PROGRAM_NAME}: ${line}\n`).join(''));
    return result.backup === undefined ? EXIT_FAILED : EXIT_OK;
  },
};

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** New commands go here; help and dispatch read this list. */
const COMMANDS: readonly Command[] = [progressCommand, extractCommand, importCommand];

const HELP_WORDS = new Set(['help', '--help', '-h']);

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(`${PROGRAM_NAME}: no command given\n${usage()}`);
    return EXIT_USAGE;
  }
  if (HELP_WORDS.has(name)) return help(rest[0], io);

  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (!command) throw new UsageError(`unknown command "${name}"; commands: ${COMMANDS.map((c) => c.name).join(', ')}`);
    if (rest.some((arg) => HELP_WORDS.has(arg))) return help(command.name, io);
    return await command.run(parseArgs(command, rest), io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${PROGRAM_NAME}: ${error.message}\n${PROGRAM_NAME}: run "${INVOCATION} help" for usage\n`);
    return EXIT_USAGE;
  }
}

function parseArgs(command: Command, args: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const option = eq === -1 ? arg : arg.slice(0, eq);
    if (command.flagOptions?.includes(option)) {
      if (eq !== -1) throw new UsageError(`${command.name}: ${option} takes no value`);
      flags.add(option);
      continue;
    }
    if (!command.valueOptions.includes(option)) {
      const all = [...command.valueOptions, ...(command.flagOptions ?? [])];
      const known = all.length > 0 ? `; options: ${all.join(', ')}` : '';
      throw new UsageError(`${command.name}: unknown option ${option}${known}`);
    }
    const value = eq === -1 ? args[++i] : arg.slice(eq + 1);
    if (value === undefined || value === '') throw new UsageError(`${command.name}: ${option} needs a value`);
    if (options.has(option)) throw new UsageError(`${command.name}: ${option} given more than once`);
    options.set(option, value);
  }

  const { min, max } = command.positionals;
  if (positionals.length < min) throw new UsageError(`${command.name}: missing argument; usage: ${command.name} ${command.synopsis}`);
  if (positionals.length > max) {
    throw new UsageError(`${command.name}: unexpected argument "${positionals[max]}"; usage: ${command.name} ${command.synopsis}`);
  }
  return { positionals, options, flags };
}

function help(topic: string | undefined, io: CliIo): number {
  if (topic === undefined) {
    io.stdout(usage());
    return EXIT_OK;
  }
  const command = COMMANDS.find((c) => c.name === topic);
  if (!command) {
    io.stderr(`${PROGRAM_NAME}: no help for unknown command "${topic}"\n${usage()}`);
    return EXIT_USAGE;
  }
  io.stdout(`usage: ${INVOCATION} ${command.name} ${command.synopsis}\n\n  ${command.summary}\n${command.notes ? `\n  ${command.notes}\n` : ''}`);
  return EXIT_OK;
}

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.synopsis}\n  ${' '.repeat(width)}  ${c.summary}`);
  return `usage: ${INVOCATION} <command> [arguments]\n\ncommands:\n${lines.join('\n')}\n  ${'help'.padEnd(width)}  [command]\n\n--today defaults to the local date, --now to the current time. ${NAME_HELP}\nExit codes: 0 ok, 1 failed, 2 usage error.\n`;
}

function isRunDirectly(): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(entry)).href;
  } catch {
    return false;
  }
}

if (isRunDirectly()) {
  const io: CliIo = {
    readFile: (path) => readFile(path, 'utf8'),
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    today: () => localToday(),
  };
  runCli(process.argv.slice(2), io).then(
    // exitCode rather than process.exit(): exiting at once can cut off output still queued for a pipe.
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${PROGRAM_NAME}: internal error (a bug, please report it):\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = EXIT_FAILED;
    },
  );
}
