/**
 * Every adapter, the generic detector, extractCaptures and manual capture's scan against random pages, mutated
 * fixture pages, hostile JSON-LD and random addresses on each adapter's hosts: detect and extract never throw,
 * every capture validates against the Capture schema, nothing reaches Object.prototype, and pathological pages
 * are read within a bound (in a worker stopped at a deadline).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adapters } from '../../src/capture/adapters';
import { extractCaptures } from '../../src/capture/extract';
import { genericAdapter } from '../../src/capture/generic/detector';
import { Capture } from '../../src/domain/schema';
import { fixtureUrl, listFixtures, parseHtml, PAGES_DIR } from '../helpers/fixtures';
import { runBounded } from './bounded';
import { addressesToTry, readWithEveryAdapter, type PathologicalPage, type ReadingSummary } from './hostile-pages';
import { BIG_INPUT_TIMEOUT_MS, RUNS, anyValue, expectPrototypesUntouched, hostileText, jsonWithPrototypeKeys, pollutingJson, prototypeSnapshot, type PrototypeSnapshot } from './arbitraries';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const PAGE_RUNS = Math.round(RUNS / 3);
const PAGES_MODULE = new URL('./hostile-pages.ts', import.meta.url);

const FIXTURES = readdirSync(PAGES_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((dir) => listFixtures(dir.name).map((name) => readFileSync(join(PAGES_DIR, dir.name, name), 'utf8')));

function expectReadSafely(summaries: readonly ReadingSummary[]): void {
  for (const summary of summaries) {
    expect(summary.threw, `${summary.reader} threw at ${summary.url}`).toBeUndefined();
    expect(summary.invalid, `${summary.reader} at ${summary.url}`).toEqual([]);
  }
}

let before: PrototypeSnapshot;
beforeAll(() => {
  before = prototypeSnapshot();
});
afterAll(() => expectPrototypesUntouched(before));

/** Lone surrogates make encodeURIComponent throw; an address carries their replacement character instead. */
function encodeSegment(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return encodeURIComponent(text.replace(/[\uD800-\uDFFF]/g, '\uFFFD'));
  }
}

/** An address on one of the adapters' hosts (or elsewhere) with a hostile path, query and fragment. */
const hostileAddress = fc
  .tuple(fc.constantFrom(...addressesToTry()), fc.array(fc.oneof(hostileText, fc.constantFrom('certificate', 'verify', 'badges', 'paths', '..', '%00', '%E0%A4%A', '__proto__')), { maxLength: 5 }), hostileText, hostileText)
  .map(([base, segments, query, fragment]) => {
    // A path that begins "//" names a host, which a hostile segment may make invalid: such an address is the base's own.
    const path = segments.map(encodeSegment).join('/');
    const url = URL.canParse(path, base) ? new URL(path, base) : new URL(base);
    url.search = `?${encodeSegment(query)}=${encodeSegment(query)}&__proto__[polluted]=1&constructor[prototype][polluted]=1`;
    url.hash = fragment;
    return url.href;
  });

/** JSON-LD an attacker might leave on a page: prototype keys, deep nesting, self-referencing graphs, wrong types. */
const hostileJsonLd = fc.oneof(
  jsonWithPrototypeKeys.map((v) => JSON.stringify(v) ?? 'null'),
  fc.constant(pollutingJson(4)),
  fc.integer({ min: 100, max: 3_000 }).map((depth) => '['.repeat(depth) + '{"@type":"Course"}' + ']'.repeat(depth)),
  fc.integer({ min: 100, max: 3_000 }).map((depth) => '{"@type":"Course","hasPart":'.repeat(depth) + '{}' + '}'.repeat(depth)),
  fc.constant('{"@graph":[{"@id":"#a","@type":"Course","name":"A","hasPart":{"@id":"#b"}},{"@id":"#b","@type":"Course","isPartOf":{"@id":"#a"},"hasPart":{"@id":"#a"}}]}'),
  fc.constant('{"@id":"#self","@type":["Course","EducationalOccupationalCredential"],"name":{"@id":"#self"},"about":{"@id":"#self"}}'),
  // Open Badges 2 and 3 with every field of the wrong type.
  fc.record({ t: anyValue, b: anyValue, s: anyValue }).map(({ t, b, s }) => {
    const safe = (v: unknown) => { try { return JSON.stringify(v) ?? 'null'; } catch { return 'null'; } };
    return `[{"@context":"https://w3id.org/openbadges/v2","type":${safe(t)},"badge":${safe(b)},"issuedOn":${safe(s)},"recipient":${safe(b)}},` +
      `{"@context":"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json","type":["VerifiableCredential","OpenBadgeCredential"],"credentialSubject":${safe(s)},"issuer":${safe(t)},"validFrom":${safe(b)},"name":${safe(s)}}]`;
  }),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

type Mutation =
  | { kind: 'remove' | 'duplicate'; pick: number }
  | { kind: 'text'; pick: number; text: string }
  | { kind: 'attribute'; pick: number; name: string; text: string }
  | { kind: 'json-ld'; json: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('remove' as const, 'duplicate' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('text' as const), pick: fc.nat(), text: fc.oneof(hostileText, fc.constantFrom('Certificate ID: '.repeat(500), 'x'.repeat(100_000), '1/'.repeat(5_000), `Completed on ${'March '.repeat(2_000)}`)) }),
  fc.record({ kind: fc.constant('attribute' as const), pick: fc.nat(), name: fc.constantFrom('content', 'datetime', 'href', 'itemprop', 'lang', 'property', 'name', 'class', 'aria-label', 'value'), text: hostileText }),
  fc.record({ kind: fc.constant('json-ld' as const), json: hostileJsonLd }),
);

