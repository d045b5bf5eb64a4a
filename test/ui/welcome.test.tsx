// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import type { Certification } from '../../src/domain/schema';
import { Welcome } from '../../src/ui/welcome/Welcome';

const sendMessage = vi.mocked(browser.runtime.sendMessage);
let held: Certification[];

function flush() {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

async function mount() {
  const container = document.createElement('div');
  document.body.append(container);
  render(<Welcome />, container);
  await flush();
  return container;
}

function setValue(el: HTMLInputElement | HTMLSelectElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

beforeEach(() => {
  held = [];
  sendMessage.mockImplementation(async (message: unknown) => {
    const m = message as { type: string; certification?: Certification };
    if (m.type === 'certifications.list') return { ok: true, data: held };
    if (m.type === 'certification.save') {
      held.push(m.certification!);
      return { ok: true, data: m.certification };
    }
    return { ok: false, error: { code: 'bad-message', message: 'unexpected' } };
  });
});
afterEach(() => {
  document.body.replaceChildren();
  sendMessage.mockReset();
});

describe('Welcome', () => {
  it('labels every control', async () => {
    const el = await mount();
    for (const control of el.querySelectorAll('input, select')) {
      expect(el.querySelector(`label[for="${control.id}"]`)?.textContent, control.id).toBeTruthy();
    }
  });

  it('says what is missing instead of saving a certification without an expiry', async () => {
    const el = await mount();
    el.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true, bubbles: true }));
    await flush();
    const input = el.querySelector<HTMLInputElement>('#cert-expires')!;
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(el.querySelector(`#${input.getAttribute('aria-describedby')}`)?.textContent).toContain('expiry date');
    expect(sendMessage).not.toHaveBeenCalledWith(expect.objectContaining({ type: 'certification.save' }));
  });

  it('saves the chosen certification with its level and lists it', async () => {
    const el = await mount();
    setValue(el.querySelector<HTMLSelectElement>('#cert-choice')!, 'ccnp-security');
    setValue(el.querySelector<HTMLInputElement>('#cert-expires')!, '2027-03-14');
    await flush();
    el.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true, bubbles: true }));
    await flush();
    await flush();
    expect(held).toEqual([expect.objectContaining({ name: 'CCNP Security', level: 'professional', expiresOn: '2027-03-14', program: 'cisco' })]);
    expect(el.querySelector('.held')?.textContent).toContain('CCNP Security');
    expect(el.querySelector('[role=status]')?.textContent).toBe('CCNP Security added.');
  });
});

describe('Welcome: finishing', () => {
  it('Finish opens the dashboard', async () => {
    const el = await mount();
    const finish = [...el.querySelectorAll('button')].find((b) => b.textContent === 'Finish')!;
    finish.click();
    expect(browser.runtime.openOptionsPage).toHaveBeenCalled();
  });
});
