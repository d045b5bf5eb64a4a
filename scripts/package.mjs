/**
 * npm run package: a release, from a clean checkout of its commit. Builds the extension (scripts/build.mjs), checks
 * the store zips it wrote, writes the source zip AMO's reviewers rebuild them from, and does that rebuild itself:
 * - dist/recert-companion-chrome-<version>.zip   Chrome Web Store and Edge Add-ons
 * - dist/recert-companion-firefox-<version>.zip  Firefox Add-ons
 * - dist/recert-companion-source-<version>.zip   every file git tracks, BUILD.md naming the Node, npm and machine used
 * Every zip is reproducible (scripts/release-zip.mjs); test/e2e/reproducible-build.e2e.test.ts holds it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { unzipSync } from 'fflate';
import { zipFiles } from './release-zip.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const STORE_ZIPS = ['chrome', 'firefox'].map((browser) => `dist/recert-companion-${browser}-${version}.zip`);
const SOURCE_ZIP = `dist/recert-companion-source-${version}.zip`;

/** Where BUILD.md says which Node, npm, machine and commit made the release: filled in the source zip's copy. */
const BUILD_ENVIRONMENT_MARKER = '<!-- build-environment -->';
/** What git ignores that the build writes, or that tests and tools write, and never reads: all else ignored blocks a release. */
const IGNORED_OUTPUTS = /^(?:node_modules\/?|dist\/|test-results\/|demo-output\/|bench\/results\.json)$/;

function fail(message) {
  console.error(`npm run package: ${message}`);
  process.exit(1);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', ...options });
  if (result.error) fail(`${command} ${args.join(' ')} could not run: ${result.error.message}`);
  if (result.status !== 0) fail(`${command} ${args.join(' ')} failed${result.stderr ? `:\n${result.stderr}` : ''}`);
  return result.stdout;
}

/**
 * The files of the release commit. The build reads more than git reports by default (an ignored file in public/ is
 * copied into the zips), so a checkout with anything but the build's outputs beside its committed files is refused.
 */
function trackedFiles() {
  if (spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: root }).status !== 0) {
    fail('this is not a git checkout. A release is made from a checkout of its commit: its source zip holds the files git tracks.');
  }
  const changes = run('git', ['status', '--porcelain', '--untracked-files=normal', '--ignored=matching'])
    .split('\n')
    .filter((line) => line && !(line.startsWith('!! ') && IGNORED_OUTPUTS.test(line.slice(3))));
  if (changes.length > 0) {
    fail(`the checkout holds files that are not its commit's:\n${changes.join('\n')}\nCommit or remove them: the source zip must be exactly what the store zips were built from.`);
  }
  return run('git', ['ls-files', '-z']).split('\0').filter(Boolean);
}

/**
 * The installed packages that are not the ones package-lock.json pins: a build with them gives bytes a reviewer's
 * `npm ci` cannot. Packages for other platforms (optional, and absent) are left out.
 */
function packagesOutOfStep() {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
  return Object.entries(lock.packages).flatMap(([path, locked]) => {
    if (!path.startsWith('node_modules/') || locked.link) return [];
    const manifest = join(root, path, 'package.json');
    if (!existsSync(manifest)) return locked.optional ? [] : [`${path}: missing`];
    const installed = JSON.parse(readFileSync(manifest, 'utf8')).version;
    return installed === locked.version ? [] : [`${path}: ${installed}, locked ${locked.version}`];
  });
}

/** BUILD.md as the source zip carries it: with the versions, the machine and the commit this release was made with. */
function buildNotes(commit, committedAt) {
  const notes = readFileSync(join(root, 'BUILD.md'), 'utf8');
  if (!notes.includes(BUILD_ENVIRONMENT_MARKER)) fail(`BUILD.md has lost its ${BUILD_ENVIRONMENT_MARKER} line, where the versions go`);
  const npmVersion = run('npm', ['--version']).trim();
  const environment = [
    `This release, ${version}, was built with **Node ${process.version}** and **npm ${npmVersion}** on ${process.platform}-${process.arch},`,
    `from commit \`${commit}\` (${committedAt}).`,
  ].join('\n');
  return notes.replace(BUILD_ENVIRONMENT_MARKER, environment);
}

/** A store zip must carry package.json's version and no source map. */
function checkStoreZip(file) {
  const entries = unzipSync(readFileSync(join(root, file)));
  const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json']));
  if (manifest.version !== version) fail(`${file} says version ${manifest.version}, package.json ${version}`);
  const maps = Object.keys(entries).filter((name) => name.endsWith('.map'));
  if (maps.length > 0) fail(`${file} holds source maps: ${maps.join(', ')}`);
  const mapped = Object.entries(entries).filter(([name, bytes]) => /\.(m?js|css)$/.test(name) && new TextDecoder().decode(bytes).includes('sourceMappingURL='));
  if (mapped.length > 0) fail(`${file} points to source maps from ${mapped.map(([name]) => name).join(', ')}`);
}

/**
 * A reviewer's rebuild, as BUILD.md tells it: the source zip unpacked elsewhere, built with the same packages (the
 * lock's, checked above), must give the store zips byte for byte.
 */
function rebuildFromSource() {
  const scratch = mkdtempSync(join(tmpdir(), 'recert-rebuild-'));
  try {
    for (const [path, bytes] of Object.entries(unzipSync(readFileSync(join(root, SOURCE_ZIP))))) {
      mkdirSync(dirname(join(scratch, path)), { recursive: true });
      writeFileSync(join(scratch, path), bytes);
    }
    symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'), 'dir');
    run(process.execPath, [join(scratch, 'scripts', 'build.mjs')], { cwd: scratch });
    const differing = STORE_ZIPS.filter((zip) => !readFileSync(join(scratch, zip)).equals(readFileSync(join(root, zip))));
    if (differing.length > 0) fail(`built from the source zip, ${differing.join(' and ')} came out different: a reviewer could not rebuild this release`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function sha256(file) {
  return createHash('sha256').update(readFileSync(join(root, file))).digest('hex');
}

const files = trackedFiles();
const outOfStep = packagesOutOfStep();
if (outOfStep.length > 0) fail(`node_modules is not what package-lock.json pins; run npm ci first:\n${outOfStep.join('\n')}`);
const commit = run('git', ['rev-parse', 'HEAD']).trim();
const committedAt = run('git', ['log', '-1', '--format=%cI']).trim();
run(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
for (const zip of STORE_ZIPS) checkStoreZip(zip);

const source = {};
for (const path of files) source[path] = readFileSync(join(root, path));
source['BUILD.md'] = new TextEncoder().encode(buildNotes(commit, committedAt));
writeFileSync(join(root, SOURCE_ZIP), zipFiles(source));
rebuildFromSource();

console.log(`\nRelease ${version} from ${commit}, rebuilt from its source zip to the same bytes:`);
for (const zip of [...STORE_ZIPS, SOURCE_ZIP]) console.log(`  ${sha256(zip)}  ${zip}`);
