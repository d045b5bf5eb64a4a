import { render } from 'preact';
import { Welcome } from './Welcome';
import '../theme.css';
import './welcome.css';

document.documentElement.lang = navigator.language;
render(<Welcome />, document.getElementById('app')!);
