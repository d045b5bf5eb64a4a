/** Driving a rendered page the way a user does: by labels and button names, not by ids or classes. */

/** Lets Preact render and pending (fake) messages answer. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Types into a field or picks an option, with the event a user's change fires. */
export function setValue(el: HTMLInputElement | HTMLSelectElement, value: string): void {
  el.value = value;
  el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

/** The control whose label reads exactly `label`. */
export function field<T extends HTMLElement = HTMLInputElement>(root: HTMLElement, label: string): T {
  const labelEl = [...root.querySelectorAll('label')].find((l) => l.textContent === label);
  const control = labelEl && root.querySelector<T>(`#${CSS.escape(labelEl.htmlFor)}`);
  if (!control) throw new Error(`No field labelled "${label}"`);
  return control;
}

/** The button named `name` (its aria-label, else its text). */
export function button(root: HTMLElement, name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name);
  if (!found) throw new Error(`No button "${name}" among ${[...root.querySelectorAll('button')].map((b) => b.getAttribute('aria-label') ?? b.textContent).join(', ')}`);
  return found;
}

export async function submit(form: HTMLFormElement): Promise<void> {
  form.dispatchEvent(new Event('submit', { cancelable: true, bubbles: true }));
  await settle();
}

/** The text of the page's status line (the notice). */
export const status = (root: HTMLElement) => root.querySelector('[role=status]')?.textContent;

/** The message read out with a field: the element its aria-describedby names last (the error, after any hint). */
export function describedText(root: HTMLElement, control: HTMLElement): string | undefined {
  const ids = control.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.length > 0 ? (root.querySelector(`#${CSS.escape(ids[ids.length - 1]!)}`)?.textContent ?? undefined) : undefined;
}
