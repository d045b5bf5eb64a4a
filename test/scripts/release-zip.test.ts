/**
 * The zips a release is made of come out the same whatever order the files were found in and whatever time zone
 * the machine is in: store reviewers rebuild them and compare bytes (scripts/release-zip.mjs).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipFiles } from '../../scripts/release-zip.mjs';

const bytes = (text: string) => new TextEncoder().encode(text);
const RELEASE_ZIP = fileURLToPath(new URL('../../scripts/release-zip.mjs', import.meta.url));

/** A zip made in a child process with the machine's time zone set to zone, as base64. */
function zipIn(zone: string): string {
  const script = `import { zipFiles } from ${JSON.stringify(RELEASE_ZIP)};
process.stdout.write(Buffer.from(zipFiles({ 'manifest.json': new TextEncoder().encode('{}') })).toString('base64'));`;
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, TZ: zone }, encoding: 'utf8' });
}

/** The DOS date and time (two 16-bit words) of a zip's first entry, from its local file header. */
function firstEntryDosTime(zip: Uint8Array): { time: number; date: number } {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  expect(view.getUint32(0, true)).toBe(0x04034b50);
  return { time: view.getUint16(10, true), date: view.getUint16(12, true) };
}

describe('zipFiles', () => {
  it('gives the same bytes whatever order the files come in', () => {
    const forward = zipFiles({ 'a.js': bytes('a'), 'b/c.js': bytes('c'), 'manifest.json': bytes('{}') });
    const backward = zipFiles({ 'manifest.json': bytes('{}'), 'b/c.js': bytes('c'), 'a.js': bytes('a') });
    expect(Buffer.from(forward).equals(Buffer.from(backward))).toBe(true);
    expect(Object.keys(unzipSync(forward))).toEqual(['a.js', 'b/c.js', 'manifest.json']);
  });

  it('dates every entry 1980-01-01 00:00, not the time it was made', () => {
    // DOS date: years since 1980 << 9 | month << 5 | day; time: hours << 11 | minutes << 5 | seconds / 2.
    expect(firstEntryDosTime(zipFiles({ 'x.txt': bytes('x') }))).toEqual({ time: 0, date: (0 << 9) | (1 << 5) | 1 });
  });

  it('gives the same bytes in time zones a day apart', () => {
    const zones = ['Pacific/Kiritimati', 'UTC', 'America/Adak'].map(zipIn);
    expect(new Set(zones).size).toBe(1);
    expect(zones[0]?.length).toBeGreaterThan(0);
  });
});
