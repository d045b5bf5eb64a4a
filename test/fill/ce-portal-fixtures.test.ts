/**
 * The CE portal's Submit Items page, modelled in four fixtures whose own scripts say what they received
 * (window.__portalView). These tests read the page's view, not our report: a field we call filled must be one
 * the page's own state took. They also check the fixtures themselves behave like the forms they model.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { matchesAny } from '../../src/capture/match-pattern';
import { fillForm } from '../../src/fill/fill-form';
import type { FillValues } from '../../src/fill/fill-types';
import ciscoCePortal from '../../src/fill/targets/cisco-ce-portal';
import { fixtureUrl } from '../helpers/fixtures';
import { allPortalPages, openPortalPage, pageTime, portalFixtures, portalHtml, type PortalPage, type PortalView } from './ce-portal-page';

const PDF = new TextEncoder().encode('%PDF-1.7\n% Certificate of Completion: ENAUTO\n%%EOF\n');
const ENAUTO = 'Implementing Automation for Cisco Enterprise Solutions (ENAUTO)';
const VALUES: FillValues = {
  itemName: ENAUTO,
  startDate: '2026-02-02',
  endDate: '2026-03-14',
  certificateCode: 'CSCO-U-8F3K2Q',
  certificate: { name: 'ENAUTO certificate.pdf', type: 'application/pdf', bytes: PDF },
};
const NOTHING: PortalView = { itemName: '', startDate: '', endDate: '', validationCode: '', fileName: '', fileSize: 0, fileHeader: '', submitted: false };
const RECEIVED = { startDate: '2026-02-02', endDate: '2026-03-14', validationCode: 'CSCO-U-8F3K2Q', fileName: 'ENAUTO certificate.pdf', fileSize: PDF.length, fileHeader: '%PDF-', submitted: false };

let open: PortalPage | undefined;
async function load(name: string): Promise<PortalPage> {
  open = await openPortalPage(name);
  return open;
}
afterEach(async () => {
  await open?.close();
  open = undefined;
});

/** The page's own view once its asynchronous work (reading the PDF's first bytes) is done. */
async function settledView(page: PortalPage): Promise<PortalView> {
  await pageTime(page, 50);
  await page.window.happyDOM.waitUntilComplete();
  return page.view();
}

function field(page: PortalPage, selector: string): HTMLInputElement {
  const el = page.doc.querySelector(selector) ?? page.doc.querySelector('ce-claim-form')?.shadowRoot?.querySelector(selector);
  if (!el) throw new Error(`No ${selector}`);
  return el as HTMLInputElement;
}

describe('the portal fixtures', () => {
  it('are the four variants, each at the Submit Items address, self-contained, with a view box and a Submit button', () => {
    expect(portalFixtures()).toEqual(['submit-items-basic.html', 'submit-items-changed.html', 'submit-items-custom.html', 'submit-items-react.html']);
    for (const name of portalFixtures()) {
      const html = portalHtml(name);
      expect(fixtureUrl(html)?.href, name).toBe('https://ce.cisco.com/submit-items');
      expect(matchesAny(ciscoCePortal.matches, fixtureUrl(html)!), name).toBe(true);
      expect(html, name).not.toMatch(/<script[^>]+src=|<link[^>]+rel=["']?stylesheet|url\(\s*["']?https?:|<img[^>]+src=["']?https?:/i);
      expect(html, name).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML/);
      expect(html, name).toContain('What the portal received');
    }
  });

  it.each(portalFixtures())('%s: is detected as the form, starts empty, and its Submit button is what sets submitted', async (name) => {
    const page = await load(name);
    expect(ciscoCePortal.detect(page.doc, page.url)).toBe(true);
    expect(page.view()).toEqual(NOTHING);
    const submit = (page.doc.querySelector('ce-claim-form')?.shadowRoot ?? page.doc).querySelector('button[type=submit]') as HTMLButtonElement;
    submit.click();
    expect(page.view().submitted).toBe(true);
    expect(page.doc.body.textContent).toContain('Submitted — your claim is Pending');
  });

  it.each(allPortalPages().filter((name) => !portalFixtures().includes(name)))('the target does not claim %s', async (name) => {
    const page = await load(name);
    expect(ciscoCePortal.detect(page.doc, page.url)).toBe(false);
  });

  it('the target does not claim the same page on another site, or over plain http', async () => {
    const page = await load('submit-items-basic');
    expect(ciscoCePortal.detect(page.doc, new URL('https://ce.example.com/submit-items'))).toBe(false);
    expect(ciscoCePortal.detect(page.doc, new URL('http://ce.cisco.com/submit-items'))).toBe(false);
  });
});

