/**
 * Holds every adapter in the registry to the architecture's contract: its file is named by its id, and it has
 * saved pages in test/fixtures/pages/<id>/ (at least two completions and one look-alike negative, see the README
 * there) that it handles as their names say, with captures the background's zod schema accepts.
 */
import { existsSync } from 'node:fs';
import { CE_PORTAL_MATCHES } from '../../src/background/ce-portal-actions';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { adapters } from '../../src/capture/adapters/index';
import { matchesAny } from '../../src/capture/match-pattern';
import { Capture } from '../../src/domain/schema';
import { fixtureDir, isNegativeFixture, listFixtures, loadPage } from '../helpers/fixtures';
import { manifestContentScripts } from '../../vite.config';

const ADAPTERS_DIR = fileURLToPath(new URL('../../src/capture/adapters/', import.meta.url));

it('the registry lists adapters with unique ids', () => {
  expect(adapters.length).toBeGreaterThan(0);
  const ids = adapters.map((a) => a.id);
  expect(new Set(ids).size).toBe(ids.length);
});

describe.each(adapters.map((adapter) => [adapter.id, adapter] as const))('adapter %s', (id, adapter) => {
  const fixtures = listFixtures(id);
  const positives = fixtures.filter((name) => !isNegativeFixture(name));
  const negatives = fixtures.filter(isNegativeFixture);

  it('is declared in a file named by its id, with a label and match patterns', () => {
    expect(id).toMatch(/^[a-z0-9-]+$/);
    expect(existsSync(`${ADAPTERS_DIR}${id}.ts`)).toBe(true);
    expect(adapter.label.trim()).not.toBe('');
    expect(adapter.matches.length).toBeGreaterThan(0);
  });

  it('has at least two completion fixtures and one negative', () => {
    expect(existsSync(fixtureDir(id)), `missing folder ${fixtureDir(id)}`).toBe(true);
    expect(positives.length, 'completion fixtures').toBeGreaterThanOrEqual(2);
    expect(negatives.length, 'negative fixtures (not-*.html, in-progress*.html)').toBeGreaterThanOrEqual(1);
  });

  it.each(fixtures)('fixture %s was served from a URL the adapter matches', (name) => {
    const { url } = loadPage(id, name);
    expect(matchesAny(adapter.matches, url), url.href).toBe(true);
  });

  it.each(positives)('completion fixture %s is detected and gives valid captures', (name) => {
    const { doc, url } = loadPage(id, name);
    expect(adapter.detect(doc, url)).toBe(true);
    const captures = adapter.extract(doc, url);
    expect(captures.length).toBeGreaterThan(0);
    for (const capture of captures) {
      expect(Capture.parse(capture)).toEqual(capture);
      expect(capture.adapterId).toBe(id);
      for (const field of capture.found) expect(capture[field], `found lists ${field}`).toBeDefined();
    }
  });

  it.each(negatives)('negative fixture %s gives no capture', (name) => {
    const { doc, url } = loadPage(id, name);
    const captures = adapter.detect(doc, url) ? adapter.extract(doc, url) : [];
    expect(captures).toEqual([]);
  });
});

describe('the content scripts the extension declares', () => {
  // Capture scripts are derived from the registry by the build (vite.config.ts); manifest.json declares the rest.
  const declared = manifestContentScripts(adapters);
  const isCaptureScript = (cs: { js: string[] }) => cs.js.some((js) => js.startsWith('content/capture/'));

  it('give each adapter its own capture script, exactly where the adapter serves', () => {
    const captureScripts = declared.filter(isCaptureScript);
    expect(captureScripts.map((cs) => [cs.js, [...cs.matches].sort()])).toEqual(adapters.map((a) => [[`content/capture/${a.id}.js`], [...a.matches].sort()]));
  });

  it('run the portal script exactly on the portal the background accepts its messages from, and no other script', () => {
    expect(declared.filter((cs) => !isCaptureScript(cs))).toEqual([{ matches: [...CE_PORTAL_MATCHES], js: ['content/ce-portal.js'], run_at: 'document_idle' }]);
  });
});
