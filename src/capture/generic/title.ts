/**
 * What a course's title must be, and how the candidates a document offers are ranked. A page or a certificate names
 * many things in large type: the course, but also its status, the learner, the issuer, the certificate's own
 * heading, buttons, labels, sections of other courses. Each candidate first passes the tests below (judgeTitle says
 * which one it failed), then the survivors are scored by where they were found and how many places agree
 * (rankTitles says why each scored what it did), so a reader can see why one candidate beat another:
 * `npm run --silent cli -- extract FILE --explain`.
 */
import { parseSplitDate as parseDate } from '../../domain/split-dates';
import { fieldLabels } from './field-labels';
import { cleanText, MAX_TITLE_LENGTH } from './fields';
import { looksLikeName, titleAfterCompletion } from './wording';
import { foldedText } from '../../text/fold';

/** Headings that only a certificate or attendance confirmation carries. */
export const CERTIFICATE_HEADING =
  /^(?:(?:certificate|certificado|certificat|zertifikat)\s*(?:of|de|du|über\s+die)\s*(?:completion|attendance|participation|finalización|participación|réussite|teilnahme)\s+(?:de|of|from|von|du)\s+\S.{0,60}|certificate\s*of\s*(?:course\s*)?(?:completion|achievement|attendance|participation|accomplishment)|(?:course\s+completion|course|completion|attendance|participation)\s*(?:certificate|attestation)|statement\s*of\s*(?:achievement|accomplishment|completion|participation|attendance)|certificate|(?:CPE-?\s*)?teilnahme(?:bestätigung|bescheinigung|zertifikat|nachweis)|zertifikat|abschlusszertifikat|certificat(?:\s*de\s*(?:réussite|participation|formation|complétion))?|attestation\s*de\s*(?:formation|participation|réussite|fin\s*de\s*formation)|certificado(?:\s*de\s*(?:finalización|participación|aprovechamiento|asistencia|realización))?|constancia(?:\s*de\s*(?:asistencia|participación|finalización))?|attestato(?:\s*di\s*(?:partecipazione|frequenza|completamento))?|修了証(?:明書)?|受講証明書|認定証)$/i;

const GENERIC_TITLES =
  /^(?:certificate|certificado|certificat|zertifikat|certificaat|certificato|attestato|attestation|修了証|course|courses|untitled|comments?|kommentare|commentaires|comentarios|commenti|opmerkingen|notes|feedback|reviews|avis|reseñas|recensioni|beoordelingen|path|learning\s+path|module|kurs|kurse|cours|curso|cursos|corso|corsi|cursus|references|referenzen|resources|overview|übersicht|aperçu|パス|コース|ラーニング\s*パス|モジュール)$/iu;

/** A status badge or a greeting beside the title, in the supported languages: never the course's name. */
const STATUS_WORDS =
  /^(?:(?:course|path|module|training)\s+)?(?:completed?|completion|100\s*%(?:\s*complete)?|passed|earned|achieved|finished|done|certified|verified|issued|in\s+progress|not\s+started|enrolled|congratulations|well\s+done|abgeschlossen|bestanden|erledigt|herzlichen\s+glückwunsch|terminée?|réussie?|validée?|félicitations|teilgenommen|attended|asistido|assisté|(?:participation|attendance|teilnahme|asistencia|participación|participação|partecipazione)\s+(?:validée|confirmée|confirmed|verified|recorded|bestätigt|confirmada|validada|registrada|confermata)|completad[oa]|finalizad[oa]|aprobad[oa]|superad[oa]|felicidades|enhorabuena|completato|superato|concluído|concluido|voltooid|afgerond|gefeliciteerd|完了|修了|受講済み|合格|おめでとうございます)\s*[!！.]?$/iu;

