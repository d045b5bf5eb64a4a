// @vitest-environment happy-dom
/** The dashboard's Settings form as a user meets it: the optional name, labelled and explained, saved through the background. */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, Settings } from '../../src/domain/schema';
import { SettingsSection } from '../../src/ui/options/SettingsSection';
import { button, describedText, field, setValue, settle, submit } from '../helpers/dom';

const sendMessage = vi.mocked(browser.runtime.sendMessage);
const NAME_LABEL = 'Your name, as certificates print it (optional)';
let stored: Settings;

function saved(): Settings[] {
  return sendMessage.mock.calls.map(([m]) => m as { type: string; settings?: Settings }).flatMap((m) => (m.type === 'settings.save' && m.settings ? [m.settings] : []));
}

async function mount() {
  const container = document.createElement('div');
  document.body.append(container);
  render(<SettingsSection headingId="settings-heading" />, container);
  await settle();
  return container;
}

beforeEach(() => {
  stored = DEFAULT_SETTINGS;
  sendMessage.mockImplementation(async (message: unknown) => {
    const m = message as { type: string; settings?: unknown };
    if (m.type === 'settings.get') return { ok: true, data: stored };
    // As the background does: the settings checked again with zod, then kept.
    if (m.type === 'settings.save') {
      stored = Settings.parse(m.settings);
      return { ok: true, data: stored };
    }
    return { ok: false, error: { code: 'bad-message', message: 'unexpected' } };
  });
});
afterEach(() => {
  render(null, document.body);
  document.body.replaceChildren();
  sendMessage.mockReset();
});

describe('Settings: your name', () => {
  it('offers an optional, labelled name field whose hint is read with it', async () => {
    const el = await mount();
    const input = field(el, NAME_LABEL);
    expect(input.value).toBe('');
    expect(input.required).toBe(false);
    expect(input.maxLength).toBe(100);
    expect(input.getAttribute('autocomplete')).toBe('name');
    expect(describedText(el, input)).toBe('So your name is never taken for a course or an issuer. It stays on this device.');
    expect(input.closest('fieldset')?.querySelector('legend')?.textContent).toBe('About you');
  });

  it('saves the name with the other settings, and shows the stored one next time', async () => {
    const el = await mount();
    setValue(field(el, NAME_LABEL), '  Priya Raman ');
    await settle();
    await submit(el.querySelector('form')!);
    expect(saved()).toEqual([{ ...DEFAULT_SETTINGS, yourName: 'Priya Raman' }]);
    expect(el.textContent).toContain('Settings saved.');

    render(null, document.body);
    document.body.replaceChildren();
    const again = await mount();
    expect(field(again, NAME_LABEL).value).toBe('Priya Raman');
  });

  it('removes the name when the field is emptied', async () => {
    stored = { ...DEFAULT_SETTINGS, yourName: 'Priya Raman' };
    const el = await mount();
    setValue(field(el, NAME_LABEL), '');
    await settle();
    await submit(el.querySelector('form')!);
    expect(saved()).toEqual([DEFAULT_SETTINGS]);
    expect(stored).not.toHaveProperty('yourName');
  });

  it('says what is wrong with a name too long to be one, and saves nothing', async () => {
    const el = await mount();
    const input = field(el, NAME_LABEL);
    // maxlength stops typing, not every way text gets in.
    setValue(input, 'x'.repeat(101));
    await settle();
    button(el, 'Save settings').click();
    await settle();
    expect(saved()).toEqual([]);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(el, input)).toBe('Enter a name of at most 100 characters.');
  });
});
