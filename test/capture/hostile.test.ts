/**
 * Hostile and broken pages: the generic reader must finish, stay within its bounds, and leave the page's
 * realm and ours untouched (no prototype pollution), whatever the page holds.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { genericAdapter } from '../../src/capture/generic/detector';
import { jsonLdNodes } from '../../src/capture/generic/json-ld-nodes';
import { Capture } from '../../src/domain/schema';
import { parseHtml } from '../helpers/fixtures';

const URL_OF_PAGE = new URL('https://academy.example-training.com/certificates/hostile');
const CERTIFICATE = '<h1>Certificate of Completion</h1><p>Course: Safe Parsing 101</p><p>Completion date: 2026-03-14</p>';

function pageWithJsonLd(json: string, body = CERTIFICATE): Document {
  const doc = parseHtml(`<!DOCTYPE html><html lang="en"><head></head><body><main>${body}</main></body></html>`);
  const script = doc.createElement('script');
  script.setAttribute('type', 'application/ld+json');
  script.textContent = json; // set as text: the payload must never be parsed as markup
  doc.head.appendChild(script);
  return doc;
}

function extractOne(doc: Document): Capture {
  expect(genericAdapter.detect(doc, URL_OF_PAGE)).toBe(true);
  const captures = genericAdapter.extract(doc, URL_OF_PAGE);
  expect(captures).toHaveLength(1);
  expect(Capture.safeParse(captures[0]).success).toBe(true);
  return captures[0]!;
}

const credential = (extra: Record<string, unknown>) =>
  JSON.stringify({
    '@context': 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: 'Hostile credential',
    validFrom: '2026-03-14T00:00:00Z',
    ...extra,
  });

// Pages this large take seconds in happy-dom on a busy machine; a blow-up fails by this timeout, never by a timing.
describe('hostile pages', { timeout: 60_000 }, () => {
  afterEach(() => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
  });

  it('reads a page of 50,000 elements and still finds the certificate at its end', () => {
    const doc = parseHtml('<!DOCTYPE html><html lang="en"><body><main></main></body></html>');
    const main = doc.querySelector('main')!;
    // 12,500 cards of div > span > b > i: 50,000 elements of noise before the certificate's own lines.
    for (let i = 0; i < 12_500; i++) {
      const card = doc.createElement('div');
      const leaf = card.appendChild(doc.createElement('span')).appendChild(doc.createElement('b')).appendChild(doc.createElement('i'));
      leaf.textContent = `Row ${i}: 14 hours ago`;
      main.appendChild(card);
    }
    expect(main.getElementsByTagName('*').length).toBe(50_000);
    for (const [label, value] of [['Course', 'Big Page Course'], ['Certificate ID', 'BIG-50000'], ['Completion date', 'March 14, 2026']]) {
      const p = doc.createElement('p');
      p.textContent = `${label}: ${value}`;
      main.appendChild(p);
    }
    expect(extractOne(doc)).toMatchObject({ title: 'Big Page Course', certificateCode: 'BIG-50000', endDate: '2026-03-14' });
  });

  it('survives 2,000-deep nesting', () => {
    const doc = parseHtml(`<!DOCTYPE html><html lang="en"><body><main>${CERTIFICATE}</main></body></html>`);
    let parent: Element = doc.querySelector('main')!;
    for (let depth = 0; depth < 2_000; depth++) {
      const div = doc.createElement('div');
      parent.appendChild(div);
      parent = div;
    }
    parent.textContent = 'Certificate ID: DEEP-2000';
    const capture = extractOne(doc);
    expect(capture.title).toBe('Safe Parsing 101');
    expect(capture.endDate).toBe('2026-03-14');
  });

  // Took ~20 s before phrases were capped: the wording patterns cost the square of a text node's length.
  it.each([
    ['"Certificate ID: " repeated', 'Certificate ID: '.repeat(4_000)],
    ['"14 de " repeated', `Date: ${'14 de '.repeat(8_000)}`],
    ['"1/" repeated', `Completion date: ${'1/'.repeat(30_000)}`],
  ])('reads a page with one huge text node of %s in time linear in its length', (_, text) => {
    const doc = parseHtml(`<!DOCTYPE html><html lang="en"><body><main>${CERTIFICATE}<p></p></main></body></html>`);
    doc.querySelectorAll('p')[2]!.textContent = text;
    expect(extractOne(doc).title).toBe('Safe Parsing 101');
  }, 4_000);

  it('survives 2,000-deep JSON-LD nesting', () => {
    const deep = '{"a":'.repeat(2_000) + '1' + '}'.repeat(2_000);
    expect(extractOne(pageWithJsonLd(deep)).title).toBe('Safe Parsing 101');
  });

  it('treats __proto__ and constructor keys in JSON-LD as data', () => {
    const json =
      '{"@context":"https://schema.org","@graph":[' +
      '{"__proto__":{"polluted":"yes","@type":"Course"},"constructor":{"prototype":{"polluted":"yes"}},"@type":"Course","name":"Proto Course"},' +
      '{"@type":"EducationalOccupationalCredential","identifier":"PROTO-1234","dateCreated":"2026-03-14","__proto__":{"polluted":1}}]}';
    const capture = extractOne(pageWithJsonLd(json, '<p>Nothing visible</p>'));
    expect(capture).toMatchObject({ title: 'Proto Course', certificateCode: 'PROTO-1234', endDate: '2026-03-14' });
    // The parsed nodes keep "__proto__" as an own key and their real prototype is Object.prototype.
    const nodes = jsonLdNodes(pageWithJsonLd(json));
    expect(nodes.every((n) => Object.getPrototypeOf(n) === Object.prototype)).toBe(true);
  });

  it.each([
    ['1e308', '1e308'],
    ['a 20-digit string', '"99999999999999999999"'],
    ['negative', '-5'],
    ['an object', '{"value": 5}'],
    ['an array', '[5]'],
    ['a boolean', 'true'],
  ])('drops credits given as %s', (_, credits) => {
    const json = credential({ credentialSubject: { achievement: { name: 'Huge Credits', creditsAvailable: JSON.parse(credits) } } });
    const capture = extractOne(pageWithJsonLd(json, '<p>Nothing visible</p>'));
    expect(capture.title).toBe('Huge Credits');
    expect(capture).not.toHaveProperty('credits');
  });

  it('drops dates, names and codes of the wrong type', () => {
    const json = JSON.stringify({
      '@context': 'https://w3id.org/openbadges/v2',
      type: 'Assertion',
      id: 12345,
      issuedOn: 1773446400,
      badge: { name: ['Array Badge'], issuer: { name: { nested: true } } },
    });
    const capture = extractOne(pageWithJsonLd(json, '<p>Nothing visible</p>'));
    expect(capture.title).toBe('Array Badge'); // the first string of a language array
    expect(capture).not.toHaveProperty('endDate');
    expect(capture).not.toHaveProperty('certificateCode');
    expect(capture.provider).toBe('academy.example-training.com');
  });

  it('ignores invalid JSON and reads the rest of the page', () => {
    const capture = extractOne(pageWithJsonLd('{"@type": "Course", "name": "Broken", '));
    expect(capture.title).toBe('Safe Parsing 101');
  });

  it('skips a 5 MB JSON-LD script unread', () => {
    const huge = credential({ padding: 'x'.repeat(5_000_000), credentialSubject: { achievement: { name: 'Too Big To Read' } } });
    const capture = extractOne(pageWithJsonLd(huge));
    expect(capture.title).toBe('Safe Parsing 101');
  });

  it('cleans zero-width and right-to-left characters out of codes', () => {
    const body = `${CERTIFICATE}<p>Certificate ID: \u200BCE\u200D-\u202E4711\u202C\uFEFF</p>`;
    expect(extractOne(pageWithJsonLd('[]', body)).certificateCode).toBe('CE-4711');
    // A short code in the credential's id (an address there is never a code: see generic-credentials.test.ts).
    const fromJson = credential({ id: '\u2066AB-12\u200B34\u2069', credentialSubject: { achievement: { name: 'RTL' } } });
    expect(extractOne(pageWithJsonLd(fromJson, '<p>-</p>')).certificateCode).toBe('AB-1234');
  });

  it('refuses codes longer than 64 characters', () => {
    const body = `${CERTIFICATE}<p>Certificate ID: ${'A1'.repeat(40)}</p>`;
    expect(extractOne(pageWithJsonLd('[]', body))).not.toHaveProperty('certificateCode');
  });
});
