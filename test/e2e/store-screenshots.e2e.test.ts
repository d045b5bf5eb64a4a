/**
 * The stores' screenshots (store-screenshots.ts says what and why), taken in Chromium with dist/chrome: a fresh
 * profile, the sample backup imported on the dashboard as a user would, the CE Item Catalog read on the fixture
 * portal, a course captured on Cisco U., and "Submit" pressed on a record. Every picture must be a PNG of exactly
 * 1280×800, the size the stores take.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumExtensionArgs } from './chromium-launch';
import { inClosedRootChromium } from './chromium-closed-roots';
import { PANEL_HOST, PANEL_TEXT, TOAST_HOST, TOAST_TEXT } from './closed-roots';
import { CE_CATALOGUE, CE_PORTAL, DIST, LEARNING_PATH, OPTIONS_PATH, POPUP_PATH, POPUP_VIEWPORT, PORTAL_FIXTURES, PORTAL_VIEW_JS, TOAST_SAVED, assertBuilt, fixturePage, makeTempDir, pollFor, readRecords, removeDir, sendMessageJs, type PortalView } from './helpers';
import { startFixtureServer, type FixtureServer } from './server';
import { STORE_RESULTS_DIR, STORE_SCREENSHOTS_DIR, STORE_SHOTS, STORE_SIZE, PRESENTABLE_PAGE_CSS, SUBMITTED_IN_PICTURE, catalogueNames, pngSize, popupOverPageHtml, sampleBackup, type StoreShot } from './store-screenshots';

const publishing = process.env.README_SCREENSHOTS === '1';

describe('the stores\' screenshots, 1280×800, in Chromium', () => {
  let server: FixtureServer | undefined;
  let context: BrowserContext | undefined;
  let profile: string | undefined;
  let extensionId = '';
  const extensionUrl = (path: string) => `chrome-extension://${extensionId}/${path}`;
  const shots = new Set<StoreShot>();

  async function save(page: Page, shot: StoreShot): Promise<void> {
    mkdirSync(STORE_RESULTS_DIR, { recursive: true });
    const path = join(STORE_RESULTS_DIR, `${shot}.png`);
    await page.screenshot({ path, fullPage: false });
    shots.add(shot);
    if (publishing) {
      mkdirSync(STORE_SCREENSHOTS_DIR, { recursive: true });
      copyFileSync(path, join(STORE_SCREENSHOTS_DIR, `${shot}.png`));
    }
  }

  async function newTab(): Promise<Page> {
    const page = await context!.newPage();
    await page.setViewportSize(STORE_SIZE);
    return page;
  }

  const bodyText = (page: Page) => page.evaluate(() => document.body.innerText);

  beforeAll(async () => {
    assertBuilt(DIST.chrome);
    server = await startFixtureServer();
    profile = await makeTempDir('recert-store-shots-');
    context = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      headless: true,
      timeout: 30_000,
      viewport: STORE_SIZE,
      colorScheme: 'light',
      locale: 'en-US',
      args: chromiumExtensionArgs(DIST.chrome, server),
    });
    context.setDefaultTimeout(15_000);
    const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    extensionId = new URL(worker.url()).host;
  });

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await server?.stop();
    await removeDir(profile);
  });

  it('takes the sample data in: the backup imported on the dashboard, the CE Item Catalog read on the portal', async () => {
    const names = new Set(catalogueNames());
    const backup = JSON.parse(sampleBackup(new Date())) as { records: Array<{ title: string; program: string }> };
    for (const r of backup.records.filter((r) => r.program === 'cisco')) expect(names.has(r.title), `${r.title} is an item of the fixture catalogue`).toBe(true);

    const dir = await makeTempDir('recert-store-backup-');
    try {
      const file = join(dir, 'recert-companion-backup.json');
      await writeFile(file, sampleBackup(new Date()));
      const dashboard = await newTab();
      await dashboard.goto(extensionUrl(`${OPTIONS_PATH}#backup`));
      await dashboard.setInputFiles('#backup-import-input', file);
      await pollFor(async () => (await bodyText(dashboard)).includes('recert-companion-backup.json imported') || undefined, {
        what: 'the sample backup to be imported',
        diagnose: () => bodyText(dashboard),
      });
      await dashboard.close();
    } finally {
      await removeDir(dir);
    }

    const catalogue = await newTab();
    await catalogue.goto(server!.urlFor(fixturePage(PORTAL_FIXTURES, CE_CATALOGUE.tableFixture)));
    await pollFor(async () => ((await inClosedRootChromium(catalogue, TOAST_HOST, TOAST_TEXT)) as string | null)?.includes('CE Item Catalog saved') || undefined, {
      what: 'the CE Item Catalog to be read',
      timeoutMs: 40_000,
    });
    await catalogue.close();
  });

  it('the toast after a capture on Cisco U.', async () => {
    const page = await newTab();
    await page.goto(server!.urlFor(fixturePage(LEARNING_PATH.adapterId, LEARNING_PATH.fixture)));
    await page.addStyleTag({ content: PRESENTABLE_PAGE_CSS });
    await pollFor(async () => ((await inClosedRootChromium(page, TOAST_HOST, TOAST_TEXT)) as string | null)?.includes(TOAST_SAVED) || undefined, {
      what: 'the toast on the learning path',
    });
    // Once it has faded in: mid-animation, the page shows through it.
    await pollFor(async () => (await inClosedRootChromium(page, TOAST_HOST, `(root) => root.getAnimations().every((a) => a.playState === 'finished') || null`)) || undefined, {
      what: 'the toast to finish appearing',
    });
    await save(page, '2-capture-toast');
    // The capture was for the picture: the sample's records are the ones the other pictures show (its completion
    // date is the fixture's, long past, and the popup would say its submission window closed). Removed as the
    // dashboard's Delete does, through the background.
    await page.close();
    const ext = await newTab();
    await ext.goto(extensionUrl(POPUP_PATH));
    const captured = (await readRecords((js) => ext.evaluate(js))).find((r) => r.adapterId === LEARNING_PATH.adapterId && r.certificateCode === LEARNING_PATH.certificateCode);
    expect(captured, 'the capture the toast announced').toBeDefined();
    expect(await ext.evaluate(sendMessageJs({ type: 'record.delete', id: captured!.id }))).toMatchObject({ ok: true });
    await ext.close();
  });

  it('the popup, opened over a learning page', async () => {
    const learning = await newTab();
    await learning.goto(server!.urlFor(fixturePage(LEARNING_PATH.adapterId, 'in-progress.html')));
    await learning.addStyleTag({ content: PRESENTABLE_PAGE_CSS });
    const pagePng = await learning.screenshot();

    const popup = await context!.newPage();
    await popup.setViewportSize(POPUP_VIEWPORT);
    await popup.goto(extensionUrl(POPUP_PATH));
    await pollFor(async () => (await popup.evaluate(`!!document.querySelector('main.popup:not([aria-busy])') && !!document.querySelector('[data-catalogue-status]') && !document.body.innerText.includes('updating')`)) || undefined, {
      what: 'the popup to render the sample data',
      diagnose: () => bodyText(popup),
    });
    const text = await bodyText(popup);
    expect(text).toContain('CCNP Enterprise');
    expect(text).toContain('64 of 80 CE credits');
    // As tall as its content, as the browser sizes a popup, and drawn at twice the size so the picture stays sharp
    // when it is shown larger or smaller; shown as large as 800 pixels of height allow, up to 1.25 times.
    const height = (await popup.evaluate(`document.documentElement.scrollHeight`)) as number;
    await popup.evaluate(`document.documentElement.style.zoom = '2'`);
    await popup.setViewportSize({ width: POPUP_VIEWPORT.width * 2, height: height * 2 });
    const popupPng = await popup.screenshot();
    await popup.close();
    const scale = Math.min(1.25, (STORE_SIZE.height - 24) / height);
    expect(scale, `the popup (${height} px tall) is shown at a readable size`).toBeGreaterThanOrEqual(0.85);

    await learning.setContent(popupOverPageHtml(pagePng, popupPng, { width: POPUP_VIEWPORT.width, height }, scale));
    await learning.evaluate(() => Promise.all([...document.images].map((img) => img.decode())));
    await save(learning, '1-popup');
    await learning.close();
  });

  it('the dashboard: certifications, then records', async () => {
    const dashboard = await newTab();
    await dashboard.goto(extensionUrl(`${OPTIONS_PATH}#certifications`));
    await pollFor(async () => (await dashboard.evaluate(`document.querySelectorAll('[data-cert]').length === 2 && !!document.querySelector('.timeline-summary')`)) || undefined, {
      what: 'both certifications and the chart',
      diagnose: () => bodyText(dashboard),
    });
    await save(dashboard, '3-dashboard-certifications');

    await dashboard.goto(extensionUrl(`${OPTIONS_PATH}#records`));
    await pollFor(async () => (await dashboard.evaluate(`document.querySelectorAll('tr[data-record]').length === 6`)) || undefined, {
      what: 'the six sample records in the table',
      diagnose: () => bodyText(dashboard),
    });
    await dashboard.evaluate(`document.getElementById('records-list-heading').scrollIntoView({ block: 'start' })`);
    await save(dashboard, '4-dashboard-records');

    // Submit on the captured Cisco record opens the CE portal's form, which the portal script fills.
    const portalOpened = context!.waitForEvent('page', { predicate: (p) => p.url().includes(CE_PORTAL.host) });
    await dashboard.click(`tr[data-record="${SUBMITTED_IN_PICTURE.id}"] button[aria-label^="Submit "]`);
    const portal = await portalOpened;
    await portal.setViewportSize(STORE_SIZE);
    const view = await pollFor(async () => {
      const v = (await portal.evaluate(PORTAL_VIEW_JS)) as PortalView | null;
      return v?.itemName && v.fileName ? v : undefined;
    }, { what: 'the CE portal form to be filled' });
    expect(view.itemName).toBe(SUBMITTED_IN_PICTURE.title);
    await pollFor(async () => ((await inClosedRootChromium(portal, PANEL_HOST, PANEL_TEXT)) as string | null)?.includes('Nothing was submitted') || undefined, { what: 'the fill report' });
    await portal.addStyleTag({ content: '#received { display: none; }' });
    await save(portal, '5-ce-portal-form');
  });

  it('wrote every picture as a PNG of exactly 1280×800', () => {
    expect([...shots].sort()).toEqual([...STORE_SHOTS].sort());
    for (const shot of STORE_SHOTS) {
      const dirs = publishing ? [STORE_RESULTS_DIR, STORE_SCREENSHOTS_DIR] : [STORE_RESULTS_DIR];
      for (const dir of dirs) expect(pngSize(readFileSync(join(dir, `${shot}.png`))), `${dir}/${shot}.png`).toEqual(STORE_SIZE);
    }
  });
});
