/**
 * Recognising a certification the way people write it: "Security+", "CompTIA Security+", "CASP+" for SecurityX,
 * "DevNet Associate" for CCNA Automation, "PMI-ACP" or "ACP". A catalogue entry is known by its code, its official
 * name, the name without the vendor, what its parentheses hold, its other names and its former names. Zod-free and
 * pure: the rules engine and the pages' forms use the same matching.
 */

import { foldText } from './course-titles';

/** How a program's data file describes a certification's names. */
export interface NamedCertification {
  code: string;
  name: string;
  /** Other ways it is written: acronyms, the long form, a former code. */
  aliases?: readonly string[];
  /** Names it had before a rename: matched, and shown as the current name. */
  formerNames?: readonly string[];
}

/** Vendor words people put before a certification's name, or leave out. Longest first. */
const VENDOR_PREFIX = /^(?:cisco certified|cisco|comptia|isc2|isc 2|isaca|pmi|ec council|giac)\s+/;

/** Folded as titles are (course-titles.ts: no accents, "&" as "and", "²" as "2"), then words and "+" only. */
function normalise(text: string): string {
  return foldText(text).replace(/[^a-z0-9+]+/g, ' ').trim();
}

/** The keys a written name is known by: as written, without the vendor, without and within its parentheses. */
export function nameKeys(text: string): Set<string> {
  const keys = new Set<string>();
  const add = (raw: string) => {
    // CompTIA prints a certification kept by continuing education with "ce" after it ("CompTIA Security+ ce").
    const key = normalise(raw).replace(/ ce$/, '');
    if (!key) return;
    keys.add(key);
    const bare = key.replace(VENDOR_PREFIX, '');
    if (bare) keys.add(bare);
  };
  add(text);
  const outside = text.replace(/\([^)]*\)/g, ' ');
  if (outside !== text) add(outside);
  for (const [, inside] of text.matchAll(/\(([^)]*)\)/g)) add(inside!);
  return keys;
}

function entryKeys(entry: NamedCertification): Set<string> {
  const keys = new Set<string>([normalise(entry.code.replace(/-/g, ' '))]);
  for (const name of [entry.name, ...(entry.aliases ?? []), ...(entry.formerNames ?? [])]) for (const key of nameKeys(name)) keys.add(key);
  return keys;
}

/**
 * The entry a held certification is: by its code, else by the name exactly as an entry writes one of its names,
 * else by any of the keys above. Undefined for a certification the program does not list.
 */
export function findNamed<E extends NamedCertification>(entries: readonly E[], held: { code?: string; name: string }): E | undefined {
  if (held.code !== undefined) {
    const byCode = entries.find((e) => e.code === held.code);
    if (byCode) return byCode;
  }
  const written = normalise(held.name);
  const exact = entries.find((e) => [e.name, ...(e.aliases ?? []), ...(e.formerNames ?? [])].some((n) => normalise(n) === written));
  if (exact) return exact;
  const keys = nameKeys(held.name);
  return entries.find((e) => {
    const known = entryKeys(e);
    for (const key of keys) if (known.has(key)) return true;
    return false;
  });
}

/** The name to show: the entry's current name when the certification was entered under a former one. */
export function currentName(entry: NamedCertification | undefined, heldName: string): string {
  if (!entry?.formerNames?.length) return heldName;
  const keys = nameKeys(heldName);
  const former = entry.formerNames.some((n) => [...nameKeys(n)].some((k) => keys.has(k)));
  const current = [...nameKeys(entry.name)].some((k) => keys.has(k));
  return former && !current ? entry.name : heldName;
}
