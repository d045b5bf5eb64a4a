/**
 * Meta tags: the page's own title and site name, and a publication date. They say what the page is called,
 * not that anything was completed, so this source carries no completion evidence; the detector uses its
 * fields only to fill gaps when another source has that evidence. The one exception is a title in the Credly
 * style, "Course was issued by Issuer to Person": an award in one sentence, whose course is the title, whose
 * issuer is the provider, and whose person is never either.
 */
import { orderForLanguage, parseDate } from '../../domain/dates';
import { normalizeSpace } from '../dom';
import { looksLikeName } from './wording';
import { namesThePage, readsAsOrganisation } from './title';
import { cleanText, foundFields, MAX_PROVIDER_LENGTH, MAX_TITLE_LENGTH, type PartialCapture } from './fields';

const TITLE_KEYS = ['og:title', 'twitter:title', 'citation_title', 'DC.title', 'dc.title'];
const PROVIDER_KEYS = ['og:site_name', 'citation_publisher', 'DC.publisher', 'application-name'];
const DATE_KEYS = ['article:published_time', 'citation_date', 'citation_publication_date', 'DC.date', 'dc.date'];
const META_CONFIDENCE = 0.1;
/** As sure as completion wording on the page (labels.ts): the sentence says so, but nothing dates it. */
const ISSUED_TO_CONFIDENCE = 0.4;
/**
 * "Course was issued by Issuer to Person." The issuer runs to the last " to " (a person's name has none; an
 * organisation's may: "Path to Success Ltd").
 */
const ISSUED_BY_TO = /^(.{2,}?)\s+was\s+issued\s+by\s+(.{2,})\s+to\s+\S.*$/is;
/** "Wei Chen earned Build a Secure Google Cloud Network Skill Badge": a person, a verb of completion, the course. */
const PERSON_EARNED =
  /^(.{3,60}?)\s+(?:earned|completed|achieved|received|passed|ha\s+completado|ha\s+obtenido|hat\s+(?:.{1,80}?\s)?(?:abgeschlossen|erworben)|a\s+(?:terminé|obtenu|réussi)|ha\s+completato|concluiu|heeft\s+(?:behaald|afgerond))\s+(?:the\s+|el\s+|la\s+|le\s+|il\s+|o\s+)?(.{3,300})$/i;
const MAX_META_TAGS = 500;

/**
 * The page's meta tags as key -> first non-empty content, read in one pass over <head> (metas in the body are
 * rare, and asking the whole document once per key is slow on huge pages).
 */
