/**
 * The page report's reader (issue 21), injected by the worker into the tab the user asked about (the popup's "Save a
 * report of this page": activeTab, or the portal's host permission), never on a page load. It runs every reader that
 * serves the page's address on the page as it is now, and leaves one function in this script's isolated world, where
 * the page cannot reach it; the worker's next injection calls it once and takes the report as the injection's result.
 * Only the redacted report (capture/page-report/) leaves the page, and only to the extension.
 */
import { adapters } from '../capture/adapters';
import { genericAdapter } from '../capture/generic/detector';
import { readerFindings } from '../capture/page-report/findings';
import { buildPageReport } from '../capture/page-report/report';
import type { ReportAbout } from '../domain/page-report';
import { fillTargetFor } from '../fill/targets';
import { PAGE_REPORT_KEY } from '../protocol/page-messages';

function reportOfThisPage(about: ReportAbout) {
  const url = new URL(location.href);
  const findings = readerFindings(document, url, {
    adapters,
    generic: genericAdapter,
    hasSubmissionForm: (doc, address) => fillTargetFor(doc, address) !== undefined,
  });
  return buildPageReport(document, location.href, findings, about);
}

(globalThis as Record<symbol, unknown>)[Symbol.for(PAGE_REPORT_KEY)] = reportOfThisPage;
