/**
 * What each reader found on a page, as a page report holds it: which fields, how many rows, which state, and the
 * shape of each value, never the value. Every reader that serves the page's address is asked (the learning site's
 * adapter and the generic reader, or the CE portal's readers); none may stop the others.
 */
import type { Adapter } from '../adapter';
import { MAX_CAPTURES_PER_READER, type CaptureFinding, type ReaderFinding } from '../../domain/page-report';
import type { Capture } from '../../domain/schema';
import { matchesAny } from '../match-pattern';
import { showsCompletion } from '../completion-signals';
import { readCePortalDashboard } from '../ce-portal/dashboard';
import { readItemCatalogPage } from '../ce-portal/item-catalog';
import { isCePortalUrl } from '../ce-portal/item-catalog-page';
import { redactAddress, shapeOf } from './redact';

/** The longest shape the worker takes (protocol/page-report.ts). */
const MAX_SHAPE_TEXT = 400;

/**
 * A capture's fields and their shapes: "endDate": "9999-99-99", "certificateCode": "AAAA-99999999". `pageHost`, the
 * reported page's host, is kept in the capture's address.
 */
export function captureFinding(capture: Capture, pageHost?: string): CaptureFinding {
  const shapes: Record<string, string> = {};
  for (const [field, value] of Object.entries(capture)) {
    if (field === 'found' || field === 'confidence' || field === 'adapterId' || value === undefined) continue;
    shapes[field] = field === 'sourceUrl' ? (redactAddress(String(value), undefined, pageHost ? [pageHost] : [], MAX_SHAPE_TEXT) ?? '') : typeof value === 'string' && /^[a-z-]+$/.test(value) && (field === 'creditUnit' || field === 'program' || field === 'category') ? value : shapeOf(String(value));
  }
  return { fields: [...capture.found], shapes, confidence: capture.confidence };
}

/** A reader's run: what it found, or that it failed (the error's name only: a message may quote the page). */
function guarded(reader: string, read: () => ReaderFinding): ReaderFinding {
  try {
    return read();
  } catch (error) {
    return { reader, detected: false, failed: error instanceof Error ? error.name : typeof error };
  }
}

function adapterFinding(reader: string, adapter: Adapter, doc: Document, url: URL): ReaderFinding {
  return guarded(reader, () => {
    const detected = adapter.detect(doc, url);
    const captures = detected ? adapter.extract(doc, url) : [];
    return { reader, detected, captures: captures.slice(0, MAX_CAPTURES_PER_READER).map((capture) => captureFinding(capture, url.hostname)), counts: { captures: captures.length } };
  });
}

export interface Readers {
  adapters: readonly Adapter[];
  generic: Adapter;
  /** Whether the page shows the CE portal's submission form (fill/targets): passed in, since capture/ may not import fill/. */
  hasSubmissionForm?: (doc: Document, url: URL) => boolean;
}

/** Every reader that serves the address, each on the page as it is now. */
export function readerFindings(doc: Document, url: URL, readers: Readers): ReaderFinding[] {
  const findings: ReaderFinding[] = [];
  if (isCePortalUrl(url)) {
    findings.push(
      guarded('ce-portal-dashboard', () => {
        const read = readCePortalDashboard(doc, url);
        if (!read) return { reader: 'ce-portal-dashboard', detected: false };
        return {
          reader: 'ce-portal-dashboard',
          detected: true,
          counts: { claims: read.claims.length, certifications: read.certifications.length },
          ...(read.claimsState ? { states: { claimsState: read.claimsState } } : {}),
          captures: read.claims.slice(0, MAX_CAPTURES_PER_READER).map((claim) => ({
            fields: Object.keys(claim),
            shapes: Object.fromEntries(Object.entries(claim).map(([field, value]) => [field, field === 'status' ? String(value) : shapeOf(String(value))])),
            confidence: 1,
          })),
        };
      }),
      guarded('item-catalog', () => {
        const page = readItemCatalogPage(doc, url);
        if (page.kind === 'unrecognised') return { reader: 'item-catalog', detected: false, states: { problem: page.reason.code } };
        return { reader: 'item-catalog', detected: true, counts: { items: page.items.length, skipped: page.skipped } };
      }),
    );
    if (readers.hasSubmissionForm) findings.push(guarded('submission-form', () => ({ reader: 'submission-form', detected: readers.hasSubmissionForm!(doc, url) })));
    return findings;
  }
  for (const adapter of readers.adapters.filter((candidate) => matchesAny(candidate.matches, url))) {
    findings.push(adapterFinding(`adapter:${adapter.id}`, adapter, doc, url));
  }
  findings.push(adapterFinding('generic', readers.generic, doc, url));
  findings.push(guarded('completion-signals', () => ({ reader: 'completion-signals', detected: showsCompletion(doc) })));
  return findings;
}
