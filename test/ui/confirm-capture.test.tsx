// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import type { ManualDraft } from '../../src/capture/page-scan';
import { ConfirmForm, type LoadedDraft } from '../../src/ui/confirm/ConfirmCapture';
import * as readers from '../../src/ui/confirm/page-readers';
import type { TeachableSite } from '../../src/ui/confirm/teach-site';
import { makeCapture } from '../helpers/factories';

afterEach(() => {
  document.body.replaceChildren();
  vi.mocked(browser.runtime.sendMessage).mockReset();
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function draftOf(overrides: Partial<ManualDraft> = {}): ManualDraft {
  return { id: 'd1', captures: [], url: 'https://learn.example.org/c/42', title: 'My course page', selection: '', selectionAsCode: false, ...overrides };
}

function show(draft: ManualDraft, onSaved = vi.fn(), site?: TeachableSite, html = '<html><body></body></html>') {
  const container = document.createElement('div');
  document.body.append(container);
  const loaded: LoadedDraft = { draft, page: { html, url: draft.url, title: draft.title, selection: '' }, readers, ...(site ? { site } : {}) };
  render(<ConfirmForm loaded={loaded} onSaved={onSaved} />, container);
  const input = (id: string) => container.querySelector<HTMLInputElement | HTMLSelectElement>(`#capture-${id}`)!;
  return { container, input, onSaved };
}

describe('manual capture confirmation form', () => {
  it('starts from the most certain capture', () => {
    const best = makeCapture({ adapterId: 'generic', title: 'ENAUTO', certificateCode: 'C-1', confidence: 0.9 });
    const { input, container } = show(draftOf({ captures: [makeCapture({ title: 'Weaker', confidence: 0.4 }), best] }));
    expect(input('title').value).toBe('ENAUTO');
    expect(input('provider').value).toBe('Cisco U.');
    expect(input('endDate').value).toBe('2026-03-14');
    expect(input('certificateCode').value).toBe('C-1');
    expect(input('credits').value).toBe('24');
    expect(input('creditUnit').value).toBe('CE');
    expect(input('program').value).toBe('cisco');
    expect(input('sourceUrl').value).toBe('https://u.cisco.com/paths/enauto/1047');
    expect(container.textContent).not.toContain('Nothing certificate-like was found');
  });

  it('says when nothing was found and starts from the page’s title and address', () => {
    const { input, container } = show(draftOf());
    expect(container.textContent).toContain('Nothing certificate-like was found; fill in what the certificate says');
    expect(input('title').value).toBe('My course page');
    expect(input('provider').value).toBe('learn.example.org');
    expect(input('sourceUrl').value).toBe('https://learn.example.org/c/42');
    expect(input('certificateCode').value).toBe('');
  });

  it('puts the selection into the certificate code for "Use selection as certificate code"', () => {
    const { input } = show(draftOf({ selection: 'XY-123', selectionAsCode: true, captures: [makeCapture({ certificateCode: 'OTHER' })] }));
    expect(input('certificateCode').value).toBe('XY-123');
  });

  it('sends what the user corrected, and reports the saved record', async () => {
    const { input, container, onSaved } = show(draftOf());
    const result = { outcome: 'added', record: { title: 'Kubernetes security' }, undoToken: 'u1' };
    vi.mocked(browser.runtime.sendMessage).mockResolvedValueOnce({ ok: true, data: result });
    const title = input('title') as HTMLInputElement;
    title.value = 'Kubernetes security';
    title.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    container.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await settle();
    expect(browser.runtime.sendMessage).toHaveBeenCalledWith({
      type: 'capture.confirm',
      fields: { title: 'Kubernetes security', provider: 'learn.example.org', sourceUrl: 'https://learn.example.org/c/42' },
    });
    expect(onSaved).toHaveBeenCalledWith(result, undefined);
  });

  it('shows the background’s problems at their fields', async () => {
    const { input, container, onSaved } = show(draftOf());
    vi.mocked(browser.runtime.sendMessage).mockResolvedValueOnce({
      ok: false,
      error: { code: 'invalid', message: 'bad', fields: [{ field: 'credits', message: 'Expected a number' }, { field: 'endDate', message: 'bad date' }] },
    });
    container.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await settle();
    await settle();
    expect(input('credits').getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#capture-credits-error')?.textContent).toBe('Enter a number such as 1.5.');
    expect(container.querySelector('#capture-endDate-error')?.textContent).toBe('Enter a complete date.');
    expect(input('title').getAttribute('aria-invalid')).toBeNull();
    expect(onSaved).not.toHaveBeenCalled();
  });
});

describe('teaching the site from the confirmation form', () => {
  const PAGE = `<html lang="en"><body><main><h1>Secure Coding Fundamentals</h1><p><span>Completed</span></p>
    <dl><dt>Completed on</dt><dd>03/12/2026</dd><dt>Certificate ID</dt><dd>NW-2026-004417</dd></dl></main></body></html>`;
  const URL_ = 'https://learning.northwind-corp.com/learner/activity/48213/completion';
  const site: TeachableSite = { origin: 'https://learning.northwind-corp.com', host: 'learning.northwind-corp.com', allowedBefore: false };
  const saved = { outcome: 'added', record: { id: 'r1', title: 'Secure Coding Fundamentals', provider: 'Northwind Academy', endDate: '2026-03-12', certificateCode: 'NW-2026-004417' }, undoToken: 'u1' };
  const draft = () => draftOf({ url: URL_, captures: [makeCapture({ adapterId: 'generic', title: 'Secure Coding Fundamentals', sourceUrl: URL_, endDate: '2026-03-12', certificateCode: 'NW-2026-004417' })] });

  it('offers it only where it can: a site no adapter reads', () => {
    expect(show(draft(), vi.fn(), site).container.textContent).toContain('Capture pages like this automatically on learning.northwind-corp.com');
    document.body.replaceChildren();
    expect(show(draftOf()).container.querySelector('#capture-teach')).toBeNull();
  });

  it('asks the browser for that one site on the Save click itself, then keeps the recipe learned from what was saved', async () => {
    const send = vi.mocked(browser.runtime.sendMessage);
    const order: string[] = [];
    vi.mocked(browser.permissions.request).mockImplementationOnce(async () => (order.push('permission'), true));
    send.mockImplementation(async (message: unknown) => {
      const m = message as { type: string };
      order.push(m.type);
      if (m.type === 'capture.confirm') return { ok: true, data: saved };
      if (m.type === 'recipe.save') return { ok: true, data: { recipe: (m as unknown as { recipe: unknown }).recipe, registered: true } };
      return { ok: false, error: { code: 'bad-message', message: 'unexpected' } };
    });
    const { container, onSaved } = show(draft(), vi.fn(), site, PAGE);
    const box = container.querySelector<HTMLInputElement>('#capture-teach')!;
    expect(box.checked).toBe(false);
    box.click();
    await settle();
    container.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    // Asked in the submit's own handler, before anything was awaited (Firefox grants only then).
    expect(browser.permissions.request).toHaveBeenCalledWith({ origins: ['https://learning.northwind-corp.com/*'] });
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(order).toEqual(['permission', 'capture.confirm', 'recipe.save']);
    const recipe = (send.mock.calls.find(([m]) => (m as { type: string }).type === 'recipe.save')![0] as { recipe: Record<string, unknown> }).recipe;
    expect(recipe).toMatchObject({ origin: site.origin, urlShapes: ['/learner/activity/*/completion'], title: { level: 1 }, fields: { endDate: { label: 'Completed on' }, certificateCode: { label: 'Certificate ID' } } });
    expect(onSaved).toHaveBeenCalledWith(saved, expect.stringContaining('From now on, completion pages on learning.northwind-corp.com are captured automatically'));
  });

  it('keeps the course but teaches nothing when the browser says no', async () => {
    const send = vi.mocked(browser.runtime.sendMessage);
    vi.mocked(browser.permissions.request).mockResolvedValueOnce(false);
    send.mockResolvedValueOnce({ ok: true, data: saved });
    const { container, onSaved } = show(draft(), vi.fn(), site, PAGE);
    container.querySelector<HTMLInputElement>('#capture-teach')!.click();
    await settle();
    container.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(send.mock.calls.map(([m]) => (m as { type: string }).type)).toEqual(['capture.confirm']);
    expect(onSaved).toHaveBeenCalledWith(saved, expect.stringContaining('did not allow reading learning.northwind-corp.com'));
  });

  it('offers to improve a site taught before, never ticked for the user (the page may be of another kind)', () => {
    const taught = { ...site, allowedBefore: true, recipe: { origin: site.origin } as TeachableSite['recipe'] };
    const box = show(draft(), vi.fn(), taught).container.querySelector<HTMLInputElement>('#capture-teach')!;
    expect(box.checked).toBe(false);
    expect(box.labels?.[0]?.textContent).toBe('Improve how pages on learning.northwind-corp.com are captured, from what you confirm here');
  });

  it('gives the permission back when the course is refused, or nothing on the page could be learned', async () => {
    const send = vi.mocked(browser.runtime.sendMessage);
    vi.mocked(browser.permissions.remove).mockClear();
    send.mockResolvedValueOnce({ ok: false, error: { code: 'invalid', message: 'bad', fields: [{ field: 'endDate', message: 'bad date' }] } });
    const { container, onSaved } = show(draft(), vi.fn(), site, PAGE);
    container.querySelector<HTMLInputElement>('#capture-teach')!.click();
    await settle();
    container.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(browser.permissions.remove).toHaveBeenCalledWith({ origins: ['https://learning.northwind-corp.com/*'] }));
    expect(onSaved).not.toHaveBeenCalled();

    // A page with nothing of what was saved on it: nothing to learn, so nothing kept.
    vi.mocked(browser.permissions.remove).mockClear();
    send.mockResolvedValueOnce({ ok: true, data: saved });
    document.body.replaceChildren();
    const empty = show(draft(), vi.fn(), site, '<html><body><p>Welcome</p></body></html>');
    empty.container.querySelector<HTMLInputElement>('#capture-teach')!.click();
    await settle();
    empty.container.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(empty.onSaved).toHaveBeenCalledWith(saved, expect.stringContaining('could be tied to what you confirmed')));
    expect(browser.permissions.remove).toHaveBeenCalledTimes(1);
  });
});

describe('record editor (the toast\'s Edit)', () => {
  it('shows the stored record, sends the corrected fields and says it saved', async () => {
    const { RecordEditor } = await import('../../src/ui/confirm/ConfirmCapture');
    const { makeRecord } = await import('../helpers/factories');
    const record = makeRecord({ id: 'r1', title: 'ENAUTO', credits: 24, endDate: '2026-03-14', sourceUrl: 'https://u.cisco.com/paths/enauto/1047' });
    const send = vi.mocked(browser.runtime.sendMessage);
    send.mockImplementation(async (message: unknown) => {
      const m = message as { type: string };
      if (m.type === 'record.get') return { ok: true, data: record };
      if (m.type === 'record.edit') return { ok: true, data: { ...record, title: 'ENAUTO v1.1' } };
      return { ok: false, error: { code: 'bad-message', message: 'unexpected' } };
    });
    const container = document.createElement('div');
    document.body.append(container);
    render(<RecordEditor recordId="r1" />, container);
    await settle();
    await settle();
    const title = container.querySelector<HTMLInputElement>('#capture-title')!;
    expect(title.value).toBe('ENAUTO');
    expect(container.querySelector('#capture-sourceUrl'), 'where it was captured is not editable').toBeNull();
    title.value = 'ENAUTO v1.1';
    title.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    container.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true, bubbles: true }));
    await settle();
    await settle();
    expect(send).toHaveBeenCalledWith(expect.objectContaining({ type: 'record.edit', id: 'r1', fields: expect.objectContaining({ title: 'ENAUTO v1.1', credits: '24' }) }));
    expect(container.querySelector('[role=status]')?.textContent).toContain('Changes saved');
  });

  it('says so when the record is gone', async () => {
    const { RecordEditor } = await import('../../src/ui/confirm/ConfirmCapture');
    vi.mocked(browser.runtime.sendMessage).mockResolvedValue({ ok: false, error: { code: 'not-found', message: 'Record not found' } });
    const container = document.createElement('div');
    document.body.append(container);
    render(<RecordEditor recordId="gone" />, container);
    await settle();
    await settle();
    expect(container.querySelector('[role=alert]')?.textContent).toContain('no longer stored');
  });
});

