/**
 * Recipes on hostile pages: learning (on the confirmation page, from the page's snapshot) and reading (on a taught
 * site's live page) finish on pages built to make them slow, and a recipe from someone's backup cannot make a
 * reader run an arbitrary selector.
 */
import { describe, expect, it } from 'vitest';
import { learnRecipe } from '../../src/capture/recipes/learn';
import { readWithRecipe } from '../../src/capture/recipes/read';
import { SiteRecipe } from '../../src/domain/schema';
import { parseHtml } from '../helpers/fixtures';
import { makeRecipe } from '../helpers/factories';
import { BIG_INPUT_TIMEOUT_MS } from './arbitraries';

const URL_ = 'https://lms.example.com/course/1/done';
const NOW = '2026-04-01T10:00:00.000Z';
const CONFIRMED = { title: 'Network Basics', endDate: '2026-03-12', certificateCode: 'NB-12345', credits: 8 };

describe('learning and reading a recipe on hostile pages', () => {
  it('finishes on 800 nested blocks, each with a label and the value, and still learns the label', () => {
    const open = Array.from({ length: 800 }, (_, i) => `<div class="level"><span>Completed on</span> <span>03/12/2026</span> ${i}`).join('');
    const doc = parseHtml(`<html lang="en"><body><h1>Network Basics</h1>${open}${'</div>'.repeat(800)}<p>Certificate: NB-12345</p></body></html>`);
    const recipe = learnRecipe(doc, URL_, CONFIRMED, NOW);
    expect(recipe.fields.endDate?.label).toBe('Completed on');
    expect(SiteRecipe.safeParse(recipe).success).toBe(true);
  }, BIG_INPUT_TIMEOUT_MS);

  it('finishes on 8,000 label-like texts and the value repeated 5,000 times', () => {
    const labels = Array.from({ length: 8_000 }, (_, i) => `<p>Label ${i % 97} here:</p>`).join('');
    const values = '<span>8 CE</span>'.repeat(5_000);
    const doc = parseHtml(`<html lang="en"><body><h1>Network Basics</h1>${labels}${values}<dl><dt>Credits</dt><dd>8 CE</dd></dl></body></html>`);
    const recipe = learnRecipe(doc, URL_, CONFIRMED, NOW);
    expect(SiteRecipe.safeParse(recipe).success).toBe(true);
    expect(readWithRecipe(doc, URL_, recipe, '2026-04-01').kind).not.toBe('elsewhere');
  }, BIG_INPUT_TIMEOUT_MS);

  it('refuses a hint that is any other selector than the ones a recipe makes', () => {
    const hint = (path: string) => SiteRecipe.safeParse(makeRecipe({ fields: { endDate: { label: 'Completed on', hint: { path, nth: 0 } } } })).success;
    expect(hint('main.nw-main > section[data-region="activity"] > dl.nw-facts > dd')).toBe(true);
    expect(hint('div:has(div:has(div:has(*)))')).toBe(false);
    expect(hint('*:nth-child(2n+1) ~ *')).toBe(false);
    expect(hint('a[href^="https://evil"]')).toBe(false);
  });
});

describe('a date the user corrected against the page’s language', () => {
  it('teaches the order the site writes dates in, so later pages are read that way', () => {
    const page = (date: string, code: string) => parseHtml(`<html lang="en"><body><h1>Network Basics</h1><p>Completed</p><dl><dt>Completed on</dt><dd>${date}</dd><dt>Certificate</dt><dd>${code}</dd></dl></body></html>`);
    // 03/04/2026 is 3 April on this site, though the page says it is in English.
    const recipe = learnRecipe(page('03/04/2026', 'NB-1'), URL_, { title: 'Network Basics', endDate: '2026-04-03', certificateCode: 'NB-1' }, NOW);
    expect(recipe).toMatchObject({ dateOrder: 'dmy', fields: { endDate: { label: 'Completed on' } } });
    expect(readWithRecipe(page('05/02/2026', 'NB-2'), 'https://lms.example.com/course/2/done', recipe, '2026-04-01')).toMatchObject({ kind: 'read', capture: { endDate: '2026-02-05' } });
  });
});
