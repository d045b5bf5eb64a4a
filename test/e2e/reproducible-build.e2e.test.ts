/**
 * Releases are reproducible, as AMO's reviewers need: the store zips `npm run build` wrote in dist/ come out byte for
 * byte the same from `npm run package` in a fresh checkout elsewhere on disk, and again from the source zip it writes,
 * built the way BUILD.md tells a reviewer to. Run after `npm run build`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const STORE_ZIPS = ['chrome', 'firefox'].map((browser) => `dist/recert-companion-${browser}-${version}.zip`);
const SOURCE_ZIP = `dist/recert-companion-source-${version}.zip`;

/** git as this test needs it whatever the machine's configuration: no identity needed, no hooks, any owner. */
function git(cwd: string, ...args: string[]): string {
  const config = ['user.name=Reproducibility test', 'user.email=test@invalid', 'commit.gpgsign=false', 'core.hooksPath=/dev/null', 'safe.directory=*'];
  return execFileSync('git', [...config.flatMap((setting) => ['-c', setting]), ...args], { cwd, encoding: 'utf8' });
}

/** Unpacked from a source zip, the tree is no checkout: there is nothing to package, and the test says so. */
const IN_A_CHECKOUT = spawnSync('git', ['-c', 'safe.directory=*', 'rev-parse', '--is-inside-work-tree'], { cwd: ROOT }).status === 0;

/** The files of this working tree that git tracks or would track, as they are now (so uncommitted work is tested too). */
function workingTreeFiles(): string[] {
  return git(ROOT, 'ls-files', '-z', '--cached', '--others', '--exclude-standard')
    .split('\0')
    .filter((path) => path && existsSync(join(ROOT, path)));
}

function copyFiles(files: Iterable<[string, Uint8Array | string]>, to: string): void {
  for (const [path, from] of files) {
    mkdirSync(dirname(join(to, path)), { recursive: true });
    if (typeof from === 'string') cpSync(from, join(to, path));
    else writeFileSync(join(to, path), from);
  }
  // The packages, as npm ci would install them from the same lock file, without fetching them again.
  symlinkSync(join(ROOT, 'node_modules'), join(to, 'node_modules'), 'dir');
}

function node(cwd: string, script: string, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [script], { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
}

/** Which entries of two zips differ, for a failure a person can act on. */
function zipDifference(a: Uint8Array, b: Uint8Array): string[] {
  const left = unzipSync(a);
  const right = unzipSync(b);
  const names = [...new Set([...Object.keys(left), ...Object.keys(right)])].sort();
  const differing = names.filter((name) => !left[name] || !right[name] || Buffer.compare(left[name], right[name]) !== 0);
  return differing.length > 0 ? differing : ['(same files and bytes: the zip framing differs)'];
}

function expectSameZip(built: string, reference: string): void {
  const a = readFileSync(built);
  const b = readFileSync(reference);
  if (!a.equals(b)) expect.fail(`${built} differs from ${reference} in: ${zipDifference(a, b).join(', ')}`);
}

let scratch: string;
let checkout: string;
let packaged: ReturnType<typeof node>;

beforeAll(() => {
  if (!IN_A_CHECKOUT) return;
  for (const zip of STORE_ZIPS) expect(existsSync(join(ROOT, zip)), `${zip} is missing: run npm run build first`).toBe(true);
  scratch = mkdtempSync(join(tmpdir(), 'recert-release-'));
  checkout = join(scratch, 'checkout');
  copyFiles(workingTreeFiles().map((path) => [path, join(ROOT, path)]), checkout);
  git(checkout, 'init', '-q');
  git(checkout, 'add', '-A');
  git(checkout, 'commit', '-q', '-m', 'the release');
  // Another time zone, locale and NODE_ENV than the build in dist/: none may change a byte.
  packaged = node(checkout, 'scripts/package.mjs', { TZ: 'Pacific/Kiritimati', LC_ALL: 'tr_TR.UTF-8', LANG: 'tr_TR.UTF-8', NODE_ENV: 'development' });
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe.skipIf(!IN_A_CHECKOUT)('npm run package (in a git checkout only: a source zip unpacked has nothing to package)', () => {
  it('writes the store zips byte for byte as npm run build wrote them here, from a checkout elsewhere on disk', () => {
    expect(packaged.status, packaged.stderr).toBe(0);
    for (const zip of STORE_ZIPS) expectSameZip(join(checkout, zip), join(ROOT, zip));
  });

  it('writes a source zip of every tracked file, whose BUILD.md names the Node, npm and commit of the release', () => {
    const entries = unzipSync(readFileSync(join(checkout, SOURCE_ZIP)));
    expect(Object.keys(entries)).toEqual(git(checkout, 'ls-files', '-z').split('\0').filter(Boolean).sort());
    const notes = new TextDecoder().decode(entries['BUILD.md']);
    expect(notes).toContain(`Node ${process.version}`);
    expect(notes).toContain(`npm ${execFileSync('npm', ['--version'], { encoding: 'utf8' }).trim()}`);
    expect(notes).toContain(git(checkout, 'rev-parse', 'HEAD').trim());
    expect(notes).not.toContain('<!-- build-environment -->');
  });

  it('gives the same store zips when a reviewer builds from the source zip, as BUILD.md says', () => {
    const fromSource = join(scratch, 'from-source');
    copyFiles(Object.entries(unzipSync(readFileSync(join(checkout, SOURCE_ZIP)))), fromSource);
    const built = node(fromSource, 'scripts/build.mjs');
    expect(built.status, built.stderr).toBe(0);
    for (const zip of STORE_ZIPS) expectSameZip(join(fromSource, zip), join(ROOT, zip));
  });

  it('refuses a checkout with uncommitted changes, and says why', () => {
    writeFileSync(join(checkout, 'src', 'stray.ts'), 'export {};\n');
    try {
      const refused = node(checkout, 'scripts/package.mjs');
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain('?? src/stray.ts');
      expect(refused.stderr).toContain('the source zip must be exactly what the store zips were built from');
    } finally {
      rmSync(join(checkout, 'src', 'stray.ts'));
    }
  });

  it('refuses a file git ignores where the build reads it, since the store zips would carry it and the source zip not', () => {
    writeFileSync(join(checkout, 'public', 'notes.log'), 'debug\n');
    try {
      const refused = node(checkout, 'scripts/package.mjs');
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain('!! public/notes.log');
    } finally {
      rmSync(join(checkout, 'public', 'notes.log'));
    }
  });

  it('refuses packages other than the ones package-lock.json pins, which a reviewer\'s npm ci could not reproduce', () => {
    const lockFile = join(checkout, 'package-lock.json');
    const lock = JSON.parse(readFileSync(lockFile, 'utf8')) as { packages: Record<string, { version?: string }> };
    const preact = lock.packages['node_modules/preact'];
    expect(preact?.version).toBeTruthy();
    const installed = preact?.version;
    lock.packages['node_modules/preact'] = { ...preact, version: '0.0.1' };
    writeFileSync(lockFile, `${JSON.stringify(lock, null, 2)}\n`);
    git(checkout, 'commit', '-q', '-a', '-m', 'a lock out of step with node_modules');
    try {
      const refused = node(checkout, 'scripts/package.mjs');
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain(`node_modules/preact: ${installed}, locked 0.0.1`);
    } finally {
      git(checkout, 'reset', '-q', '--hard', 'HEAD~1');
    }
  });
});
