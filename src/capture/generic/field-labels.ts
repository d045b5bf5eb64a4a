/**
 * The labels a certificate page or PDF prints before each field, in the languages the readers know (en, de, fr,
 * es, ja, it, pt, nl). Each must lead its text (see ../dom.ts). Kept apart from the reading (labels.ts) and from
 * the title's tests (title.ts), which both ask whether a text is only a label.
 */
import type { CreditUnit } from '../../domain/schema';

/**
 * One label pattern from several. Each PageReader question walks every text node of the page, so the
 * languages' variants of a label are asked as one question (a 50,000-element page stays fast); within it the
 * first label in document order wins.
 */
export function anyOf(...labels: RegExp[]): RegExp {
  return new RegExp(labels.map((label) => `(?:${label.source})`).join('|'), 'iu');
}

// Labels must lead their text (see dom.ts).
export const CODE_LABELS = [anyOf(
  // Longer forms first: the first alternative that matches wins, and "ID de certificado" would leave "válido" as the value.
  /^(?:valid\s+certificate\s+id|id\s+de\s+certificado\s+v[áa]lido|identifiant\s+de\s+certificat\s+valide|id\s+de\s+l['’]identifiant|id\s+de\s+asistencia|n[úu]mero\s+de\s+asistencia|identifiant\s+de\s+présence|teilnahme-?id)/i,
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
  /^(?:attendance\s*(?:record\s*)?|transaction|record)\s*(?:id|number|no\.?)/i,
  /^(?:identifiant|référence)\s*(?:du|de\s*l['’])\s*(?:certificat|attestation)/i,
  /^n[°º]\s*d['’]\s*attestation/i,
  /^(?:bestätigungs|nachweis|bescheinigungs)-?\s*(?:nummer|nr\.?)/i,
  /^(?:código|número)\s*de\s*(?:constancia|diploma)/i,
  /^(?:受講証明番号|証明番号|修了番号|認定証番号)/,
  /^id\s*(?:du|de\s*la|del|de|des|do|da)\s*(?:certificat|certificado|credencial|credential|attestation|certificato|diploma)/i,
  /^(?:numero|n\.?\s*)\s*(?:del?\s*)?certificat[oe]/i,
  /^(?:folio|certificaatnummer|certificaat-?id|número\s*do\s*certificado)/i,
  // "Anmelde-ID" (Microsoft Learn in German), "codice del certificato", "código de validação", "verificatiecode".
  /^(?:anmelde|nachweis|badge|urkunden)-?\s*id\b/i,
  /^(?:codice|numero|id)\s*(?:del\s*|di\s*)?(?:certificato|attestato|credenziale|verifica)/i,
  /^(?:código|id|número)\s*(?:d[aoe]\s*)?(?:certificado|credencial|verificação|validação|autenticação)/i,
  /^(?:verificatie|validatie|badge)-?\s*(?:code|nummer|id)/i,
  /^(?:認定|資格情報|クレデンシャル|バッジ)\s*(?:ID|番号)/i,
  /^(?:修了証|証明書|認定証|受講証明書)\s*(?:ID|番号|No\.?)/i,
  /^修了証明書\s*(?:ID|番号|No\.?)/i,
  // "CPE Certificate No.", "Abschlussnachweis-Nr.", "Nr. der Teilnahmebestätigung", "Certificado válido ID", "Attestation n°".
  /^\p{L}+\s+certificate\s*(?:id|number|no\.?|#)/iu,
  /^[\p{L}-]*(?:nachweis|bescheinigung|bestätigung|zertifikat|urkunde)s?-?\s*(?:nr\.?|nummer)/iu,
  /^(?:nr\.?|nummer)\s+(?:der|des)\s+(?:teilnahme\p{L}*|bescheinigung|zertifikat\p{L}*|urkunde|nachweis\p{L}*)/iu,
  /^certificado\s+(?:válido\s+)?(?:id|n\.?º|nº|número)/i,
  /^attestation\s*n[°º]/i,
  /^unique\s*(?:id|code)(?=\s*[:：#]|$)/i,
  /^(?:attendance|participation)\s+record(?:\s*#|(?=\s*[:：]|$))/i,
  // "Réf. : SF-26-0142", "Reference No.", "N.º de registro: TR-2026/0871", "Attestato n. FD-2026-0412". A bare "Référence"
  // or "Reference" names the course's reference as often as the certificate's, and is not read.
  /^(?:r[eé]f\.|(?:reference|référence|referencia|riferimento|referentie)\s*(?:no\.?|n[°º.]|number|nummer|número))(?=\s*[:：#]|\s|$)/i,
  /^(?:n\.?\s*[°º]\s*de\s*registro|número\s*de\s*registro|registro\s*n\.?\s*[°º])/i,
  /^attestato\s*(?:n\.|n[°º]|nr\.?|numero)/i,
  /^certificate\s+(?:validation|verification)\s*(?:code|id|number|no\.?)/i,
  /^(?:completion|certificate)\s+(?:reference|ref\.?)(?:\s*(?:no\.?|number))?(?=\s*[:：#]|$)/i,
  // Moodle's custom certificates list each issue in a table whose column is headed "Code" alone; "Code: RRP-201" in a
  // line is a course's code in many learning systems, and is not read.
  /^(?:code|コード|codice|código|kode)$/i,
)];
/**
 * Labels of the day the learner finished: "Completed on", "Date attended", "Abgeschlossen am", "Date de fin", "修了日".
 * Asked before the issue labels, since a certificate issued the day after a webinar dates the webinar's day.
 */
export const COMPLETED_DATE_LABELS = anyOf(
  /^(?:date\s*of\s*completion|(?:(?:course|program(?:me)?|path|training|event)\s+)?completion\s*date|date\s*completed|(?:(?:course|program(?:me)?|path|training|event|module)\s+)?completed(?!\s+by\b)\s*(?:on|date)?)\b/i,
  /^(?:date\s*attended|attended(?:\s*(?:live\s*)?on)?|attendance\s*date|date\s*passed|passed\s*on|achieved\s*on)\b/i,
  /^(?:(?:watched|viewed)(?:\s*on)?|date\s*(?:watched|viewed)|angesehen\s*am|visionnée?\s*le|visto\s*el)(?=\s*[:：]|\s|$)/i,
  /^(?:(?:kurs|schulung|seminar|training)\s+)?abgeschlossen\s*am|^(?:abschlussdatum|datum\s*des\s*abschlusses|bestanden\s*am)/i,
  /^(?:date\s*(?:de\s*|d['’])(?:fin|réussite|complétion|achèvement)|terminée?\s*le|achevée?\s*le|réussie?\s*le)/i,
  /^(?:fecha\s*de\s*(?:finalización|término|terminación)|completado\s*el|finalizado\s*el)/i,
  /^(?:修了日|完了日|受講完了日|達成日|合格日)/,
  // "Terminé par Camille Dubois" / "14 oct. 2026": the date is the next block.
  /^(?:terminée?|concluído|concluido)(?=\s*[:：]|$)/i,
  /^(?:completed|finished|terminée?|abgeschlossen|completado|concluído|finalizado)\s+(?:by|par|von|por|pelo|pela)\s+\D{2,60}$/i,
  /^(?:completato\s*il|data\s*di\s*completamento|concluído\s*em|data\s*de\s*conclusão|voltooid\s*op|afgerond\s*op|datum\s*(?:voltooid|afgerond))/i,
  /^(?:teilgenommen\s*am|datum\s*der\s*teilnahme|finalizado\s*em)/i,
  /^(?:abgeschlossen|beendet|terminé|finalizado|completado|concluído|voltooid)(?=\s*[:：]|$)/i,
);
/** Labels of the day a certificate or badge was issued: "Issued on", "Ausgestellt am", "Fecha de emisión", "発行日". */
export const ISSUED_DATE_LABELS = anyOf(
  /^(?:issued\s*(?:on|date)?|issue\s*date|date\s*(?:of\s*)?issued?|awarded\s*on|date\s*awarded|earned(?:\s*on)?|date\s*earned)\b(?!\s*by)/i,
  /^(?:ausgestellt\s*am|ausstellungsdatum)/i,
  /^(?:délivrée?\s*le|date\s*(?:de\s*|d['’])(?:délivrance|obtention|émission)|obtenue?\s*le)/i,
  /^(?:fecha\s*de\s*(?:emisión|expedición|obtención)|emitido\s*el)/i,
  /^(?:発行日|取得日|認定日|交付日)/,
  // "Emitido" / "14 de octubre de 2026": the date is the next block.
  /^(?:emitid[oa]|expedid[oa]|otorgad[oa]|délivrée?|erteilt|ausgestellt)(?=\s*[:：]|$)/i,
  /^(?:data\s*di\s*(?:conseguimento|rilascio))/i,
  // "Verdient am" (earned on), "rilasciato il", "data de emissão", "uitgegeven op", 「授与日」.
  /^(?:(?:verdient|erworben|erhalten|erteilt)\s*am|datum\s*der\s*ausstellung|émis\s*le|décerné\s*le|(?:otorgad|obtenid|expedid|concedid|emitid)[oa]\s*el|(?:rilasciato|conseguito|emesso|ottenuto)\s*il|data\s*di\s*emissione|data\s*de\s*(?:emissão|obtenção)|(?:emitido|concedido|obtido)\s*em|(?:uitgegeven|behaald|toegekend|afgegeven)\s*op|(?:datum\s*van\s*uitgifte|uitgiftedatum|datum\s*behaald))/i,
  /^(?:授与日|獲得日|認定取得日)/,
);
/**
 * Labels of the day an activity was entered in a certification body's record ("Date Reported" in ISACA's MyCPE,
 * "Submitted on"): a record of an activity done, though the day is not the activity's.
 */
export const REPORTED_DATE_LABELS = [/^(?:date\s*reported|reported\s*on|meldedatum|gemeldet\s*am|date\s*de\s*déclaration|déclarée?\s*le|fecha\s*de\s*reporte|reportad[oa]\s*el|報告日)(?=\s*[:：]|\s|$)/iu];
/** The end date's labels, the day of completion before the day of issue (tried in that order; see dom.ts). */
export const END_DATE_LABELS = [COMPLETED_DATE_LABELS, ISSUED_DATE_LABELS];
/** The labels a list of badges repeats for each: "Issued Oct 20, 2026", "Earned …". A course's criteria say "Completed". */
export const ISSUE_DATE_LABELS = [/^(?:issued|earned|awarded|ausgestellt|délivrée?|émise?|obtenue?|emitid[oa]|obtenid[oa]|rilasciat[oa]|conseguit[oa]|uitgegeven|behaald|conquistad[oa]|発行日|取得日)(?:\s*(?:on|am|le|el|il|em|op))?(?![\p{L}])/iu];
export const START_DATE_LABELS = [anyOf(
  /^(?:(?:(?:activity|course|event|training|session)\s+)?start\s*date|started\s*on|date\s*started)\b/i,
  /^started(?=\s*[:：]|$)/i,
  /^(?:startdatum|beginn|begonnen\s*am)/i,
  /^(?:date\s*de\s*début|commencé\s*le)/i,
  /^(?:fecha\s*de\s*inicio|iniciado\s*el)/i,
  /^(?:開始日|受講開始日)/,
  /^(?:begonnen|gestartet\s*am|iniciado|commencé|data\s*di\s*inizio|data\s*de\s*início|startdatum)(?=\s*[:：]|\s|$)/i,
  /^(?:kursbeginn|débuté\s*le|comenzado\s*el|iniziato\s*il|iniciado\s*em|begindatum|gestart\s*op)/i,
)];
/** The day of the event itself: "Webinar date", "Veranstaltungsdatum", "Fecha del webinar", "Date du webinaire", 「開催日」. */
export const EVENT_DAY_LABEL =
  /^(?:(?:webinar|session|seminar|workshop)\s*dates?|activity\s*date(?!s)|date\s*of\s*(?:the\s*)?(?:event|webinar|session|seminar|workshop)|(?:veranstaltungs|seminar|webinar|schulungs|workshop)datum|datum\s*der\s*veranstaltung|data\s*d[oa]\s*(?:evento|webinar|webinário|sessão|palestra)|date\s*(?:de\s*l['’]événement|du\s*(?:webinaire|séminaire)|de\s*la\s*(?:session|conférence))|data\s*(?:dell['’]evento|del\s*webinar)|fecha\s*(?:del?\s*(?:la\s*)?)?(?:evento|webinar|webinario|seminario|taller|sesión|conferencia|celebración|realización)|開催日(?!程))/iu;
export const RANGE_LABELS = [anyOf(
  /^(?:date|datum|fecha|data)\s*(?:&|and|und|et|y|e|\/)\s*(?:time|uhrzeit|heure|hora|ora)\b/i,
  /^(?:dates?|event\s*dates?|when|zeitraum|datum|termin|fechas?)\b/i,
  EVENT_DAY_LABEL,
  /^(?:開催日程|開催日|(?:研修|受講|開催|実施|講習)?期間|日程|日付)/,
)];
/**
 * Labels of a course's schedule: "End date", "Class dates", "Período". They date a completed course, but a course's
 * page before it starts shows them too, so they are no evidence of a completion.
 */
export const SCHEDULE_END_LABELS = [/^(?:(?:activity|course|event|training|session)\s+)?end\s*date\b/i];
export const SCHEDULE_RANGE_LABELS = [/^(?:(?:class|course|training|session|programme|program|activity)\s*dates?|kurszeitraum|período|periodo|periode)\b/i];

const TOTAL_OF = (unit: string) =>
  new RegExp(`^(?:total\\s+(?:des\\s+|de\\s+)?(?:${unit}s?)(?:[\\s-]+(?:credits?|crédits?|créditos|crediti|hours?|points?|punkte))?(?:\\s+(?:earned|awarded|granted|obtained))?|(?:${unit}s?)[\\s-]+(?:credits?|hours?|points?)\\s+(?:earned|awarded|granted|total)|total\\s+(?:credits?|crédits?)\\s+(?:${unit}s?)|crédits?\\s+(?:${unit}s?)\\s+(?:attribués|obtenus|acquis|validés)|créditos\\s+(?:${unit}s?)\\s+(?:obtenidos|otorgados|acreditados)|crediti\\s+(?:${unit}s?)\\s+(?:ottenuti|assegnati|riconosciuti)|(?:gesamt|insgesamt)\\s*[-\\s]?(?:${unit}s?)(?:-?punkte)?|(?:${unit}s?)-?punkte\\s+(?:gesamt|insgesamt))(?=\\s*[:：]|\\s|$)`, 'iu');
/**
 * Labels of the credits a page awards in all, asked before any other credit label: a conference's certificate lists
 * each session's "CPE: 1" above "Total CPE credits: 16.5", "Crédits CPE attribués : 31,5", "Créditos CE obtenidos: 12".
 */
export const TOTAL_CREDIT_LABELS: ReadonlyArray<readonly [RegExp, CreditUnit]> = [
  [TOTAL_OF('CPE'), 'CPE'],
  [TOTAL_OF('CE'), 'CE'],
  [TOTAL_OF('PDU'), 'PDU'],
  [TOTAL_OF('CEU'), 'CEU'],
];

/** A credits label and the unit it implies; `undefined` means the value must say ("Credits: 8 CPE"). */
export const CREDIT_LABELS: ReadonlyArray<readonly [RegExp, CreditUnit | undefined]> = [
  [/^CPEs?\b(?:[\s-]*(?:credits?|hours?|points?|stunden|heures|horas|時間))?(?:\s*(?:awarded|earned))?/i, 'CPE'],
  [/^continuing\s*professional\s*education\s*(?:credits?|hours?|units?)?\s*(?:\(CPEs?\))?/i, 'CPE'],
  // ISC2's record: "Group A CPE" / "2".
  [/^group\s+[AB]\s+CPEs?(?:\s*(?:credits?|hours?))?(?=\s*[:：]|$)/i, 'CPE'],
  [/^(?:professional\s*development\s*units?|PDUs?\s*earned)\b/i, 'PDU'],
  [/^continuing\s*education\s*units?\b/i, 'CEU'],
  [/^CEUs?\b(?:\s*(?:earned|awarded))?/i, 'CEU'],
  [/^PDUs?\b(?:\s*\/\s*contact\s*hours)?(?:\s*(?:awarded|earned))?(?:\s+(?:de|del|du|des|von|di|da)\s+(?:PMI|ISC2|ISACA|CompTIA|Cisco))?/i, 'PDU'],
  [/^(?:cisco\s+)?(?:CE|continuing[\s-]*education)[\s-]*(?:credits?|units?|hours?|crédits?|créditos?|crediti|punkte)\b(?:\s*(?:awarded|earned))?/i, 'CE'],
  // A label that names its unit in brackets: "Weiterbildungspunkte (CE)", "Crédits (CPE)".
  [/^[\p{L} -]{0,40}\(\s*CE\s*\)/iu, 'CE'],
  [/^[\p{L} -]{0,40}\(\s*CPEs?\s*\)/iu, 'CPE'],
  [/^[\p{L} -]{0,40}\(\s*PDUs?\s*\)/iu, 'PDU'],
  [/^[\p{L} -]{0,40}\(\s*CEUs?\s*\)/iu, 'CEU'],
  [/^(?:crédits?|créditos?|crediti)\s*(?:cisco\s+)?(?:CE|de\s*formation\s*continue)\b/i, 'CE'],
  [/^(?:crédits?|créditos?|crediti)\s*CPEs?\b(?:\s+(?:admissibles?|obtenus|attribués|accordés|validés|otorgados|obtenidos|riconosciuti))?/i, 'CPE'],
  [/^取得\s*CPE/i, 'CPE'],
  [/^(?:crédits?|créditos?|crediti)\s*PDUs?\b/i, 'PDU'],
  [/^(?:cisco\s*)?(?:継続教育\s*[(（]?\s*CE\s*[)）]?\s*|CE\s*)クレジット/i, 'CE'],
  [anyOf(/^(?:credits?(?:\s*earned|\s*awarded)?|credit\s*hours)\b/i, /^(?:fortbildungspunkte|weiterbildungspunkte|punkte)\b/i, /^crédits?\b/i, /^créditos?\b/i, /^(?:単位|取得単位)/), undefined],
];
export const HOURS_LABELS = [anyOf(
  /^(?:duration|total\s*hours|course\s*hours|contact\s*hours|learning\s*hours|training\s*hours|hours|length|time\s*spent)\b/i,
  /^(?:dauer|umfang|stunden|unterrichtseinheiten|länge|lernzeit|zeitaufwand)(?![\p{L}])/iu,
  /^(?:durée|heures|nombre\s*d['’]heures)/i,
  /^(?:duración|horas|carga\s*horaria)/i,
  /^(?:durata|monte\s*ore|ore\s*di\s*formazione|duração|carga\s*horária|duur|studiebelasting|studie-?uren|uren)(?![\p{L}])/iu,
  /^(?:時間|所要時間|学習時間|受講時間)/,
)];
/** Labels that name the unit themselves ("Contact hours" / "1.0", "Stunden: 8"): their value may be a bare number. */
export const HOURS_COUNT_LABELS = [/^(?:(?:total|course|contact|learning|training|instructional|CPE|credit)\s*hours|hours|(?:unterrichts|lern|zeit)?stunden|heures(?:\s*de\s*formation)?|nombre\s*d['’]heures|horas(?:\s*lectivas)?|ore(?:\s*di\s*formazione)?|uren|studie-?uren|(?:duration|dauer|durée|duración|durata|duur)\s*\(\s*(?:hours|hrs|h|stunden|heures|horas|ore|uren)\s*\))(?=\s*[:：]|$)/iu];
// A bare word such as "Course" or "Formation" is a label only with a colon or alone: "Course completed on …" is a sentence.
/**
 * Labels of the course's name: those that say "title" or "name" first ("Course Title" over "Activity: Complete a
 * Training Course" in CompTIA's record), then the bare ones ("Course", "Formation"), then a part's ("Session title").
 */
export const TITLE_LABELS = [anyOf(
  /^(?:course\s*(?:title|name)|training\s*(?:title|name)|program(?:me)?\s*(?:title|name)|activity\s*(?:title|name)|webinar\s*(?:title|name))(?=\s*[:：]|$)/i,
  /^(?:kurs(?:titel|name)|titel\s+de[rs]\s+(?:kurses|schulung|veranstaltung))(?=\s*[:：]|$)/i,
  /^(?:intitulé(?:\s*de\s*la\s*formation|\s*de\s*l['’]action(?:\s*de\s*formation)?|\s*du\s*(?:cours|stage|module))?|titre\s+de\s+la\s+formation)(?=\s*[:：]|$)/i,
  /^(?:nombre\s*del\s*curso|nombre\s*del\s*programa|título\s*del\s*curso)(?=\s*[:：]|$)/i,
  /^(?:講座名|コース名|研修名|講習名)/,
  /^(?:titolo\s*del\s*corso|nome\s*del\s*corso|nome\s*do\s*curso|título\s*do\s*curso|cursusnaam|naam\s*van\s*de\s*(?:cursus|training))(?=\s*[:：]|$)/i,
), anyOf(
  /^(?:course|training|activity|class|title|event)(?=\s*[:：]|$)/i,
  /^(?:kurs|schulung|seminar|veranstaltung|lehrgang|titel)(?=\s*[:：]|$)/i,
  /^(?:cours|formation|titre)(?=\s*[:：]|$)/i,
  /^(?:curso|título)(?=\s*[:：]|$)/i,
  /^(?:corso|cursus|opleiding)(?=\s*[:：]|$)/i,
), anyOf(
  // A session's, a module's or an item's own title names a part of the course or event, asked last.
  /^(?:session|event|class|item|module)\s*(?:title|name)\b/i,
)];
export const PROVIDER_LABELS = [anyOf(
  /^(?:issued\s*by|provided\s*by|offered\s*by|awarded\s*by|(?:training|learning|course|content)\s*provider|provider(?:\s*\/\s*sponsor)?|sponsor(?:ing\s+organi[sz]ation)?|issuer|organi[sz]ation|organi[sz]er|organizzatore|organizzato\s+da|organizador|organisateur|organisé\s+par|veranstalter)\b/i,
  /^(?:training\s*)?source(?=\s*[:：]|$)/i,
  /^(?:ausgestellt\s*von|(?:schulungs|kurs|lern|weiterbildungs)?anbieter|veranstalter|bildungsträger)\b/i,
  /^quelle(?=\s*[:：]|$)/i,
  /^(?:délivré\s*par|émis\s*par|organisme(?:\s*de\s*formation)?|organisateur|fournisseur(?:\s*(?:de\s*(?:la\s*)?formation|du\s*contenu))?)/i,
  /^(?:emitid[oa]\s*por|otorgad[oa]\s*por|proveedor|organizador|entidad)/i,
  /^(?:issuer\s*name|nome\s*do\s*emissor|nom\s*de\s*l['’]émetteur|nombre\s*del\s*emisor|naam\s*(?:van\s*de\s*)?uitgever)\b/i,
  /^(?:angeboten\s*von|durchgeführt\s*von|herausgeber|proposée?\s*par|dispensée?\s*par|émetteur|organisée?\s*par|ofrecid[oa]\s*por|impartid[oa]\s*por|emisor)/i,
  /^(?:rilasciat[oa]\s*da|emess[oa]\s*da|erogat[oa]\s*da|offert[oa]\s*da|organizzat[oa]\s*da|ente\s*(?:erogatore|formatore)?|fornit[oa]\s*da)(?=\s*[:：]|\s|$)/i,
  /^(?:oferecid[oa]\s*por|fornecid[oa]\s*por|emitid[oa]\s*por|instituição|organizad[oa]\s*por|emissor)(?=\s*[:：]|\s|$)/i,
  /^(?:uitgegeven\s*door|aangeboden\s*door|verstrekt\s*door|uitgever|organisator|opleider)(?=\s*[:：]|\s|$)/i,
  /^(?:発行者|発行元|主催|実施機関|提供元|提供者)/,
)];

/** Labels of a record's other dates and facts: a value that begins with one belongs to that field, not the one before. */
export const OTHER_FIELD_LABELS = [anyOf(
  /^(?:enrolled|enrol(?:l)?ment\s*date|registered|registration\s*date|assigned|due(?:\s*date)?|expires?|expiry(?:\s*date)?|expiration(?:\s*date)?|valid\s*(?:until|through)|language|status|score|grade|last\s*accessed|member\s*since)(?=\s*[:：]|\s|$)/i,
  /^(?:eingeschrieben|angemeldet|zugewiesen(?:\s*am)?|fällig(?:\s*am)?|gültig\s*bis|läuft\s*ab|sprache|ergebnis|note)(?=\s*[:：]|\s|$)/i,
  /^(?:inscrit(?:e)?|inscription|assigné(?:e)?|échéance|expire|valable\s*jusqu['’]au|langue|statut|score)(?=\s*[:：]|\s|$)/i,
  /^(?:inscrito|inscripción|asignado|vence|válido\s*hasta|idioma|estado|calificación|nota)(?=\s*[:：]|\s|$)/i,
  /^(?:登録日|有効期限|言語|状態|スコア)/,
)];

/**
 * Every label the readers know, so a reader can tell a label standing alone from a value (see ../pdf-lines.ts).
 * A function, not a constant, so that content scripts, which never call it, do not carry the list.
 */
export function fieldLabels(): readonly RegExp[] {
  return [
    ...CODE_LABELS, ...END_DATE_LABELS, ...START_DATE_LABELS, ...RANGE_LABELS, ...CREDIT_LABELS.map(([label]) => label),
    ...HOURS_LABELS, ...TITLE_LABELS, ...PROVIDER_LABELS,
  ];
}
