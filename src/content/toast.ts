/**
 * The in-page toast: bottom-right, inside a closed shadow root so the page's CSS can't reach it and ours can't
 * leak out, and the page's scripts can neither read it nor change its words. Text goes in through textContent
 * only. One toast at a time; it leaves after 8 s unless the pointer or keyboard focus is on it. Every control
 * answers only the user's own clicks and key presses (trusted events): a page script's synthetic click or
 * key press does nothing.
 */
const VISIBLE_MS = 8000;

const STYLE = `
:host { all: initial; }
.toast {
  position: fixed; right: 16px; bottom: 16px; z-index: 2147483000; max-width: min(380px, calc(100vw - 32px));
  display: flex; gap: 12px; align-items: center; padding: 12px 16px; border-radius: 8px;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  background: #0f172a; color: #f8fafc; box-shadow: 0 8px 24px rgb(0 0 0 / 0.25);
}
.text { flex: 1; min-width: 0; }
.title { font-weight: 600; overflow-wrap: anywhere; }
button {
  font: inherit; cursor: pointer; border-radius: 6px; padding: 4px 10px;
  border: 1px solid #93c5fd; background: transparent; color: #bfdbfe;
}
button.close { border-color: transparent; font-size: 18px; line-height: 1; padding: 4px 8px; }
button:hover { background: rgb(255 255 255 / 0.08); }
button:focus-visible { outline: 2px solid #fbbf24; outline-offset: 2px; }
@media (prefers-color-scheme: light) {
  .toast { background: #ffffff; color: #0f172a; border: 1px solid #cbd5e1; }
  button { border-color: #1d4ed8; color: #1d4ed8; }
  button:hover { background: #eff6ff; }
  button:focus-visible { outline-color: #1d4ed8; }
}
@media (prefers-reduced-motion: no-preference) {
  .toast { animation: rise 160ms ease-out; }
  @keyframes rise { from { transform: translateY(8px); opacity: 0; } }
}`;

export interface ToastOptions {
  /** First line, e.g. "Saved to your CE record". */
  heading: string;
  /** Second line, e.g. "<title> · 24 CE credits". Page text: set as text, never markup. */
  detail?: string;
  /** Buttons in order, e.g. Undo and Edit. */
  actions?: ReadonlyArray<{ label: string; run: () => void | Promise<void> }>;
  dismissLabel: string;
  regionLabel: string;
}

let current: { host: HTMLElement; timer: number | undefined } | undefined;

export function hideToast(): void {
  if (!current) return;
  window.clearTimeout(current.timer);
  current.host.remove();
  current = undefined;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function showToast(options: ToastOptions): HTMLElement {
  hideToast();
  const host = document.createElement('recert-companion-toast');
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;

  const box = el('div', 'toast');
  box.setAttribute('role', 'status');
  box.setAttribute('aria-live', 'polite');
  box.setAttribute('aria-label', options.regionLabel);
  const text = el('div', 'text');
  text.append(el('div', 'heading', options.heading));
  if (options.detail) text.append(el('div', 'title', options.detail));
  box.append(text);

  for (const { label, run } of options.actions ?? []) {
    const button = el('button', 'action', label);
    button.type = 'button';
    button.addEventListener('click', (event) => {
      if (!event.isTrusted) return;
      button.disabled = true;
      void Promise.resolve(run()).finally(() => (button.disabled = false));
    });
    box.append(button);
  }
  const close = el('button', 'close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', options.dismissLabel);
  close.addEventListener('click', (event) => event.isTrusted && hideToast());
  box.append(close);
  box.addEventListener('keydown', (event) => {
    if (event.isTrusted && event.key === 'Escape') hideToast();
  });

  root.append(style, box);
  (document.body ?? document.documentElement).append(host);

  const state = { host, timer: undefined as number | undefined };
  const arm = () => {
    window.clearTimeout(state.timer);
    state.timer = window.setTimeout(() => current?.host === host && hideToast(), VISIBLE_MS);
  };
  const hold = () => window.clearTimeout(state.timer);
  box.addEventListener('mouseenter', hold);
  box.addEventListener('focusin', hold);
  box.addEventListener('mouseleave', arm);
  box.addEventListener('focusout', arm);
  current = state;
  arm();
  return host;
}
