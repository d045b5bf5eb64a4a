/** zod runs jitless (domain/schema.ts): no code generated with Function, which extension pages forbid anyway. */
import { afterEach, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { CourseRecord } from '../../src/domain/schema';
import { makeRecord } from '../helpers/factories';

afterEach(() => {
  vi.unstubAllGlobals();
});

it('parses objects without ever calling Function', () => {
  expect(z.config().jitless).toBe(true);
  const calls: unknown[] = [];
  const RealFunction = Function;
  vi.stubGlobal('Function', new Proxy(RealFunction, {
    apply: (_target, _this, args) => void calls.push(args),
    construct: (_target, args) => {
      calls.push(args);
      return () => undefined;
    },
  }));
  const record = makeRecord({ id: 'r1', title: 'ENCOR' });
  expect(CourseRecord.parse(record)).toEqual(record);
  expect(z.object({ a: z.string(), b: z.number() }).parse({ a: 'x', b: 1 })).toEqual({ a: 'x', b: 1 });
  expect(calls).toEqual([]);
});
