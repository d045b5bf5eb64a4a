import { t } from '../../text/i18n';
import { FieldNotes, describedBy } from './TextField';
import './fields.css';

/** A checkbox, its label beside it and a line of help under the label. */
export function CheckboxField({
  id,
  labelKey,
  hintKey,
  substitutions,
  checked,
  onChecked,
}: {
  id: string;
  labelKey: string;
  hintKey?: string;
  /** The label's and the hint's placeholders ("$HOST$"). */
  substitutions?: string[];
  checked: boolean;
  onChecked: (checked: boolean) => void;
}) {
  return (
    <div class="field checkbox">
      <input id={id} type="checkbox" checked={checked} aria-describedby={describedBy(id, hintKey)} onChange={(e) => onChecked(e.currentTarget.checked)} />
      <div class="checkbox-text">
        <label for={id}>{t(labelKey, substitutions)}</label>
        <FieldNotes id={id} hintKey={hintKey} hintSubstitutions={substitutions} />
      </div>
    </div>
  );
}
