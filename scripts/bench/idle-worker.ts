/**
 * How often the service worker starts while the browser sits idle (budget, architecture.md: never, except the
 * reminder alarm at its own interval). A Chromium with the built extension and nothing to do: the worker starts at
 * install, stops after its 30 idle seconds, and starts once more for the reminder alarm's first check a minute after
 * install. The window opens after that, once the worker has stopped again, and every start in it is counted.
 *
 * Starts are seen in the DevTools HTTP endpoint's target list, polled twice a second: it lists a running service
 * worker without attaching to it (an attached worker would never stop). A worker lives at least its 30 idle seconds,
 * so no start is missed. The install start must be seen, or the probe is blind and the figure is refused.
 *
 * It runs beside the other figures (it only waits, and another browser's load does not make a worker start).
 */
import { launchWithExtension } from './extension-browser';
import { InvalidMeasurement, type Figure } from './figures';

const POLL_MS = 500;
/** The reminder alarm's first check comes a minute after install; the window opens once it is over. */
const SETTLE_AFTER_INSTALL_MS = 75_000;
const SETTLE_TIMEOUT_MS = 180_000;

/** Minutes of idleness watched (BENCH_IDLE_MINUTES; architecture.md's figure is 5). */
export const IDLE_MINUTES = Number(process.env.BENCH_IDLE_MINUTES ?? 5);

export async function measureIdleWorker(): Promise<Figure> {
  if (!(IDLE_MINUTES > 0)) throw new InvalidMeasurement(`BENCH_IDLE_MINUTES must be a positive number, not ${process.env.BENCH_IDLE_MINUTES}`);
  const browser = await launchWithExtension([]);
  const launchedAt = Date.now();
  try {
    const workerUrl = browser.extensionUrl('');
    const running = async () => (await browser.targets()).some((t) => t.type === 'service_worker' && t.url.startsWith(workerUrl));
    const sleep = () => new Promise((resolve) => setTimeout(resolve, POLL_MS));

    const startsBefore: number[] = [];
    let was = false;
    const watch = async (until: () => boolean, starts: number[]) => {
      while (!until()) {
        const now = await running();
        if (now && !was) starts.push(Math.round((Date.now() - launchedAt) / 1000));
        was = now;
        await sleep();
      }
    };
    await watch(() => (Date.now() - launchedAt >= SETTLE_AFTER_INSTALL_MS && !was) || Date.now() - launchedAt > SETTLE_TIMEOUT_MS, startsBefore);
    if (startsBefore.length === 0) throw new InvalidMeasurement('the idle probe never saw the service worker, not even at install: it cannot count starts');
    if (was) throw new InvalidMeasurement(`the service worker was still running ${SETTLE_TIMEOUT_MS / 1000} s after install: it never went idle`);

    const windowOpened = Date.now();
    const startsInWindow: number[] = [];
    await watch(() => Date.now() - windowOpened >= IDLE_MINUTES * 60_000, startsInWindow);
    return {
      id: 'worker.idle-starts',
      label: `service worker starts in ${IDLE_MINUTES} idle minutes`,
      value: startsInWindow.length,
      unit: 'starts',
      budget: 0,
      pass: startsInWindow.length === 0,
      detail: {
        windowMinutes: IDLE_MINUTES,
        // Seconds after launch: install, then the reminder alarm's first check; proof the probe sees starts.
        startsBeforeWindowAtSeconds: startsBefore,
        windowOpenedAtSeconds: Math.round((windowOpened - launchedAt) / 1000),
        startsInWindowAtSeconds: startsInWindow,
      },
    };
  } finally {
    await browser.close();
  }
}
