// @vitest-environment happy-dom
/**
 * The page reader's walk (dom.ts visibleTextNodes) finds the hidden subtrees with one query and walks text only,
 * jumping over them. It must give exactly the text nodes an element-by-element walk gives, which is what the
 * reader read before: the reference below is that walk, kept here as the definition of "visible". The reader's
 * cheap looks before grouping a page into phrases must not change what its questions answer.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeSpace, readPage, visibleTextNodes } from '../../src/capture/dom';

const INVISIBLE_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'SVG', 'svg']);

function hiddenByReference(el: Element): boolean {
  if (INVISIBLE_TAGS.has(el.tagName) || el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Every node visited: descend into an element unless it is hidden or skipped; text nodes are kept. */
function referenceWalk(node: Node, skip?: ReadonlySet<Element>): Text[] {
  if (node.nodeType === 3) return [node as Text];
  if (node.nodeType === 1 && hiddenByReference(node as Element)) return [];
  const out: Text[] = [];
  const visit = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out.push(child as Text);
      else if (child.nodeType === 1 && !hiddenByReference(child as Element) && !skip?.has(child as Element)) visit(child);
    }
  };
  visit(node);
  return out;
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const TAGS = ['div', 'span', 'p', 'section', 'script', 'style', 'svg', 'template', 'noscript', 'b', 'ul', 'li'];
const ATTRIBUTES = ['', ' hidden', ' style="display: none"', ' style="VISIBILITY:hidden"', ' style="color: red"', ' class="x"', ' data-skip'];

interface Tree {
  tag: string;
  attributes: string;
  children: (Tree | string)[];
}

const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.record({
    tag: fc.constantFrom(...TAGS),
    attributes: fc.constantFrom(...ATTRIBUTES),
    children: fc.array(fc.oneof({ depthSize: 'small' }, fc.constantFrom('a', ' ', 'Completed on', ''), tie('node')), { maxLength: 4 }),
  }),
})).node;

function markup(node: Tree | string): string {
  if (typeof node === 'string') return node;
  return `<${node.tag}${node.attributes}>${node.children.map(markup).join('')}</${node.tag}>`;
}

function fixturePages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return fixturePages(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

describe("the page reader's walk over visible text", () => {
  it('gives the text nodes an element-by-element walk gives, in document order, on any tree and skip set', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 3 }), (trees, startAt) => {
        const doc = parse(`<body>${trees.map(markup).join('')}</body>`);
        const skip = new Set(Array.from(doc.querySelectorAll('[data-skip]')));
        const starts = [doc.body, ...Array.from(doc.body.querySelectorAll('*'))];
        const start = starts[Math.min(startAt, starts.length - 1)]!;
        expect(visibleTextNodes(start, skip)).toEqual(referenceWalk(start, skip));
        expect(visibleTextNodes(start)).toEqual(referenceWalk(start));
      }),
      { numRuns: 500 },
    );
  });

  it('reads every fixture page as the element-by-element walk does', () => {
    const pages = fixturePages(join(__dirname, '../fixtures'));
    expect(pages.length).toBeGreaterThan(300);
    for (const path of pages) {
      const doc = parse(readFileSync(path, 'utf8'));
      const main = doc.querySelector('main') ?? doc.body;
      expect(visibleTextNodes(doc.body).length, path).toBe(referenceWalk(doc.body).length);
      expect(visibleTextNodes(main), path).toEqual(referenceWalk(main));
    }
  }, 120_000);

  it('answers hasPhrase as the whole list of phrases does, whatever texts begin or end a wanted phrase', () => {
    const words = fc.constantFrom('Resume', 'course', 'Course', 'In', 'progress', 'In progress', 'Not', 'started', 'RESUME COURSE', 'ΌΣ', 'x', ' ');
    const block = fc.record({ tag: fc.constantFrom('p', 'div', 'li'), inline: fc.constantFrom('', 'span', 'b'), words: fc.array(words, { maxLength: 3 }) });
    const WANTED = ['In progress', 'Resume', 'Resume course', 'Not started', 'όσ'];
    fc.assert(
      fc.property(fc.array(block, { maxLength: 6 }), fc.subarray(WANTED, { minLength: 1 }), (blocks, wanted) => {
        const html = blocks.map(({ tag, inline, words: w }) => `<${tag}>${w.map((word) => (inline ? `<${inline}>${word}</${inline}>` : word)).join(inline ? '' : ' ')}</${tag}>`).join('');
        const doc = parse(`<body>${html}</body>`);
        const page = readPage(doc);
        const phrases: string[] = [];
        page.findAs((phrase) => void phrases.push(phrase));
        const texts = visibleTextNodes(doc.body).map((t) => normalizeSpace(t.data)).filter(Boolean);
        const lower = new Set(wanted.map((w) => w.toLowerCase()));
        const expected = [...phrases, ...texts].some((p) => lower.has(p.toLowerCase()));
        expect(page.hasPhrase(wanted), html).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('says a page mentions a word in any case, within one text only', () => {
    const page = readPage(parse('<body><p>Earned 12 CE Credits</p><p>45</p><p>% complete</p></body>'));
    expect(page.mentions('credit')).toBe(true);
    expect(page.mentions('%')).toBe(true);
    expect(page.mentions('45%')).toBe(false);
    expect(readPage(parse('<body><p>Cred</p><p>its</p></body>')).mentions('credit')).toBe(false);
  });

  it('reads a comment, a text node and a hidden start as the walk does', () => {
    const doc = parse('<body><!-- note --><p hidden>x</p>y</body>');
    expect(visibleTextNodes(doc.body.firstChild!)).toEqual([]);
    expect(visibleTextNodes(doc.body.lastChild!)).toEqual([doc.body.lastChild]);
    expect(visibleTextNodes(doc.querySelector('p')!)).toEqual([]);
    expect(visibleTextNodes(doc).map((t) => t.data)).toEqual(['y']);
  });
});
