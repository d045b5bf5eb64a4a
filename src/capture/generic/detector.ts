/**
 * The generic adapter: for any page no portal adapter claims, run on demand (manual capture) and in the CLI.
 * Each source reads the page on its own; the detector merges them field by field (Open Badges, then schema.org
 * JSON-LD, then visible labels, then meta tags), and captures only when some source saw completion evidence.
 */
import type { Capture, CreditUnit } from '../../domain/schema';
import type { Adapter, ReadingContext } from '../adapter';
import { cleanText, foundFields, MAX_PROVIDER_LENGTH, type PartialCapture } from './fields';
import { hasStructuredData, jsonLdNodes } from './json-ld-nodes';
import { readJsonLd } from './jsonld';
import { providerNamedOnPage, readLabels } from './labels';
import { usableProvider } from './provider';
import { judgeTitle, PERSON, rankTitles, type TitleCandidate, type TitleRanking } from './title';
import { readMeta } from './meta';
import { readOpenBadges } from './open-badges';

const ADAPTER_ID = 'generic';
const MAX_CONFIDENCE = 0.95;
/** A capture whose title is only the page's heading or title, and looks like no course's name. */
const DOUBTFUL_TITLE_CONFIDENCE = 0.4;
/** Each of completion date, certificate code and credits-or-hours makes a capture more useful and more certain. */
const CONFIDENCE_PER_KEY_FIELD = 0.05;
const MAX_URL_LENGTH = 2048;
const DETECT_PROBE =
  /certificat|zertifikat|teilnahme|credential|badge|complet|logro|trofeo|troph|selo|insignia|recebid|concedid|watched|abgeschlossen|délivré|attestation|certificado|finaliz|attended|attendance|asisti|constancia|earned|achievement|passed|terminé|réussi|conclu|voltooid|completato|修了|証明|完了|実績|達成/i;

type Field = 'title' | 'provider' | 'startDate' | 'endDate' | 'certificateCode' | 'hours';

/** The first source (in priority order) that has the field. */
function pick<K extends Field>(sources: readonly PartialCapture[], key: K): PartialCapture[K] {
  for (const source of sources) if (source[key] !== undefined) return source[key];
  return undefined;
}

function pickCredits(sources: readonly PartialCapture[]): { credits?: number; creditUnit?: CreditUnit } {
  const source = sources.find((s) => s.credits !== undefined);
  if (!source) return {};
  // A badge's creditsAvailable has no unit; a label on the same page saying "8 CPE" does.
  const unit = source.creditUnit ?? sources.find((s) => s.credits === source.credits && s.creditUnit)?.creditUnit;
  return { credits: source.credits, creditUnit: unit };
}

function sourceUrlOf(url: URL): string | undefined {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const href = `${url.origin}${url.pathname}${url.search}`;
  return href.length <= MAX_URL_LENGTH ? href : `${url.origin}${url.pathname}`.slice(0, MAX_URL_LENGTH);
}

function hostProvider(url: URL): string {
  return url.hostname.replace(/^www\./i, '');
}

/**
 * The titles every source offers, ranked: a credential's own name (Open Badges, JSON-LD), what the visible page
 * says (labels, wording, headings), and the page's meta title.
 */
function rankSources(sources: readonly PartialCapture[], context: ReadingContext = {}): TitleRanking {
  const userPeople = context.people ?? [];
  const [badges, jsonLd, labels, meta] = sources;
  // The recipient the page names, or the profile's owner, is no title whichever source offers it.
  const people = [...userPeople, ...sources.flatMap((source) => source.people ?? [])];
  const credential = [badges, jsonLd].flatMap((s): TitleCandidate[] => (s?.title ? [{ text: s.title, source: 'credential' }] : []));
  const page = labels?.titleCandidates ?? (labels?.title ? [{ text: labels.title, source: 'heading' as const }] : []);
  const named: TitleCandidate[] = meta?.title ? [{ text: meta.title, source: 'page-title' }] : [];
  // The site's own name in the document title ("Cisco Digital Learning") names the site, not the course.
  const sites = [...sources.map((source) => source.provider), ...(context.siteNames ?? [])].filter((name): name is string => Boolean(name));
  return rankTitles([...credential, ...page, ...named], people, sites);
}

/** How the page's title was chosen: every candidate with its score and reasons, and the ones refused and why (CLI --explain). */
export function explainTitle(doc: Document, url: URL, context: ReadingContext = {}): TitleRanking {
  const nodes = jsonLdNodes(doc);
  return rankSources([readOpenBadges(doc, url, nodes), readJsonLd(doc, url, nodes), readLabels(doc, url, context.people), readMeta(doc, url)], context);
}