describe('plain HTML form', () => {
  it('hears nothing of a value set without events', async () => {
    const page = await load('submit-items-basic');
    field(page, '#validation-code').value = 'CSCO-U-8F3K2Q';
    expect(page.view().validationCode).toBe('');
  });

  it('receives every field from fillForm, and is not submitted', async () => {
    const page = await load('submit-items-basic');
    const report = await fillForm(page.doc, ciscoCePortal, VALUES);
    expect(report.results.map((r) => r.outcome)).toEqual(['filled', 'filled', 'filled', 'filled', 'filled']);
    expect(await settledView(page)).toEqual({ ...RECEIVED, itemName: ENAUTO });
  });
});

describe('React-controlled form', () => {
  it('drops a value set the naive way, even with an input event, and shows its own state again', async () => {
    const page = await load('submit-items-react');
    const code = field(page, '#code-input');
    code.value = 'CSCO-U-8F3K2Q';
    code.dispatchEvent(new page.window.Event('input', { bubbles: true }) as unknown as Event);
    expect(page.view().validationCode).toBe('');
    expect(code.value).toBe(''); // re-rendered from state
    const start = field(page, '#start-input');
    start.value = '02/02/2026';
    start.dispatchEvent(new page.window.Event('input', { bubbles: true }) as unknown as Event);
    expect(page.view().startDate).toBe('');
  });

  it('takes an item only when an option is chosen, not from typed text', async () => {
    const page = await load('submit-items-react');
    const combo = field(page, '#item-input');
    const native = Object.getOwnPropertyDescriptor(page.window.HTMLInputElement.prototype, 'value')!;
    native.set!.call(combo, 'ENAUTO');
    combo.dispatchEvent(new page.window.Event('input', { bubbles: true }) as unknown as Event);
    await pageTime(page, 250);
    expect(page.doc.querySelectorAll('#item-listbox [role=option]').length).toBeGreaterThan(1);
    expect(page.view().itemName).toBe('');
  });

  it('receives every field from fillForm: the catalogue item (current version), US dates, the code and the PDF', async () => {
    const page = await load('submit-items-react');
    const report = await fillForm(page.doc, ciscoCePortal, VALUES);
    expect(report.results.map((r) => [r.field, r.outcome, r.shown])).toEqual([
      ['itemName', 'filled', `${ENAUTO} v1.1`],
      ['startDate', 'filled', '02/02/2026'],
      ['endDate', 'filled', '03/14/2026'],
      ['certificateCode', 'filled', 'CSCO-U-8F3K2Q'],
      ['certificate', 'filled', 'ENAUTO certificate.pdf'],
    ]);
    expect(await settledView(page)).toEqual({ ...RECEIVED, itemName: `${ENAUTO} v1.1` });
  });

  it('reports did-not-stick for an item the catalogue does not have, leaving the name typed and nothing chosen', async () => {
    const page = await load('submit-items-react');
    const report = await fillForm(page.doc, ciscoCePortal, { ...VALUES, itemName: 'Kubernetes for Network Engineers' }, { waitMs: 700 });
    expect(report.results[0]).toMatchObject({ field: 'itemName', outcome: 'did-not-stick', shown: 'Kubernetes for Network Engineers' });
    expect(field(page, '#item-input').value).toBe('Kubernetes for Network Engineers');
    const view = await settledView(page);
    expect(view.itemName).toBe('');
    expect(view.validationCode).toBe('CSCO-U-8F3K2Q');
  });

  it('a second fill finds everything already there', async () => {
    const page = await load('submit-items-react');
    await fillForm(page.doc, ciscoCePortal, VALUES);
    await settledView(page);
    const again = await fillForm(page.doc, ciscoCePortal, VALUES);
    expect(again.results.map((r) => r.outcome)).toEqual(['already', 'already', 'already', 'already', 'already']);
  });
});

