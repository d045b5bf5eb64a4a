import { afterEach, describe, expect, it } from 'vitest';
import { findField } from '../../src/fill/fill-form';
import { findFieldIn } from '../../src/fill/find-field';
import type { FieldSpec } from '../../src/fill/fill-types';
import { MAX_SHADOW_DEPTH, searchRoots } from '../../src/fill/search-roots';
import ciscoCePortal from '../../src/fill/targets/cisco-ce-portal';
import { byId, page, put, shadowHost, type TestPage } from './page-builder';

const START: FieldSpec = { kind: 'date', labels: [/^start date\b/i], names: [/^startDate$/i], placeholders: [/^when did you start/i] };
const CERTIFICATE = ciscoCePortal.fields.certificate;

let open: TestPage | undefined;
function build(html: string): TestPage {
  open = page(html);
  return open;
}
afterEach(async () => {
  await open?.close();
  open = undefined;
});

describe('findField: each way a form names a field', () => {
  it.each([
    ['a <label for=>', '<input id="other"><label for="start">Start date</label><input id="start">'],
    ['a wrapping <label>', '<label>Start date <span>(when you began)</span><input id="start"></label>'],
    ['aria-labelledby (several ids)', '<span id="l1">Start date</span><span id="l2">of the item</span><input id="start" aria-labelledby="l1 l2">'],
    ['aria-label', '<input id="start" aria-label="Start date">'],
    ['a <label> right before the control', '<div><label>Start date</label></div><div><input id="start"></div>'],
    ['the name attribute', '<input id="start" name="startDate">'],
    ['the placeholder', '<input id="start" placeholder="When did you start?">'],
    ['a label decorated with * and (required):', '<label for="start">* Start date (required):</label><input id="start">'],
  ])('finds the field by %s', (_how, html) => {
    const { doc } = build(`<form>${html}</form>`);
    expect(findField(doc, START)).toBe(byId(doc, 'start'));
  });

  it('prefers a label over a name match elsewhere in the form', () => {
    const { doc } = build('<input id="by-name" name="startDate"><label for="by-label">Start date</label><input id="by-label">');
    expect(findField(doc, START)?.id).toBe('by-label');
  });

  it('reads labels from their start: "Not the start date" is not "Start date"', () => {
    const { doc } = build('<label for="a">Not the start date</label><input id="a">');
    expect(findField(doc, START)).toBeUndefined();
  });

  it('skips controls of the wrong kind: a checkbox, a disabled input, a text box for a file', () => {
    const { doc } = build(`
      <label>Start date <input type="checkbox" id="cb"></label>
      <label for="off">Start date</label><input id="off" disabled>
      <label for="ok">Start date</label><input id="ok" type="date">
      <label for="code">Completion certificate</label><input id="code">
      <label for="pdf">Completion certificate (PDF)</label><input id="pdf" type="file">`);
    expect(findField(doc, START)?.id).toBe('ok');
    expect(findField(doc, CERTIFICATE)?.id).toBe('pdf');
  });

  it('gives the input of an ARIA 1.1 combobox wrapper', () => {
    const { doc } = build('<span id="l">Item name</span><div role="combobox" aria-labelledby="l"><input id="item"></div>');
    expect(findField(doc, ciscoCePortal.fields.itemName)).toBe(byId(doc, 'item'));
  });

  it('does not hand out an element already used for another field', () => {
    const { doc } = build('<input id="a" name="startDate"><input id="b" placeholder="When did you start?">');
    const roots = searchRoots(doc);
    const first = findFieldIn(roots, START)!;
    expect(first.id).toBe('a');
    expect(findFieldIn(roots, START, new Set([first]))?.id).toBe('b');
  });

  it('answers undefined, not an error, when nothing fits', () => {
    const { doc } = build('<label for="q1">Field 1</label><input id="q1" name="f1">');
    for (const spec of Object.values(ciscoCePortal.fields)) expect(findField(doc, spec)).toBeUndefined();
  });
});

describe('findField: drop zones when there is no file input', () => {
  it('finds the box a "drag and drop" caption sits in', () => {
    const { doc } = build('<div class="upload" id="zone" tabindex="0"><p>Drag and drop your <b>certificate</b> here</p><ul></ul></div>');
    expect(findField(doc, CERTIFICATE)?.id).toBe('zone');
  });

  it('prefers the file input a drop zone wraps', () => {
    const { doc } = build('<div class="dropzone"><p>Drop your certificate here</p><input type="file" id="hidden-input" style="display:none"></div>');
    expect(findField(doc, CERTIFICATE)?.id).toBe('hidden-input');
  });

  it('does not take a paragraph that merely mentions dropping for a zone unless it says drag and drop', () => {
    const { doc } = build('<p>We will drop support for old browsers.</p>');
    expect(findField(doc, CERTIFICATE)).toBeUndefined();
  });
});

