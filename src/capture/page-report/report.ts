/**
 * A page report (domain/page-report.ts) from the page as it is now, what the readers found on it, and who made it.
 * Pure: the page's script calls it (content/page-report.ts), and the tests call it on saved pages.
 */
import { MAX_FINDINGS, PAGE_REPORT_FORMAT, PAGE_REPORT_VERSION, type PageReport, type ReaderFinding, type ReportAbout } from '../../domain/page-report';
import { outlinePage } from './outline';
import { capped, hostOf, redactAddress, redactText, shapeOf } from './redact';

const LANGUAGE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
/** The bounds the worker checks (protocol/page-report.ts): the builder cuts to them, so no page can stop a report. */
const MAX_LANGUAGE = 40;
const MAX_TITLE = 400;
/** Scripts a language tag names ("zh-Hant"); a region is two letters or three digits ("en-GB", "es-419"). */
const SCRIPTS = new Set(['latn', 'cyrl', 'grek', 'arab', 'hebr', 'deva', 'hans', 'hant', 'jpan', 'kore', 'hira', 'kana', 'thai']);

/**
 * The page's language tag as a report holds it: its language and any region or script as written, any other subtag
 * (which may say anything: "en-Whitfld") shaped, and the whole cut to the worker's bound.
 */
export function reportLanguage(tag: string): string {
  if (!LANGUAGE.test(tag)) return '';
  const [language = '', ...subtags] = tag.split('-');
  const kept = subtags.map((subtag) => (/^(?:[A-Za-z]{2}|\d{3})$/.test(subtag) || SCRIPTS.has(subtag.toLowerCase()) ? subtag : shapeOf(subtag)));
  const whole = [language, ...kept].join('-');
  return whole.length > MAX_LANGUAGE ? whole.slice(0, MAX_LANGUAGE).replace(/-[^-]*$/, '') : whole;
}

export function buildPageReport(doc: Document, href: string, findings: readonly ReaderFinding[], about: ReportAbout): PageReport {
  const pageHost = hostOf(href);
  const outline = outlinePage(doc, pageHost);
  return {
    format: PAGE_REPORT_FORMAT,
    version: PAGE_REPORT_VERSION,
    extensionVersion: about.extensionVersion,
    browser: about.browser,
    createdAt: about.createdAt,
    page: {
      address: redactAddress(href, undefined, pageHost ? [pageHost] : []) ?? '',
      title: capped(redactText(doc.title ?? ''), MAX_TITLE),
      language: reportLanguage(doc.documentElement?.getAttribute('lang')?.trim() ?? ''),
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
