import { describe, expect, it } from 'vitest';
import { findLabeledValue, metaContent, normalizeSpace, readPage, visibleText } from '../../src/capture/dom';
import { parseHtml } from '../helpers/fixtures';

function body(markup: string): Document {
  return parseHtml(`<!DOCTYPE html><html><head><title>t</title></head><body>${markup}</body></html>`);
}

describe('normalizeSpace and visibleText', () => {
  it('collapses runs of whitespace, including newlines and non-breaking spaces', () => {
    expect(normalizeSpace('  Completed\n\t on \u00a0 March 14 ')).toBe('Completed on March 14');
  });

  it('joins separate elements with a space, as they render', () => {
    const doc = body('<p id="p"><span>24</span><span>CE credits</span></p>');
    expect(visibleText(doc.getElementById('p'))).toBe('24 CE credits');
  });

  it('leaves out text the user cannot see', () => {
    const doc = body(`<div id="d">Shown<script>var secret = 1;</script><style>.x{}</style>
      <span hidden>hidden attr</span><span style="display: none">inline none</span>
      <span style="visibility:hidden">invisible</span><template>tpl</template><svg><title>icon</title></svg> too</div>`);
    expect(visibleText(doc.getElementById('d'))).toBe('Shown too');
  });

  it('reads the value of a form control and is empty for nothing', () => {
    const doc = body('<input id="i" value="  CSCO-1  ">');
    expect(visibleText(doc.getElementById('i'))).toBe('CSCO-1');
    expect(visibleText(null)).toBe('');
  });
});

describe('metaContent', () => {
  it('reads og: properties and named metas, skipping empty ones', () => {
    const doc = parseHtml(`<html><head><meta property="og:title" content=""><meta name="og:title" content=" Path  A ">
      <meta name="description" content="About"></head><body></body></html>`);
    expect(metaContent(doc, 'og:title')).toBe('Path A');
    expect(metaContent(doc, 'description')).toBe('About');
    expect(metaContent(doc, 'og:image')).toBeUndefined();
  });
});

