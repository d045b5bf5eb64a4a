import { t } from '../../text/i18n';
import './fields.css';

interface Props {
  id: string;
  labelKey: string;
  value: string;
  type?: 'text' | 'date';
  /** Message key of what is wrong with the value, if anything. */
  errorKey?: string;
  /** Message key of a line of help under the field (an example, what it is for). */
  hintKey?: string;
  /** What the hint's placeholders stand for. */
  hintSubstitutions?: string[];
  required?: boolean;
  maxLength?: number;
  /** The on-screen keyboard to offer: 'decimal' for amounts typed as text (so "99.50" is kept as typed). */
  inputMode?: 'decimal';
  /** What the browser may fill in from what it knows of the user ('name'). */
  autoComplete?: string;
  onValue: (value: string) => void;
}

/** The ids that describe a field: its hint, then its error; undefined when it has neither. */
export function describedBy(id: string, hintKey?: string, errorKey?: string): string | undefined {
  const ids = [hintKey ? `${id}-hint` : '', errorKey ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** The hint and error lines of a field, with the ids describedBy() points at. */
export function FieldNotes({ id, hintKey, hintSubstitutions, errorKey }: { id: string; hintKey?: string; hintSubstitutions?: string[]; errorKey?: string }) {
  return (
    <>
      {hintKey ? (
        <p id={`${id}-hint`} class="field-hint">
          {t(hintKey, hintSubstitutions)}
        </p>
      ) : null}
      {errorKey ? (
        <p id={`${id}-error`} class="field-error">
          {t(errorKey)}
        </p>
      ) : null}
    </>
  );
}

/** A labelled input whose hint and error are announced with it (aria-invalid + aria-describedby). */
export function TextField({ id, labelKey, value, type = 'text', errorKey, hintKey, hintSubstitutions, required, maxLength, inputMode, autoComplete, onValue }: Props) {
  const common = {
    id,
    value,
    required,
    maxLength,
    inputMode,
    autoComplete,
    'aria-invalid': errorKey ? true : undefined,
    'aria-describedby': describedBy(id, hintKey, errorKey),
    onInput: (e: { currentTarget: HTMLInputElement }) => onValue(e.currentTarget.value),
  };
  return (
    <div class="field">
      <label for={id}>{t(labelKey)}</label>
      {type === 'date' ? <input type="date" {...common} /> : <input type="text" {...common} />}
      <FieldNotes id={id} hintKey={hintKey} hintSubstitutions={hintSubstitutions} errorKey={errorKey} />
    </div>
  );
}
