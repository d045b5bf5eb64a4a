/**
 * Visible label/value reading (tables, dl/dt/dd, "Label: value" lines, via ../dom.ts) for what a certificate
 * page prints: certificate or credential code, completion or issue date, start date, credits with their unit,
 * hours, course title and provider, with the cheap German, French, Spanish and Japanese labels too.
 * Wording such as a "Certificate of Completion" heading or "has successfully completed …" counts as evidence.
 * The reading works on any PageReader, so a certificate PDF's lines (../pdf-lines.ts) are read the same way.
 */
import type { CreditUnit } from '../../domain/schema';
import { orderForLanguage, parseDate, type DayMonthOrder } from '../../domain/dates';
import { parseDateRange } from '../../domain/date-ranges';
import { readPage, visibleText, type PageReader } from '../dom';
import {
  boundedNumber, cleanCode, cleanText, foundFields, MAX_CREDITS, MAX_HOURS, MAX_PROVIDER_LENGTH, MAX_TITLE_LENGTH, type PartialCapture,
} from './fields';

/**
 * One label pattern from several. Each PageReader question walks every text node of the page, so the
 * languages' variants of a label are asked as one question (a 50,000-element page stays fast); within it the
 * first label in document order wins.
 */
function anyOf(...labels: RegExp[]): RegExp {
  return new RegExp(labels.map((label) => `(?:${label.source})`).join('|'), 'iu');
}

