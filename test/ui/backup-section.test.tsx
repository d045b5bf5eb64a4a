// @vitest-environment happy-dom
/**
 * The dashboard's Backup section against the real background router and a real (fake-indexeddb) database: the
 * backup travels through the transfers store, never whole in a runtime message (Chrome refuses one over 64 MiB).
 */
import 'fake-indexeddb/auto';
import { Blob as NodeBlob, File as NodeFile } from 'node:buffer';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { BackupSection } from '../../src/ui/options/BackupSection';
import { handleMessage } from '../../src/background/router';
import type { RouterContext } from '../../src/background/router-context';
import { DB_NAME, openDatabase, type Database } from '../../src/store/db';
import { exportBackup } from '../../src/store/backup-io';
import { MAX_BACKUP_BYTES } from '../../src/domain/vocabulary';
import { makeRecord } from '../helpers/factories';
import { settle } from '../helpers/dom';
import { systemClock } from '../../src/store/clock';

// fake-indexeddb clones what it stores as Node does: Node's Blob and File survive that, happy-dom's do not.
Object.assign(globalThis, { Blob: NodeBlob, File: NodeFile });

const saved: Blob[] = [];
vi.mock('../../src/ui/options/save-file', () => ({ saveBlob: (blob: Blob) => void saved.push(blob) }));
const sendMessage = vi.mocked(browser.runtime.sendMessage);
const EXTENSION_ID = 'test-extension';
/** What each message and each reply carried, as JSON: no backup text may be among them. */
let carried: string[] = [];
let database: Promise<Database> | undefined;

async function mount() {
  const container = document.createElement('div');
  document.body.append(container);
  render(<BackupSection headingId="backup-heading" />, container);
  await settle();
  return container;
}

function choose(container: HTMLElement, file: File): void {
  const input = container.querySelector<HTMLInputElement>('#backup-import-input')!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 300 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
}

beforeEach(async () => {
  saved.length = 0;
  carried = [];
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = request.onerror = () => resolve();
  });
  database = undefined;
  const ctx: RouterContext = {
    db: () => (database ??= openDatabase()),
    clock: systemClock,
    extensionId: EXTENSION_ID,
    extensionOrigin: `chrome-extension://${EXTENSION_ID}/`,
  };
  sendMessage.mockReset();
  sendMessage.mockImplementation(async (message: unknown) => {
    carried.push(JSON.stringify(message));
    const reply = await handleMessage(message, { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/src/ui/options/index.html` }, ctx);
    carried.push(JSON.stringify(reply));
    return reply;
  });
});
afterEach(async () => {
  render(null, document.body);
  document.body.replaceChildren();
  (await database)?.close();
});

describe('the Backup section', () => {
  it('exports through the transfers store: the file comes from the database, no message carries it', async () => {
    const db = await openDatabase();
    await db.put('records', makeRecord({ id: 'r1', title: 'ENAUTO' }));
    db.close();
    const el = await mount();
    [...el.querySelectorAll('button')].find((b) => b.textContent === 'Export backup (JSON)')!.click();
    await until(() => saved.length > 0);
    const backup = JSON.parse(await saved[0]!.text()) as { records: Array<{ title: string }> };
    expect(backup.records.map((r) => r.title)).toEqual(['ENAUTO']);
    expect(carried.join('\n')).not.toContain('ENAUTO');
    const after = await openDatabase();
    expect(await after.count('transfers'), 'the transfer was taken').toBe(0);
    after.close();
  });

  it('imports through the transfers store and reports what it added', async () => {
    const source = await openDatabase({ name: 'backup-source' });
    await source.put('records', makeRecord({ id: 'r1', title: 'ENAUTO' }));
    const text = await exportBackup(source, { includeFiles: true }, new Date());
    source.close();
    const el = await mount();
    choose(el, new File([text], 'backup.json', { type: 'application/json' }));
    await until(() => (el.textContent ?? '').includes('imported'));
    expect(el.textContent).toContain('Records: 1 added, 0 updated, 0 unchanged');
    const db = await openDatabase();
    expect((await db.getAll('records')).map((r) => r.title)).toEqual(['ENAUTO']);
    expect(await db.count('transfers')).toBe(0);
    db.close();
    expect(carried.join('\n')).not.toContain('ENAUTO');
  });

  it('refuses a file too large to be a backup without reading it', async () => {
    const el = await mount();
    const huge = new File(['{}'], 'huge.json');
    Object.defineProperty(huge, 'size', { value: MAX_BACKUP_BYTES + 1 });
    const text = vi.spyOn(huge, 'text');
    choose(el, huge);
    await until(() => (el.textContent ?? '').includes('too large'));
    expect(el.textContent).toContain('This file is too large to be a backup (200 MB at most).');
    expect(text).not.toHaveBeenCalled();
  });
});
