/**
 * Pathological pages and the run of every reader over them, as plain functions of plain data: importable both by
 * the adapters suite and by the bounded worker (bounded-call.ts), which builds the page itself (a Document cannot
 * be sent to a thread) and is stopped if reading it does not finish. No vitest here, for the same reason.
 */
import type { Adapter } from '../../src/capture/adapter';
import { adapters } from '../../src/capture/adapters';
import { genericAdapter } from '../../src/capture/generic/detector';
import { scanPage } from '../../src/capture/page-scan';
import { Capture } from '../../src/domain/schema';
import { parseHtml } from '../helpers/fixtures';

export const ALL_READERS = [...adapters, genericAdapter];

/** One https address per adapter host (from its match patterns), plus an unrelated one for the generic detector. */
export function addressesToTry(): string[] {
  const hosts = adapters.flatMap((a) => a.matches.map((pattern) => pattern.replace(/\*$/, '')));
  return [...hosts, 'https://academy.example-training.com/'];
}

export interface ReadingSummary {
  reader: string;
  url: string;
  detected: boolean;
  captures: number;
  /** Schema problems of any capture, as text; empty when all are valid. */
  invalid: string[];
  /** A message when detect or extract threw. */
  threw?: string;
}

/** Every reader's detect and extract on `doc` at `url`, then manual capture's scan: what each did, never a throw. */
export function readWithEveryAdapter(doc: Document, href: string, only?: Adapter): ReadingSummary[] {
  const url = new URL(href);
  const summaries = (only ? [only] : ALL_READERS).map((reader): ReadingSummary => {
    const summary: ReadingSummary = { reader: reader.id, url: href, detected: false, captures: 0, invalid: [] };
    try {
      summary.detected = reader.detect(doc, url);
      // Extract is run even where detect says no: its contract is to survive any page, not only the ones it wants.
      const captures = reader.extract(doc, url);
      summary.captures = captures.length;
      for (const capture of captures) {
        const parsed = Capture.strict().safeParse(capture);
        if (!parsed.success) summary.invalid.push(`${reader.id}: ${parsed.error.message} in ${JSON.stringify(capture).slice(0, 300)}`);
      }
    } catch (error) {
      summary.threw = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    }
    return summary;
  });
  try {
    const captures = scanPage(doc, href, { adapters, fallback: genericAdapter });
    const invalid = captures.flatMap((c) => (Capture.strict().safeParse(c).success ? [] : [`scanPage: ${JSON.stringify(c).slice(0, 300)}`]));
    summaries.push({ reader: 'scanPage', url: href, detected: true, captures: captures.length, invalid });
  } catch (error) {
    summaries.push({ reader: 'scanPage', url: href, detected: false, captures: 0, invalid: [], threw: String(error) });
  }
  return summaries;
}

const CERTIFICATE_LINES = '<h1>Certificate of Completion</h1><p>Course: Deep Course</p><p>Completion date: 2026-03-14</p>';

export type PathologicalPage =
  | 'deep-nesting' | 'many-siblings' | 'repeated-labels' | 'long-whitespace' | 'date-fragments' | 'huge-json-ld' | 'many-json-ld'
  | 'labels-in-one-cell' | 'header-row-of-labels';

/** The page: built through the DOM where markup would hit the parser's own limits (5,000 levels). */
export function pathologicalPage(kind: PathologicalPage): Document {
  const doc = parseHtml(`<!DOCTYPE html><html lang="en"><head><title>Certificate</title></head><body><main>${CERTIFICATE_LINES}</main></body></html>`);
  const main = doc.querySelector('main')!;
  const paragraph = (text: string) => main.appendChild(doc.createElement('p')).appendChild(doc.createTextNode(text));
  switch (kind) {
    case 'deep-nesting': {
      let parent: Element = main;
      for (let depth = 0; depth < 5_000; depth++) parent = parent.appendChild(doc.createElement(depth % 2 ? 'div' : 'section'));
      parent.textContent = 'Certificate ID: DEEP-5000';
      break;
    }
    case 'many-siblings':
      // 20,000, not 50,000: happy-dom alone spends seconds building and walking that many (test/capture/hostile.test.ts has 50,000).
      for (let i = 0; i < 20_000; i++) main.appendChild(doc.createElement(i % 3 ? 'span' : 'dd')).textContent = i % 100 ? '' : `Completed on ${i}`;
      break;
    case 'repeated-labels':
      paragraph('Certificate ID: '.repeat(10_000));
      paragraph('Completed on: Completed on: '.repeat(5_000));
      break;
    case 'long-whitespace':
      paragraph(`Certificate ID:${' \t\n\u00A0'.repeat(40_000)}X`);
      break;
    case 'date-fragments':
      paragraph(`Completion date: ${'1/'.repeat(50_000)}`);
      paragraph(`Date: ${'14 de '.repeat(20_000)}`);
      break;
    // A label repeated in one table cell, and as every header of one row: each label's value used to be looked for by
    // reading the whole cell or row again, so reading took time in the square of the page's size (a hostile page
    // froze every extension page, where manual capture now reads it).
    case 'labels-in-one-cell': {
      const cell = main.appendChild(doc.createElement('table')).appendChild(doc.createElement('tr')).appendChild(doc.createElement('td'));
      // A label no value answers (the page has no start date): every one of them is tried.
      for (let i = 0; i < 8_000; i++) cell.appendChild(doc.createElement('b')).textContent = 'Start date';
      break;
    }
    case 'header-row-of-labels': {
      const row = main.appendChild(doc.createElement('table')).appendChild(doc.createElement('tr'));
      for (let i = 0; i < 8_000; i++) row.appendChild(doc.createElement('th')).textContent = 'Start date';
      break;
    }
    case 'huge-json-ld':
    case 'many-json-ld': {
      const count = kind === 'huge-json-ld' ? 1 : 2_000;
      for (let i = 0; i < count; i++) {
        const script = doc.head.appendChild(doc.createElement('script'));
        script.setAttribute('type', 'application/ld+json');
        script.textContent =
          kind === 'huge-json-ld'
            ? `{"@graph":[${Array.from({ length: 20_000 }, (_, n) => `{"@id":"#n${n}","@type":"Course","name":"C${n}","hasPart":{"@id":"#n${(n + 1) % 20_000}"}}`).join(',')}]}`
            : `{"@type":"Course","name":"Course ${i}","@id":"#c${i}","isPartOf":{"@id":"#c${(i + 1) % count}"}}`;
      }
      break;
    }
  }
  return doc;
}

/**
 * For the worker: builds the page and lets every reader read it at one of its own addresses (happy-dom is slow
 * enough on these pages that every reader at every address would not fit the deadline); summaries clone back.
 */
export function readPathologicalPage(kind: PathologicalPage): ReadingSummary[] {
  const doc = pathologicalPage(kind);
  return addressesToTry().flatMap((href, i) => readWithEveryAdapter(doc, new URL('certificate/1', href).href, ALL_READERS[i]));
}
