/**
 * Visible label/value reading (tables, dl/dt/dd, "Label: value" lines, via ../dom.ts) for what a certificate
 * page prints: certificate or credential code, completion or issue date, start date, credits with their unit,
 * hours, course title and provider, with the cheap German, French, Spanish and Japanese labels too.
 * Wording such as a "Certificate of Completion" heading or "has successfully completed …" counts as evidence.
 * The reading works on any PageReader, so a certificate PDF's lines (../pdf-lines.ts) are read the same way.
 */
import type { CreditUnit } from '../../domain/schema';
import { daysBetween, orderForLanguage, type DayMonthOrder } from '../../domain/dates';
import { inferDayMonthOrder } from '../../domain/date-order';
import { parseSplitDate as parseDate } from '../../domain/split-dates';
import { parseDateRange } from '../../domain/date-ranges';
import { metaContent, normalizeSpace, readPage, visibleText } from '../dom';
import type { PageReader } from '../page-reader';
import {
  boundedNumber, cleanCode, cleanText, foundFields, MAX_CREDITS, MAX_HOURS, MAX_PROVIDER_LENGTH, nothingFound, type PartialCapture,
} from './fields';
import { jsonDocumentText } from './json-ld-nodes';
import { DATE_AFTER_COMPLETION, DATE_BEFORE_JAPANESE_COMPLETION, DATE_BEFORE_JAPANESE_HELD, DATE_HELD, ENDS_WITH_COMPLETION, endsWithNameLead, HOURS_IN_TEXT, looksLikeName, nameAfterLead, providerInSentence, readsAsPerson, titleAfterCompletion } from './wording';
import {
  CODE_LABELS, COMPLETED_DATE_LABELS, CREDIT_LABELS, END_DATE_LABELS, EVENT_DAY_LABEL, fieldLabels, ISSUED_DATE_LABELS, SCHEDULE_END_LABELS, SCHEDULE_RANGE_LABELS, HOURS_COUNT_LABELS, HOURS_LABELS, ISSUE_DATE_LABELS, OTHER_FIELD_LABELS, PROVIDER_LABELS, RANGE_LABELS, REPORTED_DATE_LABELS,
  START_DATE_LABELS, TITLE_LABELS, TOTAL_CREDIT_LABELS,
} from './field-labels';
import { COPYRIGHT, legalNameIn, nameOfHostWordIn, organisationWordOfHost, TRADEMARK_LINE, usableProvider } from './provider';
import { CERTIFICATE_HEADING, namesThePage, OTHER_COURSES_HEADING, OTHER_COURSES_SECTION, rankTitles, readsAsCompany, UNITS_CERTIFICATE_AT_END, usableTitle, type TitleCandidate } from './title';
import { foldedText } from '../../text/fold';

/** A sentence that gives a range of days: "from 2 to 6 February", "vom 9. bis 11.", "du 2 au 6", "del 2 al 6". */
const RANGE_IN_SENTENCE = /\b(?:from|between|vom|von|du|del|dal|de|van)\s+\d{1,2}(?:\.|er|º|°)?\s+(?:\p{L}+\.?\s+){0,2}(?:\d{4}\s+)?(?:to|and|bis|au|al|a|à|tot)\s+\d|\b(?:from|between|vom|von|du|del|dal|de|van)\s+\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\s+(?:to|and|bis|au|al|a|à|t\/m|tot)\s+\d|\b(?:on|op|le|les|am|el|los\s+días|nos\s+dias|il|i\s+giorni|the)\s+\d{1,2}\.?\s+(?:and|en|et|und|y|e)\s+\d{1,2}\.?\s+\p{L}{3,}|\b(?:held|took\s+place|ran|celebrad[oa]|tenue?|stattfand|realizad[oa]|on)\s+(?:\p{L}+\s+)?(?:\d{1,2}\s*[–—-]\s*\d{1,2}\s+\p{L}{3,}|\p{L}{3,}\.?\s+\d{1,2}\s*[–—-]\s*\d{1,2},?\s+\d{4})/iu;
/**
 * "at SANS Paris March 2026, March 9-14, 2026", "May 31 – June 4, 2026 · Mandalay Bay", "15–16 aprile 2026 · Milano",
 * "9.–13. März 2026": a range of days anywhere in a phrase, which dates but proves nothing.
 */
const INLINE_RANGE = /\p{L}{3,9}\.?\s+\d{1,2}\s*[–—-]\s*(?:\p{L}{3,9}\.?\s+)?\d{1,2},?\s+\d{4}|(?<![\d.])\d{1,2}\.?\s*(?:\p{L}{3,9}\.?\s*)?[–—-]\s*\d{1,2}\.?\s+\p{L}{3,9}\.?\s+\d{4}/u;
/** Things counted with a number, which a range's first number never follows: "Lab 3 – March 14", "Module 3 - 12 May". */
const NUMBERED_THING = /\b(?:lab|module|part|session|week|day|chapter|unit|step|level|room|hall|track|version|v|modul|teil|tag|semaine|jour|semana|día|settimana|giorno)\.?\s*$/iu;

/** Whether a phrase holds a range of days (INLINE_RANGE) whose first word, if any, is a month, not a counted thing. */
function rangeOfDaysIn(phrase: string): boolean {
  const m = INLINE_RANGE.exec(phrase);
  if (!m || NUMBERED_THING.test(phrase.slice(0, m.index))) return false;
  const word = /^(\p{L}{3,9})\.?\s/u.exec(m[0])?.[1];
  return word === undefined || parseDate(`1 ${word} 2026`, 'dmy') !== undefined;
}

