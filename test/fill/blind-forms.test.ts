/**
 * The blind round's Submit Items forms (test/fixtures/blind/portal-round-1/submit-*.html, written by a helper that
 * never saw this code), with their own scripts running in happy-dom, and small pages for each way they found: words
 * standing as labels, one label over a date range, fields no one fills a claim into. Each form is filled from one
 * record and read back through the selectors its writer recorded (NAME.expect.json), not through our report.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { fillForm } from '../../src/fill/fill-form';
import type { FillValues } from '../../src/fill/fill-types';
import ciscoCePortal from '../../src/fill/targets/cisco-ce-portal';
import { fixtureUrl } from '../helpers/fixtures';
import { scriptedWindow } from './ce-portal-page';
import { byId, page, type TestPage } from './page-builder';

const BLIND = new URL('../fixtures/blind/portal-round-1/', import.meta.url);
const PDF = new TextEncoder().encode('%PDF-1.7\n% Certificate of Completion: ENCOR\n%%EOF\n');
const VALUES: FillValues = {
  itemName: 'Implementing Cisco Enterprise Network Core Technologies (ENCOR) v1.3',
  startDate: '2026-10-05',
  endDate: '2026-10-09',
  certificateCode: '8F3K-22QX',
  certificate: { name: 'ENCOR certificate.pdf', type: 'application/pdf', bytes: PDF },
};
const SHOWN = { itemName: VALUES.itemName, startDate: '10/05/2026', endDate: '10/09/2026', validationCode: '8F3K-22QX', certificate: 'ENCOR certificate.pdf' };

interface Expected {
  fields: Record<keyof typeof SHOWN | 'submit', string>;
  opensWith: string | null;
  decoys: string[];
}

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

async function blindForm(name: string): Promise<{ doc: Document; expected: Expected }> {
  const html = readFileSync(new URL(`${name}.html`, BLIND), 'utf8');
  const expected = JSON.parse(readFileSync(new URL(`${name}.expect.json`, BLIND), 'utf8')) as Expected;
  const window = scriptedWindow(fixtureUrl(html)!.href);
  closers.push(() => window.happyDOM.close());
  window.document.write(html);
  await window.happyDOM.waitUntilComplete();
  const doc = window.document as unknown as Document;
  if (expected.opensWith) {
    (doc.querySelector(expected.opensWith) as HTMLElement).click();
    await window.happyDOM.waitUntilComplete();
  }
  return { doc, expected };
}

/** What each expected field holds: a text field's value, a file input's file name. */
function holds(doc: Document, selector: string): string | undefined {
  const el = doc.querySelector(selector) as HTMLInputElement | null;
  return el ? (el.type === 'file' ? (el.files?.[0]?.name ?? '') : el.value) : undefined;
}

describe('the blind round\'s Submit Items forms', () => {
  it.each(['submit-h-dialog', 'submit-i-lightning-page'])('%s: every field filled as its writer expects, no decoy touched, nothing submitted', async (name) => {
    const { doc, expected } = await blindForm(name);
    const report = await fillForm(doc, ciscoCePortal, VALUES, { waitMs: 200 });
    // The item name's list of suggestions needs a layout to show (happy-dom has none): the name is typed, and held.
    expect(report.results.slice(1).map((r) => r.outcome)).toEqual(['filled', 'filled', 'filled', 'filled']);
    for (const [field, value] of Object.entries(SHOWN)) expect(holds(doc, expected.fields[field as keyof typeof SHOWN]), field).toBe(value);
    for (const decoy of expected.decoys) expect(holds(doc, decoy), decoy).toBe('');
    expect(doc.querySelector('[data-submitted]')).toBeNull();
  });

  it('submit-h-dialog: the dialog is not there until "Submit Items" is clicked, and nothing is filled behind it', async () => {
    const html = readFileSync(new URL('submit-h-dialog.html', BLIND), 'utf8');
    const window = scriptedWindow(fixtureUrl(html)!.href);
    closers.push(() => window.happyDOM.close());
    window.document.write(html);
    await window.happyDOM.waitUntilComplete();
    const doc = window.document as unknown as Document;
    expect(ciscoCePortal.detect(doc, new URL(window.location.href))).toBe(false);
    const report = await fillForm(doc, ciscoCePortal, VALUES, { waitMs: 50 });
    expect(report.results.map((r) => r.outcome)).toEqual(['not-found', 'not-found', 'not-found', 'not-found', 'not-found']);
    expect(holds(doc, '#global-search')).toBe('');
  });
});

