/**
 * Writing a value the way a user's typing arrives, so frameworks accept it. React tracks the last value it
 * saw on the node (an own `value` property shadowing the prototype's) and ignores an input event when the
 * node's value equals it, so a plain `el.value = x` is invisible to it and reverted on the next render. The
 * prototype's own setter changes the value under the tracker; a bubbling, composed input event then reaches
 * React's root listener (and Angular's and Vue's element listeners), change and blur finish the edit.
 * Events and timers come from the element's own window: the form may be in an iframe or another realm.
 */

import { firefoxPage } from './page-realm';

type EventKind = 'Event' | 'InputEvent' | 'FocusEvent' | 'MouseEvent' | 'PointerEvent' | 'DragEvent';
type EventConstructor = new (type: string, init?: Record<string, unknown>) => Event;

export function pageWindow(node: Node): (Window & typeof globalThis) | undefined {
  const doc = node.ownerDocument ?? (node as Document);
  return (doc.defaultView as (Window & typeof globalThis) | null) ?? undefined;
}

/** An event of `kind` built in the node's realm, falling back to a plain Event where the kind is missing. */
export function makeEvent(node: Node, kind: EventKind, type: string, init: Record<string, unknown> = {}): Event {
  const full = { bubbles: false, cancelable: false, composed: false, ...init };
  const firefox = firefoxPage(node);
  const PageCtor = firefox?.win[kind] as EventConstructor | undefined;
  // In Firefox the init (with its DataTransfer, for a drop) is cloned into the page, so the page's handler reads it.
  if (firefox && PageCtor) return new PageCtor(type, firefox.clone(full, firefox.win, { wrapReflectors: true }));
  const win = pageWindow(node) as unknown as Record<string, EventConstructor | undefined> | undefined;
  const Ctor = win?.[kind] ?? win?.Event;
  if (Ctor) return new Ctor(type, full);
  // A document without a window (DOMParser's): createEvent still builds the event in its realm.
  const doc = node.ownerDocument ?? (node as Document);
  const event = doc.createEvent('Event');
  event.initEvent(type, Boolean(full.bubbles), Boolean(full.cancelable));
  return event;
}

export function fire(node: Node, kind: EventKind, type: string, init: Record<string, unknown> = {}): boolean {
  return node.dispatchEvent(makeEvent(node, kind, type, init));
}

/** Waits `ms` on the page's own clock (its setTimeout), so tests with the page's timers stay in step. */
export function pageDelay(node: Node, ms: number): Promise<void> {
  const win = pageWindow(node);
  const schedule = win && typeof win.setTimeout === 'function' ? win.setTimeout.bind(win) : setTimeout;
  return new Promise((resolve) => {
    schedule(() => resolve(), ms);
  });
}

/** The `value` setter of the element's prototype chain, skipping a tracker defined on the element itself. */
function nativeValueSetter(el: Element): ((this: Element, value: string) => void) | undefined {
  for (let proto = Object.getPrototypeOf(el) as object | null; proto; proto = Object.getPrototypeOf(proto) as object | null) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'value');
    if (descriptor?.set) return descriptor.set as (this: Element, value: string) => void;
  }
  return undefined;
}

export function setNativeValue(el: Element, value: string): void {
  const setter = nativeValueSetter(el);
  if (setter) setter.call(el, value);
  else (el as HTMLInputElement).value = value;
}

export function readValue(el: Element): string {
  const value = (el as HTMLInputElement).value;
  return typeof value === 'string' ? value : '';
}

function isFocused(el: Element): boolean {
  const root = el.getRootNode() as Partial<DocumentOrShadowRoot>;
  return root.activeElement === el;
}

/** Focus as a click would give it (real focus when the page allows it, so focus-driven widgets wake up). */
export function focusField(el: Element): void {
  try {
    (el as HTMLElement).focus?.({ preventScroll: true });
  } catch {
    // an element that cannot take focus: the events below still tell the page
  }
  if (!isFocused(el)) {
    fire(el, 'FocusEvent', 'focus');
    fire(el, 'FocusEvent', 'focusin', { bubbles: true, composed: true });
  }
}

/** Ends the edit: blur and focusout, which is when Angular marks a field touched and pickers commit. */
export function blurField(el: Element): void {
  if (isFocused(el)) {
    try {
      (el as HTMLElement).blur();
      if (!isFocused(el)) return;
    } catch {
      // fall through to the events
    }
  }
  fire(el, 'FocusEvent', 'blur');
  fire(el, 'FocusEvent', 'focusout', { bubbles: true, composed: true });
}

/** Sets the value and tells the page: input (as typing), then change. */
export function typeValue(el: Element, value: string): void {
  setNativeValue(el, value);
  fire(el, 'InputEvent', 'input', { bubbles: true, composed: true, inputType: 'insertText', data: value });
}

/** A whole edit of one field: focus, value, input, change, blur. */
export function writeValue(el: Element, value: string): void {
  focusField(el);
  typeValue(el, value);
  fire(el, 'Event', 'change', { bubbles: true });
  blurField(el);
}

/** A click as a pointer gives it: press, release, click, all bubbling out of shadow roots. */
export function clickElement(el: Element): void {
  const init = { bubbles: true, cancelable: true, composed: true, button: 0, buttons: 1 };
  fire(el, 'PointerEvent', 'pointerdown', init);
  fire(el, 'MouseEvent', 'mousedown', init);
  fire(el, 'PointerEvent', 'pointerup', { ...init, buttons: 0 });
  fire(el, 'MouseEvent', 'mouseup', { ...init, buttons: 0 });
  fire(el, 'MouseEvent', 'click', { ...init, buttons: 0 });
}
