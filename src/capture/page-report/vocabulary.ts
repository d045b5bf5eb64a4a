/**
 * The words a page report keeps as they are: the labels the readers key on (the generic reader's field labels, the CE
 * portal's column labels and headings, the status badges) and the plain words of a learning site's chrome ("Download
 * certificate", "My certifications"). Any other text is personal until shown otherwise, and becomes its shape.
 */
import { CATALOGUE_HEADING, CERTIFICATIONS_HEADING, CERTIFICATION_LABELS, CLAIM_LABELS, ITEM_CATALOG_LABELS, NO_CLAIMS, labelKey } from '../ce-portal/labels';
import { fieldLabels } from '../generic/field-labels';
import { COMPLETED_STATUS, IN_PROGRESS_STATUS } from '../generic/labels';

/**
 * Words of a site's own chrome, in English: a text made only of these is kept. No word here is a common first or
 * last name; a person's name made only of them would still be kept, which is why the report page shows everything
 * before it is saved.
 */
const CHROME_WORDS = new Set(
  `a about account achievements activities activity all an and approved at attendance back badge badges breadcrumb by
  cancel catalog catalogue ce certificate certificates certification certifications certified claim claims close code
  complete completed completion contact continue continuing cookies course courses credential credentials credit credits
  dashboard date dates delete details download duration earned edit education event events exam exams expiration expired
  expires explore filter footer for from header help history home hours id in issued item items language learning live
  learn loading log main menu more my name navigation next number of on out overview page passed path paths pending portal previous
  print privacy profile program provider recertification recommended record records rejected renew results save score
  search settings share show sign sort status submit support terms the title to training transcript until us valid
  user users version view with you your`.split(/\s+/),
);

const WHOLE_LABELS: readonly RegExp[] = [
  ...Object.values(CLAIM_LABELS),
  ...Object.values(CERTIFICATION_LABELS),
  ...Object.values(ITEM_CATALOG_LABELS),
  CATALOGUE_HEADING,
  CERTIFICATIONS_HEADING,
];

/** Labels that lead their text ("Certificate ID: …"): the label is kept, what follows it is shaped. */
let leading: readonly RegExp[] | undefined;
const leadingLabels = () => (leading ??= [...fieldLabels(), NO_CLAIMS]);

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether the whole text is a label or status the readers know, or only words of a site's chrome. */
export function isKnownWording(text: string): boolean {
  if (text.includes('@')) return false;
  const key = labelKey(text);
  if (WHOLE_LABELS.some((label) => label.test(key))) return true;
  if (COMPLETED_STATUS.test(text) || IN_PROGRESS_STATUS.test(text)) return true;
  const words = key.split(/[\s/|·•:,.()–—-]+/).filter(Boolean);
  return words.length > 0 && words.every((word) => CHROME_WORDS.has(word));
}

/**
 * The label a text starts with ("Completed on", "Certificate ID"), when one of the readers' labels leads it and ends
 * at a word's end ("Name" never keeps the start of "Namita").
 */
export function leadingLabel(text: string): string | undefined {
  for (const label of leadingLabels()) {
    const match = label.exec(text);
    if (!match || match.index !== 0 || match[0].trim().length < 2) continue;
    if (LETTER_OR_DIGIT.test(text.charAt(match[0].length)) || match[0].includes('@')) continue;
    return match[0];
  }
  return undefined;
}

/** A single word of an address or an identifier that says what a page is, not whose it is. */
export function isChromeWord(word: string): boolean {
  return CHROME_WORDS.has(word.toLowerCase());
}
