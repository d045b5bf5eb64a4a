/**
 * Forms and buttons in extension pages, driven the way a browser's autofill does (by label, through the native value
 * setter, with the events a user's typing fires), so that both browsers drive them with the same scripts. Each
 * export is a script for PageHandle.evaluate().
 */

/** The form whose heading (h3/h4 inside it) reads `heading`, or the page's only form when there is no heading. */
function formJs(heading: string | undefined): string {
  return heading === undefined
    ? `document.querySelector('form')`
    : `[...document.querySelectorAll('form')].find((f) => (f.querySelector('h3, h4') || {}).textContent === ${JSON.stringify(heading)})`;
}

/**
 * Fills the fields of a form by their labels; resolves to the labels it could not find. Selects get a 'change',
 * inputs an 'input' (what Preact listens to), each set through the native setter.
 */
export function fillFormJs(heading: string | undefined, values: Record<string, string>): string {
  return `(() => {
  const form = ${formJs(heading)};
  if (!form) return ['(no form ' + ${JSON.stringify(heading ?? '')} + ')'];
  const missing = [];
  for (const [label, value] of Object.entries(${JSON.stringify(values)})) {
    const labelEl = [...form.querySelectorAll('label')].find((l) => l.textContent.trim() === label);
    const control = labelEl && document.getElementById(labelEl.htmlFor);
    if (!control) { missing.push(label); continue; }
    const proto = control instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value').set.call(control, value);
    control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  }
  return missing;
})()`;
}

/** Every labelled field of the page's first form, as { label: value }; null while there is no form. */
export const FORM_VALUES_JS = `(() => {
  const form = document.querySelector('form');
  if (!form) return null;
  const values = {};
  for (const label of form.querySelectorAll('label')) {
    const control = document.getElementById(label.htmlFor);
    if (control && 'value' in control) values[label.textContent.trim()] = control.value;
  }
  return values;
})()`;

/** Clicks the button whose text reads `name`; resolves to whether there was one. */
export function clickButtonJs(name: string): string {
  return `(() => {
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(name)});
  if (!button) return false;
  button.click();
  return true;
})()`;
}

/**
 * Run in an extension page: clicks the button named `name` in the open toolbar popup, reached through
 * extension.getViews(); resolves to false while the popup or its button is not there yet.
 */
export function clickInPopupJs(name: string): string {
  return `(() => {
  const api = globalThis.browser || globalThis.chrome;
  const [popup] = api.extension.getViews({ type: 'popup' });
  if (!popup || popup.document.readyState !== 'complete') return false;
  const button = [...popup.document.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(name)});
  if (!button) return false;
  button.click();
  return true;
})()`;
}

/** Run in an extension page: the heading of the open popup's offer of a page report, or null while there is none. */
export const POPUP_REPORT_OFFER_JS = `(() => {
  const api = globalThis.browser || globalThis.chrome;
  const [popup] = api.extension.getViews({ type: 'popup' });
  return popup?.document.querySelector('[data-report-offer] h2')?.textContent ?? null;
})()`;

/** Run in an extension page: the ids of the taught sites' registered content scripts. */
export const REGISTERED_TAUGHT_SCRIPTS_JS = `(async () => {
  const api = globalThis.browser || globalThis.chrome;
  const scripts = await api.scripting.getRegisteredContentScripts();
  return scripts.map((script) => script.id).filter((id) => id.startsWith('taught:'));
})()`;
