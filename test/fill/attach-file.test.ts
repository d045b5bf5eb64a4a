import { afterEach, describe, expect, it } from 'vitest';
import { attachToInput, attachedName, certificateTransfer, dropOnZone, showsCertificate } from '../../src/fill/attach-file';
import type { CertificateFile } from '../../src/fill/fill-types';
import { byId, later, page, type TestPage } from './page-builder';

const PDF_BYTES = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const CERTIFICATE: CertificateFile = { name: 'ENAUTO certificate.pdf', type: 'application/pdf', bytes: PDF_BYTES };

let open: TestPage | undefined;
function build(html: string): TestPage {
  open = page(html);
  return open;
}
afterEach(async () => {
  await open?.close();
  open = undefined;
});

async function bytesOf(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

describe('attachToInput', () => {
  it('puts the PDF, made in the page\'s realm, into the input and fires input and change', async () => {
    const p = build('<label>Upload certificate <input id="f" type="file" accept=".pdf"></label>');
    const input = byId(p.doc, 'f');
    const seen: string[] = [];
    let received: File | undefined;
    input.addEventListener('input', () => seen.push('input'));
    input.addEventListener('change', (e) => {
      seen.push(e.bubbles ? 'change+bubbles' : 'change');
      received = input.files?.[0];
    });
    const result = await attachToInput(input, CERTIFICATE, 500);
    expect(result).toEqual({ ok: true, shown: CERTIFICATE.name });
    expect(seen).toEqual(['input', 'change+bubbles']);
    expect(received).toBeInstanceOf((p.realm as { File: typeof File }).File);
    expect(received).toMatchObject({ name: CERTIFICATE.name, type: 'application/pdf', size: PDF_BYTES.length });
    expect(await bytesOf(received!)).toEqual(PDF_BYTES);
    expect(attachedName(input)).toBe(CERTIFICATE.name);
  });

  it('accepts a page that reads the file, clears the input and shows the name beside it', async () => {
    const p = build('<div><label>Upload certificate <input id="f" type="file"></label><p id="status"></p></div>');
    const input = byId(p.doc, 'f');
    input.addEventListener('change', () => {
      byId(p.doc, 'status').textContent = `Selected: ${input.files?.[0]?.name ?? ''}`;
      input.value = '';
    });
    expect((await attachToInput(input, CERTIFICATE, 500)).ok).toBe(true);
    expect(input.files?.length ?? 0).toBe(0);
  });

  it('sees a file the page already took (input cleared, name shown) and not one shown for another field', async () => {
    const p = build(`
      <form>
        <div class="row"><label>Certificate <input id="cert" type="file"></label><p>Selected: old-certificate.pdf</p></div>
        <div class="row"><label>Transcript <input id="other" type="file"></label></div>
      </form>`);
    expect(attachedName(byId(p.doc, 'cert'))).toBe('old-certificate.pdf');
    expect(attachedName(byId(p.doc, 'other'))).toBeUndefined();
  });

  it('reports a page that throws the file away without showing it', async () => {
    const p = build('<div><input id="f" type="file"></div>');
    const input = byId(p.doc, 'f');
    input.addEventListener('change', () => (input.value = ''));
    expect((await attachToInput(input, CERTIFICATE, 200)).ok).toBe(false);
  });
});

describe('dropOnZone', () => {
  function zonePage(): { p: TestPage; zone: HTMLElement; dropped: () => File[]; seen: string[] } {
    const p = build('<div id="zone" class="dropzone" tabindex="0"><p>Drag and drop your certificate here</p><ul id="files"></ul></div>');
    const zone = byId<HTMLElement>(p.doc, 'zone');
    let dropped: File[] = [];
    const seen: string[] = [];
    for (const type of ['dragenter', 'dragover']) zone.addEventListener(type, (e) => (seen.push(type), e.preventDefault()));
    zone.addEventListener('drop', (e) => {
      seen.push('drop');
      e.preventDefault();
      dropped = Array.from((e as DragEvent).dataTransfer?.files ?? []);
      const li = p.doc.createElement('li');
      li.textContent = dropped[0]?.name ?? '';
      byId(p.doc, 'files').replaceChildren(li);
    });
    return { p, zone, dropped: () => dropped, seen };
  }

  it('drops the PDF with dragenter, dragover and drop, and reads the name the zone shows', async () => {
    const { p, zone, dropped, seen } = zonePage();
    const result = await dropOnZone(zone, CERTIFICATE, 500);
    expect(result).toEqual({ ok: true, shown: CERTIFICATE.name });
    expect(seen).toEqual(['dragenter', 'dragover', 'drop']);
    expect(dropped()).toHaveLength(1);
    expect(dropped()[0]).toBeInstanceOf((p.realm as { File: typeof File }).File);
    expect(await bytesOf(dropped()[0]!)).toEqual(PDF_BYTES);
    expect(attachedName(zone)).toBeDefined();
    expect(showsCertificate(zone, CERTIFICATE)).toBe(true);
  });

  it('uses the DragEvent\'s own dataTransfer where the DOM supports it (as browsers do; happy-dom does not)', async () => {
    const { p, zone, dropped } = zonePage();
    const realm = p.realm as { Event: typeof Event };
    let built = 0;
    // A DragEvent that honours `dataTransfer` in its init, like Chromium's and Firefox's.
    class BrowserLikeDragEvent extends realm.Event {
      readonly dataTransfer: DataTransfer | null;
      constructor(type: string, init: EventInit & { dataTransfer?: DataTransfer } = {}) {
        super(type, init);
        this.dataTransfer = init.dataTransfer ?? null;
        built += 1;
      }
    }
    Object.defineProperty(p.window, 'DragEvent', { value: BrowserLikeDragEvent, configurable: true });
    expect((await dropOnZone(zone, CERTIFICATE, 500)).ok).toBe(true);
    expect(built).toBe(3);
    expect(dropped()[0]?.name).toBe(CERTIFICATE.name);
  });

  it('reports a zone that ignores the drop', async () => {
    const p = build('<div id="zone" class="dropzone"><p>Drag and drop here</p></div>');
    expect((await dropOnZone(byId(p.doc, 'zone'), CERTIFICATE, 200)).ok).toBe(false);
  });
});

describe('where the page has no DataTransfer', () => {
  it('says so instead of failing', async () => {
    const p = build('<input id="f" type="file">');
    Object.defineProperty(p.window, 'DataTransfer', { value: undefined, configurable: true });
    const saved = globalThis.DataTransfer;
    // The test runner's own realm (node) has none either; the page's is what counts.
    expect(saved).toBeUndefined();
    expect(certificateTransfer(byId(p.doc, 'f'), CERTIFICATE)).toBeUndefined();
    expect(await attachToInput(byId(p.doc, 'f'), CERTIFICATE, 100)).toEqual({ ok: false, shown: '' });
  });
});

describe('attachedName', () => {
  it('reads the PDF a drop zone already lists, and nothing from an empty input', async () => {
    const p = build(`
      <div class="row"><div id="zone"><p>Drag and drop</p><ul><li>old-certificate.pdf (12 KB)</li></ul></div></div>
      <div class="row"><label>Transcript <input id="f" type="file"></label></div>`);
    expect(attachedName(byId(p.doc, 'zone'))).toBe('old-certificate.pdf');
    expect(attachedName(byId(p.doc, 'f'))).toBeUndefined();
    await later(p, 0);
  });
});