function mutate(doc: Document, m: Mutation): void {
  const elements = [...doc.body.querySelectorAll('*')];
  if (m.kind === 'json-ld') {
    const script = doc.head.appendChild(doc.createElement('script'));
    script.setAttribute('type', 'application/ld+json');
    script.textContent = m.json;
    return;
  }
  const target = elements[m.pick % Math.max(1, elements.length)];
  if (!target) return;
  if (m.kind === 'remove') target.remove();
  else if (m.kind === 'duplicate') target.after(target.cloneNode(true));
  else if (m.kind === 'text') target.textContent = m.text;
  else if (m.kind === 'attribute') target.setAttribute(m.name, m.text);
}

/** A page of random elements and text, built through the DOM so that no markup is needed. */
const randomPage = fc
  .array(fc.tuple(fc.constantFrom('div', 'p', 'span', 'h1', 'h2', 'dt', 'dd', 'li', 'td', 'th', 'label', 'time', 'meta', 'a', 'strong', 'script'), fc.nat(), hostileText, fc.option(fc.tuple(fc.constantFrom('itemprop', 'datetime', 'property', 'content', 'type', 'lang'), hostileText), { nil: undefined })), { maxLength: 60 })
  .map((nodes) => {
    const doc = parseHtml('<!DOCTYPE html><html><head></head><body></body></html>');
    const placed: Element[] = [doc.body];
    for (const [tag, parentPick, text, attribute] of nodes) {
      const element = doc.createElement(tag);
      element.textContent = text;
      if (attribute) element.setAttribute(attribute[0], attribute[1]);
      placed[parentPick % placed.length]!.appendChild(element);
      placed.push(element);
    }
    return doc;
  });

describe('adapters on hostile pages', () => {
  it('survive random pages at random addresses on their hosts', () => {
    fc.assert(
      fc.property(randomPage, hostileAddress, (doc, href) => {
        expectReadSafely(readWithEveryAdapter(doc, href));
      }),
      { numRuns: PAGE_RUNS },
    );
  });

  it('survive their own fixture pages with elements removed, duplicated, rewritten and hostile JSON-LD added', () => {
    fc.assert(
      fc.property(fc.nat(FIXTURES.length - 1), fc.array(mutation, { minLength: 1, maxLength: 6 }), fc.boolean(), hostileAddress, (index, mutations, atFixtureUrl, randomHref) => {
        const html = FIXTURES[index]!;
        const doc = parseHtml(html);
        for (const m of mutations) mutate(doc, m);
        expectReadSafely(readWithEveryAdapter(doc, atFixtureUrl ? fixtureUrl(html)!.href : randomHref));
      }),
      { numRuns: PAGE_RUNS },
    );
  });

  it('extractCaptures gives only valid captures for any page and address', () => {
    fc.assert(
      fc.property(randomPage, hostileJsonLd, hostileAddress, (doc, json, href) => {
        mutate(doc, { kind: 'json-ld', json });
        const captures = extractCaptures(doc, new URL(href), { adapters, fallback: genericAdapter });
        for (const capture of captures) expect(Capture.safeParse(capture).error).toBeUndefined();
      }),
      { numRuns: PAGE_RUNS },
    );
  });

  it('detect answers false on an empty document and a document without a body', () => {
    const empty = parseHtml('');
    const headless = parseHtml('<html></html>');
    headless.documentElement.replaceChildren();
    for (const href of addressesToTry()) {
      for (const doc of [empty, headless]) expectReadSafely(readWithEveryAdapter(doc, href));
    }
  });
});

describe('adapters on pathological pages, within a bound', () => {
  const KINDS: PathologicalPage[] = [
    'deep-nesting', 'many-siblings', 'repeated-labels', 'long-whitespace', 'date-fragments', 'huge-json-ld', 'many-json-ld', 'labels-in-one-cell', 'header-row-of-labels',
  ];
  // One worker for all pages: its start (tsx compiling happy-dom) costs more than most pages. Before phrases were
  // capped, "repeated-labels" and "date-fragments" alone took 20-90 s, far past this deadline.
  const DEADLINE_MS = BIG_INPUT_TIMEOUT_MS * 2;

  it('5,000-deep nesting, 20,000 siblings, 160 KB of repeated labels, whitespace runs, date fragments, 2,000 JSON-LD blocks, 8,000 labels in one cell or one header row', async () => {
    const results = (await runBounded(PAGES_MODULE, 'readPathologicalPage', KINDS.map((kind) => [kind]), DEADLINE_MS)) as ReadingSummary[][];
    expect(results).toHaveLength(KINDS.length);
    for (const summaries of results) {
      // Each reader at its own address, each time followed by manual capture's scan.
      expect(summaries.length).toBe(addressesToTry().length * 2);
      expectReadSafely(summaries);
    }
  }, BIG_INPUT_TIMEOUT_MS * 2 + 5_000);
});
