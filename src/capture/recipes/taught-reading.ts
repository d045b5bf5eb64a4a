/**
 * A taught site's page, read the way the extension reads it there: the recipe and the generic reader both run, the
 * recipe's value wins wherever they differ and the generic reading fills what the recipe left out. When the recipe
 * misses on a page that shows a completion, the generic reading stands alone, and the miss is reported so the popup
 * can say so. Used by the taught sites' content script, the CLI's --recipes and the accuracy scores alike.
 */
import type { Capture } from '../../domain/schema';
import { TAUGHT_ADAPTER_ID, type SiteRecipe } from '../../domain/site-recipe';
import type { Adapter, ReadingContext } from '../adapter';
import { withGenericFields } from '../extract';
import { readWithRecipe, type RecipeReading } from './read';

export interface TaughtReading {
  reading: RecipeReading['kind'];
  capture?: Capture;
}

/** `today` (YYYY-MM-DD), when known: a completion date after it is a course still to come. */
export function readTaughtPage(doc: Document, href: string, recipe: SiteRecipe, generic: Adapter, context: ReadingContext = {}, today?: string): TaughtReading {
  const reading = readWithRecipe(doc, href, recipe, today);
  if (reading.kind === 'elsewhere' || reading.kind === 'unfinished') return { reading: reading.kind };
  const url = new URL(href);
  const fromGeneric = generic.detect(doc, url) ? generic.extract(doc, url, context)[0] : undefined;
  if (reading.kind === 'missed') {
    if (!fromGeneric) return { reading: 'missed' };
    // Read on a taught site all the same: saved as the site's, which only its own pages may do.
    return { reading: 'missed', capture: { ...fromGeneric, adapterId: TAUGHT_ADAPTER_ID, ...(recipe.program && !fromGeneric.program ? { program: recipe.program } : {}) } };
  }
  return { reading: 'read', capture: withGenericFields(reading.capture, fromGeneric) };
}
