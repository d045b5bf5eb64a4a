/**
 * Who issued a certificate PDF when no label says: a ranking of the names it prints, as a reader weighs them. A name
 * with a legal form ("NetKompetenz Schulungszentrum GmbH") is a company; a wordmark at the top of the page, often set
 * over two lines ("FORTINET" / "TRAINING INSTITUTE"), is the issuer's; a well-known issuer named anywhere ("paloalto
 * NETWORKS", "ude.my/UC-…") is likely; a name printed twice (header and footer) is surer. A partner designation
 * ("Cisco Learning Partner"), a department ("Global Education Services"), a tagline ("Formación profesional en
 * redes") and the course's own title are not issuers. Pure functions over the lines of pdf-lines.ts.
 */
import { cleanText, MAX_PROVIDER_LENGTH } from './generic/fields';
import { legalNameIn, nameOfHostWordIn, organisationWordOfHost, TRADEMARK_LINE } from './generic/provider';
import { CERTIFICATE_HEADING } from './generic/title';
import { isSignatoryLine, organisationOfSignatory, providerInSentence } from './generic/wording';
import type { PdfCell, PdfLine } from './pdf-lines';

export const ORGANISATION =
  /\b(?:academy|academia|académie|accademia|institute|university|college|school|training|learning|education|association|society|council|foundation|corporation|company|inc|llc|ltd|gmbh|ag|plc|sas?|sarl|s\.?l\.?|ab|oy|bv|akademie|hochschule|institut|université|universidad|università|universidade|centre|center|labs?|chapter|networks|systems|partners|group|solutions|consulting|conseil|formation|formación|events|services)\b\.?|株式会社|有限会社|大学|研究所|協会/iu;
const MAX_ORGANISATION_WORDS = 8;
/** A known issuer named in a line this long or shorter names itself; a longer line is a sentence about others. */
const MAX_KNOWN_ISSUER_LINE_WORDS = 6;
/** Contact lines, legal notes and department names name no issuer: "Tel. +49 …", "… logo is a registered mark". */
const NOT_A_NAME = /@|\btel\.?\s|\bphone\b|\bfax\b|\blogo\b|registered\s+(?:mark|trademark)/i;
/** "24 Continuing Education Credits", "8 contact hours": an amount, whatever organisation words it holds. */
const CREDIT_OR_HOURS = /\b(?:credits?|units?|hours?|CEUs?|CPEs?|PDUs?)\b/i;
/** "Cisco Learning Partner", "Authorized Training Partner": a program the issuer belongs to, not the issuer. */
const PARTNER_DESIGNATION = /(?:partner|provider)(?:s|in)?\s*$|authori[sz]ed|registered\s+education\s+provider|\bR\.E\.P\./i;

