/**
 * Credentials read by the generic reader: a credential JSON opened directly in the browser (shown as
 * <body><pre>JSON</pre>), JSON embedded in <script type="application/json"> or a Verifiable Credential script,
 * Open Badges 2.0 / 3.0 and Blockcerts details, what is never a certificate code, and Credly-style og:titles.
 * The real credentials in ../shared/real-certificates/ are read where they are (never copied into the project)
 * and held to their own expect.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { adapters } from '../../src/capture/adapters';
import { extractCaptures } from '../../src/capture/extract';
import { genericAdapter } from '../../src/capture/generic/detector';
import { jsonLdNodes, MAX_SCRIPT_CHARS, parseJsonTolerantly } from '../../src/capture/generic/json-ld-nodes';
import { Capture } from '../../src/domain/schema';
import { CREDIT_UNITS } from '../../src/domain/vocabulary';
import { parseHtml } from '../helpers/fixtures';

const PAGE_URL = new URL('https://academy.example-training.com/credentials/3527');
const OB2 = 'https://w3id.org/openbadges/v2';
const OB3 = ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'];

/** A JSON file as the browser shows it when opened directly: the text alone in a <pre>. */
function jsonDocument(text: string, after = ''): Document {
  const doc = parseHtml(`<html><head><meta name="color-scheme" content="light dark"></head><body><pre></pre>${after}</body></html>`);
  doc.querySelector('pre')!.textContent = text; // set as text: the payload is never parsed as markup
  return doc;
}

/** A page with a script of the given type holding `text`, in <head> or at the end of <body>. */
function pageWithScript(type: string, text: string, body = '<main><p>Your credential</p></main>', where: 'head' | 'body' = 'body'): Document {
  const doc = parseHtml(`<!DOCTYPE html><html lang="en"><head><title>Credential</title></head><body>${body}</body></html>`);
  const script = doc.createElement('script');
  script.setAttribute('type', type);
  script.textContent = text;
  (where === 'head' ? doc.head : doc.body).appendChild(script);
  return doc;
}

function capturesOf(doc: Document, url = PAGE_URL): Capture[] {
  const captures = genericAdapter.extract(doc, url);
  for (const capture of captures) expect(Capture.strict().safeParse(capture).success).toBe(true);
  return captures;
}

function onlyCapture(doc: Document, url = PAGE_URL): Capture {
  expect(genericAdapter.detect(doc, url)).toBe(true);
  const captures = capturesOf(doc, url);
  expect(captures).toHaveLength(1);
  return captures[0]!;
}

const assertion = (extra: Record<string, unknown>) => ({
  '@context': OB2,
  type: 'Assertion',
  id: 'https://badges.example-training.com/public/assertions/1001',
  recipient: { type: 'email', hashed: false, identity: 'jordan@example.com' },
  issuedOn: '2026-03-14T10:00:00Z',
  ...extra,
});

const credential = (subject: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  '@context': OB3,
  id: 'https://academy.example-training.com/credentials/3527',
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  issuer: { id: 'https://academy.example-training.com/issuers/1', type: ['Profile'], name: 'Example Training Academy' },
  validFrom: '2026-05-04T10:00:00Z',
  credentialSubject: { type: ['AchievementSubject'], ...subject },
  ...extra,
});

const achievement = (extra: Record<string, unknown> = {}) => ({
  id: 'https://academy.example-training.com/achievements/k8s-sec-301',
  type: ['Achievement'],
  name: 'Kubernetes Security Workshop',
  criteria: { narrative: 'Attend all three days.' },
  ...extra,
});

