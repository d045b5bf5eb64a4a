/** Holds every fill target to the contract: named by its file, every field described, fixtures at its address. */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { matchesAny } from '../../src/capture/match-pattern';
import { FILL_FIELDS } from '../../src/fill/fill-types';
import { FILL_TARGETS, fillTargetById, fillTargetFor } from '../../src/fill/targets/index';
import { fixtureUrl } from '../helpers/fixtures';
import { portalFixtures, portalHtml } from './ce-portal-page';

const TARGETS_DIR = fileURLToPath(new URL('../../src/fill/targets/', import.meta.url));

it('the registry lists every target file once, by its id', () => {
  const files = readdirSync(TARGETS_DIR).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.replace(/\.ts$/, '')).sort();
  expect(FILL_TARGETS.map((t) => t.id).sort()).toEqual(files);
  for (const id of files) expect(fillTargetById(id)?.id).toBe(id);
  expect(fillTargetById('nope')).toBeUndefined();
});

describe.each(FILL_TARGETS.map((t) => [t.id, t] as const))('target %s', (_id, target) => {
  it('describes every field with at least one label pattern, and has a label and match patterns', () => {
    expect(target.label.trim()).not.toBe('');
    expect(target.matches.length).toBeGreaterThan(0);
    for (const field of FILL_FIELDS) expect(target.fields[field].labels.length, field).toBeGreaterThan(0);
    expect(target.fields.certificate.kind).toBe('file');
  });

  it('has Submit Items fixtures at an address it matches', () => {
    const fixtures = portalFixtures();
    expect(fixtures.length).toBeGreaterThanOrEqual(3);
    for (const name of fixtures) expect(matchesAny(target.matches, fixtureUrl(portalHtml(name))!), name).toBe(true);
  });
});

it('fillTargetFor answers undefined on a page that is no submission form', () => {
  const doc = { title: 'Google', querySelector: () => null } as unknown as Document;
  expect(fillTargetFor(doc, new URL('https://www.google.com/'))).toBeUndefined();
});
