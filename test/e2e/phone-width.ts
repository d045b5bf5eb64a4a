/**
 * Whether an extension page works at a phone's width (Firefox for Android shows the popup and the dashboard as
 * pages of the screen's width): evaluated in the page, it lists what a person on a 400 px screen would meet.
 * - the page scrolls sideways (the document is wider than the screen);
 * - a main control (a button, a link, a form field) is not visible, lies off the screen's sides, or is covered by
 *   something else where one would tap it once it is scrolled into view;
 * - text is clipped: an element that hides its overflow is narrower than its text, and does not say so with an
 *   ellipsis and the whole text in its title.
 */
export const PHONE_WIDTH: { width: number; height: number } = { width: 400, height: 800 };

export const PHONE_WIDTH_PROBLEMS_JS = `(() => {
  const problems = [];
  const root = document.documentElement;
  const width = root.clientWidth;
  if (root.scrollWidth > width) problems.push('scrolls sideways: ' + root.scrollWidth + ' px of content in ' + width + ' px');
  const name = (el) => {
    const label = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('name') || el.id || '').replace(/\\s+/g, ' ').trim().slice(0, 40);
    return el.localName + (label ? ' "' + label + '"' : '');
  };
  const shown = (el) => {
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const controls = [...document.querySelectorAll('button, a[href], input:not([type=hidden]), select, textarea, summary')]
    // What is meant to be out of sight: inside a closed details, hidden, or a visually hidden input with a label shown instead.
    .filter((el) => !el.closest('[hidden], [inert], details:not([open]) > :not(summary)') && shown(el))
    .filter((el) => !(el.localName === 'input' && (el.type === 'file' || el.type === 'checkbox' || el.type === 'radio') && el.getBoundingClientRect().width <= 1));
  for (const el of controls) {
    const r = el.getBoundingClientRect();
    if (r.left < -0.5 || r.right > width + 0.5) { problems.push('off the screen: ' + name(el) + ' from ' + Math.round(r.left) + ' to ' + Math.round(r.right)); continue; }
    el.scrollIntoView({ block: 'center', inline: 'nearest' });
    const at = el.getBoundingClientRect();
    const x = Math.min(Math.max(at.left + at.width / 2, 0), width - 1);
    const y = Math.min(Math.max(at.top + at.height / 2, 0), root.clientHeight - 1);
    const hit = document.elementFromPoint(x, y);
    const label = el.id ? document.querySelector('label[for="' + CSS.escape(el.id) + '"]') : null;
    if (!hit || !(el === hit || el.contains(hit) || hit.contains(el) || (label && (label === hit || label.contains(hit))) || hit.closest('label') === el.closest('label') && el.closest('label'))) {
      problems.push('covered where one would tap it: ' + name(el) + (hit ? ' (by ' + name(hit) + ')' : ''));
    }
  }
  for (const el of document.body.querySelectorAll('*')) {
    if (!shown(el) || el.closest('[hidden], svg')) continue;
    const style = getComputedStyle(el);
    // A visually hidden text (1 px, for screen readers) is meant to be out of sight.
    if (style.overflowX === 'visible' || el.clientWidth <= 1 || el.scrollWidth <= el.clientWidth + 1) continue;
    if (![...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())) continue;
    const told = style.textOverflow === 'ellipsis' && (el.title || el.closest('[title]'));
    if (!told && style.overflowX !== 'auto' && style.overflowX !== 'scroll') problems.push('text clipped: ' + name(el) + ' (' + el.scrollWidth + ' px of text in ' + el.clientWidth + ' px)');
  }
  window.scrollTo(0, 0);
  return problems;
})()`;
