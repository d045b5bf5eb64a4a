import { render } from 'preact';
import { PopupContainer, storedSummary } from './Popup';
import '../theme.css';
import './popup.css';

/** How long the first frame may wait for the kept summary (a read of session storage takes a few milliseconds). */
const FIRST_FRAME_WAIT_MS = 60;

document.documentElement.lang = navigator.language;
// Read before anything renders, so that the first frame shows the progress rather than "Loading"; a storage that
// does not answer in time gets the loading frame, and the summary follows when it comes.
const kept = storedSummary();
const timeUp = new Promise<undefined>((resolve) => setTimeout(resolve, FIRST_FRAME_WAIT_MS));
void Promise.race([kept, timeUp]).then((initial) => render(<PopupContainer initial={initial} kept={kept} />, document.getElementById('app')!));
