/**
 * The words a page report keeps as they are: a bounded list of label words (the words of the labels the readers key
 * on, in the languages they read, and the plain words of a learning site's chrome: "Download certificate", "My
 * certifications"), and of the words of a page's code (ids and classes: "btn", "card", "mdc"). Any other text is
 * personal until shown otherwise, and becomes its shape. The readers' own patterns are asked only whether a text
 * starts with a label; what is kept is never their match, only the label words it starts with: a pattern that reads
 * "Completed by Dana Whitfield" whole keeps "Completed by".
 */
import { NO_CLAIMS } from '../ce-portal/labels';
import { fieldLabels } from '../generic/field-labels';
import { COMPLETED_STATUS, IN_PROGRESS_STATUS } from '../generic/labels';

const words = (list: string) => list.trim().split(/\s+/);

/**
 * Words of a site's own chrome and of the readers' labels, lower case. No word here is a common first or last name;
 * a person's name made only of them would still be kept, which is why the report page lists every line kept as
 * written for the user to check.
 */
const LABEL_WORDS = new Set([
  // English: chrome, labels, statuses.
  ...words(`a about account achieved achievements active activities activity all an and approval approved as
  assigned at attendance attended available awarded back badge badges begin breadcrumb by cancel catalog catalogue ce ceu
  ceus cpe cpes certificate certificates certification certifications certified claim claimed claims close code complete
  completed completion contact continue continuing cookies course courses credential credentials credit credits current
  dashboard date dates delete delivery details download due duration earned edit education end enrolled event events exam
  exams expiration expired expires expiry explore filter finish finished footer for from header help history home hours id
  in incomplete issue issued item items language learning learn live loading log main menu more my name navigation next no
  not number of on or out overview page passed past path paths pdu pdus pending portal previous print privacy profile
  program programme progress provider recertification recommended record records reference registered rejected renew
  results resume review save score search serial session settings share show sign sort start started status submit
  submitted support terms the title to total training transcript until us user users valid validation verification
  version view waitlisted webinar with yet you your
  available cisco category delivered delivery ends format held last method modality offer offered offering partner
  recertified recertify request requested since state submission through thru track type value vendor claimable`),
  // German, French, Spanish, Italian, Portuguese, Dutch: the readers' label and status words.
  ...words(`abgeschlossen abschlussdatum am angemeldet ausgestellt bestanden datum der des ende gültig kurs nummer nr status
  teilnahme zertifikat zertifikats bis beendet laufend bearbeitung nicht begonnen punkte stunden von
  achevé achevée attestation certificat crédit crédits date de délivrance délivré délivrée du en cours fin formation
  inscrit le la les numéro obtenue par réussi réussie statut terminé terminée validé validée
  certificado completado constancia curso el emisión emitido estado fecha finalización finalizado horas inscrito número
  iniciado por término
  completato corso data di il iscritto rilascio conclusão concluído emitido em andamento voltooid afgerond op`),
]);

/** Label words of languages written without spaces: matched within a run of text. */
const CJK_WORDS = words(`修了証明書 受講証明書 証明書番号 修了証番号 受講完了日 修了証 証明書 認定証 認定番号 修了日 完了日 達成日 合格日 発行日
取得日 認定日 交付日 開始日 受講開始日 開催日 有効期限 登録日 受講中 未開始 未完了 進行中 受講済み 修了 完了 発行 番号 単位 時間 状態
講座名 コース名 研修名 クレジット`).sort((a, b) => b.length - a.length);

/** Between two label words: spacing and punctuation, which a shape keeps anyway. */
const SEPARATOR = /^[\s:：/|·•,.;()（）[\]–—\-#&*+!?'’"]+/u;
const LATIN_WORD = /^[\p{L}\p{M}]+/u;
const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * How far the text is made of label words from its start: the end of the last label word before anything else.
 * 0 when it does not start with one.
 */
function labelWordsEnd(text: string, limit = text.length): number {
  let at = 0;
  let end = 0;
  while (at < limit) {
    const rest = text.slice(at, limit);
    const gap = SEPARATOR.exec(rest);
    if (gap) {
      if (end === 0) break; // a label starts with a word, never with a number or a sign
      at += gap[0].length;
      continue;
    }
    const cjk = CJK.test(rest) ? CJK_WORDS.find((word) => rest.startsWith(word)) : undefined;
    if (cjk) {
      at += cjk.length;
      end = at;
      continue;
    }
    const latin = LATIN_WORD.exec(rest);
    if (!latin || CJK.test(rest) || !LABEL_WORDS.has(latin[0].toLowerCase())) break;
    at += latin[0].length;
    end = at;
  }
  return end;
}

/**
 * Whether the whole text is label words: a label or status the readers know ("Completed on", "Pending approval"),
 * or only words of a site's chrome. "Registered (Dana Whitfield)" and "Dana Whitfield (CE)" are not.
 */
export function isKnownWording(text: string): boolean {
  if (text.includes('@')) return false;
  const trimmed = text.replace(/[\s:：*.!]+$/u, '');
  return trimmed !== '' && labelWordsEnd(trimmed) === trimmed.length;
}

/** Labels that lead their text ("Certificate ID: …", "Completed by …", "In progress (…)"). */
let leading: readonly RegExp[] | undefined;
const leadingLabels = () => (leading ??= [...fieldLabels(), NO_CLAIMS, COMPLETED_STATUS, IN_PROGRESS_STATUS]);

/**
 * The label a text starts with ("Completed on", "Certificate ID"), when one of the readers' labels leads it: only its
 * label words, however much more the reader's pattern takes in ("Completed by" of "Completed by Dana Whitfield"), and
 * ending at a word's end ("Name" never keeps the start of "Namita").
 */
export function leadingLabel(text: string): string | undefined {
  for (const label of leadingLabels()) {
    const match = label.exec(text);
    if (!match || match.index !== 0 || match[0].trim().length < 2) continue;
    const end = labelWordsEnd(text, match[0].length);
    if (end === 0) continue;
    return text.slice(0, end);
  }
  return undefined;
}

/** A single word of an address that says what a page is, not whose it is. */
export function isChromeWord(word: string): boolean {
  return LABEL_WORDS.has(word.toLowerCase());
}

/** Words of a page's code: ids, classes, form fields' names, data-* attributes' names. */
const CODE_WORDS = new Set(
  words(`accordion action actions active alert app aria avatar badge banner bar block body box breadcrumb btn button
  caption card cell cert chip claim claims col cols column container content control data date default details dialog
  disabled divider drawer dropdown expanded field fields filter flex footer form grid group header heading hidden icon
  image img inner input item items label layout link list main mat mdc menu modal nav navbar ng outer overlay pager
  pagination panel pill popup primary progress react root row rows section secondary select selected shadow sidebar
  slot span spinner status sticky tab table tabs tag text tile title toast toggle toolbar tooltip truncate value
  view visible wrapper wrap`),
);

/** A part of an identifier that says what an element is ("card", "btn", "title"), not whose it is. */
export function isCodeWord(word: string): boolean {
  const lower = word.toLowerCase();
  return CODE_WORDS.has(lower) || LABEL_WORDS.has(lower);
}