describe('what the blind forms taught the finder', () => {
  let open: TestPage | undefined;
  const build = (html: string) => (open = page(html));
  afterEach(async () => {
    await open?.close();
    open = undefined;
  });

  it('takes words standing as a label (a span over the input, a floating label after it) for the one control in their box', async () => {
    const { doc } = build(`
      <div class="field"><span>Item Name</span><div><div><input id="item"></div></div></div>
      <div class="float"><input id="code" placeholder=" "><span>Certificate Validation Code</span></div>
      <div class="pair"><span>Validation code</span><input id="a"><input id="b"></div>`);
    const report = await fillForm(doc, ciscoCePortal, { itemName: VALUES.itemName, certificateCode: '8F3K-22QX' }, { waitMs: 50 });
    expect(report.results.slice(0, 1).concat(report.results.slice(3, 4)).map((r) => [r.field, r.outcome, r.element?.id])).toEqual([
      ['itemName', 'filled', 'item'],
      ['certificateCode', 'filled', 'code'],
    ]);
    // Words over two controls name neither.
    expect([byId(doc, 'a').value, byId(doc, 'b').value]).toEqual(['', '']);
  });

  it.each([
    ['a <label for=> a group', '<label for="range">Training dates</label><div id="range" role="group"><input id="s"><span>–</span><input id="e"></div>'],
    ['a legend over its fieldset', '<fieldset><legend>* Training Dates</legend><input id="s"><input id="e"></fieldset>'],
    ['aria-labelledby on a group', '<span id="l">Course dates</span><div role="group" aria-labelledby="l"><input id="s"><input id="e"></div>'],
  ])('fills the start then the end of a date range under one label: %s', async (_how, html) => {
    const { doc } = build(html);
    const report = await fillForm(doc, ciscoCePortal, { itemName: '', startDate: VALUES.startDate, endDate: VALUES.endDate }, { waitMs: 50 });
    expect(report.results.filter((r) => r.field.endsWith('Date')).map((r) => [r.outcome, r.element?.id])).toEqual([
      ['filled', 's'],
      ['filled', 'e'],
    ]);
    expect([byId(doc, 's').value, byId(doc, 'e').value]).toEqual(['10/05/2026', '10/09/2026']);
  });

  it('never fills a site search in the page header, a newsletter box in its footer, or anything behind an open modal dialog', async () => {
    const { doc } = build(`
      <header><input id="search" type="search" placeholder="Search Item Catalog..."></header>
      <main><label for="filter">Item name</label><input id="filter"></main>
      <div role="dialog" aria-modal="true"><h2>Submit a completed item</h2>
        <input id="item" placeholder="Search for an official item name">
      </div>
      <footer><label for="news">Certificate validation code</label><input id="news"></footer>`);
    const report = await fillForm(doc, ciscoCePortal, { itemName: VALUES.itemName, certificateCode: '8F3K-22QX' }, { waitMs: 50 });
    expect(report.results.map((r) => [r.field, r.outcome, r.element?.id])[0]).toEqual(['itemName', 'filled', 'item']);
    expect(report.results[3]).toMatchObject({ field: 'certificateCode', outcome: 'not-found' });
    expect(['search', 'filter', 'news'].map((id) => byId(doc, id).value)).toEqual(['', '', '']);
  });

  it('fills the page as usual behind a consent box of switches or a dialog that is not modal', async () => {
    const { doc } = build(`
      <div role="dialog" aria-modal="true"><h2>Cookie preferences</h2><label>Analytics <input type="checkbox"></label></div>
      <dialog open><p>Maintenance on Sunday</p><input type="text" id="note"></dialog>
      <form><label for="code">Certificate validation code</label><input id="code"></form>`);
    const report = await fillForm(doc, ciscoCePortal, { itemName: '', certificateCode: '8F3K-22QX' }, { waitMs: 50 });
    expect(report.results[3]).toMatchObject({ field: 'certificateCode', outcome: 'filled' });
    expect(byId(doc, 'code').value).toBe('8F3K-22QX');
  });
});
