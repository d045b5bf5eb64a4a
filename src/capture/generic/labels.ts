/**
 * Visible label/value reading (tables, dl/dt/dd, "Label: value" lines, via ../dom.ts) for what a certificate
 * page prints: certificate or credential code, completion or issue date, start date, credits with their unit,
 * hours, course title and provider, with the cheap German, French, Spanish and Japanese labels too.
 * Wording such as a "Certificate of Completion" heading or "has successfully completed …" counts as evidence.
 * The reading works on any PageReader, so a certificate PDF's lines (../pdf-lines.ts) are read the same way.
 */
import type { CreditUnit } from '../../domain/schema';
import { orderForLanguage, type DayMonthOrder } from '../../domain/dates';
import { parseSplitDate as parseDate } from '../../domain/split-dates';
import { parseDateRange } from '../../domain/date-ranges';
import { metaContent, normalizeSpace, readPage, visibleText, type PageReader } from '../dom';
import {
  boundedNumber, cleanCode, cleanText, foundFields, MAX_CREDITS, MAX_HOURS, MAX_PROVIDER_LENGTH, MAX_TITLE_LENGTH, type PartialCapture,
} from './fields';
import { DATE_AFTER_COMPLETION, HOURS_IN_TEXT, nameAfterLead, providerInSentence, titleAfterCompletion } from './wording';

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
  /^(?:roll|certificate\s+serial)\s*(?:no\.?|number)/i,
  /^(?:badge|award|completion)\s*(?:id|number|code)/i,
  /^credential\s*(?:id|number|code)/i,
  /^(?:verification|validation)\s*(?:code|id|number)/i,
  /^(?:zertifikats?|teilnahme|urkunden|bescheinigungs)-?\s*(?:nummer|nr\.?|id|code)/i,
  /^(?:numéro|n°|no\.?)\s*(?:de|du)\s*(?:certificat|l'attestation|l’attestation|attestation)/i,
  /^code\s*de\s*(?:vérification|validation|certificat)/i,
  /^(?:número|n\.?º|nº|no\.?)\s*de\s*(?:certificado|certificación|credencial)/i,
  /^(?:código|id)\s*de\s*(?:verificación|validación|certificado|credencial)/i,
  /^(?:証明書番号|修了証番号|認定番号|証書番号)/,
  /^(?:attendance|transaction|record)\s*(?:id|number|no\.?)/i,
  /^id\s*(?:du|de\s*la|del|de|des|do|da)\s*(?:certificat|certificado|credencial|credential|attestation|certificato|diploma)/i,
  /^(?:numero|n\.?\s*)\s*(?:del?\s*)?certificat[oe]/i,
  /^(?:folio|certificaatnummer|certificaat-?id|número\s*do\s*certificado)/i,
  /^(?:修了証|証明書|認定証|受講証明書)\s*(?:ID|番号|No\.?)/i,
)];
const END_DATE_LABELS = [anyOf(
  /^(?:date\s*of\s*completion|completion\s*date|date\s*completed|completed\s*(?:on|date)?)\b/i,
  /^(?:issued\s*(?:on|date)?|issue\s*date|date\s*(?:of\s*)?issued?|awarded\s*on|date\s*awarded|earned(?:\s*on)?|date\s*earned)\b(?!\s*by)/i,
  /^(?:date\s*attended|attended(?:\s*(?:live\s*)?on)?|attendance\s*date|date\s*passed|passed\s*on|achieved\s*on)\b/i,
  /^(?:abgeschlossen\s*am|abschlussdatum|datum\s*des\s*abschlusses|ausgestellt\s*am|ausstellungsdatum|bestanden\s*am)/i,
  /^(?:délivrée?\s*le|date\s*(?:de\s*|d['’])(?:délivrance|fin|réussite|obtention|complétion|achèvement|émission)|terminée?\s*le|obtenue?\s*le|achevée?\s*le|réussie?\s*le)/i,
  /^(?:fecha\s*de\s*(?:finalización|emisión|expedición|término|terminación|obtención)|completado\s*el|emitido\s*el|finalizado\s*el)/i,
  /^(?:修了日|発行日|取得日|認定日|交付日|完了日|受講完了日|達成日)/,
  /^(?:completato\s*il|data\s*di\s*(?:completamento|conseguimento|rilascio)|concluído\s*em|data\s*de\s*conclusão|voltooid\s*op|afgerond\s*op|datum\s*(?:voltooid|afgerond))/i,
  /^(?:abgeschlossen|beendet|terminé|finalizado|completado|concluído|voltooid)(?=\s*[:：]|$)/i,
)];
/** The labels a list of badges repeats for each: "Issued Oct 20, 2026", "Earned …". A course's criteria say "Completed". */
const ISSUE_DATE_LABELS = [/^(?:issued|earned|awarded|ausgestellt|délivré|emitido|発行日)(?:\s*(?:on|am|le|el))?\b/iu];
const START_DATE_LABELS = [anyOf(
  /^(?:start\s*date|started\s*on|date\s*started)\b/i,
  /^started(?=\s*[:：]|$)/i,
  /^(?:startdatum|beginn|begonnen\s*am)/i,
  /^(?:date\s*de\s*début|commencé\s*le)/i,
  /^(?:fecha\s*de\s*inicio|iniciado\s*el)/i,
  /^(?:開始日|受講開始日)/,
  /^(?:begonnen|gestartet\s*am|iniciado|commencé|data\s*di\s*inizio|data\s*de\s*início|startdatum)(?=\s*[:：]|\s|$)/i,
)];
/** A sentence that gives a range of days: "from 2 to 6 February", "vom 9. bis 11.", "du 2 au 6", "del 2 al 6". */
const RANGE_IN_SENTENCE = /\b(?:from|between|vom|von|du|del|dal|de)\s+\d{1,2}(?:\.|er|º|°)?\s+(?:\p{L}+\.?\s+)?(?:\d{4}\s+)?(?:to|and|bis|au|al|a|à)\s+\d/iu;
const RANGE_LABELS = [anyOf(/^(?:dates?|event\s*dates?|when|zeitraum|datum|termin|fechas?)\b/i, /^(?:開催日|期間)/)];
/** A credits label and the unit it implies; `undefined` means the value must say ("Credits: 8 CPE"). */
const CREDIT_LABELS: ReadonlyArray<readonly [RegExp, CreditUnit | undefined]> = [
  [/^CPEs?\b(?:\s*(?:credits?|hours?|points?))?/i, 'CPE'],
  [/^continuing\s*professional\s*education\s*(?:credits?|hours?|units?)?\s*(?:\(CPEs?\))?/i, 'CPE'],
  [/^(?:professional\s*development\s*units?|PDUs?\s*earned)\b/i, 'PDU'],
  [/^continuing\s*education\s*units?\b/i, 'CEU'],
  [/^CEUs?\b/i, 'CEU'],
  [/^PDUs?\b/i, 'PDU'],
  [/^(?:CE|continuing[\s-]*education)[\s-]*(?:credits?|units?|hours?|crédits?|créditos?|crediti|punkte)\b/i, 'CE'],
  [/^(?:crédits?|créditos?|crediti)\s*(?:CE|de\s*formation\s*continue)\b/i, 'CE'],
  [/^(?:継続教育\s*[(（]?\s*CE\s*[)）]?\s*|CE\s*)クレジット/i, 'CE'],
  [anyOf(/^(?:credits?(?:\s*earned|\s*awarded)?|credit\s*hours)\b/i, /^(?:fortbildungspunkte|weiterbildungspunkte|punkte)\b/i, /^crédits?\b/i, /^créditos?\b/i, /^(?:単位|取得単位)/), undefined],
];
const UNIT_IN_TEXT = /\b(CPEs?|CEUs?|PDUs?|CE)\b/i;
const CREDITS_IN_TEXT =
  /(?<![\d.])(\d{1,4}(?:[.,]\d{1,2})?)\s*(?:(?:Cisco|CompTIA|ISC2|\(ISC\)²|ISACA|PMI)\s+)?(CPEs?|CEUs?|PDUs?|CE[ -]credits?|continuing professional education|continuing education units?|continuing education credits?)\b/i;
const HOURS_LABELS = [anyOf(
  /^(?:duration|total\s*hours|course\s*hours|contact\s*hours|learning\s*hours|training\s*hours|hours|length|time\s*spent)\b/i,
  /^(?:dauer|umfang|stunden|unterrichtseinheiten)\b/i,
  /^(?:durée|heures|nombre\s*d['’]heures)/i,
  /^(?:duración|horas|carga\s*horaria)/i,
  /^(?:時間|所要時間|学習時間|受講時間)/,
)];
// A bare word such as "Course" or "Formation" is a label only with a colon or alone: "Course completed on …" is a sentence.
const TITLE_LABELS = [anyOf(
  /^(?:course\s*(?:title|name)?|training\s*(?:title|name)?|program(?:me)?\s*(?:title|name)|activity|session\s*title|title|event)(?=\s*[:：]|$)/i,
  /^(?:kurs(?:titel|name)?|schulung|seminar|veranstaltung|lehrgang|titel)(?=\s*[:：]|$)/i,
  /^(?:cours|formation|intitulé(?:\s*de\s*la\s*formation)?|titre)(?=\s*[:：]|$)/i,
  /^(?:curso|nombre\s*del\s*curso|título|nombre\s*del\s*programa)(?=\s*[:：]|$)/i,
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
  /^(?:(?:certificate|certificado|certificat|zertifikat)\s*(?:of|de|du|über\s+die)\s*(?:completion|attendance|participation|finalización|participación|réussite|teilnahme)\s+(?:de|of|from|von|du)\s+\S.{0,60}|certificate\s*of\s*(?:course\s*)?(?:completion|achievement|attendance|participation|accomplishment)|(?:course|completion|attendance|participation)\s*certificate|statement\s*of\s*(?:achievement|accomplishment|completion|participation|attendance)|certificate|teilnahme(?:bestätigung|bescheinigung|zertifikat)|zertifikat|abschlusszertifikat|certificat(?:\s*de\s*(?:réussite|participation|formation|complétion))?|attestation\s*de\s*(?:formation|participation|réussite|fin\s*de\s*formation)|certificado(?:\s*de\s*(?:finalización|participación|aprovechamiento|asistencia|realización))?|修了証(?:明書)?|受講証明書|認定証)$/i;
/** A sentence saying someone completed something, with the title in quotes. */
const QUOTED_COMPLETION =
  /(?=.*(?:completed|attended|abgeschlossen|teilgenommen|absolviert|suivi|complété|terminé|réussi|participé|completado|finalizado|cursado|asistido|修了|受講))[^“"„«「『]*[“"„«「『]\s*([^”"“»」』]{3,200}?)\s*[”"“»」』]/i;
const GENERIC_TITLES = /^(?:certificate|certificado|certificat|zertifikat|修了証|course|untitled)$/i;
/**
 * Headings of documents that mention a course but award nothing: a receipt, an enrolment or registration, a
 * transcript, a letter. Such a document is never a capture, whatever dates and numbers it carries.
 */
const NOT_AN_AWARD =
  /^(?:receipt|invoice|order\s*(?:confirmation|summary|#)|(?:registration|enrol(?:l)?ment|booking|reservation)\s*(?:confirm|receipt|details)|(?:you(?:'|’)re|you\s+are)\s+(?:registered|enrolled)|(?:unofficial\s+|official\s+)?transcript|letter\s+of\s+recommendation|recommendation\s+letter|ticket|quote|quotation|learning\s+plan|rechnung|quittung|anmeldebestätigung|buchungsbestätigung|anmeldung|facture|reçu|confirmation\s+d['’]inscription|factura|recibo|confirmación\s+de\s+(?:inscripción|matrícula|registro)|inscripción\s+confirmada|ricevuta|fattura|piano\s+di\s+apprendimento|領収書|請求書|申込(?:確認|完了)|受講申込)/i;
/** A status badge or a greeting beside the title, in the supported languages: never the course's name. */
const STATUS_WORDS =
  /^(?:(?:course|path|module|training)\s+)?(?:completed?|completion|100\s*%(?:\s*complete)?|passed|earned|achieved|finished|done|certified|verified|issued|in\s+progress|not\s+started|enrolled|congratulations|well\s+done|abgeschlossen|bestanden|erledigt|herzlichen\s+glückwunsch|terminée?|réussie?|validée?|félicitations|completad[oa]|finalizad[oa]|aprobad[oa]|superad[oa]|felicidades|enhorabuena|completato|superato|concluído|concluido|voltooid|afgerond|gefeliciteerd|完了|修了|受講済み|合格|おめでとうございます)\s*[!！.]?$/iu;
/** A status badge saying the activity is done: completion evidence beside a title and a date. */
const COMPLETED_STATUS =
  /^(?:[✓✔]\s*)?(?:(?:course|path|module|training|event|webinar)\s+)?(?:completed?|100\s*%(?:\s*complete)?|passed|earned|achieved|attended|abgeschlossen|bestanden|teilgenommen|terminée?|réussie?|validée?|completad[oa]|finalizad[oa]|aprobad[oa]|superad[oa]|completato|superato|concluído|concluido|voltooid|afgerond|完了|修了|受講済み|合格|達成)\s*[!！.]?$/iu;
/** "Sessions verified by badge scan 13.0 CPE": a line that states an amount of credits is a summary, not a name. */
const AMOUNT_IN_TITLE = /(?<![\p{L}\d])\d+(?:[.,]\d+)?\s*(?:CPEs?|CEUs?|PDUs?|CE\s+credits?)(?![\p{L}])/iu;

/** A completed status at the end of a heading that holds its badge. */
const TRAILING_STATUS = /\s+(?:completed|abgeschlossen|terminée?|completad[oa]|completato|voltooid|concluído|完了|修了)$/iu;

/** A status saying the activity is not done, or a progress figure short of 100%. */
const IN_PROGRESS_STATUS =
  /^(?:in\s+progress|not\s+started|not\s+completed|incomplete|enrolled|registered|waitlisted|pending\s+approval|past\s+due|resume(?:\s+\w+)?|continue\s+learning|in\s+bearbeitung|laufend|nicht\s+(?:begonnen|abgeschlossen)|angemeldet|en\s+cours|non\s+commencé|inscrit|en\s+curso|no\s+iniciado|inscrito|in\s+corso|non\s+iniziato|iscritto|em\s+andamento|não\s+iniciado|bezig|niet\s+gestart|受講中|未開始|未完了|進行中)$/iu;
/**
 * Progress short of 100%: "60% complete", "Lena Hoffmann · 58% complete", "Progress: 45 %". A bare percentage is a
 * score ("Score 92%"), not progress.
 */
const PERCENT_COMPLETE =
  /(?:^|[·|•–-]\s*)(?:(?:progress|fortschritt|progression|progreso|avanzamento|progresso|voortgang)\s*:?\s*\d{1,2}(?:[.,]\d+)?\s*%|\d{1,2}(?:[.,]\d+)?\s*%\s*(?:complete|completed|done|abgeschlossen|erledigt|terminé|complété|completado|completato|concluído|voltooid|完了))(?:\s*[·|•–-]\s.*)?$/iu;
/** The same, inside the running text of a page's header (textContent runs its texts together). */
const PERCENT_COMPLETE_IN_TEXT =
  /(?<![\d.,])\d{1,2}(?:[.,]\d+)?\s*%\s*(?:complete|completed|done|abgeschlossen|erledigt|terminé|complété|completado|completato|concluído|voltooid|完了)(?![\p{L}])/iu;
const MAX_HEADER_TEXT = 20_000;

/** A level tag beside the title ("Advanced", "Fortgeschritten", "上級"), or the learning system's own name. */
const NOT_A_COURSE_NAME =
  /^(?:beginner|intermediate|advanced|expert|foundational?|associate|professional|anfänger|einsteiger|fortgeschritten(?:e)?|experte|débutant|intermédiaire|avancé|principiante|intermedio|avanzado|básico|初級|中級|上級|(?:sap\s+)?successfactors(?:\s+learning)?|workday(?:\s+learning)?|moodle|canvas|docebo|talentlms|cornerstone(?:\s+ondemand)?|blackboard|brightspace)$/iu;
/**
 * A title cut short ("… for a Professional Certificate in"), a sentence ("You need JavaScript to use this site.",
 * two sentences run together), or words that point at the course instead of naming it ("this learning path",
 * "the following course", 「下記のウェビナー」, "Your CPE Certificate").
 */
const CUT_OR_SENTENCE =
  /\s(?:in|of|for|to|and|the|a|an|with|on|by|de|du|des|en|von|für|und|para|del|di|per)$|^(?:\S+\s+){5,}\S+[.!?]$|[.!?。]\s+\p{Lu}.*\s.*\s|^(?:this|these|esta|este|estos|ce|cette|dieser|diese|dieses|questo|questa|deze|dit|the\s+following|el\s+siguiente|la\s+siguiente|le\s+(?:cours|programme)\s+suivant|folgende[nrs]?)\b|^(?:貴殿は|あなたは)?(?:下記|以下|上記)の|^(?:your|my|ihr|ihre|votre|tu|su)\s(?:.*\s)?(?:certificate|zertifikat|certificat|certificado|badge)$/iu;

/** Buttons and navigation a heading may hold: "Download certificate", "Share", "Back to courses". */
const UI_WORDS =
  /^(?:download|share|print|view|verify|add\s+to|back(?:\s+to)?|home|menu|sign\s+(?:in|out)|log\s*(?:in|out)|continue|next|previous|resume|start|explore|browse|my\s+(?:learning|courses|profile|account)|herunterladen|teilen|télécharger|partager|descargar|compartir|ダウンロード|共有)\b/iu;

const LABELS_CONFIDENCE = 0.7;
const WORDING_ONLY_CONFIDENCE = 0.4;
const MAX_HEADINGS = 50;
/** The headings that say what kind of document this is: the first few, most prominent first. */
const MAX_PROMINENT_HEADINGS = 5;
/** A duration stands in a short phrase: a meta line ("Recorded Oct 14 · 50 mins"), a tile, a table cell. */
const MAX_DURATION_PHRASE = 120;
/** "50 mins", "58 min watched", "90 minutos": a webinar's length in minutes alone (never "a 50-minute hour"). */
const MINUTES_IN_TEXT = /(?<![\d.,:])(\d{1,3})\s*(?:mins?|minutes?|minuten|minutos|minuti|分)(?![\p{L}-])/iu;

/** A status badge is a word or two: "Completed", "100% complete", "受講済み". */
const MAX_STATUS_LENGTH = 40;
/** A page that labels this many different completion or issue dates lists achievements; it is not one. */
const LIST_OF_AWARDS = 3;

/** The leading number of a value with its unit, e.g. "8 CPE credits" -> [8, 'CPE']. */
/** Units the product does not count (ECTS, CPD points, CME): such credits are left for the user, never read as CE. */
const FOREIGN_UNIT = /\b(?:ECTS|CPD|CME|CATS|semester|quarter)\b/i;

function parseCredits(value: string, labelUnit: CreditUnit | undefined): [number, CreditUnit | undefined] | undefined {
  if (FOREIGN_UNIT.test(value)) return undefined;
  const m = /^(\d{1,6}(?:[.,]\d{1,3})?)\b/.exec(value.trim());
  const credits = m ? boundedNumber(m[1], MAX_CREDITS) : undefined;
  if (credits === undefined) return undefined;
  const unitWord = UNIT_IN_TEXT.exec(value)?.[1];
  return [credits, labelUnit ?? unitOf(unitWord)];
}

function unitOf(word: string | undefined): CreditUnit | undefined {
  const spelled = word?.toLowerCase().startsWith('continuing') ? (/professional/i.test(word) ? 'CPE' : /unit/i.test(word) ? 'CEU' : 'CE') : word;
  const unit = spelled?.toUpperCase().replace(/S$/, '').replace(/ CREDITS?$/, '');
  return unit === 'CPE' || unit === 'CEU' || unit === 'PDU' || unit === 'CE' ? unit : undefined;
}

function readCredits(page: PageReader): { credits?: number; creditUnit?: CreditUnit } {
  for (const [label, unit] of CREDIT_LABELS) {
    const found = page.valueAs([label], (v) => parseCredits(v, unit));
    if (found) return { credits: found[0], creditUnit: found[1] };
  }
  const inText = page.find(CREDITS_IN_TEXT);
  const credits = inText ? boundedNumber(inText[1], MAX_CREDITS) : undefined;
  const unitWords = inText?.[2] ?? '';
  return credits === undefined ? {} : { credits, creditUnit: unitOf(/^continuing/i.test(unitWords) ? unitWords : unitWords.split(/\s/)[0]) };
}

/** "14 hours", "14 h", "1h 30m", "90 minutes", "7,5 Stunden", "2 horas", "14時間", "3 heures 30". */
export function parseHours(value: string): number | undefined {
  const text = value.trim().toLowerCase();
  const hm = /^(\d{1,5}(?:[.,]\d{1,2})?)\s*(?:h|hrs?|hours?|std\.?|stunden?|heures?|horas?|時間)\.?\s*(?:(\d{1,2})\s*(?:m|min|mins|minutes?|minuten|minutos?|分)?)?(?![\p{L}\d])/u.exec(text);
  if (hm) return boundedNumber(Number(hm[1]!.replace(',', '.')) + Number(hm[2] ?? 0) / 60, MAX_HOURS);
  const minutes = /^(\d{1,6})\s*(?:m|min|mins|minutes?|minuten|minutos?|分)(?![\p{L}\d])/u.exec(text);
  return minutes ? boundedNumber(Number(minutes[1]) / 60, MAX_HOURS) : undefined;
}

/** Navigation, banners, sidebars and footers hold headings of other things: "Recommended for you", the site's name. */
const OUTSIDE_CONTENT = 'nav, aside, footer, [role="navigation"], [role="complementary"], [role="contentinfo"]';

function headingsOf(doc: Document, tag: string): string[] {
  return Array.from(doc.getElementsByTagName(tag))
    .slice(0, MAX_HEADINGS)
    .filter((h) => !h.closest(OUTSIDE_CONTENT))
    .map((h) => visibleText(h))
    .filter((t) => t.length > 0 && t.length <= 200);
}

/** What the page calls itself (og:title, else <title>), cut at its separators: "Course | Site" -> ["Course", "Site"]. */
function namedParts(doc: Document): string[] {
  const named = metaContent(doc, 'og:title') ?? normalizeSpace(doc.title ?? '');
  return named.split(/\s+[|–—·•»]\s+|\s+-\s+/).map((part) => part.trim()).filter((part) => part.length >= 3);
}

/**
 * The page's headings, in the order a reader weighs them as its title: a heading the page's own title repeats
 * (what the site says the page is about), then the h1s, then the page's title itself, then h2 and h3.
 */
function headingTexts(doc: Document): string[] {
  const h1 = headingsOf(doc, 'h1');
  const lower = [...headingsOf(doc, 'h2'), ...headingsOf(doc, 'h3')];
  const all = h1.length + lower.length > 0 ? [...h1, ...lower] : Array.from(doc.querySelectorAll('[role="heading"]')).slice(0, MAX_HEADINGS).map((h) => visibleText(h));
  const named = namedParts(doc);
  const key = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');
  const namedKeys = new Set(named.map(key));
  const confirmed = all.filter((h) => namedKeys.has(key(h)));
  return [...confirmed, ...h1, ...named.slice(0, 1), ...lower];
}

/** Words anywhere on a page that can stand before a completion phrase: a cheap filter before the verb patterns. */
const COMPLETION_VERB =
  /complet|attend|particip|passed|earned|suivi|termin|réussi|achevé|validé|finaliz|cursad|superad|aprobad|realizad|frequentat|superat|conclu|afgerond|voltooid|gevolgd|teilgenommen|abgeschlossen|absolviert|besucht|bestanden|修了|受講|完了/i;

function titleFromWording(page: PageReader, people: readonly string[]): string | undefined {
  const quoted = page.find(QUOTED_COMPLETION)?.[1];
  // A quoted review ("I completed it in June. Very clear.") is a sentence, not a course's name.
  if (quoted && !COMPLETION_VERB.test(quoted) && !/[。.!?]\s*\S/u.test(quoted)) return usableTitle(quoted, people);
  return page.findAs((phrase) => (COMPLETION_VERB.test(phrase) ? usableTitle(titleAfterCompletion(phrase), people) : undefined));
}

/** A "title" that is really a duration, a number, a date or credits: a type tag such as "Course" beside "6h 10m". */
const NOT_A_TITLE =
  /^(?:[\d\s.,:/-]+|\d+(?:[.,]\d+)?\s*(?:h|hrs?|hours?|min|minutes?|m)(?:\s*\d+\s*(?:m|min|minutes?))?|\d+(?:[.,]\d+)?\s*(?:CE|CEUs?|CPEs?|PDUs?)?\s*credits?)$/i;

let knownLabels: readonly RegExp[] | undefined;

/** A field's label standing alone ("Certificate ID", "Completed on:"), which a layout may set as large as a title. */
function isLabelOnly(text: string): boolean {
  knownLabels ??= fieldLabels();
  const bare = text.replace(/[\s:：]+$/, '');
  return knownLabels.some((label) => {
    label.lastIndex = 0;
    const m = label.exec(bare);
    return m !== null && m.index === 0 && m[0].length >= bare.length - 1;
  });
}

/** A line that is only a date ("Aug 30, 2024", "14. März 2026"): its letters are at most a month's name. */
function isDateOnly(text: string): boolean {
  return text.length <= 40 && parseDate(text) !== undefined && text.replace(/[\d\s\p{P}]/gu, '').length <= 12;
}

function samePerson(a: string, b: string): boolean {
  const key = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}]+/gu, ' ').trim();
  return key(a) === key(b);
}

/**
 * A title read from the page, or undefined for what only looks like one: the word "Certificate" in some language, a
 * status badge ("Completed", "Abgeschlossen", "完了"), a greeting, a button, a field's label, a date, a number, or
 * the learner's own name (`people`: the recipient the document names and the user's name from the settings).
 */
export function usableTitle(value: string | undefined, people: readonly string[] = []): string | undefined {
  // Certificates often set the course in quotes: “Cloud Incident Response”; the quotes are not its name. A heading
  // may hold its status badge after the name: "… – Präsenzseminar Abgeschlossen".
  const title = cleanText(value, MAX_TITLE_LENGTH)
    ?.replace(/^[“"„«「『]\s*([^“”"„«»「」『』]+?)\s*[”"“»」』]$/u, '$1')
    .replace(TRAILING_STATUS, '');
  if (!title || GENERIC_TITLES.test(title) || CERTIFICATE_HEADING.test(title) || NOT_A_TITLE.test(title)) return undefined;
  if (STATUS_WORDS.test(title) || (UI_WORDS.test(title) && title.split(' ').length <= 5) || isLabelOnly(title) || isDateOnly(title)) return undefined;
  if (NOT_A_COURSE_NAME.test(title) || CUT_OR_SENTENCE.test(title) || AMOUNT_IN_TITLE.test(title)) return undefined;
  return people.some((person) => samePerson(person, title)) ? undefined : title;
}

interface LabelledDates {
  startDate?: string;
  endDate?: string;
  /** Whether a completion-specific label or a whole range gave the end date, not just a "Date:" line. */
  completionDated: boolean;
}

/** How many different issue dates the page labels: a list of achievements (a profile of badges) has many. */
function labelledEndDates(page: PageReader, order: DayMonthOrder): number {
  const dates = new Set<string>();
  page.valueAs(ISSUE_DATE_LABELS, (v) => {
    const date = parseDate(v, order);
    if (date) dates.add(date);
    return dates.size >= LIST_OF_AWARDS ? true : undefined;
  });
  return dates.size;
}

function readDates(page: PageReader, order: DayMonthOrder): LabelledDates {
  const endDate = page.valueAs(END_DATE_LABELS, (v) => parseDate(v, order));
  const startDate = page.valueAs(START_DATE_LABELS, (v) => parseDate(v, order));
  if (endDate) return { startDate: startDate && startDate <= endDate ? startDate : undefined, endDate, completionDated: true };
  // An attendance confirmation gives the event's dates as one range ("Dates: 12–14 March 2026"). A single
  // "Date:" is kept as the end date but proves nothing: blog posts and catalogues carry one too.
  const range = page.valueAs(RANGE_LABELS, (v) => parseDateRange(v, order));
  if (range) return { startDate: range.start, endDate: range.end, completionDated: range.start !== undefined };
  // "… das vom 9. bis 11. Februar 2026 stattfand": a range a sentence gives, with both its ends.
  const stated = page.findAs((phrase) => {
    if (!RANGE_IN_SENTENCE.test(phrase)) return undefined;
    const found = parseDateRange(phrase, order);
    return found?.start ? found : undefined;
  });
  if (stated) return { startDate: stated.start, endDate: stated.end, completionDated: true };
  // "Course completed on Apr 27, 2021 at 08:21PM UTC": the date inside the sentence that says it was completed.
  const completedOn = page.findAs((phrase) => {
    const after = DATE_AFTER_COMPLETION.exec(phrase)?.[1];
    return after ? parseDate(after, order) : undefined;
  });
  return completedOn ? { endDate: completedOn, completionDated: true } : { completionDated: false };
}

/**
 * Hours stated in a short phrase when no label gives them ("4 hours 53 minutes", "12 contact hours", "40h 30m"):
 * the first in the main content, which is the activity's own length far more often than a recommendation's.
 */
function hoursInText(page: PageReader): number | undefined {
  const inPhrases = (pattern: RegExp, hoursOf: (m: RegExpExecArray) => number) =>
    page.findAs((phrase) => {
      if (phrase.length > MAX_DURATION_PHRASE) return undefined;
      const m = pattern.exec(phrase);
      return m ? boundedNumber(Math.round(hoursOf(m) * 100) / 100, MAX_HOURS) : undefined;
    });
  return inPhrases(HOURS_IN_TEXT, (m) => Number(m[1]!.replace(',', '.')) + Number(m[2] ?? 0) / 60)
    ?? inPhrases(MINUTES_IN_TEXT, (m) => Number(m[1]) / 60);
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

/**
 * The text a page shows above its main content (a course header with its progress bar), navigation and sidebars
 * aside: the elements before `main` at each level up to the body, at most MAX_HEADER_TEXT characters.
 */
function textAbove(main: Element): string {
  const parts: string[] = [];
  let length = 0;
  for (let node: Element | null = main; node && node.parentElement && length < MAX_HEADER_TEXT; node = node.parentElement) {
    for (let sibling = node.previousElementSibling; sibling && length < MAX_HEADER_TEXT; sibling = sibling.previousElementSibling) {
      if (/^(?:NAV|ASIDE|SCRIPT|STYLE|TEMPLATE|NOSCRIPT)$/.test(sibling.tagName)) continue;
      const text = (sibling.textContent ?? '').slice(0, MAX_HEADER_TEXT - length);
      parts.push(text);
      length += text.length;
    }
  }
  return parts.join(' ');
}

/** "Priya Raman's badges", "Priya Raman - open user menu\": the signed-in person, who is never a title. */
const POSSESSIVE_PAGE = /^(.{3,60}?)['’]s\s+(?:badges|profile|achievements|certificates|certifications|transcript|learning)\b/i;
const USER_MENU = /^(.{3,60}?)\s*[-–—,:]\s*(?:open\s+)?(?:user|account|profile)\s*menu\b/i;

function peopleOnPage(doc: Document): string[] {
  const people: string[] = [];
  const named = POSSESSIVE_PAGE.exec(metaContent(doc, 'og:title') ?? normalizeSpace(doc.title ?? ''))?.[1];
  if (named) people.push(named);
  for (const el of Array.from(doc.querySelectorAll('[aria-label]')).slice(0, MAX_HEADINGS)) {
    const menu = USER_MENU.exec(normalizeSpace(el.getAttribute('aria-label') ?? ''))?.[1];
    if (menu) people.push(menu);
  }
  return people;
}

export function readLabels(doc: Document, _url: URL, userPeople: readonly string[] = []): PartialCapture {
  // Separate simple queries: DOMs without a selector engine (happy-dom, the CLI's) are slow on selector lists. The
  // main content is read when it holds the page's h1; a page that puts its title and status above <main> is read whole.
  const main = doc.querySelector('main') ?? doc.querySelector('[role="main"]') ?? doc.querySelector('article');
  const h1 = doc.querySelector('h1');
  const scope = main && (!h1 || main.contains(h1)) ? main : undefined;
  const page = readPage(scope ?? doc);
  const order = orderForLanguage(doc.documentElement?.getAttribute('lang'));
  const progressAbove = scope !== undefined && PERCENT_COMPLETE_IN_TEXT.test(textAbove(scope));
  return readLabelsFrom(page, { headings: headingTexts(doc), order, people: [...userPeople, ...peopleOnPage(doc)], progressAbove });
}

export interface LabelReadingContext {
  /** The document's heading texts, most prominent first: a certificate heading is evidence, the first usable one the title of last resort. */
  headings: readonly string[];
  /** How all-numeric dates are written. */
  order: DayMonthOrder;
  /** Names that are people, never titles: the recipient a layout shows, the user's own name. */
  people?: readonly string[];
  /** Whether the page's header, above the content read, shows progress short of 100% ("58% complete"). */
  progressAbove?: boolean;
  /** A title the layout sets apart after the completion wording (a PDF's larger line): wins over the wording's own tail. */
  emphasisedTitle?: string;
}

/**
 * The label/value reading of one page. The title is, in order: a labelled one ("Course: …"), one the layout sets
 * apart after the completion wording, the wording's own ("has successfully completed …"), the first usable heading.
 */
export function readLabelsFrom(page: PageReader, context: LabelReadingContext): PartialCapture {
  const { headings, order, people: knownPeople = [] } = context;
  const { startDate, endDate, completionDated } = readDates(page, order);
  const certificateCode = page.valueAs(CODE_LABELS, cleanCode);
  const { credits, creditUnit } = readCredits(page);
  const hours = page.valueAs(HOURS_LABELS, parseHours) ?? hoursInText(page);
  const recipient = page.findAs(nameAfterLead);
  const people = recipient ? [...knownPeople, recipient] : knownPeople;
  const labelledTitle = page.valueAs(TITLE_LABELS, (v) => usableTitle(v, people));
  const wordingTitle = usableTitle(context.emphasisedTitle, people) ?? titleFromWording(page, people);
  const certificateHeading = headings.some((t) => CERTIFICATE_HEADING.test(t));
  const headingTitle = headings.map((h) => usableTitle(h, people)).find(Boolean);

  const completedStatus = page.hasShortText(COMPLETED_STATUS, MAX_STATUS_LENGTH);
  // A progress figure short of 100% says the course is unfinished; a status word ("In progress") may belong to
  // another course on the page, so it counts only where no completed status stands beside it.
  const unfinished = context.progressAbove === true || page.hasShortText(PERCENT_COMPLETE, MAX_STATUS_LENGTH)
    || (page.hasShortText(IN_PROGRESS_STATUS, MAX_STATUS_LENGTH) && !completedStatus);
  // A receipt, a registration or a transcript names courses and dates but awards nothing; an unfinished course
  // says so, unless the page also dates the completion and gives the certificate's code.
  const notAnAward = headings.slice(0, MAX_PROMINENT_HEADINGS).some((h) => NOT_AN_AWARD.test(h)) || (unfinished && !(completionDated && certificateCode))
    || labelledEndDates(page, order) >= LIST_OF_AWARDS;
  // The wording is evidence even when what it names is no usable title ("完了しました: 以下のコース").
  const completedWording = wordingTitle !== undefined || page.findAs((phrase) => (COMPLETION_VERB.test(phrase) && titleAfterCompletion(phrase) ? true : undefined)) === true;
  const completion = !notAnAward && Boolean(completionDated || certificateCode || certificateHeading || completedWording || completedStatus);
  const partial = {
    title: labelledTitle ?? wordingTitle ?? (completion ? headingTitle : undefined),
    provider: page.valueAs(PROVIDER_LABELS, (v) => cleanText(v, MAX_PROVIDER_LENGTH)) ?? cleanText(page.findAs(providerInSentence), MAX_PROVIDER_LENGTH),
    startDate,
    endDate,
    certificateCode,
    credits,
    creditUnit: credits !== undefined ? creditUnit : undefined,
    hours,
    completion,
    notAnAward,
    confidence: completionDated || certificateCode ? LABELS_CONFIDENCE : completion ? WORDING_ONLY_CONFIDENCE : 0,
  };
  return { ...partial, found: foundFields(partial) };
}
