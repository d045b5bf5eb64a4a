import { describe, expect, it } from 'vitest';
import type { ItemCatalogProblem } from '../../src/capture/ce-portal/item-catalog';
import { itemCatalogProblemText } from '../../src/content/item-catalog-problem';

describe('itemCatalogProblemText', () => {
  it.each<[ItemCatalogProblem, string]>([
    [{ code: 'no-list' }, 'No list of items with names and credits was found; the Item Catalog may have changed its layout.'],
    [{ code: 'rows-unreadable', rows: 2 }, 'None of its 2 rows showed both an item name and a credit value.'],
    [{ code: 'max-time', seconds: 30 }, 'stopped after 30 seconds'],
    [{ code: 'fewer-than-stated', stated: 500, found: 480 }, 'the page says 500 items, but 480 were found'],
  ])('puts %j in the user’s words', (problem, text) => {
    expect(itemCatalogProblemText(problem)).toBe(text);
  });
});
