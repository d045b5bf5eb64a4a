import { t } from '../i18n';

interface Props {
  id: string;
  labelKey: string;
  value: string;
  type?: 'text' | 'date';
  /** Message key of what is wrong with the value, if anything. */
  errorKey?: string;
  onValue: (value: string) => void;
}

/** A labelled input whose error is announced with it (aria-invalid + aria-describedby). */
export function TextField({ id, labelKey, value, type = 'text', errorKey, onValue }: Props) {
  const errorId = `${id}-error`;
  const common = {
    id,
    value,
    'aria-invalid': errorKey ? true : undefined,
    'aria-describedby': errorKey ? errorId : undefined,
    onInput: (e: { currentTarget: HTMLInputElement }) => onValue(e.currentTarget.value),
  };
  return (
    <div class="field">
      <label for={id}>{t(labelKey)}</label>
      {type === 'date' ? <input type="date" {...common} /> : <input type="text" {...common} />}
      {errorKey ? (
        <p id={errorId} class="field-error">
          {t(errorKey)}
        </p>
      ) : null}
    </div>
  );
}