afterEach(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('a credential opened directly in the browser (<body><pre>JSON</pre>)', () => {
  it('is read like JSON-LD, with or without Chrome’s formatter box after it', () => {
    const json = JSON.stringify(credential({ achievement: achievement() }));
    for (const doc of [jsonDocument(json), jsonDocument(json, '<div class="json-formatter-container"></div>')]) {
      expect(onlyCapture(doc)).toMatchObject({ title: 'Kubernetes Security Workshop', provider: 'Example Training Academy', endDate: '2026-05-04' });
    }
  });

  it('is read despite trailing commas, and ignored when still broken, without throwing', () => {
    const repaired = '{"@context": "https://w3id.org/openbadges/v2", "type": "Assertion", "issuedOn": "2026-03-14",\n' +
      '"badge": {"name": "Trailing Comma Badge", "tags": ["a", "b",\n  ], "issuer": {"name": "Acme Security Academy",},},}';
    expect(onlyCapture(jsonDocument(repaired))).toMatchObject({ title: 'Trailing Comma Badge', provider: 'Acme Security Academy', endDate: '2026-03-14' });
    for (const broken of ['{"type": "Assertion", "badge": {"name": "Cut Off"', '{"type": "Assertion", "badge": }', "{'type': 'Assertion'}"]) {
      expect(() => genericAdapter.detect(jsonDocument(broken), PAGE_URL)).not.toThrow();
      expect(capturesOf(jsonDocument(broken))).toEqual([]);
    }
  });

  it('is not a <pre> among other content: a code sample on an article or a page of markup is not the document', () => {
    const json = JSON.stringify(assertion({ badge: { name: 'Sample Badge', issuer: { name: 'Sample Issuer' } } }));
    expect(capturesOf(jsonDocument(json, '<p>This is how an assertion looks.</p>'))).toEqual([]);
    const highlighted = parseHtml(`<html><body><pre><span>${json.replace(/</g, '&lt;')}</span></pre></body></html>`);
    expect(capturesOf(highlighted)).toEqual([]);
    const text = parseHtml('<html><body><pre>Badge list: none yet</pre></body></html>');
    expect(capturesOf(text)).toEqual([]);
  });
});

describe('tolerant JSON parsing', () => {
  it('removes trailing commas outside strings only', () => {
    expect(parseJsonTolerantly('{"a": [1, 2,], "b": {"c": 3,\r\n\t},}')).toEqual({ a: [1, 2], b: { c: 3 } });
    expect(parseJsonTolerantly('{"a": "x,]", "b": "x, }", "d": "say \\"hi,}\\"", "e": "\\\\",}')).toEqual({ a: 'x,]', b: 'x, }', d: 'say "hi,}"', e: '\\' });
    expect(parseJsonTolerantly('\uFEFF{"a": 1,\n}')).toEqual({ a: 1 });
  });

  it.each([
    ['an empty text', ''], ['a cut-off object', '{"a": 1'], ['a missing value', '{"a": }'], ['doubled commas', '[1,,]'], ['single quotes', "{'a': 1}"],
    ['comments', '{"a": 1 /* one */}'],
  ])(
    'gives undefined for %s',
    (_, text) => {
      expect(parseJsonTolerantly(text)).toBeUndefined();
    },
  );

  it.each([
    ['commas', `[1${', '.repeat(100_000)}]`],
    ['trailing commas', `[${'[1,],'.repeat(40_000)}1]`],
    ['blanks after commas', `[1,${' \n'.repeat(100_000)}`],
    ['quotes and escapes', `["${'\\"'.repeat(100_000)}`],
  ])('repairs text full of %s in time linear in its length', (_, text) => {
    expect(() => parseJsonTolerantly(text)).not.toThrow();
  }, 4_000);
});

describe('credentials embedded in a page', () => {
  const json = JSON.stringify(credential({ achievement: achievement() }));

  it.each(['application/json', 'application/json; charset=utf-8', 'application/vc+ld+json', 'application/vc+json', 'application/ld+json'])(
    'reads a credential in <script type="%s">, in the head or the body',
    (type) => {
      for (const where of ['head', 'body'] as const) {
        expect(onlyCapture(pageWithScript(type, json, '<main><p>Held by Jordan Example.</p></main>', where))).toMatchObject({
          title: 'Kubernetes Security Workshop',
          provider: 'Example Training Academy',
        });
      }
    },
  );

  it('reads no app state: plain JSON without an "@context" never gives a title', () => {
    const state = JSON.stringify({ recommended: [{ '@type': 'Course', name: 'Decoy Course', provider: { name: 'Decoy Provider' } }] });
    const body = '<main><h1>Certificate of Completion</h1><p>Course: Safe Parsing 101</p><p>Completion date: 2026-03-14</p></main>';
    expect(onlyCapture(pageWithScript('application/json', state, body))).toMatchObject({ title: 'Safe Parsing 101', endDate: '2026-03-14' });
    // The same course as JSON-LD is read: the test above fails if app state is read like linked data.
    expect(onlyCapture(pageWithScript('application/ld+json', state, body)).title).toBe('Decoy Course');
  });

  it('reads a credential with an "@context" nested in app state, and nothing beside it', () => {
    const state = JSON.stringify({ props: { pageProps: { related: { '@type': 'Course', name: 'Decoy Course' }, credential: credential({ achievement: achievement() }) } } });
    const nodes = jsonLdNodes(pageWithScript('application/json', state));
    expect(nodes.some((n) => n.name === 'Decoy Course')).toBe(false);
    expect(onlyCapture(pageWithScript('application/json', state)).title).toBe('Kubernetes Security Workshop');
  });

  it('parses a bounded number of scripts: 2,000 of them are read quickly and without error', () => {
    const doc = parseHtml('<!DOCTYPE html><html><head></head><body><main><p>Credential</p></main></body></html>');
    for (let i = 0; i < 2_000; i++) {
      const script = doc.createElement('script');
      script.setAttribute('type', 'application/json');
      script.textContent = `{"@context": "https://schema.org", "n": ${i}, "broken": `;
      doc.body.appendChild(script);
    }
    expect(() => genericAdapter.extract(doc, PAGE_URL)).not.toThrow();
  }, 10_000);
});

describe('Open Badges 2.0 and Blockcerts', () => {
  it('names a badge given only as an address by its words, and takes the badge class from the same page when it is there', () => {
    const badgeUrl = 'https://badges.example-training.com/public/badges/secure-coding';
    const hosted = assertion({ badge: badgeUrl });
    expect(capturesOf(jsonDocument(JSON.stringify(hosted))).map((c) => c.title)).toEqual(['Secure Coding']);
    const graph = {
      '@context': OB2,
      '@graph': [
        hosted,
        { type: 'BadgeClass', id: badgeUrl, name: 'Secure Coding', issuer: 'https://badges.example-training.com/issuers/acme' },
        { type: 'Profile', id: 'https://badges.example-training.com/issuers/acme', name: 'Acme Security Academy' },
      ],
    };
    expect(onlyCapture(jsonDocument(JSON.stringify(graph)))).toMatchObject({ title: 'Secure Coding', provider: 'Acme Security Academy', endDate: '2026-03-14' });
  });

  it('never takes the recipient for the title', () => {
    const blockcerts = assertion({
      recipientProfile: { type: ['RecipientProfile', 'Extension'], name: 'Jordan Example' },
      badge: { type: 'BadgeClass', issuer: { type: 'Profile', name: 'Example Institute' } },
    });
    expect(capturesOf(jsonDocument(JSON.stringify(blockcerts)))).toEqual([]);
  });

  it('reads a Blockcerts-shaped certificate whose type was left out', () => {
    const { type: _type, ...untyped } = assertion({
      recipientProfile: { name: 'Jordan Example' },
      badge: { name: 'Certificate in Applied Cryptography', issuer: { name: 'Example Institute' } },
    });
    expect(onlyCapture(jsonDocument(JSON.stringify(untyped)))).toMatchObject({ title: 'Certificate in Applied Cryptography', provider: 'Example Institute' });
  });
});

describe('Open Badges 3.0', () => {
  const read = (subject: Record<string, unknown>, extra: Record<string, unknown> = {}) => onlyCapture(jsonDocument(JSON.stringify(credential(subject, extra))));

  it('dates the award by awardedDate, then validFrom, then issuanceDate', () => {
    expect(read({ achievement: achievement() }, { awardedDate: '2026-04-30T12:00:00Z' }).endDate).toBe('2026-04-30');
    expect(read({ achievement: achievement() }).endDate).toBe('2026-05-04');
    expect(read({ achievement: achievement() }, { validFrom: undefined, issuanceDate: '2026-05-02T12:00:00Z' }).endDate).toBe('2026-05-02');
  });

  it('takes activityEndDate over the issue date as the completion date, and activityStartDate as the start', () => {
    const capture = read({ achievement: achievement(), activityStartDate: '2026-04-27T09:00:00Z', activityEndDate: '2026-04-29T17:00:00Z' });
    expect(capture).toMatchObject({ startDate: '2026-04-27', endDate: '2026-04-29' });
    expect(read({ achievement: achievement(), activityStartDate: '2026-04-27T09:00:00Z' })).toMatchObject({ startDate: '2026-04-27', endDate: '2026-05-04' });
    // A start after the end is no start.
    expect(read({ achievement: achievement(), activityStartDate: '2026-06-01', activityEndDate: '2026-04-29' })).not.toHaveProperty('startDate');
  });

  it('takes creditsEarned (on the subject or a result) over the achievement’s creditsAvailable', () => {
    expect(read({ achievement: achievement({ creditsAvailable: 8 }) }).credits).toBe(8);
    expect(read({ achievement: achievement({ creditsAvailable: 8 }), creditsEarned: 6 }).credits).toBe(6);
    expect(read({ achievement: achievement({ creditsAvailable: 8 }), result: [{ type: ['Result'], value: 'B' }, { type: ['Result'], creditsEarned: '5.5' }] }).credits).toBe(5.5);
  });

  it('names the provider from an issuer given by address when the page holds its profile, else from the achievement’s creator', () => {
    const issuerUrl = 'https://academy.example-training.com/issuers/1';
    const withProfile = { '@context': OB3, '@graph': [credential({ achievement: achievement() }, { issuer: issuerUrl }), { id: issuerUrl, type: ['Profile'], name: 'Example Training Academy' }] };
    expect(onlyCapture(jsonDocument(JSON.stringify(withProfile))).provider).toBe('Example Training Academy');
    const creator = read({ achievement: achievement({ creator: { id: issuerUrl, type: ['Profile'], name: 'Creator Academy' } }) }, { issuer: issuerUrl });
    expect(creator.provider).toBe('Creator Academy');
  });

  it('reads no credits from an ECTS field: the unit is not one the product knows, and unitless credits would count as CE', () => {
    expect(read({ achievement: achievement({ ECTS: 3 }) })).not.toHaveProperty('credits');
  });
});

describe('documents that are not awards', () => {
  it.each([
    ['an OB 2.0 issuer profile', { '@context': OB2, type: 'Issuer', id: 'https://badges.example-training.com/issuer.json', name: 'Acme Security Academy' }],
    ['an OB 2.0 badge class', { '@context': OB2, type: 'BadgeClass', name: 'Secure Coding', issuer: { type: 'Profile', name: 'Acme Security Academy' } }],
    ['an OB 3.0 achievement', { '@context': OB3, ...achievement({ creator: { type: ['Profile'], name: 'Example Training Academy' } }) }],
    ['an OB 3.0 profile', { '@context': OB3, id: 'https://academy.example-training.com/issuers/1', type: ['Profile'], name: 'Example Training Academy' }],
    [
      'an endorsement credential',
      { ...credential({ type: ['EndorsementSubject'], endorsementComment: 'In good standing' }), type: ['VerifiableCredential', 'EndorsementCredential'], name: 'Endorsement' },
    ],
  ])('gives nothing for %s', (_, json) => {
    expect(capturesOf(jsonDocument(JSON.stringify(json)))).toEqual([]);
  });
});

describe('certificate codes', () => {
  const codeOf = (id: unknown, url = PAGE_URL) =>
    onlyCapture(jsonDocument(JSON.stringify(credential({ achievement: achievement() }, { id }))), url).certificateCode;

  it.each([
    ['an https address', 'https://academy.example-training.com/credentials/3527'],
    ['an http address', 'http://example.com/credentials/AB-1234'],
    ['a bare uuid', '0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6'],
    ['a DID', 'did:example:ebfeb1f712ebc6f1c276e12ec21'],
    ['a path', '/credentials/AB-1234'],
    ['a relative path', 'credentials/AB-1234'],
    ['an address without its scheme', 'academy.example-training.com/credentials/AB-1234'],
    ['a number', 12345],
  ])('takes none from an id that is %s', (_, id) => {
    expect(codeOf(id)).toBeUndefined();
  });

  it('takes a short code written in the id', () => {
    expect(codeOf('ETA-OB-2026-0815')).toBe('ETA-OB-2026-0815');
  });

  it('takes the uuid of a urn:uuid id, the credential\'s own name that its verifier asks for', () => {
    expect(codeOf('urn:uuid:0D1E2F3A-4b5c-4d6e-8f70-8192a3b4c5d6')).toBe('0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6');
    expect(codeOf('urn:uuid:not-a-uuid')).toBeUndefined();
  });

  it('never takes the page’s address for a code, whatever its last segment', () => {
    expect(codeOf(undefined, new URL('https://academy.example-training.com/credentials/ETA-2026-0042'))).toBeUndefined();
    const hosted = assertion({ id: 'https://badges.example-training.com/public/assertions/AB-1234', badge: { name: 'Secure Coding', issuer: { name: 'Acme' } } });
    expect(onlyCapture(jsonDocument(JSON.stringify(hosted)), new URL(hosted.id))).not.toHaveProperty('certificateCode');
  });

  it.each([
    ['an address', 'https://learn.example-training.com/credentials/LH-1234', undefined],
    ['a urn:uuid', 'urn:uuid:0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6', undefined],
    ['a PropertyValue with an address', { '@type': 'PropertyValue', value: 'https://learn.example-training.com/c/LH-1234' }, undefined],
    ['an address without its scheme', 'www.example-training.com/c/LH-1234', undefined],
    ['a code', 'LH-IRF-2026-0047', 'LH-IRF-2026-0047'],
    ['a code with slashes', 'CPE/2026/0042', 'CPE/2026/0042'],
    ['a number', 4711, '4711'],
  ])('reads a schema.org credential identifier that is %s (no code from an address)', (_, identifier, code) => {
    const json = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'EducationalOccupationalCredential',
      name: 'Incident Response Fundamentals',
      identifier,
      dateCreated: '2026-01-30',
    });
    const doc = pageWithScript('application/ld+json', json, '<main><p>Credential</p></main>', 'head');
    expect(onlyCapture(doc).certificateCode).toBe(code);
  });
});

