import { describe, expect, it } from 'vitest';
import { captureToastWords } from '../../src/text/toast-words';
import type { Capture } from '../../src/domain/schema';
import { getMessage } from '../setup';

const capture: Capture = {
  adapterId: 'cisco-u',
  title: 'Implementing Cisco SD-WAN Solutions',
  provider: 'Cisco U.',
  endDate: '2026-11-30',
  credits: 24,
  creditUnit: 'CE',
  confidence: 0.9,
  found: ['title', 'endDate', 'credits'],
};

const english = (key: string, substitutions?: string[]) => getMessage(key, substitutions);

describe("a saved capture's toast words, made in the worker", () => {
  it('says what happened to the record, by the outcome', () => {
    expect(captureToastWords(capture, 'added', english).heading).toBe(getMessage('toastSaved'));
    expect(captureToastWords(capture, 'updated', english).heading).toBe(getMessage('toastUpdated'));
    expect(captureToastWords(capture, 'unchanged', english).heading).toBe(getMessage('toastAlreadySaved'));
  });

  it('names the course with its credits and their unit, one or many', () => {
    expect(captureToastWords(capture, 'added', english).detail).toBe('Implementing Cisco SD-WAN Solutions · 24 CE credits');
    expect(captureToastWords({ ...capture, credits: 1, creditUnit: 'CPE' }, 'added', english).detail).toBe('Implementing Cisco SD-WAN Solutions · 1 CPE credit');
  });

  it('names the course alone when the page gave no credits', () => {
    const { credits: _credits, creditUnit: _unit, ...withoutCredits } = capture;
    expect(captureToastWords(withoutCredits, 'added', english).detail).toBe(capture.title);
  });

  it('carries every word the toast and its Undo show, none of them empty', () => {
    const words = captureToastWords(capture, 'added', english);
    expect(Object.keys(words).sort()).toEqual(['detail', 'dismiss', 'edit', 'heading', 'region', 'reverted', 'undo', 'undone']);
    for (const [name, text] of Object.entries(words)) expect(text, name).not.toBe('');
  });
});
