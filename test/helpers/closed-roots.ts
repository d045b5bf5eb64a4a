/**
 * In-page UI lives in closed shadow roots, which a page (and a test) cannot reach through `host.shadowRoot`.
 * Tests keep each root as it is made, the way the content script itself holds it.
 */
import { vi } from 'vitest';

export function keepClosedRoots(): (host: Element) => ShadowRoot {
  const roots = new WeakMap<Element, ShadowRoot>();
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.set(this, root);
    return root;
  });
  return (host) => {
    const root = roots.get(host);
    if (!root) throw new Error(`no shadow root was attached to <${host.localName}>`);
    return root;
  };
}
