/**
 * Fills one submission form from one record: finds each field, leaves alone what the user already typed,
 * writes the rest the way a user would, and reads every value back, once after writing it and once more at
 * the end (a framework re-rendering for a later field can revert an earlier one). Never throws, never clicks
 * a submit button: every field gets a result, and submitting stays the user's act.
 */
import { alreadyChosen, isTypeAhead, pickByName, showsChoice } from './combobox';
import { attachToInput, attachedName, dropOnZone, showsCertificate } from './attach-file';
import { dateShapeFor, formatDate, readDate } from './dates';
import { normalizeSpace } from './dom-text';
import { isFileInput, type Excluded } from './find-field';
import { decoysOf, findFillable } from './find-more';
import { FILL_FIELDS, type CertificateFile, type FieldResult, type FieldSpec, type FillField, type FillOptions, type FillReport, type FillTarget, type FillValues } from './fill-types';
import { searchRoots, type SearchRoot } from './search-roots';
import { pageDelay, readValue, writeValue } from './set-value';

/** The field `spec` describes in `doc`, its open shadow roots and its same-origin iframes, by every way the filler knows. */
export function findField(doc: Document, spec: FieldSpec): Element | undefined {
  return findFillable(searchRoots(doc), spec);
}

const DEFAULT_WAIT_MS = 2_000;

interface Written {
  result: FieldResult;
  /** Whether the field still shows what was written (for the final read-back). */
  holds?: () => boolean;
}

interface Job {
  field: FillField;
  spec: FieldSpec;
  element: Element;
  overwrite: boolean;
  waitMs: number;
}

function sameText(a: string, b: string): boolean {
  const x = normalizeSpace(a);
  const y = normalizeSpace(b);
  return x === y || x.toLowerCase() === y.toLowerCase();
}

/** Reads what the page made of the edit after it had a turn to react (render, reformat, revert). */
async function settled(el: Element): Promise<void> {
  await pageDelay(el, 0);
}

async function fillText({ field, element, overwrite }: Job, value: string): Promise<Written> {
  const current = readValue(element);
  if (current.trim() && sameText(current, value)) return { result: { field, outcome: 'already', element, shown: current } };
  if (current.trim() && !overwrite) return { result: { field, outcome: 'not-empty', element, shown: value } };
  writeValue(element, value);
  await settled(element);
  const holds = () => sameText(readValue(element), value);
  return { result: { field, outcome: holds() ? 'filled' : 'did-not-stick', element, shown: value }, holds };
}

async function fillDate({ field, spec, element, overwrite }: Job, iso: string): Promise<Written> {
  const shape = dateShapeFor(element, spec.dateFormat);
  const text = formatDate(iso, shape);
  if (text === undefined) return { result: { field, outcome: 'no-value', element } };
  const current = readValue(element);
  if (current.trim() && readDate(current, shape) === iso) return { result: { field, outcome: 'already', element, shown: current } };
  if (current.trim() && !overwrite) return { result: { field, outcome: 'not-empty', element, shown: text } };
  writeValue(element, text);
  await settled(element);
  const holds = () => {
    const shown = readValue(element);
    return shown === text || readDate(shown, shape) === iso;
  };
  return { result: { field, outcome: holds() ? 'filled' : 'did-not-stick', element, shown: text }, holds };
}

function selectedText(select: HTMLSelectElement): string {
  const option = select.selectedIndex >= 0 ? select.options[select.selectedIndex] : undefined;
  return option && option.value !== '' ? option.label || option.text : '';
}

async function fillChoice(job: Job, name: string): Promise<Written> {
  const { field, element, overwrite, waitMs } = job;
  const isSelect = element.tagName === 'SELECT';
  if (!isSelect && !isTypeAhead(element)) return fillText(job, name);
  const current = isSelect ? selectedText(element as HTMLSelectElement) : readValue(element);
  if (current.trim() && alreadyChosen(current, name)) return { result: { field, outcome: 'already', element, shown: current } };
  if (current.trim() && !overwrite) return { result: { field, outcome: 'not-empty', element, shown: name } };
  const picked = await pickByName(element, name, waitMs);
  const chosenValue = readValue(element);
  const holds = () => (isSelect ? readValue(element) === chosenValue : showsChoice(element, picked.shown));
  return { result: { field, outcome: picked.ok ? 'filled' : 'did-not-stick', element, shown: picked.shown }, holds: picked.ok ? holds : undefined };
}

