// @vitest-environment happy-dom
/**
 * The page reader's label search (dom.ts textSearch): one native search over the page's text joined by line breaks
 * must find every text node a label matches, whatever the label's flags, anchors or lookarounds, so that reading
 * only those nodes reads what reading every node did.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CERTIFICATE_CODE_LABELS } from '../../src/capture/adapter-helpers';
import { textSearch, type TextEntry } from '../../src/capture/dom';

const LABELS: RegExp[] = [
  ...CERTIFICATE_CODE_LABELS,
  /^completed on\b/i,
  /^completion date\b/i,
  /^started\b/i,
  /credit/i,
  /^id$/i,
  /(?<!\d)\d{2}\b/,
  /(?<![a-z])on\b/i,
  /issued\b(?!\s*by)/i,
  /(?<!\s)x/,
  /on(?=\s)/,
  /a\s+b/,
  /^\s*x/m,
  /b$/g,
  /c/y,
  /(?:)/,
];

const entriesOf = (texts: readonly string[]): TextEntry[] => texts.map((text) => ({ node: document.createTextNode(text), text }));
const matchesAlone = (label: RegExp, text: string) => new RegExp(label.source, label.flags.replace(/[gy]/g, '')).test(text);

describe("the page reader's label search", () => {
  it('finds every entry a label matches on its own, in document order, each once', () => {
    const text = fc.stringMatching(/^[abcxID0-9 :#-]{0,12}(?:completed on|Certificate ID|credits|started|Issued|by Acme)?[abcx0-9 :]{0,6}$/);
    fc.assert(
      fc.property(fc.array(text, { maxLength: 30 }), fc.constantFrom(...LABELS), (texts, label) => {
        const entries = entriesOf(texts);
        const found = textSearch(entries).entriesMatching(label);
        const foundIndexes = found.map((entry) => entries.indexOf(entry));
        expect(foundIndexes).toEqual([...foundIndexes].sort((a, b) => a - b));
        expect(new Set(foundIndexes).size).toBe(foundIndexes.length);
        const expected = entries.flatMap((entry, i) => (matchesAlone(label, entry.text) ? [i] : []));
        for (const i of expected) expect(foundIndexes, `${label} in ${JSON.stringify(texts[i])}`).toContain(i);
      }),
      { numRuns: 400 },
    );
  });

  it('counts a match that runs across a line break for the entry it starts in, and searches on from the next entry', () => {
    const entries = entriesOf(['label a', 'b label a', 'b']);
    expect(textSearch(entries).entriesMatching(/a\s+b/).map((e) => e.text)).toEqual(['label a', 'b label a']);
  });

  it('tries a label with a lookaround on each entry alone, where the joined text would change what it sees', () => {
    const entries = entriesOf(['Issued', 'by Acme on 3 May 2026', 'x']);
    expect(textSearch(entries).entriesMatching(/issued\b(?!\s*by)/i).map((e) => e.text)).toEqual(['Issued']);
    expect(textSearch(entries).entriesMatching(/(?<!\s)x/).map((e) => e.text)).toEqual(['x']);
  });

  it('reads no entry on a page without text, and leaves the label itself untouched', () => {
    const label = /^completed on\b/gi;
    label.lastIndex = 3;
    expect(textSearch([]).entriesMatching(label)).toEqual([]);
    expect(textSearch(entriesOf(['Completed on 3 May 2026'])).entriesMatching(label)).toHaveLength(1);
    expect(label.lastIndex).toBe(3);
  });
});
