/**
 * "Finishes within a bound of input size", enforced without measuring time in the test: pure functions are run
 * on pathological input in a worker thread that is terminated when it overruns a generous deadline. A linear
 * reader finishes far inside it; an exponential one (which would hang vitest's own thread for ever, since a
 * timer cannot interrupt a running regular expression) is stopped and the test fails.
 */
import { Worker } from 'node:worker_threads';

/** The export's result for each call, in order; rejects when the worker overruns `deadlineMs` or fails. */
export async function runBounded(moduleUrl: URL, exportName: string, calls: unknown[][], deadlineMs: number): Promise<unknown[]> {
  // tsx's loader is registered inside the worker first, so the worker can import the TypeScript sources.
  const entry = new URL('./bounded-call.ts', import.meta.url).href;
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;
  const worker = new Worker(bootstrap, { eval: true, workerData: { moduleUrl: moduleUrl.href, exportName, calls } });
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await new Promise<unknown[]>((resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`${exportName} did not finish ${calls.length} calls within ${deadlineMs} ms: not linear in its input`)), deadlineMs);
      worker.once('message', (results: unknown[]) => resolve(results));
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`${exportName}'s worker exited with ${code} before answering`)));
    });
  } finally {
    clearTimeout(timer);
    await worker.terminate();
  }
}
