/**
 * The certificate a completion page links to, found the way a person finds it: by what the link says ("Download
 * certificate (PDF)", "Zertifikat herunterladen", "修了証をダウンロード"), by the heading it sits under, or by its
 * address. Pure: (document, url) -> URL. Only the page's own origin qualifies, so the content script fetches with
 * the user's session on that site and nowhere else. Whether the answer really is a PDF is the fetch's business
 * (content/certificate-attach.ts): a link found here is only the best candidate.
 */

// Words are matched on lower-cased, NFKC-normalised text (full-width "ＰＤＦ" reads as "pdf"). Languages: English,
// German, French, Spanish, Japanese, Italian, Portuguese, Dutch.

/** The document itself, singular: "My certificates" and "Certifications" are menus, "certificate programs" sales. */
const CERTIFICATE = /\b(?:certificate|certificat|certificato|certificado|certificaat|attestation|attestato|diplôme|diploma|constancia|urkunde)\b|zertifikat\b|bescheinigung\b|teilnahmebestätigung|修了証|証明書|認定証/;
/** An address segment naming a certificate: /api/certificates/8F3K2Q/download, /certificate/UC-1.pdf. */
const CERTIFICATE_ADDRESS = /(?:^|[^a-z])(?:certs?|certificates?|certificats?|certificados?|certificat[io]|certificaat|zertifikate?|attestations?|attestato)(?:[^a-z]|$)/;
const DOWNLOAD = /download|herunterladen|t[ée]l[ée]charg|descarg|scarica|baixar|transferir|ダウンロード/;
const PDF_WORD = /\bpdf\b/;
/**
 * What a link to the certificate is not: sharing, a profile, verification, a print preview, and the marketing of
 * "certificate programs". Any of these in what a link says (or in the heading it is under, for a link that borrows
 * the heading's words) rules it out.
 */
const NOT_THE_FILE = new RegExp(
  [
    'share|teilen|partager|compartir|condividi|partilhar|delen|共有|シェア',
    'linkedin|profil|perfil|プロフィール',
    'verif|vérif|überprüf|検証',
    'print preview|druckvorschau|aperçu|vista previa|anteprima|pré-visualiza|afdrukvoorbeeld|印刷プレビュー',
    'certificate (?:programs?|programmes?|courses?)|(?:professional|career) certificate|\\bearn\\b|get certified|learn more|enrol|upgrade|\\bbuy\\b|purchase',
    'zertifikatsprogramm|zertifikatslehrg|programmes? (?:de )?certifi|programas? de certifica|programmi di certifica|certificaatprogramma|プログラム',
  ].join('|'),
);
const NOT_THE_FILE_ADDRESS = /(?:^|[^a-z])(?:share|verify|verification|validate|linkedin)(?:[^a-z]|$)/;

/** Enough for any real page; a hostile page with 100,000 links costs no more than this. */
const MAX_LINKS = 2_000;
const MAX_HEADINGS = 200;
/** Of a link's or heading's text: a label is short, and a link wrapping a whole page must not cost the whole page. */
const MAX_TEXT = 200;
const MAX_TEXT_NODES = 64;

/** The first MAX_TEXT characters of an element's text, visiting at most MAX_TEXT_NODES nodes. */
function shortText(element: Element): string {
  let text = '';
  let visited = 0;
  let node: Node | null = element.firstChild;
  while (node && visited++ < MAX_TEXT_NODES && text.length < MAX_TEXT) {
    if (node.nodeType === 3) text += `${node.nodeValue ?? ''} `;
    if (node.firstChild) node = node.firstChild;
    else {
      while (node && node !== element && !node.nextSibling) node = node.parentNode;
      node = node && node !== element ? node.nextSibling : null;
    }
  }
  return text;
}

function normalise(text: string): string {
  return text.slice(0, MAX_TEXT * 2).normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');
}

/** What a reader (or a screen reader) takes the link to say. */
function linkWords(a: Element): string {
  return normalise(`${shortText(a)} ${a.getAttribute('aria-label') ?? ''} ${a.getAttribute('title') ?? ''}`);
}

/**
 * The parts of the page that sit under a heading naming the certificate ("Your certificate", "Teilnahmebescheinigung"):
 * the heading's parent, or a wrapper further up when the parent holds nothing but the heading (a card's header).
 */
function certificateSections(doc: Document): Array<{ heading: Element; section: Element }> {
  const out: Array<{ heading: Element; section: Element }> = [];
  const headings = doc.querySelectorAll('h1,h2,h3,h4,h5,h6,[role="heading"]');
  for (let i = 0; i < headings.length && i < MAX_HEADINGS && out.length < 10; i++) {
    const heading = headings[i]!;
    const words = normalise(shortText(heading));
    if (!CERTIFICATE.test(words) || NOT_THE_FILE.test(words)) continue;
    let section = heading.parentElement;
    for (let up = 0; section && section.childElementCount === 1 && up < 3; up++) section = section.parentElement;
    if (section) out.push({ heading, section });
  }
  return out;
}

