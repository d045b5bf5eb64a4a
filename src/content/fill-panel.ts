/**
 * The panel the portal fill script shows beside the form: what was filled and what was not, a way to replace a
 * field that already held something, a "copy each field" list when the form could not be found, and the button
 * that opens the extension's record chooser. Inside a closed shadow root, bottom-right like the toast, so the
 * portal's scripts can neither read it nor press it: every control answers only trusted events. Text goes in
 * through textContent only.
 */

const STYLE = `
:host { all: initial; }
.panel {
  position: fixed; right: 16px; bottom: 16px; z-index: 2147483000; width: min(380px, calc(100vw - 32px));
  max-height: calc(100vh - 32px); overflow: auto; box-sizing: border-box; padding: 12px 16px; border-radius: 8px;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  background: #ffffff; color: #0f172a; border: 1px solid #cbd5e1; box-shadow: 0 8px 24px rgb(0 0 0 / 0.2);
}
h2 { font-size: 15px; margin: 0 24px 8px 0; }
p { margin: 4px 0; }
ul { list-style: none; margin: 8px 0; padding: 0; }
li { display: flex; gap: 8px; align-items: baseline; padding: 2px 0; }
.mark { width: 1.2em; flex: none; font-weight: 700; }
.ok .mark { color: #166534; }
.no .mark { color: #991b1b; }
.grow { flex: 1; min-width: 0; overflow-wrap: anywhere; }
.value { color: #475569; }
button {
  font: inherit; border-radius: 6px; padding: 4px 10px; border: 1px solid #1d4ed8; background: #fff; color: #1d4ed8;
}
button { cursor: pointer; }
button.primary { background: #1d4ed8; color: #fff; }
button:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 2px; }
.close { position: absolute; top: 8px; right: 8px; border-color: transparent; font-size: 18px; line-height: 1; padding: 2px 8px; }
.launcher { position: fixed; right: 16px; bottom: 16px; z-index: 2147483000; box-shadow: 0 4px 12px rgb(0 0 0 / 0.2); }
@media (prefers-color-scheme: dark) {
  .panel { background: #0f172a; color: #f8fafc; border-color: #334155; }
  .value { color: #cbd5e1; }
  button { background: #0f172a; color: #bfdbfe; border-color: #93c5fd; }
  button.primary { background: #93c5fd; color: #0f172a; }
  .ok .mark { color: #86efac; }
  .no .mark { color: #fca5a5; }
}`;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

export function button(label: string, onClick: () => void, className?: string): HTMLButtonElement {
  const b = el('button', label, className);
  b.type = 'button';
  b.addEventListener('click', (event) => event.isTrusted && onClick());
  return b;
}

const PANEL_TAG = 'recert-companion-fill';
let host: HTMLElement | undefined;

export function closePanel(): void {
  host?.remove();
  host = undefined;
}

/**
 * The portal's two scripts (the one on every page, with the launcher; the filler, injected once the user chose a
 * record) each open panels: one never stays beside the other's.
 */
function closeEveryPanel(): void {
  closePanel();
  for (const other of document.querySelectorAll(PANEL_TAG)) other.remove();
}

/** Replaces whatever the panel showed with `content`; returns the root to append to. */
export function openPanel(labelText: string, closeLabel: string, content: Node[], launcher = false): HTMLElement {
  closeEveryPanel();
  host = document.createElement(PANEL_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  const style = el('style', STYLE);
  const box = el('div', undefined, launcher ? undefined : 'panel');
  box.setAttribute('role', launcher ? 'presentation' : 'region');
  box.setAttribute('aria-label', labelText);
  if (!launcher) {
    box.append(button('×', closePanel, 'close'));
    box.lastElementChild?.setAttribute('aria-label', closeLabel);
  }
  box.append(...content);
  box.addEventListener('keydown', (event) => {
    if (event.isTrusted && event.key === 'Escape' && !launcher) closePanel();
  });
  root.append(style, box);
  (document.body ?? document.documentElement).append(host);
  return box;
}

/** One line of the report: a mark (never colour alone), the field, and what happened or its value. */
export function resultLine(ok: boolean, field: string, detail: string, action?: HTMLButtonElement): HTMLLIElement {
  const li = el('li', undefined, ok ? 'ok' : 'no');
  li.append(el('span', ok ? '✓' : '✗', 'mark'));
  const text = el('span', undefined, 'grow');
  text.append(el('strong', field), el('span', ` — ${detail}`, 'value'));
  li.append(text);
  if (action) li.append(action);
  return li;
}
