/**
 * What an issuer's name can be. A certificate's small print names many things near its issuer: the signatory's job
 * ("Program Director, Cybersecurity"), the instructors, a quality label ("certifié Qualiopi"), a contact address, a
 * sentence of instructions. None of them is who delivered the course.
 */

import { foldText } from '../../domain/course-titles';

const CONTACT = /\S+@\S+\.\S+|https?:\/\/|www\./i;
/** A job title or a role: the person who signed or taught, not the organisation. */
const ROLE =
  /\b(?:director|manager|head\s+of|dean|coordinator|instructors?|trainers?|teachers?|speakers?|presenters?|chief|ceo|cto|ciso|president|chair(?:man|woman|person)?|signature|signed|directeur|directrice|responsable|formateur|formatrice|leiter(?:in)?|geschäftsführer(?:in)?|dozent(?:in)?|referent(?:in)?|director[a]?\s+de|coordinador[a]?|instructor[a]?)\b|講師|代表取締役/iu;
/** A quality or accreditation label printed beside the issuer's name. */
const QUALITY_LABEL = /qualiopi|^(?:iso\s*\d{4,5}(?::\d{4})?(?:\s+certified)?|accredited|akkreditiert|zertifiziert)$/iu;
/** A sentence: it ends with a full stop and has more words than a name. */
const SENTENCE = /^(?:\S+\s+){5,}\S+[.!?。]$/u;
/** A section's heading taken for a name beside it: "Item Details", "Course information". */
const SECTION_HEADING = /^(?:item|course|activity|training|event|session|record)\s+(?:details|information|overview|summary)$|^(?:my|mes|meine|mis|mijn|i\s+miei|meus)\s+(?:courses|learning|trainings?|cours|kurse|cursos|corsi|cursussen|account|profile|dashboard)$/iu;
/** A single lowercase word: a fragment of a sentence ("Formación" is capitalised; "following" is not). */
const FRAGMENT = /^\p{Ll}[\p{Ll}-]*$/u;