// Labels must lead their text (see dom.ts).
const CODE_LABELS = [anyOf(
  /^certificate\s*(?:id|number|no\.?|code|#|serial(?: number)?)/i,
  /^credential\s*(?:id|number|code)/i,
  /^(?:verification|validation)\s*(?:code|id|number)/i,
  /^(?:zertifikats?|teilnahme|urkunden|bescheinigungs)-?\s*(?:nummer|nr\.?|id|code)/i,
  /^(?:numéro|n°|no\.?)\s*(?:de|du)\s*(?:certificat|l'attestation|l’attestation|attestation)/i,
  /^code\s*de\s*(?:vérification|validation|certificat)/i,
  /^(?:número|n\.?º|nº|no\.?)\s*de\s*(?:certificado|certificación|credencial)/i,
  /^(?:código|id)\s*de\s*(?:verificación|validación|certificado|credencial)/i,
  /^(?:証明書番号|修了証番号|認定番号|証書番号)/,
)];
const END_DATE_LABELS = [anyOf(
  /^(?:date\s*of\s*completion|completion\s*date|date\s*completed|completed\s*(?:on|date)?)\b/i,
  /^(?:issued\s*(?:on|date)?|issue\s*date|date\s*(?:of\s*)?issued?|awarded\s*on|date\s*awarded|earned\s*on|date\s*earned)\b(?!\s*by)/i,
  /^(?:abgeschlossen\s*am|abschlussdatum|datum\s*des\s*abschlusses|ausgestellt\s*am|ausstellungsdatum|bestanden\s*am)/i,
  /^(?:délivré\s*le|date\s*de\s*(?:délivrance|fin|réussite|obtention|complétion)|terminé\s*le|obtenu\s*le|achevé\s*le)/i,
  /^(?:fecha\s*de\s*(?:finalización|emisión|expedición|término|terminación|obtención)|completado\s*el|emitido\s*el|finalizado\s*el)/i,
  /^(?:修了日|発行日|取得日|認定日|交付日)/,
)];
const START_DATE_LABELS = [anyOf(
  /^(?:start\s*date|started\s*on|date\s*started|enrolled\s*on|enrollment\s*date)\b/i,
  /^(?:startdatum|beginn|begonnen\s*am)/i,
  /^(?:date\s*de\s*début|commencé\s*le)/i,
  /^(?:fecha\s*de\s*inicio|iniciado\s*el)/i,
  /^(?:開始日|受講開始日)/,
)];
const RANGE_LABELS = [anyOf(/^(?:dates?|event\s*dates?|when|zeitraum|datum|termin|fechas?)\b/i, /^(?:開催日|期間)/)];
/** A credits label and the unit it implies; `undefined` means the value must say ("Credits: 8 CPE"). */
const CREDIT_LABELS: ReadonlyArray<readonly [RegExp, CreditUnit | undefined]> = [
  [/^CPEs?\b(?:\s*(?:credits?|hours?|points?))?/i, 'CPE'],
  [/^CEUs?\b/i, 'CEU'],
  [/^PDUs?\b/i, 'PDU'],
  [/^(?:CE|continuing\s*education)\s*(?:credits?|units?|hours?)\b/i, 'CE'],
  [anyOf(/^(?:credits?(?:\s*earned|\s*awarded)?|credit\s*hours)\b/i, /^(?:fortbildungspunkte|weiterbildungspunkte|punkte)\b/i, /^crédits?\b/i, /^créditos?\b/i, /^(?:単位|取得単位)/), undefined],
];
const UNIT_IN_TEXT = /\b(CPEs?|CEUs?|PDUs?|CE)\b/i;
const CREDITS_IN_TEXT = /(?<![\d.])(\d{1,4}(?:[.,]\d{1,2})?)\s*(CPEs?|CEUs?|PDUs?|CE credits?)\b/i;
const HOURS_LABELS = [anyOf(
  /^(?:duration|total\s*hours|course\s*hours|contact\s*hours|learning\s*hours|training\s*hours|hours|length|time\s*spent)\b/i,
  /^(?:dauer|umfang|stunden|unterrichtseinheiten)\b/i,
  /^(?:durée|heures|nombre\s*d['’]heures)/i,
  /^(?:duración|horas|carga\s*horaria)/i,
  /^(?:時間|所要時間|学習時間|受講時間)/,
)];
const TITLE_LABELS = [anyOf(
  /^(?:course\s*(?:title|name)?|training\s*(?:title|name)?|program(?:me)?\s*(?:title|name)?|activity|session\s*title|title|event)\b/i,
  /^(?:kurs(?:titel|name)?|schulung|seminar|veranstaltung|lehrgang|titel)\b/i,
  /^(?:cours|formation|intitulé(?:\s*de\s*la\s*formation)?|titre)\b/i,
  /^(?:curso|nombre\s*del\s*curso|título|programa)\b/i,
  /^(?:講座名|コース名|研修名|講習名)/,
)];
const PROVIDER_LABELS = [anyOf(
  /^(?:issued\s*by|provided\s*by|offered\s*by|awarded\s*by|training\s*provider|provider|issuer|organi[sz]ation|organi[sz]er)\b/i,
  /^(?:ausgestellt\s*von|anbieter|veranstalter|bildungsträger)\b/i,
  /^(?:délivré\s*par|émis\s*par|organisme(?:\s*de\s*formation)?|organisateur)/i,
  /^(?:emitido\s*por|otorgado\s*por|proveedor|organizador|entidad)/i,
  /^(?:発行者|発行元|主催|実施機関)/,
)];
/** Headings that only a certificate or attendance confirmation carries. */
export const CERTIFICATE_HEADING =
  /^(?:certificate\s*of\s*(?:completion|achievement|attendance|participation)|completion\s*certificate|certificate|teilnahme(?:bestätigung|bescheinigung|zertifikat)|zertifikat|abschlusszertifikat|certificat(?:\s*de\s*(?:réussite|participation|formation|complétion))?|attestation\s*de\s*(?:formation|participation|réussite|fin\s*de\s*formation)|certificado(?:\s*de\s*(?:finalización|participación|aprovechamiento|asistencia|realización))?|修了証(?:明書)?|受講証明書|認定証)$/i;
/** A sentence saying someone completed something, with the title in quotes. */
const QUOTED_COMPLETION =
  /(?=.*(?:completed|attended|abgeschlossen|teilgenommen|absolviert|suivi|complété|terminé|réussi|participé|completado|finalizado|cursado|asistido|修了|受講))[^“"„«「『]*[“"„«「『]\s*([^”"“»」』]{3,200}?)\s*[”"“»」』]/i;
/** "… has successfully completed Incident Response Fundamentals on 14 March 2026." */
const UNQUOTED_COMPLETION =
  /\bhas\s+(?:successfully\s+)?completed\s+(?:the\s+)?(?:(?:online\s+)?(?:course|training|program(?:me)?|workshop|webinar)\s*:?\s+)?(.{3,200}?)(?:\s+(?:on|with|in)\s+.*)?[.!]?$/i;
const GENERIC_TITLES = /^(?:certificate|certificado|certificat|zertifikat|修了証|course|untitled)$/i;

const LABELS_CONFIDENCE = 0.7;
const WORDING_ONLY_CONFIDENCE = 0.4;
const MAX_HEADINGS = 50;

/** The leading number of a value with its unit, e.g. "8 CPE credits" -> [8, 'CPE']. */
function parseCredits(value: string, labelUnit: CreditUnit | undefined): [number, CreditUnit | undefined] | undefined {
  const m = /^(\d{1,6}(?:[.,]\d{1,3})?)\b/.exec(value.trim());
  const credits = m ? boundedNumber(m[1], MAX_CREDITS) : undefined;
  if (credits === undefined) return undefined;
  const unitWord = UNIT_IN_TEXT.exec(value)?.[1];
  return [credits, labelUnit ?? unitOf(unitWord)];
}

function unitOf(word: string | undefined): CreditUnit | undefined {
  const unit = word?.toUpperCase().replace(/S$/, '').replace(/ CREDITS?$/, '');
  return unit === 'CPE' || unit === 'CEU' || unit === 'PDU' || unit === 'CE' ? unit : undefined;
}

function readCredits(page: PageReader): { credits?: number; creditUnit?: CreditUnit } {
  for (const [label, unit] of CREDIT_LABELS) {
    const found = page.valueAs([label], (v) => parseCredits(v, unit));
    if (found) return { credits: found[0], creditUnit: found[1] };
  }
  const inText = page.find(CREDITS_IN_TEXT);
  const credits = inText ? boundedNumber(inText[1], MAX_CREDITS) : undefined;
  return credits === undefined ? {} : { credits, creditUnit: unitOf(inText![2]!.split(/\s/)[0]) };
}

/** "14 hours", "14 h", "1h 30m", "90 minutes", "7,5 Stunden", "2 horas", "14時間", "3 heures 30". */
export function parseHours(value: string): number | undefined {
  const text = value.trim().toLowerCase();
  const hm = /^(\d{1,5}(?:[.,]\d{1,2})?)\s*(?:h|hrs?|hours?|std\.?|stunden?|heures?|horas?|時間)\.?\s*(?:(\d{1,2})\s*(?:m|min|mins|minutes?|minuten|minutos?|分)?)?(?![\p{L}\d])/u.exec(text);
  if (hm) return boundedNumber(Number(hm[1]!.replace(',', '.')) + Number(hm[2] ?? 0) / 60, MAX_HOURS);
  const minutes = /^(\d{1,6})\s*(?:m|min|mins|minutes?|minuten|minutos?|分)(?![\p{L}\d])/u.exec(text);
  return minutes ? boundedNumber(Number(minutes[1]) / 60, MAX_HOURS) : undefined;
}

function headingTexts(doc: Document): string[] {
  const tags = ['h1', 'h2', 'h3'].flatMap((tag) => Array.from(doc.getElementsByTagName(tag)).slice(0, MAX_HEADINGS));
  const headings = tags.length > 0 ? tags : Array.from(doc.querySelectorAll('[role="heading"]')).slice(0, MAX_HEADINGS);
  return headings.map((h) => visibleText(h)).filter((t) => t.length > 0 && t.length <= 120);
}

function titleFromWording(page: PageReader): string | undefined {
  const quoted = page.find(QUOTED_COMPLETION)?.[1];
  const sentence = quoted ?? page.find(UNQUOTED_COMPLETION)?.[1];
  return cleanText(sentence, MAX_TITLE_LENGTH);
}

/** A "title" that is really a duration, a number, a date or credits: a type tag such as "Course" beside "6h 10m". */
const NOT_A_TITLE =
  /^(?:[\d\s.,:/-]+|\d+(?:[.,]\d+)?\s*(?:h|hrs?|hours?|min|minutes?|m)(?:\s*\d+\s*(?:m|min|minutes?))?|\d+(?:[.,]\d+)?\s*(?:CE|CEUs?|CPEs?|PDUs?)?\s*credits?)$/i;

/** A title read from the page, unless it is only the word "Certificate" in some language, or no title at all. */
export function usableTitle(value: string | undefined): string | undefined {
  const title = cleanText(value, MAX_TITLE_LENGTH);
  return title && !GENERIC_TITLES.test(title) && !CERTIFICATE_HEADING.test(title) && !NOT_A_TITLE.test(title) ? title : undefined;
}

interface LabelledDates {
  startDate?: string;
  endDate?: string;
  /** Whether a completion-specific label or a whole range gave the end date, not just a "Date:" line. */
  completionDated: boolean;
}

function readDates(page: PageReader, order: DayMonthOrder): LabelledDates {
  const endDate = page.valueAs(END_DATE_LABELS, (v) => parseDate(v, order));
  const startDate = page.valueAs(START_DATE_LABELS, (v) => parseDate(v, order));
  if (endDate) return { startDate: startDate && startDate <= endDate ? startDate : undefined, endDate, completionDated: true };
  // An attendance confirmation gives the event's dates as one range ("Dates: 12–14 March 2026"). A single
  // "Date:" is kept as the end date but proves nothing: blog posts and catalogues carry one too.
  const range = page.valueAs(RANGE_LABELS, (v) => parseDateRange(v, order));
  if (!range) return { completionDated: false };
  return { startDate: range.start, endDate: range.end, completionDated: range.start !== undefined };
}

/**
 * Every label this file knows, so a reader can tell a label standing alone from a value (see ../pdf-lines.ts).
 * A function, not a constant, so that content scripts, which never call it, do not carry the list.
 */
export function fieldLabels(): readonly RegExp[] {
  return [
    ...CODE_LABELS, ...END_DATE_LABELS, ...START_DATE_LABELS, ...RANGE_LABELS, ...CREDIT_LABELS.map(([label]) => label),
    ...HOURS_LABELS, ...TITLE_LABELS, ...PROVIDER_LABELS,
  ];
}

export function readLabels(doc: Document, _url: URL): PartialCapture {
  // Separate simple queries: DOMs without a selector engine (happy-dom, the CLI's) are slow on selector lists.
  const page = readPage(doc.querySelector('main') ?? doc.querySelector('[role="main"]') ?? doc.querySelector('article') ?? doc);
  return readLabelsFrom(page, headingTexts(doc), orderForLanguage(doc.documentElement?.getAttribute('lang')));
}

/**
 * The label/value reading of one page: `headings` are its heading texts, most prominent first (a certificate
 * heading is evidence, the first usable one is the title of last resort); `order` reads all-numeric dates.
 */
export function readLabelsFrom(page: PageReader, headings: readonly string[], order: DayMonthOrder): PartialCapture {
  const { startDate, endDate, completionDated } = readDates(page, order);
  const certificateCode = page.valueAs(CODE_LABELS, cleanCode);
  const { credits, creditUnit } = readCredits(page);
  const hours = page.valueAs(HOURS_LABELS, parseHours);
  const labelledTitle = page.valueAs(TITLE_LABELS, usableTitle);
  const wordingTitle = titleFromWording(page);
  const certificateHeading = headings.some((t) => CERTIFICATE_HEADING.test(t));
  const headingTitle = headings.map(usableTitle).find(Boolean);

  const completion = Boolean(completionDated || certificateCode || certificateHeading || wordingTitle);
  const partial = {
    title: labelledTitle ?? wordingTitle ?? (completion ? headingTitle : undefined),
    provider: page.valueAs(PROVIDER_LABELS, (v) => cleanText(v, MAX_PROVIDER_LENGTH)),
    startDate,
    endDate,
    certificateCode,
    credits,
    creditUnit: credits !== undefined ? creditUnit : undefined,
    hours,
    completion,
    confidence: completionDated || certificateCode ? LABELS_CONFIDENCE : completion ? WORDING_ONLY_CONFIDENCE : 0,
  };
  return { ...partial, found: foundFields(partial) };
}
