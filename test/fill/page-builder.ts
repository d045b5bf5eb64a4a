/**
 * Small pages for the fill tests, built from the test's own markup (never page text) in a happy-dom window of
 * their own, so every element, event and File comes from that window's realm as it would in a browser tab.
 */
import { Window } from 'happy-dom';

export interface TestPage {
  window: Window;
  doc: Document;
  /** The page's own constructors (Event, File, ...), typed loosely for instanceof checks. */
  realm: Record<string, unknown>;
  close(): Promise<void>;
}

export function blankPage(url = 'https://ce.cisco.com/submit-items'): TestPage {
  const window = new Window({ url, settings: { disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  const doc = window.document as unknown as Document;
  return { window, doc, realm: window as unknown as Record<string, unknown>, close: () => window.happyDOM.close() };
}

/** Appends markup (the test's own) to `parent`, parsed by the parent's document. */
export function put(parent: ParentNode, html: string): void {
  const doc = (parent as Node).ownerDocument ?? (parent as unknown as Document);
  const parsed = new (doc.defaultView as unknown as { DOMParser: typeof DOMParser }).DOMParser().parseFromString(
    `<!DOCTYPE html><body>${html}</body>`,
    'text/html',
  );
  parent.append(...Array.from(parsed.body.childNodes).map((node) => doc.importNode(node, true)));
}

export function page(html: string, url?: string): TestPage {
  const p = blankPage(url);
  put(p.doc.body, html);
  return p;
}

/** An open (or closed) shadow root on a new <div> appended to `parent`, holding `html`. */
export function shadowHost(parent: ParentNode, html: string, mode: 'open' | 'closed' = 'open'): ShadowRoot {
  const doc = (parent as Node).ownerDocument ?? (parent as unknown as Document);
  const host = doc.createElement('div');
  parent.append(host);
  const root = host.attachShadow({ mode });
  put(root, html);
  return root;
}

export function byId<T extends Element = HTMLInputElement>(root: Document | ShadowRoot, id: string): T {
  const el = root.getElementById(id);
  if (!el) throw new Error(`No #${id}`);
  return el as unknown as T;
}

/** Waits on the page's own clock. */
export function later(p: TestPage, ms: number): Promise<void> {
  return new Promise((resolve) => p.window.setTimeout(resolve, ms));
}