function metaTags(doc: Document): Map<string, string> {
  const tags = new Map<string, string>();
  const metas = (doc.head ?? doc.documentElement)?.getElementsByTagName('meta');
  for (const meta of Array.from(metas ?? []).slice(0, MAX_META_TAGS)) {
    const content = normalizeSpace(meta.getAttribute('content') ?? '');
    if (!content) continue;
    for (const key of [meta.getAttribute('property'), meta.getAttribute('name')]) {
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

/** Learning-system software, whose name in a page title is the product, not the organisation that taught. */
const LEARNING_SYSTEMS =
  /^(?:workday|moodle|canvas|instructure|docebo|talentlms|cornerstone(?:\s+ondemand)?|csod|(?:sap\s+)?successfactors(?:\s+learning)?|sap|totara|blackboard|brightspace|d2l|absorb(?:\s+lms)?|learnupon|thinkific|teachable|lms|home|dashboard)$/i;
/** Words a site adds after its name: "NetSkills Akademie Kundenportal" is NetSkills Akademie's. */
const PORTAL_WORDS = /\s+(?:kundenportal|customer\s+portal|learning\s+portal|learner\s+portal|portal|lms|lernplattform|campus\s+online)$/i;
const MAX_SITE_WORDS = 6;

/**
 * The organisation a page title names after its separator ("Course | Harbourline Academy"), when it reads as one:
 * a few words, not the learning system's own name.
 */
const words = (text: string) => text.split(/\s+/).length;
/** "Splunk Education | Learner Dashboard": a site named before the page is a few words; more are the course's name. */
const MAX_SITE_WORDS_BEFORE_PAGE = 4;
const SITE_WORD = /\b(?:education|learning|training|academy|akademie|académie|academia|university|institute|school|campus|hub|labs?|subscription|online|skills?|college|chapter)\b/iu;

function siteFromTitle(title: string, isHeading: (text: string) => boolean): string | undefined {
  const parts = title.split(/\s+[|–—·-]\s+/);
  if (parts.length < 2) return undefined;
  // "Red Hat Learning Subscription | Mon historique": when the last part names the page, the site comes first.
  const first = parts[0]!;
  // "Splunk Education", "TryHackMe", "Red Hat Learning Subscription": a site reads as one, never as a person or the course.
  const siteFirst = words(first) <= MAX_SITE_WORDS_BEFORE_PAGE && !isHeading(first) && (SITE_WORD.test(first) || (words(first) === 1 && !looksLikeName(first)));
  const pageNamedLast = namesThePage(parts[parts.length - 1]!) && siteFirst;
  const named = pageNamedLast ? first : parts[parts.length - 1]!;
  if (namesThePage(named)) return undefined;
  const site = named.replace(PORTAL_WORDS, '').trim();
  // A site's name is shorter than what the page is about, and has no year ("CyberSécu Days 2026" is an event).
  const subject = pageNamedLast ? parts.slice(1).join(' ') : parts.slice(0, -1).join(' ');
  // An organisation's name ("ISACA Germany Chapter e.V.") may be longer than the page's ("Meine Veranstaltungen").
  const longerThanSubject = !pageNamedLast && words(site) > Math.max(words(subject), 2) && !readsAsOrganisation(site);
  if (!/^\p{Lu}/u.test(site) || namesThePage(site) || words(site) > MAX_SITE_WORDS || longerThanSubject || /\d{4}/.test(site) || LEARNING_SYSTEMS.test(site)) return undefined;
  return cleanText(site, MAX_PROVIDER_LENGTH);
}


/** "Course name | Site" -> "Course name" when the suffix (or prefix) is the site's name. */
function withoutSiteName(title: string, site: string | undefined): string {
  if (!site) return title;
  const parts = title.split(/\s+[|–—·-]\s+/);
  if (parts.length < 2) return title;
  const rest = parts.filter((p) => p.toLowerCase() !== site.toLowerCase());
  return rest.length > 0 && rest.length < parts.length ? rest.join(' – ') : title;
}

/** The course in a "Person earned Course" title, when what comes before the verb reads as a person's name. */
function personEarned(title: string): string | undefined {
  const m = PERSON_EARNED.exec(title);
  return m && looksLikeName(m[1]!) ? cleanText(m[2], MAX_TITLE_LENGTH) : undefined;
}

/** The course and issuer of a Credly-style title, or undefined for any other title. */
function issuedByTo(title: string): { title: string; provider: string } | undefined {
  const m = ISSUED_BY_TO.exec(title);
  const course = cleanText(m?.[1], MAX_TITLE_LENGTH);
  const issuer = cleanText(m?.[2], MAX_PROVIDER_LENGTH);
  return course && issuer ? { title: course, provider: issuer } : undefined;
}

export function readMeta(doc: Document, _url: URL): PartialCapture {
  const tags = metaTags(doc);
  const siteName = PROVIDER_KEYS.map((k) => cleanText(tags.get(k), MAX_PROVIDER_LENGTH)).find(Boolean);
  const rawTitle = TITLE_KEYS.map((k) => cleanText(tags.get(k), MAX_TITLE_LENGTH)).find(Boolean) ?? cleanText(doc.title, MAX_TITLE_LENGTH);
  const earned = rawTitle ? personEarned(rawTitle) : undefined;
  const issued = rawTitle ? (issuedByTo(rawTitle) ?? (earned ? { title: earned, provider: undefined } : undefined)) : undefined;
  // The course's own heading repeated in the title ("Intro to Splunk | Certificate") is no site's name.
  const h1 = normalizeSpace(doc.querySelector('h1')?.textContent ?? '').toLowerCase();
  const titleSite = siteFromTitle(cleanText(doc.title, MAX_TITLE_LENGTH) ?? rawTitle ?? '', (text) => text.toLowerCase() === h1);
  const order = orderForLanguage(doc.documentElement?.getAttribute('lang'));
  const endDate = DATE_KEYS.map((k) => tags.get(k)).map((v) => (v && v.length <= 64 ? parseDate(v, order) : undefined)).find(Boolean);
  const partial = {
    // The issuer named in the title wins over the site's name: that is the platform showing the badge.
    title: issued?.title ?? (rawTitle ? withoutSiteName(rawTitle, siteName ?? titleSite) : undefined),
    provider: issued?.provider ?? siteName ?? titleSite,
    endDate,
    completion: issued !== undefined,
    confidence: issued ? ISSUED_TO_CONFIDENCE : META_CONFIDENCE,
  };
  return { ...partial, found: foundFields(partial) };
}
