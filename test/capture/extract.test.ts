/**
 * Generic first, adapters as hints: every page goes through the generic reader; a portal's adapter wins field by
 * field, the generic reading fills what it left out (never credits or hours, which a portal lists for other
 * courses too), and when the adapter declines on its own host the generic reading still stands, under the site's name.
 */
import { describe, expect, it } from 'vitest';
import type { Adapter } from '../../src/capture/adapter';
import { adapters } from '../../src/capture/adapters';
import { extractCaptures, withGenericFields } from '../../src/capture/extract';
import { genericAdapter } from '../../src/capture/generic/detector';
import type { Capture } from '../../src/domain/schema';
import { parseHtml } from '../helpers/fixtures';

const capture = (fields: Partial<Capture>): Capture => ({ adapterId: 'x', title: 'T', confidence: 0.9, found: ['title'], ...fields });

describe('withGenericFields', () => {
  it('keeps the adapter\'s values and adds only what it did not find, credits aside', () => {
    const adapterCapture = capture({ adapterId: 'cisco-u', provider: 'Cisco U.', endDate: '2026-03-14', found: ['title', 'endDate'] });
    const generic = capture({
      adapterId: 'generic', provider: 'u.cisco.com', startDate: '2026-02-02', endDate: '2026-03-15', certificateCode: 'CU-1', credits: 40, creditUnit: 'CE', hours: 58,
      found: ['title', 'startDate', 'endDate', 'certificateCode', 'credits', 'hours'],
    });
    const merged = withGenericFields(adapterCapture, generic);
    expect(merged).toMatchObject({ adapterId: 'cisco-u', provider: 'Cisco U.', endDate: '2026-03-14', startDate: '2026-02-02', certificateCode: 'CU-1', hours: 58 });
    expect(merged).not.toHaveProperty('credits');
    expect(merged.found).toEqual(['title', 'endDate', 'startDate', 'certificateCode', 'hours']);
  });

  it('takes the generic reader\'s title only where the adapter\'s is none a reader would take', () => {
    const generic = capture({ adapterId: 'generic', title: 'Securing Remote Access with Cisco Secure Client and Duo' });
    expect(withGenericFields(capture({ title: 'Completed' }), generic).title).toBe('Securing Remote Access with Cisco Secure Client and Duo');
    expect(withGenericFields(capture({ title: 'ENAUTO' }), generic).title).toBe('ENAUTO');
    expect(withGenericFields(capture({ title: 'Completed' }), capture({ title: 'Abgeschlossen' })).title).toBe('Completed');
  });
});

