// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hideToast, showToast } from '../../src/content/toast';

const chrome = { dismissLabel: 'Dismiss', regionLabel: 'Recert Companion' };
const box = (host: HTMLElement) => host.shadowRoot!.querySelector<HTMLElement>('[role=status]')!;

/** A click as the browser reports the user's own: a page script's click() or dispatchEvent() is never trusted. */
function userClick(element: HTMLElement): void {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  element.dispatchEvent(event);
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  hideToast();
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('toast', () => {
  it('shows page text as text inside its own shadow root', () => {
    const host = showToast({ ...chrome, heading: 'Saved to your CE record', detail: '<b>ENAUTO</b> · 24 CE credits' });
    expect(document.body.contains(host)).toBe(true);
    expect(box(host).textContent).toContain('<b>ENAUTO</b> · 24 CE credits');
    expect(host.shadowRoot!.querySelector('b')).toBeNull();
    expect(box(host).getAttribute('aria-live')).toBe('polite');
  });

  it('runs each action once per click and can be dismissed by button or Escape', async () => {
    const run = vi.fn();
    const edit = vi.fn();
    const host = showToast({ ...chrome, heading: 'Saved', actions: [{ label: 'Undo', run }, { label: 'Edit', run: edit }] });
    const [undo, editButton, close] = [...host.shadowRoot!.querySelectorAll('button')];
    expect(undo!.textContent).toBe('Undo');
    expect(editButton!.textContent).toBe('Edit');
    userClick(undo!);
    expect(run).toHaveBeenCalledTimes(1);
    userClick(editButton!);
    expect(edit).toHaveBeenCalledTimes(1);
    expect(close!.getAttribute('aria-label')).toBe('Dismiss');
    box(host).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(document.body.contains(host)).toBe(false);
  });

  it('ignores clicks a page script makes: its actions answer only the user', () => {
    const run = vi.fn();
    const host = showToast({ ...chrome, heading: 'Saved', actions: [{ label: 'Undo', run }] });
    const undo = host.shadowRoot!.querySelector('button')!;
    undo.click();
    undo.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(run).not.toHaveBeenCalled();
    userClick(undo);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('leaves after 8 seconds, but not while the pointer is on it', () => {
    const host = showToast({ ...chrome, heading: 'Saved' });
    box(host).dispatchEvent(new Event('mouseenter'));
    vi.advanceTimersByTime(20_000);
    expect(document.body.contains(host)).toBe(true);
    box(host).dispatchEvent(new Event('mouseleave'));
    vi.advanceTimersByTime(7_999);
    expect(document.body.contains(host)).toBe(true);
    vi.advanceTimersByTime(1);
    expect(document.body.contains(host)).toBe(false);
  });

  it('keeps one toast on the page at a time', () => {
    showToast({ ...chrome, heading: 'First' });
    showToast({ ...chrome, heading: 'Second' });
    const hosts = document.querySelectorAll('recert-companion-toast');
    expect(hosts).toHaveLength(1);
    expect(box(hosts[0] as HTMLElement).textContent).toContain('Second');
  });
});
