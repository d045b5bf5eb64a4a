/**
 * The welcome page's optional "your name": kept in the settings (read, then saved whole, through the background,
 * as the dashboard's settings form saves them), so the readers never take it for a course or an issuer.
 */
import { useEffect, useState } from 'preact/hooks';
import { MAX_NAME_LENGTH, nameFromInput } from '../../domain/your-name';
import { sendMessage } from '../../send-message';
import { TextField } from '../components/TextField';
import { t } from '../../text/i18n';

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

export interface YourNameState {
  value: string;
  setValue: (value: string) => void;
  errorKey?: string;
  status: string;
  /** Typed but not saved yet: Finish saves it before leaving. */
  unsaved: boolean;
  /** Saves what is typed (nothing typed removes the name); false when it could not be saved. */
  save: () => Promise<boolean>;
}

export function useYourName(): YourNameState {
  const [value, setValue] = useState('');
  const [saved, setSaved] = useState('');
  const [errorKey, setErrorKey] = useState<string>();
  const [status, setStatus] = useState('');

  useEffect(() => {
    sendMessage({ type: 'settings.get' })
      .then(({ yourName = '' }) => {
        setSaved(yourName);
        // What the user may have typed meanwhile is theirs.
        setValue((typed) => (typed === '' ? yourName : typed));
      })
      // Not read: the field starts empty, and saving says what is wrong.
      .catch(() => undefined);
  }, []);

  const typed = nameFromInput(value);
  const unsaved = !typed.ok || (typed.yourName ?? '') !== saved;

  const save = async (): Promise<boolean> => {
    if (!typed.ok) {
      setErrorKey('settingsErrorYourName');
      return false;
    }
    setErrorKey(undefined);
    try {
      // The name replaces the one stored, or is left out; every other setting goes back as it was.
      const { yourName: _previous, ...others } = await sendMessage({ type: 'settings.get' });
      const settings = await sendMessage({ type: 'settings.save', settings: typed.yourName ? { ...others, yourName: typed.yourName } : others });
      const stored = settings.yourName ?? '';
      setSaved(stored);
      setValue(stored);
      setStatus(stored ? t('yourNameSaved') : t('yourNameRemoved'));
      return true;
    } catch (error) {
      setStatus(t('saveFailed', [errorMessage(error)]));
      return false;
    }
  };

  return { value, setValue, errorKey, status, unsaved, save };
}

/** `labelledBy`: the heading of the step the form is part of. */
export function YourNameForm({ state, labelledBy }: { state: YourNameState; labelledBy: string }) {
  const onSubmit = (event: Event) => {
    event.preventDefault();
    void state.save();
  };
  return (
    <form class="name-form" aria-labelledby={labelledBy} onSubmit={onSubmit} noValidate>
      <TextField id="your-name" labelKey="yourNameLabel" hintKey="yourNameHint" value={state.value} errorKey={state.errorKey} maxLength={MAX_NAME_LENGTH} autoComplete="name" onValue={state.setValue} />
      <div class="actions">
        <button type="submit" class="button">
          {t('yourNameSave')}
        </button>
        <p class="name-status" role="status" aria-live="polite">
          {state.status}
        </p>
      </div>
    </form>
  );
}