describe('extractCaptures', () => {
  const declining: Adapter = {
    id: 'portal', label: 'Example Portal', matches: ['https://learn.example.com/*'], program: 'cisco',
    detect: () => false,
    extract: () => [],
  };
  const page = parseHtml(`<html lang="en"><head><title>Cloud Basics | learn.example.com</title></head><body><main>
    <h1>Cloud Basics</h1><span>Completed</span>
    <dl><dt>Completion date</dt><dd>March 14, 2026</dd><dt>Certificate ID</dt><dd>CB-2026-0042</dd></dl>
  </main></body></html>`);

  it('gives the portal\'s program to a page its adapter declines even when the page names its provider itself', () => {
    const named = parseHtml(`<html lang="en"><head><title>Cloud Basics | learn.example.com</title></head><body><main>
      <h1>Cloud Basics</h1><span>Completed</span><p>Issued by: Example Academy</p>
      <dl><dt>Completion date</dt><dd>March 14, 2026</dd></dl></main></body></html>`);
    const [found] = extractCaptures(named, new URL('https://learn.example.com/c/1'), { adapters: [declining], fallback: genericAdapter });
    expect(found).toMatchObject({ provider: 'Example Academy', program: 'cisco' });
  });

  it('still reads a page its own adapter declines, naming the site and its program', () => {
    const [found] = extractCaptures(page, new URL('https://learn.example.com/c/1'), { adapters: [declining], fallback: genericAdapter });
    expect(found).toMatchObject({ adapterId: 'generic', title: 'Cloud Basics', provider: 'Example Portal', program: 'cisco', endDate: '2026-03-14', certificateCode: 'CB-2026-0042' });
  });

  it('never takes the portal\'s own name, the whole document title, for the course', () => {
    const titled = parseHtml(`<html lang="en"><head><title>Example Portal</title></head><body><main>
      <section><h2>Implementing Cloud Basics (CLB) v3.0</h2><span>Completed</span></section>
      <dl><dt>Completion date</dt><dd>March 14, 2026</dd><dt>Certificate ID</dt><dd>CB-2026-0042</dd></dl></main></body></html>`);
    const [found] = extractCaptures(titled, new URL('https://learn.example.com/c/1'), { adapters: [declining], fallback: genericAdapter });
    expect(found).toMatchObject({ title: 'Implementing Cloud Basics (CLB) v3.0', provider: 'Example Portal' });
  });

  it('reads only through the adapters without the generic reader', () => {
    expect(extractCaptures(page, new URL('https://learn.example.com/c/1'), { adapters: [declining] })).toEqual([]);
  });

  it('gives nothing for a page in progress on a portal, though the generic reader runs there too', () => {
    const inProgress = parseHtml(`<html lang="en"><body><main><h1>Cloud Basics</h1><span>In progress</span><p>45% complete</p>
      <dl><dt>Started</dt><dd>March 1, 2026</dd></dl><a href="/resume">Resume</a></main></body></html>`);
    expect(extractCaptures(inProgress, new URL('https://u.cisco.com/paths/cloud-basics/1'), { adapters, fallback: genericAdapter })).toEqual([]);
  });
});

describe('a page that puts its title and status above <main>', () => {
  it('is read whole: "In progress" and "60% complete" in the course header keep it from being captured', () => {
    const doc = parseHtml(`<html lang="en"><body><header><h1>Troubleshooting SD-WAN</h1><span>In progress</span>
      <div>60% complete · 6 of 10 modules</div></header><main><h2>Modules</h2><p>Module 1 <span>Completed</span></p>
      <p>Earn 16 CE credits when you complete the course.</p></main></body></html>`);
    expect(extractCaptures(doc, new URL('https://learn.example.com/c/1'), { adapters: [], fallback: genericAdapter })).toEqual([]);
  });

  it('reads the title and dates a completed page prints above <main>', () => {
    const doc = parseHtml(`<html lang="en"><body><section><h1>Ransomware Response Playbook</h1><span>Completed</span>
      <div><span>Completed on</span><span>February 26, 2026</span></div></section><main><h2>Course description</h2><p>Learn how.</p></main></body></html>`);
    const [found] = extractCaptures(doc, new URL('https://learn.example.com/c/2'), { adapters: [], fallback: genericAdapter });
    expect(found).toMatchObject({ title: 'Ransomware Response Playbook', endDate: '2026-02-26' });
  });
});

describe('progress and scores', () => {
  it('refuses a page whose header above <main> shows progress short of 100%', () => {
    const doc = parseHtml(`<html lang="en"><body><header><div>Lena Hoffmann · 58% complete</div></header><main>
      <h1>Module 3 knowledge check</h1><span>Passed</span><div><span>Submitted on</span><span>March 2, 2026</span></div></main></body></html>`);
    expect(extractCaptures(doc, new URL('https://learn.example.com/q/3'), { adapters: [], fallback: genericAdapter })).toEqual([]);
  });

  it('takes a score for a score, not for unfinished progress', () => {
    const doc = parseHtml(`<html lang="es"><body><main><h1>Respuesta ante incidentes</h1><span>Completado</span>
      <p>Puntuación</p><p>94 %</p><div><span>Fecha de finalización</span><span>15/01/2026</span></div></main></body></html>`);
    const [found] = extractCaptures(doc, new URL('https://learn.example.com/c/9'), { adapters: [], fallback: genericAdapter });
    expect(found).toMatchObject({ title: 'Respuesta ante incidentes', endDate: '2026-01-15' });
  });
});