async function fillFile({ field, element, overwrite, waitMs }: Job, certificate: CertificateFile): Promise<Written> {
  if (showsCertificate(element, certificate)) return { result: { field, outcome: 'already', element, shown: certificate.name } };
  if (attachedName(element) && !overwrite) return { result: { field, outcome: 'not-empty', element, shown: certificate.name } };
  const attached = isFileInput(element) ? await attachToInput(element, certificate, waitMs) : await dropOnZone(element, certificate, waitMs);
  const holds = () => showsCertificate(element, certificate);
  return { result: { field, outcome: attached.ok ? 'filled' : 'did-not-stick', element, shown: attached.shown || certificate.name }, holds };
}

function hasValue(field: FillField, values: FillValues): boolean {
  const value = values[field];
  if (field === 'certificate') return !!values.certificate && values.certificate.bytes.length > 0;
  return typeof value === 'string' && value.trim() !== '';
}

async function fillOne(job: Job, values: FillValues): Promise<Written> {
  switch (job.field) {
    case 'certificate':
      return fillFile(job, values.certificate!);
    case 'itemName':
    case 'certificateCode': {
      const value = values[job.field]!.trim();
      return job.spec.kind === 'combobox' ? fillChoice(job, value) : fillText(job, value);
    }
    case 'startDate':
    case 'endDate': {
      const value = values[job.field]!.trim();
      return job.spec.kind === 'date' ? fillDate(job, value) : fillText(job, value);
    }
  }
}

function findSafely(roots: readonly SearchRoot[], spec: FieldSpec, skip: Excluded): Element | undefined {
  try {
    return findFillable(roots, spec, skip);
  } catch {
    return undefined; // a page that breaks the finder is a page where the field was not found
  }
}

export async function fillForm(
  doc: Document,
  target: FillTarget,
  values: FillValues,
  options: FillOptions = {},
): Promise<FillReport> {
  let roots: SearchRoot[];
  try {
    roots = searchRoots(doc);
  } catch {
    roots = [doc];
  }
  const waitMs = options.waitMs ?? DEFAULT_WAIT_MS;
  const used = new Set<Element>();
  let isDecoy: (el: Element) => boolean;
  try {
    isDecoy = decoysOf(doc);
  } catch {
    isDecoy = () => false;
  }
  // A field used for another, or one no one types a claim into (a site search, what a modal dialog covers).
  const skip: Excluded = { has: (el) => used.has(el) || isDecoy(el) };
  const written: Written[] = [];
  for (const field of FILL_FIELDS) {
    const spec = target.fields[field];
    const element = spec ? findSafely(roots, spec, skip) : undefined;
    if (element) used.add(element);
    if (!hasValue(field, values)) {
      written.push({ result: element ? { field, outcome: 'no-value', element } : { field, outcome: 'no-value' } });
      continue;
    }
    if (!element || !spec) {
      written.push({ result: { field, outcome: 'not-found' } });
      continue;
    }
    try {
      written.push(await fillOne({ field, spec, element, overwrite: options.overwrite?.has(field) ?? false, waitMs }, values));
    } catch {
      written.push({ result: { field, outcome: 'did-not-stick', element } });
    }
  }
  // The last read-back: what every filled field shows once the page has reacted to all the edits.
  await pageDelay(doc, 0).catch(() => undefined);
  for (const { result, holds } of written) {
    try {
      if (result.outcome === 'filled' && holds && !holds()) result.outcome = 'did-not-stick';
    } catch {
      result.outcome = 'did-not-stick';
    }
  }
  return { target: target.id, results: written.map((w) => w.result) };
}
