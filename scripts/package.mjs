/**
 * npm run package: a release, from a clean checkout of its commit. Builds the extension (scripts/build.mjs), checks
 * the store zips it wrote, then writes the source zip AMO's reviewers rebuild them from:
 * - dist/recert-companion-chrome-<version>.zip   Chrome Web Store and Edge Add-ons
 * - dist/recert-companion-firefox-<version>.zip  Firefox Add-ons
 * - dist/recert-companion-source-<version>.zip   every file git tracks, BUILD.md naming the Node and npm used
 * Every zip is reproducible (scripts/release-zip.mjs); test/e2e/reproducible-build.e2e.test.ts holds it.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { unzipSync } from 'fflate';
import { zipFiles } from './release-zip.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Where BUILD.md says which Node, npm and commit made the release: filled in the source zip's copy. */
const BUILD_ENVIRONMENT_MARKER = '<!-- build-environment -->';

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

/** The files of the release commit: refuses a checkout whose files differ from it, or that is no checkout. */
function trackedFiles() {
  if (spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: root }).status !== 0) {
    fail('this is not a git checkout. A release is made from a checkout of its commit: its source zip holds the files git tracks.');
  }
  const changes = run('git', ['status', '--porcelain']).trim();
  if (changes) fail(`the checkout has changes git has not committed:\n${changes}\nCommit or remove them: the source zip must be exactly what the store zips were built from.`);
  return run('git', ['ls-files', '-z']).split('\0').filter(Boolean);
}

/** BUILD.md as the source zip carries it: with the versions and the commit this release was made with. */
function buildNotes(commit, committedAt) {
  const notes = readFileSync(join(root, 'BUILD.md'), 'utf8');
  if (!notes.includes(BUILD_ENVIRONMENT_MARKER)) fail(`BUILD.md has lost its ${BUILD_ENVIRONMENT_MARKER} line, where the versions go`);
  const npmVersion = run('npm', ['--version']).trim();
  const environment = [
    `This release, ${version}, was built with **Node ${process.version}** and **npm ${npmVersion}**`,
    `from commit \`${commit}\` (${committedAt}).`,
  ].join('\n');
  return notes.replace(BUILD_ENVIRONMENT_MARKER, environment);
}

/** A store zip must carry package.json's version and no source map. */
function checkStoreZip(file) {
  const entries = unzipSync(readFileSync(file));
  const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json']));
  if (manifest.version !== version) fail(`${file} says version ${manifest.version}, package.json ${version}`);
  const maps = Object.keys(entries).filter((name) => name.endsWith('.map'));
  if (maps.length > 0) fail(`${file} holds source maps: ${maps.join(', ')}`);
  const mapped = Object.entries(entries).filter(([name, bytes]) => /\.(m?js|css)$/.test(name) && new TextDecoder().decode(bytes).includes('sourceMappingURL='));
  if (mapped.length > 0) fail(`${file} points to source maps from ${mapped.map(([name]) => name).join(', ')}`);
}

function sha256(file) {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

const files = trackedFiles();
const commit = run('git', ['rev-parse', 'HEAD']).trim();
const committedAt = run('git', ['log', '-1', '--format=%cI']).trim();
run(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });

const zips = ['chrome', 'firefox'].map((browser) => join(root, 'dist', `recert-companion-${browser}-${version}.zip`));
for (const zip of zips) checkStoreZip(zip);

const source = {};
for (const path of files) source[path] = readFileSync(join(root, path));
source['BUILD.md'] = new TextEncoder().encode(buildNotes(commit, committedAt));
const sourceZip = join(root, 'dist', `recert-companion-source-${version}.zip`);
writeFileSync(sourceZip, zipFiles(source));

console.log(`\nRelease ${version} from ${commit}:`);
for (const zip of [...zips, sourceZip]) console.log(`  ${sha256(zip)}  ${zip.slice(root.length + 1)}`);
