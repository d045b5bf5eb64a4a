/**
 * Taught sites in the background (issue 17): a recipe saved from the confirmation form gets its site's script only
 * while the browser allows the site; a page of a site nobody taught gets nothing and may save nothing; removing a
 * recipe takes its script and gives the permission back; reconcile() follows permissions taken back in the browser.
 */
import { describe, expect, it, vi } from 'vitest';
import { handleMessage } from '../../src/background/router';
import type { RouterContext, SenderInfo } from '../../src/background/router-context';
import { reconcile, type SiteScripts } from '../../src/background/taught-sites';
import type { Database } from '../../src/store/db';
import { getRecipe } from '../../src/store/recipes';
import { freshDatabase } from '../helpers/db';
import { fakeClock, makeCapture, makeRecipe } from '../helpers/factories';

const EXTENSION_ID = 'abcdefghijklmnop';
const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}/`;
const extensionPage: SenderInfo = { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}src/ui/confirm/index.html` };
const SITE = 'https://acme.csod.com';
const PAGE = `${SITE}/phnx/driver.aspx?routename=Learning/LearningObjectDetails&loid=2f7a`;
const taughtTab: SenderInfo = { id: EXTENSION_ID, url: PAGE, tab: { id: 7 }, frameId: 0 };
const otherSiteTab: SenderInfo = { id: EXTENSION_ID, url: 'https://evil.example/phnx/driver.aspx', tab: { id: 8 }, frameId: 0 };

/** The browser's side, in memory: which sites are allowed, which scripts are registered, what was injected. */
class FakeSiteScripts implements SiteScripts {
  allowedOrigins = new Set<string>();
  scripts = new Set<string>();
  injected: Array<[number, number]> = [];
  revoked: string[] = [];
  refuseRevoke = false;
  async registered() {
    return [...this.scripts];
  }
  async register(origin: string) {
    if (this.scripts.has(origin)) throw new Error(`Duplicate script ID 'taught:${origin}'`);
    this.scripts.add(origin);
  }
  async unregister(origin: string) {
    this.scripts.delete(origin);
  }
  async allowed(origin: string) {
    return this.allowedOrigins.has(origin);
  }
  async revoke(origin: string) {
    if (this.refuseRevoke) throw new Error('You cannot remove required permissions.');
    this.revoked.push(origin);
    this.allowedOrigins.delete(origin);
  }
  async injectReader(tabId: number, frameId: number) {
    this.injected.push([tabId, frameId]);
  }
}

async function setup(): Promise<{ db: Database; ctx: RouterContext; scripts: FakeSiteScripts }> {
  const db = await freshDatabase();
  const scripts = new FakeSiteScripts();
  return { db, scripts, ctx: { db: async () => db, clock: fakeClock('2026-04-01T10:00:00.000Z'), extensionId: EXTENSION_ID, extensionOrigin: EXTENSION_ORIGIN, siteScripts: scripts, onChange: vi.fn() } };
}

const taughtCapture = () => makeCapture({ adapterId: 'taught', sourceUrl: PAGE, title: 'Anti-Bribery Essentials', certificateCode: 'AC-1' });

