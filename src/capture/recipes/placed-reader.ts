/**
 * The page reader of dom.ts, also answering where each value sits beside its label, and what short texts and phrases
 * the page has: what a taught site's recipe learns and reads by. Apart from dom.ts, whose reader the portals' scripts
 * carry, so that they do not carry this.
 */
import { VALUE_PLACES, type ValuePlace } from '../../domain/site-recipe';
import { normalizeSpace, placeOfLastValue, readingMemo, readPage, valuesNextToTextNode, visibleTextNodes } from '../dom';
import type { PageReader } from '../page-reader';

export interface PlacedValue {
  value: string;
  place: ValuePlace;
}

/** What a page's reader also answers, beyond a PDF's: a taught site's recipe picks values by where they sit. */
export interface DomPageReader extends PageReader {
  /** Every value next to `label` with where it sits, in reading order. */
  placedValues(label: RegExp): PlacedValue[];
  /** The page's texts of at most `maxLength` characters, in reading order (label candidates, status words). */
  shortTexts(maxLength: number): string[];
  /** The page's phrases (the text of each small block), in reading order. */
  phrases(): readonly string[];
  /** Each visible text node with its text (whitespace collapsed), in reading order; at most MAX_TEXT_NODES. */
  entries(): ReadonlyArray<{ node: Text; text: string }>;
  /** Each element's visible text, read once per reader. */
  textOf(element: Element): string;
}

/** Enough for any real page; a hostile page of a million texts is learned from its first ones. */
const MAX_TEXT_NODES = 20_000;

export function readPageWithPlaces(root: Document): DomPageReader {
  const reader = readPage(root);
  const start = root.body ?? root.documentElement;
  const entries = start ? visibleTextNodes(start).slice(0, MAX_TEXT_NODES).map((node) => ({ node, text: normalizeSpace(node.data) })).filter((e) => e.text) : [];
  const memo = readingMemo();
  let phrases: string[] | undefined;
  return {
    ...reader,
    placedValues(label) {
      const out: PlacedValue[] = [];
      for (const { node, text } of entries) {
        if (start) for (const value of valuesNextToTextNode(node, text, label, start, memo)) out.push({ value, place: VALUE_PLACES[placeOfLastValue()]! });
      }
      return out;
    },
    shortTexts: (maxLength) => entries.filter((e) => e.text.length <= maxLength).map((e) => e.text),
    entries: () => entries,
    textOf: (element) => memo.text(element),
    phrases() {
      if (!phrases) {
        const all: string[] = [];
        reader.findAs((phrase) => void all.push(phrase));
        phrases = all;
      }
      return phrases;
    },
  };
}
