/**
 * Redaction for page reports: a value becomes its shape (digits 9, capitals A, other letters a; spaces and
 * punctuation kept), so "CSCO-12345678" reads AAAA-99999999 and jane.doe@example.com reads aaaa.aaa@aaaaaaa.aaa.
 * Text is kept as written only when it is wording the readers know (vocabulary.ts). Pure; no browser API.
 */
import { MAX_SHAPE } from '../../domain/page-report';
import { safeDecode } from '../../domain/url-shape';
import { adapters } from '../adapters';
import { isCePortalUrl } from '../ce-portal/item-catalog-page';
import { isChromeWord, isCodeWord, isKnownWording, leadingLabel } from './vocabulary';

const MAX_KEPT = 120;

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Digits 9; letters A or a; a combining mark (a vowel sign, an accent written apart) a, like the letter it marks. */
function shapeChar(char: string): string {
  if (/\p{N}/u.test(char)) return '9';
  if (/\p{M}/u.test(char)) return 'a';
  if (!/\p{L}/u.test(char)) return char;
  return char !== char.toLowerCase() ? 'A' : 'a';
}

/** The text's shape; a long one is cut, with the text's length after it. */
export function shapeOf(text: string, max = MAX_SHAPE): string {
  const clean = collapse(text).normalize('NFC');
  const chars = Array.from(clean);
  const shape = chars.slice(0, max).map(shapeChar).join('');
  return chars.length > max ? `${shape}…(${chars.length})` : shape;
}

/** Page text as a report holds it: known wording as it is, a known label with its value shaped, anything else shaped. */
export function redactText(text: string): string {
  const clean = collapse(text);
  if (clean === '') return '';
  if (clean.length <= MAX_KEPT && isKnownWording(clean)) return clean;
  const label = leadingLabel(clean);
  if (label !== undefined) {
    const rest = clean.slice(label.length);
    return `${label}${/^\s/.test(rest) ? ' ' : ''}${shapeOf(rest)}`;
  }
  return shapeOf(clean);
}

/** A camel-case word's parts: "danaWhitfield" → dana, Whitfield; "courseTitle" → course, Title. */
const CAMEL_PART = /\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})|./gu;

/** One run of letters and digits of an identifier, as a report holds it. */
function redactIdentifierRun(run: string): string {
  if (isCodeWord(run)) return run;
  // A short generated piece ("cu", "2c", "x9c"): kept, its digits shaped.
  if (/^[A-Za-z0-9]{1,3}$/.test(run)) return run.replace(/\d/g, '9');
  // Letters and digits mixed ("3f2a9c1e", "7b4d"), or digits alone: a generated id, shaped whole.
  if (/\p{N}/u.test(run)) return shapeOf(run, 40);
  return (run.match(CAMEL_PART) ?? []).map((part) => (isCodeWord(part) || /^[A-Za-z]{1,3}$/.test(part) ? part : shapeOf(part, 40))).join('');
}

/**
 * An id, a class, a form field's name or a data-* attribute's name: each run of letters and digits kept when it is
 * a word of a page's code or chrome ("card", "btn", "title", "certificate") or a short generated-looking piece ("cu",
 * "2c"), else shaped, camel-case part by part; digits always shaped. "cu-pill_2c" reads cu-pill_9c,
 * "user-dana-whitfield" user-aaaa-aaaaaaaaa, "danaWhitfield" aaaaAaaaaaaaa, a UUID 9a9a9a9a-….
 */
export function redactIdentifier(identifier: string): string {
  return identifier
    .slice(0, 80)
    .split(/([^\p{L}\p{N}]+)/u)
    .map((run, index) => (index % 2 === 1 ? run.replace(/@/g, '.') : run === '' ? run : redactIdentifierRun(run)))
    .join('');
}

/** A path segment is kept when it is made of chrome words ("certificates", "learning-path"); else it is shaped. */
function redactSegment(segment: string): string {
  if (segment === '') return segment;
  const decoded = safeDecode(segment);
  const words = decoded.split(/[-_.]+/).filter(Boolean);
  return words.length > 0 && words.every(isChromeWord) ? decoded : shapeOf(decoded, 40);
}

/** The hosts of the sites the extension reads: its adapters' and the CE portal's. */
let served: ReadonlySet<string> | undefined;
function servedHosts(): ReadonlySet<string> {
  served ??= new Set(adapters.flatMap((adapter) => adapter.matches.map((pattern) => /^[a-z*]+:\/\/([^/]+)/.exec(pattern)?.[1]?.toLowerCase() ?? '')).filter((host) => host && !host.includes('*')));
  return served;
}

/**
 * A host as a report holds it: the page's own and those of the sites the extension reads as they are; any other
 * shaped label by label but its last ("dana-whitfield.github.io" reads aaaa-aaaaaaaaa.aaaaaa.io), since a personal
 * site or an employer's tenant names its owner.
 */
function redactHost(url: URL, pageHosts: readonly string[]): string {
  const host = url.hostname.toLowerCase();
  if (pageHosts.some((own) => own.toLowerCase() === host) || servedHosts().has(host) || isCePortalUrl(url)) return url.host;
  const labels = host.split('.');
  const last = labels.pop() ?? '';
  const shaped = [...labels.map((label) => shapeOf(label, 40)), /^[a-z]{2,}$/.test(last) ? last : shapeOf(last, 40)].join('.');
  return url.port ? `${shaped}:${'9'.repeat(url.port.length)}` : shaped;
}

/** The host of an address, or undefined for one that is not. */
export function hostOf(href: string): string | undefined {
  try {
    return new URL(href).hostname || undefined;
  } catch {
    return undefined;
  }
}

/** The longest address a report holds: the rest is cut, and says so. */
export const MAX_ADDRESS = 2048;

/** The text cut to `max` characters, an ellipsis where it was cut. */
export function capped(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * An address as a report holds it: scheme, host (redactHost) and path, each path segment that is not chrome words
 * shaped; no query and no fragment (a hash route's segments are shaped like the path's). Undefined for an address
 * with no host. `pageHosts`, the reported page's own host, is kept as it is.
 */
export function redactAddress(href: string, base?: string, pageHosts: readonly string[] = [], max = MAX_ADDRESS): string | undefined {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(url.protocol) || !url.hostname) return undefined;
  const path = url.pathname.split('/').map(redactSegment).join('/');
  const route = /^#!?\//.test(url.hash) ? `#/${url.hash.replace(/^#!?\//, '').split('?')[0]!.split('/').map(redactSegment).join('/')}` : '';
  return capped(`${url.protocol}//${redactHost(url, pageHosts)}${path}${route}`, max);
}
