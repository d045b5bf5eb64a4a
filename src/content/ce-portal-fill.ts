/**
 * The CE portal's filler, a script of its own (content/ce-portal-fill.js) that the background injects into a portal
 * tab only once the user chose a record for it in extension UI ("Submit" in the popup or the dashboard, or in the
 * chooser the in-page button opens): the Submit Items form is filled from that record, then a report of what was
 * filled and what was not. The portal's every-page script (ce-portal.ts) only finds the form and offers the chooser,
 * so none of this code is on a portal page until the user acts. The form's own Submit stays the user's: nothing here
 * submits. When the user sends the form (a trusted click or Enter, not a page script's submit), the record becomes
 * submitted.
 */
import type { FillPayload } from '../protocol/ce-portal';
import { base64ToBytes } from '../base64';
import { PDF_TYPE } from '../domain/vocabulary';
import { fillForm } from '../fill/fill-form';
import { fillTargetFor } from '../fill/targets';
import type { FillField, FillOutcome, FillReport, FillTarget, FillValues } from '../fill/fill-types';
import { sendMessage } from '../send-message';
import { t } from '../text/i18n';
import { button, el, openPanel, resultLine } from './fill-panel';

const FILLED_OUTLINE = '2px solid #16a34a';

function fieldName(field: FillField): string {
  switch (field) {
    case 'itemName':
      return t('fillFieldItem');
    case 'startDate':
      return t('fillFieldStart');
    case 'endDate':
      return t('fillFieldEnd');
    case 'certificateCode':
      return t('fillFieldCode');
    case 'certificate':
      return t('fillFieldCertificate');
  }
}

function outcomeText(outcome: FillOutcome): string {
  switch (outcome) {
    case 'filled':
      return t('fillOutcomeFilled');
    case 'already':
      return t('fillOutcomeAlready');
    case 'not-found':
      return t('fillOutcomeNotFound');
    case 'not-empty':
      return t('fillOutcomeNotEmpty');
    case 'no-value':
      return t('fillOutcomeNoValue');
    case 'did-not-stick':
      return t('fillOutcomeDidNotStick');
  }
}

/** The record's values, its certificate fetched part by part (a message may not carry a large PDF whole). */
async function valuesOf(payload: FillPayload): Promise<FillValues> {
  const meta = payload.certificate;
  if (!meta) return payload.values;
  const bytes = new Uint8Array(meta.size);
  let offset = 0;
  for (let part = 0; part < meta.parts; part++) {
    const piece = base64ToBytes((await sendMessage({ type: 'fill.certificatePart', recordId: payload.recordId, fileId: meta.fileId, part })).base64);
    bytes.set(piece.subarray(0, bytes.length - offset), offset);
    offset += piece.byteLength;
  }
  return { ...payload.values, certificate: { name: meta.name, type: PDF_TYPE, bytes } };
}

/** The record's values as text, for the "copy each field" list. */
function copyableValues(payload: FillPayload): Array<[FillField, string]> {
  const { itemName, startDate, endDate, certificateCode } = payload.values;
  const pairs: Array<[FillField, string | undefined]> = [['itemName', itemName], ['startDate', startDate], ['endDate', endDate], ['certificateCode', certificateCode]];
  return pairs.filter((pair): pair is [FillField, string] => pair[1] !== undefined);
}

/** Forms already watched for the user's own submit, with the record they were filled from. */
const submittedFrom = new WeakMap<Element, string>();

/**
 * When the user sends the form, the record is submitted. The submit event alone proves nothing (a page script's
 * requestSubmit() or a synthetic click on the button also fires a trusted one), so it counts only when it comes
 * within the task of the user's own click on a button that was a submit button when clicked, or of their own Enter
 * in a text field (the browser submits the form in that same task); the activation ends with the task, so a page
 * script cannot borrow it later.
 */
function watchSubmit(report: FillReport, recordId: string): void {
  const form = report.results.map((r) => r.element?.closest('form')).find((f): f is HTMLFormElement => Boolean(f));
  if (!form) return;
  const known = submittedFrom.has(form);
  submittedFrom.set(form, recordId);
  if (known) return;
  let activation: Element | undefined;
  const activate = (by: Element) => {
    activation = by;
    setTimeout(() => (activation = undefined), 0);
  };
  form.addEventListener('click', (event) => {
    const by = event.isTrusted && event.target instanceof Element ? event.target.closest('button, input') : null;
    if (by && (by as HTMLButtonElement | HTMLInputElement).type === 'submit') activate(by);
  }, true);
  form.addEventListener('keydown', (event) => {
    if (event.isTrusted && event.key === 'Enter' && event.target instanceof HTMLInputElement) activate(form);
  }, true);
  form.addEventListener('submit', (event) => {
    const submitter = (event as SubmitEvent).submitter;
    const byUser = event.isTrusted && activation !== undefined && (activation === submitter || activation === form);
    activation = undefined;
    const id = submittedFrom.get(form);
    if (byUser && id) void sendMessage({ type: 'fill.submitted', recordId: id }).catch((e: unknown) => console.warn('Recert Companion:', e));
  }, true);
}

function showCopyPanel(payload: FillPayload): void {
  const list = el('ul');
  for (const [field, value] of copyableValues(payload)) {
    const copy = button(t('fillCopy'), () => {
      void navigator.clipboard.writeText(value).then(() => (copy.textContent = t('fillCopied')));
    });
    copy.setAttribute('aria-label', t('fillCopyLabel', [fieldName(field)]));
    list.append(resultLine(false, fieldName(field), value, copy));
  }
  openPanel(t('fillPanelLabel'), t('dismiss'), [el('h2', t('fillNothingFound')), el('p', t('fillCopyIntro')), list, el('p', t('fillNotSubmitted'))]);
}

async function fillFrom(target: FillTarget, payload: FillPayload, overwrite: ReadonlySet<FillField>): Promise<void> {
  const report = await fillForm(document, target, await valuesOf(payload), { overwrite });
  const found = report.results.some((r) => r.outcome !== 'not-found' && r.outcome !== 'no-value');
  if (!found) {
    showCopyPanel(payload);
    return;
  }
  for (const r of report.results) {
    if (r.outcome === 'filled' && r.element && 'style' in r.element) (r.element as HTMLElement).style.outline = FILLED_OUTLINE;
  }
  watchSubmit(report, payload.recordId);
  const list = el('ul');
  for (const r of report.results) {
    const replace = r.outcome === 'not-empty' ? button(t('fillReplace'), () => void fillFrom(target, payload, new Set([...overwrite, r.field]))) : undefined;
    replace?.setAttribute('aria-label', t('fillReplaceLabel', [fieldName(r.field)]));
    list.append(resultLine(r.outcome === 'filled' || r.outcome === 'already', fieldName(r.field), outcomeText(r.outcome), replace));
  }
  openPanel(t('fillPanelLabel'), t('dismiss'), [el('h2', t('fillHeading', [payload.values.itemName])), list, el('p', t('fillNotSubmitted'))]);
}

/** Fills the form `target` from the record the user chose for this tab, if any. */
async function fillChosen(target: FillTarget): Promise<void> {
  const payload = await sendMessage({ type: 'fill.request' });
  if (payload) await fillFrom(target, payload, new Set());
}

// Injected because the user chose a record for this tab, where the every-page script found the form just before.
const target = fillTargetFor(document, new URL(location.href));
if (target) fillChosen(target).catch((error: unknown) => console.warn('Recert Companion: the form could not be filled', error));
