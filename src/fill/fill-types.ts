/**
 * The contract between fill targets (one per submission form), the filling engine and the content script.
 * A target says where each field is (labels, names, placeholders); the engine finds, writes and reads back.
 */

export type FillField = 'itemName' | 'startDate' | 'endDate' | 'certificateCode' | 'certificate';

/** The fields in the order the engine fills them (and reports them). */
export const FILL_FIELDS: readonly FillField[] = ['itemName', 'startDate', 'endDate', 'certificateCode', 'certificate'];

export interface CertificateFile {
  name: string;
  type: 'application/pdf';
  bytes: Uint8Array;
}

export interface FillValues {
  itemName: string;
  /** ISO YYYY-MM-DD */
  startDate?: string;
  /** ISO YYYY-MM-DD */
  endDate?: string;
  certificateCode?: string;
  certificate?: CertificateFile;
}

export type FillOutcome =
  | 'filled'
  /** the field already held this value */
  | 'already'
  | 'not-found'
  /** the field held another value and was left alone */
  | 'not-empty'
  /** the record has no value for this field */
  | 'no-value'
  /** written, but the read-back differs (the page refused or reformatted it beyond recognition) */
  | 'did-not-stick';

export interface FieldResult {
  field: FillField;
  outcome: FillOutcome;
  /** The control (or drop zone) the field was found at, to highlight. */
  element?: Element;
  /** The value as written into the field: the formatted date, the option picked, the file name. */
  shown?: string;
}

export interface FillReport {
  target: string;
  results: FieldResult[];
}

/**
 * How a field is written:
 * - text: a text input or textarea;
 * - date: a type=date input (ISO), or a text input / custom picker in the shape its placeholder or hint shows;
 * - combobox: a type-ahead (role=combobox, aria-autocomplete, a datalist) or a <select>, picked by name;
 *   a plain text input found for it is written as text;
 * - file: an input[type=file], or a drop zone when the form has none.
 */
export type FieldKind = 'text' | 'date' | 'combobox' | 'file';

/**
 * Where a field is. Patterns are tested against normalised text: whitespace collapsed, a leading or trailing
 * "*", a trailing ":" and "(required)"/"(optional)" dropped. Anchor them (^) so "Not the start date" cannot
 * answer /start date/. Strategies are tried strongest first: <label> (for= or wrapping), aria-labelledby,
 * aria-label, a <label> right before the control, name/id, placeholder.
 */
export interface FieldSpec {
  readonly kind: FieldKind;
  /** Label text, aria-labelledby text and aria-label. */
  readonly labels: readonly RegExp[];
  /** The control's name or id attribute. */
  readonly names?: readonly RegExp[];
  /** The control's placeholder (labels are tried on placeholders too). */
  readonly placeholders?: readonly RegExp[];
  /** date: the shape to write when the field shows none, e.g. "MM/DD/YYYY" (else the page language decides). */
  readonly dateFormat?: string;
  /**
   * date: one label over a pair of date inputs (a date-range picker, "Training dates"), and which of the two this
   * field is: the first is the start, the second the end.
   */
  readonly range?: { readonly labels: readonly RegExp[]; readonly part: 0 | 1 };
  /** file: a drop zone's aria-label or visible text, used when no file input answers the labels. */
  readonly dropZones?: readonly RegExp[];
}

export interface FillTarget {
  readonly id: string;
  readonly label: string;
  /** Match patterns, as in manifest.json's content_scripts. */
  readonly matches: readonly string[];
  /** Whether this page is the submission form: cheap and side-effect free (URL first, then a DOM probe). */
  detect(doc: Document, url: URL): boolean;
  readonly fields: Readonly<Record<FillField, FieldSpec>>;
}

export interface FillOptions {
  /** Fields the user agreed to overwrite when they already hold another value. */
  overwrite?: ReadonlySet<FillField>;
  /** How long a type-ahead or a drop zone may take to answer, in ms (default 2000). */
  waitMs?: number;
}
