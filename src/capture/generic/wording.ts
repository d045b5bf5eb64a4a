/**
 * What certificates say in sentences rather than labels, in the supported languages: the course someone
 * completed ("This is to certify that NAME has successfully completed COURSE"), who that someone is (never a title
 * or a provider), who delivered it ("authorized by X and offered through Y"), when ("Course completed on Apr 27,
 * 2021"), and for how long ("4 hours 53 minutes"). Every pattern is anchored on its verb phrase and bounded, so a
 * long hostile text costs little (phrases are capped by the readers, see ../dom.ts and ../pdf-lines.ts).
 */

/**
 * A completion verb phrase and the course after it. The course stops before a date, a score or a place
 * ("… on 14 March 2026", "… with a score of 96%", "… in 2026"), never at any "in" ("Programming in Java").
 */
const COMPLETED_THEN_TITLE: readonly RegExp[] = [
  /\b(?:has\s+(?:successfully\s+)?completed|(?:has\s+)?successfully\s+completed|for\s+(?:successfully\s+)?completing|for\s+(?:the\s+)?(?:successful\s+)?completion\s+of|upon\s+(?:successful\s+)?completion\s+of|has\s+(?:successfully\s+)?passed|has\s+attended|for\s+attending|has\s+participated\s+in|for\s+participating\s+in|has\s+earned|for\s+earning)\s+(.{3,240})$/i,
  /\b(?:a|avoir)\s+(?:suivi|terminé|complété|réussi|achevé|validé|participé\s+à|assisté\s+à)\s+(?:avec\s+succès\s+)?(.{3,240})$/i,
  /\b(?:ha|por\s+haber)\s+(?:completado|finalizado|cursado|superado|aprobado|realizado|participado\s+en|asistido\s+a)\s+(?:con\s+(?:éxito|aprovechamiento)\s+|satisfactoriamente\s+|exitosamente\s+|correctamente\s+)?(.{3,240})$/i,
  /\bpor\s+(?:completar|finalizar|terminar|aprobar|haber\s+(?:completado|finalizado|terminado))\s+(?:con\s+éxito\s+)?(.{3,240})$/i,
  /\bpour\s+avoir\s+(?:suivi|terminé|complété|réussi|achevé)\s+(?:avec\s+succès\s+)?(.{3,240})$/i,
  /\b(?:asistió|participó|completó|finalizó|cursó|aprobó)\s+(?:con\s+(?:éxito|aprovechamiento)\s+|correctamente\s+|satisfactoriamente\s+|exitosamente\s+)?(?:a\s+|en\s+)?(.{3,240})$/i,
  /\b(?:ha|per\s+aver)\s+(?:completato|superato|frequentato|concluso|partecipato\s+a)\s+(?:con\s+successo\s+)?(.{3,240})$/i,
  /\b(?:attended|completed|passed|finished)\s+(?:the\s+)?(?:live\s+)?(?:webinar|session|course|event|workshop|training)\s*:?\s+(.{3,240})$/i,
  // "attended the Northern Lights Security Conference 2026, held …": a capitalised name right after the verb, in a
  // certificate's voice ("she completed the … course" is a letter's).
  /(?<!\b(?:[Ss]he|[Hh]e|[Tt]hey|[Ww]e|I|[Yy]ou)\s)\b(?:attended|completed)\s+the\s+(?=\p{Lu})(.{3,240})$/u,
  // "This letter confirms that you attended the … Summit 2026, held …": a confirmation's voice.
  /\b(?:confirms?|certif(?:y|ies)|attests?|verif(?:y|ies))\s+that\s+you\s+(?:have\s+)?(?:successfully\s+)?(?:attended|completed)\s+the\s+(?=\p{Lu})(.{3,240})$/u,
  /\b(?:concluiu|completou|participou\s+d[oa])\s+(?:com\s+(?:êxito|sucesso|aproveitamento)\s+)?(.{3,240})$/i,
  /\b(?:heeft|voor\s+het)\s+(?:met\s+succes\s+)?(?:afgerond|voltooid|gevolgd|deelgenomen\s+aan)\s+(.{3,240})$/i,
  // "Rafael Souza recebeu a credencial …", "… received the badge …", "Jonas Becker earned a Professional Certificate in
  // Cybersecurity Fundamentals from RITx on edX" (the issuer after "from" is cut below).
  /\b(?:recebeu|obteve|conquistou|received|obtuvo|recibió|a\s+(?:reçu|obtenu))\s+(?:a|o|the|la|el|le|l['’]|une?|um|uma)\s*(?:credencial|certificado|credential|certificate|badge|insígnia|insignia|certificat|attestation)\s+(?:(?:de|of|in|en|em|du)\s+)?(.{3,240})$/iu,
  /(?<=^\p{Lu}\S*(?:\s+\p{Lu}\S*){0,3}\s)earned\s+(?:a|an|the)\s+(.{3,200}?)\s+from\s+\p{Lu}.*$/u,
  // "You have met all requirements of Network Security Monitoring … (CE-NET-204), offered by …": said to the learner,
  // never of "participants who have met all requirements".
  /\b(?:you\s+have|(?<!\bwho\s)has)\s+(?:successfully\s+)?(?:met|fulfilled|satisfied|completed)\s+all\s+(?:the\s+)?requirements\s+(?:of|for)\s+(?:the\s+)?(.{3,240})/i,
  // Dutch puts the verb last: "Sanne de Vries heeft Praktijktraining Cloud Security afgerond".
  /\bheeft\s+(?:de\s+(?:training|cursus|opleiding)\s+)?(.{3,200}?)\s+(?:met\s+succes\s+)?(?:afgerond|voltooid|gevolgd)\b/i,
];
/** Words naming the kind of activity before its name: "the online course", "la formation", "el curso". */
const ACTIVITY_KIND =
  /^(?:(?:the|la|le|les|el|o|a|il|lo|de|het|al|del)\s+)?(?:(?:online|e-learning|self-paced|instructor-led|virtual)\s+)?(?:course|training|program(?:me)?|workshop|webinar|learning\s+path|module|session|class|seminar|formation|cours|programme|atelier|webinaire|curso|programa|taller|seminario|sesión|corso|mooc|parcours|especialización|specializ|specialisation|spécialisation|spezialisierung|ruta\s+de\s+aprendizaje|percorso|cursus|opleiding|training)\b\s*[:,]?\s*/i;
/** An article left before a capitalised name: "el Diplomado en …", "the Cisco …"; "The Bits and Bytes …" keeps its own. */
const LEADING_ARTICLE = /^(?:the|el|la|le|les|los|las|il|lo|der|die|das|den|o|a|het|de)\s+(?=\p{Lu})|^(?:THE|EL|LA|LE|LES|LOS|LAS|IL|LO|DER|DIE|DAS|DEN|HET)\s+(?=\p{Lu}{2})/u;
/** "completó con éxito y recibió una calificación aprobatoria en X", "all courses and received passing grades for a X": words before the course. */
const GRADE_BEFORE_TITLE =
  /^(?:all\s+(?:courses|modules|requirements)\s+(?:and\s+received\s+passing\s+grades\s+)?(?:for|in|of)\s+(?:an?\s+|the\s+)?)?(?:(?:and\s+)?(?:received|earned)\s+a\s+passing\s+grade\s+(?:in|for)\s+|y\s+(?:recibió|obtuvo)\s+una\s+calificación\s+aprobatoria\s+en\s+)?/iu;
/** Where the course's name ends: a date, a score, a place, a year, or the end of the sentence. */
const TITLE_TAIL =
  /\s+(?:course|program(?:me)?|training|curso|cours|kurs|corso)\s+(?:administered|offered|provided|delivered|taught|conducted|organi[sz]ed)\s+by\b.*$|\s*,\s+(?:(?:a|an|un|una|une|ein|eine|um|uma)\s+(?:[\p{L}\d-]+\s+){0,4}?(?:course|curso|cours|kurs|program(?:me)?|programa|corso)\b|(?:with|avec|con|mit|com|met)\s+|(?:qui|que|which|that|die|der|das|che)\s+|(?:held|tenue?|celebrad[ao]|realizad[ao]|offered|provided|delivered|ofrecid[ao]|impartid[ao]|organisée?|proposée?|dispensée?|angeboten|durchgeführt|offert[ao]|erogat[ao]|oferecid[ao]|tras|after|nach|après|dopo|após)\b|(?:a|à|in|en|em)\s+\p{Lu}).*$|\s+(?:(?:held\s+|took\s+place\s+)?(?:on|le|el|am|il|em|op)\s+(?=\S*\d|\p{L}+\.?\s+\d)|(?:held|took\s+place)\s+(?:in\s+|at\s+)?(?=\S*\d|\p{L}+\.?\s+\d)|(?:with|avec|con|mit|com|met)\s+(?:a\s+|une\s+|un\s+)?(?:score|grade|result|distinction|honou?rs|merit|note|mention|calificación|nota|punteggio|resultado)|(?:in|en|im)\s+\d{4}|(?:du|del|dal|vom|from)\s+\d).*$|\s*[.!。]\s*$/iu;
/** A German sentence names the course in its middle: "hat an der Schulung X erfolgreich teilgenommen". */
const GERMAN_COMPLETION =
  /\bhat\s+(?:erfolgreich\s+)?(?:an\s+(?:der|dem|den)\s+|am\s+|den\s+|die\s+|das\s+)?(?:(?:Online-)?(?:Kurs|Seminar|Schulung|Lehrgang|Training|Workshop|Webinar|Weiterbildung|Fortbildung|Lernpfad)\s+)?[„"»]?(.{3,200}?)[“"«]?\s+(?:erfolgreich\s+)?(?:teilgenommen|abgeschlossen|absolviert|besucht|bestanden)\b/i;
/** Japanese names the course before the verb: 「X」を修了, X を受講. */
const JAPANESE_COMPLETION = /([^\s、。「」『』]{2,100}?)\s*[」』]?\s*(?:を|の)(?:修了|受講|完了|全課程を修了)(?:しました|した(?!ら)|されました|されたこと|いたしました)/u;

/** The course named after a completion verb phrase in `text`, cut at its tail; undefined when none is named. */
export function titleAfterCompletion(text: string): string | undefined {
  const german = GERMAN_COMPLETION.exec(text)?.[1];
  if (german) return tidy(german);
  for (const pattern of COMPLETED_THEN_TITLE) {
    const rest = pattern.exec(text)?.[1];
    if (rest === undefined) continue;
    const title = tidy(rest.replace(GRADE_BEFORE_TITLE, '').replace(ACTIVITY_KIND, '').replace(LEADING_ARTICLE, '').replace(TITLE_TAIL, ''));
    return title && title.length >= 3 ? title : undefined;
  }
  const japanese = JAPANESE_COMPLETION.exec(text)?.[1];
  return japanese ? tidy(japanese.replace(/^.*[「『]/u, '')) : undefined;
}

/** Whether `text` ends with a completion verb phrase whose course follows on the next line ("has successfully completed"). */
export const ENDS_WITH_COMPLETION =
  /(?:\b(?:has\s+(?:successfully\s+)?completed|successfully\s+completed|for\s+(?:successfully\s+)?completing|for\s+(?:the\s+)?(?:successful\s+)?completion\s+of|has\s+(?:successfully\s+)?passed|has\s+attended|for\s+attending|has\s+participated\s+in|has\s+earned|(?:the\s+)?(?:online\s+)?course|(?:completed|attended|completing|attending)\s+(?:the|this|a|an)\s+(?:[\w,-]+\s+){0,4}(?:course|program|programme|training|learning\s+path|webinar|workshop|seminar|module|session|meeting|specialization|specialisation|(?:professional\s+)?certificate|(?:career\s+|skill\s+)?(?:track|path)|conference|summit|event|symposium|congress|boot\s?camp|class|lab)|a\s+(?:suivi|terminé|réussi)(?:\s+avec\s+succès)?(?:\s+la\s+formation)?|ha\s+(?:completado|finalizado|superado)(?:\s+con\s+éxito)?(?:\s+el\s+curso)?|ha\s+completato(?:\s+con\s+successo)?(?:\s+il\s+corso)?|hat\s+(?:.{0,40}?\s)?(?:erfolgreich\s+)?(?:an\s+(?:der|dem|den)|am|den|die|das)(?:\s+(?:Kurs|Seminar|Schulung|Lehrgang|Training|Workshop|Webinar))?|hat\s+(?:den\s+|die\s+|das\s+)?folgenden?\s+\p{L}+\s+(?:erfolgreich\s+)?(?:abgeschlossen|absolviert|besucht|bestanden)|heeft\s+(?:met\s+succes\s+)?(?:de|het)\s+volgende\s+\p{L}+\s+(?:met\s+succes\s+)?(?:voltooid|afgerond|gevolgd)))\s*:?$/iu;

function tidy(text: string): string | undefined {
  const title = text.replace(/\s+/g, ' ').replace(/^[\s"'“”„«»「『:,-]+|[\s"'“”„«»」』:,]+$/gu, '').trim();
  return title || undefined;
}

/** Phrases that put the learner's name right after them. */
const BEFORE_NAME =
  /(?:certif(?:y|ies)\s+that|be\s+it\s+known\s+that|(?:this\s+is\s+to|hereby)\s+(?:confirm|acknowledge|attest)\s+that|presented\s+to|awarded\s+to|granted\s+to|issued\s+to|(?:hereby\s+)?(?:awards|presents|grants|confers)\s+(?:up)?(?:to|on)|conferred\s+(?:up)?on|congratulations,?|completed\s+by|earned\s+by|achieved\s+by|abgeschlossen\s+von|erworben\s+von|terminé\s+par|obtenu\s+par|completado\s+por|obtenido\s+por|completato\s+da|concluído\s+por|voltooid\s+door|rilasciat[oa]\s+a|bescheinigt,?\s+dass|verliehen\s+an|hiermit\s+wird\s+(?:bestätigt|bescheinigt),?\s+dass|certifie\s+que|atteste\s+que|décerné(?:e)?\s+à|délivré(?:e)?\s+à|otorgado\s+a|certifica\s+que|se\s+otorga\s+a|conferito\s+a|certifica\s+che|(?:si\s+)?attesta\s+che|si\s+certifica\s+che|se\s+certifica\s+que|certifica-se\s+que|atesta-se\s+que|certificamos\s+que|verleend\s+aan|^(?:Herr|Frau|Mr\.?|Mrs\.?|Ms\.?|Mme\.?|M\.|Monsieur|Madame|Sr\.|Sra\.|Sig\.(?:ra)?|Dhr\.|Mevr\.))\s*:?\s*/i;
/** A person's name as certificates print it: two to four capitalised words ("Priya Raman", "ANDRES F. REGALADO"). */
const PERSON_NAME = /^(\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:van|von|de|del|da|der|di|le|la)\s+)?\p{Lu}[\p{L}'’.-]*){1,3})(?=$|[\s,.!]|\s+(?:has|hat|a|ha|heeft|for|für|pour|por|per))/u;
const CJK_NAME = /^([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,6}\s?[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,6})\s*(?:殿|様|さん)?$/u;

/** The learner's name that `text` states after "certify that", "awarded to", "Congratulations," …, if any. */
export function nameAfterLead(text: string): string | undefined {
  const lead = BEFORE_NAME.exec(text);
  if (!lead) return undefined;
  const rest = text.slice(lead.index + lead[0].length).trim();
  return PERSON_NAME.exec(rest)?.[1];
}

/** Whether `text` ends with a lead whose name follows on the next line ("This is to certify that", "Presented to"). */
export function endsWithNameLead(text: string): boolean {
  const lead = BEFORE_NAME.exec(text);
  return lead !== null && lead.index + lead[0].length >= text.trimEnd().length;
}

/**
 * Words of course names, not of people's: a two-word title such as "Ethical Hacking" or "Cloud Computing" is shaped
 * like a name, and these tell it apart when no phrase says who the learner is.
 */
const TOPIC_WORD =
  /(?<![\p{L}])(?:network\p{L}*|cloud|data|security|cyber\p{L}*|python|java\p{L}*|linux|windows|essentials?|basics?|fundamentals?|introduction|intro|advanced|foundations?|course|training|program(?:me)?|path|live|trust|zero|design|engineering|management|analytics?|learning|automation|devops|kubernetes|docker|aws|azure|google|cisco|microsoft|certificate|certification|certified|professional|associate|expert|specialist|practitioner|summit|conference|webinar|workshop|bootcamp|academy|institute|university|college|school|cent(?:er|re)|systems?|solutions?|services?|technolog\p{L}*|software|computing|computer|digital|ethical|hacking|wireless|routing|switching|firewalls?|operations|governance|risk|compliance|audit\p{L}*|privacy|identity|access|incident|response|threats?|defen[cs]e|forensics?|testing|penetration|development|web|mobile|machine|intelligence|science|analysis|administration|architect\p{L}*|infrastructure|platform|enterprise|business|leadership|project|agile|scrum|excel|sql|database|storage|virtual\p{L}*|servers?|endpoint|master\p{L}*|level|module|edition|award|achievement|completion|attendance|participation|series|track|labs?|skills?|review|exam|prep|session|keynote|chapter|meeting|netzwerk\p{L}*|sicherheit|grundlagen|einführung|schulung|kurs|seminar|sécurité|réseaux?|formation|introducción|seguridad|redes|curso|fundamentos|sicurezza|reti|corso|segurança|informática|datos|dados)(?![\p{L}])/iu;

/**
 * Whether `text` reads as a person's name and as nothing else: a name's shape, two to four words, no digit and no word
 * of a course's. A certificate that sets its learner in large type with no "presented to" is told apart by this.
 */
export function readsAsPerson(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length >= 2 && words.length <= 4 && looksLikeName(text) && !/\d/.test(text) && !TOPIC_WORD.test(text);
}

/** Whether `text` alone reads as a person's name: the candidate for the line after "Presented to". */
export function looksLikeName(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length > 60) return false;
  const latin = PERSON_NAME.exec(trimmed);
  if (latin && latin[1] === trimmed) return true;
  return CJK_NAME.test(trimmed);
}

/**
 * Who delivered the course, as a sentence says it: "authorized by Johns Hopkins University and offered through
 * Coursera", "provided by Cisco Networking Academy® in collaboration with …", "organisé par …". The first named.
 */
const PROVIDER_PHRASE =
  /\b(?:[Aa]uthori[sz]ed|[Oo]ffered|[Pp]rovided|[Dd]elivered|[Pp]resented|[Oo]rgani[sz]ed|[Hh]osted|[Ii]ssued|[Aa]warded|[Aa]ccredited|[Cc]onducted|[Rr]un)\s+(?:by|through)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}&.'’®™-]*(?:\s+(?:of|for|and|&|de|du|la)?\s*\p{Lu}[\p{L}\p{N}&.'’®™-]*){0,7})/u;
