import { afterEach, describe, expect, it } from 'vitest';
import { alreadyChosen, bestMatch, isTypeAhead, pickByName, rankOption } from '../../src/fill/combobox';
import { byId, page, type TestPage } from './page-builder';

const ENAUTO = 'Implementing Automation for Cisco Enterprise Solutions (ENAUTO)';
const CATALOGUE = [
  'Implementing Automation for Cisco Data Center Solutions (DCAUTO) v1.2',
  'Introduction to Implementing Automation for Cisco Enterprise Solutions (ENAUTO)',
  `${ENAUTO} v1.0`,
  `${ENAUTO} lite`,
  `${ENAUTO} v1.1 NO LABS`,
  `${ENAUTO} v1.1`,
  'Automating Cisco Enterprise Solutions (ENAUTO) Exam Prep',
  'Implementing Cisco Enterprise Network Core Technologies (ENCOR) v1.3',
];

let open: TestPage | undefined;
afterEach(async () => {
  await open?.close();
  open = undefined;
});

describe('choosing among near-misses by name', () => {
  const pick = (wanted: string, names: readonly string[]) => bestMatch(wanted, names.map((text) => ({ text, item: text })));

  it('takes the current version over an older one, a "lite" or a "NO LABS" edition, and over an introduction', () => {
    expect(pick(ENAUTO, CATALOGUE)).toBe(`${ENAUTO} v1.1`);
  });

  it('takes the exact name when the catalogue has it, ignoring case and punctuation', () => {
    expect(pick(`${ENAUTO} v1.0`, CATALOGUE)).toBe(`${ENAUTO} v1.0`);
    expect(pick('implementing automation for cisco enterprise solutions enauto v1.0', CATALOGUE)).toBe(`${ENAUTO} v1.0`);
  });

  it('falls back to an option holding all the words, and to nothing when none does', () => {
    expect(pick('Enterprise Solutions ENAUTO Introduction', CATALOGUE)).toBe('Introduction to Implementing Automation for Cisco Enterprise Solutions (ENAUTO)');
    expect(pick('Kubernetes for Network Engineers', CATALOGUE)).toBeUndefined();
    expect(pick('Implementing Automation for Cisco Security Solutions (SAUTO)', CATALOGUE)).toBeUndefined();
  });

  it('ranks a version suffix as explained, other extra words as not', () => {
    expect(rankOption(ENAUTO, `${ENAUTO} v1.1`)?.[1]).toBe(0);
    expect(rankOption(ENAUTO, `${ENAUTO} lite`)?.[1]).toBe(1);
    expect(alreadyChosen(`${ENAUTO} v1.1`, ENAUTO)).toBe(true);
    expect(alreadyChosen(`${ENAUTO} lite`, ENAUTO)).toBe(false);
  });
});

/**
 * A type-ahead as portals build them: typing shows "Searching…", then after a delay a listbox of role=option
 * items filtered by every typed word; clicking one fills the input and records the choice.
 */
function typeAhead(options: { delayMs?: number; optionTag?: string } = {}): { p: TestPage; input: HTMLInputElement; chosen: () => string; submitted: () => boolean } {
  const p = page(`
    <form id="form">
      <label for="item">Item name</label>
      <input id="item" role="combobox" aria-autocomplete="list" aria-controls="list" aria-expanded="false">
      <ul id="list" role="listbox" hidden></ul>
      <button type="submit">Submit</button>
    </form>`);
  open = p;
  const input = byId(p.doc, 'item');
  const list = byId<HTMLUListElement>(p.doc, 'list');
  let chosen = '';
  let submitted = false;
  byId(p.doc, 'form').addEventListener('submit', (e) => {
    e.preventDefault();
    submitted = true;
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    chosen = '';
    const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    const loading = p.doc.createElement('li');
    loading.textContent = 'Searching…';
    list.replaceChildren(loading);
    list.hidden = false;
    if (timer) p.window.clearTimeout(timer);
    timer = p.window.setTimeout(() => {
      const found = CATALOGUE.filter((name) => words.every((w) => name.toLowerCase().includes(w)));
      list.replaceChildren(
        ...found.map((name) => {
          const option = p.doc.createElement(options.optionTag ?? 'li');
          option.setAttribute('role', 'option');
          option.textContent = name;
          return option;
        }),
      );
    }, options.delayMs ?? 80) as unknown as ReturnType<typeof setTimeout>;
  });
  list.addEventListener('click', (e) => {
    const option = (e.target as Element).closest('[role=option]');
    if (!option) return;
    chosen = option.textContent ?? '';
    input.value = chosen;
    list.hidden = true;
  });
  return { p, input, chosen: () => chosen, submitted: () => submitted };
}

