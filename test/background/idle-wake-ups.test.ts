/**
 * How often the background wakes while the browser sits idle, counted over 30 minutes of simulated time: the
 * browser's alarms as Chromium keeps them (stored apart from the worker, fired when due, a periodic one moved on by
 * its period), a worker that stops after 30 idle seconds, and the real start-up code (startReminders) run on each
 * start. Only the reminder alarm may wake it, and at most once in that half hour. The e2e scenario checks the same
 * schedule in the real browsers ("keeps the reminder alarm on its twice-daily schedule").
 */
import { describe, expect, it, vi } from 'vitest';
import { REMINDER_ALARM, startReminders } from '../../src/background/reminders';
import { fakeBrowser } from '../setup';
import { freshDatabase } from '../helpers/db';

const MINUTE = 60_000;
const IDLE_STOP_MS = 30_000;

interface Alarm {
  name: string;
  scheduledTime: number;
  periodInMinutes?: number;
}

/** chrome.alarms as the browser keeps it: alarms outlive the worker, and creating one by a name replaces it. */
class BrowserAlarms {
  readonly alarms = new Map<string, Alarm>();
  listeners: Array<(alarm: Alarm) => void> = [];
  constructor(private readonly now: () => number) {}
  readonly api = {
    get: async (name: string) => this.alarms.get(name),
    getAll: async () => [...this.alarms.values()],
    create: async (name: string, info: { delayInMinutes?: number; periodInMinutes?: number; when?: number }) => {
      const scheduledTime = info.when ?? this.now() + (info.delayInMinutes ?? info.periodInMinutes ?? 0) * MINUTE;
      this.alarms.set(name, { name, scheduledTime, periodInMinutes: info.periodInMinutes });
    },
    onAlarm: { addListener: (listener: (alarm: Alarm) => void) => void this.listeners.push(listener) },
  };
  /** The alarms due at `time`, each moved on by its period (or removed), as the browser fires them. */
  due(time: number): Alarm[] {
    const fired: Alarm[] = [];
    for (const alarm of this.alarms.values()) {
      if (alarm.scheduledTime > time) continue;
      fired.push({ ...alarm });
      if (alarm.periodInMinutes) alarm.scheduledTime += alarm.periodInMinutes * MINUTE;
      else this.alarms.delete(alarm.name);
    }
    return fired;
  }
}

/**
 * Runs the browser for `minutes` with nobody using it; returns when the worker started, in ms since install. Each
 * start's code runs to its end before time moves on, as a worker's start-up does before it idles.
 */
async function idleStarts(minutes: number, onStart: (alarms: BrowserAlarms) => Promise<void>): Promise<number[]> {
  let now = 0;
  const alarms = new BrowserAlarms(() => now);
  const starts: number[] = [];
  let running = false;
  let lastEvent = 0;
  const start = async () => {
    starts.push(now);
    running = true;
    lastEvent = now;
    alarms.listeners = []; // a new worker: the old one's listeners went with it
    await onStart(alarms);
  };
  await start(); // the install
  for (now = 0; now <= minutes * MINUTE; now += 1_000) {
    if (running && now - lastEvent >= IDLE_STOP_MS) running = false;
    const fired = alarms.due(now);
    if (fired.length === 0) continue;
    if (!running) await start();
    lastEvent = now;
    for (const alarm of fired) for (const listener of alarms.listeners) listener(alarm);
  }
  return starts;
}

describe('wake-ups while the browser is idle', () => {
  const db = freshDatabase();
  const notifications = { create: vi.fn(async (id: string) => id), onClicked: { addListener: vi.fn() }, clear: vi.fn() };

  /** The worker's own start-up code, with the browser's alarms. */
  const realStart = (alarms: BrowserAlarms) => {
    Object.assign(fakeBrowser, { alarms: alarms.api, notifications });
    return startReminders(() => db);
  };

  it('wakes at most once in 30 idle minutes, for the first reminder check', async () => {
    const wakeUps = (await idleStarts(30, realStart)).slice(1);
    expect(wakeUps.length, `worker starts after the install, in ms: ${wakeUps.join(', ')}`).toBeLessThanOrEqual(1);
    expect(wakeUps).toEqual([MINUTE]);
  });

  it('then not again until the twice-daily check, 12 hours on', async () => {
    const wakeUps = (await idleStarts(13 * 60, realStart)).slice(1);
    expect(wakeUps).toEqual([MINUTE, MINUTE + 12 * 60 * MINUTE]);
  });

  // The defect issue 15 found, rebuilt on the same harness: the alarm made anew, a minute ahead, on each start,
  // at once or after some other start-up work.
  it.each([
    ['at once', async () => undefined],
    ['after other start-up work', () => new Promise<void>((resolve) => setTimeout(resolve, 5))],
  ])('counts what it is meant to: an alarm made again on every start (%s) would wake the worker every minute', async (_when, work) => {
    const remakeEachStart = async (alarms: BrowserAlarms) => {
      await realStart(alarms);
      await work();
      await alarms.api.create(REMINDER_ALARM, { delayInMinutes: 1, periodInMinutes: 12 * 60 });
    };
    const starts = await idleStarts(30, remakeEachStart);
    expect(starts.length - 1).toBeGreaterThanOrEqual(29);
  });
});
