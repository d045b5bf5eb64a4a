import { afterEach, describe, expect, it } from 'vitest';
import { fillForm } from '../../src/fill/fill-form';
import type { FieldSpec, FillTarget, FillValues } from '../../src/fill/fill-types';
import ciscoCePortal from '../../src/fill/targets/cisco-ce-portal';
import { byId, page, type TestPage } from './page-builder';

const PDF = new TextEncoder().encode('%PDF-1.7\n%%EOF\n');
const VALUES: FillValues = {
  itemName: 'Implementing Automation for Cisco Enterprise Solutions (ENAUTO)',
  startDate: '2026-02-02',
  endDate: '2026-03-14',
  certificateCode: 'CSCO-U-8F3K2Q',
  certificate: { name: 'ENAUTO certificate.pdf', type: 'application/pdf', bytes: PDF },
};

const FORM = `
  <form id="form">
    <label for="item">Item name</label><input id="item">
    <label for="start">Start date</label><input id="start" placeholder="MM/DD/YYYY">
    <label for="end">End date</label><input id="end" type="date">
    <label for="code">Certificate validation code</label><input id="code">
    <label for="pdf">Completion certificate (PDF)</label><input id="pdf" type="file">
    <button type="submit">Submit</button>
  </form>`;

let open: TestPage | undefined;
function build(html = FORM): TestPage {
  open = page(html);
  return open;
}
afterEach(async () => {
  await open?.close();
  open = undefined;
});

const outcomes = (report: Awaited<ReturnType<typeof fillForm>>) => Object.fromEntries(report.results.map((r) => [r.field, r.outcome]));

describe('fillForm', () => {
  it('fills every field, says what it wrote where, and reports them in a fixed order', async () => {
    const { doc } = build();
    const report = await fillForm(doc, ciscoCePortal, VALUES);
    expect(report.target).toBe('cisco-ce-portal');
    expect(report.results.map((r) => [r.field, r.outcome, r.element?.id, r.shown])).toEqual([
      ['itemName', 'filled', 'item', VALUES.itemName],
      ['startDate', 'filled', 'start', '02/02/2026'],
      ['endDate', 'filled', 'end', '2026-03-14'],
      ['certificateCode', 'filled', 'code', 'CSCO-U-8F3K2Q'],
      ['certificate', 'filled', 'pdf', 'ENAUTO certificate.pdf'],
    ]);
    expect(byId(doc, 'start').value).toBe('02/02/2026');
  });

  it('leaves a field holding another value alone, and says so', async () => {
    const { doc } = build();
    byId(doc, 'code').value = 'TYPED-BY-USER';
    byId(doc, 'start').value = '01/15/2026';
    const report = await fillForm(doc, ciscoCePortal, VALUES);
    expect(outcomes(report)).toMatchObject({ certificateCode: 'not-empty', startDate: 'not-empty', endDate: 'filled' });
    expect(byId(doc, 'code').value).toBe('TYPED-BY-USER');
    expect(byId(doc, 'start').value).toBe('01/15/2026');
  });

  it('overwrites exactly the fields the user agreed to', async () => {
    const { doc } = build();
    byId(doc, 'code').value = 'TYPED-BY-USER';
    byId(doc, 'start').value = '01/15/2026';
    const report = await fillForm(doc, ciscoCePortal, VALUES, { overwrite: new Set(['certificateCode'] as const) });
    expect(outcomes(report)).toMatchObject({ certificateCode: 'filled', startDate: 'not-empty' });
    expect(byId(doc, 'code').value).toBe('CSCO-U-8F3K2Q');
  });

  it('reports a field already holding the value (in any shape of the same date) as already', async () => {
    const { doc } = build();
    byId(doc, 'item').value = VALUES.itemName;
    byId(doc, 'start').value = '2/2/2026';
    byId(doc, 'end').value = '2026-03-14';
    byId(doc, 'code').value = 'csco-u-8f3k2q';
    const first = await fillForm(doc, ciscoCePortal, VALUES);
    expect(outcomes(first)).toEqual({ itemName: 'already', startDate: 'already', endDate: 'already', certificateCode: 'already', certificate: 'filled' });
    const again = await fillForm(doc, ciscoCePortal, VALUES);
    expect(outcomes(again).certificate).toBe('already');
  });

  it('says no-value for what the record lacks, still pointing at the field', async () => {
    const { doc } = build();
    const report = await fillForm(doc, ciscoCePortal, { itemName: VALUES.itemName, startDate: '  ' });
    expect(report.results.map((r) => [r.field, r.outcome, r.element?.id])).toEqual([
      ['itemName', 'filled', 'item'],
      ['startDate', 'no-value', 'start'],
      ['endDate', 'no-value', 'end'],
      ['certificateCode', 'no-value', 'code'],
      ['certificate', 'no-value', 'pdf'],
    ]);
  });

  it('says did-not-stick when the page changes the value back', async () => {
    const { doc } = build();
    const code = byId(doc, 'code');
    code.addEventListener('blur', () => (code.value = ''));
    const report = await fillForm(doc, ciscoCePortal, VALUES);
    expect(outcomes(report).certificateCode).toBe('did-not-stick');
  });

  it('reads every field again at the end: a later edit that resets an earlier field is caught', async () => {
    const { doc } = build();
    // A page that clears the item when the validation code changes (a re-render from stale state).
    byId(doc, 'code').addEventListener('change', () => (byId(doc, 'item').value = ''));
    const report = await fillForm(doc, ciscoCePortal, VALUES);
    expect(outcomes(report)).toMatchObject({ itemName: 'did-not-stick', certificateCode: 'filled' });
  });

  it('never submits the form', async () => {
    const { doc } = build();
    let submitted = false;
    byId(doc, 'form').addEventListener('submit', (e) => {
      e.preventDefault();
      submitted = true;
    });
    let clicked = false;
    doc.querySelector('button')!.addEventListener('click', () => (clicked = true));
    await fillForm(doc, ciscoCePortal, VALUES);
    expect(submitted).toBe(false);
    expect(clicked).toBe(false);
    // The check can fail: the same listeners do notice a real submit.
    doc.querySelector('button')!.click();
    expect(submitted).toBe(true);
  });

  it('throws nothing when the page or the target misbehaves; every field still gets a result', async () => {
    const { doc } = build();
    Object.defineProperty(byId(doc, 'code'), 'value', {
      get: () => {
        throw new Error('hostile getter');
      },
    });
    const explodes = { test: () => { throw new Error('hostile pattern'); } } as unknown as RegExp;
    const broken: FieldSpec = { kind: 'text', labels: [explodes] };
    const target: FillTarget = { ...ciscoCePortal, fields: { ...ciscoCePortal.fields, endDate: broken } };
    const report = await fillForm(doc, target, VALUES);
    expect(outcomes(report)).toEqual({ itemName: 'filled', startDate: 'filled', endDate: 'not-found', certificateCode: 'did-not-stick', certificate: 'filled' });
  });

  it('finds nothing, quietly, on a document with no form', async () => {
    const { doc } = build('<p>Nothing here</p>');
    const report = await fillForm(doc, ciscoCePortal, VALUES);
    expect(report.results.map((r) => r.outcome)).toEqual(['not-found', 'not-found', 'not-found', 'not-found', 'not-found']);
  });
});
