import { render } from 'preact';
import { ConfirmCapture, RecordEditor } from './ConfirmCapture';
import '../theme.css';
import '../options/options.css';
import './confirm.css';

document.documentElement.lang = navigator.language;
// #<draftId>: a manual capture to confirm; #record=<id>: a stored record to edit.
const fragment = decodeURIComponent(location.hash.replace(/^#/, ''));
const page = fragment.startsWith('record=') ? <RecordEditor recordId={fragment.slice('record='.length)} /> : <ConfirmCapture draftId={fragment} />;
render(page, document.getElementById('app')!);
