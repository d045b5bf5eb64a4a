// @vitest-environment happy-dom
/**
 * The "Finish capture" offer on a portal page its adapter could not read: its words come from the worker, so the
 * page's main thread never loads the browser's message catalogue; the page's own lookup is only the fallback for a
 * worker that does not answer.
 */
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { offerToFinish } from '../../src/content/finish-offer';
import { hideToast } from '../../src/content/toast';
import { keepClosedRoots } from '../helpers/closed-roots';
import { fakeBrowser } from '../setup';

const rootOf = keepClosedRoots();
const COMPLETED = '<main><div><h1>Implementing Cisco SD-WAN</h1><span>Completed</span></div></main>';
const WORDS = { heading: 'This page shows a completion', finish: 'Finish capture', dismiss: 'Dismiss', region: 'Recert Companion' };

let pageLookups: MockInstance<typeof fakeBrowser.i18n.getMessage> | undefined;

/** The worker answering the page's messages with `answer`, and the page's own message lookups counted. */
function fakeExtension(answer: (message: unknown) => Promise<unknown>) {
  const sendMessage = fakeBrowser.runtime.sendMessage.mockImplementation(answer);
  pageLookups = vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => `page:${key}`);
  return { sendMessage, getMessage: pageLookups };
}

const toastText = () => {
  const host = document.querySelector('recert-companion-toast') as HTMLElement | null;
  return host ? rootOf(host).textContent : undefined;
};
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const setBody = (html: string) => document.body.replaceChildren(...new DOMParser().parseFromString(`<!DOCTYPE html><body>${html}</body>`, 'text/html').body.childNodes);

beforeEach(() => {
  setBody(COMPLETED);
});
afterEach(() => {
  hideToast();
  document.body.replaceChildren();
  fakeBrowser.runtime.sendMessage.mockReset();
  pageLookups?.mockRestore();
});

describe('offerToFinish', () => {
  it('shows the worker’s words and never looks a message up on the page', async () => {
    const api = fakeExtension(async () => ({ ok: true, data: WORDS }));
    expect(offerToFinish(new AbortController().signal)).toBe(true);
    await settle();
    expect(api.sendMessage).toHaveBeenCalledWith({ type: 'capture.offerWords' });
    expect(toastText()).toContain('Finish capture');
    expect(toastText()).toContain('Implementing Cisco SD-WAN');
    expect(api.getMessage).not.toHaveBeenCalled();
  });

  it('falls back to the page’s own lookup when the worker does not answer', async () => {
    fakeExtension(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    offerToFinish(new AbortController().signal);
    await settle();
    expect(toastText()).toContain('page:finishCapture');
  });

  it('offers nothing when the worker refuses this page, and looks nothing up on it', async () => {
    const api = fakeExtension(async () => ({ ok: false, error: { code: 'forbidden', message: 'Only a portal page the extension reads may send capture.offerWords' } }));
    offerToFinish(new AbortController().signal);
    await settle();
    expect(toastText()).toBeUndefined();
    expect(api.getMessage).not.toHaveBeenCalled();
  });

  it('keeps quiet when the page was captured while the words were on their way', async () => {
    fakeExtension(async () => ({ ok: true, data: WORDS }));
    let captured = false;
    offerToFinish(new AbortController().signal, () => !captured);
    captured = true;
    await settle();
    expect(toastText()).toBeUndefined();
  });

  it('offers nothing on a page that shows no completion, and asks the worker nothing', () => {
    const api = fakeExtension(async () => ({ ok: true, data: WORDS }));
    setBody('<main><h1>Implementing Cisco SD-WAN</h1><p>Start course</p></main>');
    expect(offerToFinish(new AbortController().signal)).toBe(false);
    expect(api.sendMessage).not.toHaveBeenCalled();
  });
});
