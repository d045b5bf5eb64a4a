// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { TaughtSitesSection } from '../../src/ui/options/TaughtSitesSection';
import { RecipeMissNotice } from '../../src/ui/components/RecipeMissNotice';
import { makeRecipe } from '../helpers/factories';

afterEach(() => {
  document.body.replaceChildren();
  vi.mocked(browser.runtime.sendMessage).mockReset();
});

const MOODLE = makeRecipe({ origin: 'https://learn.initech-corp.com', pagesCaptured: 0, miss: { at: '2026-05-02T10:00:00.000Z', url: 'https://learn.initech-corp.com/course/view.php?id=9', told: false } });
const CSOD = makeRecipe({ pagesCaptured: 3, lastUsedAt: '2026-04-20T08:00:00.000Z' });

function reply(handlers: Record<string, (message: Record<string, unknown>) => unknown>) {
  vi.mocked(browser.runtime.sendMessage).mockImplementation(async (message: unknown) => {
    const m = message as Record<string, unknown>;
    const handler = handlers[m.type as string];
    return handler ? { ok: true, data: handler(m) } : { ok: false, error: { code: 'bad-message', message: `unexpected ${String(m.type)}` } };
  });
}

async function show(node: preact.ComponentChild) {
  const container = document.createElement('div');
  document.body.append(container);
  render(node, container);
  await vi.waitFor(() => expect(container.querySelector('[aria-busy]')).toBeNull());
  return container;
}

describe('Taught sites in the dashboard', () => {
  it('lists each site with the fields taught, pages captured and when last used, and says which the browser does not allow', async () => {
    reply({ 'recipes.list': () => [{ recipe: MOODLE, allowed: false }, { recipe: CSOD, allowed: true }] });
    const container = await show(<TaughtSitesSection headingId="sites-heading" />);
    const cards = [...container.querySelectorAll('li.taught-site')];
    expect(cards.map((card) => card.querySelector('h3')?.textContent)).toEqual(['acme.csod.com', 'learn.initech-corp.com']);
    expect(cards[0]!.textContent).toContain('Fields taught: Title, Completed on, Certificate code, Credits');
    expect(cards[0]!.textContent).toContain('Pages captured: 3');
    expect(cards[0]!.textContent).toMatch(/Last used (?:20 Apr 2026|Apr 20, 2026)/);
    expect(cards[0]!.textContent).not.toContain('Not allowed');
    expect(cards[1]!.textContent).toContain('Not used yet');
    expect(cards[1]!.textContent).toContain('Not allowed in this browser');
    expect(cards[1]!.textContent).toMatch(/no longer matched what you taught/);
    expect(cards[1]!.querySelector('button[aria-label="Allow Recert Companion to read learn.initech-corp.com"]')).not.toBeNull();
  });

  it('removes a site on the user’s word and says the permission was given back', async () => {
    const sites = [{ recipe: CSOD, allowed: true }];
    reply({ 'recipes.list': () => [...sites], 'recipe.remove': (m) => (sites.splice(0), { origin: m.origin, permissionReturned: true }) });
    const container = await show(<TaughtSitesSection headingId="sites-heading" />);
    container.querySelector<HTMLButtonElement>('button[aria-label^="Remove acme.csod.com"]')!.click();
    await vi.waitFor(() => expect(container.querySelector('[role=status]')?.textContent).toContain('acme.csod.com removed'));
    expect(browser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'recipe.remove', origin: 'https://acme.csod.com' });
    await vi.waitFor(() => expect(container.textContent).toContain('No site taught yet'));
  });

  it('asks the browser for a site on Allow, then has its script registered', async () => {
    reply({ 'recipes.list': () => [{ recipe: MOODLE, allowed: false }], 'recipe.allowed': () => ({ registered: true }) });
    const container = await show(<TaughtSitesSection headingId="sites-heading" />);
    container.querySelector<HTMLButtonElement>('button[aria-label^="Allow"]')!.click();
    expect(browser.permissions.request).toHaveBeenCalledWith({ origins: ['https://learn.initech-corp.com/*'] });
    await vi.waitFor(() => expect(browser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'recipe.allowed', origin: 'https://learn.initech-corp.com' }));
  });
});

describe('the popup’s notice of a recipe that stopped matching', () => {
  it('says so for each site not yet told, and once read, is not shown again', async () => {
    reply({ 'recipes.list': () => [{ recipe: MOODLE, allowed: true }, { recipe: CSOD, allowed: true }], 'recipe.missSeen': (m) => ({ origin: m.origin }) });
    const container = document.createElement('div');
    document.body.append(container);
    render(<RecipeMissNotice />, container);
    await vi.waitFor(() => expect(container.querySelectorAll('[data-recipe-miss]')).toHaveLength(1));
    expect(container.textContent).toContain('Pages on learn.initech-corp.com no longer match what you taught');
    container.querySelector('button')!.click();
    await vi.waitFor(() => expect(container.querySelectorAll('[data-recipe-miss]')).toHaveLength(0));
    expect(browser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'recipe.missSeen', origin: 'https://learn.initech-corp.com' });
  });
});
