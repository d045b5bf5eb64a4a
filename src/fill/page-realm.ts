/**
 * Objects the page's own script must read (a File, a DataTransfer, the init of the event carrying them) have to be
 * the page's. Chrome shares DOM objects between a content script and the page already. Firefox's content scripts
 * see the page through Xray wrappers, and what they create stays theirs, unreadable to the page (its drop handler
 * finds no file), unless made with the page's own constructors (`wrappedJSObject`) from values cloned into the
 * page (`cloneInto`). Outside a Firefox content script this answers undefined and the callers use the DOM as is.
 */
type CloneInto = <T>(value: T, target: object, options?: { wrapReflectors?: boolean }) => T;

export interface FirefoxPage {
  /** The page's window, Xrays waived: its File, DataTransfer and event constructors are the page's own. */
  win: Record<string, unknown>;
  clone: CloneInto;
}

export function firefoxPage(node: Node): FirefoxPage | undefined {
  const clone = (globalThis as { cloneInto?: CloneInto }).cloneInto;
  const doc = node.ownerDocument ?? (node as Document);
  const waived = (doc.defaultView as unknown as { wrappedJSObject?: Record<string, unknown> } | null)?.wrappedJSObject;
  return typeof clone === 'function' && waived ? { win: waived, clone } : undefined;
}
