// @vitest-environment happy-dom
/**
 * Reporting a page that could not be read (issue 21), as the user sees it: the popup's offer (prominent when the
 * page's script read nothing or part, quiet on any other page the extension reads, absent elsewhere), and the report
 * page, which shows everything the report holds before Save writes it as a file.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { buildPageReport } from '../../src/capture/page-report/report';
import type { PageReport } from '../../src/domain/page-report';
import { progress } from '../../src/domain/progress';
import type { ReportOffer } from '../../src/protocol/page-report';
import { Popup } from '../../src/ui/popup/Popup';
import { PageReportContainer } from '../../src/ui/report/PageReportView';
import { settle } from '../helpers/dom';
import { makeCertification } from '../helpers/factories';

const sendMessage = vi.mocked(browser.runtime.sendMessage);
let offer: ReportOffer | undefined;
let report: PageReport | undefined;

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const REPORT = buildPageReport(parseHtml('<html><body><main><h1>Dana Whitfield</h1><dl><dt>Certificate ID</dt><dd>CSCO-12345678</dd></dl></main></body></html>'), 'https://u.cisco.com/events/5531', [
  { reader: 'adapter:cisco-u', detected: false, counts: { captures: 0 } },
  { reader: 'generic', detected: true, captures: [{ fields: ['title', 'certificateCode'], shapes: { certificateCode: 'AAAA-99999999' }, confidence: 0.4 }], counts: { captures: 1 } },
], { extensionVersion: '0.1.0', browser: 'Firefox 140', createdAt: '2026-12-06T12:00:00.000Z', noted: { surface: 'learning-site', outcome: 'empty' } });

beforeEach(() => {
  offer = undefined;
  report = REPORT;
  sendMessage.mockImplementation(async (message: unknown) => {
    const { type, id } = message as { type: string; id?: string };
    if (type === 'report.offer') return offer ? { ok: true, data: offer } : { ok: false, error: { code: 'internal', message: 'no' } };
    if (type === 'report.make') return { ok: true, data: { reportId: 'r1' } };
    if (type === 'report.get') return report && id === 'r1' ? { ok: true, data: report } : { ok: false, error: { code: 'not-found', message: 'Page report' } };
    return { ok: false, error: { code: 'not-found', message: 'no' } };
  });
});
afterEach(() => {
  render(null, document.body);
  document.body.replaceChildren();
  sendMessage.mockReset();
  vi.restoreAllMocks();
});

async function popup(): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  const progressReport = progress({ records: [], certifications: [makeCertification()], settings: { submissionWindowDays: 90 }, today: '2026-11-29' });
  render(<Popup report={progressReport} records={[]} />, container);
  await settle();
  return container;
}

const buttonsNamed = (root: HTMLElement, name: string) => [...root.querySelectorAll('button')].filter((b) => b.textContent === name);

describe('the popup offers a report of the page', () => {
  it('prominently when the page read nothing: a card with its heading, and the button saves a report and closes', async () => {
    offer = { served: true, noted: { surface: 'learning-site', outcome: 'empty' } };
    const el = await popup();
    const card = el.querySelector<HTMLElement>('[data-report-offer]')!;
    expect(card.querySelector('h2')?.textContent).toBe('This page could not be read');
    expect(card.getAttribute('aria-labelledby')).toBe(card.querySelector('h2')?.id);
    expect(buttonsNamed(el, 'Save a report of this page')).toHaveLength(1);
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    buttonsNamed(el, 'Save a report of this page')[0]!.click();
    await settle();
    expect(sendMessage).toHaveBeenCalledWith({ type: 'report.make' });
    expect(close).toHaveBeenCalled();
  });

  it('says when the page was read only in part', async () => {
    offer = { served: true, noted: { surface: 'ce-portal', outcome: 'partial' } };
    expect((await popup()).querySelector('[data-report-offer] h2')?.textContent).toBe('This page was read only in part');
  });

  it('quietly, under the footer, on any other page the extension reads', async () => {
    offer = { served: true };
    const el = await popup();
    expect(el.querySelector('[data-report-offer]')).toBeNull();
    expect(el.querySelector('.report-link')?.textContent).toBe('Page not read as expected? Save a report of this page');
    expect([...el.querySelectorAll('footer button')].map((b) => b.textContent)).toEqual(['Capture this page', 'Import PDFs', 'Open dashboard']);
  });

  it('not at all on a page the extension does not read, nor when the worker does not answer', async () => {
    offer = { served: false };
    expect(buttonsNamed(await popup(), 'Save a report of this page')).toEqual([]);
    document.body.replaceChildren();
    offer = undefined;
    expect(buttonsNamed(await popup(), 'Save a report of this page')).toEqual([]);
  });

  it('says why when no report could be made, and stays open', async () => {
    offer = { served: true, noted: { surface: 'learning-site', outcome: 'empty' } };
    const el = await popup();
    sendMessage.mockImplementationOnce(async () => ({ ok: false, error: { code: 'unavailable', message: 'the browser did not let the extension read it' } }));
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    buttonsNamed(el, 'Save a report of this page')[0]!.click();
    await settle();
    expect(el.querySelector('[role=alert]')?.textContent).toBe('No report could be made of this page: the browser did not let the extension read it');
    expect(close).not.toHaveBeenCalled();
  });
});

describe('the report page', () => {
  async function page(id = 'r1'): Promise<HTMLElement> {
    const container = document.createElement('div');
    document.body.append(container);
    render(<PageReportContainer reportId={id} />, container);
    await settle();
    return container;
  }

  it('shows what the report holds, in words and whole, and none of the page\'s personal values', async () => {
    const el = await page();
    const text = el.textContent ?? '';
    expect(el.querySelector('h1')?.textContent).toBe('Report of this page');
    expect(text).toContain('check it before you attach it: an issue tracker is usually public');
    expect(text).toContain('https://u.cisco.com/events/9999');
    expect(text).toContain('The page looked like a completion, but nothing on it could be read');
    expect(text).toContain('generic — recognised the page · captures: 1 · fields found: title, certificateCode');
    expect(text).toContain('adapter:cisco-u — did not recognise the page');
    expect(text).toContain("Open the project's issue tracker and start a new issue.");
    const json = el.querySelector<HTMLElement>('[data-report-json]')!;
    expect(JSON.parse(json.textContent ?? '')).toEqual(REPORT);
    expect(json.tabIndex).toBe(0);
    for (const value of ['Dana', 'Whitfield', 'CSCO-12345678', '5531']) expect(text).not.toContain(value);
  });

  it('saves the report as a JSON file named by its day, and says where', async () => {
    const el = await page();
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:report');
    let download: { name: string; href: string } | undefined;
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      download = { name: this.download, href: this.href };
    });
    buttonsNamed(el, 'Save report')[0]!.click();
    await settle();
    expect(download).toEqual({ name: 'recert-companion-page-report-2026-12-06.json', href: 'blob:report' });
    const blob = created.mock.calls[0]![0] as Blob;
    expect(blob.type).toBe('application/json');
    expect(JSON.parse(await blob.text())).toEqual(REPORT);
    expect(el.querySelector('[role=status]')?.textContent).toBe('Your browser is saving the report as recert-companion-page-report-2026-12-06.json, or asking you where to save it.');
  });

  it('lists the lines that keep page text as written, counted and marked by a sign, not by colour alone', async () => {
    const el = await page();
    const count = el.querySelector<HTMLElement>('[data-report-kept-count]')!;
    expect(count.dataset.reportKeptCount).toBe('1');
    expect(count.textContent).toMatch(/^1 line keeps some of the page's text as written/);
    const listed = [...el.querySelectorAll('.report-kept-lines li')].map((li) => li.textContent);
    expect(listed).toEqual(['✎ kept as written: dt "Certificate ID"']);
    const marked = [...el.querySelectorAll('[data-report-json] mark[data-kept]')].map((mark) => mark.textContent?.trim());
    expect(marked).toEqual([`${JSON.stringify('    dt "Certificate ID"')},`]);
  });

  it('says when no line keeps page text as written', async () => {
    report = buildPageReport(parseHtml('<html><body><p>Dana Whitfield</p></body></html>'), 'https://u.cisco.com/x', [], REPORT);
    const el = await page();
    expect(el.querySelector('[data-report-kept-count]')?.textContent).toBe("No line keeps the page's text as written: every text in the report is shaped.");
    expect(el.querySelectorAll('mark').length).toBe(0);
  });

  it('says so when the report is gone (the worker keeps a few, until it stops)', async () => {
    report = undefined;
    expect((await page()).querySelector('[role=alert]')?.textContent).toBe('This report is no longer available. Open the popup on the page again and save a new one.');
  });
});