describe('pickByName in a type-ahead', () => {
  it('types the name, waits for the options, clicks the right one and reads it back', async () => {
    const { input, chosen } = typeAhead();
    expect(isTypeAhead(input)).toBe(true);
    const result = await pickByName(input, ENAUTO, 2_000);
    expect(result).toMatchObject({ ok: true, shown: `${ENAUTO} v1.1` });
    expect(chosen()).toBe(`${ENAUTO} v1.1`);
    expect(input.value).toBe(`${ENAUTO} v1.1`);
  });

  it('tries the code in parentheses when the full name finds nothing', async () => {
    const { input, chosen } = typeAhead();
    // "ENCOR:" is no word of any catalogue name, so typing the whole title lists nothing.
    const result = await pickByName(input, 'ENCOR: Implementing Cisco Enterprise Network Core Technologies v1.3 (ENCOR)', 2_000);
    expect(result.ok).toBe(true);
    expect(chosen()).toBe('Implementing Cisco Enterprise Network Core Technologies (ENCOR) v1.3');
  });

  it('reports did-not-stick when no option fits, leaving the name typed, within the time allowed', async () => {
    const { input, chosen } = typeAhead();
    const started = Date.now();
    const result = await pickByName(input, 'Kubernetes for Network Engineers', 600);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(result).toMatchObject({ ok: false, shown: 'Kubernetes for Network Engineers' });
    expect(input.value).toBe('Kubernetes for Network Engineers');
    expect(chosen()).toBe('');
  });

  it('reports did-not-stick when the list never answers', async () => {
    const { input } = typeAhead({ delayMs: 60_000 });
    const result = await pickByName(input, ENAUTO, 300);
    expect(result.ok).toBe(false);
  });

  it('never presses an "option" that is a submit button', async () => {
    const { input, submitted, chosen } = typeAhead({ optionTag: 'button' });
    const result = await pickByName(input, ENAUTO, 500);
    expect(result.ok).toBe(false);
    expect(submitted()).toBe(false);
    expect(chosen()).toBe('');
  });
});

describe('pickByName in a select and a datalist', () => {
  it('selects the option by its text and tells the page', async () => {
    open = page(`<select id="s"><option value="">Choose…</option>${CATALOGUE.map((n, i) => `<option value="id-${i}">${n}</option>`).join('')}</select>`);
    const select = byId<HTMLSelectElement>(open.doc, 's');
    let changed = '';
    select.addEventListener('change', () => (changed = select.value));
    const result = await pickByName(select, ENAUTO, 500);
    expect(result).toMatchObject({ ok: true, shown: `${ENAUTO} v1.1` });
    expect(changed).toBe(`id-${CATALOGUE.indexOf(`${ENAUTO} v1.1`)}`);
  });

  it('writes the best datalist value into the input', async () => {
    open = page(`<input id="i" list="dl"><datalist id="dl">${CATALOGUE.map((n) => `<option value="${n}"></option>`).join('')}</datalist>`);
    const input = byId(open.doc, 'i');
    const result = await pickByName(input, ENAUTO, 500);
    expect(result.ok).toBe(true);
    expect(input.value).toBe(`${ENAUTO} v1.1`);
  });
});
