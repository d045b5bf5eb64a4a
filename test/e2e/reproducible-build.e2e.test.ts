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

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Reproducibility test', '-c', 'user.email=test@invalid', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
}

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

function node(cwd: string, script: string) {
  return spawnSync(process.execPath, [script], { cwd, encoding: 'utf8' });
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
  for (const zip of STORE_ZIPS) expect(existsSync(join(ROOT, zip)), `${zip} is missing: run npm run build first`).toBe(true);
  scratch = mkdtempSync(join(tmpdir(), 'recert-release-'));
  checkout = join(scratch, 'checkout');
  copyFiles(workingTreeFiles().map((path) => [path, join(ROOT, path)]), checkout);
  git(checkout, 'init', '-q');
  git(checkout, 'add', '-A');
  git(checkout, 'commit', '-q', '-m', 'the release');
  packaged = node(checkout, 'scripts/package.mjs');
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('npm run package', () => {
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
    const refused = node(checkout, 'scripts/package.mjs');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('?? src/stray.ts');
    expect(refused.stderr).toContain('the source zip must be exactly what the store zips were built from');
  });
});
