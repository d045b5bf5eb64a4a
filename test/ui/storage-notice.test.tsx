// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { StorageNotice } from '../../src/ui/components/StorageNotice';
import { DEFAULT_SETTINGS } from '../../src/domain/schema';

const MB = 1024 * 1024;
const realStorage = Object.getOwnPropertyDescriptor(navigator, 'storage');

afterEach(() => {
  document.body.replaceChildren();
  if (realStorage) Object.defineProperty(navigator, 'storage', realStorage);
  else Reflect.deleteProperty(navigator, 'storage');
  vi.mocked(browser.runtime.sendMessage).mockReset();
});

/** The notice as the popup or dashboard shows it, with the browser's figures and the user's settings. */
async function shown(figures: { usage?: number; quota?: number } | undefined, settings: Partial<typeof DEFAULT_SETTINGS> = {}): Promise<HTMLElement | null> {
  Object.defineProperty(navigator, 'storage', { configurable: true, value: figures ? { estimate: async () => figures } : undefined });
  vi.mocked(browser.runtime.sendMessage).mockImplementation(async (m: unknown) =>
    (m as { type: string }).type === 'settings.get' ? { ok: true, data: { ...DEFAULT_SETTINGS, maxPdfMegabytes: 20, ...settings } } : { ok: false, error: { code: 'internal', message: 'unexpected' } },
  );
  const container = document.createElement('div');
  document.body.append(container);
  render(<StorageNotice />, container);
  await vi.waitFor(() => expect(browser.runtime.sendMessage).toHaveBeenCalled());
  await new Promise((resolve) => setTimeout(resolve, 10));
  return container.querySelector<HTMLElement>('[data-storage-notice]');
}

describe('StorageNotice', () => {
  it('says, with the figures, that pages\' PDFs are no longer kept once the largest would not fit', async () => {
    const notice = await shown({ usage: 75 * MB, quota: 100 * MB });
    expect(notice?.textContent).toBe(
      'Storage is nearly full (79 MB of 105 MB): certificate PDFs from learning pages are no longer kept on their own. Export a backup, then delete the records you no longer need; their PDFs are removed a day later.',
    );
  });

  it('says nothing while there is room, when the browser gives no figures, or when PDFs are not kept on their own anyway', async () => {
    expect(await shown({ usage: 60 * MB, quota: 100 * MB })).toBeNull();
    expect(await shown(undefined)).toBeNull();
    expect(await shown({ usage: 75 * MB, quota: 100 * MB }, { autoAttachPdf: false })).toBeNull();
  });
});

describe('formatSize', () => {
  it('writes megabytes whole and gigabytes to a tenth, in the locale’s own units', async () => {
    const { formatSize } = await import('../../src/text/format');
    expect(formatSize(840e6, 'en')).toBe('840 MB');
    expect(formatSize(9.24e9, 'en')).toBe('9.2 GB');
    expect(formatSize(9.24e9, 'fr')).toMatch(/^9,2\s?Go$/);
    expect(formatSize(10, 'en'), 'never "0 MB"').toBe('1 MB');
  });
});
