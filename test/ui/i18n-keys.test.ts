import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RELEASE_NOTES } from '../../src/ui/welcome/release-notes';
import { ACTIVITY_KIND_KEY, CATEGORY_KEY, EXAM_KIND_KEY, EXAM_PHRASE_KEY, LEVEL_KEY, PROGRAM_KEY, STATE_KEY, STATUS_KEY, TAUGHT_FIELD_KEY, UNIT_KEY } from '../../src/text/labels';

const root = new URL('../../', import.meta.url).pathname;
const messages = JSON.parse(readFileSync(join(root, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, unknown>;
const manifest = readFileSync(join(root, 'manifest.json'), 'utf8');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('strings', () => {
  const code = sources(join(root, 'src')).map((f) => readFileSync(f, 'utf8')).join('\n');
  const used = new Set([
    ...[...code.matchAll(/\b(?:t|getMessage)\(\s*'([A-Za-z0-9_]+)'/g)].map((m) => m[1]!),
    ...[...code.matchAll(/\b(?:heading|[a-z]+Key)\s*[:=]\s*["']([A-Za-z0-9_]+)["']/g)].map((m) => m[1]!),
    // A key chosen in a JSX expression: labelKey={lifetime ? 'fieldEarnedOnRequired' : 'fieldEarnedOn'}.
    ...[...code.matchAll(/\b[a-z]+Key=\{([^}]*)\}/g)].flatMap((m) => [...m[1]!.matchAll(/'([A-Za-z0-9_]+)'/g)].map((k) => k[1]!)),
    ...[...code.matchAll(/'(toast[A-Z][A-Za-z]+|error[A-Z][A-Za-z]+)'/g)].map((m) => m[1]!),
    ...[...manifest.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)].map((m) => m[1]!),
    ...Object.values(RELEASE_NOTES).flat(),
    ...[STATUS_KEY, STATE_KEY, LEVEL_KEY, UNIT_KEY, PROGRAM_KEY, EXAM_KIND_KEY, EXAM_PHRASE_KEY, ACTIVITY_KIND_KEY, CATEGORY_KEY, TAUGHT_FIELD_KEY].flatMap((map) => Object.values(map)),
  ]);

  it('finds the keys it checks (the scan itself works)', () => {
    expect(used.size).toBeGreaterThan(40);
  });

  it('has an English message for every key the code and manifest use', () => {
    expect([...used].filter((key) => !(key in messages))).toEqual([]);
  });

  it('uses every English message (no stale strings to translate)', () => {
    expect(Object.keys(messages).filter((key) => !used.has(key))).toEqual([]);
  });
});