export function usableProvider(value: string | undefined, people: readonly string[] = []): string | undefined {
  // "Offered by AWS Training and Certification. This course may help…": the name ends with its sentence, not at an
  // abbreviation's full stop ("Universität St. Gallen", "Acme Inc. Training", "Cisco U. Live").
  // "Kairos Agile Partners (PMI Authorized Training Partner #4471)": the bracket is its accreditation, not its name.
  const name = value
    ?.replace(/(?<!\b(?:St|Inc|Co|Ltd|Corp|Dr|Mt|Univ|Dept|No|Nr)|(?:^|\s)\p{Lu})\.\s+\p{Lu}.*$/u, '')
    .replace(/\s*\((?=[^)]*(?:#|\d|\bpartner\b|\bprovider\b|\bsponsor\b))[^)]*\)\s*$/iu, '')
    // "Issued by NIL Learning Services on 16 October 2026 to …": the name ends before the date it issued on (a whole
    // date: "The University of Texas at Austin" keeps its place).
    .replace(/\s+(?:on|am|le|el|il|em|op)\s+(?:\d{1,2}(?:st|nd|rd|th|\.|º|er)?\s+(?:de\s+)?\p{L}{3,10}\.?,?\s+(?:de\s+)?\d{4}|\p{L}{3,10}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})(?![\p{L}\d]).*$/iu, '')
    .trim();
  if (!name || CONTACT.test(name) || ROLE.test(name) || QUALITY_LABEL.test(name) || SECTION_HEADING.test(name) || SENTENCE.test(name) || FRAGMENT.test(name)) return undefined;
  return people.some((person) => person.toLowerCase() === name.toLowerCase()) ? undefined : name;
}

/** A legal form closes a company's name: "Formacyber SAS", "Aula Nube Formación S.L.", "Reti Formazione S.r.l.", "株式会社テックラーニング". */
const LEGAL_NAME =
  /(?<![\p{L}\d])((?:\p{Lu}[\p{L}\d&'’.-]*\s+(?:(?:de|des|du|der|für|of|and|&|y|e|em|da|do|dos|das|di|del|della|van|von)\s+)?){0,5}\p{Lu}[\p{L}\d&'’.-]*,?\s+(?:GmbH|AG|KG|SAS|SARL|SA|S\.A\.S?\.?|S\.L\.U?\.?|SL|S\.r\.l\.|Srl|S\.p\.A\.|SpA|Ltda\.?|Ltd\.?|Limited|Inc\.?|LLC|PLC|B\.V\.|BV|AB|Oy|K\.K\.))(?![\p{L}\d])|(株式会社[\p{L}・ー]+|[\p{L}・ー]+株式会社)/u;
/** "PMI is a registered mark of Project Management Institute, Inc.": the line names a trademark's owner, not the issuer. */
export const TRADEMARK_LINE = /registered\s+(?:trade)?marks?|\btrademarks?\b|\bmarque\s+déposée|\beingetragene\s+marke/i;
/** "© 2026 Cyber Rhône-Alpes · Mentions légales": a copyright line, and whose it is. */
export const COPYRIGHT = /(?:©|\(c\)|\bcopyright\b)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?([^·|•©\n]{2,60}?)(?:[.,]?\s*(?:all\s+rights|tous\s+droits|todos\s+los\s+derechos|alle\s+rechte)|\s*[·|•]|$)/iu;

/** The company a text names with its legal form, if any: "… directrice de Formacyber SAS, atteste …" -> "Formacyber SAS". */
export function legalNameIn(text: string): string | undefined {
  const found = LEGAL_NAME.exec(text);
  return found ? (found[1] ?? found[2])!.replace(/,$/, '') : undefined;
}

/** Host labels that name a service or a role, not the organisation: "learn.…", "canvas.…", "www.…". */
const GENERIC_HOST_LABEL = /^(?:www\d*|learn|learning|training|academy|education|edu|lms|portal|app|my|online|elearning|e-learning|campus|canvas|moodle|courses?|certificates?|credentials?|badges?|verify|events?|event|webinars?|wd\d+|static|cdn|secure|login|sso|com|org|net|gov|ac|co|nhs|sch|ltd|plc|gob|gouv)$/i;
/** Platforms that give each customer a subdomain: there the subdomain names the organisation ("bellecote.360learning.com"). */
const CUSTOMER_SUBDOMAIN = /(?:^|\.)(?:instructure\.com|csod\.com|plateau\.com|360learning\.com|docebosaas\.com|talentlms\.com|myabsorb\.com|litmos\.com|learnupon\.com|thinkific\.com|teachable\.com|mykajabi\.com|ispringlearn\.com|percipio\.com)$/i;
/** Static hosts give a person or a project a subdomain ("priyaraman.github.io"): no organisation is named there. */
const STATIC_HOST = /(?:^|\.)(?:github\.io|gitlab\.io|netlify\.app|vercel\.app|pages\.dev)$/i;
/** A name set in capitals: capitalised words, with the small words organisations carry ("of", "&", "de"). */
const CAPITALISED_NAME = /\p{Lu}[\p{L}\d'’.-]*(?:\s+(?:(?:of|for|and|&|de|du|des|la|le|do|da|di|der|für|und|y|e)\s+)?\p{Lu}[\p{L}\d'’.-]*){0,6}/gu;

/** The word a site's address names its organisation by: "westbrook" in canvas.westbrook.edu, "bellecote" in bellecote.360learning.com. */
export function organisationWordOfHost(hostname: string): string | undefined {
  const labels = hostname.toLowerCase().split('.');
  if (labels.length < 2 || STATIC_HOST.test(hostname)) return undefined;
  const own = CUSTOMER_SUBDOMAIN.test(hostname) ? labels.slice(0, -2) : labels.slice(0, -1);
  const word = [...own].reverse().find((label) => !GENERIC_HOST_LABEL.test(label) && label.length >= 3);
  return word?.replace(/-/g, '');
}

const MAX_SITE_NAME_PHRASE = 200;
/** An acronym or a kind of organisation that a name follows: "AWS Skill Builder", "Groupe Bellecôte". */
const ACRONYM = /^\p{Lu}{2,5}$/u;
const KIND_BEFORE_NAME =
  /^(?:groupe?|grupo|gruppe|université|university|universidad|università|universität|academia|akademie|académie|institut|instituto|istituto|hochschule|école|escuela|scuola|escola)$/iu;
/** Words that go on an organisation's name: "Westbrook University Professional & Continuing Education". */
const ORGANISATION_WORD =
  /^(?:university|université|universidad|università|universität|universiteit|college|community|state|institute|institut|academy|akademie|académie|academia|accademia|school|schule|hochschule|école|escuela|scuola|escola|campus|center|centre|zentrum|centro|group|gruppe|groupe|grupo|gruppo|training|formation|formación|formazione|formação|learning|education|educación|professional|continuing|studies|&|and|of|for|de|du|des|la|gmbh|ag|ltd|llc|inc\.?|s\.?a\.?s?\.?|s\.?l\.?|s\.?r\.?l\.?|b\.?v\.?)$/iu;

/**
 * The organisation named by an address's word (organisationWordOfHost) in one phrase, as the phrase writes it: the
 * fewest capitalised words that spell it, an acronym or a kind of organisation before them ("AWS Skill Builder",
 * "Groupe Bellecôte"), and the words after them that say what kind of organisation it is.
 */
export function nameOfHostWordIn(phrase: string, word: string): string | undefined {
  if (word.length < 4 || phrase.length > MAX_SITE_NAME_PHRASE || !foldText(phrase).includes(word.slice(0, 4))) return undefined;
  for (const m of phrase.matchAll(CAPITALISED_NAME)) {
    const all = m[0].trim().split(/\s+/);
    // "Université Bellecôte": the name may begin at any of the capitalised words.
    const at = all.findIndex((w) => foldText(w).replace(/[^\p{L}\d]/gu, '').startsWith(word.slice(0, 4)));
    if (at < 0) continue;
    // "AWS Skill Builder", "Groupe Bellecôte": an acronym or a kind of organisation before it belongs to the name.
    let from = at;
    if (from > 0 && (ACRONYM.test(all[from - 1]!) || KIND_BEFORE_NAME.test(all[from - 1]!))) from -= 1;
    const words = all.slice(at);
    // The fewest words that spell the address's word, then the words that say what kind of organisation it is.
    for (let n = 1; n <= words.length; n++) {
      const letters = foldText(words.slice(0, n).join('')).replace(/[^\p{L}\d]/gu, '');
      if (!(letters.startsWith(word) || (word.startsWith(letters) && letters.length >= word.length - 2 && n === words.length))) continue;
      let end = n;
      while (end < words.length && ORGANISATION_WORD.test(words[end]!)) end += 1;
      const name = [...all.slice(from, at), ...words.slice(0, end)].join(' ');
      // The sentence's full stop is not the name's; "Inc." and "S.A." keep theirs.
      return /(?:^|\s)(?:inc|ltd|co|corp|s\.a|s\.l|b\.v)\.$/i.test(name) ? name : name.replace(/[.,;:]+$/, '');
    }
  }
  return undefined;
}
