import { afterEach, describe, expect, it } from 'vitest';
import { MessageError, sendMessageRetrying } from '../src/send-message';
import { fakeBrowser } from './setup';

afterEach(() => fakeBrowser.runtime.sendMessage.mockReset());

describe('sendMessageRetrying: a capture survives the background worker being stopped mid-request', () => {
  it('asks again when the worker went away, and gets the answer of the new one', async () => {
    fakeBrowser.runtime.sendMessage
      .mockRejectedValueOnce(new Error('The message port closed before a response was received.'))
      .mockResolvedValueOnce(undefined)
      .mockResolvedValueOnce({ ok: true, data: { outcome: 'added' } });
    await expect(sendMessageRetrying({ type: 'records.list' }, { delayMs: 1 })).resolves.toEqual({ outcome: 'added' });
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledTimes(3);
  });

  it("asks again when the worker stopped before its listener's promised answer came", async () => {
    fakeBrowser.runtime.sendMessage
      .mockRejectedValueOnce(new Error('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received'))
      .mockResolvedValueOnce({ ok: true, data: { outcome: 'added' } });
    await expect(sendMessageRetrying({ type: 'records.list' }, { delayMs: 1 })).resolves.toEqual({ outcome: 'added' });
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledTimes(2);
  });

  it('does not ask again when the background answered with an error, and gives up after its attempts', async () => {
    fakeBrowser.runtime.sendMessage.mockResolvedValueOnce({ ok: false, error: { code: 'invalid', message: 'bad' } });
    await expect(sendMessageRetrying({ type: 'records.list' }, { delayMs: 1 })).rejects.toMatchObject({ code: 'invalid' });
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledTimes(1);
    fakeBrowser.runtime.sendMessage.mockReset();
    fakeBrowser.runtime.sendMessage.mockResolvedValue(undefined);
    await expect(sendMessageRetrying({ type: 'records.list' }, { attempts: 2, delayMs: 1 })).rejects.toBeInstanceOf(MessageError);
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledTimes(2);
  });
});
