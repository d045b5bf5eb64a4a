/**
 * Glyph-split PDFs read as drawn: the operator list's space glyphs and gaps give words back to text pdf.js reports
 * with a space at every small gap ("A r ju n Me hta"). Operator lists here are built by hand, as pdf.js reports them.
 */
import { describe, expect, it } from 'vitest';
import { drawnText, looksGlyphSplit, withDrawnWords, type OperatorList, type TextOps } from '../../src/capture/pdf-drawn-text';
import { readPdfText, type PdfJsModule } from '../../src/capture/pdf-text';

const OPS: TextOps = {
  save: 10, restore: 11, beginText: 31, setFont: 37, setTextMatrix: 42, moveText: 40, setLeadingMoveText: 41, setLeading: 36, nextLine: 43,
  setCharSpacing: 33, setWordSpacing: 34, setHScale: 35, showText: 44, showSpacedText: 45, nextLineShowText: 46, nextLineSetSpacingShowText: 47,
};
/** Every glyph 500/1000 of an em wide, the space too. */
const glyphs = (text: string) => [...text].map((unicode) => ({ unicode, width: 500, isSpace: unicode === ' ' }));

/** Groups of glyphs, each placed on its own at x (font size 20, on one baseline unless y is given). */
function placed(groups: ReadonlyArray<readonly [string, number, number?]>, extra: Array<[number, unknown[]]> = []): OperatorList {
  const fnArray: number[] = [OPS.beginText, OPS.setFont];
  const argsArray: unknown[] = [null, ['F1', 20]];
  for (const [fn, args] of extra) {
    fnArray.push(fn);
    argsArray.push(args);
  }
  for (const [text, x, y = 500] of groups) {
    fnArray.push(OPS.setTextMatrix, OPS.showText);
    argsArray.push([[1, 0, 0, 1, x, y]], [glyphs(text)]);
  }
  return { fnArray, argsArray };
}

describe('drawnText', () => {
  it('joins the groups of a word and keeps the space glyphs between words', () => {
    // "Ar" ends at 70 + 2 × 10 = 90; each next group starts 2 pt (0.1 em) on, or after its space glyph.
    const list = placed([['Ar', 70], ['jun ', 92], ['Me', 134], ['hta', 156]]);
    expect(drawnText(list, OPS)).toBe('Arjun Mehta');
  });

  it('parts words by a word\'s gap on a line drawn without space glyphs (each word its own object)', () => {
    const list = placed([['Firewall', 70], ['Essentials', 156], ['EDU', 262], ['-210', 294]]);
    expect(drawnText(list, OPS)).toBe('Firewall Essentials EDU-210');
  });

  it('never parts letters spaced wider than a word\'s gap when the line draws its spaces', () => {
    const letters = [...'ON A'].map((c, i) => [c, 70 + i * 16] as const); // 6 pt (0.3 em) between letters
    expect(drawnText(placed(letters), OPS)).toBe('ON A');
  });

  it('breaks lines where a group starts on another baseline or back to the left', () => {
    expect(drawnText(placed([['Certificate', 70, 500], ['of', 70, 470], ['Completion', 100, 470], ['Back', 60, 470]]), OPS)).toBe('Certificate\nof Completion\nBack');
  });

  it('undoes the character spacing a group set inside q … Q', () => {
    const list: OperatorList = {
      fnArray: [OPS.beginText, OPS.setFont, OPS.save, OPS.setCharSpacing, OPS.setTextMatrix, OPS.showText, OPS.restore, OPS.setTextMatrix, OPS.showText],
      argsArray: [null, ['F1', 20], null, [10], [[1, 0, 0, 1, 70, 500]], [glyphs('AB')], null, [[1, 0, 0, 1, 112, 500]], [glyphs('for')]],
    };
    // "AB" with 10 pt between letters ends at 70 + 2 × 20 = 110; "for" follows 2 pt on: one word, not a new line.
    expect(drawnText(list, OPS)).toBe('ABfor');
  });

  it('parts words at a TJ number a word\'s gap wide, as pdfTeX writes them', () => {
    const tj = (...parts: Array<string | number>): unknown[] => parts.flatMap((part): unknown[] => (typeof part === 'number' ? [part] : glyphs(part)));
    const list: OperatorList = { fnArray: [OPS.beginText, OPS.setFont, OPS.setTextMatrix, OPS.showText], argsArray: [null, ['F1', 20], [[1, 0, 0, 1, 70, 500]], [tj('Introduction', -333, 'to', -333, 'Networks', -50, 'CS', -333, '101')]] };
    expect(drawnText(list, OPS)).toBe('Introduction to NetworksCS 101');
  });

  it('parts groups a column apart even on a line that draws its spaces', () => {
    expect(drawnText(placed([['Arjun ', 70], ['Mehta', 132], ['Date:', 400]]), OPS)).toBe('Arjun Mehta Date:');
  });

  it('reads 60,000 groups on one line in one pass', () => {
    const groups = Array.from({ length: 60_000 }, (_, i) => ['ab', 70 + i * 22] as const);
    expect(drawnText(placed(groups), OPS)).toHaveLength(120_000);
  });

  it('reads nonsense without throwing', () => {
    const list: OperatorList = { fnArray: [OPS.setFont, OPS.setTextMatrix, OPS.showText, OPS.showText, OPS.moveText], argsArray: [null, ['x'], [null], [[1, null, 'a', { width: 'w' }]], undefined] };
    expect(() => drawnText(list, OPS)).not.toThrow();
  });
});