describe('findField: shadow roots and iframes', () => {
  it('looks inside nested open shadow roots, resolving for= inside the shadow root', () => {
    const { doc } = build('<input id="start"><p>outside</p>');
    const outer = shadowHost(doc.body, '<div id="slot"></div>');
    const inner = shadowHost(byId(outer, 'slot'), '<label for="start">Start date</label><input id="start" data-inner>');
    expect(findField(doc, START)).toBe(byId(inner, 'start'));
  });

  it('cannot see into a closed shadow root (and does not fail on it)', () => {
    const { doc } = build('');
    shadowHost(doc.body, '<label for="s">Start date</label><input id="s">', 'closed');
    expect(findField(doc, START)).toBeUndefined();
  });

  it('looks inside a same-origin iframe (srcdoc)', async () => {
    const p = build('<iframe id="f" srcdoc="<label for=s>Start date</label><input id=s>"></iframe>');
    await p.window.happyDOM.waitUntilComplete();
    const frame = byId<HTMLIFrameElement>(p.doc, 'f');
    expect(frame.contentDocument?.getElementById('s')).toBeTruthy();
    expect(findField(p.doc, START)).toBe(frame.contentDocument!.getElementById('s'));
  });

  it('skips an iframe whose document is out of reach (throws or is null) and keeps looking', () => {
    const { doc } = build('<iframe id="cross"></iframe><iframe id="gone"></iframe><label for="s">Start date</label><input id="s">');
    // What a cross-origin frame looks like from a content script: reading it throws (or gives null).
    Object.defineProperty(byId(doc, 'cross'), 'contentDocument', { get: () => { throw new Error('SecurityError: cross-origin frame'); } });
    Object.defineProperty(byId(doc, 'gone'), 'contentDocument', { get: () => null });
    expect(() => searchRoots(doc)).not.toThrow();
    expect(findField(doc, START)?.id).toBe('s');
  });
});

// No timing is asserted (a loaded machine must not fail a correct build): a walk that blows up on these pages,
// quadratic or worse, fails by this generous timeout instead.
describe('findField on hostile pages', { timeout: 30_000 }, () => {
  it('finds the field after 10,000 labels that are not it', () => {
    const labels = Array.from({ length: 10_000 }, (_, i) => `<label for="x${i}">Question ${i}</label><input id="x${i}">`).join('');
    const { doc } = build(`${labels}<label for="s">Start date</label><input id="s">`);
    expect(findField(doc, START)?.id).toBe('s');
  });

  it('walks a bounded depth of nested shadow roots: a field 200 roots down is not found', () => {
    const { doc } = build('');
    let parent: ParentNode = doc.body;
    const depthOf = new Map<number, ShadowRoot>();
    for (let depth = 1; depth <= 200; depth += 1) {
      const root = shadowHost(parent, '<div class="level"></div>');
      depthOf.set(depth, root);
      parent = root.querySelector('.level')!;
    }
    put(parent, '<label for="deep">Start date</label><input id="deep">');
    expect(findField(doc, START)).toBeUndefined();
    // Within the bound, the same field is found.
    put(depthOf.get(MAX_SHADOW_DEPTH - 1)!.querySelector('.level')!, '<label for="near">Start date</label><input id="near">');
    expect(findField(doc, START)?.id).toBe('near');
  });

  it('ignores a label made of 100,000 empty spans', () => {
    const { doc } = build('<label for="spans" id="spans-label">Start date</label><input id="spans"><label for="s">Start date</label><input id="s">');
    const label = byId(doc, 'spans-label');
    for (let i = 0; i < 100_000; i += 1) label.append(doc.createElement('span'));
    expect(findField(doc, START)?.id).toBe('s');
  });

  it('ignores a label whose text is 1 MB (it is not a label) and still finds the real one', () => {
    const { doc } = build('<label for="huge" id="huge-label"></label><input id="huge"><label for="s">Start date</label><input id="s">');
    byId(doc, 'huge-label').textContent = `Start date ${'x'.repeat(1_048_576)}`;
    expect(findField(doc, START)?.id).toBe('s');
  });
});
