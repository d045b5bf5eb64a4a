import { render } from 'preact';
import { FillChooserContainer } from './FillChooser';
import '../theme.css';
import './fill-chooser.css';

document.documentElement.lang = navigator.language;
// #tab=<id>: the CE portal tab whose "Choose a record" opened this page.
const tabId = Number(/^#tab=(\d+)$/.exec(location.hash)?.[1] ?? NaN);
render(<FillChooserContainer portalTabId={Number.isSafeInteger(tabId) ? tabId : undefined} />, document.getElementById('app')!);