describe('withDrawnWords', () => {
  it('gives each item its words as drawn, in order, and leaves an item it cannot find', () => {
    const drawn = 'FORTINET\nFCP - FortiGate 7.6 Administrator\n14-Mar-2026';
    expect(withDrawnWords(['FO RT INE T', 'F CP - Fo rti Ga te 7 .6 A d mi ni s tra to r', 'Something else', '1 4 -Ma r -2 02 6'], drawn))
      .toEqual(['FORTINET', 'FCP - FortiGate 7.6 Administrator', 'Something else', '14-Mar-2026']);
  });
});

describe('withDrawnWords on a page pdf.js read right', () => {
  it('keeps an item whose drawn text parts no fewer words', () => {
    expect(withDrawnWords(['Date: 14 Mar 2026'], 'Date: 14 Mar 2026')).toEqual(['Date: 14 Mar 2026']);
    expect(withDrawnWords(['Arjun Mehta'], 'Arjun Meh ta')).toEqual(['Arjun Mehta']);
  });
});

describe('looksGlyphSplit', () => {
  it('tells a page of word pieces from a page of words', () => {
    expect(looksGlyphSplit(['A r ju n Me hta', 'has successfully completed', 'Inc ident R esp ons e Pl ayboo ks'])).toBe(true);
    expect(looksGlyphSplit(['Arjun Mehta', 'has successfully completed the course', 'Incident Response Playbooks for SOC Analysts', 'Date: 14 March 2026'])).toBe(false);
  });
});

describe('readPdfText on a glyph-split page', () => {
  const page = (withOperators: boolean) => ({
    view: [0, 0, 842, 595],
    getTextContent: async () => ({ items: [{ str: 'A r ju n Me hta', transform: [20, 0, 0, 20, 70, 500], width: 120, height: 20 }, { str: 'has completed', transform: [12, 0, 0, 12, 70, 470], width: 80, height: 12 }, ...['o n e', 'tw o', 'th r ee'].map((str, i) => ({ str, transform: [12, 0, 0, 12, 70, 440 - i * 20], width: 30, height: 12 }))] }),
    ...(withOperators ? { getOperatorList: async () => placed([['Ar', 70], ['jun ', 92], ['Me', 134], ['hta', 156], ['has completed', 70, 470]]) } : {}),
  });
  const pdfjs = (withOperators: boolean): PdfJsModule => ({
    OPS: OPS as unknown as Record<string, number>,
    getDocument: () => ({ promise: Promise.resolve({ numPages: 1, getPage: async () => page(withOperators) }), destroy: async () => undefined }),
  });
  const bytes = new TextEncoder().encode('%PDF-1.7\n');

  it('reads the words as drawn when pdf.js gives the operator list, and as reported when it does not', async () => {
    const drawn = await readPdfText(bytes, pdfjs(true));
    expect(drawn.ok && drawn.pages[0]!.runs[0]!.text).toBe('Arjun Mehta');
    const reported = await readPdfText(bytes, pdfjs(false));
    expect(reported.ok && reported.pages[0]!.runs[0]!.text).toBe('A r ju n Me hta');
  });
});
