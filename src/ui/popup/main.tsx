import { render } from 'preact';
import { PopupContainer } from './Popup';
import '../theme.css';
import './popup.css';

document.documentElement.lang = navigator.language;
render(<PopupContainer />, document.getElementById('app')!);