/** "Congratulations, Marcus Lee": a greeting names the learner, whatever follows it on the line. */
const GREETING = /^(?:\p{Extended_Pictographic}\s*)*[¡!]?\s*(?:(?:felicitaciones|you\s+did\s+it|you['’]re\s+(?:all\s+)?done|great\s+job|nice\s+work|well\s+done|way\s+to\s+go|bravo|geschafft|bien\s+joué|lo\s+lograste|ce\s+l['’]hai\s+fatta|gelukt)(?=\s*[!,.:]|\s*$)|(?:i\s+)?earned\s+a\s+verified\s+certificate|obtuve\s+un\s+certificado\s+verificado|j['’]ai\s+obtenu\s+un\s+certificat|ich\s+habe\s+ein\s+zertifikat|congratulations|félicitations|felicidades|enhorabuena|herzlichen\s+glückwunsch|gefeliciteerd|complimenti|parabéns|おめでとうございます)\b/iu;
/** "N° de déclaration d’activité : 84 69 12345 69": a label and its number, not a name. */
const LABEL_AND_NUMBER = /^[^:：]{2,50}[:：]\s*[\d\s./-]{3,}$/u;

/** "Sessions verified by badge scan 13.0 CPE": a line that states an amount of credits is a summary, not a name. */
const AMOUNT_IN_TITLE = /(?<![\p{L}\d])\d+(?:[.,]\d+)?\s*(?:CPEs?|CEUs?|PDUs?|CE\s+credits?|continuing\s+(?:professional\s+)?education\s+(?:credits?|units?|hours?))(?![\p{L}])/iu;

/** A completed status at the end of a heading that holds its badge. */
const TRAILING_STATUS = /\s+[✓✔]?\s*(?:completed?|attended|passed|earned|abgeschlossen|bestanden|terminée?|réussie?|completad[oa]|aprobad[oa]|completato|superato|voltooid|afgerond|concluído|完了|修了|受講済み)$|\s+[✓✔]$/iu;

/** A level tag beside the title ("Advanced", "Fortgeschritten", "上級"), or the learning system's own name. */
const NOT_A_COURSE_NAME =
  /^(?:beginner|intermediate|advanced|expert|foundational?|associate|professional|anfänger|einsteiger|fortgeschritten(?:e)?|experte|débutant|intermédiaire|avancé|principiante|intermedio|avanzado|básico|初級|中級|上級|(?:sap\s+)?successfactors(?:\s+learning)?|workday(?:\s+learning)?|moodle|canvas|docebo|talentlms|cornerstone(?:\s+ondemand)?|blackboard|brightspace|(?:(?:session|final|module|course)\s+)?(?:knowledge\s+check|quiz|assessment|post-?test))$|^(?:top\s+)?skills\s+(?:covered|you\s+(?:gained|learned|learnt))$|^compétences\s+(?:couvertes|acquises)$|^(?:behandelte|erworbene)\s+(?:kenntnisse|fähigkeiten)$|^habilidades\s+(?:cubiertas|adquiridas)$/iu;

/**
 * A title cut short ("… for a Professional Certificate in"), a sentence ("You need JavaScript to use this site.",
 * two sentences run together), or words that point at the course instead of naming it ("this learning path",
 * "the following course", 「下記のウェビナー」, "Your CPE Certificate").
 */
const CUT_OR_SENTENCE =
  /\s(?:in|of|for|to|and|the|a|an|with|on|by|de|du|des|en|von|für|und|para|del|di|per)$|^(?:\S+\s+){5,}\S+[.!?]$|^(?:this|these|esta|este|estos|ce(?=\s+(?:cours|parcours|programme|module|webinaire|certificat|badge|stage)\b)|cette|dieser|diese|dieses|questo|questa|deze|dit|the\s+following|el\s+siguiente|la\s+siguiente|le\s+(?:cours|programme)\s+suivant|folgende[nrs]?)\b|^(?:貴殿は|あなたは)?(?:下記|以下|上記)の|^(?:your|my|ihr|ihre|votre|tu|su)\s(?:.*\s)?(?:certificate|zertifikat|certificat|certificado|badge|teilnahmebestätigung|teilnahmebescheinigung|bescheinigung|attestation|constancia)$/iu;

/**
 * Two sentences run together: a full stop and a capitalised word, then more words. Case matters here, so it is not
 * part of CUT_OR_SENTENCE (under its i flag \p{Lu} matches any letter: "pt. two" would be a sentence). An initial's
 * full stop ("Cisco U. Live") is not a sentence's end.
 */
const TWO_SENTENCES = /(?<!(?:^|\s)\p{Lu})[.!?。]\s+\p{Lu}.*\s.*\s/u;

/** Buttons and navigation a heading may hold: "Download certificate", "Share", "Back to courses". */
const UI_WORDS =
  /^(?:download|share|print|view|verify|add\s+to|back(?:\s+to)?|home|menu|sign\s+(?:in|out)|log\s*(?:in|out)|continue|next|previous|resume|start|explore|browse|my\s+(?:learning|courses|profile|account)|herunterladen|teilen|télécharger|partager|descargar|compartir|ダウンロード|共有)\b/iu;

/** A "title" that is really a duration, a number, a date or credits: a type tag such as "Course" beside "6h 10m". */
const NOT_A_TITLE =
  /^(?:[\d\s.,:/-]+|\d+(?:[.,]\d+)?\s*(?:total\s+)?(?:h|hrs?|hours?|min|minutes?|m)(?:\s*\d+\s*(?:m|min|minutes?))?|\d+(?:[.,]\d+)?\s*(?:CE|CEUs?|CPEs?|PDUs?)?\s*credits?)$/i;

/** The heading of a section of other courses or events: "Recommended for you", "Continuez à apprendre", 「おすすめ」. */
export const OTHER_COURSES_HEADING =
  /^(?:recommended|suggested|related|up\s+next|what'?s\s+next|next\s+steps?|(?:continue|keep)\s+learning|you\s+(?:might|may)\s+also|more\s+(?:courses|webinars|events|from)|upcoming|popular|trending|similar|explore\s+more|continuez\s+à\s+apprendre|recommandé|à\s+suivre|prochains?|empfohlen|weitere|nächste|ähnliche|próximos?|recomendad|relacionad|más\s+(?:cursos|webinars)|(?:cursos|courses|cours|kurse|corsi)\s+(?:incluidos|included|inclus|enthalten|inclusi)|included\s+courses|consigliat|prossimi|correlat|aanbevolen|volgende|könnte\s+sie\s+auch\s+interessieren|das\s+könnte|vous\s+aimerez|te\s+puede\s+interesar|también\s+te|potrebbe\s+interessarti|おすすめ|関連|次の)/iu;
/**
 * A section of other courses, narrower than the headings refused as titles: its credits, dates and lengths are
 * left unread (labels.ts), so a section of the page's own ("Weitere Informationen") must never match.
 */
export const OTHER_COURSES_SECTION =
  /^(?:recommended(?:\s+for\s+you)?|suggested(?:\s+for\s+you)?|related\s+(?:courses|content|learning|webinars|events|badges)|you\s+(?:might|may)\s+also\s+like|more\s+(?:courses|webinars|events)(?:\s+like\s+this)?|(?:continue|keep)\s+learning|up\s+next|upcoming\s+(?:events|webinars|sessions)|popular\s+courses|das\s+könnte\s+sie\s+auch\s+interessieren|empfohlene?\s+(?:kurse|inhalte|für\s+sie)|weitere\s+(?:kurse|webinare|veranstaltungen)|recommandés?(?:\s+pour\s+vous)?|vous\s+aimerez|continuez\s+à\s+apprendre|prochains\s+(?:webinaires|événements)|recomendad[oa]s?(?:\s+para\s+ti)?|próximos\s+(?:webinars|eventos|cursos)|también\s+te\s+puede\s+interesar|consigliat[io]|prossimi\s+(?:webinar|eventi)|próximas\s+(?:convocatorias|ediciones|fechas)(?:\s+recomendadas)?|prochaines\s+(?:sessions|dates)|nächste\s+termine|aanbevolen|recommended\s+next|what\s+to\s+learn\s+next|other\s+(?:badges|achievements|credentials|certificates)(?:\s+(?:earned|held)\s+by\s+.{1,60})?|more\s+badges(?:\s+(?:from|by|of)\s+.{1,40})?|(?:otras|otros|autres|weitere|andere|altri|altre|outras|outros)\s+(?:insignias|badges|certificados|certificats|credenciales|zertifikate|abzeichen|distintivi|insígnias|credenziali|logros)|おすすめ|関連(?:コース|講座))(?:\s*[(（]\d+[)）])?\s*$/iu;
/** What a learning system calls the page itself: "Learning History", "Course completion status", "Item Details". */
const PAGE_KIND =
  /^(?:(?:your\s+)?progress|(?:my|mes|meine|mis|mi|minhas|meus)\s+(?:\p{L}+\s+){0,3}(?:sessions|events?|eventos?|événements?|veranstaltungen|courses|credits|certificates|badges|achievements|learning|transcript|trainings?|kurse|formations|cursos|certificados|créditos|crédits)|submission\s+details|(?:class|training|learning|course|attendance)\s+records?|continuing\s+(?:professional\s+)?education|educaci[óo]n\s+continua|formation\s+continue|weiterbildung|formazione\s+continua|educa[çc][ãa]o\s+continuada|permanente\s+educatie|継続教育|(?:[\p{L}.]+\s+){0,4}(?:learning|training|education|learner|student|partner)\s+portal|(?:cpe|ce|pdu|ceu)\s+(?:records?|credits?|history)|(?:my|mes|meine|mijn|mis|i\s+miei|minhas|meus)\s+(?:[\p{L}-]+\s+){0,2}(?:learning|courses|cours|kurse|cursos|corsi|leeractiviteiten|activities|activités|aktivitäten|actividades|atividades|trainings?|formations|records|credits|créditos|crédits|cpes?|pdus?|ceus?|certificates|certificados|certificats|zertifikate|badges|dashboard|transcript|progress|achievements)|(?:my|mon|mein|mi|meu|il\s+mio)\s+(?:space|espace|bereich|espacio|espaço|dashboard|tableau\s+de\s+bord|history|historique|verlauf|historial|histórico|cronologia|panel|área)|dashboard|tableau\s+de\s+bord|(?:certificate|credential)\s+(?:validation|verification)|valida[çc][ãa]o\s+de\s+certificado|verificación\s+de\s+certificado|learning\s+history|course\s+completion(?:\s+(?:status|report|(?:&|and)\s+certificates?))?|completion\s+(?:status|report|details)|(?:course|item|activity|training|record|(?:event\s+)?registration)\s+details|(?:continuing\s+education\s*[–—-]\s*)?attendance\s+confirmation|transcript(?:\s+details)?|my\s+(?:learning|transcript|courses|training)|lernhistorie|weiterbildungshistorie|historique\s+de\s+formation|historial\s+de\s+aprendizaje|受講履歴|学習履歴|実績|成果|トロフィー|バッジ|achievements?|trophies|erfolge|réalisations|logros)$/iu;
/** "Grace Mwangi's Certificate of Completion": the learner's certificate, named after the learner, not the course. */
const LEARNERS_CERTIFICATE = /^.{2,60}?['’]s\s+(?:certificate|badge|credential|award|transcript)\b/iu;
/**
 * What a heading puts before or after the course's name and a reader leaves out: "My CE Credits - Cisco Live Amsterdam
 * 2026", "Mon espace – Attestation CPE | Rencontres Cyber Lyon 2026" (each leading part that is no title), "Cisco Live
 * Amsterdam 2026 (9–13 February 2026)", "… (28 heures, dont 12 heures de travaux pratiques)" (a date or an amount in
 * brackets at the end).
 */
const LEADING_PART = /^(.{2,60}?)\s+[|–—·-]\s+(\S.+)$/u;
const TRAILING_BRACKETS = /^(.{3,}?)\s*[(（]([^()（）]{3,80})[)）]$/u;
const MAX_LEADING_PARTS = 3;

function withoutLeadingKinds(title: string): string {
  let text = title;
  for (let n = 0; n < MAX_LEADING_PARTS; n += 1) {
    const m = LEADING_PART.exec(text);
    const lead = m?.[1];
    // "Course Completion Certificate - Daniel Okafor" is the learner's certificate: kept whole, for the tests to refuse.
    if (!m || !lead || (looksLikeName(m[2]!) && !PAGE_KIND.test(m[2]!)) || !(PAGE_KIND.test(lead) || CERTIFICATE_HEADING.test(lead) || KIND_ONLY.test(lead) || SITES_CERTIFICATE.test(lead) || STATUS_WORDS.test(lead))) break;
    text = m[2]!;
  }
  return text;
}

function withoutTrailingDetails(title: string): string {
  const m = TRAILING_BRACKETS.exec(title);
  if (!m) return title;
  const inside = m[2]!;
  const isDetail = parseDate(inside) !== undefined || /\d\s*[–—-]\s*\d/.test(inside) && /\d{4}/.test(inside) || HOURS_OR_AMOUNT.test(inside);
  return isDetail ? m[1]! : title;
}

/** "28 heures, dont …", "3 days", "24 CE", "4 CPE credits": a length or an amount. */
const HOURS_OR_AMOUNT = /^\d+(?:[.,]\d+)?\s*(?:h|hrs?|hours?|heures?|stunden|horas|ore|uur|days?|jours?|tage|días|giorni|dagen|min(?:utes)?|CE|CEUs?|CPEs?|PDUs?|credits?|crédits?|créditos)\b/iu;
/** A certificate's kind on its own, with a program's unit: "Attestation CPE", "CPE Certificate", "Course Completion Attestation". */
const KIND_ONLY =
  /^(?:(?:CPE|CE|PDU|CEU)[\s-]+)?(?:course\s+completion\s+)?(?:certificate|attestation|certificat|zertifikat|nachweis|certificado|constancia|attestato)(?:\s+(?:(?:de|of|des)\s+)?(?:crédits?|credits?|créditos|crediti)?\s*(?:CPE|CE|PDU|CEU))?$|^(?:CPE|CE|PDU|CEU)?\s*(?:証明書|修了証(?:明書)?|受講証明書|認定証)$/iu;
/** "… CPE証明書": a unit's certificate after a course's name in a page's title. */
export const UNITS_CERTIFICATE_AT_END = /^(.{3,}?)\s+(?:CPE|CE|PDU|CEU)[\s-]?(?:certificate|証明書|attestation|zertifikat|certificado)$/iu;

/** "TryHackMe Certificate THM-8QJZ2XKP4R": the site's certificate and its number, which name no course. */
const SITES_NUMBERED_CERTIFICATE = /^\S+\s+(?:certificate|certificat|zertifikat|certificado|certificato|certificaat)\s+(?=\S*\d)[A-Z0-9][A-Z0-9-]{5,}$/iu;
/** "Udacity Certificate | …": one word, the site's, before the kind of document and the course (left off the title). */
const SITES_CERTIFICATE = /^\S+\s+(?:certificate|certificat|zertifikat|certificado|certificato|certificaat)$/iu;

/** "Ngozi Adeyemi's Certificate of Completion for Learn SQL": the course the learner's certificate is for. */
const LEARNERS_CERTIFICATE_FOR =
  /^.{2,60}?['’]s\s+(?:certificate|statement|badge|credential)(?:\s+of\s+(?:completion|accomplishment|achievement|attendance|participation))?\s+(?:for|in)\s+(\S.*)$/iu;
/** "Attendee Ravi Shankar", "Alumno/a Sofía Martínez": the learner, after the label a certificate prints before the name. */
const LEARNER_LABEL =
  /^(?:attendee|participant|student|learner|recipient|awarded\s+to|presented\s+to|alumn[oa](?:\/a)?|nombre|participante|asistente|teilnehmer(?:in)?|teilnehmende[rs]?|nom|participante?|stagiaire|partecipante|deelnemer|受講者|氏名)(?:\s*[:：]\s*|\s+)/iu;
/** "Instructors Nadia Karimova", "Referent: Dr. Stefan Wolf": who taught, after the label a certificate prints before them. */
const TEACHER_LABEL =
  /^(?:instructors?|trainers?|teachers?|speakers?|presenters?|facilitators?|lecturers?|referent(?:in|en)?|dozent(?:in|en)?|trainer(?:in)?|formateur|formatrice|intervenant(?:e|s)?|ponentes?|instructor(?:a|es)?|docentes?|relatori?|formador(?:a|es)?|講師|登壇者)(?:\s*[:：]\s*|\s+)/iu;
/** "Length 81.5 total hours", "Durée : 7 h": a length after its label, set as large as a title. */
const LENGTH_AFTER_LABEL = /^(?:length|duration|dauer|durée|duración|durata|duração|duur|total)\s*[:：]?\s*\d/iu;
/** Labels of a learning system's record that are none of the fields read: "Item Type", "Delivery Method", "Status". */
const OTHER_LABEL =
  /^(?:item\s+(?:type|id|details|title)|type|category|language|format|delivery\s+(?:method|type)|status|revision\s+(?:date|number)|assignment\s+type|required\s+(?:by|date)|due\s+date|location|instructor|trainer|level|version|source|domain|participants|grades|competencies|content\s+type|partecipanti|valutazion[ei]|competenze|teilnehmer(?:\/innen|innen)?|bewertungen|kompetenzen|participantes|calificaciones|competencias|avaliações|deelnemers|beoordelingen|course\s+(?:details|overview|information))[\s:：]*$/iu;
/** "… Skill Badge earned by Emily Tran", "… earned by Priya Raman": who earned it, after the badge's name. */
const EARNED_BY_TAIL = /(?:\s+(?:skill\s+)?badge)?\s+earned\s+by\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;
/** "ISO27001-ENG: Certificate", "Digital course · Fundamental": a code or a kind of item, then what the page is. */
const CODE_THEN_KIND = /^(?:[A-Z0-9][A-Z0-9_.-]{2,20}\s*[:：]\s*(?:certificate|certificat|zertifikat|certificado|course\s+completion)|(?:digital|online|self-paced|instructor-led|virtual|e-?learning)?\s*(?:course|learning\s+plan|path|lab|webinar|module)\s*[·|•]\s*(?:fundamental|foundational|beginner|intermediate|advanced|expert|\d+\s*(?:h|hours?|min))\b.*)$/iu;
/** A certificate heading followed by what it is for or whose it is: "Constancia de asistencia – Cisco Live 2026". */
const CERTIFICATE_HEADING_WITH_MORE = new RegExp(`^(?:${CERTIFICATE_HEADING.source.slice(4, -2)})(?:\\s*[–—:|]\\s*|\\s+-\\s+|\\s+(?:de|of|von|du|for|für|para|di)\\s+)\\S`, 'iu');
/** A quoted course name with the sentence that follows it: "SISE v4.0 » qui s'est déroulée" (its opening quote cut off). */
const TAIL_AFTER_CLOSING_QUOTE = /^([^«“„"「『]{3,}?)\s*[»”"」』]\s+\S.*$/u;

let knownLabels: readonly RegExp[] | undefined;

/**
 * The middle of a sentence: a text that begins with a small word no course name begins with ("and passed the practical
 * assessment", "on Tuesday, February 24, 2026", "correctamente el curso …", "les conférences et ateliers ci-dessous").
 * Case matters: "The Bits and Bytes of Computer Networking" and "On-Premises Networking" are names.
 */
const SENTENCE_FRAGMENT =
  /^(?:and|or|but|on|in|at|of|for|with|from|by|to|as|the|a|an|this|that|which|who|has|have|had|was|were|is|are|hat|ha|heeft|y|e|o|ou|et|und|oder|en|de|del|la|el|los|las|le|les|un|una|une|des|du|au|aux|com|con|avec|mit|am|im|zum|zur|der|die|das|den|dem|il|lo|gli|per|da|do|dos|das|na|no|het|een|op|van|voor|met|correctamente|satisfactoriamente|exitosamente|successfully|erfolgreich)\s/u;

/** "FCF-GSC-30", "SEC-RETI-26": a course's code alone, which a record lists beside its name. */
const CODE_ONLY = /^(?=[^\s]*\d)[A-Z0-9]{2,}(?:[-_./][A-Z0-9]{1,})+$/;

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

/** "Daniel Okafor Submitted: Apr 14, 2026 at 3:02pm": a time of day and a year, which a course's name never holds. */
const TIME_AND_YEAR = /(?=.*\b(?:19|20)\d{2}\b).*(?<![\d.])\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?![\d.])/iu;

/** A line that is only a date ("Aug 30, 2024", "14. März 2026"): its letters are at most a month's name. */
function isDateOnly(text: string): boolean {
  return text.length <= 40 && parseDate(text) !== undefined && text.replace(/[\d\s\p{P}]/gu, '').length <= 12;
}

function samePerson(a: string, b: string): boolean {
  const key = (s: string) => foldedText(s).replace(/[^\p{L}]+/gu, ' ').trim();
  return key(a) === key(b);
}

/**
 * What kind of document the page is, before the course it is for: "Abschlusszertifikat für …", "Learning Record: …",
 * "Your CPE Certificate · …", "CPE-Teilnahmenachweis – …", "Constancia de asistencia – …". A preposition that forms the
 * kind's own name ("Certificate of Completion") is no separator.
 */
const KIND_BEFORE_TITLE =
  /^(?:(?:your|my|mein|meine|mon|ma|votre|mi|tu|su)\s+)?(?:(?:CPE|CE|PDU)[-\s]+)?(?:(?:abschluss|teilnahme)?zertifikat|certificate(?:\s+of\s+(?:completion|attendance|achievement|participation))?|certificat(?:\s+de\s+(?:réussite|participation))?|certificado(?:\s+de\s+(?:finalización|participación|asistencia|participação|conclusão|presença))?|certificato(?:\s+di\s+(?:partecipazione|completamento))?|attestato(?:\s+di\s+(?:partecipazione|frequenza|completamento))?|(?:deelname)?certificaat|bewijs\s+van\s+deelname|attestation(?:\s+de\s+(?:participation|formation|réussite|présence))?|constancia(?:\s+de\s+(?:asistencia|participación))?|(?:teilnahme)?(?:nachweis|bescheinigung)|修了証明書|修了証|受講証明書|learning\s+record|training\s+record|record|badge|credential|insignia(?:\s+de\s+habilidad)?|insígnia|abzeichen|distintivo|credencial|course\s+completion(?:\s+(?:attestation|certificate|&\s+certificate))?)\s*(?:[–—:|·]\s*|\s-\s|\s+(?:für|for|pour|para)\s+)(?=\S)/iu;

/** A certificate's full name and the course it is for: "Certificado de finalización de …", "Certificate of Completion for …". */
const KIND_OF_TITLE =
  /^(?:certificate\s+of\s+(?:completion|attendance|achievement|participation)|certificado\s+de\s+(?:finalización|participación|asistencia|conclusão|aprovechamiento)|certificat\s+de\s+(?:réussite|participation|formation)|attestation\s+de\s+(?:participation|formation|réussite|présence|fin\s+de\s+formation)|constancia\s+de\s+(?:asistencia|participación|finalización)|teilnahmebestätigung|teilnahmebescheinigung|attestato\s+di\s+(?:partecipazione|frequenza|completamento))\s+(?:de(?:l)?|of|for|du|pour|para|da|do|di|über|zu[mr]?|für)\s+(?=\S)/iu;
/**
 * A course quoted after the words that introduce it: "Thanks for joining “Detection Engineering with Sigma Rules”",
 * "Webinar: «Zero Trust en la práctica»". A title that quotes a word of its own ('Cisco "Zero Trust" Design') goes on after it.
 */
const QUOTED_AFTER_WORDS = /^[^“"„«「『]{2,80}?(?:\p{Ll}|[:：])\s*[“"„«「『]([^“”"„«»「」『』]{3,})[”"“»」』]\s*[.!。]?$/u;

function kindUnlessNamed(kind: string, _at: number, whole: string): string {
  const rest = whole.slice(kind.length);
  return looksLikeName(rest) || !/\s/.test(rest.trim()) ? kind : '';
}

/** A candidate title as a reader would type it: decorative quotes, a leading colon and a trailing status badge off. */
function tidyTitle(value: string | undefined): string | undefined {
  const text = cleanText(value, MAX_TITLE_LENGTH);
  if (!text) return undefined;
  // A heading that is a whole sentence ("Sofía Martínez ha completado Redes Cisco …") names the course in it.
  const named = (titleAfterCompletion(text) ?? text).replace(LEARNERS_CERTIFICATE_FOR, '$1');
  return withoutTrailingDetails(withoutLeadingKinds(named))
    // "Course Completion Certificate: Daniel Okafor", "Certificat de réussite de Camille Dubois" are the learner's,
    // "Certificado de finalización de Udemy" the issuer's (one word): the tests below refuse them whole.
    .replace(KIND_BEFORE_TITLE, kindUnlessNamed)
    .replace(KIND_OF_TITLE, kindUnlessNamed)
    .replace(QUOTED_AFTER_WORDS, '$1')
    .replace(/^[\s:：・\-–—|›»]+/u, '')
    .replace(/^[“"„«「『]\s*([^“”"„«»「」『』]+?)\s*[”"“»」』]$/u, '$1')
    .replace(TAIL_AFTER_CLOSING_QUOTE, '$1')
    .replace(TRAILING_STATUS, '')
    // "Build a Secure Google Cloud Network Skill Badge earned by Emily Tran": the badge, without whose it is.
    .replace(EARNED_BY_TAIL, '')
    .trim();
}

/** The reason given for a person's name: the one refusal no fallback may override. */
export const PERSON = 'a person’s name';

export type TitleVerdict = { title: string; rejected?: undefined } | { title?: undefined; rejected: string };

/** The tests, in order, each with the reason a reader is given when a candidate fails it. */
export const SENTENCE_OR_CUT = 'cut short, a sentence, or words pointing at the course';
const TESTS: ReadonlyArray<readonly [string, (title: string) => boolean]> = [
  ['no letters', (t) => !/\p{L}/u.test(t)],
  ['a blank to fill in', (t) => /_{3,}/.test(t)],
  ['an address, an e-mail or a web link', (t) => /\S+@\S+\.\S+|https?:\/\/|www\./i.test(t)],
  ['a fragment of a sentence', (t) => /^\p{Ll}[\p{Ll}-]*$/u.test(t) || SENTENCE_FRAGMENT.test(t)],
  ['a certificate heading', (t) => GENERIC_TITLES.test(t) || CERTIFICATE_HEADING.test(t) || KIND_ONLY.test(t) || LEARNERS_CERTIFICATE.test(t) || CERTIFICATE_HEADING_WITH_MORE.test(t) || SITES_NUMBERED_CERTIFICATE.test(t) || CODE_THEN_KIND.test(t)],
  ['the learner, after a label', (t) => {
    const label = LEARNER_LABEL.exec(t);
    return label !== null && /^\p{Lu}/u.test(t.slice(label[0].length));
  }],
  ['a person, after a label', (t) => {
    const label = TEACHER_LABEL.exec(t);
    return label !== null && /^\p{Lu}/u.test(t.slice(label[0].length));
  }],
  ['a duration, a number or an amount of credits', (t) => NOT_A_TITLE.test(t) || AMOUNT_IN_TITLE.test(t) || LENGTH_AFTER_LABEL.test(t)],
  ['a status badge or a greeting', (t) => STATUS_WORDS.test(t) || GREETING.test(t)],
  ['what the learning system calls the page', (t) => PAGE_KIND.test(t)],
  ['a button or navigation', (t) => UI_WORDS.test(t) && t.split(' ').length <= 5],
  ['the heading of a section of other courses', (t) => (OTHER_COURSES_HEADING.test(t) && t.split(' ').length <= 6) || OTHER_COURSES_SECTION.test(t)],
  // "Comments:", "Certificate Recipient:": a text that ends with its colon introduces what follows it.
  ['a field label', (t) => isLabelOnly(t) || OTHER_LABEL.test(t) || LABEL_AND_NUMBER.test(t) || /[:：]$/u.test(t)],
  ['a date', (t) => isDateOnly(t) || TIME_AND_YEAR.test(t)],
  ['a code', (t) => CODE_ONLY.test(t)],
  ['a level or the learning system’s name', (t) => NOT_A_COURSE_NAME.test(t)],
  [SENTENCE_OR_CUT, (t) => CUT_OR_SENTENCE.test(t) || TWO_SENTENCES.test(t)],
];

/**
 * A title read from a document, or why it is none: the word "Certificate" in some language, a status badge
 * ("Completed", "Abgeschlossen", "完了"), a greeting, a button, a field's label, a date, a number, or the learner's
 * own name (`people`: the recipient the document names and the user's name from the settings).
 */
export function judgeTitle(value: string | undefined, people: readonly string[] = []): TitleVerdict {
  if (value !== undefined && !/\p{L}/u.test(value)) return { rejected: 'no letters' };
  const title = tidyTitle(value);
  if (!title) return { rejected: 'empty' };
  for (const [reason, fails] of TESTS) if (fails(title)) return { rejected: reason };
  // A first name alone ("More badges from Ethan") stands for the learner whose full name it begins.
  // A line that begins with the learner's name is about the learner ("田中 悠人 さんがトロフィーを獲得しました").
  const named = people.some((person) => samePerson(person, title) || (!/\s/.test(person.trim()) && looksLikeName(title) && samePerson(person, title.split(/\s+/)[0]!))
    || (/\s/.test(person.trim()) && title.startsWith(`${person.trim()} `)));
  return named ? { rejected: PERSON } : { title };
}

/** Why a text names the page or a field rather than anything on it: "Mon historique", "Learner Dashboard", "Certificate". */
const PAGE_WORD_REASONS = new Set(['what the learning system calls the page', 'the learner, after a label', 'a certificate heading', 'a status badge or a greeting', 'a field label', 'a button or navigation']);

/** Whether a part of a page title is what the page is ("Learner Dashboard", "Certificate", "Student Portal"), not a name. */
export function namesThePage(text: string): boolean {
  const rejected = judgeTitle(text).rejected;
  return rejected !== undefined && PAGE_WORD_REASONS.has(rejected);
}

export function usableTitle(value: string | undefined, people: readonly string[] = []): string | undefined {
  return judgeTitle(value, people).title;
}

/**
 * Where a candidate was found, most telling first: a credential's own field (Open Badges, JSON-LD), a labelled value
 * ("Course: …"), the line a layout sets apart after the completion wording, the wording's own words ("has
 * successfully completed …"), a heading the page's title repeats, the main heading, the page's title, a lower heading.
 */
export type TitleSource = 'credential' | 'labelled' | 'emphasised' | 'wording' | 'named-heading' | 'heading' | 'page-title' | 'subheading';

const SOURCE_SCORE: Record<TitleSource, number> = {
  credential: 90,
  labelled: 80,
  emphasised: 75,
  wording: 70,
  'named-heading': 60,
  heading: 50,
  'page-title': 40,
  subheading: 30,
};
/** Each other, independent kind of source that names the same title. */
const AGREEMENT_SCORE = 10;
/**
 * Sources that read the same text are one piece of evidence: a layout's emphasised line is also one of its headings,
 * and a heading the page's title repeats is counted as such already.
 */
const EVIDENCE: Record<TitleSource, string> = {
  credential: 'credential',
  labelled: 'label',
  emphasised: 'layout',
  wording: 'wording',
  'named-heading': 'layout',
  // Quoted: unquoted, the i18n key scan (test/ui/i18n-keys.test.ts) would read "heading: '…'" as a message key.
  'heading': 'layout',
  'page-title': 'page-title',
  subheading: 'layout',
};
/** "Northfield State University", "NetWerk Akademie GmbH": an organisation's name, which a certificate sets as large as its course. */
const ORGANISATION_NAME =
  /(?:^|\s)(?:university|universit(?:y|ä|é|à)t?|universidad|universidade|college|institute|institut|instituto|istituto|academy|akademie|académie|academia|accademia|school|schule|école|escuela|corporation|chapter|chapitre|capítulo|capitolo)$|^(?:university|universität|université|universidad|school|college)\s+of\s/iu;
/** A legal form closes a company's name; case matters ("Introduction to SAS" is a course). */
const LEGAL_FORM_AT_END = /\s(?:Ltd\.?|GmbH|Inc\.?|LLC|S\.A\.S?\.?|SAS|S\.r\.l\.|S\.L\.|Pvt\.?\s*Ltd\.?|e\.\s?V\.)$|株式会社/u;

/** Whether a text reads as an organisation's name: "Northfield State University", "ISACA Germany Chapter e.V.". */
export function readsAsOrganisation(text: string): boolean {
  return ORGANISATION_NAME.test(text) || LEGAL_FORM_AT_END.test(text);
}

/** Whether a text reads as a company's or a chapter's name, never a course's ("Leadership Academy" may be one). */
export function readsAsCompany(text: string): boolean {
  return LEGAL_FORM_AT_END.test(text) || /\bchapter$/i.test(text);
}
const ORGANISATION_SCORE = -15;
/** A title longer than this reads like a sentence or a title with its subtitle and more. */
const LONG_TITLE = 120;
const LONG_TITLE_SCORE = -15;

export interface TitleCandidate {
  text: string;
  source: TitleSource;
}

export interface RankedTitle {
  title: string;
  score: number;
  /** How the score was reached, e.g. ["labelled +80", "also named by: page-title +10"]. */
  reasons: string[];
}

export interface TitleRanking {
  best?: RankedTitle;
  ranked: RankedTitle[];
  rejected: Array<{ text: string; source: TitleSource; reason: string }>;
}

const titleKey = (title: string) => title.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** "… laboratorios en Udemy", "… on LinkedIn Learning": the site a sentence names after the course is not part of it. */
function withoutSite(title: string, siteKeys: ReadonlySet<string>): string {
  const after = /^(.{3,}?)\s+(?:on|en|em|sur|auf|bei|via|at|through|op|su)\s+(\S.{1,60})$/iu.exec(title);
  if (after && siteKeys.has(titleKey(after[2]!))) return after[1]!;
  // "Fortinet Training Institute: Getting Started in Cybersecurity 3.0": the site's name before the course.
  const before = /^(\S.{1,60}?)\s*(?::|\s[–—|·-])\s+(\S.{2,})$/u.exec(title);
  return before && siteKeys.has(titleKey(before[1]!)) ? before[2]! : title;
}

/**
 * Whether `text` holds "…: title" after words of its own and goes on after it ("The Complete CCNA Course: Labs, … and
 * Exam Prep"), not only after a label ("Course: Safe Parsing") nor ending with it ("Module 4: Cloud Basics").
 */
function holdsAfterItsOwnWords(text: string, title: string): boolean {
  const at = text.indexOf(`: ${title}`);
  // The heading goes on past the labelled part ("… Automation and Exam Prep"): the label split a title set over lines.
  return at > 0 && !isLabelOnly(text.slice(0, at)) && at + title.length + 2 < text.length;
}

/**
 * "K KEYSTONE" for Keystone Learning Partners Ltd: a short line of an issuer's words only (a letter of its logo aside),
 * which its artwork sets as large as a course.
 */
function isWordmarkOf(title: string, siteWords: ReadonlyArray<ReadonlySet<string>>): boolean {
  const words = titleKey(title).split(/[\s.,&-]+/).filter((word) => word.length > 1);
  // Set in capitals, or one word: "Cloud Security" under the Cloud Security Alliance may well be a course.
  const setAsWordmark = words.length === 1 || (title === title.toUpperCase() && /\p{Lu}/u.test(title));
  return setAsWordmark && words.length > 0 && words.length <= MAX_WORDMARK_WORDS && siteWords.some((site) => words.every((word) => site.has(word)));
}
const MAX_WORDMARK_WORDS = 3;

/** The candidates that pass judgeTitle, best first (ties keep the order they were found in), with the reasons. */
export function rankTitles(candidates: readonly TitleCandidate[], people: readonly string[] = [], sites: readonly string[] = []): TitleRanking {
  const rejected: TitleRanking['rejected'] = [];
  // Spaces aside too: "NETLOGIQ TRAINING" is the wordmark of netlogiq-training.co.uk.
  const siteKeys = new Set(sites.flatMap((site) => [titleKey(site), titleKey(site).replace(/\s+/g, '')]));
  const siteWords = sites.map((site) => new Set(titleKey(site).split(/[\s.,&-]+/).filter(Boolean)));
  // Each title once, with every source that named it and the text its most telling source gave.
  const byTitle = new Map<string, { title: string; sources: TitleSource[] }>();
  for (const { text, source } of candidates) {
    const verdict = judgeTitle(text, people);
    if (verdict.rejected !== undefined) {
      rejected.push({ text, source, reason: verdict.rejected });
      continue;
    }
    // "Course: Labs, Subnetting, Automation" read as a label inside a title set over three lines ("The Complete Cisco
    // CCNA 200-301 / Course: Labs, …"): the heading holds it after its colon, and is the title.
    if (source === 'labelled' && candidates.some((other) => other.source !== 'labelled' && holdsAfterItsOwnWords(other.text, verdict.title) && judgeTitle(other.text, people).title !== undefined)) {
      rejected.push({ text, source, reason: 'part of a longer heading' });
      continue;
    }
    const title = withoutSite(verdict.title, siteKeys);
    const key = titleKey(title);
    // "Certificado de finalización de Udemy": what is left of a certificate's heading may be the site's own name.
    if (siteKeys.has(key) || siteKeys.has(key.replace(/\s+/g, ''))) {
      rejected.push({ text, source, reason: 'the site’s own name' });
      continue;
    }
    if (isWordmarkOf(title, siteWords)) {
      rejected.push({ text, source, reason: 'the issuer’s wordmark' });
      continue;
    }
    const entry = byTitle.get(key);
    if (!entry) byTitle.set(key, { title, sources: [source] });
    else {
      if (entry.sources.every((known) => SOURCE_SCORE[source] > SOURCE_SCORE[known])) entry.title = title;
      entry.sources.push(source);
    }
  }
  const layoutTitles = [...byTitle.values()].filter(({ sources }) => sources.some((source) => EVIDENCE[source] === 'layout')).length;
  const ranked = [...byTitle.values()].map(({ title, sources }): RankedTitle => {
    const [first, ...others] = [...sources].sort((a, b) => SOURCE_SCORE[b] - SOURCE_SCORE[a]);
    const reasons = [`${first} +${SOURCE_SCORE[first!]}`];
    let score = SOURCE_SCORE[first!];
    const agreeing = [...new Set(others.filter((s) => EVIDENCE[s] !== EVIDENCE[first!]).map((s) => EVIDENCE[s]))];
    if (agreeing.length > 0) {
      score += AGREEMENT_SCORE * agreeing.length;
      reasons.push(`also named by: ${agreeing.join(', ')} +${AGREEMENT_SCORE * agreeing.length}`);
    }
    // Only among the layout's own lines: against a page title, a heading naming a school may well be the course.
    if ((ORGANISATION_NAME.test(title) || LEGAL_FORM_AT_END.test(title)) && EVIDENCE[first!] === 'layout' && layoutTitles > 1) {
      score += ORGANISATION_SCORE;
      reasons.push(`reads as an organisation's name ${ORGANISATION_SCORE}`);
    }
    if (title.length > LONG_TITLE) {
      score += LONG_TITLE_SCORE;
      reasons.push(`longer than ${LONG_TITLE} characters ${LONG_TITLE_SCORE}`);
    }
    return { title, score, reasons };
  });
  // A stable sort: among equal scores, the candidate found first stays first.
  ranked.sort((a, b) => b.score - a.score);
  return { best: ranked[0], ranked, rejected };
}