describe('findLabeledValue: the shapes pages use', () => {
  const cases: Array<[string, string]> = [
    ['dt/dd', '<dl><dt>Certificate ID</dt><dd>CSCO-1</dd></dl>'],
    ['dt/dd wrapped in a div, with an unrelated dd first skipped by dt boundaries', '<dl><div><dt>Name</dt><dd>Jo</dd></div><div><dt>Certificate ID:</dt><dd> CSCO-1 </dd></div></dl>'],
    ['th/td row', '<table><tr><th scope="row">Certificate ID</th><td>CSCO-1</td></tr></table>'],
    ['two tds', '<table><tr><td>Name</td><td>Jo</td></tr><tr><td>Certificate ID</td><td>CSCO-1</td></tr></table>'],
    ['header row over a value row', '<table><thead><tr><th>Course</th><th>Certificate ID</th></tr></thead><tbody><tr><td>X</td><td>CSCO-1</td></tr></tbody></table>'],
    ['"Label: value" in one element', '<p>Certificate ID: CSCO-1</p>'],
    ['"Label value" without a colon', '<p>Certificate ID CSCO-1</p>'],
    ['bold label then text', '<p><strong>Certificate ID:</strong> CSCO-1</p>'],
    ['label element then value element', '<div><span class="css-k1">Certificate ID</span><span class="css-v1">CSCO-1</span></div>'],
    ['wrapped label then value block', '<div><div class="k"><span>Certificate ID</span></div><div class="v"><b>CSCO-1</b></div></div>'],
    ['aria-label naming the value', '<span aria-label="Certificate ID"><svg></svg>CSCO-1</span>'],
    ['aria-label holding label and value', '<span aria-label="Certificate ID: CSCO-1">✓</span>'],
    ['input named by aria-label', '<input aria-label="Certificate ID" value="CSCO-1">'],
  ];
  it.each(cases)('%s', (_shape, markup) => {
    expect(findLabeledValue(body(`<h1>Page</h1>${markup}<footer>Footer</footer>`), [/^certificate id/i])).toBe('CSCO-1');
  });

  it('reads every column of a header-row table from the row below, not from the next header', () => {
    const doc = body('<table><tr><th>Course</th><th>Certificate ID</th></tr><tr><td>Path A</td><td>CSCO-1</td></tr></table>');
    expect(findLabeledValue(doc, [/^course$/i])).toBe('Path A');
  });

  it('needs the label at the start of its text, so "Not completed on time" is no label', () => {
    const doc = body('<p>Not completed on time</p><p>Completed on: March 14, 2026</p>');
    expect(findLabeledValue(doc, [/completed on/i])).toBe('March 14, 2026');
  });

  it('tries labels in the order given, whatever the document order', () => {
    const doc = body('<p>Completed: yes</p><p>Completed on March 14, 2026</p>');
    expect(findLabeledValue(doc, [/^completed on/i, /^completed/i])).toBe('March 14, 2026');
  });

  it('takes the text before a label only in a tile that prints its value first, with nothing after the label', () => {
    const tile = body('<div class="tile"><div>March 14, 2026</div><div>Completed on</div></div>');
    expect(findLabeledValue(tile, [/^completed on/i])).toBe('March 14, 2026');
    const row = body('<div><span>March 1, 2026</span><span>Completed on</span><span>March 14, 2026</span></div>');
    expect(findLabeledValue(row, [/^completed on/i])).toBe('March 14, 2026');
  });

  it('rejects a "value" that is a whole section of the page', () => {
    const doc = body(`<div><span>Certificate ID</span></div><div>${'long text '.repeat(40)}</div>`);
    expect(findLabeledValue(doc, [/^certificate id/i])).toBeUndefined();
  });

  it('ignores hidden labels', () => {
    const doc = body('<p hidden>Certificate ID: OLD-1</p><p>Certificate ID: CSCO-1</p>');
    expect(findLabeledValue(doc, [/^certificate id/i])).toBe('CSCO-1');
  });

  it('works with global regexes used again and again', () => {
    const label = /^certificate id/gi;
    const doc = body('<p>Certificate ID: CSCO-1</p>');
    expect(findLabeledValue(doc, [label])).toBe('CSCO-1');
    expect(findLabeledValue(doc, [label])).toBe('CSCO-1');
  });

  it('searches only under the element it is given', () => {
    const doc = body('<aside><p>Certificate ID: SIDE-1</p></aside><main><p>Certificate ID: MAIN-1</p></main>');
    expect(findLabeledValue(doc.querySelector('main'), [/^certificate id/i])).toBe('MAIN-1');
  });

  it('gives undefined for no root, an empty page and a page without elements', () => {
    expect(findLabeledValue(null, [/^x/])).toBeUndefined();
    expect(findLabeledValue(parseHtml(''), [/^x/])).toBeUndefined();
    const bare = parseHtml('');
    bare.removeChild(bare.documentElement);
    expect(findLabeledValue(bare, [/^x/])).toBeUndefined();
  });
});

describe('readPage', () => {
  it('valueAs keeps looking until the parser accepts a candidate', () => {
    const doc = body('<p>Completed on: —</p><dl><dt>Completed on</dt><dd>2026-03-14</dd></dl>');
    const page = readPage(doc);
    expect(page.value([/^completed on/i])).toBe('—');
    expect(page.valueAs([/^completed on/i], (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined))).toBe('2026-03-14');
  });

  it('find matches phrases that span inline elements', () => {
    const page = readPage(body('<ul><li>Intermediate</li><li><b>24</b> CE credits</li></ul>'));
    expect(page.find(/(\d+) CE credits/)?.[1]).toBe('24');
    expect(page.find(/(\d+) PDUs/)).toBeUndefined();
  });

  it('hasPhrase matches a whole badge or button text, case-insensitively, not a fragment', () => {
    const page = readPage(body('<div><span>Course</span><span>In Progress</span></div><p>Resume writing tips</p>'));
    expect(page.hasPhrase(['in progress'])).toBe(true);
    expect(page.hasPhrase(['Resume'])).toBe(false);
  });
});
