/**
 * Moving keyboard focus after a change the user made: Preact renders state changes after the current task, so
 * the element to focus may not exist yet when the handler runs; these wait one task first.
 */

function afterRender(work: () => void): void {
  setTimeout(work, 0);
}

/** The first field marked invalid in the form: its label and error are read out as it takes focus. */
export function focusFirstInvalid(form: HTMLElement | null): void {
  afterRender(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}

/** The element with this id, once rendered; nothing when it is gone (e.g. the page reloaded its data). */
export function focusById(id: string): void {
  afterRender(() => document.getElementById(id)?.focus());
}