describe('Credly-style og:title', () => {
  const page = (ogTitle: string, extraHead = '') =>
    parseHtml(`<!DOCTYPE html><html lang="en"><head><meta property="og:title" content="${ogTitle}"><meta property="og:site_name" content="Example Badges">${extraHead}</head><body><div id="root"></div></body></html>`);

  it('gives the course as the title and the issuer as the provider, never the person', () => {
    const capture = onlyCapture(page('Zero Trust Architecture was issued by Example Training Academy to Jordan Example.'));
    expect(capture).toMatchObject({ title: 'Zero Trust Architecture', provider: 'Example Training Academy', confidence: 0.4 });
    expect(JSON.stringify(capture)).not.toContain('Jordan');
  });

  it('keeps " to " inside the course and the issuer names', () => {
    expect(onlyCapture(page('Road to Cloud was issued by Path to Success Ltd to Jordan Example'))).toMatchObject({ title: 'Road to Cloud', provider: 'Path to Success Ltd' });
  });

  it('only fills what other sources lack', () => {
    const ld = JSON.stringify(credential({ achievement: achievement() }));
    const doc = page('Zero Trust Architecture was issued by Other Issuer to Jordan Example.', `<script type="application/ld+json">${ld}</script>`);
    expect(onlyCapture(doc)).toMatchObject({ title: 'Kubernetes Security Workshop', provider: 'Example Training Academy' });
  });

  it('is no award without the whole sentence', () => {
    expect(capturesOf(page('Zero Trust Architecture'))).toEqual([]);
    expect(capturesOf(page('Zero Trust Architecture was issued by Example Training Academy'))).toEqual([]);
  });
});

