/**
 * Redaction for page reports: a value becomes its shape (digits 9, capitals A, other letters a; spaces and
 * punctuation kept), so "CSCO-12345678" reads AAAA-99999999 and jane.doe@example.com reads aaaa.aaa@aaaaaaa.aaa.
 * Text is kept as written only when it is wording the readers know (vocabulary.ts). Pure; no browser API.
 */
import { MAX_SHAPE } from '../../domain/page-report';
import { safeDecode } from '../../domain/url-shape';
import { isChromeWord, isKnownWording, leadingLabel } from './vocabulary';

const MAX_KEPT = 120;

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function shapeChar(char: string): string {
  if (/\p{N}/u.test(char)) return '9';
  if (!/\p{L}/u.test(char)) return char;
  return char !== char.toLowerCase() ? 'A' : 'a';
}

/** The text's shape; a long one is cut, with the text's length after it. */
export function shapeOf(text: string, max = MAX_SHAPE): string {
  const clean = collapse(text);
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
  if (label !== undefined) return `${label}${shapeOf(clean.slice(label.length))}`;
  return shapeOf(clean);
}

const CODE_IDENTIFIER = /^[A-Za-z][\w-]{0,59}$/;

/**
 * An id, a class or a form field's name: kept when it looks like code (kebab, snake or camel case, or a chrome
 * word: "cu-pill_2c", "courseTitle", "certificate"), its digits shaped; a bare word that could be a name is shaped.
 */
export function redactIdentifier(identifier: string): string {
  const looksLikeCode = CODE_IDENTIFIER.test(identifier) && (/[-_]/.test(identifier) || /[a-z][A-Z]/.test(identifier) || isChromeWord(identifier));
  return looksLikeCode && !identifier.includes('@') ? identifier.replace(/\d/g, '9') : shapeOf(identifier, 40);
}

/** A path segment is kept when it is made of chrome words ("certificates", "learning-path"); else it is shaped. */
function redactSegment(segment: string): string {
  if (segment === '') return segment;
  const decoded = safeDecode(segment);
  const words = decoded.split(/[-_.]+/).filter(Boolean);
  return words.length > 0 && words.every(isChromeWord) ? decoded : shapeOf(decoded, 40);
}

/**
 * An address as a report holds it: scheme, host and path, each path segment that is not chrome words shaped; no
 * query and no fragment (a hash route's segments are shaped like the path's). Undefined for an address with no host.
 */
export function redactAddress(href: string, base?: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(url.protocol) || !url.hostname) return undefined;
  const path = url.pathname.split('/').map(redactSegment).join('/');
  const route = /^#!?\//.test(url.hash) ? `#/${url.hash.replace(/^#!?\//, '').split('?')[0]!.split('/').map(redactSegment).join('/')}` : '';
  return `${url.protocol}//${url.host}${path}${route}`;
}
