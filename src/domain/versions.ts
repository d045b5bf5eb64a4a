/**
 * Extension versions as browsers read them: one to four dot-separated whole numbers ("0.1.0", "1.2"), compared part by
 * part, a missing part counting as 0.
 */

/** Negative when a is older than b, 0 when they are the same version, positive when a is newer. */
export function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

/** Whether text is a version in that form: anything else (a page's guess, a typo) is never compared. */
export function isVersion(text: string): boolean {
  return /^\d{1,9}(?:\.\d{1,9}){0,3}$/.test(text);
}
