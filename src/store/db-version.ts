/**
 * The database's name and version, apart from the schema (db.ts) so that extension pages can open it for the
 * transfers store (transfers.ts) without the code that upgrades it, which brings zod.
 *
 * 1: records, certifications, exams, settings, undo. 2: catalogue (the user's own planner activities).
 * 3: files (certificate PDFs, kept as Blobs beside their description). 4: reminders (the keys of reminders sent).
 * 5: ceCatalogue (the CE portal's Item Catalog as last read, one value). 6: files released by their records are
 * marked (byReleasedAt) and swept. 7: transfers (large data on its way between a page and the background).
 * 8: recipes (taught sites, by origin). 9: catalogue and ceCatalogue renamed activities and itemCatalog.
 */
export const DB_NAME = 'recert-companion';
export const DB_VERSION = 9;
