/**
 * Attaching the certificate PDF as if the user had picked or dropped it. The File and the DataTransfer are
 * built in the page's realm (an iframe's window, the test's window) so the page's own checks (instanceof File,
 * dataTransfer.files) see ordinary objects. A file input gets `files` and input/change; a drop zone gets
 * dragenter, dragover and drop carrying the DataTransfer. Read back from input.files, or from the file name the
 * page shows next to the field (many uploaders clear the input once they have read it).
 */
import type { CertificateFile } from './fill-types';
import { boundedText } from './dom-text';
import { fire, makeEvent, pageDelay, pageWindow } from './set-value';
import { firefoxPage, type FirefoxPage } from './page-realm';

/** How far up from the field the page may show the chosen file's name. */
const MAX_CLIMB = 2;
const MAX_DISPLAY_CHARS = 4_000;
const POLL_MS = 50;
const PDF_NAME = /[^\s/\\:*?"<>|]+\.pdf\b/i;

export interface AttachResult {
  ok: boolean;
  shown: string;
}

interface PageRealm {
  File: typeof File;
  DataTransfer: typeof DataTransfer;
  Uint8Array: typeof Uint8Array;
}

/** A DataTransfer holding the certificate as a File, both made in `node`'s realm; undefined where it cannot be. */
export function certificateTransfer(node: Node, certificate: CertificateFile): DataTransfer | undefined {
  const firefox = firefoxPage(node);
  if (firefox) return pageTransfer(firefox, certificate);
  const realm = pageWindow(node) as unknown as Partial<PageRealm> | undefined;
  const FileInPage = realm?.File ?? (typeof File === 'function' ? File : undefined);
  const TransferInPage = realm?.DataTransfer ?? (typeof DataTransfer === 'function' ? DataTransfer : undefined);
  if (!FileInPage || !TransferInPage) return undefined;
  try {
    const bytes = realm?.Uint8Array ? new realm.Uint8Array(certificate.bytes) : certificate.bytes;
    const file = new FileInPage([bytes as Uint8Array<ArrayBuffer>], certificate.name, { type: certificate.type });
    const transfer = new TransferInPage();
    transfer.items.add(file);
    return transfer.files.length > 0 ? transfer : undefined;
  } catch {
    return undefined;
  }
}

/** Firefox: the File and DataTransfer made by the page's own constructors, from bytes cloned into the page. */
function pageTransfer({ win, clone }: FirefoxPage, certificate: CertificateFile): DataTransfer | undefined {
  try {
    const PageFile = win.File as typeof File;
    const PageTransfer = win.DataTransfer as typeof DataTransfer;
    const file = new PageFile(clone([certificate.bytes], win) as BlobPart[], certificate.name, clone({ type: certificate.type }, win));
    const transfer = new PageTransfer();
    transfer.items.add(file);
    return transfer.files.length > 0 ? transfer : undefined;
  } catch {
    return undefined;
  }
}

export function filesOf(input: Element): File[] {
  const files = (input as HTMLInputElement).files;
  return files ? Array.from(files) : [];
}

export function holdsCertificate(input: Element, certificate: CertificateFile): boolean {
  return filesOf(input).some((file) => file.name === certificate.name && file.size === certificate.bytes.length);
}

/**
 * The field and the few boxes around it that belong to it alone: climbing stops at a box holding another
 * control (that is the form, where a file name may belong to something else).
 */
function ownBoxes(field: Element): Element[] {
  const boxes = [field];
  for (let el = field.parentElement, level = 1; el && level <= MAX_CLIMB; el = el.parentElement, level += 1) {
    if (Array.from(el.querySelectorAll('input, select, textarea')).some((control) => control !== field)) break;
    boxes.push(el);
  }
  return boxes;
}

/** Whether the page shows `name` at the field. */
function displaysName(field: Element, name: string): boolean {
  const wanted = name.toLowerCase();
  return ownBoxes(field).some((box) => (boundedText(box, MAX_DISPLAY_CHARS) ?? '').toLowerCase().includes(wanted));
}

/** Whether the field holds the certificate, or the page shows its name there (after reading and clearing it). */
export function showsCertificate(field: Element, certificate: CertificateFile): boolean {
  return holdsCertificate(field, certificate) || displaysName(field, certificate.name);
}

/**
 * The PDF a field already holds, if any: in input.files, or a file name the page shows at the field (a drop
 * zone's list, the "Selected: …" line of an uploader that clears its input after reading it).
 */
export function attachedName(field: Element): string | undefined {
  const [file] = filesOf(field);
  if (file) return file.name;
  for (const box of ownBoxes(field)) {
    const shown = PDF_NAME.exec(boundedText(box, MAX_DISPLAY_CHARS) ?? '')?.[0];
    if (shown) return shown;
  }
  return undefined;
}

async function readBack(field: Element, check: () => boolean, waitMs: number): Promise<boolean> {
  const deadline = Date.now() + waitMs;
  while (!check()) {
    if (Date.now() >= deadline) return false;
    await pageDelay(field, POLL_MS);
  }
  return true;
}

export async function attachToInput(input: Element, certificate: CertificateFile, waitMs: number): Promise<AttachResult> {
  const transfer = certificateTransfer(input, certificate);
  if (!transfer) return { ok: false, shown: '' };
  try {
    (input as HTMLInputElement).files = transfer.files;
  } catch {
    return { ok: false, shown: '' };
  }
  fire(input, 'Event', 'input', { bubbles: true, composed: true });
  fire(input, 'Event', 'change', { bubbles: true });
  const ok = await readBack(input, () => showsCertificate(input, certificate), waitMs);
  return { ok, shown: certificate.name };
}

function dispatchDrag(zone: Element, type: string, transfer: DataTransfer): void {
  const event = makeEvent(zone, 'DragEvent', type, { bubbles: true, cancelable: true, composed: true, dataTransfer: transfer });
  // A DOM whose DragEvent ignores dataTransfer in its init (or has no DragEvent): give the event the transfer itself.
  if ((event as DragEvent).dataTransfer !== transfer) Object.defineProperty(event, 'dataTransfer', { value: transfer, configurable: true });
  zone.dispatchEvent(event);
}

export async function dropOnZone(zone: Element, certificate: CertificateFile, waitMs: number): Promise<AttachResult> {
  const transfer = certificateTransfer(zone, certificate);
  if (!transfer) return { ok: false, shown: '' };
  for (const type of ['dragenter', 'dragover', 'drop']) dispatchDrag(zone, type, transfer);
  const ok = await readBack(zone, () => displaysName(zone, certificate.name), waitMs);
  return { ok, shown: certificate.name };
}
