/**
 * Worker side of runBounded (bounded.ts): imports one module, calls one export on each input, posts back
 * the results (plain data, so they clone). Runs in its own thread so that a reader stuck in catastrophic backtracking can be
 * terminated; vitest's timeout cannot interrupt synchronous code on its own thread.
 */
import { parentPort, workerData } from 'node:worker_threads';

interface BoundedJob {
  moduleUrl: string;
  exportName: string;
  calls: unknown[][];
}

const job = workerData as BoundedJob;
const mod = (await import(job.moduleUrl)) as Record<string, unknown>;
const fn = mod[job.exportName];
if (typeof fn !== 'function') throw new Error(`${job.moduleUrl} has no function ${job.exportName}`);
const results = job.calls.map((args) => (fn as (...a: unknown[]) => unknown)(...args));
parentPort?.postMessage(results);
