// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hideToast, showToast } from '../../src/content/toast';
import { keepClosedRoots } from '../helpers/closed-roots';

const rootOf = keepClosedRoots();

const chrome = { dismissLabel: 'Dismiss', regionLabel: 'Recert Companion' };
const box = (host: HTMLElement) => rootOf(host).querySelector<HTMLElement>('[role=status]')!;

/** A click as the browser reports the user's own: a page script's click() or dispatchEvent() is never trusted. */
function userClick(element: HTMLElement): void {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  element.dispatchEvent(event);
}

function userKey(key: string): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
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
    expect(rootOf(host).querySelector('b')).toBeNull();
    expect(box(host).getAttribute('aria-live')).toBe('polite');
  });

  it('runs each action once per click and can be dismissed by button or Escape', async () => {
    const run = vi.fn();
    const edit = vi.fn();
    const host = showToast({ ...chrome, heading: 'Saved', actions: [{ label: 'Undo', run }, { label: 'Edit', run: edit }] });
    const [undo, editButton, close] = [...rootOf(host).querySelectorAll('button')];
    expect(undo!.textContent).toBe('Undo');
    expect(editButton!.textContent).toBe('Edit');
    userClick(undo!);
    expect(run).toHaveBeenCalledTimes(1);
    userClick(editButton!);
    expect(edit).toHaveBeenCalledTimes(1);
    expect(close!.getAttribute('aria-label')).toBe('Dismiss');
    box(host).dispatchEvent(userKey('Escape'));
    expect(document.body.contains(host)).toBe(false);
  });

  it('ignores clicks and key presses a page script makes: every control answers only the user', () => {
    const run = vi.fn();
    const host = showToast({ ...chrome, heading: 'Saved', actions: [{ label: 'Undo', run }] });
    const [undo, close] = [...rootOf(host).querySelectorAll('button')];
    undo!.click();
    undo!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    close!.click();
    box(host).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(run).not.toHaveBeenCalled();
    expect(document.body.contains(host), 'a synthetic dismiss leaves the toast').toBe(true);
    userClick(undo!);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("keeps its root closed: the page's scripts cannot read or rewrite it", () => {
    const host = showToast({ ...chrome, heading: 'Saved to your CE record', detail: 'ENAUTO' });
    expect(host.shadowRoot).toBeNull();
    expect(host.textContent).toBe('');
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