/** "Formación profesional en redes y ciberseguridad": a capitalised first word and lowercase ones after is a tagline. */
const TAGLINE = /^\S+(?:\s+\p{Ll}[\p{L}'’-]*){2,}/u;
/** The learner's own line, the wording around it: "has successfully completed the training" is no name. */
const SENTENCE_WORDS = /\b(?:has|have|is|was|were|for|completed|attended|successfully)\b/i;
const RECIPIENT_LEAD =
  /(?:certif(?:y|ies)\s+that|presented\s+to|awarded\s+to|granted\s+to|issued\s+to|bescheinigt,?\s+dass|verliehen\s+an|décerné\s+à|certifie\s+que|otorgado\s+a|certifica\s+que)\s*:?$/i;
/** A web address the certificate prints (to verify it, usually), with a scheme or www. so "e.g." is not one. */
/** The organisation words of the web addresses a certificate prints ("netlogiqtraining" for netlogiq-training.co.uk). */
export function printedHostWords(lines: readonly PdfLine[]): string[] {
  return lines.map((line) => WEB_ADDRESS.exec(line.text)?.[1]).flatMap((host) => {
    const word = host ? organisationWordOfHost(host.toLowerCase()) : undefined;
    return word ? [word] : [];
  });
}

const WEB_ADDRESS = /\b(?:https?:\/\/|(?=www\.)|(?=[a-z0-9-]+\.(?:com|org|net|edu|de|fr|es|jp|io|my)\b\/?))((?:[a-z0-9-]+\.)+[a-z]{2,})\b/i;
const SERVICE_SUBDOMAIN = /^(?:www|verify|verification|certificates?|credentials?|badges?)\./i;

/** Words of a department or a tagline ("Education Services", "Professional Development & Technical Training"). */
const DEPARTMENT_WORDS = new Set(
  ('education services service learning training professional development technical technology certification certifications program programs '
    + 'programme department division continuing the & and of it conseil formation formations weiterbildung schulungen global customer worldwide '
    + 'corporate academic studies curriculum content')
    .split(' '),
);

export function isDepartment(text: string): boolean {
  return text.toLowerCase().split(/\s+/).every((word) => DEPARTMENT_WORDS.has(word));
}

/**
 * Issuers of the certificates people in this field earn most, with the ways their certificates print them: a reader
 * knows these names, whether they sit in a wordmark, a signature ("VP of Curriculum, DataCamp") or an address.
 */
const KNOWN_ISSUERS: ReadonlyArray<readonly [string, RegExp]> = [
  ['Cisco Networking Academy', /\bnetacad\b|\bcisco\s+networking\s+academy\b/i],
  ['Cisco U.', /\bcisco\s+u\.(?!\p{L})|\bu\.cisco\.com\b/iu],
  ['Cisco', /\bcisco\b/i],
  ['LinkedIn Learning', /\blinked\s?in\b/i],
  ['Coursera', /\bcoursera\b/i],
  ['Udemy', /\budemy\b|\bude\.my\b/i],
  ['DataCamp', /\bdata\s?camp\b/i],
  ['Pluralsight', /\bpluralsight\b/i],
  ['edX', /\bedx\b/i],
  ['Palo Alto Networks', /\bpalo\s?alto\b/i],
  ['Fortinet', /\bfortinet\b/i],
  ['Juniper Networks', /\bjuniper\b/i],
  ['CompTIA', /\bcomptia\b/i],
  ['ISC2', /\(?\bISC\)?²|\bISC2\b/],
  ['ISACA', /\bISACA\b/],
  ['Microsoft', /\bmicrosoft\b/i],
  ['Amazon Web Services', /\bamazon\s+web\s+services\b|\baws\s+training\b/i],
];

/**
 * The issuers a certificate names, so that none of them is taken for its title: the known issuers it prints and the
 * organisations its sentences name ("delivered by Keystone Learning Partners Ltd").
 */
export function issuerNamesOf(lines: readonly PdfLine[]): string[] {
  const known = KNOWN_ISSUERS.filter(([, printed]) => lines.some((line) => printed.test(line.text))).map(([issuer]) => issuer);
  const stated = lines.map((line) => providerInSentence(line.text)).filter((name): name is string => name !== undefined);
  return [...printedHostWords(lines), ...known, ...stated];
}

const KIND_WORDS = new Set(['the', 'course', 'courses', 'training', 'program', 'programme', 'track', 'path', 'webinar', 'class', 'module']);

/** "paloalto NETWORKS", "Linked in Learning", "CompTIA.": a known issuer as its artwork spells it, by its own name. */
function knownSpelling(name: string | undefined): string | undefined {
  if (!name) return undefined;
  for (const [issuer, printed] of KNOWN_ISSUERS) {
    const match = printed.exec(name);
    if (!match) continue;
    const rest = (name.slice(0, match.index) + ' ' + name.slice(match.index + match[0].length)).toLowerCase().split(/[\s.,]+/).filter(Boolean);
    // "THE DATACAMP COURSE": the issuer, with the words of the sentence that named it.
    if (rest.every((word) => issuer.toLowerCase().split(/\s+/).includes(word) || KIND_WORDS.has(word))) return issuer;
  }
  return name;
}

export interface ProviderCandidate {
  name: string;
  score: number;
  reasons: string[];
}

/** What the label reader found ("Provider: …", "offered by …") and what the completion wording named before the course. */
export interface StatedProvider {
  labelled?: string;
  beforeCourse?: string;
}

const SCORE = {
  labelled: 85,
  beforeCourse: 60,
  legalName: 80,
  wordmark: 55,
  organisationLine: 50,
  signatory: 45,
  knownIssuer: 40,
  webAddress: 20,
  /** Where a name sits or how often it is printed adds to what it is. */
  atTheTop: 20,
  namesKnownIssuer: 15,
  printedTwice: 15,
};
/** Names weighed at most, and how much of the text is searched for a name printed twice: a long PDF costs no more. */
const MAX_CANDIDATES = 60;
/** Lines searched for the name a printed address stands for. */
const MAX_LINES_FOR_HOST_NAME = 200;
const MAX_TEXT = 20_000;
/** A fuller name that starts with a shorter one wins over it unless it scored this much less. */
const FULLER_NAME_MARGIN = 25;

/** The capitals of a name's words, as its monogram prints them: "WU" for Westbrook University. */
function monogramOf(name: string): string {
  return name.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join('');
}

/** "DATACAMP ISSUED ON" around "DataCamp": the name with the words of the line it stood in, not a fuller name. */
function onlyWordsAround(long: string, short: string): boolean {
  const own = new Set(short.toLowerCase().split(/\s+/));
  return long.toLowerCase().split(/\s+/).filter((word) => !own.has(word)).every((word) => LINE_WORDS.has(word));
}
const LINE_WORDS = new Set(['issued', 'on', 'by', 'at', 'the', 'date', 'dated', 'completed', 'awarded', 'signed', 'course', 'training', 'program']);

/** "Bluegate Technical Training, Inc." holds "BLUEGATE"; "NetKompetenz Schulungszentrum GmbH" holds "Schulungszentrum GmbH". */
function holdsWords(long: string, short: string): boolean {
  const [a, b] = [long.toLowerCase(), short.toLowerCase().replace(/[.,]+$/, '')];
  if (a.length <= b.length) return false;
  return (a.startsWith(b) && /^[\s,.]/.test(a.slice(b.length))) || (a.endsWith(b) && /\s$/.test(a.slice(0, -b.length)));
}

/** The wordmark's lines: those above the certificate's heading or its first sentence, at most this many. */
const MAX_TOP_LINES = 4;

function isTopLine(line: PdfLine): boolean {
  return !CERTIFICATE_HEADING.test(line.text) && !RECIPIENT_LEAD.test(line.text) && !SENTENCE_WORDS.test(line.text);
}

/** The lines of the first page above its heading: where an issuer prints its name. */
function topLines(lines: readonly PdfLine[]): PdfLine[] {
  const first = lines.filter((line) => line.page === lines[0]?.page);
  const end = first.findIndex((line) => !isTopLine(line));
  return first.slice(0, Math.min(end < 0 ? first.length : end, MAX_TOP_LINES));
}

const words = (text: string) => text.trim().split(/\s+/).length;

/** "FORTINET" over "TRAINING INSTITUTE", "NetKompetenz" over "Schulungszentrum GmbH": one name set on two lines. */
function stackedName(upper: PdfCell, upperLine: PdfLine, lower: PdfCell, lowerLine: PdfLine): string | undefined {
  const aligned = Math.abs(upper.left - lower.left) < upper.fontSize || Math.abs((upper.left + upper.right) / 2 - (lower.left + lower.right) / 2) < upper.fontSize;
  const close = upperLine.y - lowerLine.y < 2 * upper.fontSize;
  if (!aligned || !close || lower.fontSize > upper.fontSize || words(upper.text) > 2 || words(lower.text) > 3) return undefined;
  if (isDepartment(lower.text) && !ORGANISATION.test(lower.text.replace(/\b(?:training|learning|education|services?)\b/gi, ''))) {
    // "Learning & Certifications", "Education Services" under a wordmark are its department; "Training Institute" is its name.
    if (!/\b(?:institute|academy|chapter|networks)\b/i.test(lower.text)) return undefined;
  }
  if (!/^[\p{Lu}\d]/u.test(lower.text) || TAGLINE.test(lower.text)) return undefined;
  // "FORTINET" over "FORTINET TRAINING INSTITUTE": the lower line already names it whole.
  // "WU" over "Westbrook University": a monogram over the name it stands for.
  if (lower.text.toLowerCase().startsWith(`${upper.text.toLowerCase()} `) || monogramOf(lower.text) === upper.text) return lower.text;
  return `${upper.text} ${lower.text}`;
}

function usableName(text: string, title: string | undefined, people: readonly string[]): boolean {
  // A name inside the title is the title's, unless it is an organisation's that the event is named after ("ISC2
  // Cascadia Chapter Spring Security Summit 2026").
  const inTitle = title !== undefined && title.includes(text) && !(title.startsWith(`${text} `) && ORGANISATION.test(text));
  if (!text || text === title || inTitle || text.includes(':') || words(text) > MAX_ORGANISATION_WORDS) return false;
  if (CERTIFICATE_HEADING.test(text) || isSignatoryLine(text) || people.includes(text) || NOT_A_NAME.test(text) || isDepartment(text)) return false;
  if (PARTNER_DESIGNATION.test(text) || CREDIT_OR_HOURS.test(text) || SENTENCE_WORDS.test(text) || RECIPIENT_LEAD.test(text) || TAGLINE.test(text)) return false;
  return /^(?:\p{Lu}|\d+\p{L})/u.test(text) || /^[\p{L}・ー]*株式会社/u.test(text);
}

/** Every name the certificate prints that could be its issuer, best first, each with why. */
export function rankPdfProviders(lines: readonly PdfLine[], title: string | undefined, people: readonly string[], stated: StatedProvider = {}): ProviderCandidate[] {
  const found = new Map<string, ProviderCandidate>();
  const add = (raw: string | undefined, score: number, reason: string, trusted = false) => {
    if (found.size >= MAX_CANDIDATES) return;
    const name = raw && knownSpelling(cleanText(raw.split(/\s+[·|•–—]\s+/)[0]!.replace(/[,;]$/, ''), MAX_PROVIDER_LENGTH));
    // A labelled issuer ("Provider: edX", "Issued by: Cisco" on a "Cisco CCNA …" course) and a printed address are
    // names already; only a sentence's fragment ("en cybersécurité", ", LinkedIn, #4101"), a label ("ID: 4101") or the
    // learner is refused.
    const usable = trusted
      ? /^[\p{L}\d]/u.test(name ?? '') && !/^\p{Ll}\S*\s/u.test(name ?? '') && !name?.includes(':') && !people.includes(name ?? '')
      : name !== undefined && usableName(name, title, people);
    if (!name || !usable) return;
    const key = name.toLowerCase();
    const seen = found.get(key);
    if (!seen) found.set(key, { name, score, reasons: [reason] });
    else if (score > seen.score) found.set(key, { name, score, reasons: [reason, ...seen.reasons] });
  };

  add(stated.labelled, SCORE.labelled, 'labelled or named in a sentence', true);
  add(stated.beforeCourse, SCORE.beforeCourse, 'named before the course', true);
  const top = topLines(lines);
  for (const [i, line] of top.entries()) {
    for (const cell of line.cells) {
      // "Tallinn · Estonia · bcds-summit.eu" is a place line; two words and no organisation word are a person's name.
      const organisation = ORGANISATION.test(cell.text);
      if (!/\s[·|•–—]\s/.test(cell.text) && (organisation || words(cell.text) === 1)) add(cell.text, SCORE.wordmark + (organisation ? 10 : 0), 'wordmark');
      // The second line of a wordmark may sit under it after a line of another column.
      for (const below of top.slice(i + 1, i + 3)) {
        for (const lower of below.cells) {
          add(stackedName(cell, line, lower, below), SCORE.wordmark + 15, 'wordmark over two lines');
          // A logo's mark beside its words: "Networking Academy" with "CISCO" under it spells a known issuer.
          for (const both of [`${cell.text} ${lower.text}`, `${lower.text} ${cell.text}`]) {
            const known = knownSpelling(both);
            if (known !== both && words(known!) > 1) add(known, SCORE.wordmark + 15 + SCORE.atTheTop, 'known issuer over two lines, at the top');
          }
        }
      }
    }
  }
  for (const line of lines) {
    for (const cell of line.cells) {
      if (!TRADEMARK_LINE.test(cell.text)) add(legalNameIn(cell.text), SCORE.legalName, 'legal form');
      const text = cell.text.split(/\s+[·|•–—]\s+/)[0]!.trim();
      // "ISC2 Lakeshore Chapter meeting": the name ends where its capitalised words do; a sentence names nothing.
      if (ORGANISATION.test(text) && !SENTENCE_WORDS.test(text) && !TAGLINE.test(text)) add(text.replace(/(?:\s+\p{Ll}[\p{L}-]*)+$/u, ''), SCORE.organisationLine, 'organisation word');
    }
    const signed = organisationOfSignatory(line.text);
    if (signed) add(signed, SCORE.signatory, 'signature line');
    const host = WEB_ADDRESS.exec(line.text)?.[1];
    if (host) {
      add(host.toLowerCase().replace(SERVICE_SUBDOMAIN, ''), SCORE.webAddress, 'web address', true);
      // The organisation the address names, as the certificate writes it ("Cyberlearn Campus" for cyberlearn-campus.fr).
      const word = organisationWordOfHost(host.toLowerCase());
      const named = word ? lines.slice(0, MAX_LINES_FOR_HOST_NAME).map((l) => nameOfHostWordIn(l.text, word)).find(Boolean) : undefined;
      add(named, SCORE.webAddress + SCORE.namesKnownIssuer, 'named as its web address', true);
    }
  }
  const text = lines.map((line) => line.text).join('\n').slice(0, MAX_TEXT);
  const topText = top.map((line) => line.text).join('\n');
  for (const [name, printed] of KNOWN_ISSUERS) {
    // Named where an issuer names itself: a short line (a wordmark, a signature, an address), not in a sentence listing others.
    const at = lines.find((line) => printed.test(line.text) && words(line.text) <= MAX_KNOWN_ISSUER_LINE_WORDS && !/\be\.g\.|\bsuch as\b|\bz\.B\./i.test(line.text) && !(title && line.text.includes(title)) && !PARTNER_DESIGNATION.test(line.text));
    if (at) add(name, SCORE.knownIssuer, 'known issuer');
  }

  const lower = text.toLowerCase();
  const topLower = topText.toLowerCase();
  const ranked = [...found.values()].map(({ name, score, reasons }) => {
    const key = name.toLowerCase();
    const known = KNOWN_ISSUERS.find(([issuer]) => issuer === name)?.[1];
    const bonuses: Array<[boolean, number, string]> = [
      [known ? known.test(topText) : topLower.includes(key) || topLower.includes(key.split(' ')[0]!), SCORE.atTheTop, 'at the top'],
      [!known && KNOWN_ISSUERS.some(([, printed]) => printed.test(name)), SCORE.namesKnownIssuer, 'names a known issuer'],
      [lower.split(key).length > 2, SCORE.printedTwice, 'printed twice'],
    ];
    const earned = bonuses.filter(([applies]) => applies);
    return { name, score: earned.reduce((sum, [, points]) => sum + points, score), reasons: [...reasons, ...earned.map(([, , why]) => why)] };
  });
  // "BLUEGATE" and "Bluegate Technical Training, Inc.", "ISC2" and "ISC2 Lakeshore Chapter": the fuller name of the two.
  const fuller = (short: ProviderCandidate) =>
    ranked.some((long) => long !== short && long.score >= short.score - FULLER_NAME_MARGIN && holdsWords(long.name, short.name) && !onlyWordsAround(long.name, short.name));
  // "WU" over "Westbrook University": a monogram stands for the name it abbreviates.
  const monogram = (short: ProviderCandidate) => /^\p{Lu}{2,5}$/u.test(short.name) && ranked.some((long) => long !== short && monogramOf(long.name) === short.name);
  return ranked.filter((candidate) => !fuller(candidate) && !monogram(candidate)).sort((a, b) => b.score - a.score);
}

