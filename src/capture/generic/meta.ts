/**
 * Meta tags: the page's own title and site name, and a publication date. They say what the page is called,
 * never that anything was completed, so this source carries no completion evidence; the detector uses its
 * fields only to fill gaps when another source has that evidence.
 */
import { orderForLanguage, parseDate } from '../../domain/dates';
import { normalizeSpace } from '../dom';
import { cleanText, foundFields, MAX_PROVIDER_LENGTH, MAX_TITLE_LENGTH, type PartialCapture } from './fields';

const TITLE_KEYS = ['og:title', 'twitter:title', 'citation_title', 'DC.title', 'dc.title'];
const PROVIDER_KEYS = ['og:site_name', 'citation_publisher', 'DC.publisher', 'application-name'];
const DATE_KEYS = ['article:published_time', 'citation_date', 'citation_publication_date', 'DC.date', 'dc.date'];
const META_CONFIDENCE = 0.1;
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

/** "Course name | Site" -> "Course name" when the suffix (or prefix) is the site's name. */
function withoutSiteName(title: string, site: string | undefined): string {
  if (!site) return title;
  const parts = title.split(/\s+[|–—·-]\s+/);
  if (parts.length < 2) return title;
  const rest = parts.filter((p) => p.toLowerCase() !== site.toLowerCase());
  return rest.length > 0 && rest.length < parts.length ? rest.join(' – ') : title;
}

export function readMeta(doc: Document, _url: URL): PartialCapture {
  const tags = metaTags(doc);
  const provider = PROVIDER_KEYS.map((k) => cleanText(tags.get(k), MAX_PROVIDER_LENGTH)).find(Boolean);
  const rawTitle = TITLE_KEYS.map((k) => cleanText(tags.get(k), MAX_TITLE_LENGTH)).find(Boolean) ?? cleanText(doc.title, MAX_TITLE_LENGTH);
  const order = orderForLanguage(doc.documentElement?.getAttribute('lang'));
  const endDate = DATE_KEYS.map((k) => tags.get(k)).map((v) => (v && v.length <= 64 ? parseDate(v, order) : undefined)).find(Boolean);
  const partial = {
    title: rawTitle ? withoutSiteName(rawTitle, provider) : undefined,
    provider,
    endDate,
    completion: false,
    confidence: META_CONFIDENCE,
  };
  return { ...partial, found: foundFields(partial) };
}