describe('custom date picker, shadow root and drop zone', () => {
  it('clears a date typed in the wrong shape when the picker is left', async () => {
    const page = await load('submit-items-custom');
    const end = field(page, '#end');
    const native = Object.getOwnPropertyDescriptor(page.window.HTMLInputElement.prototype, 'value')!;
    end.focus();
    native.set!.call(end, '03/14/2026'); // month first: the widget reads day 3 of month 14, which does not exist
    end.dispatchEvent(new page.window.Event('input', { bubbles: true }) as unknown as Event);
    end.blur();
    expect(end.value).toBe('');
    expect(page.view().endDate).toBe('');
  });

  it('has no file input at all: the upload is the drop zone', async () => {
    const page = await load('submit-items-custom');
    const shadow = page.doc.querySelector('ce-claim-form')!.shadowRoot!;
    expect(shadow.querySelectorAll('input[type=file]').length + page.doc.querySelectorAll('input[type=file]').length).toBe(0);
  });

  it('receives every field from fillForm, dates day first, the PDF dropped', async () => {
    const page = await load('submit-items-custom');
    const report = await fillForm(page.doc, ciscoCePortal, VALUES);
    expect(report.results.map((r) => [r.field, r.outcome, r.shown])).toEqual([
      ['itemName', 'filled', ENAUTO],
      ['startDate', 'filled', '02/02/2026'],
      ['endDate', 'filled', '14/03/2026'],
      ['certificateCode', 'filled', 'CSCO-U-8F3K2Q'],
      ['certificate', 'filled', 'ENAUTO certificate.pdf'],
    ]);
    expect(report.results[4]!.element?.getAttribute('role')).toBe('button'); // the zone, to highlight
    expect(await settledView(page)).toEqual({ ...RECEIVED, itemName: ENAUTO });
  });
});

describe('changed markup ("Field 1..5")', () => {
  it('finds no field, throws nothing, and the page receives nothing', async () => {
    const page = await load('submit-items-changed');
    const report = await fillForm(page.doc, ciscoCePortal, VALUES);
    expect(report.results.map((r) => [r.field, r.outcome])).toEqual([
      ['itemName', 'not-found'],
      ['startDate', 'not-found'],
      ['endDate', 'not-found'],
      ['certificateCode', 'not-found'],
      ['certificate', 'not-found'],
    ]);
    expect(await settledView(page)).toEqual(NOTHING);
  });
});

describe('detect when the form opens over the dashboard', () => {
  it('answers true once a dialog titled Submit Items is open, or a validation-code field is on the page', async () => {
    const page = await load('submit-items-basic');
    const dashboard = new URL('https://ce.cisco.com/dashboard');
    page.doc.title = 'Dashboard | Cisco Continuing Education';
    page.doc.querySelector('h1')!.textContent = 'Dashboard';
    const form = page.doc.getElementById('submit-items-form')!;
    form.remove();
    expect(ciscoCePortal.detect(page.doc, dashboard)).toBe(false);
    const dialog = page.doc.createElement('div');
    dialog.setAttribute('role', 'dialog');
    const title = page.doc.createElement('h2');
    title.textContent = 'Submit Items';
    dialog.append(title);
    page.doc.body.append(dialog);
    expect(ciscoCePortal.detect(page.doc, dashboard)).toBe(true);
    title.textContent = 'Edit profile';
    expect(ciscoCePortal.detect(page.doc, dashboard)).toBe(false);
    dialog.append(form);
    expect(ciscoCePortal.detect(page.doc, dashboard)).toBe(true);
  });
});
