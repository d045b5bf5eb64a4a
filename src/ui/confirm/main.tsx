import { render } from 'preact';
import { ConfirmCapture, RecordEditor } from './ConfirmCapture';
import '../theme.css';
import '../options/options.css';
import './confirm.css';

document.documentElement.lang = navigator.language;
// #<draftId>: a manual capture to confirm; #record=<id>: a stored record to edit, &teach=<draftId> with its page.
const fragment = location.hash.replace(/^#/, '');
const params = new URLSearchParams(fragment);
const recordId = params.get('record');
const teach = params.get('teach');
const page = recordId ? <RecordEditor recordId={recordId} {...(teach ? { teachDraftId: teach } : {})} /> : <ConfirmCapture draftId={decodeURIComponent(fragment)} />;
render(page, document.getElementById('app')!);
