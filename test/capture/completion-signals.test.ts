/**
 * The cheap look a portal's content script takes at a page its adapter declined, before offering "Finish
 * capture": completions say so, unfinished courses, catalogues and lists of other activities do not.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { showsCompletion } from '../../src/capture/completion-signals';
import { PAGES_DIR, isNegativeFixture, listFixtures, loadPage, parseHtml } from '../helpers/fixtures';

const PORTALS = readdirSync(PAGES_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'generic')
  .map((entry) => entry.name);
const pages = PORTALS.flatMap((portal) => listFixtures(portal).map((name) => [portal, name] as const));

const page = (main: string) => parseHtml(`<!DOCTYPE html><html><body><nav><a href="/certs">Certifications</a></nav><main>${main}</main></body></html>`);

describe('showsCompletion', () => {
  it('lets a page whose text has none of the signals\' words go without asking the browser for layout', () => {
    const doc = page('<h1>Network automation</h1><p>Lesson 3 of 12 · 40 minutes</p><a href="/next">Next lesson</a>');
    const view = doc.defaultView as unknown as { HTMLElement: typeof HTMLElement };
    const innerText = vi.spyOn(view.HTMLElement.prototype, 'innerText', 'get');
    expect(showsCompletion(doc)).toBe(false);
    expect(innerText).not.toHaveBeenCalled();
    innerText.mockRestore();
  });

  it('lets a course page that only mentions completing go without its main content\'s rendered text', () => {
    const doc = page('<h1>ENCOR</h1><p>Level: Intermediate</p><dl><dt>Completion date:</dt><dd>—</dd></dl><p>Earn a certificate when you complete this course.</p>');
    const view = doc.defaultView as unknown as { HTMLElement: typeof HTMLElement };
    const innerText = vi.spyOn(view.HTMLElement.prototype, 'innerText', 'get');
    expect(showsCompletion(doc)).toBe(false);
    expect(innerText.mock.contexts).not.toContain(doc.querySelector('main'));
    innerText.mockRestore();
  });

  it.each(pages.filter(([, name]) => isNegativeFixture(name)))('sees no completion on %s/%s', (portal, name) => {
    expect(showsCompletion(loadPage(portal, name).doc)).toBe(false);
  });

  it.each([
    ['cisco-u', 'completed-path-sibling-labels.html'],
    ['cisco-u', 'completed-course.html'],
    ['cisco-learning-network', 'completed-learning-plan.html'],
    ['cisco-digital-learning', 'completed-course.html'],
    ['cisco-live', 'attended-session.html'],
    ['linkedin-learning', 'certificate-nasba-cpe.html'],
  ])('sees the completion on %s/%s', (portal, name) => {
    expect(showsCompletion(loadPage(portal, name).doc)).toBe(true);
  });

  it.each([
    ['a status badge under the heading', '<div><h1>Designing Cisco Enterprise Networks</h1><span class="badge">✓ Completed</span></div>'],
    ['a German status', '<section><h1>Netzwerkgrundlagen</h1><span>Abgeschlossen</span></section>'],
    ['a Japanese status', '<div><h1>ネットワーク基礎</h1><p>修了</p></div>'],
    ['“100% complete”', '<div><h1>Automation Path</h1><p>100% complete</p></div>'],
    ['completion wording', '<h1>Certificate</h1><p>Priya Raman has successfully completed Implementing Cisco SD-WAN.</p>'],
    ['a dated completion label', '<h1>ENSDWI</h1><dl><dt>Completion date</dt><dd>October 14, 2026</dd></dl>'],
    ['a certificate download', '<h1>ENSDWI</h1><a href="/api/certificates/77/download">Download certificate (PDF)</a>'],
    // The raw text holds what is hidden too: between a phrase's words it must not hide the phrase.
    ['completion wording around a hidden word', '<h1>ENCOR</h1><p>You have successfully <span style="display:none">x</span> completed the course</p>'],
    ['a dated label with a hidden note before the date', '<h1>ENCOR</h1><p>Completed on: <span style="display:none">(UTC)</span> 14 Mar 2027</p>'],
  ])('sees %s', (_what, main) => {
    expect(showsCompletion(page(main))).toBe(true);
  });

  it.each([
    ['an unfinished course', '<div><h1>Automation Path</h1><span>In progress</span><p>60% complete</p></div><a href="/c">Download certificate</a>'],
    ['a course not started, with an empty completion date', '<h1>ENCOR</h1><dl><dt>Completion date</dt><dd>—</dd></dl><p>Earn a certificate when you complete this course.</p>'],
    ['a link to the certifications section only', '<h1>Learning paths</h1><a href="/certs">My certificates</a>'],
    ['a “Complete your profile” button', '<div><h1>Welcome back</h1><button>Complete your profile</button></div>'],
    ['statuses of other activities in a list below the heading', `<h1>My learning</h1><p>${'Your sessions and courses. '.repeat(10)}</p><table><tr><td>BGP</td><td><span>Completed</span></td></tr></table>`],
    ['an empty page', ''],
    ['a failed exam in Japanese', '<div><h1>ネットワーク基礎 確認テスト</h1><span>不合格</span></div>'],
    ['a course not completed in Japanese', '<div><h1>ネットワーク基礎</h1><span>未修了</span></div>'],
    ['navigation and an overview naming certifications', '<h1>Network Foundations</h1><a href="/c">Discover certifications</a><a href="/o">Overview of certification paths</a><a href="/r">Review certification requirements</a>'],
    ['a landing page selling a certificate', '<h1>Network Foundations</h1><p>Earn a certificate for completing this course.</p><p>Erfolgreich lernen mit Cisco U.</p>'],
    ['a completion message hidden until later', '<h1>Network Foundations</h1><div style="display:none"><p>You have successfully completed this course.</p></div>'],
  ])('sees no completion in %s', (_what, main) => {
    expect(showsCompletion(page(main))).toBe(false);
  });
});