describe('manual capture page (the draft the background kept)', () => {
  const PAGE = `<html><head><title>Certificate</title></head><body><main>
    <h1>Priya Raman</h1><h2>Cloud Security Basics</h2>
    <p>Completed on: 14 March 2026</p><p>Certificate ID: KS-12345-XY</p></main></body></html>`;

  async function showDraft(settingsReply: unknown) {
    const { ConfirmCapture } = await import('../../src/ui/confirm/ConfirmCapture');
    vi.mocked(browser.runtime.sendMessage).mockImplementation(async (message: unknown) => {
      const m = message as { type: string };
      if (m.type === 'capture.draft') return { ok: true, data: { id: 'd1', selectionAsCode: false, page: { html: PAGE, url: 'https://learn.example.org/c/42', title: 'Certificate', selection: '' } } };
      if (m.type === 'settings.get') return settingsReply;
      return { ok: false, error: { code: 'bad-message', message: 'unexpected' } };
    });
    const container = document.createElement('div');
    document.body.append(container);
    render(<ConfirmCapture draftId="d1" />, container);
    await vi.waitFor(() => expect(container.querySelector('#capture-title')).not.toBeNull());
    return container.querySelector<HTMLInputElement>('#capture-title')!.value;
  }

  it('reads the page here, keeping the user’s own name out of the title', async () => {
    expect(await showDraft({ ok: true, data: { yourName: 'Priya Raman' } })).toBe('Cloud Security Basics');
  });

  it('still reads the page when the settings cannot be had', async () => {
    // Without the user's name this page's largest line (the learner) is all a reader has; what matters here is that
    // the form is filled from the page rather than left empty.
    expect(await showDraft({ ok: false, error: { code: 'internal', message: 'database closed' } })).not.toBe('');
  });
});