const PROVIDER_PHRASE_ROMANCE =
  /\b(?:organisée?s?|dispensée?s?|délivrée?s?|impartido|organizado|ofrecido|erogato|organizzato|ministrado|oferecido)\s+(?:par|por|da)\s+(?:l['’]|la\s+|le\s+|el\s+|la\s+|il\s+|o\s+|a\s+)?(\p{Lu}[\p{L}\p{N}&.'’®™-]*(?:\s+(?:de|du|des|la|del|di|do|da)?\s*\p{Lu}[\p{L}\p{N}&.'’®™-]*){0,7})/u;

const CREDITS_BEFORE_VERB = /\b(?:credits?|PDUs?|CPEs?|CEUs?|points?|units?|crédits?|créditos|crediti)\s+(?:are\s+|is\s+|will\s+be\s+|were\s+|sont\s+|son\s+|sono\s+)?$/iu;

/** A speaker, not an organisation: "Dr. Amara Nwosu", "Leah Novak, CISSP". */
const SPEAKER = /^(?:Dr|Prof|Mr|Mrs|Ms|Mme|Herr|Frau|Sr|Sra)\.?\s|,\s*(?:[A-Z]{2,6}(?:,\s*|\s+|$))+$/;

export function providerInSentence(text: string): string | undefined {
  const m = PROVIDER_PHRASE.exec(text) ?? PROVIDER_PHRASE_ROMANCE.exec(text);
  // The name ends where its capitalised words do: "Arvane Formation à Lyon" names Arvane Formation.
  const name = m?.[1]?.replace(/[®™]/g, '').replace(/(?:\s+(?:\p{Ll}\S*|&))+$/u, '').trim();
  if (!name || !m) return undefined;
  // "Cisco Continuing Education credits are awarded by Cisco": who grants the credits, not who gave the course.
  if (CREDITS_BEFORE_VERB.test(text.slice(Math.max(0, m.index - 60), m.index))) return undefined;
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
  // A credential after the name ("Nadia Koroma, PfMP", "Leah Novak, CISSP") says it is a person's.
  return SPEAKER.test(name) || /^\s*,\s*(?:(?=\S*[A-Z]\S*[A-Z])[A-Za-z-]{2,8}|Ph\.?D)\b/.test(after) ? undefined : name;
}

/** A signature line's role, so "Head of Global Content, Learning" is never a provider: "CEO, DataCamp" names one. */
const SIGNATORY_ROLE =
  /^(?:(?:VP|SVP|EVP|CEO|CTO|COO|CFO|CLO|President|Vice[\s-]President|Founder|Co-?founder|Chair(?:man|woman|person)?|Director|Managing\s+Director|Head|Chief|Manager|Dean|Principal|Provost|Rector|Instructor|Trainer|Lecturer|Professor|Associate|Program(?:me)?\s+(?:Director|Manager|Lead)|Lead|Gesch(?:ä|ae)ftsf(?:ü|ue)hrer(?:in)?|Leiter(?:in)?|Vorstand|Directeur|Directrice|Président(?:e)?|Responsable|Director(?:a)?|Gerente|Presidente|Responsabile|Diretor(?:a)?|Directeur)\b[^,]*)(?:,\s*(.+))?$/i;
const GENERIC_ORGANISATION_WORD = /^(?:learning|content|education|training|programs?|academy|operations|marketing|engineering|sales|the\s+board)$/i;

/** A role named anywhere in a line's first part: "Education Director", "Chapter President", "Head of Learning". */
const ROLE_WORD =
  /\b(?:(?:Committee|Program(?:me)?|Team|Track|Content)\s+Lead|Director|President|Manager|Coordinator|Head|Chair(?:man|woman|person)?|Officer|Dean|CEO|CTO|VP|Founder|Instructor|Trainer|Lecturer|Registrar|Secretary|Treasurer|Administrator|Sekretär(?:in)?|Secrétaire|Secretari[oa]|Geschäftsführer(?:in)?|Leiter(?:in)?|Directeur|Directrice|Responsable|Gerente|Presidente)\b/i;

/** A signature line: a role in any of its comma-separated parts ("Director, Education Services", "Jane Doe, Head of Learning"). */
export function isSignatoryLine(text: string): boolean {
  const isRole = (part: string) => part.trim().split(/\s+/).length <= 6 && (SIGNATORY_ROLE.test(part.trim()) || ROLE_WORD.test(part));
  return text.split(',').some(isRole);
}

/** The organisation a signature line names after its role ("CEO, DataCamp" -> "DataCamp"), if it names one. */
export function organisationOfSignatory(text: string): string | undefined {
  const [role, ...rest] = text.trim().split(',');
  const org = SIGNATORY_ROLE.exec(text.trim())?.[1]?.trim() ?? (rest.length > 0 && isSignatoryLine(role!) ? rest.join(',').trim() : undefined);
  return org && /^\p{Lu}/u.test(org) && !GENERIC_ORGANISATION_WORD.test(org) && !/\bof\b/.test(org) ? org : undefined;
}

/**
 * "Course completed on Apr 27, 2021 at 08:21PM UTC", "issued on", "terminé le", "abgeschlossen am": the text after.
 * Words may come between the verb and its date: "You attended this webinar on Wednesday, January 21, 2026",
 * "You attended “Cloud Threat Hunting” on Tuesday, March 10, 2026", within one clause ("… emitido por X y vence el
 * 15/01/2028" gives the expiry, not the issue).
 */
export const DATE_AFTER_COMPLETION =
  /\b(?:completed|finished|issued|awarded|earned|passed|attended|watched|held|celebrad[oa]|tenue?|realizad[oa]|achieved|granted|conferred|held|terminé|délivrée?|obtenue?|réussie?|completado|finalizado|emitido|expedido|completato|rilasciato|concluído|emitido|voltooid|afgerond|abgeschlossen|ausgestellt|bestanden|teilgenommen|asistió|asististe|assisté|participé)(?:\s+(?!(?:on|le|el|il|em|op|am|at|and|y|et|und|but|expires?|vence|valid|válid[oa]|gültig|expire|until|hasta|jusqu\S*|bis)\s)[^\s!?]*[^\s!?.]){0,16}?\s+(?:on|le|el|il|em|op|am|at)\s+(.{6,60})/iu;

/** "が 2026年10月14日 に、… を修了した": a Japanese sentence gives the date before the verb that it was completed. */
export const DATE_BEFORE_JAPANESE_COMPLETION = /((?:\d{4}|(?:令和|平成)\s*(?:\d{1,2}|元))\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}\/\d{1,2}\/\d{1,2})\s*(?:[（(]\p{L}[）)])?\s*(?:に|付けで)[^。]{0,120}(?:修了|完了|受講|参加|取得)(?!申込|予定|申し込|します|する)/u;
/** "令和8年1月23日（金）に金沢市で開催された": the day an event was held, in the past ("開催予定" is to come). */
export const DATE_BEFORE_JAPANESE_HELD = /((?:\d{4}|(?:令和|平成)\s*(?:\d{1,2}|元))\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}\/\d{1,2}\/\d{1,2})\s*(?:[（(]\p{L}[）)])?\s*に[^。]{0,80}開催(?:された|しました|されました)/u;
/** "celebrado el miércoles 14 de octubre", "held on March 18", "qui s'est tenu le …": the day an event was held or attended. */
export const DATE_HELD =
  /\b(?:held|took\s+place|attended|celebrad[oa]|realizad[oa]|s['’]est\s+tenue?|a\s+eu\s+lieu|stattgefunden|teilgenommen|asisti[óo]|assisté|participé|participated)(?:\s+(?!(?:on|le|el|il|em|op|am|and|y|et|und|but)\s)[^\s!?.;]+){0,8}?\s+(?:on|le|el|il|em|op|am)\s+(.{6,60})/iu;

/** A stated duration outside a label: "4 hours 53 minutes", "12 contact hours", "6,5 Stunden", "1h 45m". */
export const HOURS_IN_TEXT =
  /(?<![\d.,])(\d{1,4}(?:[.,]\d{1,2})?)\s*(?:(?:contact|learning|training|study|instructional|course|CPE)\s+)?(?:hours?|hrs?|h|(?:zeit|unterrichts)?stunden|std\.?|heures?|horas|ore|uur|時間)(?![\p{L}-])(?:\s*(?:and\s+|et\s+|y\s+|und\s+)?(\d{1,2})\s*(?:minutes?|mins?|m|minuten|minutos|minuti|分))?/iu;
