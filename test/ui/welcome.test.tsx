// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, Settings, type Certification } from '../../src/domain/schema';
import { Welcome } from '../../src/ui/welcome/Welcome';
import { adapters } from '../../src/capture/adapters/index';
import { PROGRAMS } from '../../src/domain/vocabulary';
import { button, field, settle } from '../helpers/dom';

const sendMessage = vi.mocked(browser.runtime.sendMessage);
let held: Certification[];
let settings: Settings;
let settingsSaveFails: boolean;

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
  settings = { ...DEFAULT_SETTINGS, badgeEnabled: false, submissionWindowDays: 365 };
  settingsSaveFails = false;
  sendMessage.mockImplementation(async (message: unknown) => {
    const m = message as { type: string; certification?: Certification; settings?: unknown };
    if (m.type === 'certifications.list') return { ok: true, data: held };
    if (m.type === 'settings.get') return { ok: true, data: settings };
    if (m.type === 'settings.save') {
      if (settingsSaveFails) return { ok: false, error: { code: 'internal', message: 'The database is closed' } };
      settings = Settings.parse(m.settings);
      return { ok: true, data: settings };
    }
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

  it('does not take the keyboard away from the page when it opens', async () => {
    await mount();
    expect(document.activeElement).toBe(document.body);
  });

  it('says what is missing instead of saving a certification without an expiry', async () => {
    const el = await mount();
    el.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true, bubbles: true }));
    await flush();
    const input = field(el, 'Expires on');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(el.querySelector(`#${input.getAttribute('aria-describedby')}`)?.textContent).toContain('expiry date');
    expect(sendMessage).not.toHaveBeenCalledWith(expect.objectContaining({ type: 'certification.save' }));
  });

  it('saves the chosen certification with its level and lists it', async () => {
    const el = await mount();
    setValue(field<HTMLSelectElement>(el, 'Certification'), 'ccnp-security');
    setValue(field(el, 'Expires on'), '2027-03-14');
    await flush();
    el.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true, bubbles: true }));
    await settle();
    expect(held).toEqual([expect.objectContaining({ name: 'CCNP Security', level: 'professional', expiresOn: '2027-03-14', program: 'cisco' })]);
    expect(el.querySelector('.held')?.textContent).toContain('CCNP Security');
    expect(el.querySelector('[role=status]')?.textContent).toBe('CCNP Security added.');
  });

  it("offers every program's certifications, as the dashboard does", async () => {
    const el = await mount();
    const program = field<HTMLSelectElement>(el, 'Program');
    expect([...program.options].map((o) => o.value)).toEqual([...PROGRAMS]);
    setValue(program, 'comptia');
    await flush();
    const choice = field<HTMLSelectElement>(el, 'Certification');
    expect([...choice.options].map((o) => o.textContent)).toContain('CompTIA Security+');
  });

  it('saves a certification of another program, then offers an empty form, with the keyboard in it', async () => {
    const el = await mount();
    setValue(field<HTMLSelectElement>(el, 'Program'), 'comptia');
    await flush();
    setValue(field<HTMLSelectElement>(el, 'Certification'), [...field<HTMLSelectElement>(el, 'Certification').options].find((o) => o.textContent === 'CompTIA Security+')!.value);
    setValue(field(el, 'Expires on'), '2028-01-31');
    await flush();
    el.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true, bubbles: true }));
    await settle();
    expect(held).toEqual([expect.objectContaining({ program: 'comptia', name: 'CompTIA Security+', expiresOn: '2028-01-31' })]);
    expect(el.querySelector('.held')?.textContent).toContain('CompTIA');
    expect(field<HTMLSelectElement>(el, 'Program').value).toBe('cisco');
    expect(field(el, 'Expires on').value).toBe('');
    expect(document.activeElement).toBe(field<HTMLSelectElement>(el, 'Program'));
  });
});

