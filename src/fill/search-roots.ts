/**
 * Where a form's fields can live: the document, every open shadow root (a web-component form) and every
 * same-origin iframe (a form embedded in the portal), found breadth first so the outer form is searched first.
 * The walk is bounded in depth and in count: a page nesting a thousand shadow roots costs a few dozen lookups.
 * A cross-origin iframe has a null contentDocument (or throws, in some engines): it is skipped.
 */
import { isElement } from './dom-text';

export type SearchRoot = Document | ShadowRoot;

/** Shadow roots inside shadow roots (a design system's input inside a form component inside a page). */
export const MAX_SHADOW_DEPTH = 12;
export const MAX_FRAME_DEPTH = 3;
export const MAX_ROOTS = 200;
/** Elements looked at, in all roots together, for hosts and frames. */
const MAX_ELEMENTS = 200_000;

interface Pending {
  root: SearchRoot;
  shadowDepth: number;
  frameDepth: number;
}

function frameDocument(frame: Element): Document | undefined {
  try {
    const doc = (frame as HTMLIFrameElement).contentDocument;
    return doc && doc.documentElement ? doc : undefined;
  } catch {
    return undefined; // cross-origin: the browser refuses, and that is the answer
  }
}

export function searchRoots(doc: Document): SearchRoot[] {
  const found: SearchRoot[] = [];
  const queue: Pending[] = [{ root: doc, shadowDepth: 0, frameDepth: 0 }];
  const seen = new Set<SearchRoot>([doc]);
  let elements = 0;
  while (queue.length > 0 && found.length < MAX_ROOTS) {
    const { root, shadowDepth, frameDepth } = queue.shift()!;
    found.push(root);
    if (elements >= MAX_ELEMENTS) continue;
    const all = root.querySelectorAll('*');
    for (let i = 0; i < all.length && elements < MAX_ELEMENTS; i += 1) {
      elements += 1;
      const el = all[i]!;
      const shadow = shadowDepth < MAX_SHADOW_DEPTH ? el.shadowRoot : null;
      if (shadow && !seen.has(shadow)) {
        seen.add(shadow);
        queue.push({ root: shadow, shadowDepth: shadowDepth + 1, frameDepth });
      }
      if ((el.tagName === 'IFRAME' || el.tagName === 'FRAME') && frameDepth < MAX_FRAME_DEPTH) {
        const inner = frameDocument(el);
        if (inner && !seen.has(inner)) {
          seen.add(inner);
          queue.push({ root: inner, shadowDepth: 0, frameDepth: frameDepth + 1 });
        }
      }
    }
  }
  return found;
}

/** The element with this id in the same root as `near` (a `for=` or aria-labelledby inside a shadow root). */
export function elementById(near: Node, id: string): Element | undefined {
  if (!id) return undefined;
  const root = near.getRootNode() as Partial<SearchRoot>;
  const byId = typeof root.getElementById === 'function' ? root.getElementById(id) : near.ownerDocument?.getElementById(id);
  return isElement(byId) ? byId : undefined;
}
