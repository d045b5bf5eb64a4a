import { afterEach, describe, expect, it } from 'vitest';
import { boundedText, labelKey, nameKey } from '../../src/fill/dom-text';
import { byId, page, type TestPage } from './page-builder';

let open: TestPage | undefined;
afterEach(async () => {
  await open?.close();
  open = undefined;
});

describe('boundedText', () => {
  it('reads a label without the controls, options and scripts inside it', () => {
    open = page('<label id="l">\n  Item <b>name</b>\n <input value="typed"><select><option>Option</option></select><script>var x</script><ul role="listbox"><li>ENAUTO</li></ul></label>');
    expect(boundedText(byId(open.doc, 'l'), 100)).toBe('Item name');
  });

  it('gives up on a text longer than asked for, however it is spread', () => {
    open = page('<div id="one"></div><div id="many"></div><div id="spaces"></div>');
    byId(open.doc, 'one').textContent = 'x'.repeat(1_000_000);
    for (let i = 0; i < 30; i += 1) byId(open.doc, 'many').append(open.doc.createTextNode('word '));
    byId(open.doc, 'spaces').textContent = `Start${' '.repeat(100_000)}date`;
    expect(boundedText(byId(open.doc, 'one'), 200)).toBeUndefined();
    expect(boundedText(byId(open.doc, 'many'), 200)).toBe(Array(30).fill('word').join(' '));
    expect(boundedText(byId(open.doc, 'many'), 100)).toBeUndefined();
    expect(boundedText(byId(open.doc, 'spaces'), 200)).toBeUndefined();
  });
});

describe('labelKey and nameKey', () => {
  it.each([
    ['* Start date (required):', 'Start date'],
    ['End date *', 'End date'],
    ['  Certificate validation code (optional) ', 'Certificate validation code'],
  ])('labelKey("%s") = "%s"', (text, key) => expect(labelKey(text)).toBe(key));

  it('nameKey ignores case, accents and punctuation but keeps versions', () => {
    expect(nameKey('Implementing Automation for Cisco Enterprise Solutions (ENAUTO) v1.1')).toBe('implementing automation for cisco enterprise solutions enauto v1.1');
    expect(nameKey('Cisco U.')).toBe('cisco u');
    expect(nameKey('Sécurité — Réseaux, 3.0.')).toBe('securite reseaux 3.0');
  });
});
