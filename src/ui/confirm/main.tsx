import { render } from 'preact';
import { ConfirmCapture } from './ConfirmCapture';
import '../theme.css';
import '../options/options.css';
import './confirm.css';

document.documentElement.lang = navigator.language;
render(<ConfirmCapture draftId={decodeURIComponent(location.hash.replace(/^#/, ''))} />, document.getElementById('app')!);
