/**
 * Shared fast-check arbitraries and adversarial corpora for the hostile-input suite: the text, JSON and values a
 * hostile page, file or sender can hand us. Sizes are chosen so that a quadratic or backtracking reader blows
 * the per-test timeout, while a linear one finishes in milliseconds.
 */
import fc from 'fast-check';
import { expect } from 'vitest';

/** Property runs per test: enough to find shape bugs, few enough that the suite stays a few seconds. */
export const RUNS = 150;

/** Generous for this machine; a linear pass over the big inputs below takes a small fraction of it. */
export const BIG_INPUT_TIMEOUT_MS = 8_000;

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** Names that, read naively as a path, reach Object.prototype. */
export const prototypeKey = fc.constantFrom(...PROTO_KEYS, 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__');

/** Text from every corner of Unicode, with the separators, digits and month words date readers key on. */
export const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc
    .array(
      fc.constantFrom(
        '1', '12', '31', '2026', '0000', '9999', '/', '.', '-', ' ', ',', '–', '~', '年', '月', '日', 'March', 'Mär',
        'févr.', 'de', 'to', 'bis', 'st', 'th', '\u200B', '\u202E', '\t', '\n', 'Certificate ID:', 'Completed on',
        '__proto__', '<', '>', '&amp;', '\uFEFF', '\uD800',
      ),
      { maxLength: 30 },
    )
    .map((parts) => parts.join('')),
);

/** Values of every type, including null-prototype objects, sparse arrays, -0, NaN and boxed values. */
export const anyValue = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
  maxDepth: 4,
});

/**
 * JSON text that, parsed, carries prototype keys as own properties (JSON.parse keeps "__proto__" as data; a
 * naive merge or path assignment later turns it into a write to Object.prototype).
 */
export function pollutingJson(depth = 3): string {
  let inner = '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"}}';
  for (let i = 0; i < depth; i++) inner = `{"__proto__":${inner},"constructor":${inner},"a":${inner}}`;
  return inner;
}

/** A JSON value (as parsed from text, so "__proto__" stays an own key) with prototype keys mixed into its objects. */
export const jsonWithPrototypeKeys: fc.Arbitrary<unknown> = fc
  .tuple(fc.jsonValue({ maxDepth: 4 }), fc.array(fc.tuple(prototypeKey, fc.jsonValue({ maxDepth: 2 })), { maxLength: 4 }))
  .map(([value, extras]) => {
    const extraText = extras.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',');
    return JSON.parse(extras.length > 0 ? `{${extraText},"value":${JSON.stringify(value)}}` : JSON.stringify(value)) as unknown;
  });

/** Inputs large enough that an exponential or quadratic pass does not finish within BIG_INPUT_TIMEOUT_MS. */
export const HUGE = 150_000;
export const PATHOLOGICAL_TEXTS: ReadonlyArray<readonly [string, string]> = [
  ['"1/1/1/…"', '1/'.repeat(HUGE / 2)],
  ['"1.1.1.…"', '1.'.repeat(HUGE / 2)],
  ['"1-1-1-…"', '1-'.repeat(HUGE / 2)],
  ['"12 12 12 …"', '12 '.repeat(HUGE / 3)],
  ['"2026-2026-…"', '2026-'.repeat(HUGE / 5)],
  ['a long run of digits', '1'.repeat(HUGE)],
  ['a long whitespace run then a date', `${' \t\n'.repeat(HUGE / 3)}March 14, 2026`],
  ['month words without numbers', 'March '.repeat(HUGE / 6)],
  ['letters then a non-date', `${'a'.repeat(HUGE)}!`],
  ['"14 de " repeated', '14 de '.repeat(HUGE / 6)],
  ['"12 – " repeated', '12 – '.repeat(HUGE / 5)],
  ['"1st of " repeated', '1st of '.repeat(HUGE / 7)],
  ['"Certificate ID: " repeated', 'Certificate ID: '.repeat(HUGE / 16)],
  ['"2026年3月" repeated', '2026年3月'.repeat(HUGE / 7)],
];

export interface PrototypeSnapshot {
  object: string[];
  array: string[];
  func: string[];
}

export function prototypeSnapshot(): PrototypeSnapshot {
  return {
    object: Object.getOwnPropertyNames(Object.prototype).sort(),
    array: Object.getOwnPropertyNames(Array.prototype).sort(),
    func: Object.getOwnPropertyNames(Function.prototype).sort(),
  };
}

/** Fails when anything was added to Object.prototype, Array.prototype or Function.prototype since `before`. */
export function expectPrototypesUntouched(before: PrototypeSnapshot): void {
  expect(prototypeSnapshot()).toEqual(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
}
