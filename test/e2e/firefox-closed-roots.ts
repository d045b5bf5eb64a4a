/**
 * Firefox's way into a closed shadow root (closed-roots.ts): WebDriver BiDi serialises an element with its shadow
 * root, closed ones included, when asked for `includeShadowTree: 'all'`, and the root's shared reference can then be
 * handed to a function. puppeteer-core speaks BiDi but offers neither as API, so its browsing context's realm is used
 * directly (puppeteer-core is pinned by package-lock.json).
 */
import type { Page } from 'puppeteer-core';
import type { RootFunction } from './closed-roots';

interface RemoteValue {
  type: string;
  value?: unknown;
  sharedId?: string;
}
interface EvaluateResult {
  type: 'success' | 'exception';
  result?: RemoteValue & { value?: { shadowRoot?: RemoteValue | null } };
  exceptionDetails?: { text?: string };
}
interface BidiRealm {
  evaluate(expression: string, awaitPromise: boolean, options?: object): Promise<EvaluateResult>;
  callFunction(functionDeclaration: string, awaitPromise: boolean, options?: object): Promise<EvaluateResult>;
}

function realmOf(page: Page): BidiRealm {
  const realm = (page.mainFrame() as unknown as { browsingContext?: { defaultRealm?: BidiRealm } }).browsingContext?.defaultRealm;
  if (!realm) throw new Error('This puppeteer-core no longer exposes the BiDi browsing context (firefox-closed-roots.ts)');
  return realm;
}

function valueOf(result: EvaluateResult, what: string): unknown {
  if (result.type !== 'success' || result.result?.type !== 'string') throw new Error(`${what}: ${result.exceptionDetails?.text ?? JSON.stringify(result.result)}`);
  return JSON.parse(result.result.value as string) as unknown;
}

/** Runs fn on the shadow root of the first <hostTag> in page (null when there is none). */
export async function inClosedRootFirefox(page: Page, hostTag: string, fn: RootFunction): Promise<unknown> {
  const realm = realmOf(page);
  const host = await realm.evaluate(`document.querySelector(${JSON.stringify(hostTag)})`, true, { serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' } });
  const rootId = host.result?.type === 'node' ? host.result.value?.shadowRoot?.sharedId : undefined;
  const wrapped = `(root) => JSON.stringify((${fn})(root) ?? null)`;
  const result = await realm.callFunction(wrapped, true, { arguments: [rootId ? { sharedId: rootId } : { type: 'null' }] });
  return valueOf(result, `In <${hostTag}>'s shadow root`);
}
