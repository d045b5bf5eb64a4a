/**
 * The certificate PDF a completion page links to, when it is on the page's own site: "Download certificate",
 * a link to a .pdf, a link marked download or type="application/pdf". Pure: (document, url) -> URL. Only the
 * page's own origin qualifies, so the content script fetches with the user's session on that site and nowhere else.
 */

/** Words a certificate link says in its text, label, title or address. */
const CERTIFICATE_WORDS = /certif|zertifikat|attestation|credential|diploma|diplôme|修了証|証明書|accomplishment/i;
const PDF_PATH = /\.pdf$/i;
/** Enough for any real page; a hostile page with 100,000 links costs no more than this. */
const MAX_LINKS = 2_000;

function linkText(a: Element): string {
  return [a.textContent ?? '', a.getAttribute('aria-label') ?? '', a.getAttribute('title') ?? ''].join(' ');
}

export function certificatePdfUrl(doc: Document, pageUrl: URL): URL | undefined {
  const links = doc.getElementsByTagName('a');
  let fallback: URL | undefined;
  for (let i = 0; i < links.length && i < MAX_LINKS; i++) {
    const a = links[i]!;
    const href = a.getAttribute('href');
    if (!href) continue;
    let url: URL;
    try {
      url = new URL(href, pageUrl);
    } catch {
      continue;
    }
    if (url.origin !== pageUrl.origin) continue;
    const isPdf = PDF_PATH.test(url.pathname) || /pdf/i.test(a.getAttribute('type') ?? '');
    if (!isPdf && !a.hasAttribute('download')) continue;
    // A PDF link that says "certificate" wins; a lone PDF link marked download is kept in case none does.
    if (CERTIFICATE_WORDS.test(linkText(a)) || CERTIFICATE_WORDS.test(url.pathname)) return url;
    if (isPdf && a.hasAttribute('download')) fallback ??= url;
  }
  return fallback;
}