describe('hostile credential JSON', { timeout: 30_000 }, () => {
  it('treats __proto__ and constructor keys in a JSON document as data', () => {
    const json = '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "@context": "https://w3id.org/openbadges/v2", "type": "Assertion", "issuedOn": "2026-03-14",' +
      ' "badge": {"__proto__": {"name": "Inherited"}, "name": "Own Name", "issuer": {"__proto__": {"name": "x"}}},}';
    const capture = onlyCapture(jsonDocument(json));
    expect(capture.title).toBe('Own Name');
    expect(capture.provider).not.toBe('x'); // the issuer's only name sits under __proto__: it has none
  });

  it('survives a 2,000-deep JSON document and skips one over the size bound unread', () => {
    expect(capturesOf(jsonDocument('{"a":'.repeat(2_000) + '1' + '}'.repeat(2_000)))).toEqual([]);
    const padding = 'x'.repeat(MAX_SCRIPT_CHARS);
    const huge = JSON.stringify({ ...credential({ achievement: achievement() }), padding });
    expect(jsonLdNodes(jsonDocument(huge))).toEqual([]);
  });

  it('detects nothing on a page with no cue, and a credential however it is held', () => {
    const plain = parseHtml('<!DOCTYPE html><html><head><title>Weather</title><script type="application/json">{"temp": 21}</script></head><body><p>Sunny.</p></body></html>');
    expect(genericAdapter.detect(plain, PAGE_URL)).toBe(false);
    const quiet = JSON.stringify({ '@context': OB3, type: ['VerifiableCredential', 'AchievementCredential'], id: 'x' }); // no cue word in its text
    expect(genericAdapter.detect(pageWithScript('application/json', quiet, '<p>Sunny.</p>', 'head'), PAGE_URL)).toBe(true);
    expect(genericAdapter.detect(jsonDocument('{"a": 1}'), PAGE_URL)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The real credentials, read where they are kept.

const REAL_DIR = process.env.REAL_CERTIFICATES_DIR ?? fileURLToPath(new URL('../../../shared/real-certificates/', import.meta.url));
const FIELDS = ['title', 'provider', 'startDate', 'endDate', 'certificateCode', 'credits', 'creditUnit', 'hours'] as const;
type Field = (typeof FIELDS)[number];
interface Expectation {
  url: string;
  expect: Partial<Record<Field, string | number>> & { none?: boolean };
  alt?: Partial<Record<Field, Array<string | number>>>;
}

function readReal(name: string): { captures: Capture[]; truth: Expectation } {
  const truth = JSON.parse(readFileSync(join(REAL_DIR, `${name}.expect.json`), 'utf8')) as Expectation;
  const doc = parseHtml(readFileSync(join(REAL_DIR, `${name}.html`), 'utf8'));
  return { captures: extractCaptures(doc, new URL(truth.url), { adapters, fallback: genericAdapter }), truth };
}

function knownUnit(unit: string | number | undefined): boolean {
  return (CREDIT_UNITS as readonly unknown[]).includes(unit);
}

describe.skipIf(!existsSync(REAL_DIR))('real credentials (../shared/real-certificates)', () => {
  it.each(['ob2-spec-assertion-embedded', 'ob3-spec-basic', 'ob3-spec-endorsement', 'ob2-dante-issuer', 'edubadges-theed-microcredential'])(
    '%s reads as its expect.json says',
    (name) => {
      const { captures, truth } = readReal(name);
      if (truth.expect.none) {
        expect(captures).toEqual([]);
        return;
      }
      expect(captures).toHaveLength(1);
      const capture = captures[0]!;
      for (const field of FIELDS) {
        const want = truth.expect[field];
        const unknownUnit = (field === 'credits' || field === 'creditUnit') && truth.expect.creditUnit !== undefined && !knownUnit(truth.expect.creditUnit);
        if (want === undefined || unknownUnit) {
          // Nothing the credential does not show: no code from its address, no credits in a unit the product lacks.
          if (field !== 'provider') expect(capture[field], field).toBeUndefined();
        } else {
          expect([want, ...(truth.alt?.[field] ?? [])], field).toContain(capture[field]);
        }
      }
    },
  );

  it('dante-badge-page: captures nothing, or the title it shows (never the person it was issued to)', () => {
    const { captures, truth } = readReal('dante-badge-page');
    // The page has no date, no issuer and no structured data; only its wording (labels.ts) could make it a capture.
    for (const capture of captures) expect([truth.expect.title, ...(truth.alt?.title ?? [])]).toContain(capture.title);
  });
});

describe('what a badge says in its own words', () => {
  it('reads the hours and credits its description, criteria or evidence give', () => {
    const badge = { type: 'BadgeClass', name: 'Tabletop Facilitator', description: 'Completed the one-day workshop (8 hours, in person). Approved for 8 ISC2 CPE credits (Group A).', issuer: { name: 'Coastal Cyber Collective' } };
    expect(onlyCapture(jsonDocument(JSON.stringify(assertion({ badge }))))).toMatchObject({ hours: 8, credits: 8, creditUnit: 'CPE' });
    const hyphen = { ...badge, description: 'Awarded to learners who complete the 16-hour Incident Handling course.' };
    expect(onlyCapture(jsonDocument(JSON.stringify(assertion({ badge: hyphen }))))).toMatchObject({ hours: 16 });
  });

  it('names a badge given only as its address by the words of that address, never by an id', () => {
    const hosted = onlyCapture(jsonDocument(JSON.stringify(assertion({ badge: 'https://badges.example.org/public/badges/cloud-incident-response-lab-2026' }))));
    expect(hosted.title).toBe('Cloud Incident Response Lab');
    const byId = capturesOf(jsonDocument(JSON.stringify(assertion({ badge: 'https://api.badgr.io/public/badges/3FzLm8NqRk2uV0cHwJ5aTe' }))));
    expect(byId.map((c) => c.title)).not.toContain('3FzLm8NqRk2uV0cHwJ5aTe');
  });

  it('gives an OB 3.0 credit its unit when the achievement\'s words name the same number', () => {
    const ob3 = credential({ creditsEarned: 2.4, achievement: achievement({ description: 'Three-day course. 24 contact hours (2.4 CEUs).' }) });
    expect(onlyCapture(jsonDocument(JSON.stringify(ob3)))).toMatchObject({ credits: 2.4, creditUnit: 'CEU', hours: 24 });
    const other = credential({ creditsEarned: 1, achievement: achievement({ description: 'Worth up to 2.4 CEUs.' }) });
    expect(onlyCapture(jsonDocument(JSON.stringify(other))).creditUnit).toBeUndefined();
  });
});

describe('the activity dates a badge\'s words give', () => {
  it('takes a range that ended by the day of issue as the activity\'s start and end', () => {
    const badge = { type: 'BadgeClass', name: 'Applied Cryptography', description: 'Awarded on completion of the 10-week program, winter 2026 term, January 12 to March 20, 2026.', issuer: { name: 'Lakeshore Institute' } };
    expect(onlyCapture(jsonDocument(JSON.stringify(assertion({ badge, issuedOn: '2026-03-24T10:00:00Z' }))))).toMatchObject({ startDate: '2026-01-12', endDate: '2026-03-20' });
  });

  it('never takes a range after the day of issue (the next cohort)', () => {
    const badge = { type: 'BadgeClass', name: 'Applied Cryptography', description: 'Next cohort: April 6 to June 12, 2026.', issuer: { name: 'Lakeshore Institute' } };
    const capture = onlyCapture(jsonDocument(JSON.stringify(assertion({ badge, issuedOn: '2026-03-24T10:00:00Z' }))));
    expect(capture).toMatchObject({ endDate: '2026-03-24' });
    expect(capture).not.toHaveProperty('startDate');
  });
});
