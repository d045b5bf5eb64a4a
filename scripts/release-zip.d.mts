/** Types for release-zip.mjs, which the build scripts run as plain JavaScript and the tests import. */
export const RELEASE_ZIP_TIME: Date;
export function filesUnder(dir: string): string[];
export function zipFiles(files: Record<string, Uint8Array>): Uint8Array;
export function zipDirectory(dir: string, out: string): void;
