/**
 * Zips that come out the same, byte for byte, every time the same files go in: the stores' reviewers (AMO above
 * all) rebuild the extension from its source and compare. A zip records each entry's modification time and
 * order, so both are fixed here: entries sorted by path, every one dated RELEASE_ZIP_TIME. Nothing else in a
 * zip fflate writes depends on the machine: no owner, no permissions beyond the default, no extra fields.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';

/**
 * The date every entry carries. A zip stores it as local wall-clock time, so it is built from local parts: the
 * same bytes in every time zone. 1980-01-01 is the earliest date a zip can hold, and what other reproducible
 * builds use.
 */
export const RELEASE_ZIP_TIME = new Date(1980, 0, 1, 0, 0, 0);

/** Every file under dir, as paths relative to it with forward slashes. */
export function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path).map((file) => `${name}/${file}`) : [name];
  });
}

/** A zip of these files (path -> bytes), in path order, each dated RELEASE_ZIP_TIME. */
export function zipFiles(files) {
  const entries = {};
  for (const path of Object.keys(files).sort()) entries[path] = [files[path], { mtime: RELEASE_ZIP_TIME }];
  return zipSync(entries, { level: 9 });
}

/** Writes out a zip of every file under dir, named by their paths within it. */
export function zipDirectory(dir, out) {
  const files = {};
  for (const path of filesUnder(dir)) files[path] = readFileSync(join(dir, ...path.split('/')));
  writeFileSync(out, zipFiles(files));
}
