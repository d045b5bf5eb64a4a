/**
 * The Submit Items form on the certification body's portal: filled from the record the user chose ("Submit" in
 * the popup or dashboard, or the in-page picker), then a report of what was filled and what was not. The form's
 * own Submit stays the user's: nothing here submits. When the user sends the form, the record becomes submitted.
 */
import type { FillPayload, PickerRecord } from '../background/portal-actions';
import { base64ToBytes } from '../base64';
import { PDF_TYPE } from '../domain/vocabulary';
import { extensionApi } from '../extension-api';
import { fillForm } from '../fill/fill-form';
import type { FillField, FillOutcome, FillReport, FillTarget, FillValues } from '../fill/fill-types';
import { sendMessage } from '../send-message';
import { button, closePanel, el, openPanel, resultLine } from './fill-panel';

const t = (key: string, substitutions?: string[]) => extensionApi().i18n.getMessage(key, substitutions);
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

function valuesOf(payload: FillPayload): FillValues {
  const certificate = payload.certificate ? { name: payload.certificate.name, type: PDF_TYPE, bytes: base64ToBytes(payload.certificate.base64) } : undefined;
  return { ...payload.values, certificate };
}

/** The record's values as text, for the "copy each field" list. */
function copyableValues(payload: FillPayload): Array<[FillField, string]> {
  const { itemName, startDate, endDate, certificateCode } = payload.values;
  const pairs: Array<[FillField, string | undefined]> = [['itemName', itemName], ['startDate', startDate], ['endDate', endDate], ['certificateCode', certificateCode]];
  return pairs.filter((pair): pair is [FillField, string] => pair[1] !== undefined);
}

/** Forms already watched for the user's own submit, with the record they were filled from. */
const submittedFrom = new WeakMap<Element, string>();

/** When the user sends the form (its submit event, or a click on its Submit button), the record is submitted. */
function watchSubmit(report: FillReport, recordId: string): void {
  const form = report.results.map((r) => r.element?.closest('form')).find((f): f is HTMLFormElement => Boolean(f));
  if (!form) return;
  const known = submittedFrom.has(form);
  submittedFrom.set(form, recordId);
  if (known) return;
  const sent = () => {
    const id = submittedFrom.get(form);
    if (id) void sendMessage({ type: 'fill.submitted', recordId: id }).catch((e: unknown) => console.warn('Recert Companion:', e));
  };
  form.addEventListener('submit', sent, true);
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
  const report = await fillForm(document, target, valuesOf(payload), { overwrite });
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

function matchesQuery(record: PickerRecord, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const title = record.title.toLowerCase();
  return words.every((w) => title.includes(w));
}

/** The in-page picker: a search box over the records not yet submitted; choosing one fills the form. */
async function showPicker(target: FillTarget): Promise<void> {
  const records = await sendMessage({ type: 'fill.records' });
  const list = el('ul');
  const search = el('input');
  search.type = 'search';
  search.setAttribute('aria-label', t('fillSearch'));
  search.placeholder = t('fillSearch');
  const render = () => {
    const shown = records.filter((r) => matchesQuery(r, search.value)).slice(0, 50);
    list.replaceChildren(
      ...(shown.length === 0
        ? [el('li', t('fillNoRecords'))]
        : shown.map((record) => {
            const li = el('li');
            const label = record.endDate ? `${record.title} (${record.endDate})` : record.title;
            li.append(
              button(label, () => {
                closePanel();
                void sendMessage({ type: 'fill.request', recordId: record.id }).then((payload) => payload && fillFrom(target, payload, new Set()));
              }, 'pick'),
            );
            return li;
          })),
    );
  };
  search.addEventListener('input', render);
  render();
  openPanel(t('fillPanelLabel'), t('dismiss'), [el('h2', t('fillPickerHeading')), search, list]);
  search.focus();
}

function showLauncher(target: FillTarget): void {
  const launch = button(t('fillLauncher'), () => void showPicker(target).catch((e: unknown) => console.warn('Recert Companion:', e)), 'primary launcher');
  openPanel(t('fillPanelLabel'), t('dismiss'), [launch], true);
}

/** Fills the submission form `target` found on this page: from the record its tab was opened for, else offers the picker. */
export function offerFill(target: FillTarget, signal: AbortSignal): void {
  sendMessage({ type: 'fill.request' })
    .then((payload) => {
      if (signal.aborted) return;
      if (payload) return fillFrom(target, payload, new Set());
      showLauncher(target);
    })
    .catch((error: unknown) => console.warn('Recert Companion: the form could not be filled', error));
}
