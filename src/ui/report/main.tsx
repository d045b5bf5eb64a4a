import { render } from 'preact';
import { t } from '../../text/i18n';
import { PageReportContainer } from './PageReportView';
import '../theme.css';
import './report.css';

document.documentElement.lang = navigator.language;
document.title = t('reportTitle');
// #<id>: the report the worker made on the popup's click and keeps for this page.
render(<PageReportContainer reportId={location.hash.slice(1)} />, document.getElementById('app')!);
