/**
 * The Cisco Continuing Education portal's "Submit Items" form (https://ce.cisco.com). Its markup is not public
 * and changes with the portal, so each field is described by what a user reads next to it, with names and
 * placeholders as second chances; the item name is a pick from the portal's Item Catalog.
 */
import { findField } from '../find-field';
import type { FieldSpec, FillField, FillTarget } from '../fill-types';

const TARGET_ID = 'cisco-ce-portal';
const HOST = 'ce.cisco.com';
/**
 * The page says what it is in its title, its first heading or an open dialog's heading (the form may open over
 * the dashboard); failing that, a "validation code" field, which only the submission form has, answers.
 */
const PAGE_TITLE = /\bsubmit (?:an? )?items?\b|\bsubmit (?:a )?(?:ce )?claim\b|\bclaim (?:ce )?credits?\b/i;

const DIALOG_HEADINGS = 'dialog[open] :is(h1, h2, h3), [role=dialog]:not([hidden]) :is(h1, h2, h3), [aria-modal=true] :is(h1, h2, h3)';

/** One label over the start and end date inputs of a date-range picker. */
const DATE_RANGE = [/^(?:(?:training|course|class|item|completion|attendance) )?dates?(?: (?:attended|completed|of (?:training|attendance|the course)))?$/i];

const fields: Record<FillField, FieldSpec> = {
  itemName: {
    kind: 'combobox',
    labels: [
      /^(?:official )?(?:item|course|training|activity)(?:\s*(?:\/|or)\s*(?:course|item))?\s*(?:name|title)\b/i,
      /^(?:search (?:the )?|select (?:an? |the )?)?item(?: catalog(?:ue)?)?$/i,
      /^(?:search (?:the )?)?item catalog(?:ue)?\b/i,
    ],
    names: [/^(?:item|course|activity)[-_ ]?(?:name|title)$/i, /^item$/i, /^itemSearch$/i],
    placeholders: [/^(?:search|find|type)\b.*\b(?:item|course|catalog(?:ue)?)\b/i],
  },
  startDate: {
    kind: 'date',
    labels: [/^(?:course |training |item )?start(?:ed)?(?: date| on)?\b/i, /^date started\b/i, /^from(?: date)?$/i],
    names: [/^(?:item|course)?[-_]?start[-_]?date$/i, /^date[-_]?start(?:ed)?$/i, /^start$/i],
    range: { labels: DATE_RANGE, part: 0 },
    dateFormat: 'MM/DD/YYYY',
  },
  endDate: {
    kind: 'date',
    labels: [
      /^(?:course |training |item )?(?:end|completion|completed|finish)(?: date| on)?\b/i,
      /^date (?:completed|ended|finished)\b/i,
      /^to(?: date)?$/i,
    ],
    names: [/^(?:item|course)?[-_]?(?:end|completion|complete|completed|finish)[-_]?date$/i, /^date[-_]?(?:end|completed)$/i, /^end$/i],
    range: { labels: DATE_RANGE, part: 1 },
    dateFormat: 'MM/DD/YYYY',
  },
  certificateCode: {
    kind: 'text',
    labels: [
      /^(?:certificate |completion )?validation (?:code|number|id)\b/i,
      /^certificate (?:code|id|number|no\.?)(?:\s|$)/i,
      /^(?:verification|completion) (?:code|id)\b/i,
    ],
    names: [/^(?:certificate[-_]?)?validation[-_]?(?:code|number|id)$/i, /^cert(?:ificate)?[-_]?(?:code|id|number)$/i, /^verification[-_]?code$/i],
  },
  certificate: {
    kind: 'file',
    labels: [
      /^(?:upload |attach )?(?:(?:the|your|a) )?(?:completion )?certificate(?!\s+(?:validation|code|id|number|no\b))(?:\s*\(pdf\)|\s+(?:file|pdf|document))?\b/i,
      /^(?:proof of completion|upload (?:a )?(?:file|pdf|document)|attachment|supporting document)\b/i,
    ],
    names: [/^(?:completion[-_]?)?certificate(?:[-_]?(?:file|pdf|upload))?$/i, /^(?:file|upload|attachment)$/i],
    dropZones: [/\bdrag (?:and|&|'?n'?) drop\b/i, /^drop (?:your |the |a )?(?:completion )?(?:certificate|file|pdf)\b/i],
  },
};

const ciscoCePortal: FillTarget = {
  id: TARGET_ID,
  label: 'Cisco CE portal: Submit Items',
  matches: ['https://ce.cisco.com/*'],
  detect(doc, url) {
    if (url.protocol !== 'https:' || url.hostname.toLowerCase() !== HOST) return false;
    try {
      if (PAGE_TITLE.test(doc.title)) return true;
      const headings = [doc.querySelector('h1, h2, [role=heading]'), ...Array.from(doc.querySelectorAll(DIALOG_HEADINGS))];
      if (headings.some((h) => PAGE_TITLE.test(h?.textContent?.slice(0, 200) ?? ''))) return true;
      return /\/submit/i.test(url.pathname) || findField(doc, fields.certificateCode) !== undefined;
    } catch {
      return false;
    }
  },
  fields,
};

export default ciscoCePortal;