describe('teaching a site', () => {
  it('keeps the recipe and registers the site’s script once the browser allows the site', async () => {
    const { db, ctx, scripts } = await setup();
    const refused = await handleMessage({ type: 'recipe.save', recipe: makeRecipe() }, extensionPage, ctx);
    expect(refused).toMatchObject({ ok: true, data: { registered: false } });
    expect(scripts.scripts.size).toBe(0);
    expect(await getRecipe(db, SITE)).toMatchObject({ origin: SITE, updatedAt: expect.stringMatching(/^2026-04-01T10:00/) });

    scripts.allowedOrigins.add(SITE);
    expect(await handleMessage({ type: 'recipe.allowed', origin: SITE }, extensionPage, ctx)).toMatchObject({ ok: true, data: { registered: true } });
    expect(await handleMessage({ type: 'recipe.save', recipe: makeRecipe({ completionWords: ['Done'] }) }, extensionPage, ctx)).toMatchObject({ ok: true, data: { registered: true } });
    expect([...scripts.scripts]).toEqual([SITE]);
    expect(await handleMessage({ type: 'recipes.list' }, extensionPage, ctx)).toMatchObject({ ok: true, data: [{ recipe: { origin: SITE, completionWords: ['Done'] }, allowed: true }] });
  });

  it('refuses a recipe that is not one, and recipe messages from any web page', async () => {
    const { db, ctx } = await setup();
    const bad = await handleMessage({ type: 'recipe.save', recipe: { ...makeRecipe(), origin: 'javascript:alert(1)' } }, extensionPage, ctx);
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-message' } });
    for (const message of [{ type: 'recipe.save', recipe: makeRecipe() }, { type: 'recipes.list' }, { type: 'recipe.remove', origin: SITE }]) {
      expect(await handleMessage(message, taughtTab, ctx)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await getRecipe(db, SITE)).toBeUndefined();
  });
});

describe('a taught site’s pages', () => {
  it('get their own site’s recipe and the reader, and a page of another site gets neither', async () => {
    const { db, ctx, scripts } = await setup();
    await db.put('recipes', makeRecipe());
    expect(await handleMessage({ type: 'taught.recipe' }, taughtTab, ctx)).toMatchObject({ ok: true, data: { origin: SITE } });
    expect(await handleMessage({ type: 'taught.recipe' }, otherSiteTab, ctx)).toEqual({ ok: true, data: null });
    expect(await handleMessage({ type: 'taught.read' }, taughtTab, ctx)).toEqual({ ok: true, data: { reading: true } });
    expect(await handleMessage({ type: 'taught.read' }, otherSiteTab, ctx)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(scripts.injected).toEqual([[7, 0]]);
  });

  it('save captures only while their site is taught, and each capture counts as the recipe used', async () => {
    const { db, ctx } = await setup();
    expect(await handleMessage({ type: 'capture.save', capture: taughtCapture() }, taughtTab, ctx)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // Another site's page may not save a capture that claims to come from the taught site.
    await db.put('recipes', makeRecipe());
    expect(await handleMessage({ type: 'capture.save', capture: taughtCapture() }, otherSiteTab, ctx)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await db.count('records')).toBe(0);

    expect(await handleMessage({ type: 'capture.save', capture: taughtCapture() }, taughtTab, ctx)).toMatchObject({ ok: true, data: { outcome: 'added', record: { adapterId: 'taught' } } });
    expect(await getRecipe(db, SITE)).toMatchObject({ pagesCaptured: 1, lastUsedAt: expect.any(String) });
    // The same page again changes nothing, and is not counted twice.
    expect(await handleMessage({ type: 'capture.save', capture: taughtCapture() }, taughtTab, ctx)).toMatchObject({ ok: true, data: { outcome: 'unchanged' } });
    expect(await getRecipe(db, SITE)).toMatchObject({ pagesCaptured: 1 });
  });

  it('report a miss once, for a page of their own site only, until the popup has said so', async () => {
    const { db, ctx } = await setup();
    await db.put('recipes', makeRecipe());
    expect(await handleMessage({ type: 'taught.missed', url: 'https://elsewhere.example/x' }, taughtTab, ctx)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await handleMessage({ type: 'taught.missed', url: PAGE }, taughtTab, ctx)).toEqual({ ok: true, data: { noted: true } });
    expect(await handleMessage({ type: 'taught.missed', url: `${PAGE}&again=1` }, taughtTab, ctx)).toEqual({ ok: true, data: { noted: false } });
    expect((await getRecipe(db, SITE))?.miss).toEqual({ at: expect.stringMatching(/^2026-04-01T10:00/), url: PAGE, told: false });
    await handleMessage({ type: 'recipe.missSeen', origin: SITE }, extensionPage, ctx);
    expect((await getRecipe(db, SITE))?.miss?.told).toBe(true);
    // A capture with the recipe shows it matches again: the miss is forgotten.
    await handleMessage({ type: 'capture.save', capture: taughtCapture() }, taughtTab, ctx);
    expect((await getRecipe(db, SITE))?.miss).toBeUndefined();
  });
});

describe('the toast’s Edit on a taught site’s record', () => {
  const page = { html: '<h1>x</h1>', url: PAGE, title: 'x', selection: '' };

  it('opens the editor with the page kept, for a record of the sender’s own site only', async () => {
    const { db, ctx } = await setup();
    const editWithPage = vi.fn(async () => undefined);
    const withEditor = { ...ctx, editTaughtRecord: editWithPage };
    await db.put('recipes', makeRecipe());
    const saved = await handleMessage({ type: 'capture.save', capture: taughtCapture() }, taughtTab, withEditor);
    const recordId = (saved as { data: { record: { id: string } } }).data.record.id;
    expect(await handleMessage({ type: 'taught.edit', recordId, page }, taughtTab, withEditor)).toEqual({ ok: true, data: { opened: true } });
    expect(editWithPage).toHaveBeenCalledWith(recordId, page);
    // Another page handing over a page of a site that is not its own, or for a record of another site: refused.
    expect(await handleMessage({ type: 'taught.edit', recordId, page: { ...page, url: 'https://evil.example/x' } }, taughtTab, withEditor)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await handleMessage({ type: 'taught.edit', recordId, page }, otherSiteTab, withEditor)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await db.put('records', { ...(await db.get('records', recordId))!, id: 'other-site', sourceUrl: 'https://u.cisco.com/paths/1' });
    expect(await handleMessage({ type: 'taught.edit', recordId: 'other-site', page }, taughtTab, withEditor)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(editWithPage).toHaveBeenCalledTimes(1);
  });
});

describe('sites a recipe may not claim', () => {
  it('refuses a capture from another origin of the same host, and never teaches a site the extension reads by itself', async () => {
    const { db, ctx, scripts } = await setup();
    await db.put('recipes', makeRecipe());
    const otherPort: SenderInfo = { ...taughtTab, url: 'http://acme.csod.com:8080/phnx/driver.aspx' };
    expect(await handleMessage({ type: 'capture.save', capture: taughtCapture() }, otherPort, ctx)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    scripts.allowedOrigins.add('https://u.cisco.com');
    expect(await handleMessage({ type: 'recipe.save', recipe: makeRecipe({ origin: 'https://u.cisco.com' }) }, extensionPage, ctx)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await handleMessage({ type: 'recipe.save', recipe: makeRecipe({ origin: 'https://www.linkedin.com' }) }, extensionPage, ctx)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // One such recipe imported from a backup: no script, and its removal keeps the portal's permission.
    await db.put('recipes', makeRecipe({ origin: 'https://u.cisco.com' }));
    expect((await reconcile(db, scripts)).registered).not.toContain('https://u.cisco.com');
    expect(await handleMessage({ type: 'recipe.remove', origin: 'https://u.cisco.com' }, extensionPage, ctx)).toEqual({ ok: true, data: { origin: 'https://u.cisco.com', permissionReturned: false } });
    expect(scripts.revoked).toEqual([]);
  });
});

describe('removing a taught site', () => {
  it('unregisters its script, forgets the recipe and gives the permission back', async () => {
    const { db, ctx, scripts } = await setup();
    await db.put('recipes', makeRecipe());
    scripts.allowedOrigins.add(SITE);
    scripts.scripts.add(SITE);
    expect(await handleMessage({ type: 'recipe.remove', origin: SITE }, extensionPage, ctx)).toEqual({ ok: true, data: { origin: SITE, permissionReturned: true } });
    expect(scripts.scripts.size).toBe(0);
    expect(scripts.revoked).toEqual([SITE]);
    expect(await getRecipe(db, SITE)).toBeUndefined();
  });

  it('still removes it when the browser will not take the permission back (one the build granted)', async () => {
    const { db, ctx, scripts } = await setup();
    await db.put('recipes', makeRecipe());
    scripts.allowedOrigins.add(SITE);
    scripts.refuseRevoke = true;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await handleMessage({ type: 'recipe.remove', origin: SITE }, extensionPage, ctx)).toEqual({ ok: true, data: { origin: SITE, permissionReturned: false } });
    expect(warn).toHaveBeenCalled();
    expect(await getRecipe(db, SITE)).toBeUndefined();
  });
});

describe('reconcile', () => {
  it('registers every allowed taught site without a script and unregisters scripts of sites not taught or not allowed', async () => {
    const { db, scripts } = await setup();
    await db.put('recipes', makeRecipe());
    await db.put('recipes', makeRecipe({ origin: 'https://learn.initech-corp.com' }));
    scripts.allowedOrigins.add(SITE);
    scripts.scripts.add('https://learn.initech-corp.com');
    scripts.scripts.add('https://forgotten.example');
    expect(await reconcile(db, scripts)).toEqual({ registered: [SITE], unregistered: ['https://learn.initech-corp.com', 'https://forgotten.example'] });
    expect([...scripts.scripts]).toEqual([SITE]);
    expect(await reconcile(db, scripts)).toEqual({ registered: [], unregistered: [] });
  });

  it('keeps going past a site the browser refuses', async () => {
    const { db, scripts } = await setup();
    await db.put('recipes', makeRecipe());
    await db.put('recipes', makeRecipe({ origin: 'https://learn.initech-corp.com' }));
    scripts.allowedOrigins.add(SITE);
    scripts.allowedOrigins.add('https://learn.initech-corp.com');
    vi.spyOn(scripts, 'register').mockImplementationOnce(async () => {
      throw new Error('Permission denied');
    });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const result = await reconcile(db, scripts);
    expect(result.registered).toHaveLength(1);
  });
});