/** The page as one capture, or [] when nothing on it says an activity was completed. */
export function extractGeneric(doc: Document, url: URL, context: ReadingContext = {}): Capture[] {
  const sourceUrl = sourceUrlOf(url);
  if (!sourceUrl) return [];
  const nodes = jsonLdNodes(doc);
  const sources = [readOpenBadges(doc, url, nodes), readJsonLd(doc, url, nodes), readLabels(doc, url, context.people), readMeta(doc, url)];
  const evidence = sources.filter((s) => s.completion);
  if (evidence.length === 0 || sources.some((s) => s.notAnAward)) return [];

  // Every source's titles are ranked together (title.ts): the page's own title may be "Certificate of Completion" too.
  // When none passes, the best there is still carries the dates and code the page showed, at a confidence that asks
  // the user to check it in the form.
  const people = [...(context.people ?? []), ...sources.flatMap((source) => source.people ?? [])];
  const usable = rankSources(sources, context).best?.title;
  // The best there is, but never a person the page names: the learner's name is no course, even at low confidence.
  const title = usable ?? sources.map((source) => source.title).find((t) => t !== undefined && judgeTitle(t, people).rejected !== PERSON);
  if (!title) return [];
  const merged = {
    title,
    startDate: pick(sources, 'startDate'),
    endDate: pick(sources, 'endDate'),
    certificateCode: pick(sources, 'certificateCode'),
    hours: pick(sources, 'hours'),
    ...pickCredits(sources),
  };
  // A start date from one source and an end date from another may disagree; the end date wins.
  if (merged.startDate && merged.endDate && merged.startDate > merged.endDate) merged.startDate = undefined;

  const keyFields = [merged.endDate, merged.certificateCode, merged.credits ?? merged.hours].filter((v) => v !== undefined).length;
  const base = Math.max(...evidence.map((s) => s.confidence));
  const confidence = Math.round(Math.min(usable ? MAX_CONFIDENCE : DOUBTFUL_TITLE_CONFIDENCE, base + CONFIDENCE_PER_KEY_FIELD * keyFields) * 100) / 100;

  const capture: Capture = {
    adapterId: ADAPTER_ID,
    title: merged.title,
    // What the page or its metadata names, else the portal's own name, else a company the page names in passing
    // (providerNamedOnPage), else the host.
    provider: sources.map((source) => usableProvider(source.provider, people)).find(Boolean) ?? context.siteNames?.[0]
      ?? providerNamedOnPage(doc, url, people) ?? cleanText(hostProvider(url), MAX_PROVIDER_LENGTH) ?? url.hostname,
    sourceUrl,
    confidence,
    found: foundFields({ ...merged, completion: true, confidence }),
  };
  // Fields are copied one by one so that an absent field is absent, not `undefined`.
  if (merged.startDate) capture.startDate = merged.startDate;
  if (merged.endDate) capture.endDate = merged.endDate;
  if (merged.certificateCode) capture.certificateCode = merged.certificateCode;
  if (merged.credits !== undefined) capture.credits = merged.credits;
  if (merged.credits !== undefined && merged.creditUnit) capture.creditUnit = merged.creditUnit;
  if (merged.hours !== undefined) capture.hours = merged.hours;
  return [capture];
}

/**
 * Failures must not break the page the user is on, but in tests and dev builds they are thrown so that a bug
 * is never mistaken for "not a completion page" (as in the portal adapters).
 */
function guarded<T>(work: () => T, fallback: T): T {
  try {
    return work();
  } catch (error) {
    if (import.meta.env?.DEV) throw error;
    console.warn('Recert Companion: the generic reader could not read this page', error);
    return fallback;
  }
}

export const genericAdapter: Adapter = {
  id: ADAPTER_ID,
  label: 'Any certificate page',
  // Runs only on demand (the user's "Capture this page") and in the CLI, never as a registered content script.
  matches: [],
  detect(doc, _url) {
    return guarded(() => {
      // JSON-LD, an embedded credential, or a credential opened directly (the browser shows it as plain text)
      if (hasStructuredData(doc)) return true;
      if (DETECT_PROBE.test(doc.title ?? '')) return true;
      // A Credly-style og:title, "Course was issued by Issuer to Person" (see meta.ts)
      if (/\swas\s+issued\s+by\s/i.test(doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '')) return true;
      // textContent is one native call; a completion cue can sit anywhere, even after 50,000 rows of noise.
      return DETECT_PROBE.test(doc.body?.textContent ?? '');
    }, false);
  },
  extract(doc, url, context) {
    return guarded(() => extractGeneric(doc, url, context), []);
  },
};

export default genericAdapter;
