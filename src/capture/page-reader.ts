/**
 * The questions extractors ask of a page's text, whatever the text came from: a web page (dom.ts readPage) or a
 * certificate PDF's lines (pdf-lines.ts readPdfLines). Each source says where a label's value may be and what its
 * phrases are; the answering is the same for both, so the label vocabulary reads pages and PDFs alike.
 */

/** Answers questions about one page's visible text; built once per extract. */
export interface PageReader {
  /** The value shown next to the first label (tried in order) that has one, e.g. value([/^certificate id/i]). */
  value(labels: readonly RegExp[]): string | undefined;
  /** Like value, but keeps looking until `parse` accepts a candidate (a date that parses, a number). */
  valueAs<T>(labels: readonly RegExp[], parse: (value: string) => T | undefined): T | undefined;
  /** The first phrase (visible text of a small block such as <p>, <li>, <dd>) matching `pattern`. */
  find(pattern: RegExp): RegExpExecArray | undefined;
  /** The first phrase, in reading order, that `parse` makes something of, and what it made. */
  findAs<T>(parse: (phrase: string) => T | undefined): T | undefined;
  /** Whether some phrase is exactly one of `phrases` (case-insensitive): a status badge, a button. */
  hasPhrase(phrases: readonly string[]): boolean;
  /** Whether some phrase or single text (a badge inside a larger block) of at most `maxLength` matches `pattern` whole. */
  hasShortText(pattern: RegExp, maxLength: number): boolean;
  /**
   * Whether some text holds `word` (lower-case ASCII, no white space), in any case: a cheap look before `find`, which
   * groups the page into phrases, for a pattern that cannot match without that word.
   */
  mentions(word: string): boolean;
}

/** What a source of text gives a reader: the values a label may have, in order, and the phrases in reading order. */
export interface ReaderSource extends Pick<PageReader, 'hasPhrase' | 'hasShortText' | 'mentions'> {
  candidates(label: RegExp): Iterable<string>;
  phrases(): readonly string[];
}

export function pageReaderOf({ candidates, phrases, ...answers }: ReaderSource): PageReader {
  const reader: PageReader = {
    ...answers,
    value: (labels) => reader.valueAs(labels, (v) => v),
    valueAs(labels, parse) {
      for (const label of labels) {
        for (const candidate of candidates(label)) {
          const parsed = parse(candidate);
          if (parsed !== undefined) return parsed;
        }
      }
      return undefined;
    },
    find(pattern) {
      return reader.findAs((phrase) => {
        pattern.lastIndex = 0;
        return pattern.exec(phrase) ?? undefined;
      });
    },
    findAs(parse) {
      for (const phrase of phrases()) {
        const found = parse(phrase);
        if (found !== undefined) return found;
      }
      return undefined;
    },
  };
  return reader;
}

const SEPARATORS = /^[\s:：\-–—|]+/;

/** Drops the ": " or " – " between a label and its value; a lone dash is the page saying "none", so it stays. */
export function stripSeparators(text: string): string {
  const afterColon = text.replace(/^[\s:：]+/, '');
  return afterColon.replace(/^[-–—|]+\s*/, '') || afterColon.trim();
}

/**
 * The text after a label at the start of `text`, or undefined when the label is not at the start.
 * A label must lead its text ("Completed on March 14"), so "Not completed" never answers /completed/.
 */
export function afterLeadingLabel(text: string, label: RegExp): string | undefined {
  label.lastIndex = 0; // a /g or /y label would otherwise resume where the previous text left off
  const m = label.exec(text);
  if (!m || m[0] === '') return undefined;
  if (text.slice(0, m.index).replace(SEPARATORS, '') !== '') return undefined;
  return stripSeparators(text.slice(m.index + m[0].length)).trim();
}
