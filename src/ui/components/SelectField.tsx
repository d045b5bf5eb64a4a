import type { ComponentChildren } from 'preact';
import { t } from '../../text/i18n';
import { FieldNotes, describedBy } from './TextField';
import './fields.css';

interface Props {
  id: string;
  labelKey: string;
  value: string;
  /** Message key of a line under the field that explains it. */
  hintKey?: string;
  /** Message key of what is wrong with the choice, if anything. */
  errorKey?: string;
  onValue: (value: string) => void;
  /** The <option>s and <optgroup>s. */
  children: ComponentChildren;
}

/** A labelled select whose error is announced with it, like TextField. */
export function SelectField({ id, labelKey, value, hintKey, errorKey, onValue, children }: Props) {
  return (
    <div class="field">
      <label for={id}>{t(labelKey)}</label>
      <select
        id={id}
        value={value}
        aria-invalid={errorKey ? true : undefined}
        aria-describedby={describedBy(id, hintKey, errorKey)}
        onChange={(e) => onValue(e.currentTarget.value)}
      >
        {children}
      </select>
      <FieldNotes id={id} hintKey={hintKey} errorKey={errorKey} />
    </div>
  );
}
