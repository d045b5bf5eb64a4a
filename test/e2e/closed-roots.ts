/**
 * The extension's in-page UI (the toast, the portal's panel) lives in closed shadow roots: a page's script cannot
 * reach it, and neither can the tests through the page. Each browser's debugging protocol can (Chromium's DevTools
 * protocol with `pierce`, WebDriver BiDi's `includeShadowTree: 'all'` in Firefox), as DevTools shows a closed root.
 * The functions here run inside such a root; the drivers hand them the root, the scenario reads and clicks with them.
 */

export const TOAST_HOST = 'recert-companion-toast';
export const PANEL_HOST = 'recert-companion-fill';

/** A function's source, run with the closed shadow root (or null when there is no host); its result must be JSON. */
export type RootFunction = string;

/** The toast's [role=status] box text, as a user reads it, or null. */
export const TOAST_TEXT: RootFunction = `(root) => {
  const box = root && root.querySelector('[role=status]');
  return box ? (box.innerText || box.textContent) : null;
}`;

/** The panel's text on one line, or null when it shows none. */
export const PANEL_TEXT: RootFunction = `(root) => {
  const box = root && root.querySelector('[role]');
  return box ? box.textContent.replace(/\\s+/g, ' ').trim() : null;
}`;

/**
 * Where the button named `label` is (its text, or its aria-label; `exact` or contained), as viewport coordinates
 * for a real click; null when it is not there (yet).
 */
export function buttonCenter(label: string, exact: boolean): RootFunction {
  return `(root) => {
    const label = ${JSON.stringify(label)};
    const named = (b) => [b.textContent.trim(), b.getAttribute('aria-label') || ''].some((n) => ${exact ? 'n === label' : 'n.includes(label)'});
    const button = root && [...root.querySelectorAll('button')].find(named);
    if (!button || button.disabled) return null;
    button.scrollIntoView({ block: 'center' });
    const r = button.getBoundingClientRect();
    return r.width > 0 && r.height > 0 ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
  }`;
}

/** What a page's own script can see of the extension's UI: nothing, if the roots are closed. */
export const PAGE_SEES_OF_OWN_UI_JS = `[...document.querySelectorAll('${TOAST_HOST}, ${PANEL_HOST}')].map((host) => ({ tag: host.localName, shadowRoot: host.shadowRoot !== null, text: host.textContent }))`;

/** What a portal page's script would try to send the form by itself after the extension filled it. */
export const PAGE_SUBMITS_BY_ITSELF_JS = `(() => {
  const form = document.querySelector('form');
  form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  form.requestSubmit();
  form.querySelector('button[type=submit]').click();
  return true;
})()`;

/**
 * What a page's script would do to press the extension's button at `at` (viewport coordinates it could guess): click
 * the host, click whatever is at that point (the host, as a closed root retargets), press Enter and Escape on it.
 */
export function pagePressesOwnUiJs(hostTag: string, at: { x: number; y: number }): string {
  return `(() => {
    const host = document.querySelector('${hostTag}');
    host.click();
    const hit = document.elementFromPoint(${at.x}, ${at.y});
    hit.click();
    hit.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: ${at.x}, clientY: ${at.y} }));
    for (const key of ['Enter', ' ', 'Escape']) host.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
    return hit.localName;
  })()`;
}
