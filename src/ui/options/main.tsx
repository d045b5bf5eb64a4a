import { render } from 'preact';
import { t } from '../../text/i18n';
import { Options } from './Options';
import '../theme.css';
import '../components/form-layout.css';
import './options.css';

document.documentElement.lang = navigator.language;
document.title = t('dashboardTitle');
render(<Options />, document.getElementById('app')!);