/** A line that is a range and little else: "Oct 6–10, 2025 · Live Online (Eastern Time)", "March 23–26, 2026". */
const RANGE_LINE = /^(?:\p{L}{3,9}\.?\s+\d{1,2}\s*[–—-]\s*\d{1,2},?\s+\d{4}|\d{1,2}\.?\s*[–—-]\s*\d{1,2}\.?\s+\p{L}{3,9}\.?\s+\d{4})(?:\s*[·|•,(].{0,60})?$/u;

const UNIT_IN_TEXT = /\b(CPEs?|CEUs?|PDUs?|CE)\b/i;

const CREDITS_IN_TEXT =
  /(?:(?<![A-Za-z\d.])|(?<=\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty)(?:-[a-z]+)?\s+\())(\d{1,4}(?:[.,]\d{1,2})?)(?:(?<=\(\d{1,4}(?:[.,]\d{1,2})?)\))?\s*(?:(?:hours?|horas?|heures?|stunden|ore)\s+)?(?:(?:Cisco|CompTIA|ISC2|\(ISC\)²|ISACA|PMI)\s+)?(?:Group\s+[AB]\s+)?(CPEs?|CEUs?|PDUs?|CE[ -]credits?|continuing professional education|continuing education units?|continuing education(?:\s+\(CE\))? credits?)\b/i;

/** A sentence saying someone completed something, with the title in quotes. */
const QUOTED_COMPLETION =
  /(?=.*(?:completed|attended|abgeschlossen|teilgenommen|absolviert|suivi|complété|terminé|réussi|participé|assisté|completado|finalizado|cursado|asistido|asisti[óo]|particip[óo]|修了|受講))[^“"„«「『]*[“"„«「『]\s*([^”"“»」』]{3,200}?)\s*[”"“»」』]/i;
/**
 * Headings of documents that mention a course but award nothing: a receipt, an enrolment or registration, a
 * transcript, a letter. Such a document is never a capture, whatever dates and numbers it carries.
 */
const NOT_AN_AWARD =
  /^(?:receipt|invoice|order\s*(?:confirmation|summary|#)|(?:registration|enrol(?:l)?ment|booking|reservation)\s*(?:confirm|receipt|details)|(?:you(?:'|’)re|you\s+are)\s+(?:registered|enrolled)|(?:unofficial\s+|official\s+)?transcript(?!\s+(?:details|item|record\s+details|status|history))|letter\s+of\s+recommendation|recommendation\s+letter|(?:certificate|letter)\s+of\s+(?:employment|experience|service)|(?:employment|experience|service)\s+(?:certificate|letter|verification)|arbeitszeugnis|arbeitsbescheinigung|attestation\s+(?:d['’]emploi|de\s+travail|employeur)|certificat\s+de\s+travail|certificado\s+(?:laboral|de\s+trabajo|de\s+empleo)|constancia\s+laboral|certificato\s+di\s+servizio|werkgeversverklaring|在職証明書|退職証明書|ticket|quote|quotation|rechnung|quittung|anmeldebestätigung|buchungsbestätigung|anmeldung|facture|reçu|confirmation\s+d['’]inscription|factura|recibo|confirmación\s+de\s+(?:inscripción|matrícula|registro)|inscripción\s+confirmada|ricevuta|fattura|piano\s+di\s+apprendimento|領収書|請求書|申込(?:確認|完了)|受講申込)/i;
/**
 * The same, anywhere in a heading: "PSSI-26 : Réservation confirmée", "My Learning Assignments", "Plans de formation :
 * …", "CCNA Practice Quiz: …", "Convocation à la formation", 「受 講 票」.
 */
const NOT_AN_AWARD_IN_HEADING =
  /(?:réservation|inscription|registration|booking|enrol(?:l)?ment|reserva|inscripción|anmeldung|buchung|seat)\s+(?:(?:is|has\s+been|est|a\s+été|está|ha\s+sido|ist|wurde)\s+)?(?:confirmée?|confirmed|confirmada|bestätigt|reserved|réservée?|reservad[oa])|learning\s+assignments|(?<!\blabs?\s+(?:and|&)\s)practice\s+(?:quiz|test|exam)|quiz\s+results?|^knowledge\s+check(?:\s+results?)?\b|\bconvocation\b|einladung\s+zu|convocatoria|受講票|受講予定|申込受付/iu;
/**
 * A plan of learning ("Learning Plan", "Plans de formation : …", "Lernplan"): a list of what to take, unless the page
 * shows the plan itself completed and dated (the Learning Network's plans earn CE credits when finished).
 */
const LEARNING_PLAN_HEADING = /\blearning\s+plan|\bplans?\s+de\s+formation|\bplan\s+d['’]apprentissage|\blernplan|\bplan\s+de\s+aprendizaje|\bpiano\s+di\s+apprendimento/iu;
/** CJK characters set apart by spaces (a letter-spaced heading, 「受 講 票」), joined again. */
const SPACED_CJK = /(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])\s+(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/gu;
/** A status badge saying the activity is done: completion evidence beside a title and a date. */
export const COMPLETED_STATUS =
  /^(?:[✓✔]\s*)?(?:(?:course|path|module|training|event|webinar)\s+)?(?:completed?|100\s*%(?:\s*complete)?|passed|earned|achieved|attended|approved|genehmigt|approuvée?|aprobad[oa]|abgeschlossen|bestanden|teilgenommen|terminée?|réussie?|validée?|completad[oa]|finalizad[oa]|aprobad[oa]|superad[oa]|completato|superato|concluído|concluido|voltooid|afgerond|完了|修了|受講済み|合格|達成)\s*[!！.]?$/iu;

/** A status saying the activity is not done, or a progress figure short of 100%. */
/** The statuses of something still to do, not of a registration ("Registered" beside "Checked in — attended live"). */
const STILL_TO_DO = /^(?:in\s+progress|not\s+started|not\s+completed|incomplete|resume(?:\s+\w+)?|continue\s+learning|in\s+bearbeitung|laufend|nicht\s+(?:begonnen|abgeschlossen)|en\s+cours|non\s+commencé|en\s+curso|no\s+iniciado|in\s+corso|non\s+iniziato|em\s+andamento|não\s+iniciado|bezig|niet\s+gestart|受講中|未開始|未完了|進行中)$/iu;
export const IN_PROGRESS_STATUS =
  /^(?:in\s+progress|not\s+started|not\s+completed|incomplete|enrolled|registered|waitlisted|pending\s+approval|past\s+due|resume(?:\s+\w+)?|continue\s+learning|in\s+bearbeitung|laufend|nicht\s+(?:begonnen|abgeschlossen)|angemeldet|en\s+cours|non\s+commencé|inscrit|en\s+curso|no\s+iniciado|inscrito|in\s+corso|non\s+iniziato|iscritto|em\s+andamento|não\s+iniciado|bezig|niet\s+gestart|受講中|未開始|未完了|進行中|(?:on\s+(?:the\s+)?)?wait(?:ing)?\s*list(?:ed)?|auf\s+der\s+warteliste|en\s+liste\s+d['’]attente|en\s+lista\s+de\s+espera|in\s+lista\s+d['’]attesa|na\s+lista\s+de\s+espera|op\s+de\s+wachtlijst|キャンセル待ち)(?:\s*\([^)]{0,30}\))?$/iu;
/**
 * The certificate is still to come: "Complete the final quiz to earn your certificate", "Your certificate will appear
 * here", "Certificate of completion (locked)", "Schließen Sie … ab, um Ihr Zertifikat zu erhalten".
 */
const CERTIFICATE_TO_COME =
  /(?:^|[.!?]\s+)(?:complete|finish|pass|attend|watch)\b.{0,80}\bto\s+(?:earn|unlock|get|receive|generate|download)\s+(?:your|the|a|this|\d{1,3}(?:[.,]\d{1,2})?)\s+(?:certificate|badge|credential|(?:ce|cpe|pdu|ceu)s?(?:\s+credits?)?)|\byour\s+(?:certificate|badge|credential)\s+will\s+(?:appear|be\s+(?:available|generated|issued|ready))|\b(?:your|a|the)\s+(?:certificate|badge|credential)\b.{0,60}\b(?:unlocks?|(?:is|are)\s+issued|becomes?\s+available|will\s+be\s+available)\b.{0,40}\b(?:when|once|after)\s+(?:you|the|all|completion)\b|\b(?:a|an)\s+(?:certificate|badge|credential)(?:\s+of\s+\p{L}+)?\s+will\s+be\s+(?:issued|sent|emailed|provided|handed)\s+(?:after|at\s+the\s+end|once|when|upon)\b|\b(?:une\s+)?attestation(?:\s+de\s+[\p{L}\s]{3,30}?)?\s+vous\s+sera\s+(?:remise|adressée|envoyée|délivrée)|\bse\s+le\s+(?:entregará|enviará|emitirá)\s+(?:un|el)\s+(?:certificado|diploma)|\bwird\s+ihnen\s+(?:nach\s+\p{L}+\s+)?(?:eine\s+|die\s+)?(?:teilnahmebestätigung|bescheinigung|zertifikat)|\b(?:certificate|badge)\b[^.]{0,40}\((?:locked|gesperrt|verrouillée?|bloquead[oa]|bloccat[oa])\)|\bnot\s+yet\s+(?:earned|issued|available)\b|\bum\s+(?:ihr|das)\s+zertifikat\s+zu\s+erhalten\b|\bpour\s+(?:obtenir|débloquer)\s+(?:votre|l['’]|le)\s*(?:certificat|attestation|badge)|\bpara\s+(?:obtener|desbloquear|conseguir)\s+(?:tu|su|el)\s+(?:certificado|insignia)|\bper\s+(?:ottenere|sbloccare)\s+(?:il\s+tuo|il)\s+(?:certificato|badge)|\bpara\s+(?:obter|desbloquear)\s+(?:o\s+seu|seu|o)\s+(?:certificado|selo)|\bom\s+(?:je|uw)\s+certificaat\s+te\s+(?:ontvangen|behalen)/iu;
/** A credential its issuer no longer stands behind: "This badge has expired", "revoked", "ya no es válida". */
const NO_LONGER_VALID =
  /\b(?:this|the)\s+(?:badge|credential|certificate)\s+(?:has\s+)?(?:expired|been\s+revoked|was\s+revoked)|\bno\s+longer\s+valid\b|\besta\s+(?:insignia|credencial)\s+ha\s+(?:caducado|expirado|sido\s+revocada)|\bya\s+no\s+es\s+válid[oa]\b|\b(?:ce|cet)\s+(?:badge|certificat)\s+(?:a\s+expiré|a\s+été\s+révoqué)|\bn['’]est\s+plus\s+valide\b|\bnicht\s+mehr\s+gültig\b|\b(?:abgelaufen|widerrufen)\s*[.!]|\bnon\s+è\s+più\s+valid[oa]\b|\bnão\s+é\s+mais\s+válid[oa]\b|\bniet\s+meer\s+geldig\b|失効しました|取り消されました/iu;
/** A document that says what it is not: "This is a confirmation of enrollment, not a certificate of completion." */
const SAYS_NO_CERTIFICATE =
  /\bconfirmation\s+of\s+(?:enrol(?:l)?ment|registration|booking)\b|\bconfirm(?:er)?\s+(?:your|votre)\s+(?:registration|enrol(?:l)?ment|booking|inscription)\b|\bconfirmamos\s+su\s+inscripción\b|\bbestätigen\s+(?:wir\s+)?ihre\s+anmeldung\b|^(?:objet|subject|betreff|asunto|oggetto)\s*:\s*(?:convocation|confirmation\s+d['’]inscription|(?:registration|enrol(?:l)?ment|booking)\s+confirm|anmeldebestätigung|einladung|convocatoria|conferma\s+di\s+iscrizione)|\bnot\s+a\s+certificate\s+of\s+(?:completion|attendance|participation)\b|\bkeine\s+teilnahme(?:bestätigung|bescheinigung)\b|\bne\s+(?:constitue|vaut)\s+pas\s+(?:une\s+)?attestation\b|\bno\s+(?:es|constituye)\s+(?:un\s+)?certificado\b/iu;
/** Tabs counting a learner's courses by status, "In Progress (2)" / "Completed (9)": a list of many, not one award. */
const COUNTED_TAB =
  /(?<![\p{L}\d])(?:in\s+progress|completed|expired|not\s+started|all|archived|in\s+bearbeitung|abgeschlossen|abgelaufen|alle|en\s+cours|terminés?|expirés?|tous|en\s+curso|completados?|caducados?|todos|in\s+corso|completati|em\s+andamento|concluídos|bezig|afgerond|受講中|完了|すべて)\s*[(（]\d+[)）]/giu;
/**
 * Progress short of 100%: "60% complete", "Lena Hoffmann · 58% complete", "Progress: 45 %", "In progress · 40%
 * complete (2 of 5 courses)". A bare percentage is a
 * score ("Score 92%"), not progress.
 */
const PERCENT_COMPLETE =
  /(?:^[●○◉◯■□▪▶✓✔]?\s*|[·|•–-]\s*)(?:(?:(?:course|path|module|learning|overall|kurs|cours|curso)\s+)?(?:progress|fortschritt|progression|progreso|avanzamento|progresso|voortgang)\s*:?\s*\d{1,2}(?:[.,]\d+)?\s*%|\d{1,2}(?:[.,]\d+)?\s*%\s*(?:complete|completed|done|abgeschlossen|erledigt|terminé|complété|completado|completato|concluído|voltooid|完了))(?:\s*\([^)]{0,40}\))?(?:\s*[·|•–-]\s.*)?$/iu;
/** The same, inside the running text of a page's header (textContent runs its texts together). */
const PERCENT_COMPLETE_IN_TEXT =
  /(?<![\d.,])\d{1,2}(?:[.,]\d+)?\s*%\s*(?:complete|completed|done|abgeschlossen|erledigt|terminé|complété|completado|completato|concluído|voltooid|完了)(?![\p{L}])/iu;
const MAX_HEADER_TEXT = 20_000;


const LABELS_CONFIDENCE = 0.7;
const WORDING_ONLY_CONFIDENCE = 0.4;
const MAX_HEADINGS = 50;
/** How far up from a heading a section of other courses is looked for. */
const MAX_SECTION_DEPTH = 4;
/** Blocks whose class names them a title, read when no heading names the course. */
const MAX_STYLED_TITLES = 5;
/** A class that names the course's name, not its provider, category or instructor: "course", "course-line", "courseName". */
const COURSE_NAME_CLASS = /(?:^|\s)course(?:[-_]?(?:line|name|heading|label))?(?:\s|$)/i;
const MAX_DESCRIPTION_TITLE = 120;
/** The headings that say what kind of document this is: the first few, most prominent first. */
const MAX_PROMINENT_HEADINGS = 5;
/** A duration stands in a short phrase: a meta line ("Recorded Oct 14 · 50 mins"), a tile, a table cell. */
const MAX_DURATION_PHRASE = 120;
/** "50 mins", "58 min watched", "90 minutos": a webinar's length in minutes alone (never "a 50-minute hour"). */
const MINUTES_IN_TEXT = /(?<![\d.,:])(\d{1,3})\s*(?:mins?|minutes?|minuten|minutos|minuti|分)(?![\p{L}-])/iu;

/** A status badge is a word or two: "Completed", "100% complete", "受講済み". */
const MAX_STATUS_LENGTH = 40;
/** A progress line says more than a status: "In progress · 40% complete (2 of 5 courses)". */
const MAX_PROGRESS_LENGTH = 80;
/** A page that labels this many different completion or issue dates lists achievements; it is not one. */
const LIST_OF_AWARDS = 3;

/** The leading number of a value with its unit, e.g. "8 CPE credits" -> [8, 'CPE']. */
/** Units the product does not count (ECTS, CPD points, CME): such credits are left for the user, never read as CE. */
const FOREIGN_UNIT = /\b(?:ECTS|CPD|CME|CATS|semester|quarter)\b/i;

function parseCredits(value: string, labelUnit: CreditUnit | undefined): [number, CreditUnit | undefined] | undefined {
  if (FOREIGN_UNIT.test(value)) return undefined;
  const m = /^(\d{1,6}(?:[.,]\d{1,3})?)\b/.exec(value.trim());
  const credits = m ? boundedNumber(m[1], MAX_CREDITS) : undefined;
  // "Credits: 0" in a site's header is a balance, not what this activity earned.
  if (!credits) return undefined;
  const unitWord = UNIT_IN_TEXT.exec(value)?.[1];
  return [credits, labelUnit ?? unitOf(unitWord)];
}

function unitOf(word: string | undefined): CreditUnit | undefined {
  const spelled = word?.toLowerCase().startsWith('continuing') ? (/professional/i.test(word) ? 'CPE' : /unit/i.test(word) ? 'CEU' : 'CE') : word;
  const unit = spelled?.toUpperCase().replace(/S$/, '').replace(/ CREDITS?$/, '');
  return unit === 'CPE' || unit === 'CEU' || unit === 'PDU' || unit === 'CE' ? unit : undefined;
}

function readCredits(page: PageReader): { credits?: number; creditUnit?: CreditUnit } {
  for (const [label, unit] of [...TOTAL_CREDIT_LABELS, ...CREDIT_LABELS]) {
    const found = page.valueAs([label], (v) => parseCredits(v, unit));
    if (found) return { credits: found[0], creditUnit: found[1] };
  }
  // "comprising 8 contact hours of instruction · CEUs: 0.8": a labelled amount after a separator, in one pass.
  const afterSeparator = page.findAs((phrase) => {
    if (!SEPARATED.test(phrase) || CARD_LINE.test(phrase) || OTHER_ITEM.test(phrase)) return undefined;
    for (const [label, unit] of CREDIT_LABELS) {
      const found = valueAfterSeparator(phrase, [label], (v) => parseCredits(v, unit));
      if (found) return found;
    }
    return undefined;
  });
  if (afterSeparator) return { credits: afterSeparator[0], creditUnit: afterSeparator[1] };
  // A sentence that awards the credits ("… and is awarded 11.5 CPE credits") wins over a session's "1 CPE" in a list;
  // another item's figure ("Related learning path · 40 CE credits") and a refusal ("do not earn CE credits") never count.
  return page.findAs((phrase) => (AWARDS_CREDITS.test(phrase) ? creditsInPhrase(phrase) : undefined)) ?? page.findAs(creditsInPhrase) ?? {};
}

/** Credits a phrase states with their unit ("is awarded 11.5 CPE credits", "2 CPEs"), never another item's. */
export function creditsInPhrase(phrase: string): { credits: number; creditUnit?: CreditUnit } | undefined {
  if (OTHER_ITEM.test(phrase) || TALLY_OF_A_PERIOD.test(phrase)) return undefined;
  const found = CREDITS_IN_TEXT.exec(phrase) ?? CREDITS_IN_ROMANCE_TEXT.exec(phrase) ?? CREDITS_OF_NAMED_PROGRAM.exec(phrase) ?? EARN_CE.exec(phrase)
    ?? CREDITS_PILL.exec(phrase) ?? unitThenCredits(phrase);
  const credits = found ? boundedNumber(found[1], MAX_CREDITS) : undefined;
  if (credits === undefined) return undefined;
  const unitWords = found![2] ?? '';
  return { credits, creditUnit: unitOf(/^continuing/i.test(unitWords) ? unitWords : unitWords.split(/\s/)[0]) };
}

/**
 * "donne droit à 64 crédits Continuing Education (CE)", "elegible para 24 créditos del programa Cisco Continuing
 * Education": credits of the program named in full.
 */
const CREDITS_OF_NAMED_PROGRAM =
  /(?<![\d.,])(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:crédits?|créditos?|crediti|credits?)\s+(?:(?:del?|du|dello|do)\s+(?:programa|programme|programma|program)\s+)?(?:Cisco\s+)?(Continuing\s+Education)(?![\p{L}])/iu;
/** "40 CE", "✓ Attended 64 CE": a pill beside a course's name that gives its credits, after its status at most. */
const CREDITS_PILL = /^(?:[✓✔]\s*)?(?:(?:completed|attended|passed|earned|abgeschlossen|teilgenommen|terminé|completado|concluído|修了)\s+)?(\d{1,3}(?:[.,]\d{1,2})?)\s*(CE|CPEs?|PDUs?|CEUs?)$/iu;
/** "Earn 64 CE", "Earns 16 CE": a Cisco pill that gives the credits with the bare unit. */
const EARN_CE = /\bearn(?:s|ed)?\s+(\d{1,3}(?:[.,]\d{1,2})?)\s*(CE)(?![\p{L}-])/iu;
/** "des crédits CPE : 2 (groupe A)", "credits CPE: 2": the word, the unit, then the amount after a colon; never a requirement. */
const UNIT_THEN_CREDITS = /(?<!\b(?:required|minimum|needed|annual|requis|requeridos|richiesti|erforderliche)\s+)(?:crédits?|créditos|crediti|credits?)\s+(CPE|CE|PDU|CEU)s?\s*[:：]\s*(\d{1,3}(?:[.,]\d{1,2})?)(?![\d.,])/iu;
/** UNIT_THEN_CREDITS's match in the order the other patterns give it: the amount, then the unit. */
function unitThenCredits(phrase: string): readonly [string, string, string] | null {
  const m = UNIT_THEN_CREDITS.exec(phrase);
  return m ? [m[0], m[2]!, m[1]!] : null;
}
const SEPARATED = /\s[·|•]\s/;
/** "Course · 1h 48m · PDUs 1.75": a catalogue card's line, another course's. */
const CARD_LINE = /(?:^|\s)(?:course|learning\s+path|path|video|tutorial|lab|webinar|skill\s+path|career\s+path|kurs|cours|curso|corso|cursus|コース)\s*[·|•]\s*\d/iu;
/** "1 crédito de Educación Continua (CE)", "1 crédit CPE", "2 crediti CPE". */
const CREDITS_IN_ROMANCE_TEXT = /(?<![\d.,])(\d{1,4}(?:[.,]\d{1,2})?)\s*(?:crédits?|créditos?|crediti)\s+(?:de\s+(?:educación|educação)\s+continu[ao]\s*|de\s+formation\s+continue\s*)?\(?\s*(CPEs?|CEUs?|PDUs?|CE)\s*\)?(?![\p{L}])/iu;
/** A phrase that gives this activity's credits. */
const AWARDS_CREDITS = /\b(?:awarded|earned|granted|total|otorga|otorgad[oa]s?|attribués?|décerné|vergeben|erhalten|gutgeschrieben|assegnati)\b|取得/iu;
/** A phrase about another activity, or one saying none are earned. */
const OTHER_ITEM = /^(?:related|recommended|next|upcoming|see\s+also|you\s+may\s+also)\b|\b(?:do(?:es)?\s+not|don['’]t|doesn['’]t|no)\s+(?:earn|award|grant|qualify)|\bnot\s+eligible\b|\bkeine\b.{0,30}\b(?:punkte|credits)\b/iu;

/** "41 CPE hours reported for 2026", "CPE earned this year", "three-year total": a record's tally of a period, no activity's. */
const TALLY_OF_A_PERIOD = /\b(?:reported|earned|logged|claimed)\s+(?:for|in)\s+(?:\d{4}|this\s+(?:year|cycle)|the\s+(?:year|cycle|period))\b|\b(?:reported|earned|total|minimum|required)\b[^.]{0,30}\b(?:this|per|each)\s+(?:year|cycle|reporting\s+period)\b|\b(?:annual|three-year|3-year)\s+(?:minimum|total|requirement)\b/iu;

/** "1.0", "7,5": a number alone, under a label that names hours as its unit. */
function bareHours(value: string): number | undefined {
  const m = /^(\d{1,4}(?:[.,]\d{1,2})?)$/.exec(value.trim());
  return m ? boundedNumber(m[1], MAX_HOURS) : undefined;
}

/** "14 hours", "14 h", "1h 30m", "90 minutes", "7,5 Stunden", "2 horas", "14時間", "3 heures 30". */
/** "Approximately 29 hours", "ca. 6 Stunden", "environ 8 heures", "約12時間": the amount as stated. */
const APPROXIMATELY = /^(?:approx(?:imately|\.)?|about|around|circa|ca\.|environ|env\.|aprox(?:imadamente|\.)?|alrededor\s+de|cerca\s+de|ungefähr|etwa|rund|約)\s*/iu;

export function parseHours(value: string): number | undefined {
  // "2 Hour(s) 30 Minute(s)": a learning system's plural in brackets.
  const text = value.normalize('NFKC').trim().toLowerCase().replace(APPROXIMATELY, '').replace(/\(s\)/g, 's');
  const hm = /^(\d{1,5}(?:[.,]\d{1,2})?)\s*(?:total\s+|gesamt|zeit|lern|unterrichts)?(?:h|hrs?|hours?|std\.?|stunden?|heures?|horas?|or[ae]|uur|uren|時間)\.?\s*(?:(\d{1,2})\s*(?:m|min|mins|minutes?|minuten|minutos?|minuti|分)?)?(?![\p{L}\d])/u.exec(text);
  if (hm) return boundedNumber(Number(hm[1]!.replace(',', '.')) + Number(hm[2] ?? 0) / 60, MAX_HOURS);
  const minutes = /^(\d{1,6})\s*(?:m|min|mins|minutes?|minuten|minutos?|minuti|分)(?![\p{L}\d])/u.exec(text);
  if (minutes) return boundedNumber(Number(minutes[1]) / 60, MAX_HOURS);
  // "5 days (40 hours)", "3 jours (21 heures)": the hours in brackets after the days.
  const inBrackets = /^\d{1,3}\s*(?:days?|jours?|tage?n?|días?|dias?|giorni|dagen|日間?)\s*[(（](\d{1,4}(?:[.,]\d{1,2})?)\s*(?:h|hrs?|hours?|heures?|std\.?|stunden?|horas?|or[ae]|uur|時間)[)）]/u.exec(text);
  return inBrackets ? boundedNumber(Number(inBrackets[1]!.replace(',', '.')), MAX_HOURS) : undefined;
}

/** Navigation, banners, sidebars and footers hold headings of other things: "Recommended for you", the site's name. */
const OUTSIDE_CONTENT = 'nav, aside, footer, [role="navigation"], [role="complementary"], [role="contentinfo"]';

/** The headings of one kind outside navigation and sidebars, each with its text. */
function headingsOf(doc: Document, selector: string): Array<readonly [Element, string]> {
  const found = /^h\d$/.test(selector) ? Array.from(doc.getElementsByTagName(selector)) : Array.from(doc.querySelectorAll(selector));
  return found
    .slice(0, MAX_HEADINGS)
    .filter((h) => !h.closest(OUTSIDE_CONTENT))
    .map((h) => [h, visibleText(h)] as const)
    .filter(([, t]) => t.length > 0 && t.length <= 200);
}

/** What the page calls itself (og:title, else <title>), cut at its separators: "Course | Site" -> ["Course", "Site"]. */
function namedParts(doc: Document): string[] {
  // "Insignia de Sofía Martínez: Crea una red segura…": the learner's award, named after its owner, then the course.
  const named = (metaContent(doc, 'og:title') ?? normalizeSpace(doc.title ?? '')).replace(OWNERS_AWARD, '');
  // "セキュリティ・ウィーク 2026 CPE証明書": the course, then the kind of certificate.
  const parts = named.split(/\s+[|–—·•»]\s+|\s+-\s+/).map((part) => courseBeforeUnitsCertificate(part.trim()) ?? part.trim()).filter((part) => part.length >= 3);
  // "Meine Veranstaltungen – ISACA Germany Chapter e.V.": the organisation's part names the site, not a course.
  const courses = parts.filter((part) => !readsAsCompany(part));
  return courses.length > 0 ? courses : parts;
}

/**
 * The sections of other courses ("Recommended for you", "Das könnte Sie auch interessieren"): the element an
 * aria-label names so, the container a heading so named opens, or the few elements after such a heading further
 * down a container; never one that holds the page's own h1.
 * Their credits, dates and lengths are other courses'.
 */
function otherCoursesSections(doc: Document): Set<Element> {
  const sections = new Set<Element>();
  const h1 = doc.querySelector('h1');
  const add = (el: Element | null) => {
    if (el && !/^(?:MAIN|BODY|HTML|ARTICLE)$/.test(el.tagName) && !(h1 && el.contains(h1))) sections.add(el);
  };
  for (const el of Array.from(doc.querySelectorAll('[aria-label]')).slice(0, MAX_HEADINGS)) {
    if (OTHER_COURSES_SECTION.test(el.getAttribute('aria-label') ?? '')) add(el);
  }
  for (const [heading, text] of [...headingsOf(doc, 'h2'), ...headingsOf(doc, 'h3')]) {
    if (!OTHER_COURSES_SECTION.test(text)) continue;
    // A heading that opens its container names all of it; one further down names only what follows it.
    if (heading.parentElement?.firstElementChild === heading) add(heading.parentElement);
    else for (let next = heading.nextElementSibling, n = 0; next && n < MAX_SECTION_DEPTH; next = next.nextElementSibling, n += 1) add(next);
  }
  return sections;
}

/** Whether a heading sits in a section of other courses ("Recommended for you", "Continuez à apprendre"). */
function inOtherCourses(heading: Element): boolean {
  let node = heading.parentElement;
  for (let depth = 0; node && depth < MAX_SECTION_DEPTH; depth += 1, node = node.parentElement) {
    const label = node.getAttribute('aria-label') ?? '';
    const first = node.querySelector('h2, h3');
    if (OTHER_COURSES_HEADING.test(label) || (first && first !== heading && OTHER_COURSES_HEADING.test(visibleText(first)))) return true;
  }
  return false;
}

/**
 * "Home › Courses › Information Governance › Data Protection & Cyber Awareness 2026" over an h1 "Course completion
 * status": when the h1 names the page, the breadcrumb's last item before it names the course.
 */
const MIN_BREADCRUMB_COURSE_WORDS = 3;
function courseInBreadcrumb(doc: Document, h1: ReadonlyArray<readonly [Element, string]>): string[] {
  const heading = h1[0]?.[1];
  if (heading === undefined || !namesThePage(heading)) return [];
  const trail = doc.querySelector('[aria-label*="breadcrumb" i], [class*="breadcrumb" i]');
  const steps = trail ? Array.from(trail.querySelectorAll('li')).map((li) => visibleText(li)) : [];
  // A course's name has words enough; a trail's last step is often the page's section ("Submissions", "Grades").
  const last = steps.filter((text) => text && text !== heading && !namesThePage(text)).pop();
  // "Home › Users › Priya Anand Raman › …": a person's step is the learner's.
  if (last && looksLikeName(last) && !/\d/.test(last) && last.split(/\s+/).length <= 4) return [];
  return last && steps.length > 1 && last.split(/\s+/).length >= MIN_BREADCRUMB_COURSE_WORDS ? [last] : [];
}

/**
 * The page's headings as title candidates, in the order a reader weighs them: a heading the page's own title repeats
 * (what the site says the page is about), then the h1s, then the page's title itself, then h2 and h3 outside any
 * section of other courses.
 */
function headingCandidates(doc: Document): TitleCandidate[] {
  const h1 = headingsOf(doc, 'h1');
  const lower = [...headingsOf(doc, 'h2'), ...headingsOf(doc, 'h3')].filter(([el]) => !inOtherCourses(el));
  const all = h1.length + lower.length > 0 ? [...h1, ...lower] : headingsOf(doc, '[role="heading"]');
  const named = namedParts(doc);
  const key = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');
  const namedKeys = new Set(named.map(key));
  const isNamed = ([, text]: readonly [Element, string]) => namedKeys.has(key(text));
  return [
    ...all.filter(isNamed).map(([, text]): TitleCandidate => ({ text, source: 'named-heading' })),
    ...h1.filter((h) => !isNamed(h)).map(([, text]): TitleCandidate => ({ text, source: 'heading' })),
    ...named.slice(0, 1).map((text): TitleCandidate => ({ text, source: 'page-title' })),
    ...lower.filter((h) => !isNamed(h)).map(([, text]): TitleCandidate => ({ text, source: 'subheading' })),
    // A certificate page whose og:title names the learner ("Grace Mwangi's Certificate of Completion") puts the
    // course in its description; a description as long as a sentence says more than a name.
    ...[metaContent(doc, 'og:description')].filter((d): d is string => d !== undefined && d.length <= MAX_DESCRIPTION_TITLE).map((text): TitleCandidate => ({ text, source: 'subheading' })),
    ...titlesBesideWording(doc).map((text): TitleCandidate => ({ text, source: 'emphasised' })),
    ...titlesAfterHeadings(doc, [...h1, ...lower]).map((text): TitleCandidate => ({ text, source: 'subheading' })),
    ...firstLinesOfTitleCells(doc).map((text): TitleCandidate => ({ text, source: 'labelled' })),
    ...courseInBreadcrumb(doc, h1).map((text): TitleCandidate => ({ text, source: 'heading' })),
    // A learning system that sets its title in a styled block, not a heading: <div class="pageTitle">.
    ...headingsOf(doc, '[class*="title" i]:not(h1, h2, h3)').slice(0, MAX_STYLED_TITLES).filter(([el]) => !inOtherCourses(el)).map(([, text]): TitleCandidate => ({ text, source: 'subheading' })),
    // Or in a block its class names for the course ("course-line", "courseName"), a line of text of its own.
    ...headingsOf(doc, '[class*="course" i]:not(h1, h2, h3, a, button)').filter(([el]) => el.children.length === 0 && COURSE_NAME_CLASS.test(el.className) && !inOtherCourses(el)).slice(0, MAX_STYLED_TITLES).map(([, text]): TitleCandidate => ({ text, source: 'subheading' })),
  ];
}

/** "Course completed on Oct 14, 2026 at 04:32PM UTC": a line that dates the block before it, which names the course. */
const DATED_COMPLETION_LINE = /^(?:course|learning\s+path|path|webinar|event|session|cours|kurs|curso)\s+(?:completed|finished|attended|passed|terminé|abgeschlossen|completado|finalizado)\s+(?:on|le|am|el)\s/i;
const MAX_EMPHASES = 40;
/** Verbs that come before the course they name (not Japanese, whose verb ends the sentence: "修了証明書は、<b>NAME</b> が …"). */
const VERB_BEFORE_COURSE =
  /\b(?:complete|completed|completing|attended|attending|participated|passed|earned|suivi|terminé|réussi|assisté|asisti(?:[óo]|do)|participado|complet[óo]|completado|finaliz[óo]|finalizado|curs[óo]|aprob[óo]|concluiu|completou|teilgenommen|abgeschlossen|absolviert|besucht|bestanden)\b/iu;
const MAX_SENTENCE_BEFORE = 300;
const BY_SOMEONE = /\s(?:by|von|par|por|da|door|pelo|pela)\s*$/iu;

/**
 * Where a certificate page names its course without a heading: set in bold or italics inside the sentence that says it
 * was completed, after the verb ("attended the live webinar <strong>Demystifying IPv6</strong> on May 14"), or in the
 * block just before "Course completed on …". The learner, bold before the verb ("<b>Priya</b> attended …"), is not.
 */
function titlesBesideWording(doc: Document): string[] {
  const found: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('p strong, p b, p em, p i, li strong, li b')).slice(0, MAX_EMPHASES)) {
    const block = el.closest('p, li');
    const sentence = block ? visibleText(block) : '';
    const text = visibleText(el);
    const at = sentence.indexOf(text);
    if (!text || at < 0 || at > MAX_SENTENCE_BEFORE || el.closest(OUTSIDE_CONTENT) || inOtherCourses(el)) continue;
    // The verb in the same sentence, and a name rather than an amount ("1 crédit CPE") or a code ("GIS-27035-CV-02").
    const before = sentence.slice(0, at).split(/[.!?。]\s/u).pop()!;
    // "Abgeschlossen von <b>Anna Schmitt</b>", "completed by …": who completed it, not what.
    if (VERB_BEFORE_COURSE.test(before) && !BY_SOMEONE.test(before) && /\p{L}{2,}\s+\p{L}/u.test(text) && !/^\d/.test(text)) found.push(text);
  }
  for (const el of Array.from(doc.querySelectorAll('div, p, span')).slice(0, MAX_HEADINGS * 20)) {
    // The element's own first text, not its whole subtree: a deeply nested page must cost a look per element.
    const first = el.firstChild;
    if (el.children.length > 2 || first?.nodeType !== 3 || !DATED_COMPLETION_LINE.test((first.nodeValue ?? '').trim())) continue;
    const before = el.previousElementSibling;
    const text = before ? visibleText(before) : '';
    if (text && text.length <= 200 && !/[›»>/|]/.test(text) && !before!.closest(OUTSIDE_CONTENT)) found.push(text);
    break;
  }
  return found;
}

/**
 * Where a certificate's image sets the course: on the line after its own heading ("Certificate of Completion" over
 * "CISSP Cert Prep: 4 …", in a heading or a plain block), or after a heading that is the learner's name (a partner's
 * "Jonas Becker" over "Implementing and Operating Cisco Security Core Technologies (SCOR) v1.1"). A line that reads as
 * a name is the learner's, and is left.
 */
const LISTS = /^(?:DL|TABLE|UL|OL|FORM|SELECT)$/;

function titlesAfterHeadings(doc: Document, headings: ReadonlyArray<readonly [Element, string]>): string[] {
  const found: string[] = [];
  const after = (el: Element) => {
    // The learner's name may come first ("CERTIFICATE OF COMPLETION" / "Daniela Cruz" / "SOC Level 1").
    const first = el.nextElementSibling;
    const next = first && readsAsPerson(visibleText(first)) ? first.nextElementSibling : first;
    // One line of text, never a list of fields ("Completion date March 14, 2026 Certificate ID …").
    const text = next && !LISTS.test(next.tagName) && next.children.length <= 2 && !next.closest(OUTSIDE_CONTENT) ? visibleText(next) : '';
    if (text && text.length <= 200 && !looksLikeName(text) && !startsAnotherField(text)) found.push(text);
  };
  for (const [el, text] of headings) if (CERTIFICATE_HEADING.test(text) || (el.tagName === 'H1' && looksLikeName(text))) after(el);
  for (const el of Array.from(doc.querySelectorAll('div, p, span')).slice(0, MAX_HEADINGS * 20)) {
    const first = el.firstChild;
    if (el.children.length === 0 && first?.nodeType === 3 && CERTIFICATE_HEADING.test(normalizeSpace(first.nodeValue ?? ''))) after(el);
  }
  return found;
}

/**
 * A labelled course cell of two lines, the course and then its number in small print ("Seminar" | "Implementing …
 * v2.1<br><span>Seminar-Nr. … · Offizielles Cisco-Training</span>"): its first line, which the whole cell's text hides.
 */
function firstLinesOfTitleCells(doc: Document): string[] {
  const found: string[] = [];
  for (const label of Array.from(doc.querySelectorAll('th, dt')).slice(0, MAX_HEADINGS)) {
    if (!TITLE_LABELS.some((pattern) => pattern.test(visibleText(label)))) continue;
    const cell = label.nextElementSibling?.tagName === 'TH' ? cellBelow(label) : label.nextElementSibling;
    if (!cell || !/^(?:TD|DD)$/.test(cell.tagName) || !cell.querySelector('br')) continue;
    const before: string[] = [];
    for (const node of Array.from(cell.childNodes)) {
      if (node.nodeName === 'BR') break;
      before.push(node.textContent ?? '');
    }
    const text = normalizeSpace(before.join(' '));
    if (text) found.push(text);
  }
  return found;
}

/** The cell under a column's header ("Course" over "Implementing … v1.3<br>Trainer: …"), in the first row below it. */
function cellBelow(header: Element): Element | undefined {
  const row = header.parentElement;
  if (row?.tagName !== 'TR') return undefined;
  const column = Array.from(row.children).indexOf(header);
  let next = row.nextElementSibling ?? row.parentElement?.nextElementSibling?.querySelector('tr') ?? null;
  while (next && next.tagName !== 'TR') next = next.nextElementSibling;
  return next?.children[column];
}

/** Words anywhere on a page that can stand before a completion phrase: a cheap filter before the verb patterns. */
const COMPLETION_VERB =
  /complet|attend|particip|passed|earned|suivi|termin|réussi|achevé|validé|finaliz|cursad|superad|aprobad|realizad|frequentat|superat|conclu|afgerond|voltooid|gevolgd|teilgenommen|abgeschlossen|absolviert|besucht|bestanden|修了|受講|完了/i;

/** A completion verb among a phrase's last words ("has successfully completed the career track"), not a button's noun. */
const VERB_NEAR_END =
  /\b(?:completed|completing|attended|attending|passed|finished|earned|participated(?:\s+in)?|suivi|terminé|réussi|complété|completado|finalizado|superado|cursado|completato|frequentato|concluiu|afgerond|voltooid|teilgenommen|abgeschlossen|absolviert|bestanden)\b(?:\s+\S+){0,7}\s*:?$/iu;

function titleFromWording(page: PageReader, people: readonly string[]): string | undefined {
  const quoted = page.find(QUOTED_COMPLETION)?.[1];
  // A quoted review ("I completed it in June. Very clear.") is a sentence, not a course's name.
  if (quoted && !COMPLETION_VERB.test(quoted) && !/[。.!?]\s*\S/u.test(quoted)) return usableTitle(quoted, people);
  // "has successfully completed the course" / "Learn SQL": a phrase that ends with the verb names the course in the next.
  // A sentence a certificate wraps ("… for completing CCNA:" / "Switching, Routing, and Wireless Essentials course …")
  // names it across the two lines; the first line's reading stands when the two make none.
  let after = false;
  let wrapped: { phrase: string; title: string | undefined } | undefined;
  const found = page.findAs((phrase) => {
    if (wrapped) {
      // The next line goes on with the name unless it is a field of its own, a date or a person.
      const continues = !startsAnotherField(phrase) && !looksLikeName(phrase) && parseDate(phrase, 'mdy') === undefined && !people.includes(phrase.trim());
      const joined = (continues ? usableTitle(titleAfterCompletion(`${wrapped.phrase} ${phrase}`), people) : undefined) ?? wrapped.title;
      wrapped = undefined;
      if (joined) return joined;
    }
    const next = after ? usableTitle(phrase, people) : undefined;
    after = phrase.length <= MAX_SENTENCE_BEFORE && VERB_NEAR_END.test(phrase) && ENDS_WITH_COMPLETION.test(phrase);
    if (next) return next;
    if (!COMPLETION_VERB.test(phrase)) return undefined;
    const title = usableTitle(titleAfterCompletion(phrase), people);
    if (phrase.length <= MAX_SENTENCE_BEFORE && WRAPS_ONTO_NEXT_LINE.test(phrase) && titleAfterCompletion(phrase) !== undefined) {
      wrapped = { phrase, title };
      return undefined;
    }
    return title;
  });
  return found ?? wrapped?.title;
}

/**
 * The event a sentence says was held, as a title only: a news page says so too, so it is never evidence of a
 * completion. "Corso in aula presso … che si è svolto" is a clause about the course; "Last year the conference" or
 * "Hier soir" begins with when, not what.
 */
function eventHeld(page: PageReader, people: readonly string[]): string | undefined {
  return page.findAs((phrase) => {
    const event = EVENT_HELD.exec(phrase)?.[1];
    if (!event || /\s(?:che|que|qui|which|that|who|cui)$/iu.test(event) || /[()]/.test(event) || looksLikeName(event) || TIME_FIRST.test(event)) return undefined;
    return usableTitle(event, people);
  });
}
/**
 * "am Live-Webinar „Cisco Secure Firewall 7.6: Neuerungen in der Praxis“ aus der Reihe …": a name in quotes right after
 * the kind of activity, as a title only: a registration names its webinar the same way.
 */
function quotedAfterKind(page: PageReader, people: readonly string[]): string | undefined {
  return page.findAs((phrase) => usableTitle(QUOTED_AFTER_KIND.exec(phrase)?.[1], people));
}
const QUOTED_AFTER_KIND = /(?<![\p{L}])(?:live-?)?(?:webinar|webinaire|kurs|seminar|schulung|course|session|talk|workshop|formation|curso|corso|sessão|webinário)\s*[“"„«「『]\s*([^”"“»」』]{3,200}?)\s*[”"“»」』]/iu;
const TIME_FIRST = /^(?:last|next|this|yesterday|today|hier|aujourd['’]hui|ayer|hoy|ieri|oggi|gestern|heute|im|am|en|el|lo|in|on|at)\b/iu;

/** "BSides Montréal 2026 s'est tenu du 12 au 13 juin 2026", "Cloud Summit 2026 took place on …": the event, named first. */
const EVENT_HELD =
  /^(?!(?:The|This|That|Our|It|Its|La|Le|Les|L['’]|Cette|Ce|Der|Die|Das|Dieses?|El|Los|Las|Este|Esta|Il|Lo|Questo|Questa|O|A|Este)\s)(\p{Lu}[^.!?:;,]{2,80}?)\s+(?:s['’]est\s+tenue?|a\s+eu\s+lieu|took\s+place|was\s+held|se\s+celebró|tuvo\s+lugar|si\s+è\s+svolt[oa]|foi\s+realizad[oa])\s+(?:du|le|les|on|from|in|at|el|del|en|il|dal|em|de)\b/u;

/** A line that stops mid-name: after a colon, a comma, a dash or a small word ("… for completing CCNA:", "… Routing and"). */
const WRAPS_ONTO_NEXT_LINE = /(?:[:,–—-]|\s(?:and|of|for|the|to|in|with|on|de|du|des|et|und|für|der|y|e|di|del))\s*$/iu;


interface LabelledDates {
  startDate?: string;
  endDate?: string;
  /** Whether a completion-specific label or a whole range gave the end date, not just a "Date:" line. */
  completionDated: boolean;
}

/** "held on ____ / ____ / ____", "ISC2 Member # ______": a template's blanks inside its sentences (a signature line is only blank). */
const BLANK_RUN = /_{3,}/;
const LETTER = /\p{L}/u;
const BLANKS_OF_A_TEMPLATE = 2;

function blanks(page: PageReader): number {
  let count = 0;
  page.findAs((phrase) => (BLANK_RUN.test(phrase) && LETTER.test(phrase) && ++count >= BLANKS_OF_A_TEMPLATE ? true : undefined));
  return count;
}

const COUNTED_TABS_OF_A_LIST = 2;
const MAX_TABS_PHRASE = 200;

/**
 * Tabs side by side share one phrase ("In Progress (2) Completed (9) Expired (3)"): two or more counting more than one
 * course in all are a list of many. "Completed (1) In progress (0)" lists one.
 */
function listedByTabs(page: PageReader): boolean {
  let tabs = 0;
  let courses = 0;
  page.findAs((phrase) => {
    if (phrase.length > MAX_TABS_PHRASE) return undefined;
    for (const tab of phrase.match(COUNTED_TAB) ?? []) {
      tabs += 1;
      courses += Number(/\d+/.exec(tab.normalize('NFKC'))?.[0] ?? 0);
    }
    return tabs >= COUNTED_TABS_OF_A_LIST && courses > 1 ? true : undefined;
  });
  return tabs >= COUNTED_TABS_OF_A_LIST && courses > 1;
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

/** "Verify at: https://coursera.org/verify/HQ3N7V2LPE9D": the code a certificate prints as its verification address. */
const VERIFY_LINE = /(?<!\p{L})v[eé]rif\p{L}*(?!\p{L})[^/]{0,40}?(?:https?:\/\/)?[\w.-]+\.[a-z]{2,}\/(?:[\w-]+\/)*?(?:verify|verification|validate|accomplishments?\/(?:certificate|verify))\/(?:(?:specialization|professional-cert|certificate)\/)?([A-Za-z0-9]{6,40})(?![\w/-])/iu;

/**
 * A labelled value after a separator in one line: "Issued: Feb 11, 2026 · Expires: Feb 11, 2028 · Unique ID: 7F3K-…",
 * "Enrolled: Jan 27, 2026 · Completed: Feb 11, 2026 · Time spent: 1h 45m". The reader matches labels only where a text
 * begins; these sit after the line's first part.
 */
function valueAfterSeparator<T>(phrase: string, labels: readonly RegExp[], parse: (value: string) => T | undefined): T | undefined {
  for (const part of phrase.split(/\s+[·|•]\s+/).slice(1)) {
    for (const label of labels) {
      const found = label.exec(part);
      if (found?.index !== 0) continue;
      const value = part.slice(found[0].length).replace(/^[\s:：#]+/, '').split(/\s{2,}/)[0]!.trim();
      const parsed = value ? parse(value) : undefined;
      if (parsed !== undefined) return parsed;
    }
  }
  return undefined;
}

/**
 * "https://www.datacamp.com/statement-of-accomplishment/course/6b3e0f19…": a certificate's own address printed on it,
 * ending in a long identifier (16 or more letters and digits; a short number there is a page's, not a certificate's).
 */
const CERTIFICATE_ADDRESS = /(?:https?:\/\/)?[\w.-]+\.[a-z]{2,}\/(?:[\w-]+\/)*?(?:statement-of-accomplishment|certificates?|credentials?)\/(?:[\w-]+\/)?((?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{16,40})(?![\w/-])/u;

/**
 * "QAC-26-CLCOR-558014 Completion reference", "14/09/2026 - 18/09/2026 Event dates": a block that sets its value above
 * its label, read as one phrase; the label is its last one to four words.
 */
function valueBeforeLabel<T>(phrase: string, labels: readonly RegExp[], parse: (value: string) => T | undefined): T | undefined {
  if (phrase.length > MAX_VALUE_BEFORE_LABEL) return undefined;
  const words = phrase.split(' ');
  for (let n = 1; n <= Math.min(MAX_LABEL_WORDS, words.length - 1); n++) {
    const label = words.slice(-n).join(' ');
    if (!labels.some((pattern) => pattern.exec(label)?.[0].length === label.length)) continue;
    const parsed = parse(words.slice(0, -n).join(' ').replace(/[\s:：]+$/, ''));
    if (parsed !== undefined) return parsed;
  }
  return undefined;
}
const MAX_VALUE_BEFORE_LABEL = 80;
const MAX_LABEL_WORDS = 4;

/** "your certificate of attendance (No. WB260226-88314) is ready": a certificate's number in brackets after it. */
const CODE_IN_BRACKETS = /\b(?:certificate|certificat|zertifikat|certificado|attestation|bescheinigung)\b[^.()]{0,60}\(\s*(?:No\.?|Nr\.?|N°|#|ID:?)\s*([A-Z0-9][A-Z0-9-]{4,40})\s*\)/i;

/** "…/verify?id=LF-k9x2fq7pzm": a verification address that gives the code as its query. */
const VERIFY_QUERY = /(?<!\p{L})v[eé]rif\p{L}*[^\s?]{0,60}\?(?:[\w-]+=[^&\s]{0,40}&)?(?:id|code|cert(?:ificate)?(?:_?id)?|credential(?:_?id)?)=([A-Za-z0-9][A-Za-z0-9-]{5,40})(?![\w-])/iu;
/** "Verify CU-E-8841-2207": a verification button that carries the code. */
const VERIFY_BUTTON = /(?:^|[·|•]\s*)(?:verify|vérifier|verificar|überprüfen|verifica)\s+((?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{5,40})$/iu;
/** "n° RHLS-ATT-7716204", "No. 88231-AB" on a line of its own, under the certificate it numbers. */
const NUMBER_ALONE = /^(?:n[°º]|no\.|nr\.|nº)\s*([A-Z0-9][A-Z0-9-]{4,40})$/iu;
/** "… Certificate No. WU-CPS-26-00418 — employers can confirm it …": the number a sentence gives its certificate. */
const CERTIFICATE_NUMBER_IN_TEXT = /\b[Cc]ertificate\s+(?:[Nn]o\.|[Nn]umber|#)\s*[:：]?\s*([A-Z0-9](?=[A-Z0-9-]*\d)[A-Z0-9-]{4,40})(?![\w-])/u;
/** "第 2026-0314-021 号": a Japanese certificate's number. */
const JAPANESE_NUMBER = /^第\s*([0-9A-Z][0-9A-Z-]{2,30})\s*号$/u;

function printedVerificationCode(phrase: string): string | undefined {
  const code = VERIFY_LINE.exec(phrase)?.[1] ?? CERTIFICATE_ADDRESS.exec(phrase)?.[1] ?? CODE_IN_BRACKETS.exec(phrase)?.[1] ?? VERIFY_QUERY.exec(phrase)?.[1] ?? JAPANESE_NUMBER.exec(phrase.trim())?.[1]
    ?? VERIFY_BUTTON.exec(phrase.trim())?.[1] ?? NUMBER_ALONE.exec(phrase.trim())?.[1] ?? CERTIFICATE_NUMBER_IN_TEXT.exec(phrase)?.[1];
  return code && /\d/.test(code) ? cleanCode(code) : undefined;
}

/**
 * The page speaking to the learner: "You attended this webcast live", "Thanks for attending!", "Vous avez suivi …".
 * Evidence of a completion, though it names no course; never a count of parts done ("You completed 3 of 5 modules",
 * "60% of this course"), a negation ("noch nicht teilgenommen") nor a condition ("Once you have finished a course, …").
 */
const TOLD_COMPLETED =
  /^(?!.*\bhow\s+much\b)(?!.*\b\d+\s+(?:of|von|de|sur|su|van)\s+\d+(?!\d|\s*(?:min|mins|minutes|minuten|minutos)\b))(?!.*\d\s*%\s+(?:of|von|de|du|del)\b)(?!.*\b(?:not\s+yet|noch\s+nicht|pas\s+encore|todavía\s+no|aún\s+no|non\s+ancora)\b).*(?:(?<!\b(?:once|when|whenever|after|if|until|before|as\s+soon\s+as)\s+)\byou(?:['’]ve|\s+have)?\s+(?:successfully\s+)?(?:attended|completed|passed|finished|earned|watched\s+(?:this|the)\s+(?:talk|webinar|webcast|session|event|recording)(?:\s+live)?)\b|\bthanks?(?:\s+you)?\s+for\s+(?:attending|completing|joining\s+us\s+live)\b|\byou\s+have\s+met\s+(?:every|all)\s+(?:the\s+)?requirements?\b|\bvous\s+avez\s+(?:suivi|terminé|assisté|réussi)|\bsie\s+haben\b.{0,80}\b(?:teilgenommen|abgeschlossen|bestanden)\b|\bhas\s+(?:asistido|completado|finalizado)\b|\b(?:asististe|completaste|finalizaste)\b|\bhai\s+(?:completato|partecipato|superato)\b)/iu;

/** "Issued to Ultan Molloy", "This certifies that …", "Verliehen an …": an award names whom it was given to (case matters for the name, so the leads spell their capitals). */
const ISSUED_TO_SOMEONE =
  /^(?:[Tt]his\s+(?:is\s+to\s+)?certif(?:y|ies)\s+that|(?:[Ii]ssued|[Aa]warded|[Pp]resented|[Gg]ranted|[Cc]onferred)\s+(?:up)?(?:to|on)|[Vv]erliehen\s+an|[Dd]écerné(?:e)?\s+à|[Oo]torgad[oa]\s+a|[Cc]onferit[oa]\s+a|[Uu]itgereikt\s+aan)\s+\p{Lu}\p{L}+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s*[.!]?$/u;

const BADGE_HEADING = /\b(?:badge|insignia|abzeichen|credential)\s*$/iu;
/** "Confirm the authenticity of this certificate at …": the document says it is the certificate itself. */
const THIS_CERTIFICATE_VERIFIED = /\b(?:confirm|verify|check)\s+the\s+(?:authenticity|validity)\s+of\s+this\s+(?:certificate|credential|badge)\b/iu;

/** "Total CE credits earned 18", "CPE credits awarded: 2": credits someone was given, which only a completion gives. */
/** "Checked in — attended live", "Attended": a registration's status once the event was attended. */
const ATTENDED_STATUS = /^(?:checked\s+in\s*[—–-]\s*)?attended(?:\s+(?:live|in\s+person|on\s+demand))?$|^(?:teilgenommen|assisté|asisti[óo]|参加済み)$/iu;
/** "CPE hours awarded" under "2.0": a registration's record of the hours its attendance earned. */
const HOURS_AWARDED = /^(?:[1-9]\d{0,2}(?:[.,]\d{1,2})?\s+)?(?:CE|CPE|CEU|PDU)s?\s+hours?\s+(?:earned|awarded|granted)(?:\s*[:：]\s*[1-9]\d{0,2}(?:[.,]\d{1,2})?)?$/iu;
/** A heading of a registration's page, which the attendance it records may turn into a record of an activity done. */
const REGISTRATION_HEADING = /\b(?:registration|enrol(?:l)?ment|booking|inscription|inscripción|anmeldung|iscrizione)\b/iu;
const CREDITS_EARNED = /^(?:total\s+)?(?:(?:CE|CPE|CEU|PDU)s?\s+)?credits?\s+(?:earned|awarded|granted)(?=\s*[:：]?\s*\d|\s*[:：]?\s*$)/iu;

/** "Your progress" / "60%": a progress label whose value is short of 100% (the figure and its label apart). */
const PROGRESS_LABELS = [/^(?:your\s+)?progress\b|^(?:ihr\s+)?fortschritt\b|^(?:votre\s+)?progression\b|^(?:tu\s+)?progreso\b|^進捗/iu];
const progressShortOfDone = (value: string) => {
  const percent = /^(\d{1,3})(?:[.,]\d+)?\s*%/.exec(value.trim())?.[1];
  // "3 of 7 lessons completed", "2 von 5": parts done, short of all of them.
  const parts = /^(\d{1,3})\s*(?:of|von|de|sur|su|van|\/)\s*(\d{1,3})\b/.exec(value.trim());
  return (percent !== undefined && Number(percent) < 100) || (parts !== null && Number(parts[1]) < Number(parts[2])) ? true : undefined;
};
/**
 * "2 items left", "10 of 12 completed", "Noch 3 Lektionen", "2 éléments restants", "Quedan 2 módulos": a course or
 * path with parts still to do, said in a short line of its own.
 */
const PARTS_LEFT =
  /^(?:[1-9]\d{0,2}\s+(?:items?|lessons?|modules?|courses?|activities|activity|videos?|steps?|units?|chapters?|sections?)\s+(?:left|remaining|to\s+go)|noch\s+[1-9]\d{0,2}\s+(?:lektionen|module|kurse|einheiten|aktivitäten|schritte)|[1-9]\d{0,2}\s+(?:éléments?|leçons?|modules?|cours|activités?|étapes?)\s+restant(?:e?s)?|quedan?\s+[1-9]\d{0,2}\s+(?:elementos|lecciones|módulos|cursos|actividades|pasos)|[1-9]\d{0,2}\s+(?:elementos|lecciones|módulos|cursos|actividades)\s+(?:restantes|pendientes)|あと\s*[1-9]\d{0,2}\s*(?:件|個|レッスン|コース|モジュール))$/iu;
const PARTS_DONE_OF = /^(\d{1,3})\s*(?:of|von|de|sur|su|van|\/)\s*(\d{1,3})\s+(?:\p{L}+\s+)?(?:completed|complete|done|abgeschlossen|erledigt|terminés?|complétés?|completad[oa]s|completati|concluíd[oa]s|voltooid)$/iu;
const partsShortOfAll = (phrase: string) => {
  if (PARTS_LEFT.test(phrase)) return true;
  const parts = PARTS_DONE_OF.exec(phrase);
  return parts && Number(parts[1]) < Number(parts[2]) ? true : undefined;
};
/** A call to enrol: a course's landing page or one not started, whatever sample certificate it shows. */
const ENROL_ACTION =
  /^(?:enroll|enrol|register)(?:\s+(?:for\s+free|now|today|in\s+(?:this\s+)?course))?$|^(?:start|begin)\s+(?:course|learning|this\s+course)$|^inscr[ií]bete(?:\s+gratis)?$|^s['’]inscrire$|^jetzt\s+(?:anmelden|einschreiben)$|^iscriviti$/iu;

/** Whether a value starts with one of `labels`: the next field's label and value, not this label's value. */
function leadsWith(labels: readonly RegExp[], value: string): boolean {
  return labels.some((label) => {
    label.lastIndex = 0;
    return label.exec(value)?.index === 0;
  });
}

let labelsBeforeValues: readonly RegExp[] | undefined;

/**
 * Whether a label's value is really the next fields' labels and values: a status badge ("Completed") reads like a bare
 * label, and the block after it may be "Begonnen 3. März 2026" or "Duration 3 hours Enrolled Mar 10, 2026".
 */
function startsAnotherField(value: string): boolean {
  labelsBeforeValues ??= [...fieldLabels(), ...OTHER_FIELD_LABELS];
  return leadsWith(labelsBeforeValues, value);
}

/** "✓ Obtenida el 7 de octubre de 2026": a label and its date after a check mark, which a label alone never leads with. */
const AFTER_MARK = /^[✓✔☑✅]\uFE0F?\s*(\S.*)$/u;
function markedDate(page: PageReader, order: DayMonthOrder): string | undefined {
  return page.findAs((phrase) => {
    const rest = AFTER_MARK.exec(phrase)?.[1];
    if (!rest) return undefined;
    for (const label of END_DATE_LABELS) {
      const found = label.exec(rest);
      const value = found?.index === 0 ? rest.slice(found[0].length).replace(/^[\s:：]+/, '') : '';
      const date = value ? parseDate(value, order) : undefined;
      if (date) return date;
    }
    return undefined;
  });
}

/** The longest course a range after a completion label is read as (a range longer than that is a validity). */
const MAX_COURSE_DAYS = 60;

const JAPANESE_NOT_DONE = /申込|申し込|登録|予定|いただけ|開始/u;

/** How long after an event its certificate may be issued and still date the event rather than itself. */
const MAX_DAYS_TO_ISSUE = 60;
/** The same for a date a bare "Date" label gives, which says less about what it dates. */
const MAX_DAYS_FROM_LONE_DATE = 14;
/** Words saying an event was held or attended, in a sentence that gives its days. */
const HELD_WORDS = /\b(?:held|took\s+place|attended|participated|stattfand|stattgefunden|teilgenommen|s['’]est\s+tenue?|a\s+eu\s+lieu|tenue?|participé|celebrad[oa]|realizad[oa]|asisti[óo]|svolt[oa]|tenutosi|gehouden|deelgenomen|plaatsgevonden|realizou|participou)\b|開催/iu;

/** Lines that are only a date ("4 de agosto de 2026", "Tuesday, February 24, 2026"); a weekday and a month at most. */
const MAX_LONE_DATE = 40;
const MAX_LONE_DATE_LETTERS = 20;

/**
 * The one date a completion page shows on a line of its own, when no label or sentence dates it (a verify page's
 * "Completed by NAME" over "4 de agosto de 2026"); none when the lines give two different dates, or only the start.
 */
function loneDate(page: PageReader, order: DayMonthOrder, startDate: string | undefined): string | undefined {
  const dates = loneDates(page, order, 2, startDate);
  return dates.size === 1 ? [...dates][0] : undefined;
}

/** The different dates the page shows on lines of their own, up to `limit`. */
function loneDates(page: PageReader, order: DayMonthOrder, limit: number, except?: string): Set<string> {
  const dates = new Set<string>();
  page.findAs((phrase) => {
    if (phrase.length > MAX_LONE_DATE || phrase.replace(/[\d\s\p{P}]/gu, '').length > MAX_LONE_DATE_LETTERS) return undefined;
    const date = parseDate(phrase, order);
    if (date && date !== except) dates.add(date);
    return dates.size >= limit ? true : undefined;
  });
  return dates;
}

function readDates(page: PageReader, order: DayMonthOrder): LabelledDates {
  // A status badge read as a label may have the course's dates after it ("COMPLETED" … "14/09/2026 - 18/09/2026"):
  // a range of days ends on the day it was done.
  const dateOf = (v: string) => {
    if (startsAnotherField(v)) return undefined;
    const range = parseDateRange(v, order);
    return range?.start && daysBetween(range.start, range.end) <= MAX_COURSE_DAYS ? range.end : parseDate(v, order);
  };
  const completed = page.valueAs([COMPLETED_DATE_LABELS], dateOf);
  const issued = completed ? undefined : page.valueAs([ISSUED_DATE_LABELS], dateOf) ?? markedDate(page, order);
  const startDate = page.valueAs(START_DATE_LABELS, dateOf);
  // An attendance confirmation gives the event's dates as one range ("Dates: 12–14 March 2026"). A single
  // "Date:" is kept as the end date but proves nothing: blog posts and catalogues carry one too.
  const range = page.valueAs(RANGE_LABELS, (v) => parseDateRange(v, order));
  // "… das vom 9. bis 11. Februar 2026 stattfand": a range a sentence gives, with both its ends.
  const stated = () => page.findAs((phrase) => {
    if (!RANGE_IN_SENTENCE.test(phrase)) return undefined;
    const found = parseDateRange(phrase, order);
    return found?.start ? found : undefined;
  });
  // A certificate issued a few days after the webinar or conference it attests: the claim asks for the event's day,
  // from a range, a sentence or a label that names the event ("Date" alone may head a table of sessions).
  // "Course completed on Apr 27, 2021 at 08:21PM UTC", "celebrado el 19 de febrero": the date inside the sentence that says it was done.
  const doneOn = () => page.findAs((phrase) => {
    // A Japanese sentence about an application, a registration or what is to come dates no completion (受講申込が完了).
    const after = DATE_AFTER_COMPLETION.exec(phrase)?.[1] ?? (JAPANESE_NOT_DONE.test(phrase) ? undefined : DATE_BEFORE_JAPANESE_COMPLETION.exec(phrase)?.[1]);
    return after ? parseDate(after, order) : undefined;
  });
  // A lone "Date" gives the event's day when the page dates nothing else: a column of sessions' dates gives several.
  const onlyDateLabelled = () => {
    if (loneDates(page, order, 2, issued).size > 1) return undefined;
    const ends = new Set<string>();
    page.valueAs(RANGE_LABELS, (v) => {
      const found = parseDateRange(v, order);
      if (found) ends.add(found.end);
      return ends.size > 1 ? true : undefined;
    });
    return ends.size === 1 ? [...ends][0] : undefined;
  };
  // A sentence's range or day counts only when it says the event was held or attended ("Early-bird registration ran
  // from 1 to 15 March" does not); a lone "Date" only when it sits close to the issue.
  const heldRange = () => page.findAs((phrase) => (HELD_WORDS.test(phrase) && RANGE_IN_SENTENCE.test(phrase) ? parseDateRange(phrase, order) : undefined));
  const heldDay = () => page.findAs((phrase) => {
    const day = DATE_HELD.exec(phrase)?.[1] ?? DATE_BEFORE_JAPANESE_HELD.exec(phrase)?.[1];
    return day ? parseDate(day, order) : undefined;
  });
  const closeToIssue = (day: string | undefined) => (day && issued && daysBetween(day, issued) <= MAX_DAYS_FROM_LONE_DATE ? day : undefined);
  const heldOn = issued
    ? ((range?.start ? range : undefined) ?? heldRange() ?? page.valueAs([EVENT_DAY_LABEL], (v) => parseDateRange(v, order)))?.end ?? heldDay() ?? closeToIssue(onlyDateLabelled())
    : undefined;
  const heldBeforeIssue = issued && heldOn && heldOn < issued && daysBetween(heldOn, issued) <= MAX_DAYS_TO_ISSUE ? heldOn : undefined;
  const endDate = completed ?? heldBeforeIssue ?? issued;
  const schedule = () => page.valueAs(SCHEDULE_RANGE_LABELS, (v) => parseDateRange(v, order));
  const inline = () => page.findAs((phrase) => (rangeOfDaysIn(phrase) ? parseDateRange(phrase, order) : undefined));
  if (endDate) {
    // "Zeitraum: Mo, 02.02.2026 – Fr, 06.02.2026" beside "Abgeschlossen am: 06.02.2026": the range gives the start.
    const course = [range, range?.start ? undefined : stated(), range?.start ? undefined : schedule(), range?.start ? undefined : inline()].find((r) => r?.start && r.end <= endDate && r.start <= endDate);
    const start = startDate ?? course?.start;
    return { startDate: start && start <= endDate ? start : undefined, endDate, completionDated: true };
  }
  if (range) return { startDate: range.start, endDate: range.end, completionDated: range.start !== undefined };
  // "14/09/2026 - 18/09/2026" over "Event dates" in one block: the value set above its label.
  const rangeAbove = page.findAs((phrase) => valueBeforeLabel(phrase, RANGE_LABELS, (v) => parseDateRange(v, order)));
  if (rangeAbove?.start) return { startDate: rangeAbove.start, endDate: rangeAbove.end, completionDated: true };
  const inSentence = stated();
  if (inSentence) return { startDate: inSentence.start, endDate: inSentence.end, completionDated: true };
  // A bare range line dates the event, but proves no more than a "Date:" line does.
  const line = page.findAs((phrase) => (RANGE_LINE.test(phrase) ? parseDateRange(phrase, order) : undefined));
  if (line?.start) return { startDate: line.start, endDate: line.end, completionDated: false };
  // A course's schedule ("Class dates: March 10 – 12, 2026", "End date: …") dates it, but a course not yet held shows one too.
  const scheduled = schedule() ?? inline();
  if (scheduled?.start) return { startDate: scheduled.start, endDate: scheduled.end, completionDated: false };
  const scheduledEnd = page.valueAs(SCHEDULE_END_LABELS, (v) => (startsAnotherField(v) ? undefined : parseDate(v, order)));
  if (scheduledEnd) return { startDate: startDate && startDate <= scheduledEnd ? startDate : undefined, endDate: scheduledEnd, completionDated: false };
  const completedOn = doneOn();
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

/** A page of one person's own: their achievements, profile, transcript. */
const PERSONAL_PAGE = /^(?:実績|プロフィール|トランスクリプト|achievements?|profile|transcript|trophies|badges|erfolge|profil|perfil|réalisations|logros|traguardi)$/iu;
/** "田中 悠人 さんがトロフィーを獲得しました": a person named with an honorific as a sentence's subject. */
const HONORIFIC_SUBJECT = /^([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{L}\s]{2,20}?)\s*(?:さん|様|氏)\s*(?:が|は|の)/u;

/** "Priya Raman's badges", "Priya Raman - open user menu\": the signed-in person, who is never a title. */
const POSSESSIVE_PAGE = /^(.{3,60}?)['’]s\s+(?:badges|profile|achievements|certificates?|certifications|transcript|learning|statement|credential|record|award|diploma|accomplishments?)\b/i;
/** "Badges de Julien Moreau - Credly", "Perfil de Rodrigo Paredes | …": the same in other languages (case matters for the name). */
const PROFILE_OF = /^(?:[Bb]adges?|[Ii]nsignias?|[Aa]bzeichen|[Pp]rofil|[Pp]erfil|[Pp]rofilo)\s+(?:de|d['’]|von|di|van)\s*(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,3})(?=\s*(?:[-–|·:：]|$))/u;
function courseBeforeUnitsCertificate(part: string): string | undefined {
  const course = UNITS_CERTIFICATE_AT_END.exec(part)?.[1];
  // "Your CPE Certificate" is the learner's certificate, named by whose it is.
  return course && !/^(?:your|my|ihr|ihre|votre|vos|tu|tus|su|sus|mon|ma|mein|meine|seu|sua)$/i.test(course) ? course : undefined;
}

/** "Insignia de Sofía Martínez: ", "Badge of Priya Raman – ": the learner's award named before the course it is for. */
const OWNERS_AWARD = /^(?:[Bb]adge|[Ii]nsignia|[Aa]bzeichen|[Cc]ertifica(?:te|t|do|to)|[Zz]ertifikat)\s+(?:de|d['’]|of|von|di|van)\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,3}\s*(?:[:：]|\s[-–—|·])\s+(?=\S)/u;
const USER_MENU = /^(.{3,60}?)\s*[-–—,:]\s*(?:open\s+)?(?:user|account|profile)\s*menu\b/i;

/** "Other badges earned by Dana Whitfield", "More badges from Ethan": the profile's owner, named in a heading. */
const EARNED_BY = /\b(?:(?:badges|achievements|credentials|certificates)\s+earned\s+by|(?:more|other)\s+(?:badges|achievements|credentials|certificates)\s+(?:by|from|of))\s+(.{2,60})$/i;
/** "Signed in as Grace Whitaker", "Você acessou como …", "Angemeldet als …": the signed-in learner, in the site's chrome. */
const SIGNED_IN =
  /^(?:signed\s+in\s+as|logged\s+in\s+as|you\s+are\s+logged\s+in\s+as|welcome(?:\s+back)?,|hi,?|hello,?|angemeldet\s+als|eingeloggt\s+als|willkommen,?|connecté(?:e)?\s+(?:en\s+tant\s+que|comme)|bonjour,?|conectado\s+como|has\s+iniciado\s+sesión\s+como|hola,?|sei\s+collegato\s+come|accesso\s+effettuato\s+come|ciao,?|você\s+acessou\s+como|conectado\s+como|olá,?|ingelogd\s+als|welkom,?|ようこそ)\s*(.*)$/iu;
const MAX_CHROME_NODES = 3000;

/** The learner the site's chrome names: after "Signed in as", or beside the initials of their avatar ("LW" / "Lena Weber"). */
function signedInPeople(doc: Document): string[] {
  const people: string[] = [];
  const root = doc.body;
  if (!root) return people;
  // Every node counts toward the bound, not only text: a page of 20,000 empty siblings must cost no more than a look.
  const walker = doc.createTreeWalker(root, 5 /* NodeFilter.SHOW_ELEMENT | SHOW_TEXT */);
  const initials = new Set<string>();
  const names: string[] = [];
  let previous = '';
  let previousNode: Node | undefined;
  for (let n = 0, node = walker.nextNode(); node && n < MAX_CHROME_NODES; n += 1, node = walker.nextNode()) {
    if (node.nodeType !== 3) continue;
    const text = normalizeSpace(node.nodeValue ?? '');
    if (!text) continue;
    const signed = SIGNED_IN.exec(previous);
    const name = text.replace(/\s*[▾▼⌄(].*$/u, '').replace(/[!.]$/, '');
    if (signed && !signed[1] && looksLikeName(name)) people.push(name);
    const inline = SIGNED_IN.exec(text)?.[1]?.replace(/\s*[▾▼⌄(!].*$/u, '').trim();
    if (inline && looksLikeName(inline)) people.push(inline);
    // An avatar's initials: in an element that says so, or right before the name they stand for.
    if (AVATAR_INITIALS.test(text) && !LANGUAGE_CODE.test(text) && AVATAR.test(`${node.parentElement?.className ?? ''} ${node.parentElement?.getAttribute('aria-label') ?? ''} ${node.parentElement?.parentElement?.className ?? ''}`)) initials.add(text);
    else if (looksLikeName(name)) {
      names.push(name);
      if (AVATAR_INITIALS.test(previous) && initialsOf(name) === previous && previousNode?.parentElement?.parentElement === node.parentElement?.parentElement) people.push(name);
    }
    previous = text;
    previousNode = node;
  }
  // An avatar's initials ("LW", "JB") and, anywhere on the page, the name they stand for.
  return [...people, ...names.filter((name) => initials.has(initialsOf(name)))];
}

const AVATAR_INITIALS = /^\p{Lu}{2,3}$/u;
const AVATAR = /avatar|initials|user|account|profile|\bme\b/i;
/** A language switcher's "DE", "EN", "FR" is no one's initials. */
const LANGUAGE_CODE = /^(?:EN|DE|FR|ES|IT|PT|NL|JA|JP|ZH|KO|UK|US|BR|CA|CH|AT|BE|EU)$/;

function initialsOf(name: string): string {
  return name.split(/\s+/).map((word) => word[0] ?? '').join('').toUpperCase();
}

function peopleOnPage(doc: Document): string[] {
  const people: string[] = signedInPeople(doc);
  for (const [, text] of [...headingsOf(doc, 'h2'), ...headingsOf(doc, 'h3')]) {
    const owner = EARNED_BY.exec(text)?.[1];
    if (owner) people.push(owner);
  }
  for (const title of [metaContent(doc, 'og:title'), normalizeSpace(doc.title ?? '')]) {
    const named = title ? (POSSESSIVE_PAGE.exec(title)?.[1] ?? PROFILE_OF.exec(title)?.[1] ?? HONORIFIC_SUBJECT.exec(title)?.[1]) : undefined;
    if (named) people.push(named);
    // "実績 - 田中 悠人 | Microsoft Learn", "Achievements - Priya Raman": the page's kind, then whose page it is.
    const parts = title?.split(/\s+[|–—·-]\s+/) ?? [];
    parts.forEach((part, i) => {
      const next = parts[i + 1];
      if (next && PERSONAL_PAGE.test(part) && (readsAsPerson(next) || /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+\s?[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+$/u.test(next))) people.push(next);
    });
  }
  for (const el of Array.from(doc.querySelectorAll('[aria-label]')).slice(0, MAX_HEADINGS)) {
    const menu = USER_MENU.exec(normalizeSpace(el.getAttribute('aria-label') ?? ''))?.[1];
    if (menu) people.push(menu);
  }
  return people;
}


/**
 * Who delivered the course when no label or sentence says: a company named with its legal form ("Northgate Privacy
 * Training Ltd"), outside copyright and trademark lines; else the copyright holder, when its name is the site's own
 * ("© 2026 Cyber Rhône-Alpes" on rencontres-cyber-lyon.fr). A learning platform's copyright names the platform, whose
 * host shares no word with it.
 */
/**
 * The organisation a site's address names, as the page writes it: "Cyberlearn Campus" on cyberlearn-campus.fr,
 * "Marrowfield Community College" on canvas.marrowfield.edu; better than the bare host name, which the reader gives
 * otherwise.
 */
function siteNameOn(page: PageReader, url: URL, people: readonly string[]): string | undefined {
  const word = organisationWordOfHost(url.hostname);
  if (!word) return undefined;
  return usableProvider(cleanText(page.findAs((phrase) => nameOfHostWordIn(phrase, word)), MAX_PROVIDER_LENGTH), people);
}

export function providerNamedOnPage(doc: Document, url: URL, people: readonly string[]): string | undefined {
  const page = readPage(doc, otherCoursesSections(doc));
  const legal = page.findAs((phrase) => (TRADEMARK_LINE.test(phrase) || COPYRIGHT.test(phrase) || NOT_THE_PROVIDER.test(phrase) ? undefined : legalNameIn(phrase)));
  if (legal) return usableProvider(cleanText(legal, MAX_PROVIDER_LENGTH), people);
  if (LEARNING_PLATFORM.test(url.hostname)) return siteNameOn(page, url, people);
  const hostWords = url.hostname.toLowerCase().split(/[.-]/).filter((word) => word.length >= 4);
  const holder = page.findAs((phrase) => {
    const name = COPYRIGHT.exec(phrase)?.[1]?.trim();
    // Marks come off first: folding would make "Acme™" the word "acmetm".
    const words = name === undefined ? [] : foldedText(name.replace(/[™℠®]/gu, ' ')).split(/[^\p{L}\d]+/u);
    return name && words.some((word) => word.length >= 4 && hostWords.some((host) => host.includes(word))) ? name : undefined;
  });
  return usableProvider(cleanText(holder, MAX_PROVIDER_LENGTH), people) ?? siteNameOn(page, url, people) ?? logoName(doc, people);
}

/** "Lakeshore Energy Cooperative Learning Center logo": the organisation a page's logo names in its alternative text. */
const LOGO_PLACE = /\b(?:logo|brand|header|masthead|navbar|topbar)/i;
const LOGO_WORD = /^(?:logo|logotipo|logotype)\s+(?:of\s+|de\s+|von\s+)?|\s+(?:logo|logotipo|logotype)$/gi;
const NOT_A_LOGO_NAME = /^(?:home|menu|avatar|profile|user|search|close|back|icon|image|picture|photo|badge|certificate)\b/i;
const MAX_LOGO_IMAGES = 20;
const MAX_LOGO_WORDS = 8;

function logoName(doc: Document, people: readonly string[]): string | undefined {
  for (const img of Array.from(doc.querySelectorAll('img[alt]')).slice(0, MAX_LOGO_IMAGES)) {
    const place = `${img.className} ${img.parentElement?.className ?? ''} ${img.closest('header, nav, [role="banner"]') ? 'header' : ''}`;
    if (!LOGO_PLACE.test(place)) continue;
    const name = normalizeSpace(img.getAttribute('alt') ?? '').replace(LOGO_WORD, '').trim();
    if (!/^\p{Lu}/u.test(name) || NOT_A_LOGO_NAME.test(name) || name.split(' ').length > MAX_LOGO_WORDS || looksLikeName(name) && !ORGANISATION_IN_NAME.test(name)) continue;
    const usable = usableProvider(cleanText(name, MAX_PROVIDER_LENGTH), people);
    if (usable) return usable;
  }
  return undefined;
}
/** Words that make a two-word name an organisation's ("Acme Training"), not a person's. */
const ORGANISATION_IN_NAME = /\b(?:networks?|academy|institute|university|college|learning|training|center|centre|systems|group|cooperative|trust|foundation|association|chapter|society|inc|ltd|gmbh|beacon|labs?|solutions|services|technologies|school)\b/i;

/** Hosts of learning systems that serve many organisations: their copyright names the platform, never the course's provider. */
const LEARNING_PLATFORM = /(?:^|\.)(?:myworkday\.com|successfactors\.(?:com|eu)|plateau\.com|csod\.com|instructure\.com|docebosaas\.com|talentlms\.com|on24\.com|brighttalk\.com|moodlecloud\.com|credential\.net|accredible\.com|credly\.com|absorblms\.com|litmos\.com|360learning\.com)$/i;

/** The learner's employer beside their name ("Teilnehmer/in: Herr Jonas Becker, Stadtwerke Lüneburg GmbH"). */
const NOT_THE_PROVIDER = /^(?:teilnehmer|participant|learner|attendee|employee|entreprise|empresa|arbeitgeber|company|firma|société|employer)\b|\b(?:salarié|employee|mitarbeiter)\s+(?:de|of|der|bei)\b/iu;

export function readLabels(doc: Document, _url: URL, userPeople: readonly string[] = []): PartialCapture {
  // A credential opened directly shows its JSON as text ('"@context": …'): its fields are read as JSON, never as labels.
  if (jsonDocumentText(doc) !== undefined) return nothingFound();
  // Separate simple queries: DOMs without a selector engine (happy-dom, the CLI's) are slow on selector lists. The
  // main content is read when it holds the page's h1; a page that puts its title and status above <main> is read whole.
  // An <article> is the content only when it is the page's one article; cards are articles too ("Event Information").
  const articles = doc.getElementsByTagName('article');
  const main = doc.querySelector('main') ?? doc.querySelector('[role="main"]') ?? (articles.length === 1 ? articles[0]! : null);
  const h1 = doc.querySelector('h1');
  const scope = main && (!h1 || main.contains(h1)) ? main : undefined;
  const skip = otherCoursesSections(doc);
  // "03/04/2026" is read the way the page's other dates show it is written ("19/02/2026"), else by its language.
  const order = inferDayMonthOrder([(scope ?? doc.body ?? doc.documentElement)?.textContent ?? ''], orderForLanguage(doc.documentElement?.getAttribute('lang')));
  const progressAbove = scope !== undefined && PERCENT_COMPLETE_IN_TEXT.test(textAbove(scope));
  const titleCandidates = headingCandidates(doc);
  const headings = titleCandidates.map((candidate) => candidate.text);
  const context = { headings, titleCandidates, order, people: [...userPeople, ...peopleOnPage(doc)], progressAbove };
  const read = withCriteriaCompletion(readLabelsFrom(readPage(scope ?? doc, skip), context), doc, order);
  // A webinar console shows the talk in <main> and the attendance beside it ("✓ You watched this talk live on …" in
  // an <aside>): when the main content shows no completion, the whole page is read.
  if (!scope || read.notAnAward) return read;
  if (!read.completion) {
    const whole = readLabelsFrom(readPage(doc, skip), context);
    return whole.completion ? whole : read;
  }
  // A credential page may show its details beside <main> ("Certificaatnummer" in an aside, the certificate in a
  // drawer or dialog): what main left out.
  if (read.certificateCode && read.endDate) return read;
  const beside = [...Array.from(doc.querySelectorAll('aside, [role="complementary"]')), ...Array.from(doc.querySelectorAll('dialog, [role="dialog"]'))].filter((el) => !skip.has(el) && !scope.contains(el)).slice(0, MAX_ASIDES);
  return beside.reduce((found, aside) => {
    const more = readLabelsFrom(readPage(aside, skip), context);
    return more.notAnAward ? found : withMissingFields(found, more);
  }, read);
}

const MAX_ASIDES = 5;

/** A column of a course's completion criteria ("Criteria", "Kriterium", "Critère", "Requirement"): its rows are parts of one course. */
const CRITERIA_COLUMN = /^(?:criteria|criterion|requirements?|kriteri(?:um|en)|anforderung(?:en)?|crit[eè]res?|exigences?|criterios?|requisitos?|criteri|requisiti|vereisten|条件|要件)$/iu;
const MAX_CRITERIA_ROWS = 50;

/**
 * A learning system's completion report lists the course's criteria, each with the date it was met (Moodle's
 * "Course completion status": "Criteria | Requirement | Status | Completion date"): the course was completed when
 * the last of them was, so the latest date in that column dates it, not the first row's.
 */
function criteriaCompletedOn(doc: Document, order: DayMonthOrder): string[] | undefined {
  for (const criteria of Array.from(doc.getElementsByTagName('th')).slice(0, MAX_HEADINGS)) {
    const header = criteria.parentElement;
    const table = header?.closest('table');
    if (!header || !table || !CRITERIA_COLUMN.test(visibleText(criteria))) continue;
    const rows = Array.from(table.getElementsByTagName('tr')).filter((row) => row !== header).slice(0, MAX_CRITERIA_ROWS);
    for (const [column, cell] of Array.from(header.children).entries()) {
      if (!END_DATE_LABELS.some((label) => label.test(visibleText(cell)))) continue;
      const dates = rows.map((row) => parseDate(visibleText(row.children[column]), order)).filter((date): date is string => date !== undefined);
      if (dates.length > 1) return dates.sort();
    }
  }
  return undefined;
}

function withCriteriaCompletion(read: PartialCapture, doc: Document, order: DayMonthOrder): PartialCapture {
  const dates = read.completion ? criteriaCompletedOn(doc, order) : undefined;
  const latest = dates?.at(-1);
  // Only a date the table itself gave is replaced: a labelled "Completion date" elsewhere on the page stands.
  if (!latest || latest === read.endDate || (read.endDate !== undefined && !dates!.includes(read.endDate))) return read;
  const startDate = read.startDate && read.startDate <= latest ? read.startDate : undefined;
  const dated = { ...read, endDate: latest, startDate };
  return { ...dated, found: foundFields(dated) };
}

const FILLED_FROM_WHOLE_PAGE = ['provider', 'startDate', 'endDate', 'certificateCode', 'hours'] as const;

function withMissingFields(main: PartialCapture, whole: PartialCapture): PartialCapture {
  const merged: PartialCapture = { ...main };
  for (const field of FILLED_FROM_WHOLE_PAGE) if (merged[field] === undefined && whole[field] !== undefined) Object.assign(merged, { [field]: whole[field] });
  if (merged.credits === undefined && whole.credits !== undefined) Object.assign(merged, { credits: whole.credits, creditUnit: whole.creditUnit });
  if (merged.startDate && merged.endDate && merged.startDate > merged.endDate) merged.startDate = undefined;
  return { ...merged, found: foundFields(merged) };
}

/** "Recipient" / "Giulia Romano", "Destinatario", "Awarded to": the learner a credential names under a label. */
const RECIPIENT_LABELS = [/^(?:recipient|awarded\s+to|issued\s+to|destinatari[oa]|destinataire|empfänger(?:in)?|ontvanger|destinatário|受領者|participant|attendee|learner|student|trainee|teilnehmer(?:in)?|teilnehmende[rs]?|participante|asistente|stagiaire|partecipante|deelnemer|受講者|氏名)(?=\s*[:：]|$)/iu];
/** "Academy Name", "Nom du centre": another label beside the learner's, in a template's column of labels. */
const LABEL_OF_A_NAME = /\b(?:name|nom|nombre|nome|naam|名)$/iu;
const MAX_NAME_LEAD = 60;

const GREETING_LEAD = /^(?:congratulations|félicitations|felicidades|enhorabuena|herzlichen\s+glückwunsch|complimenti|parabéns|gefeliciteerd)\b/iu;

/** The name on the line after a lead that ends its own ("conferito a" / "Giulia Romano", "Presented to" / …). */
function nameAfterLeadLine(page: PageReader): string | undefined {
  let lead = false;
  return page.findAs((phrase) => {
    const name = lead && looksLikeName(phrase) ? phrase.trim() : undefined;
    // "Congratulations" over the course's heading greets; only an award's lead ("conferito a", "Presented to") names the next line.
    lead = phrase.length <= MAX_NAME_LEAD && endsWithNameLead(phrase) && !GREETING_LEAD.test(phrase);
    return name;
  });
}

export interface LabelReadingContext {
  /** The document's heading texts, most prominent first: a certificate heading is evidence, the first usable one the title of last resort. */
  headings: readonly string[];
  /** The same headings with where each was found, for the title's ranking; without them each counts as a heading. */
  titleCandidates?: readonly TitleCandidate[];
  /** How all-numeric dates are written. */
  order: DayMonthOrder;
  /** Names that are people, never titles: the recipient a layout shows, the user's own name. */
  people?: readonly string[];
  /** Whether the page's header, above the content read, shows progress short of 100% ("58% complete"). */
  progressAbove?: boolean;
  /** A title the layout sets apart after the completion wording (a PDF's larger line): wins over the wording's own tail. */
  emphasisedTitle?: string;
  /** The site's or issuer's own names (a printed web address's word), never the title. */
  sites?: readonly string[];
}

/**
 * The label/value reading of one page. The title is, in order: a labelled one ("Course: …"), one the layout sets
 * apart after the completion wording, the wording's own ("has successfully completed …"), the first usable heading.
 */
export function readLabelsFrom(page: PageReader, context: LabelReadingContext): PartialCapture {
  const { headings, order, people: knownPeople = [] } = context;
  const { startDate: statedStart, endDate: statedEnd, completionDated } = readDates(page, order);
  const codeLike = (v: string) => (/^[A-Za-z0-9][A-Za-z0-9/-]{3,60}$/.test(v) && /\d/.test(v) ? cleanCode(v) : undefined);
  const certificateCode = page.valueAs(CODE_LABELS, cleanCode) ?? page.findAs(printedVerificationCode)
    ?? page.findAs((phrase) => valueAfterSeparator(phrase, CODE_LABELS, codeLike) ?? valueBeforeLabel(phrase, CODE_LABELS, codeLike));
  const { credits, creditUnit } = readCredits(page);
  const hours = page.valueAs(HOURS_LABELS, parseHours) ?? page.valueAs(HOURS_COUNT_LABELS, bareHours)
    ?? page.findAs((phrase) => valueAfterSeparator(phrase, HOURS_LABELS, parseHours)) ?? hoursInText(page);
  const recipient = page.findAs(nameAfterLead) ?? nameAfterLeadLine(page) ?? page.valueAs(RECIPIENT_LABELS, (v) => (looksLikeName(v) && !LABEL_OF_A_NAME.test(v) && !startsAnotherField(v) ? v : undefined));
  const people = recipient ? [...knownPeople, recipient] : knownPeople;
  const labelledTitle = page.valueAs(TITLE_LABELS, (v) => usableTitle(v, people));
  const emphasisedTitle = usableTitle(context.emphasisedTitle, people);
  const wordingTitle = emphasisedTitle ?? titleFromWording(page, people);
  const certificateHeading = headings.some((t) => CERTIFICATE_HEADING.test(t));

  const completedStatus = page.hasShortText(COMPLETED_STATUS, MAX_STATUS_LENGTH);
  // "Registered" (a registration's label) beside "Checked in — attended live": the event was attended.
  const attended = page.hasShortText(ATTENDED_STATUS, MAX_STATUS_LENGTH);
  // A progress figure short of 100% says the course is unfinished; a status word ("In progress") may belong to
  // another course on the page, so it counts only where no completed status stands beside it.
  const unfinished = context.progressAbove === true || page.hasShortText(PERCENT_COMPLETE, MAX_PROGRESS_LENGTH)
    || page.valueAs(PROGRESS_LABELS, progressShortOfDone) === true || page.hasShortText(ENROL_ACTION, MAX_STATUS_LENGTH)
    || page.findAs((phrase) => (phrase.length <= MAX_PROGRESS_LENGTH ? partsShortOfAll(phrase) : undefined)) === true
    || (page.hasShortText(IN_PROGRESS_STATUS, MAX_STATUS_LENGTH) && !completedStatus && !(attended && !page.hasShortText(STILL_TO_DO, MAX_STATUS_LENGTH)));
  // A receipt, a registration or a transcript names courses and dates but awards nothing; an unfinished course
  // says so, unless the page also dates the completion and gives the certificate's code.
  // A heading over other courses ("Próximas convocatorias recomendadas") says nothing of this page's own.
  const ownHeadings = headings.slice(0, MAX_PROMINENT_HEADINGS).filter((h) => !OTHER_COURSES_SECTION.test(h));
  // A registration's page that records the attendance and the credits it earned ("Checked in — attended live",
  // "CPE hours awarded") has become the record of an activity done.
  const attendedAndAwarded = attended && page.find(HOURS_AWARDED) !== undefined;
  const notAnAward = ownHeadings.some((h) => (NOT_AN_AWARD.test(h) || NOT_AN_AWARD_IN_HEADING.test(h.replace(SPACED_CJK, ''))) && !(attendedAndAwarded && REGISTRATION_HEADING.test(h)))
    // A certificate's code says it exists, whatever the page's static text promises ("Your certificate becomes
    // available once you have scored 80%" stays on a Moodle certificate's page).
    || (unfinished && !(completionDated && certificateCode)) || (page.find(CERTIFICATE_TO_COME) !== undefined && !certificateCode)
    // A plan counts as done only when nothing on it is still to do ("Not started", "In progress").
    || (ownHeadings.some((h) => LEARNING_PLAN_HEADING.test(h)) && !(completionDated && completedStatus && !page.hasShortText(IN_PROGRESS_STATUS, MAX_STATUS_LENGTH)))
    || labelledEndDates(page, order) >= LIST_OF_AWARDS || listedByTabs(page)
    || page.find(NO_LONGER_VALID) !== undefined || page.find(SAYS_NO_CERTIFICATE) !== undefined
    || blanks(page) >= BLANKS_OF_A_TEMPLATE;
  // The wording is evidence even when what it names is no usable title ("完了しました: 以下のコース").
  const completedWording = wordingTitle !== undefined || page.findAs((phrase) => (COMPLETION_VERB.test(phrase) && titleAfterCompletion(phrase) ? true : undefined)) === true
    || page.find(TOLD_COMPLETED) !== undefined || page.find(CREDITS_EARNED) !== undefined || attendedAndAwarded
    // "Issued to NAME" is an award's when it is dated or numbered, or names a badge ("… Certification Badge"), not a sample.
    || ((completionDated || certificateCode !== undefined || headings.some((h) => BADGE_HEADING.test(h)) || page.find(THIS_CERTIFICATE_VERIFIED) !== undefined) && page.find(ISSUED_TO_SOMEONE) !== undefined);
  // An activity entered in a certification body's record ("Date Reported") was done, whatever else the record says.
  // Only in a record of credits: the page states the activity's CPE, CE or hours.
  const reported = (credits !== undefined || hours !== undefined) && page.valueAs(REPORTED_DATE_LABELS, (v) => parseDate(v, order)) !== undefined;
  const completion = !notAnAward && Boolean(completionDated || certificateCode || certificateHeading || completedWording || completedStatus || reported);
  // Only a page that shows a completion is dated by a date standing alone; a labelled start is never that date.
  const labelledStart = statedEnd || !completion ? undefined : page.valueAs(START_DATE_LABELS, (v) => parseDate(v, order));
  const endDate = statedEnd ?? (completion ? loneDate(page, order, labelledStart) : undefined);
  const startDate = statedStart ?? (labelledStart && endDate && labelledStart <= endDate ? labelledStart : undefined);
  // Headings name the course only on a page that shows a completion; the page's own words name it anywhere.
  // A labelled cell's first line ("Implementing … v4.0" over "Kurs-ID: SISE") stands for the whole cell's text.
  const cellOfLines = labelledTitle !== undefined && (context.titleCandidates ?? []).some((c) => c.source === 'labelled' && c.text.length < labelledTitle.length && labelledTitle.startsWith(c.text));
  const titleCandidates: TitleCandidate[] = [
    ...(labelledTitle && !cellOfLines ? [{ text: labelledTitle, source: 'labelled' as const }] : []),
    ...(emphasisedTitle ? [{ text: emphasisedTitle, source: 'emphasised' as const }] : []),
    ...(wordingTitle && wordingTitle !== emphasisedTitle ? [{ text: wordingTitle, source: 'wording' as const }] : []),
    ...(completion && !wordingTitle ? [eventHeld(page, people)].filter((t): t is string => t !== undefined).map((text) => ({ text, source: 'wording' as const })) : []),
    // A quoted name after its kind may be one session's in a table of them: the weakest of candidates.
    ...(completion && !wordingTitle ? [quotedAfterKind(page, people)].filter((t): t is string => t !== undefined).map((text) => ({ text, source: 'subheading' as const })) : []),
    ...(completion ? (context.titleCandidates ?? headings.map((text) => ({ text, source: 'heading' as const }))) : []),
  ];
  const partial = {
    title: rankTitles(titleCandidates, people, context.sites).best?.title,
    titleCandidates,
    people,
    provider: page.valueAs(PROVIDER_LABELS, (v) => usableProvider(cleanText(v, MAX_PROVIDER_LENGTH), people))
      ?? page.findAs((phrase) => usableProvider(cleanText(providerInSentence(phrase), MAX_PROVIDER_LENGTH), people)),
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
