/**
 * Dates in glyph-split text, as PDF generators that place glyphs one by one print them ("A ug 3 0, 2 02 4"). Apart
 * from dates.ts so that the portals' content scripts, which read web pages, do not carry it; the generic reader
 * (pages and PDFs), the PDF import and the CLI read dates through parseSplitDate.
 */
import { monthNumber, parseDate, type DayMonthOrder } from './dates';

/**
 * PDFs that place glyphs one by one come out as "A ug 3 0, 2 02 4". Spaces between digits and around a "." "/"
 * "-" between digits go; pieces of letters are joined only where together they spell a month, so the words
 * around the date stay apart.
 */
export function unsplitGlyphs(s: string): string {
  const pieces = s.split(' ');
  const out: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    let word = pieces[i]!;
    let last = i;
    for (let j = i, joined = ''; j < pieces.length && /^\p{L}+\.?$/u.test(pieces[j]!) && (joined += pieces[j]).length < 11; j++) {
      if (monthNumber(joined)) [word, last] = [joined, j];
    }
    out.push(word);
    i = last;
  }
  return out.join(' ').replace(/(?<=\d) (?=\d)/g, '').replace(/(?<=\d) ?([./-]) ?(?=\d)/g, '$1');
}

/**
 * parseDate, and when nothing reads, the text with glyph-split words and numbers put back together. A repaired
 * date counts only with its four-digit year printed: "1 4 . 0 3 . 2 6" stays unread.
 */
export function parseSplitDate(text: string, order: DayMonthOrder = 'mdy'): string | undefined {
  const read = parseDate(text, order);
  if (read) return read;
  const s = text.normalize('NFKC').replace(/\s+/g, ' ').trim();
  const glued = unsplitGlyphs(s);
  const again = glued === s ? undefined : parseDate(glued, order);
  return again && glued.includes(again.slice(0, 4)) ? again : undefined;
}
