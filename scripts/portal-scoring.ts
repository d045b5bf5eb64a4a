/** What the portal accuracy scripts (portal-accuracy.ts, portal-extension-accuracy.ts) share: a miss, and sameness. */

/** An expected field that was not read (or filled) right. */
export interface Miss {
  page: string;
  item: string;
  field: string;
  expected: unknown;
  found: unknown;
}

const fold = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

/** Equal, texts compared without case, Unicode forms or spacing. */
export const same = (a: unknown, b: unknown) => (typeof a === 'string' && typeof b === 'string' ? fold(a) === fold(b) : a === b);