/**
 * How strongly a link looks like the certificate file, 0 when it does not qualify. A reader trusts, in order:
 *   +4  the link itself names the certificate ("Download certificate", "修了証をダウンロード", aria-label, title);
 *   +3  otherwise, it sits after a heading that does, in that heading's section (only counted with a download or
 *       PDF sign below: under "Your certificate", "Download" is the file, "Dashboard" is not);
 *   +2  its address names a certificate (/api/certificates/8F3K2Q/download);
 *   +2  it says download ("herunterladen", "ダウンロード");
 *   +2  it says or is a PDF (the word PDF, a .pdf path, type="application/pdf");
 *   +1  it carries the download attribute.
 * A link needs some certificate sign (its words, its heading, its address) and at least 3 in all, so an address
 * alone does not qualify but "View certificate" does; "Download certificate (PDF)" (8 or more) beats "View
 * certificate" (4 to 6) beside it. Links that share, verify, add to a profile, preview printing or sell
 * "certificate programs" score 0, as do other origins and anchors within the page.
 */
function score(a: Element, url: URL, pageUrl: URL, sections: ReadonlyArray<{ heading: Element; section: Element }>): number {
  // A blob: address carries the page's origin too, but it is the page's own making, not the site's file.
  if (url.origin !== pageUrl.origin || !/^https?:$/.test(url.protocol)) return 0;
  if (url.pathname === pageUrl.pathname && url.search === pageUrl.search) return 0;
  const address = normalise(decodeSafely(url.pathname + url.search));
  if (NOT_THE_FILE_ADDRESS.test(address)) return 0;
  const words = linkWords(a);
  if (NOT_THE_FILE.test(words)) return 0;
  const download = DOWNLOAD.test(words);
  const pdf = PDF_WORD.test(words) || /\.pdf$/.test(url.pathname.toLowerCase()) || /pdf/i.test(a.getAttribute('type') ?? '');
  const downloadAttribute = a.hasAttribute('download');
  let certificate = 0;
  if (CERTIFICATE.test(words)) certificate = 4;
  else if ((download || pdf || downloadAttribute) && sections.some(({ heading, section }) => section.contains(a) && heading.compareDocumentPosition(a) & 4)) certificate = 3;
  if (CERTIFICATE_ADDRESS.test(address)) certificate += 2;
  if (certificate === 0) return 0;
  const total = certificate + (download ? 2 : 0) + (pdf ? 2 : 0) + (downloadAttribute ? 1 : 0);
  return total >= 3 ? total : 0;
}

/**
 * Whether a link could score at all, from its raw text and address with native string work only: a link needs a
 * certificate sign (its words, its address, or a certificate heading's section around it), and every word of those
 * signs holds one of these stems. Most links of a page (menus, footers, related courses) have none, and are let go
 * before their text is walked and their address parsed.
 */
const CERTIFICATE_STEM = /cert|zertifikat|bescheinigung|teilnahmebest|attest|diplom|diplôme|constancia|urkunde|修了証|証明書|認定証/;

function mayNameCertificate(a: Element, href: string, pageUrl: URL, sections: ReadonlyArray<{ section: Element }>): boolean {
  if (sections.some(({ section }) => section.contains(a))) return true;
  // A relative address takes the page's folder ("download" on /certificates/8F3K/): its sign may be the page's.
  const resolvedFrom = /^(?:[a-z][a-z0-9+.-]*:|\/)/i.test(href.trim()) ? '' : pageUrl.pathname;
  // The words scored are at most the first MAX_TEXT * 2 characters of the link's text, label and title.
  const raw = `${(a.textContent ?? '').slice(0, MAX_TEXT * 2)} ${a.getAttribute('aria-label') ?? ''} ${a.getAttribute('title') ?? ''} ${decodeSafely(href)} ${decodeSafely(resolvedFrom)}`;
  return CERTIFICATE_STEM.test(raw.normalize('NFKC').toLowerCase());
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function certificatePdfUrl(doc: Document, pageUrl: URL): URL | undefined {
  const links = doc.getElementsByTagName('a');
  const sections = certificateSections(doc);
  let best: URL | undefined;
  let bestScore = 0;
  for (let i = 0; i < links.length && i < MAX_LINKS; i++) {
    const a = links[i]!;
    const href = a.getAttribute('href');
    if (!href || !mayNameCertificate(a, href, pageUrl, sections)) continue;
    let url: URL;
    try {
      url = new URL(href, pageUrl);
    } catch {
      continue;
    }
    // Ties go to the first in reading order.
    const points = score(a, url, pageUrl, sections);
    if (points > bestScore) [best, bestScore] = [url, points];
  }
  return best;
}
