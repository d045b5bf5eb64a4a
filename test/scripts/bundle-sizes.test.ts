/** What the build and the bench count as a bundle's size, on a tiny made-up dist. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { measureBundle } from '../../scripts/bundle-sizes.mjs';

let dist = '';
afterEach(() => rmSync(dist, { recursive: true, force: true }));

function write(files: Record<string, string>): void {
  dist = mkdtempSync(join(tmpdir(), 'recert-sizes-'));
  for (const [name, code] of Object.entries(files)) {
    mkdirSync(join(dist, name, '..'), { recursive: true });
    writeFileSync(join(dist, name), code);
  }
}

const gz = (code: string) => gzipSync(Buffer.from(code)).length;

describe('measureBundle', () => {
  it('counts the entry, what it imports up front, and only the largest chunk it loads on demand', () => {
    const files = {
      'entry.js': 'import { a } from "./shared.js"; const load = (x) => x ? import("./big.js") : import("./small.js"); load(a);',
      'shared.js': 'export const a = 1;',
      'big.js': `import "./big-dep.js"; export const big = ${JSON.stringify('x'.repeat(2000))};`,
      'big-dep.js': 'export const dep = 2;',
      'small.js': 'export const small = 3;',
    };
    write(files);
    const expected = gz(files['entry.js']) + gz(files['shared.js']) + gz(files['big.js']) + gz(files['big-dep.js']);
    expect(measureBundle(dist, ['entry.js']).gzip).toBe(expected);
  });
});
