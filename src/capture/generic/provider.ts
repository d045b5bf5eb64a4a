/**
 * What an issuer's name can be. A certificate's small print names many things near its issuer: the signatory's job
 * ("Program Director, Cybersecurity"), the instructors, a quality label ("certifié Qualiopi"), a contact address, a
 * sentence of instructions. None of them is who delivered the course.
 */

const CONTACT = /\S+@\S+\.\S+|https?:\/\/|www\./i;
/** A job title or a role: the person who signed or taught, not the organisation. */
const ROLE =
  /\b(?:director|manager|head\s+of|dean|coordinator|instructors?|trainers?|teachers?|speakers?|presenters?|chief|ceo|cto|ciso|president|chair(?:man|woman|person)?|signature|signed|directeur|directrice|responsable|formateur|formatrice|leiter(?:in)?|geschäftsführer(?:in)?|dozent(?:in)?|referent(?:in)?|director[a]?\s+de|coordinador[a]?|instructor[a]?)\b|講師|代表取締役/iu;
/** A quality or accreditation label printed beside the issuer's name. */
const QUALITY_LABEL = /qualiopi|^(?:iso\s*\d{4,5}(?::\d{4})?(?:\s+certified)?|accredited|akkreditiert|zertifiziert)$/iu;
/** A sentence: it ends with a full stop and has more words than a name. */
const SENTENCE = /^(?:\S+\s+){5,}\S+[.!?。]$/u;
/** A section's heading taken for a name beside it: "Item Details", "Course information". */
const SECTION_HEADING = /^(?:item|course|activity|training|event|session|record)\s+(?:details|information|overview|summary)$/iu;
/** A single lowercase word: a fragment of a sentence ("Formación" is capitalised; "following" is not). */
const FRAGMENT = /^\p{Ll}[\p{Ll}-]*$/u;

export function usableProvider(value: string | undefined, people: readonly string[] = []): string | undefined {
  // "Offered by AWS Training and Certification. This course may help…": the name ends with its sentence, not at an
  // abbreviation's full stop ("Universität St. Gallen", "Acme Inc. Training", "Cisco U. Live").
  // "Kairos Agile Partners (PMI Authorized Training Partner #4471)": the bracket is its accreditation, not its name.
  const name = value
    ?.replace(/(?<!\b(?:St|Inc|Co|Ltd|Corp|Dr|Mt|Univ|Dept|No|Nr)|(?:^|\s)\p{Lu})\.\s+\p{Lu}.*$/u, '')
    .replace(/\s*\((?=[^)]*(?:#|\d|\bpartner\b|\bprovider\b|\bsponsor\b))[^)]*\)\s*$/iu, '')
    .trim();
  if (!name || CONTACT.test(name) || ROLE.test(name) || QUALITY_LABEL.test(name) || SECTION_HEADING.test(name) || SENTENCE.test(name) || FRAGMENT.test(name)) return undefined;
  return people.some((person) => person.toLowerCase() === name.toLowerCase()) ? undefined : name;
}

/** A legal form closes a company's name: "Formacyber SAS", "Aula Nube Formación S.L.", "株式会社テックラーニング". */
const LEGAL_NAME =
  /(?<![\p{L}\d])((?:\p{Lu}[\p{L}\d&'’.-]*\s+(?:(?:de|des|du|der|für|of|and|&|y|e)\s+)?){0,5}\p{Lu}[\p{L}\d&'’.-]*,?\s+(?:GmbH|AG|KG|SAS|SARL|SA|S\.A\.S?\.?|S\.L\.U?\.?|SL|Ltd\.?|Limited|Inc\.?|LLC|PLC|B\.V\.|BV|AB|Oy|K\.K\.))(?![\p{L}\d])|(株式会社[\p{L}・ー]+|[\p{L}・ー]+株式会社)/u;
/** "PMI is a registered mark of Project Management Institute, Inc.": the line names a trademark's owner, not the issuer. */
export const TRADEMARK_LINE = /registered\s+(?:trade)?marks?|\btrademarks?\b|\bmarque\s+déposée|\beingetragene\s+marke/i;
/** "© 2026 Cyber Rhône-Alpes · Mentions légales": a copyright line, and whose it is. */
export const COPYRIGHT = /(?:©|\(c\)|\bcopyright\b)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?([^·|•©\n]{2,60}?)(?:[.,]?\s*(?:all\s+rights|tous\s+droits|todos\s+los\s+derechos|alle\s+rechte)|\s*[·|•]|$)/iu;

/** The company a text names with its legal form, if any: "… directrice de Formacyber SAS, atteste …" -> "Formacyber SAS". */
export function legalNameIn(text: string): string | undefined {
  const found = LEGAL_NAME.exec(text);
  return found ? (found[1] ?? found[2])!.replace(/,$/, '') : undefined;
}