describe('Welcome: where you learn', () => {
  const permissions = vi.mocked(browser.permissions);
  const everyPattern = [...adapters.flatMap((a) => a.matches), 'https://ce.cisco.com/*'];
  const portalsStep = (el: HTMLElement) => el.querySelector('section[aria-labelledby="step-portals"]') as HTMLElement;
  afterEach(() => {
    permissions.getAll.mockReset().mockResolvedValue({ origins: [] });
    permissions.request.mockReset().mockResolvedValue(true);
  });

  it('names every learning site of the adapter registry with its address, the CE portal, and that nothing leaves the browser', async () => {
    permissions.getAll.mockResolvedValue({ origins: everyPattern });
    const el = await mount();
    const items = [...portalsStep(el).querySelectorAll('.sites li')].map((li) => li.textContent);
    expect(items).toEqual(adapters.map((a) => `${a.label} ${a.matches.map((m) => m.replace('https://', '').replace(/\/\*$/, '')).join(', ')}`));
    expect(items).toHaveLength(10);
    const text = portalsStep(el).textContent!;
    expect(text).toContain('ce.cisco.com');
    expect(text).toContain('“Capture this page”');
    expect(text).toContain('Nothing is sent to us or to anyone else');
  });

  it('says nothing about permissions when the browser lets it read every site (Chrome at install)', async () => {
    permissions.getAll.mockResolvedValue({ origins: everyPattern });
    const el = await mount();
    await settle();
    expect(el.querySelector('.access-notice')).toBeNull();
  });

  it('names the sites whose permission was withheld, and asks for them on a click', async () => {
    permissions.getAll.mockResolvedValue({ origins: everyPattern.filter((p) => p !== 'https://u.cisco.com/*' && p !== 'https://ce.cisco.com/*') });
    const el = await mount();
    await settle();
    const notice = el.querySelector<HTMLElement>('.access-notice')!;
    expect([...notice.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Cisco U. (u.cisco.com)', 'Cisco CE portal (ce.cisco.com)']);

    permissions.getAll.mockResolvedValue({ origins: everyPattern });
    button(el, 'Allow these sites').click();
    // Asked during the click itself, not after an await: Firefox would refuse it.
    expect(permissions.request).toHaveBeenCalledWith({ origins: ['https://u.cisco.com/*', 'https://ce.cisco.com/*'] });
    await settle();
    expect(el.querySelector('.access-notice')).toBeNull();
    expect(el.querySelector('.access-status')?.textContent).toBe('Allowed: Recert Companion can read every site listed above, and the CE portal.');
    // The button that had the keyboard is gone with the notice: the keyboard is on the line that says why.
    expect(document.activeElement).toBe(el.querySelector('.access-status'));
  });

  it('keeps the notice, and says so, when the user refuses', async () => {
    permissions.request.mockResolvedValue(false);
    const el = await mount();
    await settle();
    button(el, 'Allow these sites').click();
    await settle();
    expect(el.querySelector('.access-notice')).not.toBeNull();
    expect(el.querySelector('.access-status')?.textContent).toContain('Not allowed yet');
  });
});

describe("Welcome: what's new", () => {
  afterEach(() => {
    history.replaceState(null, '', location.pathname);
    sessionStorage.clear();
  });

  it('is not shown on the page opened at install', async () => {
    const el = await mount();
    expect(el.textContent).not.toContain("What's new");
  });

  it('is shown after an update, with the notes of this version, and not again on a reload', async () => {
    history.replaceState(null, '', '#updated-from=0.0.9');
    const el = await mount();
    const section = el.querySelector<HTMLElement>('section[aria-labelledby="whats-new-heading"]')!;
    expect(section.querySelector('h2')?.textContent).toBe(`What's new in ${browser.runtime.getManifest().version}`);
    expect(section.textContent).toContain(`updated from version 0.0.9 to ${browser.runtime.getManifest().version}`);
    expect(section.querySelectorAll('li').length).toBeGreaterThan(0);
    // A user who updated has set up already: the first-run steps are folded under the news, the dashboard one click away.
    const steps = el.querySelector<HTMLDetailsElement>('details.setup-again')!;
    expect(steps.open).toBe(false);
    expect(steps.querySelector('#step-certs')).not.toBeNull();
    button(section, 'Open dashboard').click();
    await settle();
    expect(browser.runtime.openOptionsPage).toHaveBeenCalled();
    render(null, el);
    const reloaded = await mount();
    expect(reloaded.querySelector('section[aria-labelledby="whats-new-heading"]')).toBeNull();
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

describe('Welcome: your name', () => {
  const NAME_LABEL = 'Your name, as certificates print it (optional)';
  const nameInput = (el: HTMLElement) => {
    const label = [...el.querySelectorAll('label')].find((l) => l.textContent === NAME_LABEL)!;
    return el.querySelector<HTMLInputElement>(`#${label.htmlFor}`)!;
  };
  const buttonNamed = (el: HTMLElement, name: string) => [...el.querySelectorAll('button')].find((b) => b.textContent === name)!;
  const nameStatus = (el: HTMLElement) => el.querySelector('.name-form [role=status]')?.textContent;
  const saves = () => sendMessage.mock.calls.filter(([m]) => (m as { type: string }).type === 'settings.save');

  it('asks for it as an optional field, with the reason read out with it', async () => {
    const el = await mount();
    const input = nameInput(el);
    expect(input.required).toBe(false);
    expect(input.value).toBe('');
    expect(el.querySelector(`#${input.getAttribute('aria-describedby')}`)?.textContent).toBe('So your name is never taken for a course or an issuer. It stays on this device.');
  });

  it('saves it into the settings, leaving every other setting as it was', async () => {
    const el = await mount();
    setValue(nameInput(el), ' Priya  Raman ');
    await flush();
    buttonNamed(el, 'Save name').click();
    await flush();
    await flush();
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, badgeEnabled: false, submissionWindowDays: 365, yourName: 'Priya Raman' });
    expect(nameInput(el).value).toBe('Priya Raman');
    expect(nameStatus(el)).toBe('Your name is saved.');
  });

  it('shows the name already saved, and removes it when the field is emptied', async () => {
    settings = { ...settings, yourName: 'Priya Raman' };
    const el = await mount();
    await settle();
    expect(nameInput(el).value).toBe('Priya Raman');
    setValue(nameInput(el), '');
    await flush();
    buttonNamed(el, 'Save name').click();
    await flush();
    await flush();
    expect(settings).not.toHaveProperty('yourName');
    expect(settings.submissionWindowDays).toBe(365);
    expect(nameStatus(el)).toBe('Your name was removed.');
  });

  it('saves a name typed but not saved when Finish is pressed, then opens the dashboard', async () => {
    const el = await mount();
    setValue(nameInput(el), 'Priya Raman');
    await flush();
    buttonNamed(el, 'Finish').click();
    await flush();
    await flush();
    expect(settings.yourName).toBe('Priya Raman');
    expect(browser.runtime.openOptionsPage).toHaveBeenCalled();
  });

  it('stays, and says why, when the name cannot be saved on Finish', async () => {
    vi.mocked(browser.runtime.openOptionsPage).mockClear();
    settingsSaveFails = true;
    const el = await mount();
    setValue(nameInput(el), 'Priya Raman');
    await flush();
    buttonNamed(el, 'Finish').click();
    await flush();
    await flush();
    expect(nameStatus(el)).toBe('Could not save: The database is closed');
    expect(browser.runtime.openOptionsPage).not.toHaveBeenCalled();
  });

  it('saves nothing on Finish when nothing was typed', async () => {
    const el = await mount();
    buttonNamed(el, 'Finish').click();
    await flush();
    expect(saves()).toEqual([]);
  });
});

