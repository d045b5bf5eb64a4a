/** Chromium's way into a closed shadow root (closed-roots.ts): the DevTools protocol, which pierces them. */
import type { CDPSession, Page } from 'playwright-core';
import type { RootFunction } from './closed-roots';

interface DomNode {
  localName?: string;
  backendNodeId: number;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function sessionFor(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

function findHost(node: DomNode, tag: string): DomNode | undefined {
  if (node.localName === tag) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const found = findHost(child, tag);
    if (found) return found;
  }
  return undefined;
}

/** Runs fn on the shadow root of the first <hostTag> in page's top document (null when there is none). */
export async function inClosedRootChromium(page: Page, hostTag: string, fn: RootFunction): Promise<unknown> {
  const cdp = await sessionFor(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const shadowRoot = findHost(root, hostTag)?.shadowRoots?.[0];
  if (!shadowRoot) return page.evaluate(`(${fn})(null)`);
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadowRoot.backendNodeId });
  const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId!,
    functionDeclaration: `function () { return (${fn})(this); }`,
    returnByValue: true,
    awaitPromise: true,
  });
  if (exceptionDetails) throw new Error(`In <${hostTag}>'s shadow root: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return result.value as unknown;
}
