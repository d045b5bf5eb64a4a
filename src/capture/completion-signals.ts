/**
 * Whether a site page its adapter could not read still shows that something was completed: a status badge
 * by the main heading (Completed, Passed, 100%, in the eight languages the readers know), completion wording
 * ("has successfully completed"), or a link to download the certificate. Then the toast offers
 * to finish the capture in the confirmation form, where the whole reader runs, rather than stay silent.
 *
 * A few cheap probes, no reading: this runs in the sites' content script, on a page the adapter declined; a
 * page whose raw text has none of the signals' words is let go before anything asks for layout.
 * A page that says it is unfinished ("In progress", "60% complete") shows no completion, whatever else it shows.
 */

/** What a status badge says: one of these, alone. Also a cheap first look, since STATUS costs milliseconds to compile. */
const STATUS_WORD =
  /complete[dt]?|passed|earned|achieved|attended|100\s?%(?: complete)?|teilgenommen|abgeschlossen|bestanden|terminé|réussi|validé|completado|finalizado|aprobado|completato|superato|conclu[íi]do|voltooid|behaald|geslaagd|修了|完了|合格/iu;
// Punctuation and marks around a badge ("✓ Completed", "Completed!"), never letters: 不合格 and 未修了 say "failed"
// and "not completed", and a bare \W would let their first character pass.
const STATUS = new RegExp(`^[\\s\\p{P}\\p{S}]*(?:(?:course|status:?)\\s)?(?:${STATUS_WORD.source})[\\s\\p{P}\\p{S}]*$`, 'iu');
const UNFINISHED = /in progress|not started|(?<!\d)\d\d?\s?% complete|in bearbeitung|en cours|en curso|in corso|em andamento|bezig|受講中|未受講/i;
const STATUS_LABEL = /^(?:status|statut|estado|stato|ステータス|状態)\W*$/i;
const STATUS_LABEL_WORD = /status|statut|estado|stato|ステータス|状態/i;
const DATED = /(?:completed on|completion date|date completed|abgeschlossen am|terminé le|completado el|修了日)\W{0,3}(?:\d|[a-z]{3,9}\.? \d)/i;
// Past-tense wording only: "for completing" and a bare "erfolgreich" are also how a landing page sells a course.
const WORDING = /successfully completed|has completed|hat .{1,80}? erfolgreich|a (?:suivi|terminé|réussi)|ha (?:completado|finalizado|superato|completato)|concluiu|heeft .{1,80}? (?:voltooid|afgerond)|を修了/i;
/**
 * Words WORDING and DATED need, looked for in the raw text first. Single words only: the raw text also holds what the
 * page does not show (a hidden tooltip, an icon's title), which can stand between the words of a phrase but not
 * inside a word; and a line break in the source between two CJK characters is not rendered.
 */
const WORDING_WORD = /completed|erfolgreich|suivi|terminé|réussi|completado|finalizado|superato|completato|concluiu|voltooid|afgerond|修\s*了/i;
/** A dated label's word with a digit somewhere after it. */
const DATED_WORDS = /(?:completed|completion|abgeschlossen|terminé|completado|修\s*了\s*日)[\s\S]*\d/i;
const DOWNLOAD = /\b(?:download|view|herunterladen|anzeigen|télécharger|voir|descargar|ver|scarica|visualizza|baixar|bekijk)\b|ダウンロード|表示/iu;
const CERTIFICATE = /certifica|zertifikat|修了証/i;

/**
 * Words one of the signals above needs at least one of (a status word, a stem of the wording, the date's label, the
 * certificate): looked for first in the page's raw text, which needs no layout. A page without any shows no
 * completion, and is let go before the first innerText.
 */
const ANY_SIGNAL_WORD =
  /complet|passed|earned|achieved|attended|100\s*%|teilgenommen|abgeschlossen|bestanden|erfolgreich|terminé|réussi|validé|suivi|finalizado|aprobado|superato|conclu|voltooid|afgerond|behaald|geslaagd|修了|完了|合格|certifica|zertifikat/iu;

const MAX_BADGE_LENGTH = 24;
const MAX_ACTION_LENGTH = 80;
const MAX_HEADER_LENGTH = 600;

/**
 * What the page shows: hidden elements (a modal not yet opened, a template) say nothing. innerText asks the browser's
 * layout, which is affordable here: the page is looked at once per visit.
 */
const textOf = (element: Element) => ((element as HTMLElement).innerText ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Whether the element's raw text, whitespace collapsed, passes `test`: a cheap first look before innerText. */
const couldSay = (element: Element, test: (raw: string) => boolean) => test((element.textContent ?? '').replace(/\s+/g, ' ').trim());

/**
 * The main heading's surroundings, where a site puts the course's status: its container, or when that is the
 * whole page, the few short elements right after it (not a table of other activities further down).
 */
function headerOf(main: Element): Element[] {
  const heading = main.querySelector('h1') ?? main.querySelector('h2');
  const parent = heading?.parentElement;
  if (!heading || !parent) return [];
  if (parent !== main && textOf(parent).length <= MAX_HEADER_LENGTH) return [parent];
  const after: Element[] = [];
  for (let next = heading.nextElementSibling; next && after.length < 3 && textOf(next).length <= MAX_BADGE_LENGTH * 8; next = next.nextElementSibling) after.push(next);
  return after;
}

export function showsCompletion(doc: Document): boolean {
  const main = doc.querySelector('main, [role=main]') ?? doc.body;
  const raw = main?.textContent ?? '';
  if (!main || !ANY_SIGNAL_WORD.test(raw)) return false;
  const header = headerOf(main);
  let shown: string | undefined;
  const mainText = () => (shown ??= textOf(main));
  // A leaf's raw text holds what it shows: an element that cannot be a badge by its raw text is let go without
  // asking the browser for its rendered text.
  const isStatus = (el: Element) => {
    if (el.childElementCount > 0 || !couldSay(el, (raw) => raw.length <= MAX_BADGE_LENGTH && STATUS_WORD.test(raw) && STATUS.test(raw))) return false;
    const label = textOf(el);
    return label.length <= MAX_BADGE_LENGTH && STATUS.test(label);
  };
  const badge = () => header.some((region) => [region, ...region.querySelectorAll('*')].some(isStatus));
  const worded = () => (WORDING_WORD.test(raw) && WORDING.test(mainText())) || (DATED_WORDS.test(raw) && DATED.test(mainText()));
  // "Status: Completed" anywhere: a labelled status is the page's own, not a list's. Every element is looked at only
  // on a page whose raw text has a status label's word at all.
  const labelled = () => STATUS_LABEL_WORD.test(raw) && [...main.querySelectorAll('*')].some((el) => isStatus(el) && STATUS_LABEL.test(el.previousElementSibling ? textOf(el.previousElementSibling) : ''));
  const certificateLink = () =>
    [...main.querySelectorAll('a, button')].some((el) => {
      if (!couldSay(el, (raw) => CERTIFICATE.test(`${raw} ${el.getAttribute('aria-label') ?? ''}`))) return false;
      const label = `${textOf(el)} ${el.getAttribute('aria-label') ?? ''}`;
      return label.length <= MAX_ACTION_LENGTH && DOWNLOAD.test(label) && CERTIFICATE.test(label);
    });
  if (!badge() && !worded() && !labelled() && !certificateLink()) return false;
  // Whatever else it shows, a page that says it is unfinished shows no completion.
  return !UNFINISHED.test(header.length > 0 ? header.map(textOf).join(' ') : mainText());
}
