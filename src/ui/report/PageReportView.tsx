import { useEffect, useState } from 'preact/hooks';
import type { PageReport, ReaderFinding } from '../../domain/page-report';
import { sendMessage } from '../../send-message';
import { countKey, t } from '../../text/i18n';
import { saveBlob } from '../options/save-file';
import { keptLines, reportFileName, reportJson } from './report-file';

/** One reader's finding in words: whether it took the page for its own, and which fields, counts and states it found. */
function ReaderLine({ finding }: { finding: ReaderFinding }) {
  const fields = [...new Set((finding.captures ?? []).flatMap((capture) => capture.fields))];
  const details = [
    ...Object.entries(finding.counts ?? {}).map(([name, count]) => `${name}: ${count}`),
    ...Object.entries(finding.states ?? {}).map(([name, state]) => `${name}: ${state}`),
  ];
  return (
    <li>
      <code>{finding.reader}</code> — {finding.failed ? t('reportReaderFailed') : finding.detected ? t('reportReaderRecognised') : t('reportReaderNotRecognised')}
      {details.length > 0 ? <span class="muted"> · {details.join(' · ')}</span> : null}
      {fields.length > 0 ? <span class="muted"> · {t('reportReaderFields', [fields.join(', ')])}</span> : null}
    </li>
  );
}

function notedText(report: PageReport): string {
  if (!report.noted) return t('reportNotedNone');
  return report.noted.outcome === 'empty' ? t('reportNotedEmpty') : t('reportNotedPartial');
}

/** A line kept as written: marked by a sign and its words, not by colour alone. */
function Kept({ text }: { text: string }) {
  return (
    <mark class="report-kept">
      <span aria-hidden="true">✎ </span>
      <span class="visually-hidden">{t('reportKeptMark')}: </span>
      {text}
    </mark>
  );
}

/** The lines that keep the page's text as written, for the user to read before attaching the report. */
function KeptSection({ lines }: { lines: readonly string[] }) {
  return (
    <section aria-labelledby="report-kept">
      <h2 id="report-kept">{t('reportKeptHeading')}</h2>
      <p data-report-kept-count={lines.length}>
        {lines.length === 0 ? t('reportKeptNone') : t(countKey(lines.length, { oneKey: 'reportKeptCountOne', otherKey: 'reportKeptCount' }), [lines.length])}
      </p>
      {lines.length > 0 ? (
        <ul class="report-kept-lines">
          {lines.map((line, index) => (
            <li key={index}>
              <code>
                <Kept text={line.trim()} />
              </code>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** The report's JSON, each line that keeps text as written marked; its text is the file's, escaped by Preact. */
function ReportJson({ json, kept }: { json: string; kept: ReadonlySet<string> }) {
  const lines = json.split('\n');
  return (
    <>
      {lines.map((line, index) => {
        const end = index < lines.length - 1 ? '\n' : '';
        const entry = line.trim().replace(/,$/, '');
        return kept.has(entry) ? (
          <span key={index}>
            <mark class="report-kept" data-kept>
              {line}
            </mark>
            {end}
          </span>
        ) : (
          `${line}${end}`
        );
      })}
    </>
  );
}

/** The report the page was opened for: what it holds, in words and whole, and Save. */
export function PageReportView({ report }: { report: PageReport }) {
  const [saved, setSaved] = useState('');
  const json = reportJson(report);
  const kept = keptLines(report);
  const save = () => {
    const name = reportFileName(report);
    saveBlob(new Blob([json], { type: 'application/json' }), name);
    setSaved(t('reportSaved', [name]));
  };
  return (
    <main class="report-page">
      <h1>{t('reportTitle')}</h1>
      <p>{t('reportIntro')}</p>
      <div class="report-actions">
        <button type="button" class="button primary" onClick={save}>
          {t('reportSaveButton')}
        </button>
        <p role="status" class="report-saved">
          {saved}
        </p>
      </div>

      <section aria-labelledby="report-about">
        <h2 id="report-about">{t('reportSummaryHeading')}</h2>
        <dl class="report-summary">
          <dt>{t('reportPage')}</dt>
          <dd>
            <code>{report.page.address}</code>
          </dd>
          <dt>{t('reportNoted')}</dt>
          <dd>{notedText(report)}</dd>
          <dt>{t('reportExtensionVersion')}</dt>
          <dd>{report.extensionVersion}</dd>
          <dt>{t('reportBrowser')}</dt>
          <dd>{report.browser}</dd>
          <dt>{t('reportElements')}</dt>
          <dd>
            {t('reportElementsCount', [report.page.outlined, report.page.elements])}
            {report.page.truncated ? ` ${t('reportTruncated')}` : ''}
          </dd>
        </dl>
      </section>

      <section aria-labelledby="report-readers">
        <h2 id="report-readers">{t('reportReadersHeading')}</h2>
        <ul class="report-readers">
          {report.readers.map((finding) => (
            <ReaderLine key={finding.reader} finding={finding} />
          ))}
        </ul>
      </section>

      <section aria-labelledby="report-how">
        <h2 id="report-how">{t('reportHowToHeading')}</h2>
        <ol>
          <li>{t('reportStep1')}</li>
          <li>{t('reportStep2')}</li>
          <li>{t('reportStep3')}</li>
          <li>{t('reportStep4')}</li>
        </ol>
      </section>

      <KeptSection lines={kept.lines} />

      <section aria-labelledby="report-contents">
        <h2 id="report-contents">{t('reportContentsHeading')}</h2>
        {/* Focusable so a keyboard can scroll it; its text is the file's, escaped by Preact. */}
        <pre class="report-json" tabIndex={0} aria-labelledby="report-contents" data-report-json>
          <ReportJson json={json} kept={kept.jsonLines} />
        </pre>
      </section>
    </main>
  );
}

type Loaded = { state: 'loading' } | { state: 'missing' } | { state: 'ready'; report: PageReport };

/** The report page: `#<id>` names the report the worker keeps for it. */
export function PageReportContainer({ reportId }: { reportId: string }) {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    if (!reportId) {
      setLoaded({ state: 'missing' });
      return;
    }
    sendMessage({ type: 'report.get', id: reportId }).then(
      (report) => setLoaded({ state: 'ready', report }),
      () => setLoaded({ state: 'missing' }),
    );
  }, [reportId]);
  if (loaded.state === 'loading') return <main class="report-page" aria-busy="true"><p class="muted">{t('reportLoading')}</p></main>;
  if (loaded.state === 'missing') {
    return (
      <main class="report-page">
        <h1>{t('reportTitle')}</h1>
        <p role="alert">{t('reportMissing')}</p>
      </main>
    );
  }
  return <PageReportView report={loaded.report} />;
}
