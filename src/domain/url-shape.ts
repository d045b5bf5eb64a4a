/**
 * The shape of a page's address with its ids left out, so a recipe taught on one course's completion page knows the
 * site's other completion pages: /learn/course/8812/completion becomes /learn/course/∗/completion. A segment
 * (of the path, of a hash route such as #/courses/1f2e/certificate, or a query value) that holds a digit or a long
 * slug is an id; words (routename=Learning/LearningObjectDetails) stay. A segment `*.pdf` is any file of that
 * type (a certificate's own file name). Pure: used by the content script, the background and the CLI alike.
 */

export const ANY = '*';
/** A slug with this many hyphens or more is a title ("introduction-to-ccna-automation"), not a section. */
const SLUG_HYPHENS = 2;
const MAX_WORD = 40;

function isWord(segment: string): boolean {
  if (segment === '' || segment.length > MAX_WORD || /\d/.test(segment)) return false;
  return (segment.match(/[-_]/g) ?? []).length < SLUG_HYPHENS;
}

function shapeSegments(path: string): string {
  return path
    .split('/')
    .map((segment) => (segment === '' || isWord(safeDecode(segment)) ? segment : ANY))
    .join('/');
}

/** A path segment decoded, or as it is when it is not valid percent-encoding. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * A query value is kept when it is a route ("Learning/LearningObjectDetails"); anything else may differ between two
 * pages of one kind (an id, or a type such as cpntTypeID=ILT beside cpntTypeID=COURSE) and becomes `*`.
 */
function shapeQueryValue(value: string): string {
  return value.includes('/') && value.split('/').every((part) => isWord(part) || part === '') && value.length <= MAX_WORD * 2 ? value : ANY;
}

interface Parts {
  path: string;
  route?: string;
}

function partsOf(url: URL): Parts {
  const route = url.hash.startsWith('#/') || url.hash.startsWith('#!/') ? url.hash.replace(/^#!?/, '').split('?')[0] : undefined;
  return { path: url.pathname, ...(route ? { route } : {}) };
}

/**
 * The query's keys. Through forEach: in a Firefox content script a page's URLSearchParams iterator cannot be
 * spread (it belongs to another compartment), which stopped the taught sites' scripts there.
 */
function queryKeys(url: URL): string[] {
  const keys = new Set<string>();
  url.searchParams.forEach((_value, key) => keys.add(key));
  return [...keys].sort();
}

/** The shape of `href` ("/phnx/driver.aspx?loid=*&routename=Learning/LearningObjectDetails#/∗/certificate"). */
export function urlShape(href: string | URL): string {
  const url = typeof href === 'string' ? new URL(href) : href;
  const { path, route } = partsOf(url);
  const keys = queryKeys(url);
  const search = keys.map((key) => `${encodeURIComponent(key)}=${shapeQueryValue(url.searchParams.get(key) ?? '')}`).join('&');
  return `${shapeSegments(path)}${search ? `?${search}` : ''}${route !== undefined ? `#${shapeSegments(route)}` : ''}`;
}

function segmentsFit(shape: string, actual: string): boolean {
  const want = shape.split('/');
  const got = actual.split('/');
  if (want.length !== got.length) return false;
  return want.every((segment, i) => segment === ANY || segment === got[i] || safeDecode(segment) === safeDecode(got[i]!) || (segment.startsWith(`${ANY}.`) && got[i]!.endsWith(segment.slice(1))));
}

/**
 * Whether `href` has `shape`: the same path and route segment for segment (ids anything), and every query key the
 * shape names, with its value where the shape keeps one. Other query keys (tracking, a tab) do not matter.
 */
export function fitsShape(href: string | URL, shape: string): boolean {
  let url: URL;
  try {
    url = typeof href === 'string' ? new URL(href) : href;
  } catch {
    return false;
  }
  const [beforeHash, routeShape] = shape.split('#', 2) as [string, string | undefined];
  const [pathShape, searchShape = ''] = beforeHash.split('?', 2) as [string, string | undefined];
  const { path, route } = partsOf(url);
  if (!segmentsFit(pathShape, path)) return false;
  if (routeShape !== undefined && (route === undefined || !segmentsFit(routeShape, route))) return false;
  for (const pair of searchShape.split('&').filter(Boolean)) {
    const [key, value = ''] = pair.split('=', 2) as [string, string | undefined];
    const actual = url.searchParams.get(safeDecode(key));
    if (actual === null || (value !== ANY && actual !== value)) return false;
  }
  return true;
}

export function fitsAnyShape(href: string | URL, shapes: readonly string[]): boolean {
  return shapes.some((shape) => fitsShape(href, shape));
}
