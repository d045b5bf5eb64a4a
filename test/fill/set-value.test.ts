import { afterEach, describe, expect, it } from 'vitest';
import { blurField, focusField, makeEvent, setNativeValue, writeValue } from '../../src/fill/set-value';
import { byId, page, shadowHost, type TestPage } from './page-builder';

let open: TestPage | undefined;
function build(html: string): TestPage {
  open = page(html);
  return open;
}
afterEach(async () => {
  await open?.close();
  open = undefined;
});

/**
 * React's value tracking, as the React fixture plays it: an own `value` property on the node records what was
 * set through it, and the root's input listener drops an event whose value equals the recorded one.
 */
function reactStyleInput(p: TestPage, input: HTMLInputElement): { state: () => string } {
  const realm = p.realm as { HTMLInputElement: typeof HTMLInputElement };
  const native = Object.getOwnPropertyDescriptor(realm.HTMLInputElement.prototype, 'value')!;
  let tracked = native.get!.call(input) as string;
  Object.defineProperty(input, 'value', {
    configurable: true,
    get() {
      return native.get!.call(this);
    },
    set(v: string) {
      tracked = String(v);
      native.set!.call(this, v);
    },
  });
  let state = '';
  p.doc.body.addEventListener('input', (event) => {
    if (event.target !== input) return;
    const now = native.get!.call(input) as string;
    if (now === tracked) {
      input.value = state; // React restores a controlled input to its state
      return;
    }
    tracked = now;
    state = now;
  });
  return { state: () => state };
}

describe('writeValue: values a framework accepts', () => {
  it('a React-tracked input ignores `el.value = x` plus an input event, and accepts the native setter', () => {
    const p = build('<div id="root"><input id="code"></div>');
    const input = byId(p.doc, 'code');
    const react = reactStyleInput(p, input);

    input.value = 'CSCO-U-8F3K2Q';
    input.dispatchEvent(makeEvent(input, 'Event', 'input', { bubbles: true }));
    expect(react.state()).toBe(''); // the naive way: React never hears of it
    expect(input.value).toBe('');

    writeValue(input, 'CSCO-U-8F3K2Q');
    expect(react.state()).toBe('CSCO-U-8F3K2Q');
  });

  it('dispatches focus, input (bubbling, composed), change (bubbling) and blur, in that order', () => {
    const p = build('<form id="f"><input id="x"></form>');
    const input = byId(p.doc, 'x');
    const seen: string[] = [];
    for (const type of ['focus', 'blur']) input.addEventListener(type, () => seen.push(type));
    for (const type of ['input', 'change']) {
      input.addEventListener(type, (e) => seen.push(`${type}${e.bubbles ? '+bubbles' : ''}${e.composed ? '+composed' : ''}`));
    }
    writeValue(input, 'hello');
    expect(seen).toEqual(['focus', 'input+bubbles+composed', 'change+bubbles', 'blur']);
    expect(input.value).toBe('hello');
  });

  it('reaches a listener on the document from inside a shadow root (composed)', () => {
    const p = build('');
    const root = shadowHost(p.doc.body, '<input id="inner">');
    let heard = '';
    p.doc.addEventListener('input', (e) => (heard = (e.composedPath()[0] as HTMLInputElement).value));
    writeValue(byId(root, 'inner'), 'from the shadows');
    expect(heard).toBe('from the shadows');
  });

  it('builds events in the element\'s own realm (an iframe\'s window)', async () => {
    const p = build('<iframe id="f" srcdoc="<input id=x>"></iframe>');
    await p.window.happyDOM.waitUntilComplete();
    const frame = byId<HTMLIFrameElement>(p.doc, 'f');
    // happy-dom's frames share their parent's event classes; a class of the frame's own stands in for its realm.
    const frameWindow = frame.contentWindow as unknown as { InputEvent: typeof InputEvent };
    class FrameInputEvent extends frameWindow.InputEvent {}
    Object.defineProperty(frameWindow, 'InputEvent', { value: FrameInputEvent, configurable: true });
    const input = frame.contentDocument!.getElementById('x')!;
    const events: Event[] = [];
    input.addEventListener('input', (e) => events.push(e));
    writeValue(input, 'x');
    expect(events).toHaveLength(1);
    expect(events[0]).toBeInstanceOf(FrameInputEvent);
  });

  it('sets textareas and selects through their own prototypes', () => {
    const p = build('<textarea id="t"></textarea><select id="s"><option value="a">A</option><option value="b">B</option></select>');
    setNativeValue(byId(p.doc, 't'), 'notes');
    setNativeValue(byId(p.doc, 's'), 'b');
    expect(byId<HTMLTextAreaElement>(p.doc, 't').value).toBe('notes');
    expect(byId<HTMLSelectElement>(p.doc, 's').value).toBe('b');
  });

  it('tells the page about focus and blur even when the element will not take real focus', () => {
    const p = build('<input id="x">');
    const input = byId(p.doc, 'x');
    Object.defineProperty(input, 'focus', { value: () => undefined });
    const seen: string[] = [];
    for (const type of ['focus', 'focusin', 'blur', 'focusout']) input.addEventListener(type, () => seen.push(type));
    focusField(input);
    blurField(input);
    expect(seen).toEqual(['focus', 'focusin', 'blur', 'focusout']);
  });

  it('makes an event for a document without a window (a parsed document) instead of failing', () => {
    const p = build('');
    const parsed = new (p.realm as { DOMParser: typeof DOMParser }).DOMParser().parseFromString('<input id=x>', 'text/html');
    const input = parsed.getElementById('x')!;
    Object.defineProperty(parsed, 'defaultView', { value: null });
    const event = makeEvent(input, 'InputEvent', 'input', { bubbles: true });
    expect(event.type).toBe('input');
    expect(event.bubbles).toBe(true);
  });
});
