/**
 * A page report (domain/page-report.ts) from the page as it is now, what the readers found on it, and who made it.
 * Pure: the page's script calls it (content/page-report.ts), and the tests call it on saved pages.
 */
import { MAX_FINDINGS, PAGE_REPORT_FORMAT, PAGE_REPORT_VERSION, type PageReport, type ReaderFinding, type ReportAbout } from '../../domain/page-report';
import { outlinePage } from './outline';
import { redactAddress, redactText } from './redact';

const LANGUAGE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

export function buildPageReport(doc: Document, href: string, findings: readonly ReaderFinding[], about: ReportAbout): PageReport {
  const outline = outlinePage(doc);
  const language = doc.documentElement?.getAttribute('lang') ?? '';
  return {
    format: PAGE_REPORT_FORMAT,
    version: PAGE_REPORT_VERSION,
    extensionVersion: about.extensionVersion,
    browser: about.browser,
    createdAt: about.createdAt,
    page: {
      address: redactAddress(href) ?? '',
      title: redactText(doc.title ?? ''),
      language: LANGUAGE.test(language) ? language : '',
      elements: doc.getElementsByTagName('*').length,
      outlined: outline.outlined,
      shadowRoots: outline.shadowRoots,
      truncated: outline.truncated,
    },
    ...(about.noted ? { noted: about.noted } : {}),
    readers: findings.slice(0, MAX_FINDINGS),
    outline: outline.lines,
  };
}
